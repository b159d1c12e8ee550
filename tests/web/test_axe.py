"""The generated web barometer has no axe-core violations (WCAG 2.1 A and AA), in Danish and English.

axe-core and puppeteer-core come from npm (tests/web/axe/package.json, locked);
.ci/run installs them and Debian's chromium. Without them (a developer machine
with only Python and pip) the test is skipped and says what to install. The
site is served on 127.0.0.1 by a server the test starts and stops.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from barometer_desktop.cli.main import main

AXE = Path(__file__).resolve().parent / "axe"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
MISSING = [
    what for what, present in (
        ("node", shutil.which("node") is not None),
        ("chromium", Path(CHROMIUM).exists()),
        ("npm packages (cd tests/web/axe && npm ci)", (AXE / "node_modules" / "axe-core").is_dir()),
    ) if not present
]


@pytest.fixture
def served(tmp_path):
    """A static server on 127.0.0.1 for tmp_path/site; yields (site folder, base URL)."""
    site = tmp_path / "site"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.skipif(bool(MISSING), reason=f"axe-core check needs: {', '.join(MISSING)}")
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_page_of_the_web_barometer_passes_axe(demo_db_path, served, lang):
    site, base = served
    assert main(["--db", str(demo_db_path), "publish", "--year", "2013", "--lang", lang, "--out", str(site)]) == 0
    pages = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    assert len(pages) >= 2
    completed = subprocess.run(
        ["node", str(AXE / "run_axe.mjs"), *(f"{base}/{page}" for page in pages)],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, CHROMIUM=CHROMIUM),
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    results = json.loads(completed.stdout.strip().splitlines()[-1])
    assert len(results) == len(pages)
    violations = {url: found for url, found in results.items() if found}
    assert violations == {}, json.dumps(violations, indent=1, ensure_ascii=False)
