"""The PySide6 user interface. Screens only present and edit: they call the
storage services and read the assembled snapshot; rules live in domain/."""
