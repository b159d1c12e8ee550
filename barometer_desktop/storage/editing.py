"""Small helpers the committee services share for validated, audited edits.

The version check itself is concurrency.refuse_stale, shared by every table."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from barometer_desktop.errors import ValidationError
from barometer_desktop.storage.models import AuditEntry


def required_text(value: str, field: str, template: str) -> str:
    """The stripped text, or ValidationError(template, field) when it is empty."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(template, field=field)
    return text


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
