"""What a Statistics Denmark StatBank table id looks like (FOLK1E, BY3, INDVAN):
letters and digits only. One rule for the policy file, the indicator form and storage,
so a nonsense id ("../FOLK1E X") is refused where it is written, not at the first fetch."""

from __future__ import annotations

import re

_TABLE_ID = re.compile(r"[A-Za-z][A-Za-z0-9]{1,19}")


def is_table_id(text: str) -> bool:
    return _TABLE_ID.fullmatch(text.strip()) is not None
