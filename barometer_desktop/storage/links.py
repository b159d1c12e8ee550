"""The link rule (domain.links) as the storage layer and the screens apply it.

Every stored document link passes ``checked_link`` on entry, and the screens
pass it again before opening, so a link that turned bad since (a file that
was moved) is refused too.
"""

from __future__ import annotations

from barometer_desktop.domain.links import Link, LinkProblem, LinkRefused, check_link
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

_MESSAGES = {
    LinkProblem.SCHEME: QT_TRANSLATE_NOOP(
        "Errors",
        "The link \"{link}\" is not allowed: only web addresses (http or https) "
        "and local documents can be linked.",
    ),
    LinkProblem.MALFORMED: QT_TRANSLATE_NOOP("Errors", "The link \"{link}\" is not a valid web address."),
    LinkProblem.NOT_ABSOLUTE: QT_TRANSLATE_NOOP(
        "Errors",
        "The link \"{link}\" must be a full web address (https://...) or the full path of a document.",
    ),
    LinkProblem.FILE_TYPE: QT_TRANSLATE_NOOP(
        "Errors",
        "The link \"{link}\" does not point to a document and will not be opened. "
        "Allowed are pdf, docx, doc, xlsx, odt and html files.",
    ),
    LinkProblem.MISSING_FILE: QT_TRANSLATE_NOOP("Errors", "The document \"{link}\" does not exist."),
}


def link_or_error(text: str, field: str = "document_link") -> Link:
    try:
        return check_link(text)
    except LinkRefused as refused:
        raise ValidationError(_MESSAGES[refused.problem], field=field, link=text.strip()) from refused


def checked_link(text: str, field: str = "document_link") -> str:
    """The link to store ("" for none), or ValidationError naming ``field``."""
    text = (text or "").strip()
    if not text:
        return ""
    return link_or_error(text, field).text
