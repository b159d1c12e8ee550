"""Files that used to be misread in silence or to cost minutes and gigabytes
(issue 12): each is now read right, or refused at once with one clear line
and the database untouched."""

from __future__ import annotations

import time
from pathlib import Path

import hostile_files as hostile  # tests/importing is on sys.path (pytest rootdir-less import)
import pytest

from barometer_desktop.cli.main import main
from barometer_desktop.i18n import translate
from barometer_desktop.importing.errors import ImportFileError
from barometer_desktop.importing.importer import KEPT_REJECTIONS
from barometer_desktop.importing.mapping import ColumnMapping, fingerprint
from barometer_desktop.importing.service import import_file, report_lines
from barometer_desktop.importing.sources import open_table
from barometer_desktop.storage import catalog, import_mappings, observations

HEADER = "indikator;område;periode;værdi;note\n"


def _stored(db, code: str):
    indicator = next(i for i in catalog.indicators(db) if i.code == code)
    areas = {a.id: a.name for a in catalog.areas(db)}
    return {(areas[r.area_id], str(r.period)): r for r in observations.series(db, indicator.id, list(areas))}


def _refused(db, path: Path, dump_db, **options) -> str:
    before = dump_db(db)
    with pytest.raises(ImportFileError) as caught:
        import_file(db, path, **options)
    assert dump_db(db) == before
    return caught.value.user_message(translate)


# -- encodings ---------------------------------------------------------------------


def test_a_utf8_file_with_one_windows_1252_line_is_refused_naming_the_line(policy_db, tmp_path, dump_db):
    path = tmp_path / "blandet.csv"
    path.write_bytes(
        HEADER.encode("utf-8")
        + "4.1;København;2011;101,5;Københavns tal\n".encode()
        + "4.1;København;2012;102,5;Københavns tal\n".encode("cp1252")
        + "4.1;Århus;2013;103,5;\n".encode()
    )
    message = _refused(policy_db, path, dump_db)
    assert "blander tegnkodninger: linje 3" in message


def test_a_windows_1252_file_with_one_utf8_line_further_down_is_refused(policy_db, tmp_path, dump_db):
    lines = [HEADER.encode("cp1252")] + [f"4.1;København;{y};101,5;Kbh. {y}\n".encode("cp1252") for y in range(1950, 1960)]
    path = tmp_path / "blandet.csv"
    path.write_bytes(b"".join(lines) + b"x" * 300_000 + b"\n" + "4.1;København;2012;1;Københavns\n".encode())
    assert "linje 13" in _refused(policy_db, path, dump_db)


def test_a_utf8_file_with_a_bad_byte_after_the_sniffed_part_names_its_line(policy_db, tmp_path, dump_db):
    rows = "".join(f"4.1;København;{1900 + i % 200};{i % 90},5;note {i}\n" for i in range(6000))
    path = tmp_path / "lang.csv"
    path.write_bytes((HEADER + rows).encode("utf-8") + "4.1;København;2012;1;Kø\n".encode("cp1252"))
    assert "linje 6002" in _refused(policy_db, path, dump_db)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_utf16_files_get_the_specific_message(policy_db, tmp_path, dump_db, encoding):
    path = tmp_path / "u16.csv"
    path.write_bytes((HEADER + "4.1;København;2011;101,5;\n").encode(encoding))
    assert "UTF-16" in _refused(policy_db, path, dump_db)


# -- XLSX ---------------------------------------------------------------------------


def test_percent_formatted_xlsx_cells_are_read_as_shown_and_reported(policy_db, tmp_path):
    rows = [hostile.HEADER, ["3.1", "København", 2012, 0.125], ["3.1", "København", 2013, 0.679], ["3.1", "Aarhus", 2013, 14]]
    path = hostile.write(tmp_path / "pct.xlsx", hostile.workbook_bytes(rows, percent_cells=((2, 4), (3, 4))))
    report = import_file(policy_db, path)
    assert report.written and report.percent_cells == 2
    stored = _stored(policy_db, "3.1")
    assert [stored[("København", "2012")].value, stored[("København", "2013")].value, stored[("Aarhus", "2013")].value] == [
        12.5, 67.9, 14.0]
    assert any("2 celler formateret som procent" in line and "række 2, kolonne D" in line for line in report_lines(report))


def test_a_sheet_claiming_a_million_rows_and_columns_is_refused_at_once(policy_db, tmp_path, dump_db):
    path = hostile.write(tmp_path / "dim.xlsx", hostile.xlsx_claiming_huge_dimension())
    assert path.stat().st_size < 10_000
    started = time.perf_counter()
    message = _refused(policy_db, path, dump_db)
    assert time.perf_counter() - started < 2
    assert "mere end 2.000 kolonner" in message


def test_a_shared_strings_bomb_is_refused_before_unpacking(policy_db, tmp_path, dump_db):
    path = hostile.write(tmp_path / "bomb.xlsx", hostile.xlsx_with_huge_shared_strings())
    assert path.stat().st_size < 2_000_000
    started = time.perf_counter()
    message = _refused(policy_db, path, dump_db)
    assert time.perf_counter() - started < 2
    assert "fylder 200 MB udpakket" in message


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml"])
@pytest.mark.parametrize("kind", ["xxe", "billion-laughs"])
def test_xml_entities_are_never_expanded(policy_db, tmp_path, dump_db, kind, member):
    path = hostile.write(tmp_path / f"{kind}.xlsx", hostile.xlsx_with_entities(kind, member))
    message = _refused(policy_db, path, dump_db)
    assert message == f"{kind}.xlsx er ikke en gyldig XLSX-fil: dens XML erklærer entiteter, som Excel aldrig skriver, " \
                      "og som af sikkerhedshensyn ikke læses."


def test_openpyxl_parses_with_defusedxml():
    import openpyxl
    from openpyxl.xml import functions

    assert openpyxl.DEFUSEDXML  # the dependency is installed and used
    assert functions.iterparse.__module__.startswith("defusedxml")  # how sheets and shared strings are read


# -- columns and mappings ---------------------------------------------------------------


def test_a_wide_table_column_that_is_not_a_period_is_reported(policy_db, tmp_path):
    path = tmp_path / "aul.csv"
    path.write_text("OMRÅDE;2011;2012;2013*\nKøbenhavn;4,1;4,2;4,0\n", encoding="utf-8")
    source = open_table(path)
    source.close()
    mapping = ColumnMapping(columns={"area": 0}, period_columns=(1, 2), fixed={"indicator": "2.1"})
    report = import_file(policy_db, path, mapping=mapping)
    assert report.written and report.new == 2 and report.unused_columns == ["2013* (D)"]
    assert any(line.startswith("Ikke læst: 2013* (D).") for line in report_lines(report))
    # A column the user left "not used" in the Import screen is not reported.
    ignoring = ColumnMapping(columns={"area": 0}, period_columns=(1, 2), fixed={"indicator": "2.1"}, ignored=(3,))
    assert import_file(policy_db, path, mapping=ignoring).unused_columns == []


@pytest.mark.parametrize("stored", ["{not json", "[1, 2]", '{"columns": {"area": -3}}', '{"columns": {"area": "x"}}',
                                    '{"columns": [], "fixed": 5}', '{"period_columns": 7}', "null"])
def test_a_damaged_saved_mapping_gives_a_clear_message(policy_db, policy_db_path, tmp_path, capsys, stored):
    path = tmp_path / "k.csv"
    path.write_text("Kommune;Mål;2013\nOdense;6.1;61,5\n", encoding="utf-8")
    import_mappings.save(policy_db, fingerprint(["Kommune", "Mål", "2013"]), "Kommunetal", stored)
    with pytest.raises(ImportFileError) as caught:
        import_file(policy_db, path)
    assert "Kommunetal" in caught.value.user_message(translate)
    assert main(["--db", str(policy_db_path), "import", str(path), "--mapping", "Kommunetal"]) == 1
    err = capsys.readouterr().err
    assert "er beskadiget" in err and "Uventet fejl" not in err


# -- bounded work -------------------------------------------------------------------


def test_many_rejected_rows_keep_a_bounded_report(policy_db, policy_db_path, tmp_path, capsys):
    count = 20_000
    path = tmp_path / "afvist.csv"
    path.write_text(HEADER + "".join(f"9.9;København;2011;{i};\n" for i in range(count)), encoding="utf-8")
    report = import_file(policy_db, path)
    assert not report.written
    assert (report.rejection_count, report.rejected_rows, len(report.rejections)) == (count, count, KEPT_REJECTIONS)
    assert main(["--db", str(policy_db_path), "import", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) < 210 and err[-1] == f"… og yderligere {count - 200:,} afviste rækker.".replace(",", ".")


def test_too_many_columns_in_a_csv_row_is_refused(policy_db, tmp_path, dump_db):
    path = tmp_path / "bred.csv"
    path.write_text(HEADER + ";".join(["x"] * 5000) + "\n", encoding="utf-8")
    assert "række 2" in _refused(policy_db, path, dump_db).lower()


def test_a_sample_size_beyond_any_population_is_a_rejected_cell(policy_db, policy_db_path, tmp_path, capsys):
    path = tmp_path / "n.csv"
    path.write_text("indikator;område;periode;værdi;stikprøve\n4.1;København;2013;5;99999999999999999999999\n",
                    encoding="utf-8")
    (rejection,) = import_file(policy_db, path).rejections
    assert rejection.column == "stikprøve" and "1 til 1.000.000.000" in rejection.reason(translate)
    assert main(["--db", str(policy_db_path), "import", str(path)]) == 1
    assert "Uventet fejl" not in capsys.readouterr().err


def test_a_folder_is_not_a_file(policy_db, tmp_path, dump_db):
    (tmp_path / "mappe.csv").mkdir()
    assert "er en mappe" in _refused(policy_db, tmp_path / "mappe.csv", dump_db)
