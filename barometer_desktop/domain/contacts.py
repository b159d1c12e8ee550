"""Contact e-mail addresses of a committee (its members or its secretary)."""

from __future__ import annotations

import re

# Deliberately plain: one @, no spaces, a dot in the domain. It catches
# typing errors ("name@kk", "name kk.dk", two addresses without a comma)
# without pretending to implement the full RFC.
_ADDRESS = re.compile(r"^[^@\s,;<>()\[\]\"]+@[^@\s,;<>()\[\]\"]+\.[A-Za-z]{2,}$")


def split_addresses(text: str) -> tuple[str, ...]:
    """Addresses separated by commas, semicolons or new lines; blanks dropped."""
    return tuple(part.strip() for part in re.split(r"[,;\n]", text) if part.strip())


def is_valid_address(address: str) -> bool:
    return bool(_ADDRESS.match(address)) and ".." not in address


def invalid_addresses(addresses: tuple[str, ...] | list[str]) -> list[str]:
    return [a for a in addresses if not is_valid_address(a)]
