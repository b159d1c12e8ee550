"""Several people on one database: stale edits and noticing others' changes.

Every table of user data has a `version` column (models.Versioned). An edit
names the version the user saw; when the row has moved on, the edit is
refused with a message that says what the row holds now and who changed it,
read from the audit log. (Database.data_version, a cheap number that grows
with every audited change, lets a screen poll for another user's work.)
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import desc, inspect, select
from sqlalchemy.orm import Session

from barometer_desktop.errors import QT_TRANSLATE_NOOP, StaleEditError
from barometer_desktop.storage.audit import row_key
from barometer_desktop.storage.models import AuditEntry


@dataclass(frozen=True)
class RowRef:
    """Enough to find a row again after its session failed: class and primary key."""

    model: type
    identity: tuple
    seen_version: int | None = None


def last_change(session: Session, table: str, key: str) -> AuditEntry | None:
    """The newest audit entry of one row: who changed it last, and how."""
    return session.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == table, AuditEntry.row_key == key)
        .order_by(desc(AuditEntry.id))
        .limit(1)
    ).first()


def _describe(entry: AuditEntry | None) -> str:
    if entry is None:
        return "?"
    if entry.action == "update" and entry.field:
        return f"{entry.field} = {entry.new_value}"
    return entry.action


def stale_error(session: Session, refs: list[RowRef]) -> StaleEditError:
    """The StaleEditError for the first of `refs` whose row moved on, read fresh."""
    for ref in refs:
        table = ref.model.__table__.name  # type: ignore[attr-defined]
        row = session.get(ref.model, ref.identity)
        if row is not None and ref.seen_version is not None and row.version == ref.seen_version:
            continue  # this row did not move on; another one did
        if row is None:
            key = "/".join(str(part) for part in ref.identity)
            change = last_change(session, table, key)
            return StaleEditError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Someone else deleted this ({table}) in the meantime (deleted by {changed_by}). "
                    "Your change was not stored.",
                ),
                newer_value="",
                changed_by=change.user_name if change else "?",
                table=table,
            )
        change = last_change(session, table, row_key(row))
        if change is not None:
            return StaleEditError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Someone else changed this ({table}) in the meantime: now {newer_value} "
                    "(changed by {changed_by}). Your change was not stored; reload to see it.",
                ),
                newer_value=_describe(change),
                changed_by=change.user_name,
                table=table,
            )
    return StaleEditError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this in the meantime; your change was not stored. "
            "Reload to see the newer value.",
        )
    )


def pending_refs(session: Session) -> list[RowRef]:
    """The versioned rows a failed transaction had loaded, with the version it saw.

    Read from the identity map without touching the database, so it works
    after a flush failed and before the session is rolled back.
    """
    refs = []
    for state in list(session.identity_map.all_states()):
        if state.identity is not None and "version" in state.mapper.columns:
            seen = state.committed_state.get("version", state.dict.get("version"))
            refs.append(RowRef(state.mapper.class_, tuple(state.identity), seen))
    return refs


def refuse_stale(session: Session, row: object | None, expected_version: int | None) -> None:
    """Raise StaleEditError unless `row` still has the version the user saw.

    Service functions call it after loading the row in the writing
    transaction. `row` None means nothing is stored (any more), which the
    user expected when `expected_version` is None too. SQLAlchemy's version
    counter also catches a change landing between this check and the flush;
    this check gives the better message (the newer value and who stored it).
    """
    current = getattr(row, "version", None)
    if current == expected_version:
        return
    if row is None:
        raise StaleEditError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else removed this in the meantime. Your change was not stored; reload to see the current state.",
            )
        )
    state = inspect(row)
    raise stale_error(session, [RowRef(state.mapper.class_, tuple(state.identity), expected_version)])
