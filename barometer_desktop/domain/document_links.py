"""Which links to documents the app may store and open: the one link rule.

A link is a web address (http or https) or a full path to a local document
(pdf, docx, doc, xlsx, odt, html). Anything else - a program, a script, a
``javascript:`` or other scheme - is refused, both when it is typed in and
again before it is opened, so the app never hands the operating system
something it would run.

A name alone proves nothing: ``sym.pdf`` may be a symbolic link to a program,
``report.pdf`` may be an executable script, and ``evil.exe%20.pdf`` relies on
something decoding it on the way. So a local document is judged by what is
really there: the path is resolved (symbolic links followed), must be a
regular file, must have a document extension after resolving, and must not
be marked executable (on systems that mark executables; Windows decides by
the extension, checked already). Percent escapes and spoofing characters in
a file name are refused outright.

Storing is kinder than opening: a document on a network share that does not
answer right now (or a drive that is not mapped on this computer) must not
stop the secretariat from saving the committee's year. Such a link is stored
with a warning and judged in full again before it is opened.
"""

from __future__ import annotations

import os
import re
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import unquote, urlsplit

DOCUMENT_EXTENSIONS = frozenset({".pdf", ".docx", ".doc", ".xlsx", ".odt", ".html", ".htm"})
WEB_SCHEMES = frozenset({"http", "https"})
# Generous for any real address or path (Windows' own limit is 260, or 32,767
# with long paths), small enough that a pasted file cannot become a "link".
MAX_LINK_LENGTH = 2000
# How long to wait for a file server before calling a document unreachable.
FILE_CHECK_SECONDS = 2.0

# "C:\..." or "C:/..." is a Windows drive, not a URL scheme.
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Characters that make a name read differently from what it is: bidirectional
# overrides ("evil\u202efdp.exe" shows as "evilexe.pdf") and invisible marks.
_SPOOFING = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


class LinkKind(StrEnum):
    WEB = "web"
    FILE = "file"


class LinkProblem(StrEnum):
    SCHEME = "scheme"  # javascript:, ftp:, mailto: ...
    MALFORMED = "malformed"  # http address without a host, control characters
    TOO_LONG = "too_long"  # longer than MAX_LINK_LENGTH
    NOT_ABSOLUTE = "not_absolute"  # a relative path: where would it point?
    FILE_TYPE = "file_type"  # .exe, .bat, .py, no extension ... (also after resolving)
    DISGUISED = "disguised"  # percent escapes or spoofing characters in a file name
    NOT_A_FILE = "not_a_file"  # a folder, a device, a pipe
    EXECUTABLE = "executable"  # a "document" marked as a program
    MISSING_FILE = "missing_file"  # not there, or its server does not answer


class LinkRefused(ValueError):
    """The link may not be stored or opened; ``problem`` says why."""

    def __init__(self, problem: LinkProblem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
        super().__init__(f"{problem.value}: {detail[:200]}")


@dataclass(frozen=True)
class Link:
    kind: LinkKind
    text: str  # as stored: stripped
    path: Path | None = None  # for a local file: what it really is (resolved)
    reachable: bool = True  # False: stored although the document could not be checked now


@dataclass(frozen=True)
class FileFacts:
    """What is really at a path, after following symbolic links."""

    exists: bool
    resolved: str = ""
    regular: bool = False
    executable: bool = False


# What the rule asks the file system; None means "did not answer in time".
Inspect = Callable[[str], "FileFacts | None"]


def _look(path: str) -> FileFacts:
    try:
        resolved = os.path.realpath(path, strict=True)
        mode = os.stat(resolved).st_mode
    except (OSError, ValueError):  # missing, a broken or looping symlink, no permission
        return FileFacts(exists=False)
    # Windows has no executable mark: there the extension decides, checked on the resolved name.
    executable = os.name != "nt" and bool(mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH))
    return FileFacts(exists=True, resolved=resolved, regular=stat.S_ISREG(mode), executable=executable)


def file_facts(path: str, *, timeout: float = FILE_CHECK_SECONDS) -> FileFacts | None:
    """Look at `path`, or give up after `timeout` seconds (an unreachable share can block for a minute)."""
    found: list[FileFacts] = []
    worker = threading.Thread(target=lambda: found.append(_look(path)), daemon=True)
    worker.start()
    worker.join(timeout)
    return found[0] if found else None


def check_link(text: str, *, inspect: Inspect = file_facts) -> Link:
    """The full check before opening: classify a non-empty link or raise LinkRefused."""
    return _judge(text, inspect, must_reach=True)


def link_to_store(text: str, *, inspect: Inspect = file_facts) -> Link:
    """The check before storing: like `check_link`, except that a document
    that cannot be reached now is kept (``reachable`` False) for a warning."""
    return _judge(text, inspect, must_reach=False)


def _judge(text: str, inspect: Inspect, *, must_reach: bool) -> Link:
    text = text.strip()
    if len(text) > MAX_LINK_LENGTH:
        raise LinkRefused(LinkProblem.TOO_LONG, str(len(text)))
    if not text or _CONTROL.search(text):
        raise LinkRefused(LinkProblem.MALFORMED, text)
    if _SPOOFING.search(text):
        raise LinkRefused(LinkProblem.DISGUISED, text)
    scheme_match = _SCHEME.match(text)
    if scheme_match and not _DRIVE.match(text):
        scheme = scheme_match.group(1).lower()
        if scheme == "file":
            return _check_file(_file_url_path(text), text, inspect, must_reach)
        if scheme not in WEB_SCHEMES:
            raise LinkRefused(LinkProblem.SCHEME, scheme)
        parts = urlsplit(text)
        if not parts.hostname or " " in text:
            raise LinkRefused(LinkProblem.MALFORMED, text)
        return Link(LinkKind.WEB, text)
    if _PERCENT_ESCAPE.search(text):
        # A path is not a URL: nothing should decode it, and a name that
        # only means something once decoded ("evil.exe%20.pdf") is a disguise.
        raise LinkRefused(LinkProblem.DISGUISED, text)
    return _check_file(text, text, inspect, must_reach)


def _file_url_path(url: str) -> str:
    parts = urlsplit(url)
    path = unquote(parts.path)  # decoded once, as the system will
    if _PERCENT_ESCAPE.search(path) or _CONTROL.search(path) or _SPOOFING.search(path):
        raise LinkRefused(LinkProblem.DISGUISED, url)  # %2520, %00, %E2%80%AE ...
    if parts.netloc and parts.netloc != "localhost":
        return f"//{parts.netloc}{path}"  # a network share
    if re.match(r"^/[A-Za-z]:[\\/]", path):  # file:///C:/x.pdf
        return path[1:]
    return path


def _is_absolute(path: str) -> bool:
    # Windows paths are recognised on every platform, so a link typed on a
    # workstation is judged the same by tests and tools running elsewhere.
    return bool(_DRIVE.match(path)) or path.startswith(("\\\\", "//")) or os.path.isabs(path)


def _document_suffix(path: str) -> str:
    """The extension a system would act on, or "" when the name is a disguise.

    Windows drops trailing dots and spaces ("evil.exe ." runs evil.exe), and
    "evil.exe .pdf" pads a program's name to look like a document's.
    """
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    stem, suffix = os.path.splitext(name)
    if name != name.rstrip(". ") or stem != stem.rstrip(". "):
        return ""
    return suffix.lower()


def _check_file(path: str, text: str, inspect: Inspect, must_reach: bool) -> Link:
    if not _is_absolute(path):
        raise LinkRefused(LinkProblem.NOT_ABSOLUTE, text)
    if _document_suffix(path) not in DOCUMENT_EXTENSIONS:
        raise LinkRefused(LinkProblem.FILE_TYPE, os.path.splitext(path)[1] or text)
    facts = inspect(path)
    if facts is None or not facts.exists:
        if must_reach:
            raise LinkRefused(LinkProblem.MISSING_FILE, path)
        return Link(LinkKind.FILE, text, Path(path), reachable=False)
    if not facts.regular:
        raise LinkRefused(LinkProblem.NOT_A_FILE, path)
    if _document_suffix(facts.resolved) not in DOCUMENT_EXTENSIONS:
        raise LinkRefused(LinkProblem.FILE_TYPE, facts.resolved)
    if facts.executable:
        raise LinkRefused(LinkProblem.EXECUTABLE, path)
    return Link(LinkKind.FILE, text, Path(facts.resolved))
