"""report editions and import mappings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 14:34:07.270928
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_mapping',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shape', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_mapping')),
    sa.UniqueConstraint('shape', name=op.f('uq_import_mapping_shape'))
    )
    op.create_table('report_edition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('case_number', sa.String(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("language IN ('da', 'en')", name=op.f('ck_report_edition_language_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_edition')),
    sa.UniqueConstraint('year', 'language', name=op.f('uq_report_edition_year'))
    )


def downgrade() -> None:
    op.drop_table('report_edition')
    op.drop_table('import_mapping')
