"""Hostile and awkward files for the import tests and the generated-input harness."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

HEADER = ["indikator", "område", "periode", "værdi"]


def workbook_bytes(rows: list[list], percent_cells: tuple[tuple[int, int], ...] = ()) -> bytes:
    """A real XLSX of `rows` (the first is the header); `percent_cells` (row, column),
    1-based, are formatted as percent like Excel's % button does."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for line in sheet.iter_rows():
        for cell in line:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text typed as text, as our export writes it; not a formula
    for row, column in percent_cells:
        sheet.cell(row=row, column=column).number_format = "0.0%"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def replace_members(data: bytes, changes: dict[str, bytes], *, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """The same zip with some members' contents replaced (or added)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            target.writestr(info.filename, changes.get(info.filename, source.read(info.filename)))
        for name, content in changes.items():
            if name not in source.namelist():
                target.writestr(name, content)
    return out.getvalue()


def _sheet(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode("utf-8")


def xlsx_claiming_huge_dimension() -> bytes:
    """A tiny workbook whose sheet says it spans A1:XFD1048576 and has one cell far out."""
    data = workbook_bytes([HEADER, ["4.1", "København", 2013, 101.5]])
    sheet = _sheet(data)
    sheet = re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:XFD1048576"', sheet)
    sheet = sheet.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>')
    return replace_members(data, {"xl/worksheets/sheet1.xml": sheet.encode("utf-8")})


def xlsx_with_huge_shared_strings(size: int = 200 * 1024 * 1024) -> bytes:
    """A shared-strings table that unpacks to `size` bytes (a zip bomb of a few hundred KB)."""
    data = workbook_bytes([HEADER, ["4.1", "København", 2013, 101.5]])
    strings = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
               b'spreadsheetml/2006/main"><si><t>' + b"A" * size + b"</t></si></sst>")
    return replace_members(data, {"xl/sharedStrings.xml": strings})


def xlsx_with_entities(kind: str, member: str = "xl/worksheets/sheet1.xml") -> bytes:
    """XXE (an external entity reading a local file) or billion laughs in the
    sheet XML; or, for another `member` (workbook.xml, styles.xml), a DTD with
    the entities before its root element."""
    data = workbook_bytes([HEADER, ["4.1", "København", 2013, 101.5]])
    if member != "xl/worksheets/sheet1.xml":
        text = zipfile.ZipFile(io.BytesIO(data)).read(member).decode("utf-8")
        body = re.sub(r"^<\?xml[^>]*\?>", "", text)
        entity = '<!ENTITY e SYSTEM "file:///etc/passwd">' if kind == "xxe" else '<!ENTITY e "lol">'
        return replace_members(data, {member: f"<!DOCTYPE x [{entity}]>{body}".encode()})
    sheet = _sheet(data)
    if kind == "xxe":
        doctype = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        cell = '<c r="A3" t="inlineStr"><is><t>&xxe;</t></is></c>'
    else:
        lol = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
        doctype = "<!DOCTYPE x [" + "".join(lol) + "]>"
        cell = '<c r="A3" t="inlineStr"><is><t>&lol9;</t></is></c>'
    sheet = doctype + sheet.replace("</sheetData>", f'<row r="3">{cell}</row></sheetData>')
    return replace_members(data, {"xl/worksheets/sheet1.xml": sheet.encode("utf-8")})


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
