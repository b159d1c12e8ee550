"""The rotating log file in the application data folder."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from barometer_desktop import paths

LOG_FILE_NAME = "barometer.log"
_configured = False


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def configure_logging(level: int = logging.INFO) -> Path:
    """Send log records to a rotating file (1 MB x 5); idempotent."""
    global _configured
    target = log_file()
    if not _configured:
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(level)
        _configured = True
    return target


def log_unexpected(error: BaseException) -> Path:
    target = configure_logging()
    logging.getLogger("barometer_desktop").error(
        "Unexpected error\n%s",
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
    )
    return target
