"""A board on a real database: services on the real clock (child processes use it too)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pst_kiosk.services.bootstrap import open_context
from pst_kiosk.services.context import ServiceContext


@pytest.fixture
def live_ctx(db_url: str) -> Iterator[ServiceContext]:
    """Services on the real clock, so that a ``pst-kiosk`` child process shares "today"."""
    context = open_context(database_url=db_url)
    yield context
    context.db.dispose()


def qml_text(window, name: str) -> str:  # type: ignore[no-untyped-def]
    """The text of the QML item called ``name``, as the screen shows it."""
    item = find_item(window.contentItem(), name)
    assert item is not None, name
    return str(item.property("text"))


def find_item(root, name: str):  # type: ignore[no-untyped-def]
    """The first visual descendant with this ``objectName`` (QML items, by the item tree)."""
    stack = [root]
    while stack:
        item = stack.pop()
        if item.objectName() == name:
            return item
        stack.extend(reversed(item.childItems()))
    return None
