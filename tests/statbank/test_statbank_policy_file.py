"""An indicator's StatBank source in the policy file: written, read back, and a bad one refused clearly."""

from __future__ import annotations

import pytest

from barometer_desktop.cli.main import main
from barometer_desktop.errors import ValidationError
from barometer_desktop.policy_file.reading import parse
from barometer_desktop.resources import shipped_path
from barometer_desktop.storage import catalog, indicator_sources
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.indicator_sources import IndicatorSourceRecord

SEED = shipped_path("database", "seed", "policy_2011.toml")


def _sources(path) -> dict[str, IndicatorSourceRecord]:
    db = open_database(path)
    try:
        return {s.indicator_code: s for s in indicator_sources.all_sources(db)}
    finally:
        db.close()


def test_export_then_init_round_trips_the_source(tmp_path) -> None:
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    assert main(["--db", str(first), "db", "init", "--policy", str(SEED)]) == 0
    db = open_database(first)
    for code, source in (("1.2", dict(table_id="folk1e", selection={"HERKOMST": ["5"], "KØN": ["TOT"]},
                                      denominator={"HERKOMST": ["TOT"]}, time_variable="Tid")),
                         ("2.1", dict(table_id="UDDAKT10", selection={"ALDER": ["16-24", "25-29"]},
                                      time_mapping="last_year"))):
        indicator = next(i for i in catalog.indicators(db) if i.code == code)
        indicator_sources.save(db, IndicatorSourceRecord(indicator.id, code, **source))
    db.close()
    assert main(["--db", str(first), "policy", "export", "--out", str(tmp_path / "first.toml")]) == 0
    text = (tmp_path / "first.toml").read_text(encoding="utf-8")
    assert '  [indicators.statbank]\n  table = "FOLK1E"\n  selection = { "HERKOMST" = ["5"], "KØN" = ["TOT"] }\n' \
           '  denominator = { "HERKOMST" = ["TOT"] }\n  area_variable = "OMRÅDE"\n  time_variable = "Tid"\n' \
           '  time_mapping = "as_is"\n' in text
    assert main(["--db", str(second), "db", "init", "--policy", str(tmp_path / "first.toml")]) == 0
    assert main(["--db", str(second), "policy", "export", "--out", str(tmp_path / "second.toml")]) == 0
    assert (tmp_path / "second.toml").read_text(encoding="utf-8") == text

    def shape(source):
        return (source.table_id, source.selection, source.denominator, source.area_variable, source.time_variable,
                source.time_mapping)

    assert {c: shape(s) for c, s in _sources(second).items()} == {c: shape(s) for c, s in _sources(first).items()}
    assert shape(_sources(second)["2.1"]) == ("UDDAKT10", {"ALDER": ["16-24", "25-29"]}, None, "OMRÅDE", "TID",
                                              "last_year")


def _with_source(section: str) -> str:
    """The seed with a [indicators.statbank] under its indicator 1.2."""
    text = SEED.read_text(encoding="utf-8")
    start = text.index('code = "1.2"')
    end = text.find("\n[[", start)
    return text[:end] + "\n\n[indicators.statbank]\n" + section + text[end:]


def test_a_good_section_is_read() -> None:
    data = parse(_with_source('table = "folk1e"\nselection = { HERKOMST = ["5"] }\n'))
    item = next(i for i in data["indicators"] if i["code"] == "1.2")
    assert item["statbank"] == {"table": "FOLK1E", "selection": {"HERKOMST": ["5"]}, "denominator": None,
                                "area_variable": "OMRÅDE", "time_variable": "TID", "time_mapping": "as_is"}
    assert next(i for i in data["indicators"] if i["code"] == "1.1")["statbank"] is None


@pytest.mark.parametrize(("section", "message"), [
    ('selection = { HERKOMST = ["5"] }\n',
     "indicator 1.2, field indicators.statbank.table: a value is required."),
    ('table = 7\n', "indicator 1.2, field indicators.statbank.table: expected a text in quotes"),
    ('table = "FOLK1E"\nselection = { HERKOMST = "5" }\n',
     "indicator 1.2, field indicators.statbank.selection: expected variables with lists of value codes"),
    ('table = "FOLK1E"\ndenominator = { HERKOMST = [] }\n',
     "indicator 1.2, field indicators.statbank.denominator: expected variables with lists of value codes"),
    ('table = "FOLK1E"\ntime_mapping = "school"\n',
     "indicator 1.2, field indicators.statbank.time_mapping: school is not one of as_is, first_year, last_year."),
    ('table = "FOLK1E"\ntabel = "x"\n', "indicator 1.2, field indicators.statbank.tabel: unknown field"),
    ('table = "' + "F" * 41 + '"\n', "indicator 1.2, field indicators.statbank.table: at most 40 characters."),
])
def test_a_malformed_section_names_the_line_indicator_and_field(section, message) -> None:
    text = _with_source(section)
    with pytest.raises(ValidationError) as caught:
        parse(text)
    shown = str(caught.value)
    assert message in shown
    line = int(shown.split()[1].rstrip(","))
    lines = text.splitlines()
    key = message.split("indicators.statbank.")[1].split(":")[0]
    # The line named is the field's own, or the section's header when the field is missing.
    assert lines[line - 1].startswith(key) or lines[line - 1] == "[indicators.statbank]"
