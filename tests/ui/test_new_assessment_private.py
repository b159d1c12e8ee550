"""A new assessment is not public until someone ticks it (issue 15)."""

from PySide6.QtCore import Qt

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.storage import assessments


def test_a_new_assessment_is_not_public_by_default(main_window, qtbot):
    db = main_window.state.db
    unwritten = next(
        i for g in assemble(db, 2013).goals for i in g.indicators if not i.assessment.strip()
    )
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    qtbot.waitUntil(lambda: screen.chart is not None)
    screen.select_indicator(unwritten.id)
    screen.tabs.setCurrentWidget(screen.assessment)
    assert not screen.assessment.public.isChecked()
    screen.assessment.text.setPlainText("Et første udkast.")
    qtbot.mouseClick(screen.assessment.save_button, Qt.MouseButton.LeftButton)
    stored = assessments.load(db, unwritten.id, 2013)
    assert (stored.text, stored.is_public) == ("Et første udkast.", False)
