"""The Import screen offers a template to download, in the format it reads back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from barometer_desktop.domain.areas import fixed_areas
from barometer_desktop.storage import catalog


def test_a_template_is_saved_filled_in_and_imported(main_window, qtbot, monkeypatch, tmp_path: Path):
    state = main_window.state
    main_window.year_box.setValue(2015)
    main_window.show_screen("import")
    screen = main_window.page("import")
    target = tmp_path / "skabelon"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target) + ".csv", ""))
    qtbot.mouseClick(screen.template_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "skabelon.csv"
    lines = saved.read_text(encoding="utf-8-sig").splitlines()
    indicators = catalog.indicators(state.db, include_retired=False)
    areas = fixed_areas(catalog.areas(state.db))
    assert lines[0].startswith("indikator;område;periode;værdi")
    assert len(lines) == 1 + len(indicators) * len(areas)
    assert "rækker for 2015 er gemt som" in screen.file_label.text()

    # Fill in one value, as a user would in Excel, and import the file.
    code = indicators[0].code
    filled = [lines[0]] + [
        line.replace(";2015;;", ";2015;6,5;", 1) if line.startswith(f"{code};{areas[0].name};") else line
        for line in lines[1:]
    ]
    saved.write_text("\n".join(filled) + "\n", encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    qtbot.mouseClick(screen.choose_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(state.data_changed):
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    from barometer_desktop.domain.periods import Period
    from barometer_desktop.storage import observations

    stored = [r for r in observations.series(state.db, indicators[0].id, [areas[0].id]) if r.period == Period.year_of(2015)]
    assert [r.value for r in stored] == [6.5]
