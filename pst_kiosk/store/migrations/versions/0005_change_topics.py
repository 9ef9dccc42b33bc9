"""change topics: what the SQLite change feed announces

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 09:00:00.000000
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_topic',
    sa.Column('topic', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('topic')
    )


def downgrade() -> None:
    op.drop_table('change_topic')
