"""The first window opens on a database and lists goals and indicators."""

from PySide6.QtCore import QSettings


def test_main_window_lists_every_goal_and_indicator(main_window):
    main_window.show_screen("indicators")
    tree = main_window.page("indicators").tree
    assert tree.topLevelItemCount() == 8
    first_goal = tree.topLevelItem(0)
    assert "Flere unge styrket ud af folkeskolen" in first_goal.text(0)
    codes = [
        tree.topLevelItem(g).child(i).text(0).split()[0]
        for g in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(g).childCount())
    ]
    assert codes == ["1.1", "1.2", "1.3", "2.1", "3.1", "4.1", "5.1", "6.1", "7.1", "8.1"]


def test_status_bar_shows_database_and_demo_mark(main_window, demo_db_path):
    assert main_window.database_label.text() == str(demo_db_path)
    assert main_window.demo_label.isVisible()
    assert "Integrationsbarometer" in main_window.windowTitle()


def test_report_year_selector_drives_shared_state(main_window, qtbot):
    with qtbot.waitSignal(main_window.state.report_year_changed) as blocker:
        main_window.year_box.setValue(2012)
    assert blocker.args == [2012]
    assert main_window.state.report_year == 2012


def test_window_geometry_and_screen_are_remembered(main_window):
    main_window.resize(900, 650)
    main_window.close()
    settings = QSettings()
    assert not settings.value("main_window/geometry").isEmpty()
    assert settings.value("main_window/screen") == "start"  # the start page, Årshjulet, comes first

