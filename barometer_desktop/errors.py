"""Errors that carry a message for the user.

Messages are English source text marked for Qt Linguist with
QT_TRANSLATE_NOOP; the presenting layer (a dialog, the command line)
translates the template and then fills in the parameters. Modules that raise
these errors stay free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a string for translation without translating it here."""
    return text


class BarometerError(Exception):
    """Base class of every error whose message is meant for the user."""

    context = "Errors"

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self._fill(template))

    def _fill(self, template: str) -> str:
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template

    def user_message(self, translate: Translate | None = None) -> str:
        template = translate(self.context, self.template) if translate else self.template
        return self._fill(template)


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
