"""Fetching through the file import's path: share values, dry run, revisions, errors."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from statbank_tables import denominator, make_table, numerator

from barometer_desktop.importing.service import report_lines
from barometer_desktop.statbank.client import StatBankClient, StatBankError
from barometer_desktop.statbank.fetch import fetch_indicator, sources_to_fetch
from barometer_desktop.storage import catalog, indicator_sources, observations
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.indicator_sources import IndicatorSourceRecord

CODE = "1.2"  # a percent indicator of the 2011 policy


def _source(db, **changes) -> IndicatorSourceRecord:
    indicator = next(i for i in catalog.indicators(db) if i.code == CODE)
    source = IndicatorSourceRecord(indicator.id, CODE, "FOLK1E", selection={"HERKOMST": ["5"]},
                                   denominator={"HERKOMST": ["TOT"]})
    indicator_sources.save(db, source.__class__(**{**source.__dict__, **changes}))
    return indicator_sources.for_indicator(db, indicator.id)


def _stored(db) -> dict[tuple[str, int], float]:
    areas = {a.id: a.code for a in catalog.areas(db)}
    indicator = next(i for i in catalog.indicators(db) if i.code == CODE)
    with sqlite3.connect(db.location.path) as connection:
        rows = connection.execute(
            "SELECT area_id, year, value FROM observation WHERE indicator_id = ? AND period_kind = 'year'",
            (indicator.id,)).fetchall()
    return {(areas[a], y): v for a, y, v in rows}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_source_is_stored_and_read_back(policy_db) -> None:
    source = _source(policy_db)
    assert source.table_id == "FOLK1E" and source.selection == {"HERKOMST": ["5"]}
    assert source.denominator == {"HERKOMST": ["TOT"]} and source.area_variable == "OMRÅDE"
    assert [s.indicator_code for s in sources_to_fetch(policy_db)] == [CODE]


def test_a_share_indicator_stores_the_hand_computed_values(policy_db, stub) -> None:
    source = _source(policy_db)
    result = fetch_indicator(policy_db, StatBankClient(stub.url, timeout=5), source)
    report = result.report
    assert report.written and not report.rejections
    # 5 areas of the barometer x 4 years, less Aalborg 2019 which the StatBank marks missing.
    assert (report.new, report.skipped_missing) == (19, 1)
    stored = _stored(policy_db)
    # By hand: København 2021 = (100 + 2 x 10 + 101 mod 7) / (1000 + 101) x 100 = 123 / 1101 x 100.
    assert stored[("101", 2021)] == pytest.approx(11.171662125340599)
    for (area, year), value in stored.items():
        assert value == pytest.approx(numerator(area, str(year)) / denominator(area) * 100)
    assert ("851", 2019) not in stored and ("147", 2019) not in stored  # not a barometer area


def test_provenance_is_in_each_values_history(policy_db, stub) -> None:
    source = _source(policy_db)
    fetch_indicator(policy_db, StatBankClient(stub.url, timeout=5), source)
    trail = observations.history(policy_db, source.indicator_id)
    stamps = [r for r in trail if r.field == "source"]
    assert len(stamps) == 19
    assert stamps[0].new_value.startswith("Statistikbanken FOLK1E (opdateret 2026-02-11 08:00; hentet ")


def test_a_dry_run_writes_nothing_and_needs_no_write_lock(policy_db, policy_db_path, stub) -> None:
    source = _source(policy_db)
    before = _digest(policy_db_path)
    blocker = sqlite3.connect(policy_db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        report = fetch_indicator(policy_db, StatBankClient(stub.url, timeout=5), source, dry_run=True).report
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert report.dry_run and not report.written and report.new == 19
    assert _stored(policy_db) == {}
    policy_db.close()
    assert _digest(policy_db_path) == before


def test_a_revised_earlier_year_is_shown_as_a_revision_and_stored_only_when_confirmed(policy_db, stub) -> None:
    source = _source(policy_db)
    client = StatBankClient(stub.url, timeout=5)
    fetch_indicator(policy_db, client, source, year=2021)
    first = _stored(policy_db)

    def revised(cell):  # the StatBank revised København's 2021 figure
        if cell["OMRÅDE"] == "101" and cell["TID"] == "2021" and cell["HERKOMST"] == "5":
            return "130"
        from statbank_tables import figure
        return figure(cell)

    stub.tables["FOLK1E"] = make_table(figure=revised, updated="2026-03-01T08:00:00")
    dry = fetch_indicator(policy_db, client, source, dry_run=True).report
    assert (dry.new, dry.changed, dry.unchanged) == (14, 1, 4)  # 19 values; 2021 stored before
    lines = report_lines(dry, revisions=True)
    from barometer_desktop.i18n import translate

    prefix = translate("Import", "Revised at the source: {indicator} {area} {period}: {changes}").format(
        indicator="1.2", area="København", period="2021", changes="")
    revision = [line for line in lines if line.startswith(prefix)]
    assert len(revision) == 1 and "→" in revision[0]
    assert _stored(policy_db) == first  # not yet
    confirmed = fetch_indicator(policy_db, client, source).report
    assert confirmed.written and confirmed.changed == 1
    assert _stored(policy_db)[("101", 2021)] == pytest.approx(130 / 1101 * 100)


@pytest.mark.parametrize("problem", ["unknown table", "invalid selection", "timeout"])
def test_an_error_leaves_the_database_byte_identical(policy_db_path, stub, problem) -> None:
    db = open_database(policy_db_path, user_name="tester")
    source = _source(db)
    db.close()
    before = _digest(policy_db_path)
    db = open_database(policy_db_path, user_name="tester")
    timeout = 5.0
    if problem == "unknown table":
        source = source.__class__(**{**source.__dict__, "table_id": "NIX99"})
    elif problem == "invalid selection":
        source = source.__class__(**{**source.__dict__, "selection": {"HERKOMST": ["77"]}})
    else:
        stub.delay, timeout = 1.0, 0.2
    with pytest.raises(StatBankError):
        fetch_indicator(db, StatBankClient(stub.url, timeout=timeout), source)
    db.close()
    assert _digest(policy_db_path) == before


@pytest.mark.parametrize(("code", "mapping", "period"), [
    ("2021", "as_is", "2021"), ("2021K3", "as_is", "2021K3"), ("2021M03", "as_is", "2021M03"),
    ("2020/2021", "first_year", "2020"), ("2020/2021", "last_year", "2021"), ("2019/20", "last_year", "2020"),
    ("2020/2021", "as_is", "2020/2021"),  # passed on: the import rejects it with row and reason
])
def test_time_codes_become_periods(code, mapping, period) -> None:
    from barometer_desktop.statbank.fetch import period_text

    assert period_text(code, mapping) == period


def test_school_year_codes_are_stored_under_the_chosen_year(policy_db, stub) -> None:
    stub.tables["FOLK1E"] = make_table(years=["2019/2020", "2020/2021"],
                                       figure=lambda cell: "50" if cell["HERKOMST"] == "5" else "200")
    source = _source(policy_db, time_mapping="last_year")
    assert source.time_mapping == "last_year"
    report = fetch_indicator(policy_db, StatBankClient(stub.url, timeout=5), source, year=2021).report
    assert report.written and report.new == 5
    assert set(_stored(policy_db)) == {(code, 2021) for code in ("000", "101", "751", "461", "851")}
    assert set(_stored(policy_db).values()) == {25.0}


def _refused(policy_db_path, stub, **source_changes) -> str:
    """Fetch with the stub as set up; the one-line refusal, and the database unchanged to the byte."""
    db = open_database(policy_db_path, user_name="tester")
    source = _source(db, **source_changes)
    db.close()
    before = _digest(policy_db_path)
    db = open_database(policy_db_path, user_name="tester")
    with pytest.raises(StatBankError) as caught:
        fetch_indicator(db, StatBankClient(stub.url, timeout=5), source)
    db.close()
    assert _digest(policy_db_path) == before
    assert "\n" not in str(caught.value)
    return str(caught.value)


def test_a_cell_given_twice_is_refused_naming_it(policy_db_path, stub) -> None:
    stub.duplicate = True  # the first data row comes twice
    assert _refused(policy_db_path, stub) == (
        "Statistikbanken's answer for table FOLK1E gives the cell OMRÅDE=101 HERKOMST=5 TID=2019 twice; "
        "nothing was changed.")


def test_a_figure_that_reads_two_ways_is_refused_as_the_file_import_refuses_it(policy_db_path, stub) -> None:
    # "1.234" is 1234 with a decimal comma and 1.234 with a decimal point; nothing else shows which.
    stub.answer_text = "OMRÅDE;HERKOMST;TID;INDHOLD\r\n101;5;2019;1.234\r\n751;5;2019;17\r\n"
    assert _refused(policy_db_path, stub) == (
        "Statistikbanken's figure \"1.234\" for OMRÅDE=101 HERKOMST=5 TID=2019 in table FOLK1E can be read in two "
        "ways (the dot may separate thousands or be the decimal mark) and no figure shows which; nothing was changed.")


def test_mixed_decimal_marks_and_a_text_figure_are_refused(policy_db_path, stub) -> None:
    stub.answer_text = "OMRÅDE;HERKOMST;TID;INDHOLD\r\n101;5;2019;12,5\r\n751;5;2019;17.25\r\n"
    assert "mixes decimal marks: \"12,5\" (OMRÅDE=101 HERKOMST=5 TID=2019) and \"17.25\"" in _refused(
        policy_db_path, stub)
    stub.answer_text = "OMRÅDE;HERKOMST;TID;INDHOLD\r\n101;5;2019;mange\r\n"
    assert _refused(policy_db_path, stub) == (
        "Statistikbanken's figure \"mange\" for OMRÅDE=101 HERKOMST=5 TID=2019 in table FOLK1E is not a number; "
        "nothing was changed.")


def test_a_variable_without_a_value_is_refused_before_asking_for_data(policy_db_path, stub) -> None:
    # BULK sums nothing away: every variable needs a value (here HERKOMST, which the source leaves out).
    message = _refused(policy_db_path, stub, selection={}, denominator=None)
    assert message == ("Table FOLK1E: choose the value(s) of variable HERKOMST (herkomst); Statistikbanken needs a "
                       "value for every variable (the total is usually \"I alt\").")
    assert [function for function, _ in stub.requests] == ["tableinfo"]


def test_danish_decimal_commas_are_read_in_one_format(policy_db, stub) -> None:
    # Asked in Danish, the StatBank writes "12,5"; the figures are read as the answer shows them.
    stub.tables["FOLK1E"] = make_table(figure=lambda cell: "12.5" if cell["HERKOMST"] == "5" else "250")
    source = _source(policy_db)
    report = fetch_indicator(policy_db, StatBankClient(stub.url, timeout=5, lang="da"), source, year=2022).report
    assert report.written and report.new == 5
    assert set(_stored(policy_db).values()) == {5.0}
    assert stub.requests[-1][1]["lang"] == "da" and stub.requests[-1][1]["variables"][-1]["code"] == "Tid"
