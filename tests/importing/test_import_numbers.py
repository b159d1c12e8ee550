"""One number format per file: never "101.125" as 101125 beside "99.75" as 99.75."""

from __future__ import annotations

from pathlib import Path

import pytest

from barometer_desktop.cli.main import main
from barometer_desktop.i18n import translate
from barometer_desktop.importing.errors import ImportFileError
from barometer_desktop.importing.service import import_file
from barometer_desktop.storage import catalog, observations

HEADER = "indikator;område;periode;værdi\n"


def _values(db, code: str = "4.1") -> dict[str, float]:
    indicator = next(i for i in catalog.indicators(db) if i.code == code)
    areas = {a.id: a.name for a in catalog.areas(db)}
    rows = observations.series(db, indicator.id, list(areas))
    return {f"{areas[r.area_id]} {r.period}": r.value for r in rows}


def _csv(tmp_path: Path, *lines: str, name: str = "tal.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_decimal_points_in_a_semicolon_file_are_read_as_decimal_points(policy_db, tmp_path, dump_db):
    # The case: this stored 101125, 2125 and 99.75 in one column.
    path = _csv(tmp_path, "4.1;København;2011;101.125", "4.1;København;2012;2.125", "4.1;København;2013;99.75")
    report = import_file(policy_db, path)
    assert report.written and not report.rejections
    values = _values(policy_db)
    assert sorted(values.values()) == [2.125, 99.75, 101.125]


def test_a_telling_cell_after_the_ambiguous_ones_still_decides(policy_db, tmp_path):
    # The point format shows only in the last row: the file is read again with it.
    lines = [f"4.1;København;{2000 + i};{i + 1}.125" for i in range(8)] + ["4.1;Aarhus;2013;99.75"]
    report = import_file(policy_db, _csv(tmp_path, *lines))
    assert report.written and report.new == 9
    assert sorted(_values(policy_db).values())[:2] == [1.125, 2.125]


def test_decimal_comma_file_reads_thousands_dots(policy_db, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("indikator;område;periode;værdi;stikprøve\n4.1;København;2011;101,5;1.250\n", encoding="utf-8")
    report = import_file(policy_db, path)
    assert report.written
    stored = observations.series(policy_db, next(i.id for i in catalog.indicators(policy_db) if i.code == "4.1"),
                                 [a.id for a in catalog.areas(policy_db)])
    assert [(r.value, r.sample_size) for r in stored] == [(101.5, 1250)]


def test_an_ambiguous_file_is_refused_naming_the_column(policy_db, tmp_path, dump_db):
    path = _csv(tmp_path, "4.1;København;2011;101.125", "4.1;København;2012;2.125")
    before = dump_db(policy_db)
    with pytest.raises(ImportFileError) as caught:
        import_file(policy_db, path)
    message = caught.value.user_message(translate)
    assert "kolonne værdi" in message and "\"101.125\" (række 2)" in message and "--decimal" in message
    assert dump_db(policy_db) == before
    # The user's choice settles it, either way.
    as_comma = import_file(policy_db, path, dry_run=True, decimal="comma")
    assert [c.new for c in as_comma.changes] == [101125.0, 2125.0]
    report = import_file(policy_db, path, decimal="point")
    assert report.written and sorted(_values(policy_db).values()) == [2.125, 101.125]


def test_a_file_mixing_both_formats_is_refused_naming_both(policy_db, tmp_path, dump_db):
    path = _csv(tmp_path, "4.1;København;2011;12,5", "4.1;København;2012;99.75")
    before = dump_db(policy_db)
    with pytest.raises(ImportFileError) as caught:
        import_file(policy_db, path)
    message = caught.value.user_message(translate)
    assert "\"12,5\" (række 2, kolonne værdi)" in message and "\"99.75\" (række 3, kolonne værdi)" in message
    assert dump_db(policy_db) == before
    # With a chosen format the cells that do not fit it are rejected, with row and column.
    report = import_file(policy_db, path, decimal="comma")
    assert not report.written
    (rejection,) = report.rejections
    assert (rejection.row, rejection.column) == (3, "værdi")
    assert "decimalkomma" in rejection.reason(translate)


def test_cli_decimal_option(policy_db_path: Path, tmp_path: Path, capsys):
    path = _csv(tmp_path, "4.1;København;2011;101.125")
    assert main(["--db", str(policy_db_path), "import", str(path)]) == 1
    assert "--decimal" in capsys.readouterr().err
    assert main(["--db", str(policy_db_path), "import", str(path), "--decimal", "point"]) == 0
    assert "1 ny værdi" in capsys.readouterr().out


def test_xlsx_text_cells_follow_the_same_rule(policy_db, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["indikator", "område", "periode", "værdi"])
    sheet.append(["4.1", "København", 2011, "101.125"])
    sheet.append(["4.1", "København", 2012, 2.125])  # a real number says nothing about the format
    path = tmp_path / "t.xlsx"
    workbook.save(path)
    with pytest.raises(ImportFileError):
        import_file(policy_db, path)
    assert import_file(policy_db, path, decimal="point").written
    assert sorted(_values(policy_db).values()) == [2.125, 101.125]


@pytest.mark.parametrize("separator", [",", ";"])
def test_a_row_with_more_cells_than_the_header_is_rejected_not_cut(demo_db_path, tmp_path, capsys, separator):
    """'5,9' unquoted in a comma-separated file is two cells; storing 5 would be a silent misread."""
    from barometer_desktop.cli.main import main

    source = tmp_path / "f.csv"
    source.write_text(separator.join(["indikator", "område", "periode", "værdi"]) + "\n"
                      + separator.join(["1.1", "København", "2013", "5", "9"]) + "\n", encoding="utf-8")
    before = demo_db_path.read_bytes()
    assert main(["--db", str(demo_db_path), "import", str(source)]) == 1
    err = capsys.readouterr().err
    assert "Række 2, kolonne E" in err and "5 celler" in err and "4 kolonner" in err
    assert demo_db_path.read_bytes() == before
