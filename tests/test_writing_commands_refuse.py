"""Every command that writes a file refuses what it did not make (issue 12).

A table: each writing command (report, export, publish, backup, restore,
e-mail draft, chart save, text notice) is pointed at the open database, its
side files, a folder holding someone's document, another program's SQLite
database and a file of another kind. Each must refuse with one clear line,
and every one of those files must be byte-identical afterwards, with no
file (not even an empty or temporary one) added.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from barometer_desktop.atomic_files import TEMP_PREFIX
from barometer_desktop.cli.main import main
from barometer_desktop.errors import BarometerError

# A file of another kind: binary, with a PDF's first bytes (a zip's where a PDF is what is written).
PDF_BYTES = b"%PDF-1.7\n\x00\x01binary document\n" * 20
ZIP_BYTES = b"PK\x03\x04\x14\x00\x06\x00\x00\x00thesis.docx" * 20


@dataclass(frozen=True)
class Writer:
    name: str
    suffix: str  # the kind of file it writes
    other_kind: bytes  # an existing file that is not of that kind
    refuse: Callable[[Path], str]  # runs the command; returns the refusal line


def _cli(capsys, *args: str) -> str:
    code = main(list(args))
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1, f"{args}: exit {code}"
    assert len(err) == 1, err
    assert "Uventet" not in err[0] and "Unexpected" not in err[0]
    return err[0]


def _raises(action: Callable[[], object]) -> str:
    with pytest.raises(BarometerError) as caught:
        action()
    return caught.value.user_message()


@pytest.fixture
def writers(demo_db, tmp_path, capsys, request) -> dict[str, Writer]:
    database = str(demo_db.location.path)
    pdf = tmp_path / "in" / "report.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(b"%PDF-1.4 the report\n")

    def email(target: Path) -> str:
        from barometer_desktop.report.email_draft import draft_message, write_draft

        message = draft_message(pdf, ["biu@kk.dk"], year=2013, organisation="BIF", final=False)
        return _raises(lambda: write_draft(message, target))

    def restore(target: Path) -> str:
        from barometer_desktop.storage.restore import restore_sqlite

        # Restore reads the chosen file and writes the database: the chosen file is the target here.
        return _raises(lambda: restore_sqlite(target, demo_db.location.path))

    def chart(target: Path) -> str:
        main_window = request.getfixturevalue("main_window")
        qtbot = request.getfixturevalue("qtbot")
        main_window.show_screen("indicators")
        screen = main_window.page("indicators")
        qtbot.waitUntil(lambda: screen.chart is not None)
        return _raises(lambda: screen.chart.save(target))

    def notice(target: Path) -> str:
        from barometer_desktop.textfiles import write_text_atomic

        return _raises(lambda: write_text_atomic(target, "Til BIU: manglende opfølgning\n"))

    table = [
        Writer("report", ".pdf", ZIP_BYTES,
               lambda t: _cli(capsys, "--db", database, "report", "--year", "2013", "--out", str(t))),
        Writer("report --final", ".pdf", ZIP_BYTES,
               lambda t: _cli(capsys, "--db", database, "report", "--year", "2013", "--final", "--out", str(t))),
        Writer("export", ".csv", PDF_BYTES, lambda t: _cli(capsys, "--db", database, "export", "--out", str(t))),
        Writer("export xlsx", ".xlsx", PDF_BYTES, lambda t: _cli(capsys, "--db", database, "export", "--out", str(t))),
        Writer("publish", "", PDF_BYTES,
               lambda t: _cli(capsys, "--db", database, "publish", "--year", "2013", "--out", str(t))),
        Writer("backup", ".sqlite", PDF_BYTES, lambda t: _cli(capsys, "--db", database, "db", "backup", str(t))),
        Writer("restore", ".sqlite", PDF_BYTES, restore),
        Writer("e-mail draft", ".eml", PDF_BYTES, email),
        Writer("chart save", ".png", PDF_BYTES, chart),
        Writer("text notice", ".txt", PDF_BYTES, notice),
        Writer("policy export", ".toml", PDF_BYTES,
               lambda t: _cli(capsys, "--db", database, "policy", "export", "--out", str(t))),
    ]
    return {writer.name: writer for writer in table}


WRITERS = [
    "report", "report --final", "export", "export xlsx", "publish", "backup", "restore", "e-mail draft",
    "chart save", "text notice", "policy export",
]
TARGETS = ["the database", "its -wal file", "its -shm file", "its -journal file", "a foreign folder",
           "another program's database", "a file of another kind"]


def _target(case: str, writer: Writer, database: Path, tmp_path: Path) -> Path:
    if case == "the database":
        return database
    if case.startswith("its -"):
        return Path(f"{database}{case.split()[1]}")
    if case == "a foreign folder":
        folder = tmp_path / "docs"
        folder.mkdir()
        (folder / "thesis.docx").write_bytes(ZIP_BYTES)
        return folder
    if case == "another program's database":
        other = tmp_path / f"accounts{writer.suffix or '.sqlite'}"
        with sqlite3.connect(other) as connection:
            connection.execute("CREATE TABLE ledger (amount INTEGER)")
            connection.execute("INSERT INTO ledger VALUES (1250)")
        connection.close()
        return other
    other = tmp_path / f"thesis{writer.suffix or '.docx'}"
    other.write_bytes(writer.other_kind)
    return other


def _state(tmp_path: Path, database: Path) -> dict[str, bytes | None]:
    """Every file under tmp_path that a refused command must not touch (SQLite's shared-memory index aside)."""
    state: dict[str, bytes | None] = {}
    for path in sorted(tmp_path.rglob("*")):
        if path.is_dir() or path.name == f"{database.name}-shm" or "appdata" in path.parts:
            continue
        state[str(path.relative_to(tmp_path))] = path.read_bytes()
    return state


@pytest.mark.parametrize("case", TARGETS)
@pytest.mark.parametrize("name", WRITERS)
def test_writing_command_refuses_what_it_did_not_make(writers, name, case, demo_db, tmp_path, request):
    writer = writers[name]
    if name == "chart save":
        request.getfixturevalue("main_window")  # the window's own files (its lock) exist before the snapshot
    database = demo_db.location.path
    assert demo_db.is_demo  # a connection is open: the database is live, with its -wal beside it
    target = _target(case, writer, database, tmp_path)
    existed = target.exists()
    before = _state(tmp_path, database)
    database_bytes = database.read_bytes()

    message = writer.refuse(target)

    assert message.strip() and "\n" not in message.strip()
    # It says which file (or which kind of file the command writes).
    assert target.name in message or (writer.suffix and writer.suffix in message)
    assert _state(tmp_path, database) == before, "a refused command changed or added a file"
    assert database.read_bytes() == database_bytes
    assert target.exists() == existed
    assert not [p for p in tmp_path.rglob(f"{TEMP_PREFIX}*")]
