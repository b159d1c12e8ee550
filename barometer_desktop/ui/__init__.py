"""The PySide6 user interface. Screens only present and edit: they call the
storage services and read the assembled snapshot; rules live in domain/."""

from barometer_desktop.ui.qt_workarounds import pin_singletons

# Before any screen runs: see qt_workarounds for the PySide6 6.12 bug this avoids.
pin_singletons()
