"""The PDF status report: built from a BarometerSnapshot with ReportLab.

No Qt widgets and no SQL here. `build.export_pdf` renders and writes one
report; `produce.produce_report` adds the final-edition bookkeeping.
"""
