"""The link rule and the e-mail rule, without Qt or a database."""

from pathlib import Path

import pytest

from barometer_desktop.domain.contacts import invalid_addresses, is_valid_address, split_addresses
from barometer_desktop.domain.document_links import FileFacts, LinkKind, LinkProblem, LinkRefused, check_link


def exists(path: str) -> FileFacts:
    return FileFacts(exists=True, resolved=path, regular=True, executable=False)


def missing(_path: str) -> FileFacts:
    return FileFacts(exists=False)


@pytest.mark.parametrize(
    "text",
    ["https://www.example.kk.dk/redegoerelser/buu-2013.pdf", "http://kk.dk/a?b=1#c", "  HTTPS://kk.dk  "],
)
def test_web_addresses_are_accepted(text):
    link = check_link(text, inspect=missing)
    assert link.kind is LinkKind.WEB and link.text == text.strip()


@pytest.mark.parametrize(
    "text",
    [r"C:\Dokumenter\redegørelse.pdf", "C:/Dokumenter/plan.DOCX", r"\\server\share\plan.odt",
     "/home/sek/plan.xlsx", "/srv/x.doc", "/srv/side.html", "file:///C:/Dokumenter/plan.pdf"],
)
def test_local_documents_are_accepted(text):
    assert check_link(text, inspect=exists).kind is LinkKind.FILE


@pytest.mark.parametrize(
    "text, problem",
    [
        ("javascript:alert(1)", LinkProblem.SCHEME),
        ("JavaScript:alert(1)", LinkProblem.SCHEME),
        ("ftp://kk.dk/a.pdf", LinkProblem.SCHEME),
        ("mailto:a@kk.dk", LinkProblem.SCHEME),
        ("vbscript:x", LinkProblem.SCHEME),
        ("https://", LinkProblem.MALFORMED),
        ("https://kk.dk/a b.pdf", LinkProblem.MALFORMED),
        ("https://kk.dk/\x00.pdf", LinkProblem.MALFORMED),
        (r"C:\Windows\System32\calc.exe", LinkProblem.FILE_TYPE),
        ("/usr/bin/script.sh", LinkProblem.FILE_TYPE),
        (r"C:\x\rapport.pdf.bat", LinkProblem.FILE_TYPE),
        ("/srv/noextension", LinkProblem.FILE_TYPE),
        ("file:///C:/x/run.exe", LinkProblem.FILE_TYPE),
        ("rapport.pdf", LinkProblem.NOT_ABSOLUTE),
    ],
)
def test_everything_else_is_refused(text, problem):
    with pytest.raises(LinkRefused) as caught:
        check_link(text, inspect=exists)
    assert caught.value.problem is problem


def test_missing_file_is_refused(tmp_path: Path):
    present = tmp_path / "plan.pdf"
    present.write_bytes(b"%PDF-1.4")
    assert check_link(str(present)).path == present
    with pytest.raises(LinkRefused) as caught:
        check_link(str(tmp_path / "gone.pdf"))
    assert caught.value.problem is LinkProblem.MISSING_FILE
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(LinkRefused):
        check_link(str(tmp_path / "folder.pdf"))


def test_email_addresses():
    assert split_addresses("a@kk.dk, b@kk.dk;\nc@kk.dk ,") == ("a@kk.dk", "b@kk.dk", "c@kk.dk")
    assert is_valid_address("buu-sekretariat@example.kk.dk")
    assert invalid_addresses(["a@kk", "a kk.dk", "a@@kk.dk", "a@kk.dk", "a@b..dk", "ø@kk.dk"]) == [
        "a@kk", "a kk.dk", "a@@kk.dk", "a@b..dk",
    ]
