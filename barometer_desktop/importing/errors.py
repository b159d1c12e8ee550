"""The error every import problem becomes: a message for the user, never a traceback."""

from __future__ import annotations

from barometer_desktop.errors import BarometerError


class ImportFileError(BarometerError):
    """The file cannot be read or understood; nothing was imported."""
