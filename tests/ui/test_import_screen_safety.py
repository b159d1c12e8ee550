"""The Import screen's side of issue 12: the user chooses the decimal mark of a
file whose numbers can be read two ways, and a damaged saved mapping is named
instead of ending in an unexpected error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from barometer_desktop.domain.periods import Period
from barometer_desktop.importing.mapping import fingerprint
from barometer_desktop.storage import catalog, import_mappings, observations


def _value(db, code: str, area: str, year: int):
    indicator = next(i for i in catalog.indicators(db) if i.code == code)
    area_id = next(a.id for a in catalog.areas(db) if a.name == area)
    found = [r for r in observations.series(db, indicator.id, [area_id]) if r.period == Period.year_of(year)]
    return found[0].value if found else None


def test_an_ambiguous_file_is_imported_with_the_chosen_decimal_mark(main_window, qtbot, tmp_path: Path):
    state = main_window.state
    path = tmp_path / "indeks.csv"
    path.write_text("indikator;område;periode;værdi\n4.1;Aarhus;2016;101.125\n4.1;Aarhus;2017;2.125\n",
                    encoding="utf-8")
    main_window.show_screen("import")
    screen = main_window.page("import")
    screen.load_file(path)
    assert screen.decimal_mark.currentData() is None  # "From the file"

    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    report = screen.report.toPlainText()
    assert "kan læses på to måder" in report and "kolonne værdi" in report and "Decimaltegn" in report
    assert _value(state.db, "4.1", "Aarhus", 2016) is None

    screen.decimal_mark.setCurrentIndex(screen.decimal_mark.findData("point"))
    with qtbot.waitSignal(state.data_changed):
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert "indeks.csv er importeret." in screen.report.toPlainText()
    assert (_value(state.db, "4.1", "Aarhus", 2016), _value(state.db, "4.1", "Aarhus", 2017)) == (101.125, 2.125)


def test_a_damaged_saved_mapping_is_named_and_the_header_is_used(main_window, tmp_path: Path):
    path = tmp_path / "k.csv"
    path.write_text("indikator;område;periode;værdi\n4.1;Aarhus;2016;101,5\n", encoding="utf-8")
    import_mappings.save(main_window.state.db, fingerprint(["indikator", "område", "periode", "værdi"]),
                         "Ødelagt", "{not json")
    main_window.show_screen("import")
    screen = main_window.page("import")
    screen.load_file(path)
    assert "Ødelagt" in screen.report.toPlainText() and "beskadiget" in screen.report.toPlainText()
    assert screen.role_boxes["value"].currentData() == 3  # recognised from the header instead
    assert screen.import_button.isEnabled()
