"""The queue model changes row by row (checked by Qt's own model tester), never by reset,
and follows the database through the change feed."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtTest import QAbstractItemModelTester

from pst_kiosk.gui.models.queue_table import QueueRow, QueueTableModel
from pst_kiosk.gui.tasks import TaskRunner
from pst_kiosk.services.queue import QueueService


def _model(ctx, fetch=lambda: []):
    model = QueueTableModel(fetch, TaskRunner(inline=True), ctx.now, ctx.zone)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model, tester


def test_diff_inserts_moves_changes_and_removes_without_reset(ctx, clock):
    queue = QueueService(ctx)
    tickets = [queue.issue("K") for _ in range(4)]
    rows = [QueueRow(t, t.issued_at) for t in tickets]
    model, _tester = _model(ctx)
    resets, moves, inserts, removes, changes = [], [], [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsMoved.connect(lambda *a: moves.append(a[1]))
    model.rowsInserted.connect(lambda *a: inserts.append(a[1]))
    model.rowsRemoved.connect(lambda *a: removes.append(a[1]))
    model.dataChanged.connect(lambda a, b, r: changes.append(a.row()))

    model.apply(rows)
    assert model.ticket_ids() == [t.id for t in tickets] and inserts == [0, 1, 2, 3]

    # Head called, a priority ticket jumps ahead of the rest, one row changes.
    urgent = replace(rows[3], ticket=replace(rows[3].ticket, priority=1, priority_reason="elderly"))
    model.apply([urgent, rows[1], rows[2]])
    assert model.ticket_ids() == [tickets[3].id, tickets[1].id, tickets[2].id]
    assert removes == [0] and moves and changes
    assert model.data(model.index(0, QueueTableModel.PRIORITY)) == "Lansia"
    model.apply([])
    assert model.rowCount() == 0 and not resets


def test_wait_clock_column_ticks_and_colours(ctx, clock):
    ticket = QueueService(ctx).issue("K")
    model, _tester = _model(ctx)
    model.apply([QueueRow(ticket, ticket.issued_at)])
    index = model.index(0, QueueTableModel.WAIT)
    assert model.data(index) == "00:00"
    clock.advance(minutes=7, seconds=30)
    model.tick()
    assert model.data(index) == "07:30"
    assert model.data(index, QueueTableModel.ClockStateRole) == "amber"
    clock.advance(minutes=3)
    assert model.data(index, QueueTableModel.ClockStateRole) == "red"


def test_model_follows_the_change_feed(ctx, qtbot):
    from pst_kiosk.gui.context import GuiContext
    from pst_kiosk.gui.counter.queue_panel import waiting_rows

    gui = GuiContext.create(ctx)
    try:
        model = QueueTableModel(lambda: waiting_rows(gui, 1), gui.tasks, ctx.now, ctx.zone)
        _tester = QAbstractItemModelTester(model)
        gui.watcher.changed.connect(model.refresh)
        resets = []
        model.modelReset.connect(lambda: resets.append(1))
        queue = QueueService(ctx)
        first = queue.issue("K")
        qtbot.waitUntil(lambda: model.ticket_ids() == [first.id])
        second = queue.issue("P", priority_reason="pregnant")
        qtbot.waitUntil(lambda: model.ticket_ids() == [second.id, first.id])
        queue.call_next(1)
        qtbot.waitUntil(lambda: model.ticket_ids() == [first.id])
        assert not resets
    finally:
        gui.close()
        gui.tasks.wait()


def test_head_wait_starts_at_the_finish_of_the_one_before(ctx, clock):
    from pst_kiosk.gui.context import GuiContext
    from pst_kiosk.gui.counter.queue_panel import waiting_rows

    queue = QueueService(ctx)
    first, second = queue.issue("K"), queue.issue("K")
    queue.call_next(1)
    clock.advance(minutes=4)
    queue.finish(first.id)
    gui = GuiContext.create(ctx, inline_tasks=True)
    try:
        [row] = waiting_rows(gui, 1)
        # the head's standard clock runs from the finish; its row from the issue
        assert row.ticket.id == second.id and row.clock_start == clock.now
        assert row.wait_start == second.issued_at
        clock.advance(minutes=2)
        assert QueueTableModel(lambda: [], gui.tasks, ctx.now, ctx.zone).wait(row) == timedelta(
            minutes=6
        )
    finally:
        gui.close()


def test_row_clock_never_restarts_when_others_are_called_or_finished(ctx, clock):
    """Issue 18: the "Menunggu" column jumped back (07:56 → 00:02) when another ticket was
    called or finished; it is the visitor's own time in the queue."""
    from pst_kiosk.gui.context import GuiContext
    from pst_kiosk.gui.counter.queue_panel import waiting_rows

    queue = QueueService(ctx)
    first, _second, third = queue.issue("K"), queue.issue("K"), queue.issue("K")
    gui = GuiContext.create(ctx, inline_tasks=True)
    model = QueueTableModel(lambda: [], gui.tasks, ctx.now, ctx.zone)
    try:
        seen = []
        for step in (lambda: None, lambda: queue.call_next(1), lambda: queue.finish(first.id),
                     lambda: queue.call_next(1)):
            step()
            clock.advance(minutes=2)
            row = next(r for r in waiting_rows(gui, 1) if r.ticket.id == third.id)
            seen.append(model.wait(row))
        assert seen == [timedelta(minutes=m) for m in (2, 4, 6, 8)]
    finally:
        gui.close()


def test_requeued_visitor_shows_the_wait_the_queue_records(ctx, clock):
    """Issue 18: a re-queued no-show showed 16:00 (red) at the counter while the queue
    recorded 03:00 for the same wait."""
    from pst_kiosk.gui.context import GuiContext
    from pst_kiosk.gui.counter.queue_panel import waiting_rows

    queue = QueueService(ctx)
    late = queue.issue("K")
    clock.advance(minutes=10)
    queue.call_next(1)
    clock.advance(minutes=1)
    queue.skip(late.id)
    clock.advance(minutes=2)
    queue.requeue(late.id)
    clock.advance(minutes=3)
    gui = GuiContext.create(ctx, inline_tasks=True)
    try:
        [row] = waiting_rows(gui, 1)
        shown = QueueTableModel(lambda: [], gui.tasks, ctx.now, ctx.zone).wait(row)
        called = queue.call_next(1)
        assert shown == called.clocks(clock.now).wait == timedelta(minutes=3)
    finally:
        gui.close()
