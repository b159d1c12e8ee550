"""What a file holds decides how it is read, and a file that is no table of
values is refused with a line that says what it is (hostile-user findings:
a database was called "UTF-16 text", /dev/null "does not exist", a zip
"UTF-16 text", and a workbook with its data on the second sheet "empty")."""

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


def test_data_on_the_second_sheet_is_pointed_out_not_called_empty(tmp_path):
    book = _workbook(tmp_path / "tal.xlsx", ("Forside", []), ("Data", [HEADER, ["1.1", "København", "2013", 55.0]]))
    message = _danish_refusal(book)
    assert "Forside" in message and "Data" in message and "første ark" in message


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
