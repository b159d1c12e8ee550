"""Keeping the policy's indicators: add, edit, retire, reactivate.

Everything is validated before anything is stored, so a refused indicator
leaves the database as it was and the message names the field. Indicators
are never deleted: retiring keeps their values and history.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from barometer_desktop import labels
from barometer_desktop.domain.indicators import DEFINITION_FIELDS, DETAIL_FIELDS, DETAIL_LENGTH, IndicatorDefinition
from barometer_desktop.errors import QT_TRANSLATE_NOOP, StaleEditError, ValidationError
from barometer_desktop.storage import catalog
from barometer_desktop.storage.catalog import indicator_record
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.models import Goal, Indicator, Observation
from barometer_desktop.storage.records import IndicatorRecord
from barometer_desktop.storage.schema import DIRECTIONS, FREQUENCIES, UNITS

CODE_LENGTH = 20  # the code column's width


@dataclass(frozen=True, kw_only=True)
class IndicatorInput(IndicatorDefinition):
    """Every editable field of an indicator, as the form holds it: its definition and its goal.

    `is_active` is not edited here (retire and reactivate do that). Unit,
    direction and frequency may come as their enum or its text; `_validate`
    refuses any other text.
    """

    goal_id: int


# The columns an edit writes: the definition's fields (but is_active) and the goal.
_EDITED = tuple(name for name in DEFINITION_FIELDS if name != "is_active") + ("goal_id",)


class HeadlineTakenError(ValidationError):
    """The goal already has an active headline indicator."""

    def __init__(self, other_code: str, other_id: int) -> None:
        self.other_code = other_code
        self.other_id = other_id
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Goal already has the headline indicator {code}; a goal has one headline indicator.",
            ),
            field="is_headline",
            code=other_code,
        )


def _validate(item: IndicatorInput) -> None:
    if not item.code.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The code must not be empty."), field="code")
    if len(item.code.strip()) > CODE_LENGTH:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The code can have at most 20 characters."), field="code")
    if not item.name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name must not be empty."), field="name")
    if len(item.name.strip()) > 200:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name can have at most 200 characters."), field="name")
    if item.unit not in UNITS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a unit."), field="unit")
    if item.direction not in DIRECTIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a direction."), field="direction")
    if item.frequency not in FREQUENCIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a frequency."), field="frequency")
    if not 0 <= item.decimals <= 4:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Decimals must be between 0 and 4."), field="decimals")
    if item.release_month is not None and not 1 <= item.release_month <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The release month must be between 1 and 12."), field="release_month"
        )
    if not 0 <= item.release_year_offset <= 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The release delay must be 0, 1 or 2 years."), field="release_year_offset"
        )
    if len(item.provider) > 50:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The provider can have at most 50 characters."), field="provider"
        )
    if len(item.data_source) > 300:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The data source can have at most 300 characters."), field="data_source"
        )
    for name in DETAIL_FIELDS:
        if len(getattr(item, name)) > DETAIL_LENGTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label} can have at most {limit} characters."),
                field=name, label=labels.indicator_detail(name)[0], limit=DETAIL_LENGTH,
            )


class RetiredCodeError(ValidationError):
    """The code belongs to a retired indicator; it may be reused after the user confirms."""

    def __init__(self, code: str, other_name: str, new_code: str) -> None:
        self.code = code
        self.other_name = other_name
        self.new_code = new_code
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The code {code} belongs to the retired indicator {name}."),
            field="code",
            code=code,
            name=other_name,
        )


def _spare_code(session: Session, retired: Indicator) -> str:
    """A new code for a retired indicator whose code is reused: "2.1 (udgået)", unique."""
    suffix = " (udgået)"
    candidate = retired.code[: CODE_LENGTH - len(suffix)] + suffix
    if session.scalar(select(Indicator.id).where(Indicator.code == candidate)) is None:
        return candidate
    return f"{retired.code[: CODE_LENGTH - 12]} (udgået {retired.id})"[:CODE_LENGTH]


def _check_unique(
    session: Session, item: IndicatorInput, own_id: int | None, reuse_retired_code: bool = False
) -> None:
    if session.get(Goal, item.goal_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a goal."), field="goal")
    same_code = session.scalar(select(Indicator).where(Indicator.code == item.code.strip()))
    if same_code is not None and same_code.id != own_id and not same_code.is_active:
        spare = _spare_code(session, same_code)
        if not reuse_retired_code:
            raise RetiredCodeError(same_code.code, same_code.name, spare)
        same_code.code = spare  # audited: the retired indicator's history says where its code went
        session.flush()
        return
    if same_code is not None and same_code.id != own_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The code {code} is already used by another indicator."),
            field="code",
            code=item.code.strip(),
        )


def _check_headline(session: Session, goal_id: int, own_id: int | None) -> None:
    other = session.scalar(
        select(Indicator).where(
            Indicator.goal_id == goal_id,
            Indicator.is_headline.is_(True),
            Indicator.is_active.is_(True),
            Indicator.id != (own_id or -1),
        )
    )
    if other is not None:
        raise HeadlineTakenError(other.code, other.id)


def _assign(row: Indicator, item: IndicatorInput) -> None:
    for name in _EDITED:
        value = getattr(item, name)
        if isinstance(value, Enum):
            value = value.value
        setattr(row, name, value.strip() if name in ("code", "name") else value)


def _record(session: Session, row: Indicator) -> IndicatorRecord:
    session.flush()
    return indicator_record(row, session.get_one(Goal, row.goal_id).number)


def _demote_other(session: Session, goal_id: int, own_id: int | None) -> None:
    for other in session.scalars(
        select(Indicator).where(
            Indicator.goal_id == goal_id,
            Indicator.is_headline.is_(True),
            Indicator.is_active.is_(True),
            Indicator.id != (own_id or -1),
        )
    ):
        other.is_headline = False
    # The partial unique index is checked per statement: demote first.
    session.flush()


def create(
    db: Database, item: IndicatorInput, *, demote_other_headline: bool = False, reuse_retired_code: bool = False
) -> IndicatorRecord:
    """Add an indicator. A second headline for a goal raises HeadlineTakenError
    unless `demote_other_headline` makes the existing one supplementary."""
    _validate(item)
    with db.transaction() as session:
        _check_unique(session, item, None, reuse_retired_code)
        if item.is_headline:
            if demote_other_headline:
                _demote_other(session, item.goal_id, None)
            else:
                _check_headline(session, item.goal_id, None)
        row = Indicator(is_active=True)
        _assign(row, item)
        session.add(row)
        return _record(session, row)


def _load(session: Session, indicator_id: int, expected_version: int) -> Indicator:
    row = session.get(Indicator, indicator_id)
    if row is None or row.version != expected_version:
        raise StaleEditError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed this indicator in the meantime; your change was not stored. "
                "Reload to see the newer version.",
            )
        )
    return row


def update(
    db: Database, indicator_id: int, item: IndicatorInput, expected_version: int, *,
    demote_other_headline: bool = False, reuse_retired_code: bool = False,
) -> IndicatorRecord:
    _validate(item)
    with db.transaction() as session:
        row = _load(session, indicator_id, expected_version)
        _check_unique(session, item, indicator_id, reuse_retired_code)
        if item.is_headline and row.is_active:
            if demote_other_headline:
                _demote_other(session, item.goal_id, indicator_id)
            else:
                _check_headline(session, item.goal_id, indicator_id)
        _assign(row, item)
        return _record(session, row)


def retire(db: Database, indicator_id: int, expected_version: int) -> IndicatorRecord:
    """Take an indicator out of the barometer; its values and history stay."""
    with db.transaction() as session:
        row = _load(session, indicator_id, expected_version)
        row.is_active = False
        return _record(session, row)


def reactivate(
    db: Database, indicator_id: int, expected_version: int, *, demote_other_headline: bool = False
) -> IndicatorRecord:
    """Bring a retired indicator back. A headline indicator whose goal has got a
    new headline meanwhile raises HeadlineTakenError (or demotes the other)."""
    with db.transaction() as session:
        row = _load(session, indicator_id, expected_version)
        if row.is_headline:
            if demote_other_headline:
                _demote_other(session, row.goal_id, indicator_id)
            else:
                _check_headline(session, row.goal_id, indicator_id)
        row.is_active = True
        return _record(session, row)


def indicator(db: Database, indicator_id: int) -> IndicatorRecord | None:
    with db.reading() as session:
        row = session.get(Indicator, indicator_id)
        return _record(session, row) if row is not None else None


def goals(db: Database) -> list[tuple[int, int, str]]:
    """(id, number, title) of the newest policy's goals, for the form's goal chooser."""

    return [(g.id, g.number, g.title) for g in catalog.goals_with_indicators(db)]


def delete(db: Database, indicator_id: int, expected_version: int) -> None:
    """Remove an indicator that has no values (audited); one with values can only be retired."""

    with db.transaction() as session:
        row = _load(session, indicator_id, expected_version)
        values = session.scalar(select(func.count()).select_from(Observation).where(Observation.indicator_id == row.id))
        if values:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The indicator {code} has {count} values and cannot be deleted; retire it instead, "
                    "which keeps its values and history.",
                ),
                field="code",
                code=row.code,
                count=values,
            )
        session.delete(row)
