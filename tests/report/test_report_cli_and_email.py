"""The `report` command (no QtWidgets on this path) and the e-mail draft."""

from __future__ import annotations

import email
import email.policy
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from barometer_desktop.cli.main import main
from barometer_desktop.report.email_draft import draft_message, write_draft

ROOT = Path(__file__).resolve().parents[2]


def test_report_command_writes_the_pdf(demo_db_path, tmp_path, capsys):
    target = tmp_path / "status-2011.pdf"
    code = main(["--db", str(demo_db_path), "report", "--year", "2011", "--out", str(target),
                 "--lang", "en", "--case-number", "X-1", "--areas", "Aarhus,Odense"])
    assert code == 0
    assert str(target) in capsys.readouterr().out
    reader = PdfReader(target)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "status report 2011" in text and "X-1" in text
    assert "Aarhus" in text and "Aalborg" not in text


def test_report_command_final_then_reissue(demo_db_path, tmp_path, capsys):
    args = ["--db", str(demo_db_path), "report", "--year", "2013", "--final"]
    assert main([*args, "--out", str(tmp_path / "a.pdf")]) == 0
    made = capsys.readouterr()
    assert "Den endelige udgave for 2013 er skrevet til" in made.out
    # The demo year is incomplete: the command says so, as the window's checklist does.
    assert "Ufuldstændig, da den endelige udgave blev lavet" in made.err
    assert main([*args, "--out", str(tmp_path / "b.pdf")]) == 0
    captured = capsys.readouterr()
    assert "Den endelige udgave for 2013 er genudgivet som" in captured.out and not captured.err
    # Asking for another case number on a re-issue: said, not silently dropped.
    assert main([*args, "--out", str(tmp_path / "c.pdf"), "--case-number", "2099-1"]) == 0
    assert "beholder sit eget sagsnummer" in capsys.readouterr().err


def test_report_command_refuses_an_unknown_area(demo_db_path, tmp_path, capsys):
    code = main(["--db", str(demo_db_path), "report", "--year", "2013", "--out", str(tmp_path / "x.pdf"),
                 "--areas", "Bergen"])
    assert code == 1
    assert "Ukendt område: Bergen" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_report_command_takes_area_names_in_any_case_and_offers_only_comparison_areas(demo_db_path, tmp_path, capsys):
    args = ["--db", str(demo_db_path), "report", "--year", "2013"]
    assert main([*args, "--out", str(tmp_path / "a.pdf"), "--areas", "aarhus"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "a.pdf").pages)
    assert "Aarhus" in text and "Odense" not in text
    assert main([*args, "--out", str(tmp_path / "b.pdf"), "--areas", "Bergen"]) == 1
    err = capsys.readouterr().err
    assert "Kendte områder: Aalborg, Aarhus, Odense." in err  # not København or Hele landet: always included


def test_report_command_with_a_folder_as_target_says_so(demo_db_path, tmp_path, capsys):
    folder = tmp_path / "rapporter"
    folder.mkdir()
    assert main(["--db", str(demo_db_path), "report", "--year", "2013", "--out", str(folder)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "er en mappe" in err[0] and "statusrapport.pdf" in err[0]
    assert list(folder.iterdir()) == []  # no temporary file left in it


def test_report_command_loads_neither_qt_widgets_nor_the_orm(demo_db_path, tmp_path):
    # The ORM is for edits; a report only reads, through Core. Importing and
    # configuring the ORM would cost more than the report's queries (issue 5's
    # "within 2.5 times a bare ReportLab script" depends on it).
    probe = (
        "import sys\n"
        "from barometer_desktop.cli.main import main\n"
        f"code = main(['--db', {str(demo_db_path)!r}, 'report', '--year', '2013', '--out', {str(tmp_path / 'r.pdf')!r}])\n"
        "assert code == 0, code\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy.orm', 'barometer_desktop.storage'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                            env={**__import__("os").environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = result.stdout
    assert "barometer_desktop.storage.catalog" in loaded  # the probe sees the modules the command used
    assert "PySide6.QtWidgets" not in loaded
    assert "sqlalchemy.orm" not in loaded and "barometer_desktop.storage.models" not in loaded
    assert (tmp_path / "r.pdf").stat().st_size > 10_000


def test_email_draft_parses_and_carries_the_pdf(tmp_path):
    pdf = tmp_path / "status-2013.pdf"
    pdf.write_bytes(b"%PDF-1.4 test content")
    message = draft_message(pdf, ["biu@example.kk.dk", "formand@example.kk.dk"], year=2013,
                            organisation="Københavns Kommune", final=True)
    target = write_draft(message, tmp_path / "udkast.eml")
    parsed = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert parsed["X-Unsent"] == "1"
    assert parsed["To"] == "biu@example.kk.dk, formand@example.kk.dk"
    assert "2013" in parsed["Subject"]
    body = parsed.get_body(("plain",)).get_content()
    assert "Københavns Kommune" in body
    attachments = list(parsed.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_filename() == "status-2013.pdf"
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == pdf.read_bytes()


@pytest.mark.parametrize(("final", "subject_part", "body_part"), [
    (True, "endelig udgave", "er rapportens endelige udgave"),
    (False, "(udkast)", "er et udkast, ikke den endelige udgave"),
])
def test_email_draft_names_the_edition_case_number_and_file(tmp_path, final, subject_part, body_part):
    pdf = tmp_path / "statusrapport-2013-endelig-åø.pdf"
    pdf.write_bytes(b"%PDF-1.4 test content")
    message = draft_message(pdf, ["biu@example.kk.dk"], year=2013, organisation="Københavns Kommune",
                            final=final, case_number="2014-0012345")
    raw = bytes(write_draft(message, tmp_path / "udkast.eml").read_bytes())
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert subject_part in parsed["Subject"] and "2014-0012345" in parsed["Subject"]
    assert f"{pdf.name} {body_part}" in parsed.get_body(("plain",)).get_content()
    attachment = next(parsed.iter_attachments())
    # Three names: ASCII filename, RFC 2231 filename*, RFC 2047 name on Content-Type.
    assert attachment.get_param("name") == pdf.name
    disposition = raw.decode("ascii").split("Content-Disposition:", 1)[1].split("\r\n\r\n", 1)[0]
    assert 'filename="statusrapport-2013-endelig-aaoe.pdf"' in disposition
    assert "filename*=utf-8''statusrapport-2013-endelig-%C3%A5%C3%B8.pdf" in disposition
    assert attachment.get_content() == pdf.read_bytes()


def test_report_command_refuses_a_year_without_values(demo_db_path, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "status-2030.pdf"
    code = main(["--lang", "da", "--db", str(demo_db_path), "report", "--year", "2030", "--out", str(target)])
    assert code == 1
    err = capsys.readouterr().err
    assert "Intet mål har en værdi for København fra 2028 til 2030" in err
    assert not target.exists() and list(out.iterdir()) == []
    # Also as a final edition: nothing is stored, nothing written.
    assert main(["--db", str(demo_db_path), "report", "--year", "2030", "--final", "--out", str(target)]) == 1
    assert not target.exists()


def test_report_command_accepts_a_year_with_some_values(demo_db_path, tmp_path):
    # 2014 holds only some of the indicators' values in the demo.
    target = tmp_path / "status-2014.pdf"
    assert main(["--db", str(demo_db_path), "report", "--year", "2014", "--out", str(target)]) == 0
    assert target.exists()


def test_report_command_takes_official_municipality_codes_as_well_as_names(demo_db_path, tmp_path, capsys):
    args = ["--db", str(demo_db_path), "report", "--year", "2013"]
    # 0751 is Aarhus as Statistics Denmark writes it; 101 and 000 are the fixed areas (always shown).
    assert main([*args, "--out", str(tmp_path / "a.pdf"), "--areas", "0751,101,000"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "a.pdf").pages)
    assert "Aarhus" in text and "Odense" not in text and "København" in text
    assert main([*args, "--out", str(tmp_path / "b.pdf"), "--areas", "9999"]) == 1
    assert "Ukendt område: 9999" in capsys.readouterr().err


def test_a_case_number_too_long_for_the_cover_is_refused_before_anything_is_written(demo_db_path, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code = main(["--db", str(demo_db_path), "report", "--year", "2013", "--out", str(out),
                 "--case-number", "Sag " * 100])
    assert code == 1
    err = capsys.readouterr().err
    assert "Sagsnummeret" in err and "60" in err and "Flowable" not in err
    assert not out.exists()
