"""The audit log: every insert, update and delete of user data, written here.

Screens never write audit rows; a session event sees every flushed change
and records it in the same transaction, so a change and its audit row are
stored together or not at all.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from barometer_desktop.storage.models import AuditEntry

# Bookkeeping columns that say nothing the audit row does not already say.
_NOT_AUDITED = {"version", "entered_at", "entered_by"}


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def row_key(instance: object) -> str:
    """The audit log's key of a row: its natural key where it has one (a
    value's cell, a follow-up's goal and year), so its history and who last
    changed it survive a delete and re-insert; else its primary key."""
    custom = getattr(instance, "audit_key", None) or getattr(instance, "version_key", None)
    if callable(custom):
        return str(custom())
    state = inspect(instance)
    identity = state.identity or state.mapper.primary_key_from_instance(instance)
    return "/".join(str(part) for part in identity) if identity else "?"


def _columns(instance: object) -> dict[str, Any]:
    mapper = inspect(instance).mapper
    return {
        attr.key: getattr(instance, attr.key)
        for attr in mapper.column_attrs
        if attr.key not in _NOT_AUDITED
    }


def _snapshot(instance: object) -> str:
    return json.dumps({k: _text(v) for k, v in _columns(instance).items()}, ensure_ascii=False)


def audit_rows(session: Session, user_name: str, now: datetime) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def add(instance: object, action: str, field: str | None = None, old: object = None, new: object = None) -> None:
        rows.append(
            {
                "table_name": instance.__table__.name,  # type: ignore[attr-defined]
                "row_key": row_key(instance),
                "action": action,
                "field": field,
                "old_value": old,
                "new_value": new,
                "user_name": user_name,
                "changed_at": now,
            }
        )

    for instance in session.new:
        if not isinstance(instance, AuditEntry):
            add(instance, "insert", new=_snapshot(instance))
    for instance in session.dirty:
        if isinstance(instance, AuditEntry) or not session.is_modified(instance):
            continue
        state = inspect(instance)
        for attr in state.mapper.column_attrs:
            if attr.key in _NOT_AUDITED:
                continue
            history = state.attrs[attr.key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if _text(old) != _text(new):
                add(instance, "update", attr.key, _text(old), _text(new))
    for instance in session.deleted:
        if not isinstance(instance, AuditEntry):
            add(instance, "delete", old=_snapshot(instance))
    return rows


def install(factory: sessionmaker[Session], user_name: str) -> None:
    """Record every flushed change of sessions made by `factory`."""

    @event.listens_for(factory, "after_flush")
    def _record(session: Session, _context: object) -> None:
        # History is still intact in after_flush; ids of new rows are known.
        rows = audit_rows(session, user_name, datetime.now())
        if rows:
            session.connection().execute(insert(AuditEntry), rows)
