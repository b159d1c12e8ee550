"""`barometer-desktop self-test` from a source install, and its checks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from barometer_desktop import selftest

ROOT = Path(__file__).resolve().parent.parent


def _run_self_test(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        BAROMETER_DATA_DIR=str(tmp_path / "data"),
    )
    env.pop("BAROMETER_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "barometer_desktop", *extra, "self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        cwd=tmp_path,
    )


def test_self_test_passes_from_source_and_visits_every_screen(tmp_path, main_window):
    completed = _run_self_test(tmp_path)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    lines = completed.stdout.strip().splitlines()
    assert len(lines) == 1, completed.stdout
    result = json.loads(lines[0])
    assert result["status"] == "ok"
    assert result["reason"] is None
    assert result["schema_revision"]
    navigation = main_window.navigation
    every_screen = [navigation.item(row).data(Qt.ItemDataRole.UserRole) for row in range(navigation.count())]
    assert result["screens"] == every_screen
    assert result["timings_ms"]["startup_to_first_paint"] > 0
    for output in ("report", "publish"):
        assert result[output] == "ok"
        assert result["timings_ms"][output] > 0
    # The user's own data folder was not used: everything happened in a temporary folder.
    assert not (tmp_path / "data" / "barometer.sqlite").exists()


def test_self_test_fails_with_the_reason_when_a_file_is_missing(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(
        selftest, "REQUIRED_FILES", selftest.REQUIRED_FILES + (("resources", "fonts", "missing.ttf"),)
    )
    result = selftest.run_self_test(keep=tmp_path / "run")
    assert not result.ok
    assert "resources/fonts/missing.ttf" in result.reason
    payload = json.loads(result.as_json())
    assert payload["status"] == "failed"
    assert "missing.ttf" in payload["reason"]


def test_self_test_checks_what_the_report_engine_wrote(qapp, monkeypatch, tmp_path):
    def truncated_pdf(snapshot, path, lang):
        path.write_bytes(b"%PDF-1.4 not finished")

    monkeypatch.setattr(selftest, "_write_report", truncated_pdf)
    result = selftest.run_self_test(keep=tmp_path / "run")
    assert not result.ok
    assert "not a complete PDF" in result.reason


@pytest.mark.parametrize("engine", ["barometer_desktop.report.render_pdf", "barometer_desktop.web.publish"])
def test_self_test_fails_when_an_output_engine_is_missing(qapp, monkeypatch, tmp_path, engine):
    # As in a bundle that left the engine out: importing it fails.
    monkeypatch.setitem(sys.modules, engine, None)
    result = selftest.run_self_test(keep=tmp_path / "run")
    assert not result.ok
    assert engine in result.reason
    assert json.loads(result.as_json())["status"] == "failed"


def test_web_export_check_finds_a_missing_file(tmp_path):
    (tmp_path / "index.html").write_text(
        '<link href="style.css"><a href="https://kk.dk">x</a><img src="img/chart.png">', encoding="utf-8"
    )
    (tmp_path / "style.css").write_text("", encoding="utf-8")
    with pytest.raises(selftest.SelfTestFailure, match="img/chart.png"):
        selftest._check_web_export(tmp_path)
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "chart.png").write_bytes(b"png")
    selftest._check_web_export(tmp_path)  # complete now
