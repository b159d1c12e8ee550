"""The final-edition file format: every earlier version still decodes and renders, and the
format is its own declaration, not the snapshot dataclasses' layout."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from barometer_desktop.domain.types import SignificancePolicy
from barometer_desktop.report import edition_format
from barometer_desktop.report.options import ReportOptions
from barometer_desktop.report.render_pdf import render
from barometer_desktop.report.snapshot_codec import from_json, to_json

EDITIONS = Path(__file__).parent.parent / "fixtures" / "editions"
FIXTURES = sorted(EDITIONS.glob("format*.json"))


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "edition.pdf"
    path.write_bytes(data)
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def test_there_is_a_fixture_of_every_format_version():
    versions = {json.loads(path.read_text(encoding="utf-8"))["format"] for path in FIXTURES}
    assert versions == set(range(1, edition_format.FORMAT_VERSION + 1))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_every_stored_edition_decodes_and_renders_its_report(path, tmp_path):
    snapshot = from_json(path.read_text(encoding="utf-8"))
    assert snapshot.report_year == 2013 and len(snapshot.goals) == 8
    assert all(indicator.series for goal in snapshot.goals for indicator in goal.indicators)

    data, pages = render(snapshot, ReportOptions(final=True, case_number="2014-1"))
    text = _pdf_text(data, tmp_path)
    assert pages > 5
    assert snapshot.goals[0].title[:20] in text
    assert "6,3" in text  # the grade of indicator 1.1 in 2013
    # Read again in the current format, it is the same snapshot.
    assert from_json(to_json(snapshot)) == snapshot


def test_format_1_editions_keep_the_rule_they_were_made_by():
    before_verdicts = from_json((EDITIONS / "format1-f354e76-data-status.json").read_text(encoding="utf-8"))
    assert before_verdicts.significance_policy is SignificancePolicy.MARKED
    assert before_verdicts.status_window == 0
    assert all(i.verdicts == () and i.published is None for g in before_verdicts.goals for i in g.indicators)
    first = from_json((EDITIONS / "format1-87aa370-first-report.json").read_text(encoding="utf-8"))
    assert all(i.latest is None and i.due_in_report_year for g in first.goals for i in g.indicators)
    assert all(c.not_recorded == () and not c.report_late for c in first.committees)


def _without_release_details(snapshot):
    # What format 1 did not store: the upgrade gives the columns' defaults.
    def plain(view):
        return replace(view, indicator=replace(view.indicator, release_year_offset=1, comparison_available=True))

    return replace(snapshot, goals=tuple(
        replace(goal, indicators=tuple(plain(view) for view in goal.indicators)) for goal in snapshot.goals
    ))


# Keys added to format 2 after its fixture was stored (declared with `absent`).
LATER_KEYS = {key.name for shape in edition_format.SHAPES for key in shape.keys if key.added_later}


def _without_later_keys(value):
    if isinstance(value, dict):
        return {k: _without_later_keys(v) for k, v in value.items() if k not in LATER_KEYS}
    if isinstance(value, list):
        return [_without_later_keys(v) for v in value]
    return value


def test_the_current_format_is_written_byte_for_byte_as_committed():
    stored = (EDITIONS / "format2-stored-final.json").read_text(encoding="utf-8")
    # The same demo edition, stored by the last format-1 code and by format 2, reads the same.
    upgraded = from_json((EDITIONS / "format1-2038cec-stored-final.json").read_text(encoding="utf-8"))
    assert upgraded == _without_release_details(from_json(stored))
    # Written again, it is the stored text, plus only the keys added since (at their value when absent).
    again = json.loads(to_json(from_json(stored)))
    assert json.dumps(_without_later_keys(again), ensure_ascii=False, sort_keys=True) == stored
    assert from_json(json.dumps(again)) == from_json(stored)


@pytest.mark.parametrize("shape", edition_format.SHAPES, ids=lambda s: s.cls.__name__)
def test_every_snapshot_field_is_declared_in_the_format(shape):
    declared = {key.attribute.split(".")[0] for key in shape.keys}
    assert declared == {field.name for field in dataclasses.fields(shape.cls)}
    for part, cls in shape.parts:
        held = {key.attribute.split(".", 1)[1] for key in shape.keys if key.attribute.startswith(part + ".")}
        assert held == {field.name for field in dataclasses.fields(cls)}
    assert len({key.name for key in shape.keys}) == len(shape.keys)


def test_a_key_added_later_reads_as_its_declared_value_where_it_is_absent():
    @dataclasses.dataclass(frozen=True)
    class Point:
        value: float
        note: str

    later = edition_format.Shape(Point, (
        edition_format.key("value", edition_format.FLOAT),
        edition_format.key("note", edition_format.TEXT, absent=""),
    ))
    assert later.decode({"value": 1.5}) == Point(1.5, "")
    with pytest.raises(ValueError, match="missing keys"):
        later.decode({"note": "x"})


def test_a_renamed_attribute_leaves_the_file_unchanged():
    # The file's key and the attribute are separate: a rename edits only `attribute`.
    @dataclasses.dataclass(frozen=True)
    class Renamed:
        grade: float

    old = edition_format.Shape(Renamed, (edition_format.key("value", edition_format.FLOAT, "grade"),))
    assert old.encode(Renamed(6.3)) == {"value": 6.3}
    assert old.decode({"value": 6.3}) == Renamed(6.3)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.pop("organisation"), "missing keys ['organisation']"),
        (lambda s: s.update(surprise=1), "unknown keys ['surprise']"),
        (lambda s: s.update(report_year="2013"), "expected int"),
    ],
)
def test_a_damaged_current_edition_is_refused_with_what_is_wrong(change, message):
    payload = json.loads((EDITIONS / "format2-stored-final.json").read_text(encoding="utf-8"))
    change(payload["snapshot"])
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        from_json(json.dumps(payload))


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown snapshot format"):
        from_json('{"format": 99, "snapshot": {}}')
    with pytest.raises(ValueError, match="unknown snapshot format"):
        from_json('{"snapshot": {}}')
