"""File import and export: CSV and XLSX in the barometer's long format, and
statistics-bank tables through a column mapping. No Qt here."""
