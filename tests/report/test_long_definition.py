"""A long indicator definition is laid out over pages, never a failed report
(a hostile-user session: about 1,000 characters, which the policy file allows,
made `report` refuse with a message that named no text)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from barometer_desktop.policy_file.fields import TEXT_LIMIT
from barometer_desktop.report.options import ReportOptions
from barometer_desktop.report.render_pdf import export_pdf


def _with_definition(snapshot, code: str, text: str):
    goals = tuple(
        replace(goal, indicators=tuple(
            replace(i, indicator=replace(i.indicator, definition=text)) if i.code == code else i
            for i in goal.indicators
        ))
        for goal in snapshot.goals
    )
    return replace(snapshot, goals=goals)


@pytest.mark.parametrize("length", [1_000, TEXT_LIMIT])
def test_a_long_definition_flows_over_pages(demo_snapshot, tmp_path, read_text, length):
    words = ("ord " * (length // 4)).strip()
    snapshot = _with_definition(demo_snapshot, "1.1", words)
    written = export_pdf(snapshot, tmp_path / "long.pdf", ReportOptions(lang="da"))
    plain = export_pdf(demo_snapshot, tmp_path / "plain.pdf", ReportOptions(lang="da"))
    assert written.pages > plain.pages
    text = read_text(written.path)
    # Every word is printed (the definition stands on the indicator's page and in the appendix).
    assert text.count("ord") >= 2 * (length // 4)
    assert "Karaktergennemsnit" in text and "oktober 2014" in " ".join(text.split())
