"""The report screen's language choice, and the e-mail draft after a later export that failed."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from barometer_desktop.ui.screens.report.checklist import ChecklistDialog


@pytest.fixture
def window_in(qtbot, app_state):
    """A main window built in the given language, as after a restart; Danish again afterwards."""
    from barometer_desktop.ui.main_window import MainWindow
    from barometer_desktop.ui.translation import install_translators

    def build(lang: str):
        install_translators(QApplication.instance(), lang)
        window = MainWindow(app_state)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "confirm_leave_all", lambda: True))
        window.show()
        qtbot.waitExposed(window)
        window.show_screen("report")
        return window.page("report")

    yield build
    install_translators(QApplication.instance(), "da")


@pytest.mark.parametrize("lang", ["en", "da"])
def test_the_report_language_is_the_windows_by_default(window_in, lang):
    screen = window_in(lang)
    assert screen.language_box.currentData() == lang
    assert screen.options.language() == lang
    # The final-edition box speaks of the report in that language.
    assert screen.edition_label.text() == {
        "en": "The 2013 report has no final edition yet.",
        "da": "Rapporten for 2013 har endnu ingen endelig udgave.",
    }[lang]


def test_the_english_windows_suggested_file_has_no_language_suffix(window_in, monkeypatch):
    screen = window_in("en")
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: offered.append(Path(a[2])) or ("", "")))
    screen.export_button.click()
    # An English report from an English window: no "-en" (that marks the other language).
    assert offered and offered[0].name == "status-report-2013-draft.pdf"


def test_the_email_describes_the_exported_pdf_after_a_later_export_was_cancelled(
    main_window, qtbot, monkeypatch, tmp_path
):
    """The e-mail used to take year, language, edition and case number from the last export
    started, not from the PDF it attaches: a cancelled English final made the draft of a
    Danish draft PDF English, with the final's case number."""
    from barometer_desktop.ui.screens.report import worker as report_worker

    main_window.show_screen("report")
    screen = main_window.page("report")
    screen.open_file = lambda path: None
    monkeypatch.setattr(ChecklistDialog, "confirmed", lambda dialog: True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "udkast.pdf"), "")))
    screen.open_after.setChecked(False)
    with qtbot.waitSignal(screen.export_finished, timeout=60_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)

    # A final English edition with a case number, cancelled while it renders: nothing written.
    screen.language_box.setCurrentIndex(screen.language_box.findData("en"))
    screen.final_radio.setChecked(True)
    qtbot.keyClicks(screen.case_number, "2014-0777")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "final.pdf"), "")))
    original = report_worker.RenderThread._progress

    def cancel_midway(self, fraction):
        if fraction > 0.2:
            self.cancel()
        original(self, fraction)

    monkeypatch.setattr(report_worker.RenderThread, "_progress", cancel_midway)
    with qtbot.waitSignal(screen.export_failed, timeout=60_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "final.pdf").exists()

    with qtbot.waitSignal(screen.email_written) as blocker:
        qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    parsed = email.message_from_bytes(Path(blocker.args[0]).read_bytes(), policy=email.policy.default)
    # The Danish draft's own e-mail: Danish, a draft, no case number.
    assert parsed["Subject"] == "Integrationsbarometret — statusrapport 2013 (udkast)"
    (attachment,) = parsed.iter_attachments()
    assert attachment.get_filename() == "udkast.pdf"
    body = parsed.get_body(("plain",)).get_content()
    assert "udkast" in body and "2014-0777" not in parsed["Subject"]
    assert screen.attachment_label.text() == "Vedhæftning: udkast.pdf (udkast 2013, Dansk)."


@pytest.mark.parametrize(("lang", "country", "removed"), [("en", "Whole country", "removed"), ("da", "Hele landet", "fjernet")])
def test_a_change_to_the_countrys_values_is_described_with_the_windows_word(window_in, app_state, lang, country, removed):
    from dataclasses import replace

    from barometer_desktop.assembly.assemble_snapshot import assemble
    from barometer_desktop.report.changes import changes_since

    frozen = assemble(app_state.db, 2013)
    goal, indicator = frozen.goals[0], frozen.goals[0].indicators[0]
    # Today's data lack the country's newest value of the goal's first indicator.
    series = tuple(replace(s, points=s.points[:-1]) if s.is_country else s for s in indicator.series)
    fresh = replace(frozen, goals=(
        replace(goal, indicators=(replace(indicator, series=series), *goal.indicators[1:])), *frozen.goals[1:]))
    (change,) = [c for c in changes_since(frozen, fresh) if c.kind == "value_removed"]
    assert change.is_country and change.area == "Hele landet"  # the data's name
    screen = window_in(lang)
    text = screen.edition.describe(change)
    assert text.startswith(f"{indicator.code} {country} 2013: ") and text.endswith(removed), text


def test_a_changed_development_is_worded_as_every_screen_words_it(window_in):
    from barometer_desktop.report.changes import Change

    screen = window_in("da")
    change = Change("trend_changed", "1.3", "", "", "no_direction", "improved")
    assert screen.edition.describe(change) == "1.3: udviklingen var ingen retning (kontekstindikator), nu forbedret"
