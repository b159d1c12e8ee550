"""`export --out` replaces an earlier export, never the user's own workbook or CSV
(a hostile-user session: an 11-sheet budget workbook became one sheet of values)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from barometer_desktop.cli.main import main


def _budget(path: Path) -> Path:
    workbook = Workbook()
    workbook.active.title = "Budget"
    workbook.active.append(["post", "beløb"])
    workbook.create_sheet("Noter").append(["husk"])
    workbook.save(path)
    return path


@pytest.mark.parametrize("name", ["budget.xlsx", "budget.csv"])
def test_a_file_the_export_did_not_write_is_not_replaced(demo_db_path, tmp_path, capsys, name):
    target = tmp_path / name
    if name.endswith(".xlsx"):
        _budget(target)
    else:
        target.write_text("post;beløb\nhusleje;1000\n", encoding="utf-8")
    before = target.read_bytes()
    assert main(["--db", str(demo_db_path), "export", "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert "findes allerede og er ikke en tidligere eksport" in err, err
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("name", ["values.xlsx", "values.csv"])
def test_an_earlier_export_is_replaced(demo_db_path, tmp_path, name):
    target = tmp_path / name
    assert main(["--db", str(demo_db_path), "export", "--out", str(target)]) == 0
    first = target.stat().st_mtime_ns
    assert main(["--db", str(demo_db_path), "export", "--indicator", "1.1", "--out", str(target)]) == 0
    assert target.stat().st_mtime_ns >= first
    if name.endswith(".xlsx"):
        rows = list(load_workbook(target, read_only=True).active.iter_rows(values_only=True))
    else:
        rows = [line.split(";") for line in target.read_text(encoding="utf-8-sig").splitlines()]
    assert {row[0] for row in rows[1:]} == {"1.1"}
