"""The steps of making a report or an export, as the reports layer tells them to a face.

The reports layer speaks no language: it says which step it has reached, and the face that
shows the progress (the supervisor's report dialog) words the step in its own language, from
its translation file. Each step carries how far along the work is, for a progress bar.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class ReportStep(StrEnum):
    GATHER = "gather"  # reading the figures or rows from the database
    BUILD = "build"  # laying out the pages
    WRITE = "write"  # writing the file
    DONE = "done"  # the file is in place

    @property
    def percent(self) -> int:
        return _PERCENT[self]


_PERCENT = {ReportStep.GATHER: 5, ReportStep.BUILD: 55, ReportStep.WRITE: 70,
            ReportStep.DONE: 100}

Progress = Callable[[ReportStep], None]


def no_progress(_step: ReportStep) -> None:
    """For callers that do not show progress (the CLI, the scheduler)."""
