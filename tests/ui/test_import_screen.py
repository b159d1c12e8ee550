"""The Import screen: preview, mapping, check, import; the mapping is remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import catalog, import_mappings, observations


def _value(db, code: str, area: str, year: int):
    indicator = next(i for i in catalog.indicators(db) if i.code == code)
    area_id = next(a.id for a in catalog.areas(db) if a.name == area)
    found = [r for r in observations.series(db, indicator.id, [area_id]) if r.period == Period.year_of(year)]
    return found[0].value if found else None


def test_preview_map_check_and_import(main_window, qtbot, monkeypatch, tmp_path: Path):
    state = main_window.state
    first = tmp_path / "BEF-2014.csv"
    first.write_text("område;2013;2014\nKøbenhavn;66,5;67,0\nOdense;..;60,5\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(first), ""))

    main_window.file_actions.import_action.trigger()
    screen = main_window.page("import")
    assert main_window.current_screen_key() == "import"
    assert screen.preview.rowCount() == 2
    assert screen.preview.horizontalHeaderItem(0).text() == "område\n→ Område"
    assert screen.wide_check.isChecked()

    # Without an indicator the check says which dimension is missing.
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert "angiv, hvilken kolonne der indeholder indikator." in screen.report.toPlainText()

    screen.fixed_indicator.setCurrentIndex(screen.fixed_indicator.findData("1.2"))
    qtbot.keyClicks(screen.mapping_name, "Befolkningsundersøgelse")
    before = _value(state.db, "1.2", "København", 2013)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert "Prøvekørsel af BEF-2014.csv: intet blev skrevet." in screen.report.toPlainText()
    assert _value(state.db, "1.2", "København", 2013) == before

    with qtbot.waitSignal(state.data_changed):
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert "BEF-2014.csv er importeret." in screen.report.toPlainText()
    assert _value(state.db, "1.2", "København", 2013) == 66.5
    assert _value(state.db, "1.2", "Odense", 2014) == 60.5
    # Remembered under the name and for the file's shape, as the next import looks it up.
    remembered = import_mappings.by_name(state.db, "Befolkningsundersøgelse")
    assert remembered is not None
    assert import_mappings.for_shape(state.db, remembered.shape) == remembered

    # Next year's file of the same shape gets the remembered mapping.
    second = tmp_path / "BEF-2015.csv"
    second.write_text("område;2013;2014\nAarhus;61,0;62,0\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second), ""))
    qtbot.mouseClick(screen.choose_button, Qt.MouseButton.LeftButton)
    assert screen.fixed_indicator.currentData() == "1.2"
    assert "Befolkningsundersøgelse" in screen.file_label.text()
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert _value(state.db, "1.2", "Aarhus", 2014) == 62.0


def test_rejected_rows_are_listed_and_nothing_is_imported(main_window, qtbot, monkeypatch, tmp_path: Path):
    path = tmp_path / "fejl.csv"
    path.write_text("indikator;område;periode;værdi\n1.2;København;2013;50\n1.2;Atlantis;2013;51\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    screen = main_window.page("import")
    qtbot.mouseClick(screen.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    text = screen.report.toPlainText()
    assert "Række 3, kolonne område" in text and "Atlantis" in text
    assert _value(main_window.state.db, "1.2", "København", 2013) != 50

    qtbot.mouseClick(screen.good_rows_only, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert _value(main_window.state.db, "1.2", "København", 2013) == 50


def test_a_workbook_s_sheet_is_chosen_shown_and_imported(main_window, qtbot, monkeypatch, tmp_path: Path):
    import openpyxl

    path = tmp_path / "tal.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Forside"  # a cover sheet without data comes first
    for title, value in (("Tal 2012", 51.0), ("Tal 2013", 52.0)):
        sheet = book.create_sheet(title)
        sheet.append(["indikator", "område", "periode", "værdi"])
        sheet.append(["1.2", "København", title[-4:], value])
    book.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    screen = main_window.page("import")
    main_window.show_screen("import")
    qtbot.mouseClick(screen.choose_button, Qt.MouseButton.LeftButton)

    # The first sheet with data is shown, and the choice offers every sheet.
    assert screen.sheet_box.isVisible()
    assert [screen.sheet_box.itemText(i) for i in range(screen.sheet_box.count())] == ["Forside", "Tal 2012", "Tal 2013"]
    assert screen.sheet_box.currentText() == "Tal 2012"
    assert screen.preview.item(0, 2).text() == "2012"

    # The user picks the next sheet with the keyboard: its rows are shown and imported.
    screen.sheet_box.setFocus()
    qtbot.keyClick(screen.sheet_box, Qt.Key.Key_Down)
    assert screen.sheet_box.currentText() == "Tal 2013"
    assert screen.preview.item(0, 2).text() == "2013"
    with qtbot.waitSignal(main_window.state.data_changed):
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    text = screen.report.toPlainText()
    assert "tal.xlsx er importeret." in text and 'Læste arket "Tal 2013"' in text
    assert _value(main_window.state.db, "1.2", "København", 2013) == 52.0
    assert _value(main_window.state.db, "1.2", "København", 2012) != 51.0

    # The empty cover sheet, chosen, is refused with its name; a CSV file has no sheet choice.
    qtbot.keyClick(screen.sheet_box, Qt.Key.Key_Home)
    assert "Arket Forside" in screen.report.toPlainText() and not screen.import_button.isEnabled()
    csv = tmp_path / "tal.csv"
    csv.write_text("indikator;område;periode;værdi\n1.2;København;2013;50\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    qtbot.mouseClick(screen.choose_button, Qt.MouseButton.LeftButton)
    assert not screen.sheet_box.isVisible() and screen.sheet is None


def test_a_sheet_whose_columns_are_not_recognised_points_to_the_other_sheets(main_window, qtbot, monkeypatch,
                                                                               tmp_path: Path):
    # Testers' finding: the screen said only "the file's columns were not recognised" where the
    # command line names the workbook's other sheets; a hidden sheet is listed as hidden, never suggested.
    import openpyxl

    path = tmp_path / "tal.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Forside"
    book.active.append(["Integrationsbarometer 2013"])
    book.active.append(["Udarbejdet af BUF"])
    data = book.create_sheet("Data")
    data.append(["indikator", "område", "periode", "værdi"])
    data.append(["1.2", "København", "2013", 52.0])
    old = book.create_sheet("Gammel")
    old.sheet_state = "hidden"
    old.append(["indikator", "område", "periode", "værdi"])
    book.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    screen = main_window.page("import")
    main_window.show_screen("import")
    qtbot.mouseClick(screen.choose_button, Qt.MouseButton.LeftButton)
    assert screen.sheet_box.currentText() == "Data"
    assert [screen.sheet_box.itemText(i) for i in range(screen.sheet_box.count())] == [
        "Forside", "Data", "Gammel (skjult)"]

    screen.sheet_box.setFocus()
    qtbot.keyClick(screen.sheet_box, Qt.Key.Key_Home)
    assert screen.sheet == "Forside"
    expected = "Står værdierne på et andet ark (Data), så vælg det"
    assert expected in screen.report.toPlainText()
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert expected in screen.report.toPlainText()
