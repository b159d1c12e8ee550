"""Importing CSV and XLSX files: formats, mappings, all-or-nothing, dry run, audit."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from barometer_desktop.domain.periods import Period
from barometer_desktop.i18n import translate
from barometer_desktop.importing.errors import ImportFileError
from barometer_desktop.importing.mapping import ColumnMapping, detect, fingerprint
from barometer_desktop.importing.service import import_file, report_lines
from barometer_desktop.importing.sources import open_table
from barometer_desktop.storage import catalog, import_mappings, observations
from barometer_desktop.storage.models import AuditEntry, Observation


def _ids(db):
    indicators = {i.code: i.id for i in catalog.indicators(db)}
    areas = {a.name: a.id for a in catalog.areas(db)}
    return indicators, areas


def _value(db, code, area, period):
    indicators, areas = _ids(db)
    found = [r for r in observations.series(db, indicators[code], [areas[area]]) if r.period == Period.parse(period)]
    return found[0] if found else None


def test_semicolon_decimal_comma_csv_with_danish_headers(policy_db, tmp_path: Path):
    path = tmp_path / "aarstal.csv"
    path.write_text(
        "indikator;område;periode;værdi;stikprøve;standardfejl;note\n"
        "1.2;København;2012;67,9;1.250;0,8;Ny opgørelse\n"
        "1.2;101;2013;67,2;1 180;;\n"  # area by code, thousands with a space
        "2.1;Hele landet;2013K1;3,4;;;\n"
        "2.1;Hele landet;2013M03;3,5;;;\n",
        encoding="utf-8-sig",
    )
    report = import_file(policy_db, path)
    assert report.written and report.new == 4 and not report.rejections
    first = _value(policy_db, "1.2", "København", "2012")
    assert (first.value, first.sample_size, first.std_error, first.note) == (67.9, 1250, 0.8, "Ny opgørelse")
    assert _value(policy_db, "1.2", "København", "2013").sample_size == 1180
    assert _value(policy_db, "2.1", "Hele landet", "2013K1").value == 3.4
    assert _value(policy_db, "2.1", "Hele landet", "2013M03").period == Period.month(2013, 3)


def test_windows_1252_comma_separated_english_headers(policy_db, tmp_path: Path):
    path = tmp_path / "data.csv"
    path.write_bytes("indicator,area,period,value\n1.2,København,2011Q2,66.5\n".encode("cp1252"))
    source = open_table(path)
    source.close()
    assert (source.encoding, source.delimiter) == ("cp1252", ",")
    report = import_file(policy_db, path)
    assert report.written and _value(policy_db, "1.2", "København", "2011K2").value == 66.5


def test_tab_separated_file(policy_db, tmp_path: Path):
    path = tmp_path / "data.txt"
    path.write_text("tid\tområde\tindikator\tindhold\n2012\tAarhus\t7.1\t12,5\n", encoding="utf-8")
    report = import_file(policy_db, path)
    assert report.written and _value(policy_db, "7.1", "Aarhus", "2012").value == 12.5


def test_wide_statistics_table_through_a_saved_mapping(policy_db, tmp_path: Path):
    # A statistics-bank table for one indicator: one column per year.
    first = tmp_path / "AUL01-2013.csv"
    first.write_text(
        "OMRÅDE;2011;2012;2013\nKøbenhavn;4,1;..;4,0\nHele landet;3,3;3,2;-\nAarhus;3,7;3,6;\n", encoding="utf-8"
    )
    source = open_table(first)
    source.close()
    mapping = detect(source.header).with_fixed("indicator", "2.1")
    assert mapping.is_wide and mapping.columns == {"area": 0}
    import_mappings.save(policy_db, fingerprint(source.header), "AUL01", mapping.to_json())

    # The next file of the same shape is read with the remembered mapping.
    second = tmp_path / "AUL01-2014.csv"
    second.write_text("OMRÅDE;2011;2012;2013\nKøbenhavn;4,2;4,4;4,0\nOdense;..;5,1;5,0\n", encoding="utf-8")
    report = import_file(policy_db, first)
    assert report.written and report.new == 6 and report.skipped_missing == 3
    report = import_file(policy_db, second)
    assert report.written
    assert (report.new, report.changed, report.unchanged, report.skipped_missing) == (3, 1, 1, 1)
    assert _value(policy_db, "2.1", "København", "2012").value == 4.4
    assert _value(policy_db, "2.1", "København", "2011").value == 4.2
    assert _value(policy_db, "2.1", "Hele landet", "2013") is None  # "-" is missing, not zero


def test_named_mapping_from_the_command_line_path(policy_db, tmp_path: Path):
    mapping = ColumnMapping(columns={"indicator": 1, "area": 0}, period_columns=(2,), fixed={})
    import_mappings.save(policy_db, "some-other-shape", "Kommunetal", mapping.to_json())
    path = tmp_path / "k.csv"
    path.write_text("Kommune;Mål;2013\nOdense;6.1;61,5\n", encoding="utf-8")
    report = import_file(policy_db, path, mapping_name="Kommunetal")
    assert report.written and _value(policy_db, "6.1", "Odense", "2013").value == 61.5
    with pytest.raises(ImportFileError):
        import_file(policy_db, path, mapping_name="Findes ikke")


def test_unrecognised_columns_are_a_clear_error(policy_db, tmp_path: Path):
    path = tmp_path / "x.csv"
    path.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_file(policy_db, path)
    # The Danish user reads the missing dimensions in Danish, like the long format's headers.
    assert "(mangler: indikator, område, periode, værdi)" in caught.value.user_message(translate)


def test_xlsx_import(policy_db, tmp_path: Path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Indikator", "Område", "Periode", "Værdi", "Foreløbig"])
    sheet.append(["4.1", "København", 2012, 103.5, "nej"])
    sheet.append(["4.1", "København", "2013", "104,6", "ja"])
    sheet.append([None, None, None, None, None])
    sheet.append(["4.1", "Odense", 2013, None, None])
    path = tmp_path / "tal.xlsx"
    workbook.save(path)
    report = import_file(policy_db, path)
    assert report.written and report.new == 2 and report.skipped_missing == 1
    assert _value(policy_db, "4.1", "København", "2012").value == 103.5
    assert _value(policy_db, "4.1", "København", "2013").is_provisional


def test_one_bad_row_imports_nothing_and_is_reported(policy_db, tmp_path: Path, dump_db):
    path = tmp_path / "bad.csv"
    path.write_text(
        "indikator;område;periode;værdi\n1.2;København;2011;66,5\n1.2;København;2012;1.5x\n1.2;Aarhus;2012;60\n",
        encoding="utf-8",
    )
    before = dump_db(policy_db)
    report = import_file(policy_db, path)
    assert not report.written and dump_db(policy_db) == before
    assert [(r.row, r.column) for r in report.rejections] == [(3, "værdi")]
    assert "1.5x" in report.rejections[0].reason()
    lines = report_lines(report)
    assert any(line.startswith("Række 3, kolonne værdi:") and "1.5x" in line for line in lines)

    report = import_file(policy_db, path, good_rows_only=True)
    assert report.written and report.new == 2 and len(report.rejections) == 1


def test_rejections_beyond_the_shown_ones_are_counted_in_words(policy_db, tmp_path: Path):
    path = tmp_path / "bad.csv"
    path.write_text("indikator;område;periode;værdi\n" + "".join(f"1.2;København;{y};1.5x\n" for y in range(2001, 2005)),
                    encoding="utf-8")
    report = import_file(policy_db, path)
    assert len(report.rejections) == 4
    assert report_lines(report, max_rejections=3)[-1] == "… og yderligere 1 afvist række."
    assert report_lines(report, max_rejections=2)[-1] == "… og yderligere 2 afviste rækker."


@pytest.mark.parametrize(
    ("line", "column", "words"),
    [
        ("9.9;København;2011;5", "indikator", "Unknown indicator"),
        ("1.2;Atlantis;2011;5", "område", "Unknown area"),
        ("1.2;København;2011K5;5", "periode", "not a period"),
        ("1.2;København;2011;105", "værdi", "between"),
        ("1.1;København;2011;13", "værdi", "between"),
    ],
)
def test_rejection_names_column_and_reason(policy_db, tmp_path: Path, line, column, words):
    path = tmp_path / "one.csv"
    path.write_text(f"indikator;område;periode;værdi\n{line}\n", encoding="utf-8")
    report = import_file(policy_db, path)
    assert not report.written
    (rejection,) = report.rejections
    assert (rejection.row, rejection.column) == (2, column)
    assert words in rejection.reason()


def test_a_value_given_twice_is_rejected(policy_db, tmp_path: Path):
    path = tmp_path / "dup.csv"
    path.write_text("indikator;område;periode;værdi\n1.2;København;2011;5\n1.2;101;2011;6\n", encoding="utf-8")
    report = import_file(policy_db, path)
    assert not report.written
    assert [(r.row, "row 2" in r.reason()) for r in report.rejections] == [(3, True)]


def test_dry_run_writes_nothing_and_reports_the_changes(demo_db, tmp_path: Path, dump_db):
    path = tmp_path / "rev.csv"
    path.write_text(
        "indikator;område;periode;værdi\n1.2;København;2013;68,0\n1.2;København;2012;67,9\n1.2;Odense;2015;61\n",
        encoding="utf-8",
    )
    before = dump_db(demo_db)
    old = _value(demo_db, "1.2", "København", "2013").value
    report = import_file(demo_db, path, dry_run=True)
    assert dump_db(demo_db) == before
    assert not report.written and (report.new, report.changed, report.unchanged) == (1, 1, 1)
    changed = next(c for c in report.changes if c.old is not None)
    assert (changed.indicator, changed.period, changed.old, changed.new) == ("1.2", "2013", old, 68.0)


def test_changed_values_are_audited_like_hand_edits(demo_db, tmp_path: Path):
    path = tmp_path / "rev.csv"
    path.write_text("indikator;område;periode;værdi\n1.2;København;2013;68,0\n1.2;Odense;2015;61\n", encoding="utf-8")
    before = _value(demo_db, "1.2", "København", "2013")
    report = import_file(demo_db, path)
    assert report.written and (report.new, report.changed) == (1, 1)
    after = _value(demo_db, "1.2", "København", "2013")
    assert after.value == 68.0 and after.version == before.version + 1 and after.note == before.note
    indicators, areas = _ids(demo_db)
    key = f"{indicators['1.2']}/{areas['København']}/2013/year/0"
    history = observations.history(demo_db, indicators["1.2"])
    update = next(h for h in history if h.row_key == key)
    assert (update.action, update.field, float(update.old_value), float(update.new_value)) == (
        "update", "value", before.value, 68.0)
    assert update.user_name == "tester"
    insert = next(h for h in history if h.row_key == f"{indicators['1.2']}/{areas['Odense']}/2015/year/0")
    assert insert.action == "insert" and float(insert.new_value) == 61.0
    with demo_db.reading() as session:  # the ORM can read what the bulk path wrote
        row = session.scalars(select(Observation).where(Observation.year == 2015)).one()
        assert row.entered_by == "tester" and row.entered_at.year >= 2024
        assert session.scalars(select(AuditEntry).where(AuditEntry.row_key == key)).first() is not None


def test_a_file_that_is_not_a_table(policy_db, tmp_path: Path):
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\x00\x01\x02PK")
    with pytest.raises(ImportFileError):
        import_file(policy_db, binary)
    fake = tmp_path / "x.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(ImportFileError):
        import_file(policy_db, fake)
    empty = tmp_path / "e.csv"
    empty.write_text("\n\n")
    with pytest.raises(ImportFileError):
        import_file(policy_db, empty)
