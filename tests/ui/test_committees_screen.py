"""The Udvalg screen, driven through its widgets on a fresh demo database (report year 2013)."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from barometer_desktop.domain.periods import Period
from barometer_desktop.domain.types import FollowUpStatus
from barometer_desktop.storage import (
    action_plans,
    catalog,
    committees,
    follow_up,
    observations,
    settings_store,
)
from barometer_desktop.storage.observations import ObservationInput
from barometer_desktop.ui.screens.committees.decisions import DecisionDialog
from barometer_desktop.ui.screens.committees.plan_dialogs import EndDialog, GoalDialog
from tests import stored_values


@pytest.fixture
def screen(main_window):
    main_window.show_screen("committees")
    return main_window.page("committees")


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def launched(monkeypatch):
    calls = []
    monkeypatch.setattr("barometer_desktop.ui.open_document.launch", lambda url: calls.append(url) or True)
    return calls


def _committee_id(db, short):
    return next(c.id for c in committees.committees(db) if c.short_name == short)


def _badge(main_window) -> str:
    return main_window.screen_title("committees")


def test_record_a_committees_year_through_the_screen(main_window, screen, qtbot):
    db = main_window.state.db
    assert _badge(main_window).endswith("(4)")  # SUU-2, BIU-2, SOU's and TMU's reports
    tab = screen.follow_up
    screen.show_tab(tab)
    tab.committee_box.setCurrentIndex(tab.committee_box.findData(_committee_id(db, "TMU")))
    assert len(tab.status_boxes) == 2 and tab.received.text() == ""

    qtbot.keyClicks(tab.received, "20.03.2014")
    assert tab.late_label.text().startswith("▼ For sent")
    qtbot.keyClicks(tab.report_link.edit, "https://www.example.kk.dk/redegoerelser/tmu-2013.pdf")
    qtbot.keyClick(tab.status_boxes[0], Qt.Key.Key_Down)  # followed up
    for _ in range(3):
        qtbot.keyClick(tab.status_boxes[1], Qt.Key.Key_Down)  # not followed up
    qtbot.keyClicks(tab.note_edits[0], "Belysning i tre områder")
    qtbot.keyClicks(tab.note_edits[1], "Ikke omtalt")
    assert tab.is_dirty

    with qtbot.waitSignal(main_window.state.data_changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    stored = follow_up.committee_year(db, _committee_id(db, "TMU"), 2013)
    assert stored.report.received_on == date(2014, 3, 20)
    assert stored.report.document_link.endswith("tmu-2013.pdf")
    assert [(line.status, line.note) for line in stored.lines] == [
        (FollowUpStatus.FOLLOWED_UP, "Belysning i tre områder"),
        (FollowUpStatus.NOT_FOLLOWED_UP, "Ikke omtalt"),
    ]
    assert not tab.is_dirty
    # TMU's report has arrived, but one of its goals is not followed up: still 4.
    assert _badge(main_window).endswith("(4)")
    screen.show_tab(screen.missing)
    tmu = next(g for g in screen.missing.groups if g.committee == "TMU")
    assert not tmu.report_missing and [g.text for g in tmu.not_followed_up] == [stored.lines[1].text]


def test_save_and_next_moves_on_and_a_bad_link_stores_nothing(main_window, screen, qtbot, warnings, launched):
    db = main_window.state.db
    tab = screen.follow_up
    screen.show_tab(tab)
    first = tab.committee_box.currentData()
    before = follow_up.committee_year(db, first, 2013)
    qtbot.keyClick(tab.status_boxes[0], Qt.Key.Key_Down)
    tab.report_link.edit.clear()
    qtbot.keyClicks(tab.report_link.edit, "javascript:alert(1)")
    qtbot.mouseClick(tab.save_next_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "javascript:alert(1)" in warnings[0] and warnings[0].startswith("Dokument:")
    assert follow_up.committee_year(db, first, 2013) == before
    assert tab.committee_box.currentData() == first and tab.is_dirty

    tab.report_link.set_text(before.report.document_link)
    qtbot.mouseClick(tab.save_next_button, Qt.MouseButton.LeftButton)
    assert tab.committee_box.currentIndex() == 1
    assert follow_up.committee_year(db, first, 2013).lines[0].status is FollowUpStatus.PARTLY
    assert launched == []


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", r"C:\Windows\System32\calc.exe", "EXE", "SYMLINK", "SCRIPT", "PERCENT"]
)
def test_a_refused_link_is_never_launched(screen, qtbot, warnings, launched, link, tmp_path):
    if link == "EXE":
        program = tmp_path / "setup.exe"
        program.write_bytes(b"MZ")
        link = str(program)
    if link in ("SYMLINK", "SCRIPT"):
        # Issue 12: the name says pdf, what is there is a program.
        script = tmp_path / ("report.pdf" if link == "SCRIPT" else "tool")
        script.write_text("#!/bin/sh\necho owned\n")
        script.chmod(0o755)
        if link == "SYMLINK":
            (tmp_path / "sym.pdf").symlink_to(script)
            script = tmp_path / "sym.pdf"
        link = str(script)
    if link == "PERCENT":
        (tmp_path / "evil.exe").write_bytes(b"MZ")
        (tmp_path / "evil.exe%20.pdf").write_bytes(b"%PDF-1.4")
        link = str(tmp_path / "evil.exe%20.pdf")
    field = screen.follow_up.report_link
    field.set_text(link)
    qtbot.mouseClick(field.open_button, Qt.MouseButton.LeftButton)
    assert launched == []
    assert len(warnings) == 1 and link in warnings[0]


def test_a_web_address_or_document_is_opened_with_the_system_handler(screen, qtbot, launched, tmp_path):
    field = screen.follow_up.report_link
    assert field.text().startswith("https://")
    qtbot.mouseClick(field.open_button, Qt.MouseButton.LeftButton)
    document = tmp_path / "redegørelse.pdf"
    document.write_bytes(b"%PDF-1.4")
    field.set_text(str(document))
    qtbot.mouseClick(field.open_button, Qt.MouseButton.LeftButton)
    assert [url.scheme() for url in launched] == ["https", "file"]
    assert launched[1].toLocalFile() == str(document)


def test_goal_without_follow_up_shows_in_missing_list_and_badge(main_window, screen, qtbot, monkeypatch):
    db = main_window.state.db
    plans = screen.plans
    screen.show_tab(plans)
    plans.select_committee("ØU")

    def fill_and_accept(dialog):
        dialog.text_edit.setPlainText("Flere borgere med minoritetsbaggrund i kommunens råd og nævn.")
        dialog.goal_list.item(5).setCheckState(Qt.CheckState.Checked)  # goal 6
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(GoalDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(main_window.state.data_changed):
        qtbot.mouseClick(plans.add_goal_button, Qt.MouseButton.LeftButton)
    goal = action_plans.action_plans(db, _committee_id(db, "ØU"))[0].goals[-1]
    assert goal.policy_goal_numbers == (6,)
    assert plans.goal_table.rowCount() == 3

    assert _badge(main_window).endswith("(5)")
    screen.show_tab(screen.missing)
    assert goal.id in screen.missing.missing_goal_ids()
    assert "råd og nævn" in screen.missing.missing_list.toPlainText()
    assert "råd og nævn" in screen.missing.notice.toPlainText()


def test_bad_input_names_the_field_and_stores_nothing(main_window, screen, qtbot, monkeypatch, warnings):
    db = main_window.state.db
    plans = screen.plans
    screen.show_tab(plans)
    plans.select_committee("BUU")
    before = committees.committees(db)
    plans.emails_edit.setText("buu@kk.dk, buu-sekretariat kk.dk")
    qtbot.mouseClick(plans.save_committee_button, Qt.MouseButton.LeftButton)
    assert "buu-sekretariat kk.dk" in warnings[-1] and warnings[-1].startswith("E-mailadresser til kontakt:")
    assert committees.committees(db) == before

    plans_before = action_plans.action_plans(db, _committee_id(db, "BUU"))
    monkeypatch.setattr(GoalDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)  # empty text
    qtbot.mouseClick(plans.add_goal_button, Qt.MouseButton.LeftButton)
    assert warnings[-1].startswith("Mål:") and len(warnings) == 2

    plans.plan_link.set_text("/usr/bin/python3")
    qtbot.mouseClick(plans.save_plan_button, Qt.MouseButton.LeftButton)
    assert warnings[-1].startswith("Dokument:") and "/usr/bin/python3" in warnings[-1]
    assert action_plans.action_plans(db, _committee_id(db, "BUU")) == plans_before


def test_ending_a_goal_keeps_its_earlier_follow_ups(main_window, screen, qtbot, monkeypatch):
    db = main_window.state.db
    plans = screen.plans
    screen.show_tab(plans)
    plans.select_committee("BIU")
    plans.goal_table.selectRow(1)  # BIU-2, not followed up in 2013
    ended = plans.selected_goal()
    assert "diskrimination" in ended.text
    monkeypatch.setattr(EndDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(EndDialog, "value", lambda dialog: date(2013, 12, 31))
    with qtbot.waitSignal(main_window.state.data_changed):
        qtbot.mouseClick(plans.end_goal_button, Qt.MouseButton.LeftButton)
    assert "31.12.2013" in plans.goal_table.item(1, 2).text()

    biu = _committee_id(db, "BIU")
    history = {
        year: next(line for line in follow_up.committee_year(db, biu, year).lines if line.goal_id == ended.id).status
        for year in (2011, 2012, 2013)
    }
    assert history == {
        2011: FollowUpStatus.FOLLOWED_UP, 2012: FollowUpStatus.FOLLOWED_UP, 2013: FollowUpStatus.NOT_FOLLOWED_UP,
    }
    assert ended.id not in [line.goal_id for line in follow_up.committee_year(db, biu, 2014).lines]
    # Still in force in 2013, so still missing there.
    screen.show_tab(screen.missing)
    assert ended.id in screen.missing.missing_goal_ids()


def test_biu_notice_names_the_right_committees_and_can_be_copied_and_saved(screen, qtbot, monkeypatch, tmp_path):
    missing = screen.missing
    screen.show_tab(missing)
    text = missing.notice.toPlainText()
    lines = text.splitlines()
    assert "Sundheds- og Omsorgsudvalget (SUU):" in lines
    assert "Beskæftigelses- og Integrationsudvalget (BIU):" in lines
    assert "- Socialudvalget (SOU)" in lines and "- Teknik- og Miljøudvalget (TMU)" in lines
    for absent in ("(ØU)", "(BUU)", "(KFU)"):
        assert absent not in text
    assert len([line for line in lines if line.startswith("- ")]) == 4

    qtbot.mouseClick(missing.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == text

    target = tmp_path / "notits"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(missing.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "notits.txt"
    assert saved.read_text(encoding="utf-8") == text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".notits")] == []


def test_candidates_follow_from_worsened_indicators_and_missing_follow_up(main_window, screen, qtbot):
    db = main_window.state.db
    decisions = screen.decisions
    screen.show_tab(decisions)
    proposed = {row.committee.short_name: row.candidate for row in decisions.rows}
    assert proposed["ØU"] is None
    # SUU's report arrived but two goals have nothing recorded: the secretariat's gap,
    # said apart and never a reason to ask SUU for more.
    assert proposed["SUU"] is None
    suu = [row.committee.short_name for row in decisions.rows].index("SUU")
    assert "endnu ikke registreret af sekretariatet" in decisions.table.item(suu, 1).text()
    assert proposed["BUU"].reasons == ("indicator_worsened",)  # goal 1 has a worsened indicator
    # BIU's goals went down only within the surveys' margin of error: unchanged under the default
    # significance policy, so only the missing follow-up counts (with "marked", see below, it is worsened).
    assert proposed["BIU"].reasons == ("missing_follow_up",)
    assert proposed["KFU"] is None  # its goal serving goal 1 ended in 2012

    # Excess unemployment (goal 2, served by ØU's plan) going the wrong way makes ØU a candidate.
    indicator = next(i for i in catalog.indicators(db) if i.code == "2.1")
    area = next(a for a in catalog.areas(db) if a.is_main)
    current = next(r for r in observations.series(db, indicator.id, [area.id]) if r.period == Period.year_of(2013))
    stored_values.save(db, [ObservationInput(indicator.id, area.id, current.period, current.value + 5, expected_version=current.version)])
    with qtbot.waitSignal(main_window.state.data_changed):
        main_window.state.data_changed.emit()
    proposed = {row.committee.short_name: row.candidate for row in decisions.rows}
    assert proposed["ØU"].reasons == ("indicator_worsened",) and 2 in proposed["ØU"].goal_numbers

    settings_store.save(db, {settings_store.SIGNIFICANCE_POLICY: "marked"})
    with qtbot.waitSignal(main_window.state.data_changed):
        main_window.state.data_changed.emit()
    proposed = {row.committee.short_name: row.candidate for row in decisions.rows}
    assert proposed["BIU"].reasons == ("missing_follow_up", "indicator_worsened")


def test_confirm_and_dismiss_candidates(main_window, screen, qtbot, monkeypatch):
    db = main_window.state.db
    decisions = screen.decisions
    screen.show_tab(decisions)
    decisions.select_committee("TMU")

    def accept(dialog):
        assert "Teknik- og Miljøudvalget" in dialog.recommendation.toPlainText()  # drafted
        dialog.revision.setChecked(True)
        dialog.decided_on.setDate(QDate(2014, 4, 28))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DecisionDialog, "exec", accept)
    with qtbot.waitSignal(main_window.state.data_changed):
        qtbot.mouseClick(decisions.confirm_button, Qt.MouseButton.LeftButton)
    decisions.select_committee("BUU")
    with qtbot.waitSignal(main_window.state.data_changed):
        qtbot.mouseClick(decisions.dismiss_button, Qt.MouseButton.LeftButton)

    stored = {d.committee: d for d in committees.follow_up_year(db, 2013).decisions}
    tmu = stored["TMU"]
    assert (tmu.status, tmu.reason, tmu.supplementary_report_requested, tmu.plan_revision_requested) == (
        "confirmed", "missing_follow_up", True, True,
    )
    assert tmu.decided_on == date(2014, 4, 28) and "Borgerrepræsentationen" in tmu.recommendation
    assert stored["BUU"].status == "dismissed" and stored["BUU"].reason == "indicator_worsened"
    row_texts = {r.committee.short_name: decisions.table.item(i, 2).text() for i, r in enumerate(decisions.rows)}
    assert row_texts["TMU"].startswith("✔") and row_texts["BUU"].startswith("✘")


def test_report_year_change_reloads_the_follow_up(main_window, screen, qtbot):
    tab = screen.follow_up
    screen.show_tab(tab)
    tab.committee_box.setCurrentIndex(tab.committee_box.findData(_committee_id(main_window.state.db, "KFU")))
    assert len(tab.status_boxes) == 1  # KFU-2 ended in 2012
    main_window.year_box.setValue(2012)
    assert len(tab.status_boxes) == 2 and "2012" in tab.title.text()


def test_deadline_setting_is_stored_and_shown(main_window, screen, qtbot):
    from barometer_desktop.storage import settings_store

    missing = screen.missing
    screen.show_tab(missing)
    assert "01.03.2014" in missing.summary.text()
    missing.deadline_edit.setDate(QDate(2001, 3, 15))
    with qtbot.waitSignal(main_window.state.data_changed):
        qtbot.mouseClick(missing.deadline_save, Qt.MouseButton.LeftButton)
    assert main_window.state.db.setting(settings_store.FOLLOW_UP_DEADLINE) == "03-15"
    assert "15.03.2014" in missing.summary.text()


def test_a_pasted_text_is_not_stored_as_a_link(main_window, screen, qtbot, warnings):
    """A 5 MB "link" is refused with its length and the limit, and nothing is stored."""
    tab = screen.follow_up
    db = main_window.state.db
    before = follow_up.committee_year(db, tab.committee_box.currentData(), 2013)
    tab.report_link.set_text("https://kk.dk/" + "x" * 5_000_000)
    tab.report_link.changed.emit()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    # (A line edit holds at most 32,767 characters; the storage test sends 5 MB.)
    assert len(warnings) == 1 and warnings[0].startswith("Dokument: Linket er 32.767 tegn langt; et link må højst have 2.000.")
    assert follow_up.committee_year(db, tab.committee_box.currentData(), 2013) == before


def test_plan_dates_are_typed_never_defaulted_to_today(main_window, screen, qtbot, warnings):
    """An action plan's adopted/ended dates start empty when none is stored; what is typed is stored."""
    db = main_window.state.db
    plans = screen.plans
    screen.show_tab(plans)
    plans.select_committee("SUU")
    stored = action_plans.action_plans(db, _committee_id(db, "SUU"))[0]
    action_plans.update_plan(
        db, stored.id, adopted_on=None, document_link=stored.document_link, ended_on=None,
        expected_version=stored.version,
    )
    main_window.state.data_changed.emit()
    today = date.today().strftime("%d.%m.%Y")
    assert plans.adopted.text() == "" and plans.plan_ended.text() == ""
    assert today not in (plans.adopted.text(), plans.plan_ended.text())
    plans.adopted.setFocus()
    qtbot.keyClicks(plans.adopted, "15.06.2011")
    qtbot.mouseClick(plans.save_plan_button, Qt.MouseButton.LeftButton)
    plan = action_plans.action_plans(db, _committee_id(db, "SUU"))[0]
    assert (plan.adopted_on, plan.ended_on) == (date(2011, 6, 15), None)
    assert warnings == []
    assert plans.adopted.text() == "15.06.2011" and plans.plan_ended.text() == ""


def test_a_plan_date_that_is_not_a_date_names_the_field_and_stores_nothing(main_window, screen, qtbot, warnings):
    db = main_window.state.db
    plans = screen.plans
    screen.show_tab(plans)
    plans.select_committee("BUU")
    before = action_plans.action_plans(db, _committee_id(db, "BUU"))
    plans.plan_ended.setText("31.13.2014")
    qtbot.mouseClick(plans.save_plan_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and warnings[0].startswith("Afsluttet den:") and "31.13.2014" in warnings[0]
    assert action_plans.action_plans(db, _committee_id(db, "BUU")) == before


def test_ending_a_goal_asks_for_the_date_instead_of_assuming_today(main_window, qtbot):
    goal = action_plans.action_plans(main_window.state.db, _committee_id(main_window.state.db, "BIU"))[0].goals[0]
    dialog = EndDialog(main_window, goal)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.text() == ""
    dialog.accept()  # nothing typed: the dialog stays open and says what is missing
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.problem.isHidden()
    qtbot.keyClicks(dialog.date_edit, "31.12.2014")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value() == date(2014, 12, 31)


def test_the_policy_period_is_not_cut_at_1024x700_in_english(qtbot, qapp, demo_db):
    """English form labels are wider: the wrapped period line got one line's height and was cut."""
    from barometer_desktop.ui.main_window import MainWindow
    from barometer_desktop.ui.state import AppState
    from barometer_desktop.ui.translation import install_translators

    install_translators(qapp, "en")
    try:
        window = MainWindow(AppState(demo_db, 2013))
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "confirm_leave_all", lambda: True))
        window.setGeometry(0, 0, 1024, 700)
        window.show()
        window.show_screen("committees")
        screen = window.page("committees")
        plans = screen.plans
        screen.show_tab(plans)
        plans.select_committee("ØU")
        qtbot.waitExposed(window)
        label = plans.period_label
        assert "Integrationspolitik" in label.text()
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        qtbot.waitUntil(lambda: label.height() >= needed and label.width() >= label.minimumSizeHint().width(), timeout=3000)
    finally:
        install_translators(qapp, "da")
