"""versions that survive a delete (row_version)

Revision ID: 0003_cell_versions
Revises: 0002
Create Date: 2026-12-03 07:10:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0003_cell_versions'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows deleted before this schema left no trace of their version; from
    # now on every delete records one (storage.row_versions).
    op.create_table('row_version',
    sa.Column('table_name', sa.String(length=50), nullable=False),
    sa.Column('row_key', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_key', name=op.f('pk_row_version'))
    )


def downgrade() -> None:
    op.drop_table('row_version')
