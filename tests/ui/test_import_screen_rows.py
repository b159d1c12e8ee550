"""The Import screen numbers rows as the file (a spreadsheet) does, header =
row 1, in the preview and the report alike; rejected rows are coloured after
a check, and a refused file says how to import its good rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from barometer_desktop.ui.screens.importing.preview import rejected_background


def _load(main_window, monkeypatch, qtbot, path: Path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    screen = main_window.page("import")
    main_window.show_screen("import")
    qtbot.mouseClick(screen.choose_button, Qt.MouseButton.LeftButton)
    return screen


def test_preview_and_report_number_rows_alike_and_rejected_rows_are_coloured(
    main_window, qtbot, monkeypatch, tmp_path: Path
):
    path = tmp_path / "fejl.csv"
    path.write_text(
        "indikator;område;periode;værdi\n"
        "1.2;København;2013;50\n"
        "\n"  # an empty line is an empty row in a spreadsheet too
        "1.2;Atlantis;2013;51\n"
        "1.2;Aarhus;2013;5x\n"
        "1.2;Odense;2015;61\n",
        encoding="utf-8",
    )
    screen = _load(main_window, monkeypatch, qtbot, path)
    labels = [screen.preview.verticalHeaderItem(r).text() for r in range(screen.preview.rowCount())]
    assert labels == ["2", "4", "5", "6"]

    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    text = screen.report.toPlainText()
    assert "Række 4, kolonne område" in text and "Række 5, kolonne værdi" in text
    assert screen.rejected_preview_rows == [4, 5]
    for r, label in enumerate(labels):
        item = screen.preview.item(r, 1)
        rejected = label in ("4", "5")
        assert (item.background() == rejected_background()) == rejected
        # Not by colour alone: the row number carries the mark.
        assert screen.preview.verticalHeaderItem(r).text().startswith("✘") == rejected
        assert bool(item.toolTip()) == rejected
    assert "Atlantis" in screen.preview.item(1, 0).toolTip()
    # The check also says what the good rows would do.
    assert "De gyldige rækker ville give 1 ny værdi, 1 ændret værdi" in text

    # After the file is fixed, a new check clears the colour.
    path.write_text("indikator;område;periode;værdi\n1.2;København;2013;50\n", encoding="utf-8")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert screen.rejected_preview_rows == []
    assert screen.preview.item(0, 0).background() != rejected_background()


def test_refusal_points_to_the_tick_box(main_window, qtbot, monkeypatch, tmp_path: Path):
    path = tmp_path / "fejl.csv"
    path.write_text("indikator;område;periode;værdi\n1.2;Atlantis;2013;51\n1.2;Odense;2015;61\n", encoding="utf-8")
    screen = _load(main_window, monkeypatch, qtbot, path)
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    text = screen.report.toPlainText()
    assert "Intet blev importeret fra fejl.csv: 1 række blev afvist." in text
    assert screen.good_rows_only.text() in text  # the hint quotes the tick box as the screen shows it
    qtbot.mouseClick(screen.good_rows_only, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert screen.report.toPlainText().startswith("fejl.csv er importeret.")
