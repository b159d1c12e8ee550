"""Start-up stays lean: the first window loads no report, chart or spreadsheet library.

Run in a fresh interpreter, since this test process has imported everything.
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from barometer_desktop.storage.database import open_database
    from barometer_desktop.ui.launch import create_application
    from barometer_desktop.ui.main_window import MainWindow
    from barometer_desktop.ui.state import AppState
    app = create_application("da")
    window = MainWindow(AppState(open_database(sys.argv[1]), 2013))
    window.show()
    app.processEvents()
    heavy = ("reportlab", "PIL", "openpyxl", "pyqtgraph", "numpy", "alembic", "psycopg")
    print(json.dumps(sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in heavy})))
    """
)


def test_first_window_imports_no_heavy_library(demo_db_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BAROMETER_DATA_DIR=str(tmp_path / "data"),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(demo_db_path)],
        capture_output=True, text=True, check=True, env=env, cwd=ROOT,
    ).stdout
    assert json.loads(out.strip().splitlines()[-1]) == []
