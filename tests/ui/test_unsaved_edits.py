"""Nothing typed is lost: refreshes keep unsaved text on the indicators screen,
a stale save is refused, and leaving (another indicator, another year, closing,
another database) asks first. Demo database, report year 2013, Danish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import assessments, catalog, indicators

STALE_ASSESSMENT = (
    "Someone else changed this assessment in the meantime ({changed_by}, {changed_at}); your text "
    "was not stored. Copy your text, reload and try again."
)
STALE_INDICATOR = (
    "Someone else changed this indicator in the meantime; your change was not stored. "
    "Reload to see the newer version."
)


@pytest.fixture
def screen(main_window, qtbot):
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    qtbot.waitUntil(lambda: screen.chart is not None)
    return screen


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox.question patched: pops the next prepared answer, records the question."""
    asked: list[str] = []
    replies: list[QMessageBox.StandardButton] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, replies


def _indicator(db, code):
    return next(i for i in catalog.indicators(db) if i.code == code)


def _select(screen, code):
    screen.select_indicator(_indicator(screen.state.db, code).id)
    assert screen.current.code == code


def _type_assessment(screen, qtbot, text):
    screen.tabs.setCurrentWidget(screen.assessment)
    screen.assessment.text.setFocus()
    qtbot.keyClicks(screen.assessment.text, text)


def test_typed_assessment_survives_refreshes_and_a_value_edit(screen, qtbot):
    _select(screen, "1.2")
    _type_assessment(screen, qtbot, "Udviklingen er positiv")
    screen.state.data_changed.emit()  # e.g. undo, or the poll noticing another user
    assert screen.assessment.text.toPlainText() == "Udviklingen er positiv"
    assert screen.assessment.has_unsaved_changes()

    # A value edit on the same screen reloads the table and the chart, not the text.
    screen.tabs.setCurrentIndex(1)
    view, model = screen.values_view, screen.values_model
    row = model.periods.index(Period.year_of(2013))
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = next(e for e in view.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "71,4")
    with qtbot.waitSignal(screen.state.data_changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.record(row, 0).value == 71.4
    assert screen.assessment.text.toPlainText() == "Udviklingen er positiv"
    assert not screen.assessment.stale_hint.isVisibleTo(screen.assessment)  # nobody else wrote it


def test_a_stale_save_is_refused_and_the_stored_version_can_be_fetched(screen, qtbot):
    db = screen.state.db
    _select(screen, "1.2")
    indicator_id = screen.current.id
    _type_assessment(screen, qtbot, "Min egen vurdering")

    # Another user stores an assessment for the same indicator and year.
    theirs = assessments.load(db, indicator_id, 2013)
    assessments.save(db, indicator_id, 2013, "Kollegaens vurdering", True, theirs.version)
    screen.state.data_changed.emit()
    assert screen.assessment.text.toPlainText() == "Min egen vurdering"
    assert screen.assessment.stale_hint.isVisible()

    qtbot.mouseClick(screen.assessment.save_button, Qt.MouseButton.LeftButton)
    shown = screen.assessment.message.text()
    before_who = QCoreApplication.translate("Errors", STALE_ASSESSMENT).split("{changed_by}")[0]
    assert shown.startswith(before_who) and "(tester, " in shown, "who stored the newer text, and when"
    assert screen.assessment.text.toPlainText() == "Min egen vurdering"
    assert assessments.load(db, indicator_id, 2013).text == "Kollegaens vurdering"

    qtbot.mouseClick(screen.assessment.stale_hint.reload_button, Qt.MouseButton.LeftButton)
    assert screen.assessment.text.toPlainText() == "Kollegaens vurdering"
    assert not screen.assessment.stale_hint.isVisible()
    assert not screen.assessment.has_unsaved_changes()


def test_definition_edits_survive_a_refresh_and_a_stale_save_is_refused(screen, qtbot):
    db = screen.state.db
    _select(screen, "1.2")
    record = screen.current
    screen.tabs.setCurrentWidget(screen.form_tab)
    screen.form.name.selectAll()
    qtbot.keyClicks(screen.form.name, "Mit nye navn")
    screen.state.data_changed.emit()
    assert screen.form.name.text() == "Mit nye navn"
    assert not screen.form.stale_hint.isVisibleTo(screen.form)

    # Another user changes the definition: the edits stay, saving is refused.
    other = indicators.IndicatorInput(**{**screen.form.value().__dict__, "name": "Kollegaens navn"})
    indicators.update(db, record.id, other, record.version)
    screen.state.data_changed.emit()
    assert screen.form.name.text() == "Mit nye navn"
    assert screen.form.stale_hint.isVisibleTo(screen.form)
    qtbot.mouseClick(screen.save_form_button, Qt.MouseButton.LeftButton)
    assert screen.form.message.text().endswith(QCoreApplication.translate("Errors", STALE_INDICATOR))
    assert _indicator(db, "1.2").name == "Kollegaens navn"
    assert screen.form.name.text() == "Mit nye navn"

    qtbot.mouseClick(screen.form.stale_hint.reload_button, Qt.MouseButton.LeftButton)
    assert screen.form.name.text() == "Kollegaens navn"
    assert not screen.form.has_unsaved_changes()


def test_switching_indicator_with_unsaved_text_asks(screen, qtbot, answers):
    asked, replies = answers
    db = screen.state.db
    _select(screen, "1.2")
    first = screen.current.id
    _type_assessment(screen, qtbot, "Ikke gemt endnu")
    other = _indicator(db, "1.1")

    replies.append(QMessageBox.StandardButton.Cancel)
    screen.tree.setCurrentItem(screen.tree_item(other.id))  # as a click or arrow key does
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert screen.current.id == first
    assert screen.tree.currentItem() is screen.tree_item(first)
    assert screen.assessment.text.toPlainText() == "Ikke gemt endnu"

    replies.append(QMessageBox.StandardButton.Save)
    screen.tree.setCurrentItem(screen.tree_item(other.id))
    qtbot.waitUntil(lambda: screen.current.id == other.id)
    assert len(asked) == 2
    assert assessments.load(db, first, 2013).text == "Ikke gemt endnu"
    assert not screen.assessment.has_unsaved_changes()


def test_discard_when_switching_loads_the_other_indicator(screen, qtbot, answers):
    asked, replies = answers
    db = screen.state.db
    _select(screen, "1.2")
    first = screen.current.id
    _type_assessment(screen, qtbot, "Kasser mig")
    replies.append(QMessageBox.StandardButton.Discard)
    _select(screen, "1.1")  # e.g. opened from the overview
    assert len(asked) == 1
    assert assessments.load(db, first, 2013).text != "Kasser mig"
    assert "Kasser mig" not in screen.assessment.text.toPlainText()


def test_changing_the_report_year_with_unsaved_text_asks(main_window, screen, qtbot, answers):
    asked, replies = answers
    _select(screen, "1.2")
    _type_assessment(screen, qtbot, "Skrevet for 2013")
    replies.append(QMessageBox.StandardButton.Cancel)
    main_window.year_box.setValue(2012)
    assert len(asked) == 1
    assert main_window.state.report_year == 2013 and main_window.year_box.value() == 2013
    assert screen.assessment.text.toPlainText() == "Skrevet for 2013"


def test_closing_with_unsaved_assessment_asks_and_cancel_keeps_the_window(main_window, screen, qtbot, answers):
    asked, replies = answers
    _select(screen, "1.2")
    _type_assessment(screen, qtbot, "Lige ved at blive skrevet")
    main_window.show_screen("overview")
    replies.append(QMessageBox.StandardButton.Cancel)
    main_window.close()
    assert len(asked) == 1
    assert main_window.isVisible()
    assert main_window.current_screen_key() == "indicators"  # shows what the question is about
    assert screen.assessment.text.toPlainText() == "Lige ved at blive skrevet"

    replies.append(QMessageBox.StandardButton.Discard)
    main_window.close()
    assert not main_window.isVisible()


def test_closing_with_unsaved_follow_up_asks_and_cancel_keeps_the_window(main_window, qtbot, answers):
    asked, replies = answers
    main_window.show_screen("committees")
    tab = main_window.page("committees").follow_up
    qtbot.keyClicks(tab.note_edits[0], "En note")
    assert tab.is_dirty
    replies.append(QMessageBox.StandardButton.Cancel)
    main_window.close()
    assert len(asked) == 1
    assert main_window.isVisible() and tab.is_dirty
    assert "En note" in tab.note_edits[0].text()


def test_opening_another_database_with_unsaved_text_asks(main_window, screen, qtbot, answers, demo_db_path):
    asked, replies = answers
    db = main_window.state.db
    _select(screen, "1.2")
    _type_assessment(screen, qtbot, "Ikke vaek")
    replies.append(QMessageBox.StandardButton.Cancel)
    assert main_window.database_menu.open_path(str(demo_db_path)) is False
    assert len(asked) == 1
    assert main_window.state.db is db
    assert screen.assessment.text.toPlainText() == "Ikke vaek"
