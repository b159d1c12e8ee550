"""Empty optional cells keep what is stored; the report names the fields that
change, says what a refused file's good rows would do and how to import them,
and counts in singular or plural (report lines are Danish, the default)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from barometer_desktop.domain.periods import Period
from barometer_desktop.importing.service import import_file, report_lines
from barometer_desktop.storage import catalog, observations
from barometer_desktop.storage.models import AuditEntry

HEADER = "indikator;område;periode;værdi;stikprøve;standardfejl;note;foreløbig\n"


def _stored(db, code: str, area: str, period: str):
    indicator = next(i for i in catalog.indicators(db) if i.code == code)
    area_id = next(a.id for a in catalog.areas(db) if a.name == area)
    return next(r for r in observations.series(db, indicator.id, [area_id]) if r.period == Period.parse(period))


def _csv(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "revision.csv"
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_empty_optional_cells_keep_the_stored_fields(demo_db, tmp_path: Path):
    before = _stored(demo_db, "6.1", "Hele landet", "2014")
    assert before.sample_size == 3307 and before.is_provisional  # the demo data this test relies on
    path = _csv(tmp_path, "6.1;Hele landet;2014;68,8;;;;")

    dry = import_file(demo_db, path, dry_run=True)
    assert (dry.new, dry.changed, dry.unchanged) == (0, 0, 1) and dry.changes == []

    report = import_file(demo_db, path)
    assert report.written and (report.new, report.changed, report.unchanged) == (0, 0, 1)
    after = _stored(demo_db, "6.1", "Hele landet", "2014")
    assert (after.sample_size, after.std_error, after.note, after.is_provisional, after.version) == (
        before.sample_size, before.std_error, before.note, before.is_provisional, before.version)


def test_a_given_field_changes_and_the_report_names_it(demo_db, tmp_path: Path):
    before = _stored(demo_db, "6.1", "Hele landet", "2014")
    path = _csv(tmp_path, "6.1;Hele landet;2014;68,8;3400;;;")

    dry = import_file(demo_db, path, dry_run=True)
    assert (dry.new, dry.changed, dry.unchanged) == (0, 1, 0)
    assert "Ændret: 6.1 Hele landet 2014: stikprøve 3.307 → 3.400" in report_lines(dry)

    with demo_db.reading() as session:
        last_audit = session.scalar(select(func.max(AuditEntry.id))) or 0
    report = import_file(demo_db, path)
    assert report.written and report.changed == 1
    after = _stored(demo_db, "6.1", "Hele landet", "2014")
    assert (after.value, after.sample_size, after.is_provisional, after.note) == (
        before.value, 3400, before.is_provisional, before.note)
    with demo_db.reading() as session:
        audited = session.execute(
            select(AuditEntry.action, AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value)
            .where(AuditEntry.id > last_audit)
        ).all()
    # Only the sample size is audited: the value and the empty cells did not change.
    assert [tuple(a) for a in audited] == [("update", "sample_size", "3307", "3400")]


def test_value_and_flag_changes_are_listed_together(demo_db, tmp_path: Path):
    path = _csv(tmp_path, "6.1;Hele landet;2014;69,1;;;Revideret tal;nej")
    lines = report_lines(import_file(demo_db, path, dry_run=True))
    assert "Ændret: 6.1 Hele landet 2014: værdi 68,8 → 69,1; foreløbig ja → nej; note — → “Revideret tal”" in lines
    import_file(demo_db, path)
    after = _stored(demo_db, "6.1", "Hele landet", "2014")
    assert (after.value, after.note, after.is_provisional, after.sample_size) == (69.1, "Revideret tal", False, 3307)


def test_a_new_value_with_empty_cells_gets_the_defaults(policy_db, tmp_path: Path):
    report = import_file(policy_db, _csv(tmp_path, "1.2;København;2012;67,9;;;;"))
    assert report.written and report.new == 1
    stored = _stored(policy_db, "1.2", "København", "2012")
    assert (stored.sample_size, stored.std_error, stored.note, stored.is_provisional) == (None, None, "", False)


def test_refused_dry_run_shows_rejections_and_what_the_good_rows_would_do(demo_db, tmp_path: Path, dump_db):
    path = _csv(tmp_path, "6.1;Hele landet;2014;68,8;3400;;;", "1.2;Atlantis;2013;51;;;;", "1.2;Odense;2015;61;;;;")
    before = dump_db(demo_db)
    report = import_file(demo_db, path, dry_run=True)
    assert dump_db(demo_db) == before
    assert (report.new, report.changed, report.rejected_rows) == (1, 1, 1)
    lines = report_lines(report)
    assert lines[0] == "Prøvekørsel af revision.csv: 1 række ville blive afvist; intet blev skrevet."
    assert lines[1] == ("3 rækker indlæst. De gyldige rækker ville give 1 ny værdi, 1 ændret værdi og "
                        "0 uændrede værdier; 0 manglende værdier sprunget over.")
    assert "--good-rows-only" in lines[2]
    assert any(line.startswith("Række 3, kolonne område:") for line in lines)
    assert "Ændret: 6.1 Hele landet 2014: stikprøve 3.307 → 3.400" in lines
    assert "Ny: 1.2 Odense 2015 = 61" in lines


def test_refusal_says_how_to_import_the_good_rows(demo_db, tmp_path: Path, dump_db):
    path = _csv(tmp_path, "1.2;Atlantis;2013;51;;;;", "1.2;Aarhus;2013;1x;;;;", "1.2;Odense;2015;61;;;;")
    before = dump_db(demo_db)
    report = import_file(demo_db, path)
    assert not report.written and dump_db(demo_db) == before
    cli = report_lines(report)
    assert cli[0] == "Intet blev importeret fra revision.csv: 2 rækker blev afvist."
    assert cli[2] == ("For at importere de gyldige rækker og udelade de afviste: kør kommandoen igen med "
                      "--good-rows-only.")
    screen = report_lines(report, screen=True)
    assert "sæt flueben ved \"Importér de gyldige rækker, selv om nogle rækker afvises\"" in screen[2]
    assert "1 ny værdi" in screen[1]


def test_counts_use_plural_forms(policy_db, tmp_path: Path):
    path = _csv(tmp_path, "1.2;København;2012;67,9;;;;", "1.2;København;2013;68,1;;;;", "1.2;Aarhus;2013;..;;;;")
    lines = report_lines(import_file(policy_db, path, dry_run=True))
    assert lines[1] == ("3 rækker indlæst: 2 nye værdier, 0 ændrede værdier og 0 uændrede værdier; "
                        "1 manglende værdi sprunget over.")


def test_cli_refusal_names_the_option(demo_db_path: Path, tmp_path: Path, capsys):
    from barometer_desktop.cli.main import main

    path = _csv(tmp_path, "1.2;Atlantis;2013;51;;;;", "1.2;Odense;2015;61;;;;")
    assert main(["--db", str(demo_db_path), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "1 række blev afvist" in err and "kør kommandoen igen med --good-rows-only" in err
    assert main(["--db", str(demo_db_path), "import", str(path), "--good-rows-only"]) == 0
    assert "1 ny værdi" in capsys.readouterr().out


def test_a_note_longer_than_the_grid_allows_is_refused_with_its_cell(demo_db, tmp_path: Path):
    """The import keeps the note rule the grid keeps (storage.observations.check_note)."""
    before = _stored(demo_db, "6.1", "Hele landet", "2014")
    long_note = "x" * (observations.MAX_NOTE_LENGTH + 1)
    path = _csv(tmp_path, "6.1;Hele landet;2014;68,8;;;ok;", f"6.1;Hele landet;2013;68,8;;;{long_note};")

    report = import_file(demo_db, path)
    assert not report.written
    [rejection] = report.rejections
    assert rejection.row == 3 and rejection.column == "note"
    assert "højst 2.000 tegn" in "\n".join(report_lines(report))
    after = _stored(demo_db, "6.1", "Hele landet", "2014")
    assert (after.note, after.version) == (before.note, before.version)


def test_a_note_at_the_limit_is_imported(demo_db, tmp_path: Path):
    note = "y" * observations.MAX_NOTE_LENGTH
    report = import_file(demo_db, _csv(tmp_path, f"6.1;Hele landet;2014;68,8;;;{note};"))
    assert report.written and not report.rejections
    assert _stored(demo_db, "6.1", "Hele landet", "2014").note == note
