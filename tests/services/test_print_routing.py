"""A ticket prints on the kiosk where it was taken, never on another kiosk's printer."""

from __future__ import annotations

from pst_kiosk.services.printjobs import PrintJobService
from pst_kiosk.services.queue import QueueService


def test_a_job_named_for_one_printer_is_not_taken_by_another(ctx):
    queue, jobs = QueueService(ctx), PrintJobService(ctx)
    lobby = queue.issue("K", print_ticket=True, printer="kiosk-lobi")
    anywhere = queue.issue("K", print_ticket=True)

    first = jobs.claim_next("kiosk-lantai-2")
    assert first is not None and first.id == anywhere.print_job_id  # unnamed: anyone's
    assert jobs.claim_next("kiosk-lantai-2") is None  # the lobby's ticket is not its to print
    own = jobs.claim_next("kiosk-lobi")
    assert own is not None and own.id == lobby.print_job_id
