"""Nothing jumps (issue 15): a message appearing after a save leaves the fields,
lists and buttons where the user's eyes, mouse and keyboard are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog


def _settle(qtbot) -> None:
    qtbot.wait(0)
    QApplication.processEvents()


def test_saving_an_assessment_does_not_move_the_text(main_window, qtbot):
    main_window.resize(1366, 768)
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    screen.tabs.setCurrentWidget(screen.assessment)
    _settle(qtbot)
    panel = screen.assessment
    before = (panel.text.geometry(), panel.save_button.geometry())
    qtbot.keyClicks(panel.text, " Tilføjet.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert panel.message.text() == "Vurderingen blev gemt."
    assert (panel.text.geometry(), panel.save_button.geometry()) == before


def test_the_details_save_button_stays_under_the_mouse(main_window, qtbot):
    main_window.resize(1366, 768)
    main_window.show_screen("entry")
    entry = main_window.page("entry")
    model = entry.model
    survey = next(r for r in range(model.rowCount()) if model.indicator(r).is_survey)
    plain = next(r for r in range(model.rowCount()) if not model.indicator(r).is_survey)
    entry.select_cell(plain, 0)
    _settle(qtbot)
    where = entry.details.save_button.mapTo(main_window, entry.details.save_button.rect().topLeft())
    # Another cell brings a longer hint (survey: enter the sample size) above the fields.
    entry.select_cell(survey, 0)
    _settle(qtbot)
    assert entry.details.save_button.mapTo(main_window, entry.details.save_button.rect().topLeft()) == where


def test_saving_the_notice_keeps_the_missing_list_width(main_window, qtbot, monkeypatch, tmp_path: Path):
    main_window.resize(1366, 768)
    main_window.show_screen("committees")
    screen = main_window.page("committees")
    screen.show_tab(screen.missing)
    _settle(qtbot)
    tab = screen.missing
    width = tab.missing_list.width()
    target = tmp_path / ("a-rather-long-folder-name-for-the-notice-" * 3) / "manglende-opfoelgning-2013.txt"
    target.parent.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert target.is_file() and str(target) in tab.feedback.text()
    assert tab.missing_list.width() == width


def test_the_indicator_names_column_is_dragged_wider_and_remembered(main_window, qtbot):
    from PySide6.QtCore import QPoint, QSettings

    from barometer_desktop.ui.screens.entry.row_name_header import WIDTH_KEY

    main_window.resize(1366, 768)
    main_window.show_screen("entry")
    entry = main_window.page("entry")
    _settle(qtbot)
    header = entry.view.verticalHeader()
    before = header.width()
    # By default a third of the grid at most: the area columns keep the room.
    assert before <= entry.view.width() // 3 + 1
    y = header.sectionViewportPosition(0) + 5
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(before - 1, y))
    qtbot.mouseMove(header.viewport(), QPoint(before + 80, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(before + 80, y))
    _settle(qtbot)
    assert header.width() >= before + 60
    assert QSettings().value(WIDTH_KEY, 0, type=int) == header.chosen_width
