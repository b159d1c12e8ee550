"""The barometer table's column titles are read whole ("Latest value", "Hele landet"),
never cut to "Latest va…", at a laptop's 1366 x 768 and at 1024 x 700, in Danish and English."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from barometer_desktop.ui.main_window import MainWindow
from barometer_desktop.ui.screens.overview.columns import COLUMNS, HEADER_LINE, HEADER_PADDING
from barometer_desktop.ui.state import AppState
from barometer_desktop.ui.translation import install_translators


@pytest.fixture
def window_in(qtbot, qapp, demo_db):
    opened = []

    def make(language: str, width: int, height: int) -> MainWindow:
        install_translators(qapp, language)
        window = MainWindow(AppState(demo_db, 2013))
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "confirm_leave_all", lambda: True))
        window.setGeometry(0, 0, width, height)
        window.show()
        window.show_screen("overview")
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield make
    install_translators(qapp, "da")


def _titles_shown_whole(screen) -> list[str]:
    """Every visible column's title, checked to fit its section: no word wider than the
    section, and the wrapped title within the header's height."""
    header = screen.view.horizontalHeader()
    font = QFont(header.font())
    font.setBold(True)  # the titles are semi-bold; bold is the wider
    metrics = QFontMetrics(font)
    room_height = header.height() - 2 * HEADER_PADDING - HEADER_LINE
    titles = []
    for section in range(len(COLUMNS)):
        if header.isSectionHidden(section):
            continue
        title = screen.model.headerData(section, Qt.Orientation.Horizontal)
        room_width = header.sectionSize(section) - 2 * HEADER_PADDING
        widest_word = max(metrics.horizontalAdvance(word) for word in title.split())
        assert widest_word <= room_width, (title, widest_word, room_width)
        wrapped = metrics.boundingRect(QRect(0, 0, room_width, 1000), int(Qt.TextFlag.TextWordWrap), title)
        assert wrapped.height() <= room_height, (title, wrapped.height(), room_height)
        titles.append(title)
    assert header.textElideMode() == Qt.TextElideMode.ElideNone  # wrapped, never "…"
    return titles


@pytest.mark.parametrize(
    ("language", "value_title", "country_title"),
    [("da", "Seneste værdi", "Hele landet"), ("en", "Latest value", "Whole country")],
)
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1024, 700)])
def test_column_titles_are_read_whole(window_in, qtbot, language, value_title, country_title, width, height):
    window = window_in(language, width, height)
    screen = window.page("overview")
    qtbot.waitUntil(lambda: screen.view.viewport().width() > 500)
    titles = _titles_shown_whole(screen)
    assert value_title in titles and country_title in titles


def test_the_columns_fit_the_width_the_table_has_when_shown(window_in, qtbot):
    """The columns were shared out by the width the table had before it was first shown
    (a hidden view's): at 1366 px the trend line was hidden and the goals cut."""
    window = window_in("da", 1366, 768)
    screen = window.page("overview")
    header = screen.view.horizontalHeader()
    qtbot.waitUntil(lambda: screen.view.viewport().width() >= 900)
    qtbot.waitUntil(lambda: not header.isSectionHidden(COLUMNS.index("sparkline")))
    assert header.sectionSize(COLUMNS.index("goal")) >= 170
    used = sum(header.sectionSize(i) for i in range(len(COLUMNS)) if not header.isSectionHidden(i))
    assert used <= screen.view.viewport().width() + 1  # nothing runs off to the right
