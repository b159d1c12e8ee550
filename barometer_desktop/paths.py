"""Where the application keeps its files on this computer.

QStandardPaths gives the platform's application data folder (on Windows
%APPDATA%/Koebenhavns Kommune/Integrationsbarometer). The environment variable
BAROMETER_DATA_DIR overrides it, which is how tests point every path at a
temporary folder. QtCore is imported only when the folder is first asked for,
so command-line paths that never need it stay lean.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from barometer_desktop import APP_NAME, ORGANIZATION_DOMAIN, ORGANIZATION_NAME

DATA_DIR_ENV = "BAROMETER_DATA_DIR"
CACHE_DIR_ENV = "BAROMETER_CACHE_DIR"
DATABASE_ENV = "BAROMETER_DB"
DEFAULT_DATABASE_NAME = "barometer.sqlite"
DEMO_DATABASE_NAME = "demo.sqlite"


def set_application_identity() -> None:
    """Name the application for QSettings and QStandardPaths."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(APP_NAME)


@cache
def _platform_data_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    set_application_identity()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def app_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    folder = Path(override) if override else _platform_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cache_dir() -> Path:
    """Where the program keeps what it can derive again (e.g. the expected schema per version).

    Found without Qt, so command-line paths stay free of it: BAROMETER_CACHE_DIR
    if set, else a folder in BAROMETER_DATA_DIR if that is set, else the
    platform's cache folder (%LOCALAPPDATA% on Windows, ~/Library/Caches,
    $XDG_CACHE_HOME or ~/.cache).
    """
    if os.environ.get(CACHE_DIR_ENV):
        base = Path(os.environ[CACHE_DIR_ENV])
    elif os.environ.get(DATA_DIR_ENV):
        base = Path(os.environ[DATA_DIR_ENV]) / "cache"
    elif os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / ORGANIZATION_NAME / APP_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches" / APP_NAME
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_NAME
    return base


def default_database_path() -> Path:
    return app_data_dir() / DEFAULT_DATABASE_NAME


def demo_database_path() -> Path:
    return app_data_dir() / DEMO_DATABASE_NAME


def log_dir() -> Path:
    folder = app_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backup_dir() -> Path:
    folder = app_data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
