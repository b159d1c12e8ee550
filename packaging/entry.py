"""Entry point of the bundled programs (PyInstaller runs this script)."""

from barometer_desktop.cli.main import run

if __name__ == "__main__":
    run()
