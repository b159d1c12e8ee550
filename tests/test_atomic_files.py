"""The one atomic_write: whole or nothing, durable, shareable, and never over a file of another kind."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from barometer_desktop import atomic_files, write_targets
from barometer_desktop.atomic_files import (
    TEMP_PREFIX,
    atomic_site,
    atomic_target,
    atomic_write,
    remove_stale_temporaries,
)
from barometer_desktop.errors import ExportError
from barometer_desktop.write_targets import PDF, SITE_MARKER, TEXT, check_file_target, check_site_folder, same_path


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_written_file_gets_the_users_normal_mode_not_private(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "status.pdf", b"%PDF-1.4 shared", PDF)
    finally:
        os.umask(old)
    assert (tmp_path / "status.pdf").stat().st_mode & 0o777 == 0o644


def test_file_and_folder_are_flushed_to_disk(tmp_path, monkeypatch):
    flushed = []
    real_fsync = os.fsync

    def fsync(handle):
        flushed.append(Path(os.readlink(f"/proc/self/fd/{handle}")).name)
        real_fsync(handle)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name the flushed handles")
    monkeypatch.setattr(atomic_files.os, "fsync", fsync)
    atomic_write(tmp_path / "notice.txt", b"text", TEXT)
    assert any(name.startswith(TEMP_PREFIX) for name in flushed), "the file's content"
    assert tmp_path.name in flushed, "the folder's entry (the rename)"


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "status.pdf"
    target.write_bytes(b"%PDF-1.4 old")
    with pytest.raises(KeyboardInterrupt), atomic_target(target, PDF) as temporary:
        temporary.write_bytes(b"%PDF-1.4 half")
        raise KeyboardInterrupt  # the user cancelled, or the process is being stopped
    assert target.read_bytes() == b"%PDF-1.4 old"
    assert _names(tmp_path) == ["status.pdf"]


def test_a_refused_write_creates_nothing_not_even_an_empty_file(tmp_path):
    foreign = tmp_path / "thesis.pdf"
    foreign.write_bytes(b"PK\x03\x04 a docx named .pdf")
    (tmp_path / "db.sqlite").write_bytes(b"SQLite format 3\x00")
    with pytest.raises(ExportError):
        atomic_write(foreign, b"%PDF-1.4", PDF)
    with pytest.raises(ExportError):
        atomic_write(tmp_path / "db.sqlite-wal", b"%PDF-1.4", PDF)
    assert _names(tmp_path) == ["db.sqlite", "thesis.pdf"]
    assert foreign.read_bytes() == b"PK\x03\x04 a docx named .pdf"


def test_file_open_in_another_program_gives_close_and_try_again_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "status.pdf"
    target.write_bytes(b"%PDF-1.4 open in Acrobat")

    def sharing_violation(_source, _target):  # what Windows raises for a file open elsewhere
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(target))

    monkeypatch.setattr(atomic_files.os, "replace", sharing_violation)
    with pytest.raises(ExportError) as caught:
        atomic_write(target, b"%PDF-1.4 new", PDF)
    assert "Close it and try again" in caught.value.user_message()
    assert target.read_bytes() == b"%PDF-1.4 open in Acrobat"
    assert _names(tmp_path) == ["status.pdf"]


def test_stale_temporary_files_of_ours_are_removed_on_the_next_write(tmp_path):
    old_file = tmp_path / f"{TEMP_PREFIX}backup.sqlite.x1y2.tmp"
    old_file.write_bytes(b"\x00" * 4096)  # what a killed backup leaves
    old_folder = tmp_path / f"{TEMP_PREFIX}site.abc"
    old_folder.mkdir()
    (old_folder / "index.html").write_text("half", encoding="utf-8")
    fresh = tmp_path / f"{TEMP_PREFIX}report.pdf.zz.tmp"  # perhaps being written right now
    fresh.write_bytes(b"x")
    not_ours = tmp_path / ".report.pdf.tmp"
    not_ours.write_bytes(b"someone else's")
    hour_ago = time.time() - 2 * 3600
    for path in (old_file, old_folder, not_ours):
        os.utime(path, (hour_ago, hour_ago))

    atomic_write(tmp_path / "notice.txt", b"text", TEXT)

    assert _names(tmp_path) == sorted([fresh.name, not_ours.name, "notice.txt"])


def test_stale_cleanup_skips_what_it_cannot_remove(tmp_path, monkeypatch):
    stale = tmp_path / f"{TEMP_PREFIX}x.tmp"
    stale.write_bytes(b"x")
    os.utime(stale, (0, 0))

    def in_use(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "in use")

    monkeypatch.setattr(Path, "unlink", in_use)
    assert remove_stale_temporaries(tmp_path) == []
    assert stale.exists()


def test_symlink_and_dotdot_are_resolved_before_comparing(tmp_path):
    database = tmp_path / "data" / "barometer.sqlite"
    database.parent.mkdir()
    database.write_bytes(b"")  # even an empty database file is protected by name
    link = tmp_path / "report.pdf"
    link.symlink_to(database)
    for disguise in (link, tmp_path / "data" / ".." / "data" / "barometer.sqlite"):
        with pytest.raises(ExportError, match="open database"):
            check_file_target(disguise, PDF, protect=[database])
    assert database.read_bytes() == b""


def test_names_are_compared_without_case_where_the_system_does(tmp_path, monkeypatch):
    monkeypatch.setattr(write_targets.os.path, "normcase", str.lower)  # as on Windows
    assert same_path(tmp_path / "Barometer.SQLITE", tmp_path / "barometer.sqlite")
    with pytest.raises(ExportError, match="open database"):
        check_file_target(tmp_path / "BAROMETER.sqlite", PDF, protect=[tmp_path / "barometer.sqlite"])


def test_site_replaces_only_its_own_or_an_empty_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    site = atomic_site({"index.html": "<p>1</p>"}, tmp_path / "site")
    assert _names(site) == sorted([SITE_MARKER, "index.html"])
    atomic_site({"index.html": "<p>2</p>"}, site)  # ours: replaced
    assert (site / "index.html").read_text(encoding="utf-8") == "<p>2</p>"
    empty = tmp_path / "empty"
    empty.mkdir()
    atomic_site({"index.html": "x"}, empty)
    assert (empty / SITE_MARKER).exists()
    foreign = tmp_path / "docs"
    foreign.mkdir()
    (foreign / "thesis.docx").write_bytes(b"PK")
    with pytest.raises(ExportError, match="did not write"):
        atomic_site({"index.html": "x"}, foreign)
    assert _names(foreign) == ["thesis.docx"]
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*"))


@pytest.mark.parametrize("name", [".", "", ".."])
def test_site_never_replaces_the_current_folder_or_above(tmp_path, monkeypatch, name):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    with pytest.raises(ExportError, match="current folder"):
        check_site_folder(name)


def test_site_never_replaces_the_databases_folder(tmp_path):
    database = tmp_path / "data" / "barometer.sqlite"
    database.parent.mkdir()
    database.write_bytes(b"")
    for folder in (database.parent, tmp_path):
        with pytest.raises(ExportError, match="open database"):
            check_site_folder(folder, protect=[database])


def test_temporary_files_earlier_versions_left_for_the_same_target_are_removed(tmp_path):
    # A backup killed under the previous version left ".weekly.sqlite.k3j9x0aa.tmp" (up to 350 MB).
    leftovers = [tmp_path / ".weekly.sqlite.k3j9x0aa.tmp", tmp_path / ".weekly-a8d7f6s5.tmp"]
    unrelated = tmp_path / ".other.sqlite.k3j9x0aa.tmp"
    for path in (*leftovers, unrelated):
        path.write_bytes(b"\x00" * 1024)
        os.utime(path, (0, 0))
    target = tmp_path / "weekly.sqlite"
    with atomic_target(target, write_targets.DATABASE) as temporary:
        temporary.write_bytes(b"SQLite format 3\x00")
    assert _names(tmp_path) == sorted([unrelated.name, "weekly.sqlite"])


def test_kinds_are_told_apart_by_their_first_bytes(tmp_path):
    from barometer_desktop.write_targets import CSV, PNG, SVG, XLSX

    samples = {
        "text.csv": ("a;b\r\n1;2\r\n".encode("utf-8-sig"), CSV),
        "unicode.csv": ("a\tb\r\n".encode("utf-16"), CSV),
        "book.xlsx": (b"PK\x03\x04rest", XLSX),
        "chart.png": (b"\x89PNG\r\n\x1a\nrest", PNG),
        "chart.svg": (b'\xef\xbb\xbf<?xml version="1.0"?><svg/>', SVG),
    }
    for name, (content, kind) in samples.items():
        (tmp_path / name).write_bytes(content)
        assert check_file_target(tmp_path / name, kind) == (tmp_path / name).resolve()
    for name, (_content, kind) in samples.items():
        wrong = tmp_path / f"wrong-{name}"
        wrong.write_bytes(b"%PDF-1.4\x00\x00" if kind is not XLSX else b"%PDF-1.4")
        with pytest.raises(ExportError, match="already exists and is not"):
            check_file_target(wrong, kind)


def test_a_name_ending_in_journal_is_ordinary_without_a_database_beside_it(tmp_path):
    assert check_file_target(tmp_path / "minutes-journal", TEXT) == (tmp_path / "minutes-journal").resolve()
    (tmp_path / "minutes").write_bytes(b"SQLite format 3\x00")
    with pytest.raises(ExportError, match="-wal, -shm or -journal"):
        check_file_target(tmp_path / "minutes-journal", TEXT)


def test_another_programs_temporary_file_named_like_an_old_one_of_ours_is_left_alone(tmp_path):
    # ".report-a8d7f6s5.tmp" could be a word processor's; only an SQLite copy or an empty file is ours.
    theirs = tmp_path / ".weekly-a8d7f6s5.tmp"
    theirs.write_bytes(b"PK\x03\x04 someone's document being saved")
    ours_empty = tmp_path / ".weekly.sqlite.zz9x0aab.tmp"
    ours_empty.write_bytes(b"")
    for path in (theirs, ours_empty):
        os.utime(path, (0, 0))
    with atomic_target(tmp_path / "weekly.sqlite", write_targets.DATABASE) as temporary:
        temporary.write_bytes(b"SQLite format 3\x00")
    assert _names(tmp_path) == sorted([theirs.name, "weekly.sqlite"])
