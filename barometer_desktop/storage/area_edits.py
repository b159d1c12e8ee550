"""Choosing the comparison areas: add a municipality from the official list, remove one.

The barometer's own area and the whole country are fixed; an area with
values cannot be removed (its values would go with it). Audited ORM edits,
one transaction each.
"""

from __future__ import annotations

from sqlalchemy import func, select

from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from barometer_desktop.policy_file.own_municipality import find_municipality
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.models import Area, Observation


def add_comparison(db: Database, text: str) -> int:
    """Add the municipality `text` names (code, name or both) as a comparison area; its id."""

    place = find_municipality(text)
    with db.transaction() as session:
        existing = session.scalars(select(Area).where((Area.code == place.code) | (Area.name == place.name))).first()
        if existing is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} is already one of the barometer's areas."),
                field="area",
                name=place.name,
            )
        last = session.scalar(select(func.max(Area.sort_order))) or 0
        area = Area(code=place.code, name=place.name, kind="municipality", is_main=False, sort_order=last + 1)
        session.add(area)
        session.flush()
        return area.id


def remove_comparison(db: Database, area_id: int) -> None:
    with db.transaction() as session:
        area = session.get(Area, area_id)
        if area is None:
            return  # removed meanwhile by someone else: what the user asked for
        if area.is_main or area.kind == "country":
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} is always shown and cannot be removed."), field="area", name=area.name
            )
        values = session.scalar(select(func.count()).select_from(Observation).where(Observation.area_id == area.id))
        if values:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} has {count} values and cannot be removed."),
                field="area",
                name=area.name,
                count=values,
            )
        session.delete(area)
