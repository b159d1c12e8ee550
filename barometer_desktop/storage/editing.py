"""Small helpers the committee services share for validated, version-checked edits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import desc, insert, select
from sqlalchemy.orm import Session

from barometer_desktop.errors import QT_TRANSLATE_NOOP, StaleEditError, ValidationError
from barometer_desktop.storage.audit import row_key
from barometer_desktop.storage.models import AuditEntry


def required_text(value: str, field: str, template: str) -> str:
    """The stripped text, or ValidationError(template, field) when it is empty."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(template, field=field)
    return text


def refuse_stale(session: Session, row: object | None, expected_version: int | None) -> None:
    """Refuse an edit made on an older version of ``row`` than the one stored.

    ``row`` None means nothing is stored (any more); the user expected that
    when ``expected_version`` is None too.

    SQLAlchemy's version counter also catches a change that lands between
    this check and the flush; this check gives the user a better message.
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
    last = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == row.__table__.name, AuditEntry.row_key == row_key(row))  # type: ignore[attr-defined]
        .order_by(desc(AuditEntry.id))
        .limit(1)
    ).first()
    raise StaleEditError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this in the meantime (changed by {changed_by}). "
            "Your change was not stored; reload to see the newer version.",
        ),
        changed_by=last.user_name if last else "?",
    )


def audit_link_change(
    session: Session, user_name: str, table: str, key: str, field: str, old: str, new: str
) -> None:
    """Audit a change of a many-to-many link, which the session event cannot see."""
    if old == new:
        return
    session.execute(
        insert(AuditEntry),
        [
            {
                "table_name": table,
                "row_key": key,
                "action": "update",
                "field": field,
                "old_value": old,
                "new_value": new,
                "user_name": user_name,
                "changed_at": datetime.now(),
            }
        ],
    )
