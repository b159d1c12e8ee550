"""Qt Linguist catalogues: refresh the .ts sources, compile the .qm files.

    python packaging/translations.py update    # pyside6-lupdate over barometer_desktop/
    python packaging/translations.py compile   # pyside6-lrelease -> resources/translations/*.qm

`update` keeps every existing translation (lupdate merges) and marks new
source strings unfinished. `compile` is run by the build (PyInstaller and the
wheel's hatch hook); .qm files are build output and never committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "barometer_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"da": "da_DK", "en": "en_GB"}


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"barometer_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"barometer_{lang}.qm"


def _tool(name: str) -> list[str]:
    """The pyside6-<name> command: beside this Python first, then on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    raise FileNotFoundError(f"pyside6-{name} was not found; install PySide6-Essentials")


def tool_available(name: str = "lrelease") -> bool:
    try:
        _tool(name)
    except FileNotFoundError:
        return False
    return True


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update(ts_dir: Path | None = None) -> list[Path]:
    """Refresh the catalogues (in ts_dir instead, for a test); returns them."""
    folder = ts_dir or TRANSLATIONS
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    # One run per language so each file gets its own target language.
    for lang, locale in LANGUAGES.items():
        files = [str(p.relative_to(ROOT)) for p in source_files()]
        target = folder / ts_path(lang).name
        command = _tool("lupdate") + files + [
            "-source-language", "en_GB",
            "-target-language", locale,
            # No file/line references: they change with every edit and would
            # make every branch's catalogue conflict with every other's.
            "-locations", "none",
            # Drop texts the code no longer has, so the catalogue is what
            # the program shows and nothing else.
            "-no-obsolete",
            "-ts", str(target),
        ]
        subprocess.run(command, cwd=ROOT, check=True)
        written.append(target)
    return written


def compile_catalogues(out_dir: Path | None = None) -> list[Path]:
    """Compile each .ts to .qm (beside it, or into out_dir); returns the files written."""
    written = []
    for lang in LANGUAGES:
        source = ts_path(lang)
        if not source.is_file():
            continue
        target = (out_dir or TRANSLATIONS) / qm_path(lang).name
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(_tool("lrelease") + ["-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "compile"])
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    else:
        for path in compile_catalogues():
            print(f"compiled {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
