"""policies and their periods: adoption date, indicators' goals under earlier policies

Revision ID: 0004_policies
Revises: 0003_cell_versions
"""
import sqlalchemy as sa
from alembic import op

revision = '0004_policies'
down_revision = '0003_cell_versions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('policy') as batch:
        batch.add_column(sa.Column('adopted_on', sa.Date(), nullable=True))
    op.create_table('indicator_goal_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('policy_id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('is_headline', sa.Boolean(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_indicator_goal_history_goal_id_goal'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_goal_history_indicator_id_indicator'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['policy_id'], ['policy.id'], name=op.f('fk_indicator_goal_history_policy_id_policy'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_goal_history')),
    sa.UniqueConstraint('indicator_id', 'policy_id', name=op.f('uq_indicator_goal_history_indicator_id'))
    )


def downgrade() -> None:
    op.drop_table('indicator_goal_history')
    with op.batch_alter_table('policy') as batch:
        batch.drop_column('adopted_on')
