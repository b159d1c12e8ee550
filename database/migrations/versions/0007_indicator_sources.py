"""indicator sources in Statistics Denmark's StatBank (issue 18)

Revision ID: 0007_indicator_sources
Revises: 0004_policies
Create Date: 2026-12-03 08:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0007_indicator_sources'
down_revision = '0004_policies'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('indicator_source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('table_id', sa.String(length=40), nullable=False),
    sa.Column('area_variable', sa.String(length=40), nullable=False),
    sa.Column('time_variable', sa.String(length=40), nullable=False),
    sa.Column('selection', sa.Text(), nullable=False),
    sa.Column('denominator', sa.Text(), nullable=True),
    sa.Column('time_mapping', sa.String(length=20), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("time_mapping IN ('as_is', 'first_year', 'last_year')", name=op.f('ck_indicator_source_time_mapping_known')),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_source_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_source')),
    sa.UniqueConstraint('indicator_id', name=op.f('uq_indicator_source_indicator_id'))
    )


def downgrade() -> None:
    op.drop_table('indicator_source')
