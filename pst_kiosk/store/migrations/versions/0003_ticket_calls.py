"""every call of a ticket kept in ticket_call; ticket.waiting_since and closed_at

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 22:00:00

Before this revision a re-queue erased the first call and the skip, and a hand-over kept the
first counter's call for the second counter. Each ticket that was called gets one call row
from what its columns still hold; earlier history that was overwritten cannot be recovered.
"""

import sqlalchemy as sa
from alembic import op

import pst_kiosk.store.types

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

UTC = pst_kiosk.store.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        'ticket_call',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('service_id', sa.Integer(), nullable=False),
        sa.Column('counter_id', sa.Integer(), nullable=True),
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.Column('entered_at', UTC, nullable=False),
        sa.Column('clock_start', UTC, nullable=False),
        sa.Column('called_at', UTC, nullable=False),
        sa.Column('ended_at', UTC, nullable=True),
        sa.Column('ended_by', sa.String(length=12), nullable=True),
        sa.ForeignKeyConstraint(['counter_id'], ['counter.id']),
        sa.ForeignKeyConstraint(['service_id'], ['service.id']),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id']),
        sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('ticket_call', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_call_queue', ['day', 'service_id', 'called_at'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_ticket_call_ticket_id'), ['ticket_id'],
                              unique=False)
        batch_op.create_index('uq_ticket_call_open', ['ticket_id'], unique=True,
                              sqlite_where=sa.text('ended_at IS NULL'),
                              postgresql_where=sa.text('ended_at IS NULL'))

    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.add_column(sa.Column('waiting_since', UTC, nullable=True))
        batch_op.add_column(sa.Column('closed_at', UTC, nullable=True))

    op.execute(
        "INSERT INTO ticket_call (ticket_id, day, service_id, counter_id, staff_id, entered_at,"
        " clock_start, called_at, ended_at, ended_by)"
        " SELECT id, day, service_id, counter_id, staff_id,"
        " CASE WHEN issued_at > queued_at THEN issued_at ELSE queued_at END,"
        " COALESCE(wait_started_at, issued_at), called_at,"
        " CASE WHEN status IN ('called', 'serving') THEN NULL"
        "  ELSE COALESCE(finished_at, skipped_at, handed_over_at, called_at) END,"
        " CASE status WHEN 'done' THEN 'finished' WHEN 'no_show' THEN 'skipped'"
        "  WHEN 'transferred' THEN 'transferred' WHEN 'called' THEN NULL"
        "  WHEN 'serving' THEN NULL ELSE 'handed_over' END"
        " FROM ticket WHERE called_at IS NOT NULL ORDER BY id"
    )
    op.execute(
        "UPDATE ticket SET waiting_since = CASE"
        " WHEN handed_over_at IS NOT NULL THEN handed_over_at"
        " WHEN issued_at > queued_at THEN issued_at ELSE queued_at END"
    )
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.alter_column('waiting_since', existing_type=UTC, nullable=False)
        batch_op.drop_column('handed_over_at')


def downgrade() -> None:
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.add_column(sa.Column('handed_over_at', UTC, nullable=True))
        batch_op.drop_column('closed_at')
        batch_op.drop_column('waiting_since')
    with op.batch_alter_table('ticket_call', schema=None) as batch_op:
        batch_op.drop_index('uq_ticket_call_open', sqlite_where=sa.text('ended_at IS NULL'),
                            postgresql_where=sa.text('ended_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_ticket_call_ticket_id'))
        batch_op.drop_index('ix_ticket_call_queue')
    op.drop_table('ticket_call')
