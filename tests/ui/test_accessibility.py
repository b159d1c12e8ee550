"""The whole app, walked as a keyboard and screen-reader user meets it (issue 20).

Every screen and tab of the main window and every dialog: each interactive
widget has an accessible name, each label that introduces a field reaches
it, no mnemonic is used twice in what is visible at once, and Tab reaches
every enabled control and comes back to the start.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from tests.ui.a11y_walk import audit, views_that_trap


def _states(window, page):
    """Yield a label for each state of `page` worth auditing: each tab of its tab widgets."""
    tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(window)]
    if not tab_widgets:
        yield ""
        return
    tabs = tab_widgets[0]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield tabs.tabText(index)


def _activate(qtbot, window) -> None:
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


@pytest.mark.parametrize(
    "key", ["overview", "indicators", "entry", "missing", "committees", "report", "import"]
)
def test_every_screen_is_named_labelled_and_keyboard_complete(qtbot, main_window, key):
    _activate(qtbot, main_window)
    main_window.show_screen(key)
    page = main_window.page(key)
    QApplication.processEvents()
    problems = []
    for state in _states(main_window, page):
        problems += [f"[{key} {state}] {line}" for line in audit(main_window)]
    assert problems == [], "\n".join(problems)


def test_no_view_takes_tab_for_itself(main_window):
    for key in ("overview", "indicators", "entry", "missing", "committees", "report", "import"):
        main_window.show_screen(key)
    assert views_that_trap(main_window) == []


def _dialog_factories(main_window):
    from barometer_desktop.storage import action_plans, committees
    from barometer_desktop.ui.about_dialog import AboutDialog
    from barometer_desktop.ui.first_start import FirstStartDialog
    from barometer_desktop.ui.help_dialog import HelpDialog
    from barometer_desktop.ui.screens.committees.decisions import DecisionDialog, DecisionRow
    from barometer_desktop.ui.screens.committees.plan_dialogs import EndDialog, GoalDialog
    from barometer_desktop.ui.screens.indicators.areas_dialog import AreasDialog
    from barometer_desktop.ui.screens.indicators.goals_dialog import GoalsDialog
    from barometer_desktop.ui.screens.statbank.fetch_dialog import StatBankFetchDialog
    from barometer_desktop.ui.settings_dialog import SettingsDialog

    state = main_window.state
    committee = committees.committees(state.db)[0]
    plan = next(p for c in committees.committees(state.db) for p in action_plans.action_plans(state.db, c.id) if p.goals)
    goal = plan.goals[0]
    policy_goals = [(1, 1, "Flere unge styrket ud af folkeskolen"), (2, 2, "Flere i arbejde")]
    return {
        "settings": lambda: SettingsDialog(state, main_window),
        "about": lambda: AboutDialog(state, main_window),
        "help": lambda: HelpDialog(main_window),
        "goal": lambda: GoalDialog(main_window, policy_goals, goal),
        "end_goal": lambda: EndDialog(main_window, goal),
        "decision": lambda: DecisionDialog(main_window, DecisionRow(committee, None, None), state.report_year),
        "areas": lambda: AreasDialog(state, main_window),
        "goals": lambda: GoalsDialog(state, main_window),
        "first_start": lambda: FirstStartDialog(Path(state.db.location.path).with_name("ny.sqlite"), main_window),
        "statbank_fetch": lambda: StatBankFetchDialog(state, None, main_window),
    }


@pytest.mark.parametrize(
    "name", ["settings", "about", "help", "goal", "end_goal", "decision", "areas", "goals", "first_start",
             "statbank_fetch"]
)
def test_every_dialog_is_named_labelled_and_keyboard_complete(qtbot, main_window, name):
    dialog = _dialog_factories(main_window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    _activate(qtbot, dialog)
    problems = audit(dialog)
    dialog.close()
    assert problems == [], "\n".join(problems)


def test_mnemonics_are_unique_in_english_too(qtbot, qapp, app_state):
    """The letters come from the catalogue: the English one must not clash either."""
    from barometer_desktop.ui.main_window import MainWindow
    from barometer_desktop.ui.settings_dialog import SettingsDialog
    from barometer_desktop.ui.translation import install_translators
    from tests.ui.a11y_walk import duplicate_mnemonics

    install_translators(qapp, "en")
    try:
        window = MainWindow(app_state)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "confirm_leave_all", lambda: True))
        window.show()
        clashes = {}
        for key in ("overview", "indicators", "entry", "missing", "committees", "report", "import"):
            window.show_screen(key)
            for state in _states(window, window.page(key)):
                for letter, users in duplicate_mnemonics(window).items():
                    clashes[f"{key} {state} Alt+{letter}"] = users
        dialog = SettingsDialog(app_state, window)
        qtbot.addWidget(dialog)
        dialog.show()
        for letter, users in duplicate_mnemonics(dialog).items():
            clashes[f"settings Alt+{letter}"] = users
        dialog.close()
    finally:
        install_translators(qapp, "da")
    assert clashes == {}
