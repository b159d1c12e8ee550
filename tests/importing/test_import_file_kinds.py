"""What a file holds decides how it is read, and a file that is no table of
values is refused with a line that says what it is (hostile-user findings:
a database was called "UTF-16 text", /dev/null "does not exist", a zip
"UTF-16 text", and a workbook with its data on the second sheet "empty"; now
that sheet is read, and any sheet can be asked for by name)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from barometer_desktop import i18n
from barometer_desktop.importing.errors import ImportFileError
from barometer_desktop.importing.sources import open_table

HEADER = ["indikator", "område", "periode", "værdi"]


def _danish_refusal(path: Path) -> str:
    with pytest.raises(ImportFileError) as caught:
        open_table(path)
    return caught.value.user_message(lambda context, text: i18n.translate_into("da", context, text))


def _workbook(path: Path, *sheets: tuple[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_a_database_is_called_a_database(demo_db_path):
    message = _danish_refusal(demo_db_path)
    assert "er en database" in message and "UTF-16" not in message


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null on this system")
def test_a_device_is_not_called_missing():
    message = _danish_refusal(Path("/dev/null"))
    assert "ikke en almindelig fil" in message and "findes ikke" not in message


def test_a_zip_archive_that_is_no_workbook_is_called_a_zip(tmp_path):
    archive = tmp_path / "bilag.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("tal.txt", "hej")
    message = _danish_refusal(archive)
    assert "zip-arkiv" in message and "UTF-16" not in message


def test_an_office_97_file_is_named_whatever_its_extension(tmp_path):
    path = tmp_path / "tal.xlsx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600)
    assert ".xls" in _danish_refusal(path)


def test_a_workbook_renamed_csv_is_read_as_the_workbook_it_is(tmp_path):
    book = _workbook(tmp_path / "tal.xlsx", ("Data", [HEADER, ["1.1", "København", "2013", 55.0]]))
    renamed = shutil.move(book, tmp_path / "tal.csv")
    source = open_table(renamed)
    assert source.header == HEADER
    assert [cells for _, cells in source.preview(5)] == [["1.1", "København", "2013", 55.0]]
    source.close()


def test_text_named_xlsx_is_read_as_the_text_it_is(tmp_path):
    path = tmp_path / "tal.xlsx"
    path.write_text("indikator;område;periode;værdi\n1.1;København;2013;55,0\n", encoding="utf-8")
    source = open_table(path)
    assert source.header == HEADER and source.delimiter == ";"
    source.close()


def test_data_on_the_second_sheet_is_read_when_the_first_is_empty(tmp_path):
    book = _workbook(tmp_path / "tal.xlsx", ("Forside", []), ("Data", [HEADER, ["1.1", "København", "2013", 55.0]]))
    source = open_table(book)
    assert (source.sheet, source.sheets, source.header) == ("Data", ("Forside", "Data"), HEADER)
    assert [cells for _, cells in source.preview(5)] == [["1.1", "København", "2013", 55.0]]
    source.close()


def test_the_sheet_asked_for_is_read_and_case_is_forgiven(tmp_path):
    book = _workbook(tmp_path / "tal.xlsx", ("2012", [HEADER, ["1.1", "København", "2012", 50.0]]),
                     ("Tal 2013", [HEADER, ["1.1", "København", "2013", 55.0]]))
    for name in ("Tal 2013", "tal 2013"):
        source = open_table(book, name)
        assert source.sheet == "Tal 2013"
        assert [cells for _, cells in source.preview(5)] == [["1.1", "København", "2013", 55.0]]
        source.close()


def test_an_unknown_sheet_is_refused_naming_the_sheets_there_are(tmp_path):
    book = _workbook(tmp_path / "tal.xlsx", ("Forside", []), ("Data", [HEADER]))
    with pytest.raises(ImportFileError) as caught:
        open_table(book, "Ark3")
    message = caught.value.user_message(lambda context, text: i18n.translate_into("da", context, text))
    assert "Ark3" in message and "Forside, Data" in message and "intet ark" in message


def test_an_empty_sheet_asked_for_is_called_an_empty_sheet_not_an_empty_file(tmp_path):
    book = _workbook(tmp_path / "tal.xlsx", ("Forside", []), ("Data", [HEADER, ["1.1", "København", "2013", 55.0]]))
    with pytest.raises(ImportFileError) as caught:
        open_table(book, "Forside")
    message = caught.value.user_message(lambda context, text: i18n.translate_into("da", context, text))
    assert "Arket Forside" in message and "tomt" in message and "Data" in message


def test_a_workbook_without_data_on_any_sheet_is_empty(tmp_path):
    book = _workbook(tmp_path / "tal.xlsx", ("Forside", []), ("Data", []))
    assert "tal.xlsx er tom" in _danish_refusal(book)


def test_a_sheet_asked_of_a_csv_file_is_refused(tmp_path):
    path = tmp_path / "tal.csv"
    path.write_text("indikator;område;periode;værdi\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        open_table(path, "Data")
    assert "ark" in caught.value.user_message(lambda context, text: i18n.translate_into("da", context, text))


def test_cli_imports_the_sheet_named_and_says_which_sheet_it_read(policy_db_path, tmp_path, capsys):
    from barometer_desktop.cli.main import main

    book = _workbook(tmp_path / "tal.xlsx", ("Noter", [["Kilde: BUF"]]),
                     ("Data", [HEADER, ["1.1", "København", "2013", 7.0]]))
    # Without --sheet the notes (no table of values) are passed over; with a sheet named, a text sheet is read.
    assert main(["--db", str(policy_db_path), "import", str(book), "--dry-run"]) == 0
    assert 'Læste arket "Data"' in capsys.readouterr().out
    assert main(["--db", str(policy_db_path), "import", str(book), "--sheet", "Noter"]) == 1
    assert "Noter" in capsys.readouterr().err
    assert main(["--db", str(policy_db_path), "import", str(book), "--sheet", "Data"]) == 0
    out = capsys.readouterr().out
    assert "1 ny værdi" in out and 'Læste arket "Data"' in out and "(Noter)" in out
    assert main(["--db", str(policy_db_path), "import", str(book), "--sheet", "Ark9"]) == 1
    assert "Ark9" in capsys.readouterr().err


def test_a_damaged_workbook_gets_no_english_parser_text(tmp_path):
    path = tmp_path / "tal.xlsx"
    with zipfile.ZipFile(path, "w") as zipped:
        zipped.writestr("xl/workbook.xml", "<not-a-workbook")
    message = _danish_refusal(path)
    assert "beskadiget" in message and "openpyxl" not in message


def test_a_23_digit_value_in_a_file_is_a_rejected_cell_and_nothing_is_stored(demo_db, tmp_path, dump_db):
    from barometer_desktop.importing.service import import_file

    path = tmp_path / "tal.csv"
    path.write_text("indikator;område;periode;værdi\n4.1;København;2014;10000000000000000000000\n", encoding="utf-8")
    before = dump_db(demo_db)
    (rejection,) = import_file(demo_db, path).rejections
    assert rejection.row == 2 and "for stor" in rejection.reason(
        lambda context, text: i18n.translate_into("da", context, text)
    )
    assert dump_db(demo_db) == before


def test_a_value_far_from_its_series_is_imported_with_a_warning_naming_its_row(demo_db, tmp_path):
    # The entry grid's plausibility warning (domain.plausibility), for a file's values too: warned, never refused.
    from barometer_desktop.importing.service import import_file, report_lines

    path = tmp_path / "tal.csv"
    path.write_text("indikator;område;periode;værdi\n4.1;København;2014;500\n4.1;Aarhus;2014;104\n", encoding="utf-8")
    report = import_file(demo_db, path)
    assert report.written and [change.row for change, _jump in report.far_from_series] == [2]
    with i18n.output_language("da"):
        lines = report_lines(report)
    warning = next(line for line in lines if line.startswith("⚠"))
    assert "række 2" in warning and "4.1 København 2014 = 500" in warning and "104,63" in warning
