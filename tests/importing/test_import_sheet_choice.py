"""Which sheet of a workbook is read without --sheet (testers' findings): a
hidden sheet of old values was read ahead of the visible one, a template
sheet with a header only counted as data ("0 rows read", exit 0), and a cover
sheet with a title was read instead of the table after it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from barometer_desktop.importing.sources import open_table

HEADER = ["indikator", "område", "periode", "værdi"]
OLD = ["1.2", "København", "2013", 11.0]
NEW = ["1.2", "København", "2013", 52.0]


def _workbook(path: Path, *sheets: tuple[str, list[list[object]], str]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows, state in sheets:
        sheet = book.create_sheet(title)
        sheet.sheet_state = state
        for row in rows:
            sheet.append(row)
    book.active = next(i for i, (_, _, state) in enumerate(sheets) if state == "visible")
    book.save(path)
    return path


def _read(path: Path, sheet: str | None = None) -> tuple[str, list[list[object]]]:
    source = open_table(path, sheet)
    try:
        return source.sheet, [cells for _, cells in source.preview(5)]
    finally:
        source.close()


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_is_passed_over_and_read_only_when_named(tmp_path, state):
    book = _workbook(tmp_path / "tal.xlsx", ("Gammel", [HEADER, OLD], state), ("Data", [HEADER, NEW], "visible"))
    assert _read(book) == ("Data", [NEW])
    assert _read(book, "Gammel") == ("Gammel", [OLD])
    source = open_table(book)
    assert source.hidden_sheets == ("Gammel",) and source.other_sheets() == ()
    source.close()


def test_a_sheet_with_a_header_only_is_no_sheet_with_data(tmp_path):
    book = _workbook(tmp_path / "tal.xlsx", ("Skabelon", [HEADER], "visible"), ("Data", [HEADER, NEW], "visible"))
    assert _read(book) == ("Data", [NEW])


def test_a_cover_sheet_with_text_is_passed_over_for_the_sheet_whose_columns_are_recognised(tmp_path):
    cover = [["Integrationsbarometer 2013"], ["Udarbejdet af BUF"], ["Kilde: Danmarks Statistik"]]
    book = _workbook(tmp_path / "tal.xlsx", ("Forside", cover, "visible"), ("Data", [HEADER, NEW], "visible"))
    assert _read(book) == ("Data", [NEW])


def test_without_a_recognised_sheet_the_first_visible_sheet_with_data_is_read(tmp_path):
    odd = [["Kommune navn", "Antal"], ["København", 3]]
    book = _workbook(tmp_path / "tal.xlsx", ("Skabelon", [HEADER], "visible"), ("Ark1", odd, "visible"),
                     ("Ark2", odd, "visible"))
    assert _read(book) == ("Ark1", [["København", 3]])


def test_cli_imports_the_visible_sheet_not_the_hidden_one(policy_db_path, tmp_path, capsys):
    from barometer_desktop.cli.main import main

    book = _workbook(tmp_path / "tal.xlsx", ("Gammel", [HEADER, OLD], "hidden"), ("Skabelon", [HEADER], "visible"),
                     ("Data", [HEADER, NEW], "visible"))
    assert main(["--db", str(policy_db_path), "import", str(book), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert 'Læste arket "Data"' in out and "1 ny værdi" in out


def test_a_workbook_with_data_only_on_a_hidden_sheet_says_so_not_that_it_is_empty(tmp_path):
    from barometer_desktop import i18n
    from barometer_desktop.importing.errors import ImportFileError

    book = _workbook(tmp_path / "tal.xlsx", ("Forside", [], "visible"), ("Gammel", [HEADER, OLD], "hidden"))
    with pytest.raises(ImportFileError) as caught:
        open_table(book)
    message = caught.value.user_message(lambda context, text: i18n.translate_into("da", context, text))
    assert "skjult ark (Gammel)" in message and "er tom." not in message
    assert _read(book, "Gammel") == ("Gammel", [OLD])
