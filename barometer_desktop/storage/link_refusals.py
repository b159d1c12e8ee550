"""The link rule (domain.document_links) in words: refusals and warnings for the user.

Every stored document link passes ``link_to_store`` on entry; the screens
pass ``link_or_error`` (the full check) again before opening, so a link that
turned bad since (a file that was moved or replaced) is refused too.
"""

from __future__ import annotations

from barometer_desktop.domain.document_links import (
    MAX_LINK_LENGTH,
    Link,
    LinkProblem,
    LinkRefused,
    check_link,
    link_to_store,
)
from barometer_desktop.domain.formatting import format_number
from barometer_desktop.errors import QT_TRANSLATE_NOOP, SaveNotice, ValidationError
from barometer_desktop.i18n import current_language

_MESSAGES = {
    LinkProblem.SCHEME: QT_TRANSLATE_NOOP(
        "Errors",
        "The link \"{link}\" is not allowed: only web addresses (http or https) "
        "and local documents can be linked.",
    ),
    LinkProblem.MALFORMED: QT_TRANSLATE_NOOP("Errors", "The link \"{link}\" is not a valid web address."),
    LinkProblem.TOO_LONG: QT_TRANSLATE_NOOP(
        "Errors",
        "The link is {length} characters long; a link may have at most {limit}. "
        "Link to the document instead of pasting its text.",
    ),
    LinkProblem.NOT_ABSOLUTE: QT_TRANSLATE_NOOP(
        "Errors",
        "The link \"{link}\" must be a full web address (https://...) or the full path of a document.",
    ),
    LinkProblem.FILE_TYPE: QT_TRANSLATE_NOOP(
        "Errors",
        "The link \"{link}\" does not point to a document and will not be opened. "
        "Allowed are pdf, docx, doc, xlsx, odt and html files.",
    ),
    LinkProblem.DISGUISED: QT_TRANSLATE_NOOP(
        "Errors",
        "The link \"{link}\" contains percent codes (such as %20) or hidden characters that make the "
        "file name look like something else. Give the document's plain path.",
    ),
    LinkProblem.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "Errors", "The link \"{link}\" points to a folder or a device, not to a document."
    ),
    LinkProblem.EXECUTABLE: QT_TRANSLATE_NOOP(
        "Errors",
        "The link \"{link}\" points to a file marked as a program (executable), so it will not be opened.",
    ),
    LinkProblem.MISSING_FILE: QT_TRANSLATE_NOOP(
        "Errors", "The document \"{link}\" does not exist, or the drive or server it is on cannot be reached now."
    ),
}

UNREACHABLE_NOTICE = QT_TRANSLATE_NOOP(
    "Errors",
    "The document \"{link}\" cannot be reached right now (the drive or server may be offline). "
    "The link was saved and will be checked again before it is opened.",
)


def _refusal(refused: LinkRefused, text: str, field: str) -> ValidationError:
    shown = text if len(text) <= 200 else text[:200] + "…"
    return ValidationError(
        _MESSAGES[refused.problem],
        field=field,
        link=shown,
        length=format_number(len(text), 0, current_language()),
        limit=format_number(MAX_LINK_LENGTH, 0, current_language()),
    )


def link_or_error(text: str, field: str = "document_link") -> Link:
    """The full check before opening, or ValidationError naming ``field``."""
    text = (text or "").strip()
    try:
        return check_link(text)
    except LinkRefused as refused:
        raise _refusal(refused, text, field) from refused


def checked_link(text: str, field: str = "document_link") -> tuple[str, SaveNotice | None]:
    """The link to store ("" for none) and a warning when its document cannot be reached now.

    Raises ValidationError naming ``field`` for a link that may not be stored.
    """
    text = (text or "").strip()
    if not text:
        return "", None
    try:
        link = link_to_store(text)
    except LinkRefused as refused:
        raise _refusal(refused, text, field) from refused
    notice = None if link.reachable else SaveNotice(UNREACHABLE_NOTICE, field=field, link=link.text)
    return link.text, notice
