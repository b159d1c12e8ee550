"""Export, then import into an empty database: the same content comes back."""

from __future__ import annotations

from pathlib import Path

import pytest

from barometer_desktop.cli.main import main
from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import ExportError
from barometer_desktop.importing.export import export_values
from barometer_desktop.importing.service import import_file
from barometer_desktop.storage import catalog
from barometer_desktop.storage.observations import ObservationInput
from tests import stored_values


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_round_trips(demo_db, policy_db, tmp_path: Path, content_of, suffix):
    # Values that are hard to write and read back exactly. Excel keeps 15
    # significant digits, so the XLSX export is exact to that precision.
    awkward = 0.1 + 0.2 if suffix == ".csv" else 33.3333333333333
    indicators = {i.code: i.id for i in catalog.indicators(demo_db)}
    areas = {a.name: a.id for a in catalog.areas(demo_db)}
    stored_values.save(demo_db, [
        ObservationInput(indicators["1.2"], areas["Odense"], Period.quarter(2013, 2), awkward, note="a;b \"c\"\nd",
                         note_is_public=True),
        ObservationInput(indicators["4.1"], areas["Aalborg"], Period.month(2012, 11), 1234.5678901234, sample_size=1500,
                         std_error=0.000012, is_provisional=True),
    ])
    target = tmp_path / f"alle{suffix}"
    count = export_values(demo_db, target)
    assert count == len(content_of(demo_db))
    report = import_file(policy_db, target)
    assert report.written and not report.rejections and report.new == count
    assert content_of(policy_db) == content_of(demo_db)
    assert not list(tmp_path.glob(".*tmp"))  # no temporary file left behind


def test_csv_is_excel_friendly_danish(demo_db, tmp_path: Path):
    target = tmp_path / "x.csv"
    export_values(demo_db, target, "1.1")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("indikator;område;periode;værdi")
    assert lines[1].startswith("1.1;København;2007;5,6;")
    assert all(line.startswith("1.1;") for line in lines[1:])


def test_unknown_indicator_and_bad_target(demo_db, tmp_path: Path):
    with pytest.raises(ExportError):
        export_values(demo_db, tmp_path / "x.csv", "9.9")
    with pytest.raises(ExportError):
        export_values(demo_db, tmp_path / "x.pdf")
    with pytest.raises(ExportError):
        export_values(demo_db, tmp_path / "missing" / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_cli_export_import_and_dry_run(demo_db_path, policy_db_path, tmp_path: Path, capsys, dump_db):
    out = tmp_path / "ud.xlsx"
    assert main(["--db", str(demo_db_path), "export", "--out", str(out), "--indicator", "2.1"]) == 0
    assert f"værdier skrevet til {out}" in capsys.readouterr().out
    assert main(["--db", str(policy_db_path), "import", str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "Prøvekørsel af" in printed and "Ny: 2.1" in printed
    assert main(["--db", str(policy_db_path), "import", str(out)]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("indikator;område;periode;værdi\n2.1;Atlantis;2011;3\n", encoding="utf-8")
    assert main(["--db", str(policy_db_path), "import", str(bad)]) == 1
    assert "Række 2, kolonne område" in capsys.readouterr().err
    assert main(["--db", str(policy_db_path), "import", str(tmp_path / "none.csv")]) == 1


def test_data_commands_do_not_load_qt_widgets(demo_db_path, tmp_path: Path):
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from barometer_desktop.cli.main import main\n"
        f"assert main(['--db', {str(demo_db_path)!r}, 'export', '--out', {str(tmp_path / 'a.csv')!r}]) == 0\n"
        f"assert main(['--db', {str(demo_db_path)!r}, 'import', {str(tmp_path / 'a.csv')!r}, '--dry-run']) == 0\n"
        f"assert main(['--db', {str(demo_db_path)!r}, 'publish', '--year', '2013', '--out', {str(tmp_path / 'w')!r}]) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith('PySide6.QtWidgets') or m == 'openpyxl']\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
