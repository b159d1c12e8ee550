"""An indicator's "responsible" (a free-text detail, domain.indicators.DETAIL_FIELDS): typed in
the indicator form, stored, printed in the report (facts and appendix), shown on the web,
kept by a final edition and carried by the policy file. Demo database, Danish."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.report.options import ReportOptions
from barometer_desktop.report.render_pdf import render
from barometer_desktop.report.snapshot_codec import from_json, to_json
from barometer_desktop.storage import catalog, policy_definition
from barometer_desktop.web.publish import publish_site

WHO = "BUF, Pladsanvisningen"


@pytest.fixture
def screen(main_window, qtbot):
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    qtbot.waitUntil(lambda: screen.chart is not None)
    screen.tabs.setCurrentWidget(screen.form_tab)
    return screen


def _indicator(db, code):
    return next(i for i in catalog.indicators(db) if i.code == code)


def _pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def test_the_responsible_is_edited_stored_and_shown_in_every_output(screen, qtbot, tmp_path):
    db = screen.state.db
    screen.select_indicator(_indicator(db, "1.2").id)
    field = screen.form.details["responsible"]
    assert screen.form.findChild(QFormLayout).labelForField(field).text() == "Ansvarlig:"
    assert field.text() == ""

    field.setFocus()
    qtbot.keyClicks(field, WHO)
    qtbot.mouseClick(screen.save_form_button, Qt.MouseButton.LeftButton)
    assert _indicator(db, "1.2").responsible == WHO
    assert _indicator(db, "1.1").responsible == ""

    snapshot = assemble(db, 2013, today=date(2014, 4, 2))
    view = next(i for goal in snapshot.goals for i in goal.indicators if i.code == "1.2")
    assert view.responsible == WHO
    assert from_json(to_json(snapshot)) == snapshot  # a final edition keeps it

    data, _pages = render(snapshot, ReportOptions())
    text = _pdf_text(data, tmp_path)
    assert f"Ansvarlig: {WHO}" in text  # the appendix, under the definition
    assert text.count(WHO) == 2  # and the indicator's facts

    site = publish_site(snapshot, tmp_path / "web")
    page = (site / "maal-1.html").read_text(encoding="utf-8")
    assert f"<dt>Ansvarlig</dt><dd>{WHO}</dd>" in page

    exported = policy_definition.export(db)
    assert next(i for i in exported["indicators"] if i["code"] == "1.2")["responsible"] == WHO


def test_a_too_long_responsible_is_refused_with_the_field_named(screen, qtbot):
    db = screen.state.db
    screen.select_indicator(_indicator(db, "1.2").id)
    field = screen.form.details["responsible"]
    field.setMaxLength(300)  # the form stops at 200; the storage rule is what is tested here
    field.setText("x" * 201)
    qtbot.mouseClick(screen.save_form_button, Qt.MouseButton.LeftButton)
    assert "Ansvarlig må højst være på 200 tegn." in screen.form.message.text()
    assert _indicator(db, "1.2").responsible == ""
