from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

REPORT_DAY = date(2014, 4, 2)


@pytest.fixture(scope="module")
def demo_snapshot(_demo_template: Path):
    """The demo barometer for 2013, assembled once per module from a read-only template."""
    from barometer_desktop.assembly.assemble_snapshot import assemble
    from barometer_desktop.storage.database import open_database

    db = open_database(_demo_template, read_only=True, user_name="reader")
    try:
        yield assemble(db, 2013, today=REPORT_DAY)
    finally:
        db.close()


@pytest.fixture(scope="module")
def demo_pdf(demo_snapshot, tmp_path_factory):
    from barometer_desktop.report.front import ReportOptions
    from barometer_desktop.report.render_pdf import export_pdf

    path = tmp_path_factory.mktemp("report") / "status-2013.pdf"
    written = export_pdf(demo_snapshot, path, ReportOptions(final=False, case_number="2014-0042", lang="da"))
    return written


@pytest.fixture(scope="module")
def read_text():
    """Text of a PDF as a reader's copy-and-paste would give it."""

    def read(path: Path) -> str:
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)

    return read
