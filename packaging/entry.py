"""Entry point of the bundled programs (PyInstaller runs this script)."""

import sys

from barometer_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
