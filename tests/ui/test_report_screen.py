"""The Rapport screen: export with progress, final editions, the e-mail draft."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QScrollArea

from barometer_desktop.ui.screens.report.checklist import ChecklistDialog
from tests import stored_values

REAL_CONFIRMED = ChecklistDialog.confirmed  # the fixture below stands in for it


@pytest.fixture
def screen(main_window):
    main_window.show_screen("report")
    screen = main_window.page("report")
    screen.open_file_calls = []
    screen.open_file = screen.open_file_calls.append
    return screen


@pytest.fixture(autouse=True)
def checklists(monkeypatch):
    """The checklists shown before a final edition; confirmed unless a test says otherwise."""
    shown = []
    monkeypatch.setattr(ChecklistDialog, "confirmed", lambda dialog: shown.append(dialog) or True)
    return shown


def _save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_screen_is_registered_and_follows_the_report_year(main_window, screen, qtbot):
    from PySide6.QtWidgets import QSpinBox

    assert main_window.current_screen_key() == "report"
    # No year box of its own: the toolbar's report year is the report's.
    assert screen.findChildren(QSpinBox) == []
    assert screen.year_label.text() == "Rapportår: 2013 (vælges i værktøjslinjen)"
    main_window.year_box.clear()
    qtbot.keyClicks(main_window.year_box, "2012")
    qtbot.keyClick(main_window.year_box, Qt.Key.Key_Return)
    assert main_window.state.report_year == 2012
    assert screen.year_label.text() == "Rapportår: 2012 (vælges i værktøjslinjen)"
    assert "2012" in screen.edition_label.text()


def test_recipients_show_whole_addresses_without_a_horizontal_scrollbar(screen, qtbot):
    committees = screen.committees_list
    # On the smallest desk the app supports (below it, the screen scrolls).
    screen.window().resize(1024, 700)
    qtbot.waitExposed(committees)
    qtbot.waitUntil(lambda: screen.window().width() == 1024)
    assert committees.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert committees.horizontalScrollBar().maximum() == 0
    texts = {committees.item(r).data(Qt.ItemDataRole.UserRole): committees.item(r).text()
             for r in range(committees.count())}
    assert "biu-sekretariat@example.kk.dk" in texts["BIU"]
    metrics = committees.fontMetrics()
    widest = max(metrics.horizontalAdvance(line) for text in texts.values() for line in text.splitlines())
    assert widest < committees.viewport().width()


def test_a_report_year_without_values_is_refused(main_window, screen, qtbot, monkeypatch, tmp_path):
    main_window.year_box.setValue(2030)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "status-2030.pdf"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a) or (str(target), "")))
    with qtbot.waitSignal(screen.export_failed, timeout=10_000) as blocker:
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert "Intet mål har en værdi for København fra 2028 til 2030" in blocker.args[0]
    assert asked == []  # refused before a file name was asked for
    assert screen.message_label.text() == blocker.args[0]
    assert not target.exists() and list(out.iterdir()) == []
    assert screen.open_file_calls == []


def test_export_draft_writes_and_opens_the_pdf(screen, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "status-2013.pdf"
    _save_as(monkeypatch, target)
    # Compare with Aarhus only.
    for row in range(screen.areas_list.count()):
        item = screen.areas_list.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.text() == "Aarhus" else Qt.CheckState.Unchecked)
    qtbot.keyClicks(screen.case_number, "2014-0099")
    with qtbot.waitSignal(screen.export_finished, timeout=60_000) as blocker:
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(target)]
    assert screen.open_file_calls == [target]
    text = _text(target)
    assert "2014-0099" in text and "UDKAST" in text
    assert "Aarhus" in text and "Aalborg" not in text
    assert str(target) in screen.message_label.text()
    assert screen.export_button.isEnabled()


def test_final_edition_then_changed_data_are_listed(screen, qtbot, monkeypatch, tmp_path, app_state):
    from barometer_desktop.domain.periods import Period
    from barometer_desktop.storage import catalog, observations

    _save_as(monkeypatch, tmp_path / "final.pdf")
    qtbot.mouseClick(screen.final_radio, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.export_finished, timeout=60_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert "Endelig udgave oprettet" in screen.edition_label.text()
    assert screen.changes_list.count() == 0

    db = app_state.db
    indicator = next(i for g in catalog.goals_with_indicators(db) for i in g.indicators if i.code == "1.1")
    main = next(a for a in catalog.areas(db) if a.is_main)
    row = next(r for r in observations.series(db, indicator.id, [main.id]) if r.period == Period.year_of(2013))
    stored_values.save(db, [observations.ObservationInput(
        indicator.id, main.id, row.period, 5.8, std_error=row.std_error, expected_version=row.version)])
    app_state.data_changed.emit()
    changes = [screen.changes_list.item(i).text() for i in range(screen.changes_list.count())]
    assert any("1.1" in c and "6,30" in c and "5,80" in c for c in changes)

    _save_as(monkeypatch, tmp_path / "reissued.pdf")
    with qtbot.waitSignal(screen.export_finished, timeout=60_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "reissued.pdf").read_bytes() == (tmp_path / "final.pdf").read_bytes()
    assert "Den endelige udgave blev genudgivet uændret som" in screen.message_label.text()


def test_cancelled_export_leaves_no_file(screen, qtbot, monkeypatch, tmp_path):
    from barometer_desktop.ui.screens.report import worker as report_worker

    target = tmp_path / "cancelled.pdf"
    _save_as(monkeypatch, target)
    original = report_worker.RenderThread._progress

    def cancel_midway(self, fraction):
        if fraction > 0.2:
            self.cancel()
        original(self, fraction)

    monkeypatch.setattr(report_worker.RenderThread, "_progress", cancel_midway)
    with qtbot.waitSignal(screen.export_failed, timeout=60_000) as blocker:
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "Eksporten blev annulleret; der blev ikke skrevet nogen fil."
    assert list(tmp_path.glob("cancelled*")) == []
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    assert screen.open_file_calls == []


def test_send_to_committee_writes_an_eml_draft_with_the_pdf(screen, qtbot, monkeypatch, tmp_path):
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    assert "Eksportér rapporten først" in screen.message_label.text()

    _save_as(monkeypatch, tmp_path / "status.pdf")
    screen.open_after.setChecked(False)
    with qtbot.waitSignal(screen.export_finished, timeout=60_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    # BIU is chosen by default; add TMU.
    for row in range(screen.committees_list.count()):
        item = screen.committees_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "TMU":
            item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(screen.email_written) as blocker:
        qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    eml = Path(blocker.args[0])
    assert screen.open_file_calls == [eml]
    assert screen.attachment_label.text() == "Vedhæftning: status.pdf (udkast 2013, Dansk)."
    parsed = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert parsed["X-Unsent"] == "1"
    assert "biu-sekretariat@example.kk.dk" in parsed["To"]
    assert "tmu-sekretariat@example.kk.dk" in parsed["To"]
    assert "oeu-sekretariat@example.kk.dk" not in parsed["To"]
    (attachment,) = parsed.iter_attachments()
    assert attachment.get_content() == (tmp_path / "status.pdf").read_bytes()


def test_export_failure_is_shown_on_the_screen(screen, qtbot, monkeypatch, tmp_path):
    _save_as(monkeypatch, tmp_path / "missing-folder" / "status.pdf")
    with qtbot.waitSignal(screen.export_failed, timeout=60_000) as blocker:
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert f"Mappen {tmp_path / 'missing-folder'} findes ikke" in blocker.args[0]
    assert blocker.args[0] == screen.message_label.text()


def test_an_english_final_edition_is_described_in_the_windows_danish(screen, qtbot, monkeypatch, tmp_path):
    import re

    screen.language_box.setCurrentIndex(screen.language_box.findData("en"))
    _save_as(monkeypatch, tmp_path / "final-en.pdf")
    qtbot.mouseClick(screen.final_radio, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.export_finished, timeout=60_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    label = screen.edition_label.text()
    assert "Endelig udgave oprettet" in label
    assert re.search(r"\d\d\.\d\d\.\d{4}", label), label  # not "25 Nov 2026"


def test_suggested_file_names_keep_editions_and_languages_apart(screen, qtbot, monkeypatch, tmp_path):
    offered = []

    def save_as(*args, **kwargs):
        offered.append(Path(args[2]))
        return str(tmp_path / "eksport" / "min-rapport.pdf"), ""

    (tmp_path / "eksport").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    with qtbot.waitSignal(screen.export_finished, timeout=60_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert offered[0].name == "statusrapport-2013-udkast.pdf"
    screen.final_radio.setChecked(True)
    screen.language_box.setCurrentIndex(screen.language_box.findData("en"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: offered.append(Path(a[2])) or ("", "")))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    # The folder of the last export, a final English edition.
    assert offered[1] == tmp_path / "eksport" / "statusrapport-2013-endelig-en.pdf"


def test_send_says_so_when_no_mail_program_opens_the_draft(screen, qtbot, monkeypatch, tmp_path):
    _save_as(monkeypatch, tmp_path / "status.pdf")
    screen.open_after.setChecked(False)
    with qtbot.waitSignal(screen.export_finished, timeout=60_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    screen.open_file = lambda path: False  # as QDesktopServices answers without a mail program
    with qtbot.waitSignal(screen.email_written):
        qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    assert "intet mailprogram åbnede det" in screen.message_label.text()
    assert (tmp_path / "status.eml").exists()


def test_a_final_edition_of_incomplete_data_needs_confirmation_and_stores_the_checklist(
    screen, qtbot, monkeypatch, tmp_path, app_state, checklists
):
    from PySide6.QtWidgets import QDialog

    from barometer_desktop.assembly.assemble_snapshot import assemble
    from barometer_desktop.assembly.checklist import MISSING_SAMPLE_SIZES, edition_checklist
    from barometer_desktop.report.snapshot_codec import from_json
    from barometer_desktop.storage import editions
    expected = edition_checklist(assemble(app_state.db, 2013))
    assert expected, "the demo year 2013 is incomplete"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a) or (str(tmp_path / "final.pdf"), "")))
    qtbot.mouseClick(screen.final_radio, Qt.MouseButton.LeftButton)

    # Cancelled: no file name asked for, no edition, nothing written.
    seen = []

    def cancel(dialog):
        seen.append(dialog)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # not without the tick
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ChecklistDialog, "confirmed", REAL_CONFIRMED)
    monkeypatch.setattr(ChecklistDialog, "exec", cancel)
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and asked == [] and editions.load_edition(app_state.db, 2013, "da") is None
    assert screen.message_label.text() == "Der blev ikke lavet nogen endelig udgave; intet blev skrevet."
    lines = [seen[0].tree.topLevelItem(i).text(0) for i in range(seen[0].tree.topLevelItemCount())]
    assert len(lines) == len(expected)

    # Confirmed explicitly: the edition keeps the checklist and prints its data status.
    def confirm(dialog):
        dialog.confirm.setChecked(True)
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChecklistDialog, "exec", confirm)
    with qtbot.waitSignal(screen.export_finished, timeout=60_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    stored = from_json(editions.load_edition(app_state.db, 2013, "da").snapshot)
    assert stored.data_status == expected
    text = _text(tmp_path / "final.pdf")
    assert "Datastatus" in text and "Ufuldstændig, da den endelige udgave blev lavet" in text
    if any(item.kind == MISSING_SAMPLE_SIZES for item in expected):
        assert "Surveyværdier uden stikprøvestørrelse" in text



def test_finals_of_every_language_are_shown_and_different_data_warned(screen, qtbot, monkeypatch, tmp_path, app_state):
    from barometer_desktop.domain.periods import Period
    from barometer_desktop.storage import catalog, observations

    _save_as(monkeypatch, tmp_path / "final-da.pdf")
    qtbot.mouseClick(screen.final_radio, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.export_finished, timeout=60_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    screen.language_box.setCurrentIndex(screen.language_box.findData("en"))
    # The Danish final is still shown while the form says English.
    assert screen.finals_label.text().startswith("Endelige udgaver af 2013: Dansk: lavet ")
    assert "ingen endelig udgave" in screen.edition_label.text()

    db = app_state.db
    indicator = next(i for g in catalog.goals_with_indicators(db) for i in g.indicators if i.code == "1.1")
    main = next(a for a in catalog.areas(db) if a.is_main)
    row = next(r for r in observations.series(db, indicator.id, [main.id]) if r.period == Period.year_of(2013))
    stored_values.save(db, [observations.ObservationInput(
        indicator.id, main.id, row.period, 5.8, std_error=row.std_error, expected_version=row.version)])
    app_state.data_changed.emit()
    _save_as(monkeypatch, tmp_path / "final-en.pdf")
    with qtbot.waitSignal(screen.export_finished, timeout=60_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    text = screen.finals_label.text()
    assert "Dansk: lavet" in text and "English: lavet" in text
    assert "⚠ De endelige udgaver er lavet på forskellige data" in text


def test_opening_the_pdf_after_export_says_so_when_no_program_opened_it(screen, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "udkast.pdf"
    _save_as(monkeypatch, target)
    screen.open_file = lambda path: False
    with qtbot.waitSignal(screen.export_finished, timeout=60_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    text = screen.message_label.text()
    assert str(target) in text and "Intet program åbnede den" in text

def test_export_refuses_a_file_that_is_not_a_pdf_before_rendering(screen, monkeypatch, tmp_path, qtbot):
    thesis = tmp_path / "speciale.pdf"  # a Word document saved under a .pdf name
    thesis.write_bytes(b"PK\x03\x04 four years of work")
    _save_as(monkeypatch, thesis)
    with qtbot.waitSignal(screen.export_failed, timeout=5_000) as blocker:
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert "speciale.pdf findes allerede og er ikke en PDF-fil" in blocker.args[0]
    assert thesis.read_bytes() == b"PK\x03\x04 four years of work"
    assert screen.export_button.isEnabled()  # nothing is rendering
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".barometer", "speciale"))) == [
        "speciale.pdf"
    ]


def test_every_recipient_is_in_view_at_1366x768(main_window, screen, qtbot):
    """The seven committees' list was cut after six and a half (the last one, BIU, behind its edge)."""
    main_window.setGeometry(0, 0, 1366, 768)
    main_window.show()
    qtbot.waitExposed(main_window)
    recipients = screen.committees_list
    assert recipients.count() == 7
    # The list lays its items out on a later turn of the event loop.
    qtbot.waitUntil(lambda: recipients.verticalScrollBar().maximum() == 0, timeout=3000)
    viewport = recipients.viewport().rect()
    for row in range(recipients.count()):
        assert viewport.contains(recipients.visualItemRect(recipients.item(row))), recipients.item(row).text()
    # ... without the page scrolling to show them.
    page_scroll = screen.findChild(QScrollArea, "report_scroll")
    assert page_scroll.verticalScrollBar().maximum() == 0
