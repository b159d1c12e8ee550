"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 14:33:57.642803
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('area',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('is_main', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('municipality', 'country')", name=op.f('ck_area_kind_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_area')),
    sa.UniqueConstraint('code', name=op.f('uq_area_code')),
    sa.UniqueConstraint('name', name=op.f('uq_area_name'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=50), nullable=False),
    sa.Column('row_key', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('field', sa.String(length=50), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("action IN ('insert', 'update', 'delete')", name=op.f('ck_audit_log_action_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_table_row', ['table_name', 'row_key'], unique=False)

    op.create_table('committee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=20), nullable=False),
    sa.Column('administration', sa.String(length=20), nullable=False),
    sa.Column('contact_emails', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee')),
    sa.UniqueConstraint('name', name=op.f('uq_committee_name')),
    sa.UniqueConstraint('short_name', name=op.f('uq_committee_short_name'))
    )
    op.create_table('policy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('period_from', sa.Integer(), nullable=False),
    sa.Column('period_to', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('period_to >= period_from', name=op.f('ck_policy_period_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy')),
    sa.UniqueConstraint('name', name=op.f('uq_policy_name'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('action_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('policy_id', sa.Integer(), nullable=False),
    sa.Column('adopted_on', sa.Date(), nullable=True),
    sa.Column('document_link', sa.Text(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], name=op.f('fk_action_plan_committee_id_committee'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['policy_id'], ['policy.id'], name=op.f('fk_action_plan_policy_id_policy'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_plan')),
    sa.UniqueConstraint('committee_id', 'policy_id', name=op.f('uq_action_plan_committee_id'))
    )
    op.create_table('committee_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('supplementary_report_requested', sa.Boolean(), nullable=False),
    sa.Column('plan_revision_requested', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('reason_text', sa.Text(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('recommendation', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("reason IN ('missing_follow_up', 'indicator_worsened', 'other')", name=op.f('ck_committee_decision_reason_known')),
    sa.CheckConstraint("status IN ('confirmed', 'dismissed')", name=op.f('ck_committee_decision_status_known')),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], name=op.f('fk_committee_decision_committee_id_committee'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_decision')),
    sa.UniqueConstraint('committee_id', 'year', name=op.f('uq_committee_decision_committee_id'))
    )
    op.create_table('focus_area',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('policy_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['policy_id'], ['policy.id'], name=op.f('fk_focus_area_policy_id_policy'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_focus_area')),
    sa.UniqueConstraint('policy_id', 'number', name=op.f('uq_focus_area_policy_id'))
    )
    op.create_table('integration_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('document_link', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], name=op.f('fk_integration_report_committee_id_committee'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_integration_report')),
    sa.UniqueConstraint('committee_id', 'year', name=op.f('uq_integration_report_committee_id'))
    )
    op.create_table('action_plan_goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action_plan_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(text) > 0', name=op.f('ck_action_plan_goal_text_not_empty')),
    sa.ForeignKeyConstraint(['action_plan_id'], ['action_plan.id'], name=op.f('fk_action_plan_goal_action_plan_id_action_plan'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_plan_goal'))
    )
    op.create_table('goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('policy_id', sa.Integer(), nullable=False),
    sa.Column('focus_area_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('number > 0', name=op.f('ck_goal_number_positive')),
    sa.ForeignKeyConstraint(['focus_area_id'], ['focus_area.id'], name=op.f('fk_goal_focus_area_id_focus_area'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['policy_id'], ['policy.id'], name=op.f('fk_goal_policy_id_policy'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal')),
    sa.UniqueConstraint('policy_id', 'number', name=op.f('uq_goal_policy_id'))
    )
    op.create_table('action_plan_goal_link',
    sa.Column('action_plan_goal_id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_plan_goal_id'], ['action_plan_goal.id'], name=op.f('fk_action_plan_goal_link_action_plan_goal_id_action_plan_goal'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_action_plan_goal_link_goal_id_goal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('action_plan_goal_id', 'goal_id', name=op.f('pk_action_plan_goal_link'))
    )
    op.create_table('goal_follow_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action_plan_goal_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('followed_up', 'partly', 'not_followed_up')", name=op.f('ck_goal_follow_up_status_known')),
    sa.ForeignKeyConstraint(['action_plan_goal_id'], ['action_plan_goal.id'], name=op.f('fk_goal_follow_up_action_plan_goal_id_action_plan_goal'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal_follow_up')),
    sa.UniqueConstraint('action_plan_goal_id', 'year', name=op.f('uq_goal_follow_up_action_plan_goal_id'))
    )
    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('decimals', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('is_headline', sa.Boolean(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('is_survey', sa.Boolean(), nullable=False),
    sa.Column('data_source', sa.String(length=300), nullable=False),
    sa.Column('provider', sa.String(length=50), nullable=False),
    sa.Column('frequency', sa.String(length=12), nullable=False),
    sa.Column('release_month', sa.Integer(), nullable=True),
    sa.Column('release_year_offset', sa.Integer(), nullable=False),
    sa.Column('population_note', sa.Text(), nullable=False),
    sa.Column('comparison_available', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("direction IN ('higher', 'lower', 'none')", name=op.f('ck_indicator_direction_known')),
    sa.CheckConstraint("frequency IN ('monthly', 'quarterly', 'yearly', 'biennial')", name=op.f('ck_indicator_frequency_known')),
    sa.CheckConstraint("unit IN ('percent', 'percentage_points', 'grade', 'index', 'count')", name=op.f('ck_indicator_unit_known')),
    sa.CheckConstraint('decimals BETWEEN 0 AND 4', name=op.f('ck_indicator_decimals_range')),
    sa.CheckConstraint('length(code) > 0', name=op.f('ck_indicator_code_not_empty')),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_indicator_name_not_empty')),
    sa.CheckConstraint('release_month IS NULL OR release_month BETWEEN 1 AND 12', name=op.f('ck_indicator_release_month_range')),
    sa.CheckConstraint('release_year_offset BETWEEN 0 AND 2', name=op.f('ck_indicator_release_offset_range')),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_indicator_goal_id_goal'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator')),
    sa.UniqueConstraint('code', name=op.f('uq_indicator_code'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index('uq_indicator_headline_per_goal', ['goal_id'], unique=True, sqlite_where=sa.text('is_headline AND is_active'), postgresql_where=sa.text('is_headline AND is_active'))

    op.create_table('assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('is_public', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_assessment_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment')),
    sa.UniqueConstraint('indicator_id', 'year', name=op.f('uq_assessment_indicator_id'))
    )
    op.create_table('observation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('period_kind', sa.String(length=8), nullable=False),
    sa.Column('period_no', sa.Integer(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('sample_size', sa.Integer(), nullable=True),
    sa.Column('std_error', sa.Float(), nullable=True),
    sa.Column('is_provisional', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('note_is_public', sa.Boolean(), nullable=False),
    sa.Column('entered_by', sa.String(length=100), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("(period_kind = 'year' AND period_no = 0) OR (period_kind = 'quarter' AND period_no BETWEEN 1 AND 4) OR (period_kind = 'month' AND period_no BETWEEN 1 AND 12)", name=op.f('ck_observation_period_no_range')),
    sa.CheckConstraint("period_kind IN ('year', 'quarter', 'month')", name=op.f('ck_observation_period_kind_known')),
    sa.CheckConstraint('sample_size IS NULL OR sample_size > 0', name=op.f('ck_observation_sample_size_positive')),
    sa.CheckConstraint('std_error IS NULL OR std_error >= 0', name=op.f('ck_observation_std_error_not_negative')),
    sa.CheckConstraint('year BETWEEN 1900 AND 2100', name=op.f('ck_observation_year_range')),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_observation_area_id_area'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_observation_indicator_id_indicator'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observation')),
    sa.UniqueConstraint('indicator_id', 'area_id', 'year', 'period_kind', 'period_no', name=op.f('uq_observation_indicator_id'))
    )
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.create_index('ix_observation_year_indicator', ['year', 'indicator_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.drop_index('ix_observation_year_indicator')

    op.drop_table('observation')
    op.drop_table('assessment')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index('uq_indicator_headline_per_goal', sqlite_where=sa.text('is_headline AND is_active'), postgresql_where=sa.text('is_headline AND is_active'))

    op.drop_table('indicator')
    op.drop_table('goal_follow_up')
    op.drop_table('action_plan_goal_link')
    op.drop_table('goal')
    op.drop_table('action_plan_goal')
    op.drop_table('integration_report')
    op.drop_table('focus_area')
    op.drop_table('committee_decision')
    op.drop_table('action_plan')
    op.drop_table('setting')
    op.drop_table('policy')
    op.drop_table('committee')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_table_row')

    op.drop_table('audit_log')
    op.drop_table('area')
