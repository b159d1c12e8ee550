"""Several people on one database: stale edits and noticing others' changes.

Every table of user data has a `version` column (models.Versioned) that never
goes back, also across a delete (storage.row_versions). An edit names the
version the user saw; when the row has moved on, the edit is refused with a
message that says what is stored now, who stored it and when, read from the
audit log, in the user's words: the indicator, area and period of a value,
never a table or column name. (Database.data_version, a cheap number that
grows with every audited change, lets a screen poll for another user's work.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import Table, desc, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import InstanceState, Session, class_mapper

from barometer_desktop.domain.formatting import format_datetime, format_period, format_trimmed
from barometer_desktop.domain.periods import Period, PeriodKind
from barometer_desktop.errors import QT_TRANSLATE_NOOP, Phrase, StaleEditError
from barometer_desktop.i18n import current_language
from barometer_desktop.storage.models import Observation, Versioned
from barometer_desktop.storage.schema import area, audit_log, indicator, observation

# What the user calls a row of each table, for the messages below.
_THINGS = {
    "policy": QT_TRANSLATE_NOOP("Errors", "this policy"),
    "focus_area": QT_TRANSLATE_NOOP("Errors", "this focus area"),
    "goal": QT_TRANSLATE_NOOP("Errors", "this goal"),
    "indicator": QT_TRANSLATE_NOOP("Errors", "this indicator"),
    "area": QT_TRANSLATE_NOOP("Errors", "this area"),
    "assessment": QT_TRANSLATE_NOOP("Errors", "this assessment"),
    "committee": QT_TRANSLATE_NOOP("Errors", "this committee"),
    "action_plan": QT_TRANSLATE_NOOP("Errors", "this action plan"),
    "action_plan_goal": QT_TRANSLATE_NOOP("Errors", "this action-plan goal"),
    "integration_report": QT_TRANSLATE_NOOP("Errors", "this integration report"),
    "goal_follow_up": QT_TRANSLATE_NOOP("Errors", "this follow-up"),
    "committee_decision": QT_TRANSLATE_NOOP("Errors", "this decision"),
    "setting": QT_TRANSLATE_NOOP("Errors", "this setting"),
    "report_edition": QT_TRANSLATE_NOOP("Errors", "this report edition"),
    "import_mapping": QT_TRANSLATE_NOOP("Errors", "this import mapping"),
}
_SOMETHING = QT_TRANSLATE_NOOP("Errors", "this")
# session.info keys: the rows the last flush was adding, and those it was
# changing or deleting (row_versions notes them before the flush, since a
# failed flush or commit expires or forgets them).
ADDING = "barometer_adding"
VersionedT = TypeVar("VersionedT", bound=Versioned)
CHANGING = "barometer_changing"


@dataclass(frozen=True)
class RowRef:
    """Enough to find a row again after its session failed: class, primary key, audit key."""

    model: type[Versioned]
    identity: tuple[object, ...]
    seen_version: int | None = None
    audit_key: str = ""
    # For a row that was being added: (column, value) pairs of its natural
    # key (or primary key), to find the row someone else stored there first.
    natural: tuple[tuple[str, object], ...] | None = None


@dataclass(frozen=True)
class Change:
    """The newest audit entry of a row: who changed it, when, and how."""

    user_name: str
    changed_at: datetime
    action: str
    new_value: str | None


def last_change(session: Session | Connection, table: str, key: str) -> Change | None:
    """Who changed one row last, and how (from the audit log)."""
    a = audit_log
    row = session.execute(
        select(a.c.user_name, a.c.changed_at, a.c.action, a.c.new_value)
        .where(a.c.table_name == table, a.c.row_key == key)
        .order_by(desc(a.c.id))
        .limit(1)
    ).first()
    return Change(*row) if row is not None else None


def figure(value: float) -> str:
    """A stored value as a message shows it: up to four decimals, none trailing (47,5)."""
    return format_trimmed(value, 4, current_language())


def when(moment: datetime | None) -> str:
    return format_datetime(moment, current_language()) if moment is not None else "—"


@dataclass(frozen=True)
class CellNow:
    """One cell (indicator, area, period) as stored now, in the user's words."""

    indicator: str
    area: str
    period: str
    value: float | None  # None: the cell is empty
    changed_by: str
    changed_at: datetime | None


def cell_now(session: Session | Connection, indicator_id: int, area_id: int, period: Period) -> CellNow:
    """Read what a cell holds now and who put it there (or cleared it)."""
    code = session.execute(select(indicator.c.code).where(indicator.c.id == indicator_id)).scalar()
    area_name = session.execute(select(area.c.name).where(area.c.id == area_id)).scalar()
    o = observation
    row = session.execute(
        select(o.c.value, o.c.entered_by, o.c.entered_at).where(
            o.c.indicator_id == indicator_id, o.c.area_id == area_id, o.c.year == period.year,
            o.c.period_kind == str(period.kind.value), o.c.period_no == period.number,
        )
    ).first()
    key = f"{indicator_id}/{area_id}/{period.year}/{period.kind.value}/{period.number}"
    change = last_change(session, observation.name, key)
    by = change.user_name if change else (row.entered_by if row is not None else "")
    at = change.changed_at if change else (row.entered_at if row is not None else None)
    return CellNow(code or str(indicator_id), area_name or str(area_id), format_period(period, current_language()),
                   row.value if row is not None else None, by or "—", at)


def cell_stale_error(session: Session, indicator_id: int, area_id: int, period: Period) -> StaleEditError:
    """The refusal of an edit made on an older state of one cell: what it holds now, who, when."""
    now = cell_now(session, indicator_id, area_id, period)
    where = dict(indicator=now.indicator, area=now.area, period=now.period, changed_at=when(now.changed_at))
    if now.value is None:
        return StaleEditError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else cleared the value of indicator {indicator}, {area}, {period} in the meantime "
                "({changed_by}, {changed_at}). Your change was not stored.",
            ),
            newer_value="",
            changed_by=now.changed_by,
            **where,
        )
    return StaleEditError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed the value of indicator {indicator}, {area}, {period} in the meantime: "
            "it is now {newer_value} ({changed_by}, {changed_at}). Your change was not stored.",
        ),
        newer_value=figure(now.value),
        changed_by=now.changed_by,
        **where,
    )


def _thing(table: str) -> Phrase:
    return Phrase(_THINGS.get(table, _SOMETHING))


def _shown_value(change: Change) -> str:
    """The new text of a changed field, when it is something a user typed (not a snapshot)."""
    value = change.new_value
    if change.action != "update" or not value or value.startswith("{"):
        return ""
    return "“" + (value if len(value) <= 60 else value[:59] + "…") + "”"


def stale_error(session: Session, refs: list[RowRef]) -> StaleEditError:
    """The StaleEditError for the first of `refs` whose row moved on, read fresh."""
    return moved_on(session, refs) or StaleEditError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this in the meantime; your change was not stored. "
            "Reload to see the newer value.",
        )
    )


def moved_on(session: Session, refs: list[RowRef]) -> StaleEditError | None:
    """The refusal for the first of `refs` whose row moved on (None: none did), read fresh."""

    for ref in refs:
        pending = ref.natural is not None  # a new row; someone stored one under its key first
        row = _stored_under(session, ref) if pending else session.get(ref.model, ref.identity)
        if pending and row is None:
            continue
        if not pending and row is not None and ref.seen_version is not None and row.version == ref.seen_version:
            continue  # this row did not move on; another one did
        if ref.model is Observation and ref.audit_key:
            ind, area_id, year, kind, number = ref.audit_key.split("/")
            return cell_stale_error(session, int(ind), int(area_id), Period(int(year), PeriodKind(kind), int(number)))
        table = mapped_table(ref.model).name
        key = row_key(row) if row is not None else (ref.audit_key or "/".join(str(p) for p in ref.identity))
        return row_stale_error(table, last_change(session, table, key), deleted=row is None)
    return None


def mapped_table(model: type[Versioned]) -> Table:
    """The storage.schema table a versioned ORM class maps (each maps one table)."""
    table = class_mapper(model).local_table
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} does not map a table")
    return table


def _stored_under(session: Session, ref: RowRef) -> Versioned | None:
    """The row now stored under a pending row's natural key (or primary key)."""
    if not ref.natural:
        return None
    return session.scalars(
        select(ref.model).where(*(getattr(ref.model, name) == value for name, value in ref.natural))
    ).first()


def row_stale_error(table: str, change: Change | None, *, deleted: bool) -> StaleEditError:
    """The refusal of an edit of a row (not a value) that someone else changed or deleted."""
    who = dict(changed_by=change.user_name if change else "—", changed_at=when(change.changed_at if change else None))
    if deleted:
        return StaleEditError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else deleted {thing} in the meantime ({changed_by}, {changed_at}). "
                "Your change was not stored.",
            ),
            thing=_thing(table),
            **who,
        )
    newer = _shown_value(change) if change else ""
    if newer:
        return StaleEditError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed {thing} in the meantime: now {newer_value} ({changed_by}, {changed_at}). "
                "Your change was not stored; reload to see it.",
            ),
            newer_value=newer,
            thing=_thing(table),
            **who,
        )
    return StaleEditError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed {thing} in the meantime ({changed_by}, {changed_at}). "
            "Your change was not stored; reload to see it.",
        ),
        thing=_thing(table),
        **who,
    )


def pending_refs(session: Session, *, new_only: bool = False) -> list[RowRef]:
    """The versioned rows a failed transaction had loaded or added, with the version it saw.

    Read from the identity map and the pending objects without touching the
    database, so it works after a flush failed and before the session is
    rolled back. A row being added has no identity yet: its natural key
    finds the row someone else stored there first.
    """
    refs = [] if new_only else [ref for state in list(session.identity_map.all_states()) if (ref := _loaded_ref(state))]
    for instance in list(session.new):
        mapper = inspect(instance).mapper
        if "version" not in mapper.columns:
            continue
        names = getattr(instance, "natural_key_columns", ()) or tuple(c.key for c in mapper.primary_key)
        natural = tuple((name, getattr(instance, name, None)) for name in names)
        refs.append(RowRef(type(instance), (), None, _audit_key(instance), natural))
    return refs


def row_key(instance: object) -> str:
    from barometer_desktop.storage.audit import row_key as key  # noqa: PLC0415 - loads the ORM, which edits have loaded anyway

    return key(instance)


def changing_refs(session: Session) -> list[RowRef]:
    """The versioned rows a flush is about to update or delete, with the version it names."""
    return [ref for instance in [*session.dirty, *session.deleted] if (ref := _loaded_ref(inspect(instance)))]


def _loaded_ref(state: InstanceState[object]) -> RowRef | None:
    """A loaded versioned row with the version it was read at (None: not versioned, or not stored yet)."""
    model = state.mapper.class_
    if state.identity is None or not issubclass(model, Versioned):
        return None
    identity = tuple(state.identity)
    seen = state.committed_state.get("version", state.dict.get("version"))
    return RowRef(model, identity, seen, _loaded_key(state, identity))


def _loaded_key(state: InstanceState[object], identity: tuple[object, ...]) -> str:
    """The audit key (natural key, else primary key) from what the row had
    loaded: after a failed flush, reading an attribute may not load it."""
    names = getattr(state.class_, "natural_key_columns", ()) or ()
    if not names:
        return "/".join(str(part) for part in identity)
    loaded = {**state.dict, **state.committed_state}
    if any(name not in loaded for name in names):
        return ""
    return "/".join(str(loaded[name]) for name in names)


def _audit_key(instance: object | None) -> str:
    try:
        return row_key(instance) if instance is not None else ""
    except Exception:  # an object whose key attributes were expired with the failed flush
        return ""


def refuse_stale(
    session: Session, row: object | None, expected_version: int | None, *, gone: tuple[str, str] | None = None
) -> None:
    """Raise StaleEditError unless `row` still has the version the user saw.

    Service functions call it after loading the row in the writing
    transaction. `row` None means nothing is stored (any more), which the
    user expected when `expected_version` is None too. SQLAlchemy's version
    counter also catches a change landing between this check and the flush;
    this check gives the better message (the newer value and who stored it).
    `gone`: (table, natural key) of a row that may have been deleted, so the
    message can say who deleted it.
    """
    if getattr(row, "version", None) != expected_version:
        raise _stale_refusal(session, row, expected_version, gone)


def current_row(
    session: Session, row: VersionedT | None, expected_version: int, *, gone: tuple[str, str] | None = None
) -> VersionedT:
    """The row an edit changes, if it still has the version the user saw; else
    StaleEditError as refuse_stale raises it (also when the row was deleted)."""
    if row is not None and row.version == expected_version:
        return row
    raise _stale_refusal(session, row, expected_version, gone)


def _stale_refusal(
    session: Session, row: object | None, expected_version: int | None, gone: tuple[str, str] | None
) -> StaleEditError:
    if row is None and gone is not None:
        return row_stale_error(gone[0], last_change(session, *gone), deleted=True)
    if row is None:
        return StaleEditError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else removed this in the meantime. Your change was not stored; reload to see the current state.",
            )
        )
    state = inspect(row)
    return stale_error(session, [RowRef(state.mapper.class_, tuple(state.identity), expected_version, row_key(row))])
