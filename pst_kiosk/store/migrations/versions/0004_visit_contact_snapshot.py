"""visit contact snapshot: the name, institution, phone and email given on that visit

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 12:00:00

A returning visitor who changes phone must not rewrite the guest book of earlier days:
each visit keeps what was given then. Older visits stay NULL and the export falls back to
the visitor row for them. (Written after 0002 on its own branch; chained after 0003 at merge.)
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

COLUMNS = ('name', 'institution', 'phone', 'email')


def upgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
