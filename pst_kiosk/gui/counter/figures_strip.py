"""Today's figures at a glance, along the bottom of the desk: served, waiting, the average
time visitors waited and the share within 10 minutes on both clocks of the standard — the
same figures as the day's report (``services/queue_figures``)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from pst_kiosk.domain.sla import format_duration
from pst_kiosk.gui import theme
from pst_kiosk.gui.context import GuiContext
from pst_kiosk.gui.counter.refresh import CounterFeed, Refresher
from pst_kiosk.gui.feed import subscribe
from pst_kiosk.services.dayfigures import DayFiguresService, TodayFigures
from pst_kiosk.services.feed import Topic


def _share(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


class FiguresStrip(QWidget):
    def __init__(
        self, gui: GuiContext, parent: QWidget | None = None, feed: CounterFeed | None = None
    ) -> None:
        super().__init__(parent)
        self.service = DayFiguresService(gui.services)
        self.figures: TodayFigures | None = None
        self.labels: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        for key in (
            "served",
            "waiting",
            "no_show",
            "average_wait",
            "wait_within",
            "service_within",
        ):
            label = QLabel()
            label.setStyleSheet(
                f"color: {theme.TEXT}; padding: 2px 10px;"
                f" background: {theme.SURFACE}; border-radius: 6px;"
            )
            self.labels[key] = label
            layout.addWidget(label)
        layout.addStretch()
        tasks = feed if feed is not None else gui.tasks
        self._refresher = Refresher(self, tasks, self.service.figures, self.show_figures)
        changed = feed.changed if feed is not None else gui.watcher.changed
        subscribe(changed, {Topic.QUEUE}, self.refresh, owner=self)
        self._refresher.refresh()

    def refresh(self) -> None:
        self._refresher.refresh()

    def show_figures(self, day: TodayFigures) -> None:
        self.figures = day
        texts = {
            "served": self.tr("Dilayani: %1").replace("%1", str(day.served)),
            "waiting": self.tr("Menunggu: %1").replace("%1", str(day.waiting)),
            "no_show": self.tr("Tidak hadir: %1").replace("%1", str(day.no_show)),
            "average_wait": self.tr("Rata-rata menunggu: %1").replace(
                "%1", format_duration(day.average_waited)
            ),
            "wait_within": self.tr("Tunggu standar ≤10 menit: %1").replace(
                "%1", _share(day.wait_within)
            ),
            "service_within": self.tr("Layanan ≤10 menit: %1").replace(
                "%1", _share(day.service_within)
            ),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
