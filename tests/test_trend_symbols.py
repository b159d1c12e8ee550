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


def test_app_report_and_web_show_the_same_symbol_for_each_verdict(app_state, qtbot):
    from barometer_desktop.i18n import output_language
    from barometer_desktop.report.text import status_mark, trend_mark
    from barometer_desktop.ui.screens.overview import OverviewScreen, trend_text
    from barometer_desktop.web.pages import Pages

    pages = Pages("da", 2013, "Kbh", None, False)  # type: ignore[arg-type]
    with output_language("da"):
        for trend in Trend:
            symbol = EXPECTED[trend.value]
            assert trend_text(trend.value).startswith(symbol + " ")
            assert trend_mark(trend.value).startswith(symbol + " ")
            assert f'aria-hidden="true">{symbol}</span>' in pages.trend_html(trend)
        for status in GoalStatus:
            assert status_mark(status.value).startswith(EXPECTED[status.value] + " ")
            assert trend_text(status.value).startswith(EXPECTED[status.value] + " ")
    screen = OverviewScreen(app_state)
    qtbot.addWidget(screen)
    legend = screen.legend.text()
    for symbol in EXPECTED.values():
        assert symbol in legend
    assert isinstance(screen.snapshot, BarometerSnapshot)


def test_user_guide_and_pdf_legend_use_the_same_symbols():
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "▶" not in readme and "↗" not in readme
    for symbol in ("▲ forbedret", "▼ forværret", "● uændret", "◐ blandet", "◆ ingen retning"):
        assert symbol in readme
    front = (Path(__file__).parents[1] / "barometer_desktop" / "report" / "front.py").read_text(encoding="utf-8")
    assert "▲ improved, ▼ worsened, ● unchanged" in front and "◐ mixed, ◆ context indicator" in front
