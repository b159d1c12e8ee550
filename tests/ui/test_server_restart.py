"""The window survives a database server restart (issue 21): an action the
cut connection stopped says nothing was stored and keeps the typed text;
the next action connects again, without restarting the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import observation_edits, observations
from barometer_desktop.storage.database import open_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_window(qtbot, qapp, pg_server):
    from barometer_desktop.ui.main_window import MainWindow
    from barometer_desktop.ui.state import AppState
    from barometer_desktop.ui.translation import install_translators

    name = pg_server.create(template=pg_server.template("demo"))
    db = open_database(pg_server.location(name), user_name="tester")
    install_translators(qapp, "da")
    window = MainWindow(AppState(db, 2013))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "confirm_leave_all", lambda: True))
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    db.close()
    pg_server.drop(name)


def _terminate_backends(url: str) -> None:
    """What a server restart does to the window's connections."""
    import os

    admin = create_engine(os.environ["BAROMETER_TEST_PG_URL"], isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d AND pid <> pg_backend_pid()"),
                {"d": make_url(url).database},
            )
    finally:
        admin.dispose()


def test_the_next_action_after_a_restart_just_works(pg_window, qtbot):
    pg_window.show_screen("entry")
    entry = pg_window.page("entry")
    entry.view.setFocus()
    db = entry.state.db
    model = entry.model
    row, column = next(
        (r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
        if model.record(r, c) is None and model.indicator(r).unit == "percent"
    )
    _terminate_backends(db.location.url)  # every connection the window held is gone
    entry.select_cell(row, column)
    qtbot.keyClicks(entry.view, "33")
    qtbot.keyClick(entry.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.view.state() != QAbstractItemView.State.EditingState)
    indicator, area = model.indicator(row), model.area(column)
    assert [r.value for r in observations.series(db, indicator.id, [area.id]) if r.period == Period.year_of(2013)] == [33]


def test_typed_value_survives_a_cut_connection_and_the_next_enter_stores_it(pg_window, qtbot, monkeypatch):
    pg_window.show_screen("entry")
    entry = pg_window.page("entry")
    entry.view.setFocus()
    db = entry.state.db
    model = entry.model
    row, column = next(
        (r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
        if model.record(r, c) is None and model.indicator(r).unit == "percent"
    )
    real_apply = observation_edits.apply_inputs
    cuts = []

    def cut_then_apply(session, *args, **kwargs):
        if not cuts:  # the server restarts in the middle of this one action
            cuts.append(True)
            session.execute(text("SELECT 1"))  # the action has its connection...
            _terminate_backends(db.location.url)  # ...and the server goes down under it
        return real_apply(session, *args, **kwargs)

    monkeypatch.setattr(observation_edits, "apply_inputs", cut_then_apply)
    messages: list[tuple[str, bool]] = []
    model.message.connect(lambda text, error: messages.append((text, error)))

    entry.select_cell(row, column)
    qtbot.keyClick(entry.view, "4")
    editor = entry.view.delegate.editor
    qtbot.keyClicks(editor, "2,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.view.delegate.editor is not None and entry.view.delegate.editor is not editor)
    editor = entry.view.delegate.editor
    assert editor.text() == "42,5", "the typed text is kept"
    text_shown, is_error = messages[-1]
    assert is_error and "afbrudt" in text_shown and "Intet blev gemt" in text_shown
    assert "terminating" not in text_shown and "FATAL" not in text_shown
    indicator, area = model.indicator(row), model.area(column)
    assert not [r for r in observations.series(db, indicator.id, [area.id]) if r.period == Period.year_of(2013)]

    # The next Enter, on the same window, connects again and stores it.
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.view.state() != QAbstractItemView.State.EditingState)
    stored = [r for r in observations.series(db, indicator.id, [area.id]) if r.period == Period.year_of(2013)]
    assert [r.value for r in stored] == [42.5]
    assert not messages[-1][1]
