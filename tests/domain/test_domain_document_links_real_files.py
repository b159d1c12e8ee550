"""The link rule judges what a local document really is, not what its name says (issue 12, Links)."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from barometer_desktop.domain.document_links import (
    MAX_LINK_LENGTH,
    FileFacts,
    LinkKind,
    LinkProblem,
    LinkRefused,
    check_link,
    file_facts,
    link_to_store,
)

posix_only = pytest.mark.skipif(os.name == "nt", reason="symbolic links and executable marks as on POSIX")


def _refused(text: str, **options) -> LinkProblem:
    with pytest.raises(LinkRefused) as caught:
        check_link(text, **options)
    return caught.value.problem


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "redegørelse 2013.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    path.chmod(0o644)
    return path


def test_a_real_document_is_opened_by_its_resolved_path(document: Path):
    link = check_link(str(document))
    assert link.kind is LinkKind.FILE and link.path == document.resolve() and link.reachable


@posix_only
def test_a_pdf_named_symlink_to_a_program_is_refused(tmp_path: Path):
    program = tmp_path / "tool"
    program.write_text("#!/bin/sh\necho owned\n")
    program.chmod(0o755)
    (tmp_path / "sym.pdf").symlink_to(program)
    assert _refused(str(tmp_path / "sym.pdf")) is LinkProblem.FILE_TYPE
    with pytest.raises(LinkRefused):
        link_to_store(str(tmp_path / "sym.pdf"))


@posix_only
def test_a_symlink_to_a_document_is_opened_as_that_document(document: Path, tmp_path: Path):
    (tmp_path / "latest.pdf").symlink_to(document)
    assert check_link(str(tmp_path / "latest.pdf")).path == document.resolve()


@posix_only
def test_an_executable_script_named_pdf_is_refused(tmp_path: Path):
    script = tmp_path / "report.pdf"
    script.write_text("#!/bin/sh\necho owned\n")
    script.chmod(0o755)
    assert _refused(str(script)) is LinkProblem.EXECUTABLE
    with pytest.raises(LinkRefused) as caught:
        link_to_store(str(script))
    assert caught.value.problem is LinkProblem.EXECUTABLE


@posix_only
def test_a_folder_or_device_named_like_a_document_is_refused(tmp_path: Path):
    (tmp_path / "folder.pdf").mkdir()
    assert _refused(str(tmp_path / "folder.pdf")) is LinkProblem.NOT_A_FILE
    os.mkfifo(tmp_path / "pipe.pdf")
    assert _refused(str(tmp_path / "pipe.pdf")) is LinkProblem.NOT_A_FILE


@pytest.mark.parametrize(
    "text",
    [
        "/srv/evil.exe%20.pdf",
        r"C:\Users\x\evil.exe%20.pdf",
        "file:///C:/x/evil.exe%2520.pdf",  # decoded once it still hides an escape
        "file:///srv/evil.exe%00.pdf",  # a NUL cuts the name short in C
        "file:///srv/evil%E2%80%AEfdp.exe",  # right-to-left override, decoded
        "/srv/evil\u202efdp.pdf",
        "/srv/invisible\u200b.pdf",
    ],
)
def test_percent_and_spoofing_tricks_are_refused(text: str, tmp_path: Path):
    assert _refused(text, inspect=lambda p: FileFacts(True, p, True, False)) in {
        LinkProblem.DISGUISED, LinkProblem.MALFORMED}


@pytest.mark.parametrize("name", ["evil.exe .pdf", "evil.exe. pdf", "evil.pdf.", "evil.exe..pdf"])
def test_names_padded_to_look_like_documents_are_refused(name: str):
    assert _refused(f"/srv/{name}", inspect=lambda p: FileFacts(True, p, True, False)) is LinkProblem.FILE_TYPE


def test_a_plain_space_in_a_document_name_is_fine(document: Path):
    assert " " in document.name and check_link(str(document)).kind is LinkKind.FILE


@pytest.mark.parametrize("length", [MAX_LINK_LENGTH + 1, 5_000_000])
def test_an_overlong_link_is_refused_quickly(length: int):
    text = "https://kk.dk/" + "a" * (length - len("https://kk.dk/"))
    assert _refused(text) is LinkProblem.TOO_LONG
    with pytest.raises(LinkRefused):
        link_to_store(text)


def test_a_link_of_the_maximum_length_is_accepted():
    text = "https://kk.dk/" + "a" * (MAX_LINK_LENGTH - len("https://kk.dk/"))
    assert check_link(text).kind is LinkKind.WEB


def test_an_unreachable_document_is_stored_for_later_but_not_opened():
    share = r"\\fileserver\udvalg\BUU\redegørelse 2014.docx"
    stored = link_to_store(share, inspect=lambda _path: None)  # the server did not answer
    assert stored.kind is LinkKind.FILE and not stored.reachable and stored.text == share
    assert _refused(share, inspect=lambda _path: None) is LinkProblem.MISSING_FILE


def test_a_missing_document_is_stored_with_a_warning_but_not_opened(tmp_path: Path):
    gone = str(tmp_path / "gone.pdf")
    assert not link_to_store(gone).reachable
    assert _refused(gone) is LinkProblem.MISSING_FILE


def test_a_server_that_does_not_answer_gives_up_in_bounded_time(monkeypatch):
    release = threading.Event()

    def hanging_stat(*_args, **_kwargs):
        release.wait(30)
        raise OSError("timed out")

    monkeypatch.setattr("barometer_desktop.domain.document_links.os.path.realpath", hanging_stat)
    try:
        assert file_facts(r"\\offline\share\plan.pdf", timeout=0.05) is None
    finally:
        release.set()


@pytest.mark.skipif(sys.platform != "win32", reason="Windows marks programs by extension only")
def test_on_windows_the_extension_decides(tmp_path: Path):
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ")
    assert _refused(str(program)) is LinkProblem.FILE_TYPE
