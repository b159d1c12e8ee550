"""The PDF status report: built from a BarometerSnapshot with ReportLab.

No Qt widgets and no SQL here, and no storage: the modules read the
snapshot they are handed. `render_pdf.export_pdf` renders and writes one
report; `publishing.status_report` (the caller's side) assembles the
snapshot and adds the final-edition bookkeeping.
"""
