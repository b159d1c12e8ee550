"""Which links to documents the app may store and open.

A link is a web address (http or https) or a full path to a local document
(pdf, docx, doc, xlsx, odt, html). Anything else - a program, a script, a
``javascript:`` or other scheme, a file that is not there - is refused, both
when it is typed in and again before it is opened, so the app never hands
the operating system something it would run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import unquote, urlsplit

DOCUMENT_EXTENSIONS = frozenset({".pdf", ".docx", ".doc", ".xlsx", ".odt", ".html", ".htm"})
WEB_SCHEMES = frozenset({"http", "https"})

# "C:\..." or "C:/..." is a Windows drive, not a URL scheme.
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class LinkKind(StrEnum):
    WEB = "web"
    FILE = "file"


class LinkProblem(StrEnum):
    SCHEME = "scheme"  # javascript:, ftp:, mailto: ...
    MALFORMED = "malformed"  # http address without a host, control characters
    NOT_ABSOLUTE = "not_absolute"  # a relative path: where would it point?
    FILE_TYPE = "file_type"  # .exe, .bat, .py, no extension ...
    MISSING_FILE = "missing_file"


class LinkRefused(ValueError):
    """The link may not be stored or opened; ``problem`` says why."""

    def __init__(self, problem: LinkProblem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
        super().__init__(f"{problem.value}: {detail}")


@dataclass(frozen=True)
class Link:
    kind: LinkKind
    text: str  # as stored: stripped
    path: Path | None = None  # for a local file


def check_link(text: str, *, is_file: Callable[[str], bool] = os.path.isfile) -> Link:
    """Classify a non-empty link or raise LinkRefused.

    ``is_file`` is injectable so the rule stays testable without a disk.
    """
    text = text.strip()
    if not text or _CONTROL.search(text):
        raise LinkRefused(LinkProblem.MALFORMED, text)
    scheme_match = _SCHEME.match(text)
    if scheme_match and not _DRIVE.match(text):
        scheme = scheme_match.group(1).lower()
        if scheme == "file":
            return _check_file(_file_url_path(text), text, is_file)
        if scheme not in WEB_SCHEMES:
            raise LinkRefused(LinkProblem.SCHEME, scheme)
        parts = urlsplit(text)
        if not parts.hostname or " " in text:
            raise LinkRefused(LinkProblem.MALFORMED, text)
        return Link(LinkKind.WEB, text)
    return _check_file(text, text, is_file)


def _file_url_path(url: str) -> str:
    parts = urlsplit(url)
    path = unquote(parts.path)
    if parts.netloc and parts.netloc != "localhost":
        return f"//{parts.netloc}{path}"  # a network share
    if re.match(r"^/[A-Za-z]:[\\/]", path):  # file:///C:/x.pdf
        return path[1:]
    return path


def _is_absolute(path: str) -> bool:
    # Windows paths are recognised on every platform, so a link typed on a
    # workstation is judged the same by tests and tools running elsewhere.
    return bool(_DRIVE.match(path)) or path.startswith(("\\\\", "//")) or os.path.isabs(path)


def _check_file(path: str, text: str, is_file: Callable[[str], bool]) -> Link:
    if not _is_absolute(path):
        raise LinkRefused(LinkProblem.NOT_ABSOLUTE, text)
    suffix = os.path.splitext(path.replace("\\", "/"))[1].lower()
    if suffix not in DOCUMENT_EXTENSIONS:
        raise LinkRefused(LinkProblem.FILE_TYPE, suffix or text)
    if not is_file(path):
        raise LinkRefused(LinkProblem.MISSING_FILE, path)
    return Link(LinkKind.FILE, text, Path(path))
