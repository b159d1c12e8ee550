"""The barometer's own municipality, and the definition a first start creates."""

from __future__ import annotations

from typing import Any

from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from barometer_desktop.municipalities import Place, find, whole_country


def find_municipality(text: str) -> Place:
    """The municipality `text` names (code, name or both), or ValidationError for the field 'municipality'."""

    if not text.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Write the municipality's name or its code, e.g. 751 or Aarhus."),
            field="municipality",
        )
    place = find(text)
    if place is None or place.kind != "municipality":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a Danish municipality; write its name or its code, e.g. 751 or Aarhus."),
            field="municipality",
            name=text,
        )
    return place


def with_main_area(data: dict[str, Any], code: str, name: str) -> dict[str, Any]:
    """The definition with this municipality as the barometer's own area, first in the list.

    The file's own main area goes (it was that municipality's, not a chosen
    comparison); the area already listed under the code becomes the main one.
    """
    areas = [dict(a) for a in data.get("areas", []) if not a.get("main") and a.get("code") != code]
    areas.insert(0, {"code": code, "name": name, "kind": "municipality", "main": True})
    return {**data, "areas": areas}


def starting_definition(
    source: dict[str, Any],
    municipality: str,
    comparisons: list[str],
    committees: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """What a first start creates: `source` (a parsed file, the 2011 example or the
    empty template) for `municipality`, compared with the whole country and
    `comparisons` (names or codes from the municipality list); `committees`
    (None: those of the source) replace the source's, and with them its plans.
    """

    own = find_municipality(municipality)
    areas = [{"code": own.code, "name": own.name, "kind": "municipality", "main": True}]
    country = whole_country()
    areas.append({"code": country.code, "name": country.name, "kind": "country", "main": False})
    for text in comparisons:
        place = find_municipality(text)
        if all(a["code"] != place.code for a in areas):
            areas.append({"code": place.code, "name": place.name, "kind": "municipality", "main": False})
    data = {**source, "areas": areas}
    if committees is not None:
        data["committees"] = committees
        data["action_plans"] = []
    return data
