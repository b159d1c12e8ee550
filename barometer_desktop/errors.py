"""Errors that carry a message for the user.

Messages are English source text marked for Qt Linguist with
QT_TRANSLATE_NOOP; the presenting layer (a dialog, the command line)
translates the template and then fills in the parameters. Modules that raise
these errors stay free of Qt.
"""

from __future__ import annotations

import errno
from collections.abc import Callable

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark a string for translation without translating it here."""
    return text


class Phrase(str):
    """A parameter that is itself English text marked for translation (with
    QT_TRANSLATE_NOOP in the error's context): translated with the template."""


class BarometerError(Exception):
    """Base class of every error whose message is meant for the user."""

    context = "Errors"

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        # Detail lines under the message, each (template, params): e.g. the
        # cells an import found changed. Translated like the message.
        self.lines: list[tuple[str, dict[str, object]]] = []
        super().__init__(self._fill(template))

    def add_line(self, template: str, **params: object) -> None:
        self.lines.append((template, params))
        self.args = (self.user_message(),)

    def _fill(self, template: str, params: dict[str, object] | None = None, translate: Translate | None = None) -> str:
        params = self.params if params is None else params
        if translate is not None:
            template = translate(self.context, template)
            params = {k: translate(self.context, v) if isinstance(v, Phrase) else v for k, v in params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def user_message(self, translate: Translate | None = None) -> str:
        texts = [(self.template, self.params), *self.lines]
        return "\n".join(self._fill(template, params, translate) for template, params in texts)


class UserNotice(BarometerError):
    """A message for the user that is not an error (a warning shown beside the work): never raised."""


class DatabaseOpenError(BarometerError):
    """The database file cannot be used: missing, not a database, read-only, locked."""


class SchemaTooNewError(DatabaseOpenError):
    """The database was written by a newer version of the application."""


class SchemaOutdatedError(DatabaseOpenError):
    """The database needs `db upgrade` before this operation."""


class ValidationError(BarometerError):
    """A value the user entered was rejected; nothing was stored."""

    def __init__(self, template: str, *, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


class StaleEditError(BarometerError):
    """Someone else changed the row since it was read; the edit was refused."""

    def __init__(
        self, template: str, *, newer_value: str = "", changed_by: str = "", **params: object
    ) -> None:
        self.newer_value = newer_value
        self.changed_by = changed_by
        super().__init__(template, newer_value=newer_value, changed_by=changed_by, **params)


class ExportError(BarometerError):
    """A file could not be written; nothing half-written was left behind."""


class SaveNotice(UserNotice):
    """A notice about a change that WAS stored, for the field it concerns.

    Returned by a save, e.g. a document link kept although its network drive
    does not answer right now.
    """

    def __init__(self, template: str, *, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


# The operating system's own reason is English ("Permission denied") whatever
# the user's language; the common ones are said in our words, in the error's
# translation context, and the rest keep the system's text.
_OS_REASONS: dict[int, str] = {
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "access denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "access denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the drive is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Errors", "the disk quota is used up"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Errors", "the file name is too long"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "the file or folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "a part of the path is not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Errors", "it exists already"),
    errno.EBUSY: QT_TRANSLATE_NOOP("Errors", "it is in use by another program"),
    errno.ETXTBSY: QT_TRANSLATE_NOOP("Errors", "it is in use by another program"),
    errno.EIO: QT_TRANSLATE_NOOP("Errors", "the drive reported a read or write error"),
    errno.EINVAL: QT_TRANSLATE_NOOP("Errors", "the name is not allowed here"),
    errno.ELOOP: QT_TRANSLATE_NOOP("Errors", "the path loops through links"),
    errno.EMFILE: QT_TRANSLATE_NOOP("Errors", "too many files are open"),
    errno.EXDEV: QT_TRANSLATE_NOOP("Errors", "the file would have to move to another drive"),
}


def os_reason(error: OSError) -> str:
    """Why the operating system refused, as a parameter for an error template:
    a Phrase (translated with the message) for the common causes, else the
    system's own text."""
    phrase = _OS_REASONS.get(error.errno) if error.errno is not None else None
    if phrase is None and getattr(error, "winerror", None) == 32:  # ERROR_SHARING_VIOLATION
        phrase = _OS_REASONS[errno.EBUSY]
    if phrase is not None:
        return Phrase(phrase)
    return error.strerror or str(error)


class OSRefusal(BarometerError):
    """An OSError that reached the command line's last line: the reason and the file."""

    def __init__(self, error: OSError) -> None:
        if error.filename:
            super().__init__(
                QT_TRANSLATE_NOOP("Errors", "{file}: {reason}"), file=str(error.filename), reason=os_reason(error)
            )
        else:
            super().__init__(QT_TRANSLATE_NOOP("Errors", "{reason}"), reason=os_reason(error))
