"""Denmark's 98 municipalities, 5 regions and the whole country, with official codes.

The list is database/seed/municipalities.csv (municipality codes 101-860,
region codes 081-085 as Statistics Denmark's tables print them, 000 for
Hele landet). Areas are chosen from it, and imported files may name an
area by code, by name, or both ("101", "København", "101 København").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from barometer_desktop.resources import shipped_path

LIST_FILE = ("database", "seed", "municipalities.csv")


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    kind: str  # municipality | region | country
    region: str  # the region's code; "" for a region and the country


@lru_cache(maxsize=1)
def all_places() -> tuple[Place, ...]:
    with shipped_path(*LIST_FILE).open(newline="", encoding="utf-8") as handle:
        return tuple(Place(r["code"], r["name"], r["kind"], r["region"]) for r in csv.DictReader(handle))


def municipalities() -> list[Place]:
    return [p for p in all_places() if p.kind == "municipality"]


def whole_country() -> Place:
    """Hele landet (code 000): the country's row of the shipped list."""
    for place in all_places():
        if place.kind == "country":
            return place
    raise LookupError(f"{'/'.join(LIST_FILE)} has no row for the whole country")  # a damaged installation


# The authority's name is "<name> Kommune" except for these two.
_AUTHORITIES = {"101": "Københavns Kommune", "400": "Bornholms Regionskommune"}


def authority_name(place: Place) -> str:
    """The municipality's own name as an organisation: "Aarhus Kommune", "Københavns Kommune"."""
    return _AUTHORITIES.get(place.code, f"{place.name} Kommune")


def _folded(text: str) -> str:
    text = " ".join(text.split()).casefold()
    return re.sub(r"\s+kommune$", "", text)


def find(text: str) -> Place | None:
    """The place `text` names: its code, its name (any case, "Kommune" optional) or "code name"."""
    wanted = _folded(text)
    if not wanted:
        return None
    code, _, rest = wanted.partition(" ")
    for place in all_places():
        name = _folded(place.name)
        # "Københavns Kommune": the official name takes a genitive s.
        names = (name, name + "s")
        if wanted == place.code or wanted in names or (code == place.code and _folded(rest) in names):
            return place
    return None


def matching(text: str, limit: int = 20) -> list[Place]:
    """Places whose code or name starts with (or whose name contains) `text`: search as you type."""
    wanted = _folded(text)
    starts = [p for p in all_places() if p.code.startswith(wanted) or _folded(p.name).startswith(wanted)]
    contains = [p for p in all_places() if wanted in _folded(p.name) and p not in starts]
    return (starts + contains)[:limit]


def ways_to_write(code: str, name: str) -> list[str]:
    """How a file may name an area besides its code or name: "101 København", "Københavns Kommune"."""
    return [f"{code} {name}", f"{name} Kommune", f"{name}s Kommune", f"{code} {name} Kommune"]
