"""The outputs made from the open database: the caller's side of report/ and web/.

These modules read storage and assemble the year's snapshot
(assembly.assemble_snapshot), then hand it to report/ (the PDF) and web/
(the public site), which read only the snapshot they are given
(tests/test_layers.py holds them to it). The report's final-edition
bookkeeping (store the snapshot, re-issue it, compare it with today's
data) lives here too, because it is storage work.
"""
