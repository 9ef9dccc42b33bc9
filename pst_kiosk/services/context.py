"""What every service needs: the database, the office's zone, the clock and the targets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pst_kiosk.config import Config
from pst_kiosk.domain.clock import Clock, local_day, utc_now
from pst_kiosk.store.engine import Database


@dataclass
class ServiceContext:
    db: Database
    config: Config
    clock: Clock = field(default=utc_now)

    @property
    def zone(self) -> ZoneInfo:
        return self.config.zone

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return local_day(self.clock(), self.zone)

    @property
    def wait_target(self) -> timedelta:
        return timedelta(minutes=self.config.queue.wait_target_minutes)

    @property
    def service_target(self) -> timedelta:
        return timedelta(minutes=self.config.queue.service_target_minutes)
