"""What every face shares in one process: services, the change watcher, the task runner."""

from __future__ import annotations

from dataclasses import dataclass

from pst_kiosk.gui.feed import ChangeWatcher
from pst_kiosk.gui.tasks import TaskRunner
from pst_kiosk.services.context import ServiceContext


@dataclass
class GuiContext:
    services: ServiceContext
    watcher: ChangeWatcher
    tasks: TaskRunner

    @classmethod
    def create(cls, services: ServiceContext, inline_tasks: bool = False) -> GuiContext:
        return cls(services, ChangeWatcher(services), TaskRunner(inline=inline_tasks))

    def close(self, msecs: int = 5000) -> bool:
        """Stop listening, let every task finish and deliver its answer (to owners still
        alive). True when nothing is left running."""
        self.watcher.close()
        return self.tasks.flush(msecs)
