"""indicator: who answers for its figures (issue 17, an indicator's free-text detail)

Revision ID: 0008_indicator_responsible
Revises: 0007_indicator_sources
Create Date: 2026-12-03 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0008_indicator_responsible'
down_revision = '0007_indicator_sources'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing indicators get an empty text (the server default fills the rows).
    with op.batch_alter_table('indicator') as batch:
        batch.add_column(sa.Column('responsible', sa.String(length=200), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('indicator') as batch:
        batch.drop_column('responsible')
