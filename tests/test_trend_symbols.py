"""One set of development symbols in the app, the PDF report, the web pages and the user guide."""

from __future__ import annotations

from pathlib import Path

from barometer_desktop.assembly.snapshot import BarometerSnapshot
from barometer_desktop.domain.types import TREND_SYMBOLS, GoalStatus, Trend

EXPECTED = {"improved": "▲", "worsened": "▼", "unchanged": "●", "mixed": "◐", "no_direction": "◆", "no_data": "–"}


def test_one_mapping_covers_every_verdict_with_distinct_shapes():
    assert TREND_SYMBOLS == EXPECTED
    assert {t.value for t in Trend} | {s.value for s in GoalStatus} == set(TREND_SYMBOLS)
    assert len(set(TREND_SYMBOLS.values())) == len(TREND_SYMBOLS)


def test_app_report_and_web_show_the_same_symbol_and_word_for_each_verdict(app_state, qtbot):
    from barometer_desktop.i18n import output_language
    from barometer_desktop.report.text import verdict_mark
    from barometer_desktop.ui.screens.overview.screen import OverviewScreen, trend_text
    from barometer_desktop.web.pages import Pages

    screen = OverviewScreen(app_state)
    qtbot.addWidget(screen)
    pages = Pages("da", screen.snapshot, screen.snapshot.prepared_on)
    with output_language("da"):
        for verdict in (*Trend, *GoalStatus):
            symbol = EXPECTED[verdict.value]
            # One function (labels.verdict_mark) words a verdict for the screen, the PDF and the web.
            assert trend_text(verdict.value) == verdict_mark(verdict.value)
            assert trend_text(verdict.value).startswith(symbol + " ")
            html = pages.trend_html(verdict)
            assert f'aria-hidden="true">{symbol}</span>' in html
            assert trend_text(verdict.value).split(" ", 1)[1] in html
    legend = screen.legend.text()
    for symbol in EXPECTED.values():
        assert symbol in legend
    assert isinstance(screen.snapshot, BarometerSnapshot)


def test_user_guide_and_pdf_legend_use_the_same_symbols():
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "▶" not in readme and "↗" not in readme
    for symbol in ("▲ forbedret", "▼ forværret", "● uændret", "◐ blandet", "◆ ingen retning"):
        assert symbol in readme
    # The PDF's legend is built from labels.verdict_mark over every goal status.
    front = (Path(__file__).parents[1] / "barometer_desktop" / "report" / "front.py").read_text(encoding="utf-8")
    assert "verdict_mark(status) for status in STATUS_ORDER" in front
