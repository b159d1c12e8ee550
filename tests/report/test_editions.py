"""Final editions: stored snapshot, exact re-issue, changes since, safe writing."""

from __future__ import annotations

import os
import stat
import sys
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import ExportError, ValidationError
from barometer_desktop.publishing.status_report import ReportKind, edition_status, produce_report
from barometer_desktop.report import snapshot_codec
from barometer_desktop.storage import catalog, editions, observations
from tests import stored_values

TODAY = date(2014, 4, 2)


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def _grade_indicator(db):
    return next(i for g in catalog.goals_with_indicators(db) for i in g.indicators if i.unit == "grade")


def _change_value(db, indicator, year: int, value: float) -> None:
    main = next(a for a in catalog.areas(db) if a.is_main)
    current = next(
        r for r in observations.series(db, indicator.id, [main.id]) if r.period == Period.year_of(year)
    )
    stored_values.save(db, [observations.ObservationInput(
        indicator.id, main.id, Period.year_of(year), value, std_error=current.std_error,
        expected_version=current.version,
    )])


def test_snapshot_round_trips_exactly(demo_snapshot):
    text = snapshot_codec.to_json(demo_snapshot)
    assert snapshot_codec.from_json(text) == demo_snapshot
    assert snapshot_codec.to_json(snapshot_codec.from_json(text)) == text


@settings(max_examples=40, deadline=None)
@given(value=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), n=st.none() | st.integers(1, 10**6))
def test_values_survive_the_codec_bit_for_bit(demo_snapshot, value, n):
    from dataclasses import replace

    goal = demo_snapshot.goals[0]
    indicator = goal.indicators[0]
    series = indicator.series[0]
    point = replace(series.points[0], value=value, sample_size=n)
    changed = replace(
        demo_snapshot,
        goals=(replace(goal, indicators=(replace(indicator, series=(replace(series, points=(point,)),)),)),),
    )
    decoded = snapshot_codec.from_json(snapshot_codec.to_json(changed))
    assert decoded == changed
    assert decoded.goals[0].indicators[0].series[0].points[0].value == value


def test_final_edition_is_reissued_unchanged_after_a_value_changed(demo_db, tmp_path):
    first = produce_report(demo_db, 2013, tmp_path / "final.pdf", final=True, case_number="2014-1", today=TODAY)
    assert first.kind == ReportKind.NEW_FINAL
    stored = editions.load_edition(demo_db, 2013, "da")
    assert stored.pdf_sha256 == first.sha256 and stored.case_number == "2014-1"
    assert "6,3" in _text(first.path)

    _change_value(demo_db, _grade_indicator(demo_db), 2013, 5.8)

    status = edition_status(demo_db, 2013, "da")
    assert status.exists
    assert any(c.kind == "value_changed" and c.indicator == "1.1" and c.period == "2013"
               and c.old == "6,30" and c.new == "5,80" for c in status.changes)
    assert any(c.kind == "trend_changed" and c.indicator == "1.1" for c in status.changes)

    again = produce_report(demo_db, 2013, tmp_path / "again.pdf", final=True, today=date(2015, 1, 1))
    assert again.kind == ReportKind.REISSUED
    assert again.matches_stored_checksum and again.sha256 == first.sha256
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "final.pdf").read_bytes()

    draft = produce_report(demo_db, 2013, tmp_path / "draft.pdf", today=TODAY)
    assert draft.kind == ReportKind.DRAFT
    text = _text(draft.path)
    assert "5,8" in text and "Værdien er 5,8 i 2013" in text


def test_no_changes_listed_right_after_the_final_edition(demo_db, tmp_path):
    produce_report(demo_db, 2013, tmp_path / "final.pdf", final=True, today=TODAY)
    assert edition_status(demo_db, 2013, "da").changes == ()
    assert not edition_status(demo_db, 2013, "en").exists


def test_replacing_a_final_edition_takes_todays_data(demo_db, tmp_path):
    produce_report(demo_db, 2013, tmp_path / "final.pdf", final=True, today=TODAY)
    _change_value(demo_db, _grade_indicator(demo_db), 2013, 5.8)
    with pytest.raises(ValidationError):
        editions.save_edition(demo_db, year=2013, language="da", case_number="", snapshot_json="{}", pdf_sha256="")
    replaced = produce_report(demo_db, 2013, tmp_path / "new.pdf", final=True, replace_final=True, today=TODAY)
    assert replaced.kind == ReportKind.NEW_FINAL
    assert edition_status(demo_db, 2013, "da").changes == ()
    assert "Værdien er 5,8 i 2013" in _text(replaced.path)


def test_a_failure_mid_build_leaves_no_file(demo_db, tmp_path):
    target = tmp_path / "out" / "status.pdf"
    target.parent.mkdir()

    def fail(fraction: float) -> None:
        if fraction > 0.3:
            raise RuntimeError("simulated failure")

    with pytest.raises(RuntimeError):
        produce_report(demo_db, 2013, target, final=True, progress=fail, today=TODAY)
    assert list(target.parent.iterdir()) == []
    assert editions.load_edition(demo_db, 2013, "da") is None


def test_an_existing_file_survives_a_failed_export(demo_db, tmp_path):
    target = tmp_path / "status.pdf"
    target.write_bytes(b"%PDF-1.4 the earlier report")

    def fail(fraction: float) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        produce_report(demo_db, 2013, target, progress=fail, today=TODAY)
    assert target.read_bytes() == b"%PDF-1.4 the earlier report"
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_gives_a_clear_message(demo_db, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ExportError) as caught:
            produce_report(demo_db, 2013, folder / "status.pdf", final=True, today=TODAY)
        assert str(folder) in caught.value.user_message()
        assert editions.load_edition(demo_db, 2013, "da") is None
    finally:
        folder.chmod(stat.S_IRWXU)
    assert list(folder.iterdir()) == []


def test_unwritable_folder_simulated_gives_a_clear_message(demo_db, tmp_path, monkeypatch):
    # The same as above for a root user (CI containers), by refusing the temporary file.
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError) as caught:
        produce_report(demo_db, 2013, tmp_path / "status.pdf", final=True, today=TODAY)
    assert "Cannot write in the folder" in caught.value.user_message()
    assert editions.load_edition(demo_db, 2013, "da") is None
    assert not (tmp_path / "status.pdf").exists()


def test_target_that_cannot_be_replaced_gives_a_clear_message(demo_db, tmp_path, monkeypatch):
    # Windows refuses to replace a PDF that is open in a reader; simulate that.
    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(os, "replace", refuse)
    target = tmp_path / "status.pdf"
    with pytest.raises(ExportError) as caught:
        produce_report(demo_db, 2013, target, today=TODAY)
    assert "open in another program" in caught.value.user_message()
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_missing_folder_gives_a_clear_message(demo_db, tmp_path):
    with pytest.raises(ExportError) as caught:
        produce_report(demo_db, 2013, tmp_path / "nowhere" / "status.pdf", today=TODAY)
    assert "does not exist" in caught.value.user_message()


def test_a_damaged_stored_edition_is_reported_not_guessed(demo_db, tmp_path):
    editions.save_edition(demo_db, year=2013, language="da", case_number="", snapshot_json='{"format": 99}',
                          pdf_sha256="")
    with pytest.raises(ExportError) as caught:
        produce_report(demo_db, 2013, tmp_path / "x.pdf", final=True, today=TODAY)
    assert "cannot be read" in caught.value.user_message()
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(ExportError):
        edition_status(demo_db, 2013, "da")


def test_final_edition_is_not_stored_when_its_pdf_cannot_be_put_in_place(demo_db, tmp_path, monkeypatch):
    # E.g. the earlier PDF is open in Acrobat on Windows: the rename is refused.
    target = tmp_path / "status.pdf"
    target.write_bytes(b"%PDF-1.4 the earlier report, open in another program")
    real_replace = os.replace

    def refuse(source, destination):
        if os.fspath(destination) == os.fspath(target):
            raise PermissionError(13, "Permission denied")
        return real_replace(source, destination)

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError) as caught:
        produce_report(demo_db, 2013, target, final=True, today=TODAY)
    assert "status.pdf" in caught.value.user_message()
    assert editions.load_edition(demo_db, 2013, "da") is None
    assert target.read_bytes() == b"%PDF-1.4 the earlier report, open in another program"
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def _creation_time(path) -> datetime:
    """The PDF's /CreationDate (D:YYYYMMDDHHmmSS+00'00') as an aware UTC time."""
    raw = str(PdfReader(path).metadata["/CreationDate"])
    return datetime.strptime(raw[2:16], "%Y%m%d%H%M%S").replace(tzinfo=UTC)


def test_a_draft_carries_the_time_it_was_made_and_a_final_edition_the_editions_time(demo_db, tmp_path):
    before = datetime.now(UTC).replace(microsecond=0)
    draft = produce_report(demo_db, 2013, tmp_path / "draft.pdf", today=TODAY)
    after = datetime.now(UTC)
    assert before <= _creation_time(draft.path) <= after  # not noon of the snapshot's date

    final = produce_report(demo_db, 2013, tmp_path / "final.pdf", final=True, today=TODAY)
    stored = editions.load_edition(demo_db, 2013, "da")
    assert _creation_time(final.path) == stored.created_at.astimezone(UTC)
    again = produce_report(demo_db, 2013, tmp_path / "again.pdf", final=True, today=date(2015, 1, 1))
    assert again.kind == ReportKind.REISSUED and _creation_time(again.path) == _creation_time(final.path)
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "final.pdf").read_bytes()
