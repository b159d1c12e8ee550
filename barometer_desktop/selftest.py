"""`barometer-desktop self-test`: does this installation work, start to finish?

IT runs it after installing. It never touches the user's own database,
settings or logs: everything happens in a temporary folder. Steps:

1. create the demo database from the shipped seed, copy it (as a user's file
   would be) and open the copy, which runs the migrations;
2. open the main window and wait for its first paint;
3. visit every screen the navigation offers;
4. write a status report and a web export from the assembled snapshot and
   check what was written.

The result is one JSON line: timings in milliseconds and each step's
outcome. The report and web export engines are called through the two small
adapters below, so a change in their entry points is a one-line change here.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import platform
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import barometer_desktop
from barometer_desktop import __version__
from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.domain.formatting import Lang
from barometer_desktop.resources import shipped_path
from barometer_desktop.storage import migrations
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.sql_engine import DatabaseLocation, create_database_engine
from barometer_desktop.ui.launch import create_application
from barometer_desktop.ui.main_window import MainWindow
from barometer_desktop.ui.print_pdf import page_count
from barometer_desktop.ui.state import AppState
from barometer_desktop.web.publish import publish_site

SELF_TEST_YEAR = 2013  # the demo data's report year with every kind of development
FIRST_PAINT_TIMEOUT_S = 20.0


class SelfTestFailure(Exception):
    """A step failed; the message is the reason printed in the JSON line."""


@dataclass
class SelfTestResult:
    ok: bool = True
    reason: str = ""
    timings_ms: dict[str, float] = field(default_factory=dict)
    steps: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> str:
        payload = {
            "status": "ok" if self.ok else "failed",
            "version": __version__,
            "reason": self.reason or None,
            "timings_ms": {key: round(value, 1) for key, value in self.timings_ms.items()},
            "python": platform.python_version(),
            "frozen": bool(getattr(sys, "frozen", False)),
            **self.steps,
        }
        return json.dumps(payload, ensure_ascii=False, sort_keys=False)


# -- adapters to the output engines (one line each to adjust) ---------------------


def _write_report(snapshot, path: Path, lang: Lang) -> None:  # BarometerSnapshot
    from barometer_desktop.report.options import ReportOptions
    from barometer_desktop.report.render_pdf import export_pdf

    export_pdf(snapshot, path, ReportOptions(final=False, lang=lang))


def _publish(snapshot, out_dir: Path, lang: Lang) -> None:  # BarometerSnapshot

    publish_site(snapshot, out_dir, lang=lang)


# -- the steps -------------------------------------------------------------------


def _timed(result: SelfTestResult, name: str, step: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    value = step()
    result.timings_ms[name] = (time.perf_counter() - started) * 1000
    return value


def _prepare_database(folder: Path) -> Path:
    """The demo database from the shipped seed, copied to where the test opens it."""
    from barometer_desktop.storage.seed import initialize_database

    template = folder / "demo-template.sqlite"
    db = initialize_database(template, demo=True, user_name="self-test")
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    copy = folder / "self-test.sqlite"
    shutil.copyfile(template, copy)
    # As `db upgrade` would: the shipped migration scripts must load and run
    # (creating the template already ran every one of them from empty).

    location = DatabaseLocation.parse(copy)
    engine = create_database_engine(location)
    try:
        migrations.upgrade(engine, location)
        with engine.connect() as connection:
            status = migrations.schema_status(connection)
    finally:
        engine.dispose()
    if status.revision != migrations.head_revision():
        raise SelfTestFailure(f"the migrated copy is at {status.revision}, not {migrations.head_revision()}")
    return copy


def _isolate_settings(folder: Path) -> None:
    """QSettings and the data folder point into the temporary folder."""
    os.environ["BAROMETER_DATA_DIR"] = str(folder / "appdata")
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))


class _SlotErrors:
    """Collects exceptions raised inside Qt slots (PySide reports them to sys.excepthook)."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self._previous = sys.excepthook

    def __enter__(self) -> _SlotErrors:
        sys.excepthook = self._hook
        return self

    def __exit__(self, *exc_info: object) -> None:
        sys.excepthook = self._previous

    def _hook(self, kind, value, traceback) -> None:  # excepthook signature
        self.errors.append(f"{kind.__name__}: {value}")


# What an installation must carry; a missing one is a broken bundle.
REQUIRED_FILES = (
    ("database", "seed", "policy_2011.toml"),
    ("database", "seed", "policy_template.toml"),
    ("database", "seed", "municipalities.csv"),
    ("database", "migrations", "env.py"),
    ("database", "demo", "demo.toml"),
    ("resources", "icons", "app.png"),
    ("resources", "help", "brugervejledning.html"),
    ("resources", "help", "user-guide.html"),
    ("resources", "translations", "barometer_da.ts"),
    ("resources", "translations", "barometer_en.ts"),
)


def _import_everything(result: SelfTestResult) -> None:
    """Import every module of the app: a module a bundle left out fails here, not in a user's hands."""


    names = [
        info.name
        for info in pkgutil.walk_packages(barometer_desktop.__path__, "barometer_desktop.")
        if not info.name.endswith("__main__")
    ]
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as error:
            raise SelfTestFailure(f"module {name} cannot be imported: {error}") from error
    result.steps["modules"] = len(names)


def _check_resources(result: SelfTestResult) -> None:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator


    for parts in REQUIRED_FILES:
        if not shipped_path(*parts).is_file():
            raise SelfTestFailure(f"the installation lacks {'/'.join(parts)}")
    # Qt's own Danish texts for standard dialogs (buttons, file dialogs).
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load(QLocale("da"), "qtbase", "_", qt_translations):
        raise SelfTestFailure(f"Qt's Danish translations (qtbase_da.qm) are missing in {qt_translations}")
    compiled = [lang for lang in ("da", "en") if shipped_path("resources", "translations", f"barometer_{lang}.qm").is_file()]
    result.steps["compiled_catalogues"] = compiled


def _open_window(db_path: Path, lang: Lang, result: SelfTestResult):  # Qt types
    """Application, database and main window up to the first paint; returns the window."""
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject
    from PySide6.QtWidgets import QApplication


    started = time.perf_counter()
    app = create_application(lang)

    db = open_database(db_path, user_name="self-test")
    result.steps["schema_revision"] = db.schema_revision()

    class PaintWatcher(QObject):
        painted = False

        def eventFilter(self, watched, event):  # Qt override
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watcher = PaintWatcher()
    window = MainWindow(AppState(db, SELF_TEST_YEAR))
    window.installEventFilter(watcher)
    window.show()
    clock = QElapsedTimer()
    clock.start()
    while not watcher.painted and clock.elapsed() < FIRST_PAINT_TIMEOUT_S * 1000:
        app.processEvents()
        if not watcher.painted and clock.elapsed() > 200:
            # Some platform plugins (offscreen) paint only on demand.
            window.grab()
    window.removeEventFilter(watcher)
    if not watcher.painted:
        raise SelfTestFailure(f"the main window did not paint within {FIRST_PAINT_TIMEOUT_S:.0f} s")
    result.timings_ms["startup_to_first_paint"] = (time.perf_counter() - started) * 1000
    QApplication.processEvents()
    return window


def _visit_screens(window, result: SelfTestResult) -> None:  # MainWindow
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    visited: list[str] = []
    navigation = window.navigation
    if navigation.count() == 0:
        raise SelfTestFailure("the main window has no screens")
    for row in range(navigation.count()):
        key = navigation.item(row).data(Qt.ItemDataRole.UserRole)
        window.show_screen(key)
        QApplication.processEvents()
        screen = window.page(key)
        if window.stack.currentWidget() is not screen:
            raise SelfTestFailure(f"screen {key!r} did not show")
        image = screen.grab()
        if image.isNull() or image.width() == 0:
            raise SelfTestFailure(f"screen {key!r} did not render")
        visited.append(key)
    result.steps["screens"] = visited


def _check_pdf(path: Path) -> None:
    if not path.is_file():
        raise SelfTestFailure(f"the report {path.name} was not written")
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SelfTestFailure(f"the report {path.name} is not a complete PDF")
    if len(data) < 2000:
        raise SelfTestFailure(f"the report {path.name} is suspiciously small ({len(data)} bytes)")


def _check_web_export(folder: Path) -> None:
    """index.html exists and every local file a page refers to was written."""

    index = folder / "index.html"
    if not index.is_file():
        raise SelfTestFailure("the web export has no index.html")
    reference = re.compile(r"""(?:href|src)\s*=\s*["']([^"'#?]+)""", re.IGNORECASE)
    for page in folder.rglob("*.html"):
        for target in reference.findall(page.read_text(encoding="utf-8")):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) or target.startswith("//"):
                continue  # an external address or mailto:
            resolved = (folder / target.lstrip("/")) if target.startswith("/") else (page.parent / target)
            if not resolved.exists():
                raise SelfTestFailure(f"the web export's {page.name} refers to missing {target}")


def _outputs(window, folder: Path, lang: Lang, result: SelfTestResult) -> None:
    snapshot = _timed(result, "assemble", lambda: assemble(window.state.db, SELF_TEST_YEAR))
    # Both engines are part of every installation: a bundle that left one out
    # is broken and fails here (an ImportError names the missing module).
    pdf = folder / "statusrapport.pdf"
    _timed(result, "report", lambda: _write_report(snapshot, pdf, lang))
    _check_pdf(pdf)
    result.steps["report"] = "ok"
    # File › Print renders the pages with PDFium: its library must be in the bundle.

    result.steps["print_pages"] = _timed(result, "print_engine", lambda: page_count(pdf))
    out_dir = folder / "web"
    _timed(result, "publish", lambda: _publish(snapshot, out_dir, lang))
    _check_web_export(out_dir)
    result.steps["publish"] = "ok"


def run_self_test(*, lang: Lang = "da", keep: Path | None = None) -> SelfTestResult:
    """Run every step; never raises for a failed step (the result says why)."""
    result = SelfTestResult()
    folder = Path(tempfile.mkdtemp(prefix="barometer-self-test-")) if keep is None else keep
    folder.mkdir(parents=True, exist_ok=True)
    window = None
    try:
        _isolate_settings(folder)
        db_path = _timed(result, "prepare_database", lambda: _prepare_database(folder))
        with _SlotErrors() as slot_errors:
            window = _open_window(db_path, lang, result)
            _check_resources(result)
            _timed(result, "import_modules", lambda: _import_everything(result))
            _timed(result, "visit_screens", lambda: _visit_screens(window, result))
            _outputs(window, folder, lang, result)
        if slot_errors.errors:
            raise SelfTestFailure("error inside the window: " + slot_errors.errors[0])
    except SelfTestFailure as failure:
        result.ok, result.reason = False, str(failure)
    except ImportError as error:
        result.ok, result.reason = False, f"the installation lacks a part of the app: {error}"
    except Exception as error:  # the self-test reports, it does not crash
        result.ok, result.reason = False, f"{type(error).__name__}: {error}"
    finally:
        if window is not None:
            window.close()
            window.state.db.close()
            window.deleteLater()
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return result
