"""Where a field of a policy file is, by line, for messages (tomllib gives no lines)."""

from __future__ import annotations

import re


class FieldLines:
    """Finds the line of a field in the file's text, for messages (tomllib gives none)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def _header(self, section: str, index: int) -> int:
        pattern = re.compile(rf"^\s*\[\[?\s*{re.escape(section)}\s*\]\]?\s*(#.*)?$")
        seen = -1
        for number, line in enumerate(self.lines):
            if pattern.match(line):
                seen += 1
                if seen == index:
                    return number
        return 0

    def in_table(self, section: str, index: int, table: str, key: str | None) -> int:
        """1-based line of `key` in the [section.table] of the index-th [[section]] (else of its header)."""
        start = self._header(section, index)
        header = re.compile(rf"^\s*\[\s*{re.escape(section)}\.{re.escape(table)}\s*\]")
        key_pattern = re.compile(rf"^\s*\"?{re.escape(key or '')}\"?\s*=") if key else None
        found = start
        for number in range(start + 1, len(self.lines)):
            line = self.lines[number].lstrip()
            if line.startswith("[[") or (line.startswith("[") and found != start and not header.match(line)):
                break
            if header.match(line):
                found = number
            elif key_pattern and found != start and key_pattern.match(line):
                return number + 1
        return found + 1

    def find(self, section: str | None, index: int, key: str | None, sub: tuple[str, int] | None = None) -> int:
        """1-based line of `key` in the index-th [[section]] (or the top of the file); else of the header."""
        start = self._header(section, index) if section else -1
        if section and sub is not None:
            pattern = re.compile(rf"^\s*\[\[\s*{re.escape(section)}\.{re.escape(sub[0])}\s*\]\]")
            seen = -1
            for number in range(start + 1, len(self.lines)):
                if pattern.match(self.lines[number]):
                    seen += 1
                    if seen == sub[1]:
                        start = number
                        break
        if key is None:
            return start + 1
        key_pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(start + 1, len(self.lines)):
            line = self.lines[number]
            if line.lstrip().startswith("[") and number > start:
                break
            if key_pattern.match(line):
                return number + 1
        return max(start + 1, 1)
