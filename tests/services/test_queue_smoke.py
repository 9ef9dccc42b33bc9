from pst_kiosk.services.queue import QueueService


def test_issue_call_finish(ctx):
    queue = QueueService(ctx)
    first = queue.issue("K")
    assert first.code == "K-001"
    called = queue.call_next(1)
    assert called is not None and called.id == first.id and called.counter_number == 1
    done = queue.finish(called.id)
    assert done.status == "done"
