"""the online desk: requests reshaped, their messages, imported mail, appointments

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10 09:00:00

``online_request`` had no way in (only the report read it), but rows already there are kept:
``contact`` goes to ``email`` when it holds an @ and to ``whatsapp`` otherwise, the old
statuses map onto the new ones (incomplete → received, open → complete, no_response → closed
with that reason), and each row gets a request number from the year it was received.
"""

from collections import defaultdict
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
import sqlmodel
from alembic import op

import pst_kiosk.store.types

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

UTC_AT = pst_kiosk.store.types.UTCDateTime(timezone=True)
STR = sqlmodel.sql.sqltypes.AutoString
OFFICE_ZONE = ZoneInfo("Asia/Jayapura")  # the year of a request number, as the desk counts it
OLD_STATUS = {"incomplete": ("received", ""), "open": ("complete", ""),
              "answered": ("answered", ""), "no_response": ("closed", "no_response")}


def upgrade() -> None:
    op.create_table(
        'online_sequence',
        sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('last_seq', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('year'),
    )
    _reshape_requests()
    op.create_table(
        'online_message',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=False),
        sa.Column('direction', STR(length=3), nullable=False),
        sa.Column('channel', STR(length=12), nullable=False),
        sa.Column('at', UTC_AT, nullable=False),
        sa.Column('kind', STR(length=12), nullable=False),
        sa.Column('text', STR(), nullable=False),
        sa.Column('attachments', STR(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.Column('mail_message_id', STR(), nullable=False),
        sa.Column('mail_in_reply_to', STR(), nullable=False),
        sa.Column('mail_references', STR(), nullable=False),
        sa.Column('mail_subject', STR(), nullable=False),
        sa.Column('mail_to', STR(), nullable=False),
        sa.Column('send_status', STR(length=8), nullable=False),
        sa.Column('send_error', STR(), nullable=False),
        sa.Column('sent_at', UTC_AT, nullable=True),
        sa.ForeignKeyConstraint(['request_id'], ['online_request.id']),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_online_message_mail_id', 'online_message', ['mail_message_id'],
                    unique=False)
    op.create_index('ix_online_message_request', 'online_message', ['request_id', 'at'],
                    unique=False)
    op.create_table(
        'online_mail_uid',
        sa.Column('mailbox', STR(length=200), nullable=False),
        sa.Column('uidvalidity', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('uid', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=True),
        sa.Column('outcome', STR(length=12), nullable=False),
        sa.Column('imported_at', UTC_AT, nullable=False),
        sa.ForeignKeyConstraint(['message_id'], ['online_message.id']),
        sa.PrimaryKeyConstraint('mailbox', 'uidvalidity', 'uid'),
    )
    op.create_table(
        'appointment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=False),
        sa.Column('kind', STR(length=8), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('starts_at', UTC_AT, nullable=False),
        sa.Column('code', STR(length=8), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.Column('meeting_link', STR(), nullable=False),
        sa.Column('service_letter', STR(length=1), nullable=False),
        sa.Column('status', STR(length=12), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=True),
        sa.Column('checked_in_at', UTC_AT, nullable=True),
        sa.Column('created_at', UTC_AT, nullable=False),
        sa.ForeignKeyConstraint(['request_id'], ['online_request.id']),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id']),
        sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('code', 'day', name='uq_appointment_code_day'),
    )
    op.create_index(op.f('ix_appointment_day'), 'appointment', ['day'], unique=False)
    op.create_index(op.f('ix_appointment_request_id'), 'appointment', ['request_id'],
                    unique=False)
    op.create_index('uq_appointment_ticket', 'appointment', ['ticket_id'], unique=True,
                    sqlite_where=sa.text('ticket_id IS NOT NULL'),
                    postgresql_where=sa.text('ticket_id IS NOT NULL'))


_NEW_TEXT = ('number', 'web_transaction', 'institution', 'email', 'whatsapp', 'consent_version',
             'title', 'data_requested', 'missing', 'close_reason')
_LENGTH = {'number': 16, 'close_reason': 12}
_NEW_AT = ('consent_at', 'supplied_at', 'last_officer_at', 'last_requester_at', 'purged_at')


def _reshape_requests() -> None:
    with op.batch_alter_table('online_request', schema=None) as batch:
        for name in _NEW_TEXT:
            batch.add_column(sa.Column(name, STR(length=_LENGTH.get(name)), nullable=False,
                                       server_default=''))
        for name in _NEW_AT:
            batch.add_column(sa.Column(name, UTC_AT, nullable=True))
        batch.add_column(sa.Column('updated_at', UTC_AT, nullable=True))
        batch.add_column(sa.Column('origin_ticket_id', sa.Integer(), nullable=True))
    _carry_rows_over()
    with op.batch_alter_table('online_request', schema=None) as batch:
        for name in _NEW_TEXT:
            batch.alter_column(name, server_default=None)
        batch.alter_column('updated_at', existing_type=UTC_AT, nullable=False)
        batch.alter_column('status', existing_type=STR(), type_=STR(length=12),
                           existing_nullable=False)
        batch.alter_column('channel', existing_type=STR(), type_=STR(length=12),
                           existing_nullable=False)
        batch.drop_column('contact')
        batch.drop_column('notes')
        batch.drop_column('last_requester_reply_at')
        batch.create_unique_constraint('uq_online_request_number', ['number'])
        batch.create_foreign_key('fk_online_request_origin_ticket', 'ticket',
                                 ['origin_ticket_id'], ['id'])
        batch.create_index('ix_online_request_status_due', ['status', 'due_at'], unique=False)


def _carry_rows_over() -> None:
    conn = op.get_bind()
    table = sa.table('online_request', sa.column('id', sa.Integer()),
                     sa.column('received_at', UTC_AT), sa.column('contact', STR()),
                     sa.column('status', STR()), sa.column('notes', STR()),
                     sa.column('last_requester_reply_at', UTC_AT), *(
                         sa.column(n, STR()) for n in ('number', 'email', 'whatsapp',
                                                       'close_reason', 'data_requested')),
                     sa.column('last_requester_at', UTC_AT), sa.column('updated_at', UTC_AT))
    rows = conn.execute(sa.select(table.c.id, table.c.received_at, table.c.contact,
                                  table.c.status, table.c.notes,
                                  table.c.last_requester_reply_at)
                        .order_by(table.c.received_at, table.c.id)).all()
    seqs: dict[int, int] = defaultdict(int)
    now = datetime.now(UTC)
    for row in rows:
        received = row.received_at if row.received_at.tzinfo else row.received_at.replace(
            tzinfo=UTC)
        year = received.astimezone(OFFICE_ZONE).year
        seqs[year] += 1
        status, reason = OLD_STATUS.get(row.status, (row.status, ""))
        contact = (row.contact or "").strip()
        conn.execute(table.update().where(table.c.id == row.id).values(
            number=f"PST-{year:04d}-{seqs[year]:05d}", status=status, close_reason=reason,
            email=contact if "@" in contact else "",
            whatsapp="" if "@" in contact else contact,
            data_requested=row.notes or "", last_requester_at=row.last_requester_reply_at,
            updated_at=now))
    sequence = sa.table('online_sequence', sa.column('year', sa.Integer()),
                        sa.column('last_seq', sa.Integer()))
    for year, last in seqs.items():
        conn.execute(sequence.insert().values(year=year, last_seq=last))


def downgrade() -> None:
    op.drop_index('uq_appointment_ticket', table_name='appointment',
                  sqlite_where=sa.text('ticket_id IS NOT NULL'),
                  postgresql_where=sa.text('ticket_id IS NOT NULL'))
    op.drop_index(op.f('ix_appointment_request_id'), table_name='appointment')
    op.drop_index(op.f('ix_appointment_day'), table_name='appointment')
    op.drop_table('appointment')
    op.drop_table('online_mail_uid')
    op.drop_index('ix_online_message_request', table_name='online_message')
    op.drop_index('ix_online_message_mail_id', table_name='online_message')
    op.drop_table('online_message')
    with op.batch_alter_table('online_request', schema=None) as batch:
        batch.drop_index('ix_online_request_status_due')
        batch.drop_constraint('fk_online_request_origin_ticket', type_='foreignkey')
        batch.drop_constraint('uq_online_request_number', type_='unique')
        batch.add_column(sa.Column('contact', STR(), nullable=False, server_default=''))
        batch.add_column(sa.Column('notes', STR(), nullable=False, server_default=''))
        batch.add_column(sa.Column('last_requester_reply_at', UTC_AT, nullable=True))
        for name in (*_NEW_TEXT, *_NEW_AT, 'updated_at', 'origin_ticket_id'):
            batch.drop_column(name)
    op.drop_table('online_sequence')
