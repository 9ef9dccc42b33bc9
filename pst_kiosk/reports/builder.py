"""The report PDF, by its old name: ``build`` and friends now live by job in ``style``
(palette, styles, tables), ``sections`` (one function per section) and ``page`` (header,
footer, page numbers, the build). Kept so that scripts importing ``builder`` still work."""

from __future__ import annotations

from pst_kiosk.reports.page import BuiltReport, build, default_name
from pst_kiosk.reports.progress import Progress, ReportStep

__all__ = ["BuiltReport", "Progress", "ReportStep", "build", "default_name"]
