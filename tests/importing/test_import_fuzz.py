"""Generated input: the importer gives a clear answer for every file, and
every file it accepts is stored as the file meant it (issue 12).

Each run makes well over 1,000 files (the counts are asserted at the end):
model-based CSV and XLSX files - a list of intended values rendered with a
random delimiter, encoding, decimal mark, thousands grouping, header words,
column order, missing markers, notes that look like formulas, percent
formats - imported in full and compared with the model; and hostile files
(mixed encodings, UTF-16, NUL bytes, damaged bytes, too many columns, XML
entities, false dimensions, broken zips) that must end in a BarometerError
or a report, never in any other exception (the command line's "Unexpected
error"). A file whose numbers can be read two ways may be refused; the
oracle for that is a plain regular expression here, not the importer's code.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barometer_desktop.errors import BarometerError
from barometer_desktop.importing.service import import_file, report_lines

FILES: Counter = Counter()  # files made per kind in this run

CELLS = st.one_of(
    st.sampled_from(["1.2", "2.1", "København", "Hele landet", "101", "2011", "2013K1", "2012M03", "..", "-", "",
                     "12,5", "1.234,5", "99", "-3", "ja", "nej", "x", "2011K9", "nan", "1e5", "\"", ";"]),
    st.text(max_size=8),
)
HEADERS = st.lists(
    st.sampled_from(["indikator", "område", "periode", "værdi", "stikprøve", "standardfejl", "note", "foreløbig",
                     "2011", "2012", "OMRÅDE", "x"]),
    min_size=0, max_size=6,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=HEADERS,
    rows=st.lists(st.lists(CELLS, max_size=7), max_size=6),
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    dry_run=st.booleans(),
    good_rows_only=st.booleans(),
)
def test_generated_csv_never_crashes(policy_db, tmp_path_factory, header, rows, delimiter, encoding, dry_run,
                                     good_rows_only):
    FILES["random csv"] += 1
    path = Path(tmp_path_factory.mktemp("fuzz")) / "f.csv"
    text = "\n".join(delimiter.join(line) for line in [header, *rows])
    path.write_bytes(text.encode(encoding, errors="replace"))
    try:
        report = import_file(policy_db, path, dry_run=dry_run, good_rows_only=good_rows_only)
    except BarometerError as error:
        assert error.user_message()
        return
    assert report.new + report.changed + report.unchanged <= report.values_read
    if report.written:
        assert not dry_run and (good_rows_only or not report.rejections)
    for rejection in report.rejections:
        assert rejection.row >= 2 and rejection.column and rejection.reason()


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(
        st.from_regex(r"-?[0-9]{1,7}([.,][0-9]{1,4})?", fullmatch=True),
        st.from_regex(r"-?[0-9]{1,3}([.,][0-9]{3}){1,2}([.,][0-9]{1,2})?", fullmatch=True),
        st.text(alphabet="0123456789.,- ", max_size=10),
    ),
    chosen=st.sampled_from([None, "da", "en"]),
)
def test_fast_path_agrees_with_the_files_number_format(text, chosen):
    """The engine's fast path (a plain-number pattern and float()) reads a
    cell exactly as FileNumbers does in the format known so far."""
    from barometer_desktop.domain.formatting import NumberFormatError
    from barometer_desktop.importing.numbers import FileNumbers

    numbers = FileNumbers("f.csv", chosen)
    if numbers.simple.fullmatch(text) is None:
        return
    fast = float(text.replace(",", "."))
    try:
        assert numbers.read(text, 2, "value") == fast
    except NumberFormatError:
        raise AssertionError(f"the fast path reads {text!r}, the format does not") from None


# -- model-based files: what is stored equals what the file means -------------------------

import csv  # noqa: E402
import functools  # noqa: E402
import io  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402

from barometer_desktop.domain.spreadsheet_text import neutralise  # noqa: E402
from barometer_desktop.i18n import translate  # noqa: E402
from barometer_desktop.importing.errors import ImportFileError  # noqa: E402
from barometer_desktop.storage import catalog  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
import hostile_files as hostile  # noqa: E402

# Indicators of the 2011 policy by unit, and the values the model draws for them
# (scaled integers: value = n / 10**decimals, within the unit's plausible range).
RANGES = {"1.1": (-3, 12), "1.2": (0, 100), "2.1": (-60, 60), "4.1": (0, 250_000), "6.1": (0, 100)}
AREAS = [("København", "101"), ("Hele landet", "000"), ("Aarhus", "751"), ("Odense", "461")]
HEADER_WORDS = {
    "indicator": ["indikator", "Indicator", "kode"], "area": ["område", "OMRÅDE", "area", "Kommune"],
    "period": ["periode", "tid", "Period", "år"], "value": ["værdi", "Value", "indhold"],
    "sample_size": ["stikprøve", "n", "sample_size"], "note": ["note", "Bemærkning", "comment"],
}
NOTE_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20).map(str.strip)
LEADS = st.sampled_from(["", "", "=", "+", "-", "@", "'", "'="])


@dataclass(frozen=True)
class Intended:
    indicator: str
    area: int  # index into AREAS
    period: str  # as Period prints it
    value: Decimal
    sample_size: int | None
    note: str | None


@st.composite
def intended_values(draw, max_size=8):
    keys = draw(st.lists(st.tuples(st.sampled_from(sorted(RANGES)), st.integers(0, len(AREAS) - 1),
                                   st.sampled_from(["2009", "2010", "2011", "2012K3", "2013M11", "2013"])),
                         min_size=1, max_size=max_size, unique=True))
    records = []
    for code, area, period in keys:
        low, high = RANGES[code]
        decimals = draw(st.integers(0, 3))
        scale = 10 ** decimals
        value = Decimal(draw(st.integers(low * scale, high * scale))) / scale
        sample = draw(st.none() | st.integers(1, 5_000_000))
        note = draw(st.none() | st.builds(lambda lead, text: (lead + text).strip() or None, LEADS, NOTE_TEXT))
        records.append(Intended(code, area, period, value, sample, note))
    return records


def _number_text(value: Decimal, mark: str, group: bool) -> str:
    """`value` as a file in decimal-`mark` style writes it (optionally grouped)."""
    sign = "-" if value < 0 else ""
    whole, _, fraction = format(abs(value), "f").partition(".")
    fraction = fraction.rstrip("0")
    if group and len(whole) > 3:
        separator = "." if mark == "," else ","
        whole = f"{int(whole):,}".replace(",", separator)
    return sign + whole + (mark + fraction if fraction else "")


_PERIOD_STYLES = {"2012K3": ["2012K3", "2012Q3", "2012k3"], "2013M11": ["2013M11", "2013m11"]}
_AMBIGUOUS_SHAPE = re.compile(r"-?[1-9][0-9]{0,2}[.,][0-9]{3}")
_NEUTRAL_SHAPE = re.compile(r"-?[0-9]+")


def _readable_both_ways(number_cells: list[str]) -> bool:
    """The oracle for a refusal: no cell shows the decimal mark, and some
    cell has the one shape that reads differently with either mark."""
    telling = [c for c in number_cells if not _AMBIGUOUS_SHAPE.fullmatch(c) and not _NEUTRAL_SHAPE.fullmatch(c)]
    return not telling and any(_AMBIGUOUS_SHAPE.fullmatch(c) for c in number_cells)


def _check_stored(db, records: list[Intended], report) -> None:
    """Every intended value is stored exactly; fields the file left empty are not compared."""
    from sqlalchemy import select

    from barometer_desktop.domain.periods import Period
    from barometer_desktop.storage.models import Observation

    indicators = {i.code: i.id for i in catalog.indicators(db)}
    areas = {a.name: a.id for a in catalog.areas(db)}
    assert report.written and not report.rejections, [r.reason() for r in report.rejections[:3]]
    assert report.new + report.changed + report.unchanged == len(records)
    with db.reading() as session:
        for record in records:
            period = Period.parse(record.period)
            row = session.execute(select(Observation).where(
                Observation.indicator_id == indicators[record.indicator],
                Observation.area_id == areas[AREAS[record.area][0]], Observation.year == period.year,
                Observation.period_kind == period.kind.value, Observation.period_no == period.number,
            )).scalar_one()
            assert row.value == float(record.value), (record, row.value)
            if record.sample_size is not None:
                assert row.sample_size == record.sample_size
            if record.note is not None:
                assert row.note == record.note


@st.composite
def csv_files(draw):
    """(bytes, intended records, the decimal mark used, number cells as written)."""
    records = draw(intended_values())
    mark = draw(st.sampled_from([",", "."]))
    group = draw(st.booleans())
    delimiter = draw(st.sampled_from([";", "\t", ","]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    roles = ["indicator", "area", "period", "value", "sample_size", "note"]
    order = draw(st.permutations(roles))
    extra = draw(st.booleans())  # an unknown column, reported and otherwise ignored
    header = [draw(st.sampled_from(HEADER_WORDS[role])) for role in order] + (["kilde"] if extra else [])
    rows, numbers = [], []
    for record in records:
        name, code = AREAS[record.area]
        value = _number_text(record.value, mark, group)
        sample = "" if record.sample_size is None else _number_text(Decimal(record.sample_size), mark, group)
        numbers += [value] + ([sample] if sample else [])
        note = "" if record.note is None else (neutralise(record.note) if draw(st.booleans()) or
                                               record.note.startswith("'") else record.note)
        cells = {"indicator": record.indicator, "area": draw(st.sampled_from([name, code, name.upper()])),
                 "period": draw(st.sampled_from(_PERIOD_STYLES.get(record.period, [record.period]))),
                 "value": value, "sample_size": sample, "note": note}
        rows.append([cells[role] for role in order] + (["Danmarks Statistik"] if extra else []))
    for _ in range(draw(st.integers(0, 2))):  # missing values are skipped, never stored
        cells = {"indicator": "1.2", "area": "Aalborg", "period": "2013", "value": draw(st.sampled_from(["..", "-", ""])),
                 "sample_size": "", "note": ""}
        rows.insert(draw(st.integers(0, len(rows))), [cells[role] for role in order] + ([""] if extra else []))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    writer.writerow(header)
    writer.writerows(rows)
    text = out.getvalue()
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    if encoding == "cp1252" and _UTF8_SEQUENCE.search(data):
        # Windows-1252 text holding bytes that also read as UTF-8 ("Â¡" is b"\xc2\xa1",
        # UTF-8 for "¡"): nobody can tell which was meant, and the import refuses it as
        # mixed encodings by design (the hostile cases check that). Written as UTF-8 here.
        data = text.encode("utf-8")
    return data, records, mark, numbers


# A multi-byte UTF-8 sequence (2, 3 or 4 bytes).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


@settings(max_examples=450, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(file=csv_files())
def test_generated_csv_files_store_what_they_mean(policy_db, tmp_path, file):
    FILES["model csv"] += 1
    data, records, mark, numbers = file
    path = tmp_path / "tal.csv"
    path.write_bytes(data)
    decimal = "comma" if mark == "," else "point"
    if _readable_both_ways(numbers):
        with pytest.raises(ImportFileError) as caught:
            import_file(policy_db, path)
        assert "--decimal" in caught.value.user_message()
        report = import_file(policy_db, path, decimal=decimal)
    else:
        report = import_file(policy_db, path)
    _check_stored(policy_db, records, report)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(records=intended_values(max_size=6), data=st.data())
def test_generated_xlsx_files_store_what_they_mean(policy_db, tmp_path, records, data):
    """Numbers as real numbers, as text in either decimal style, or formatted as percent."""
    FILES["model xlsx"] += 1
    mark = data.draw(st.sampled_from([",", "."]))
    rows, percent, numbers = [["indikator", "område", "periode", "værdi", "stikprøve", "note"]], [], []
    for index, record in enumerate(records, start=2):
        style = data.draw(st.sampled_from(["number", "text", "percent"]))
        if style == "number":
            value: object = float(record.value)
        elif style == "text":
            value = _number_text(record.value, mark, data.draw(st.booleans()))
            numbers.append(value)
        else:
            value = float(record.value / 100)  # what Excel holds for "12.5 %"
            percent.append((index, 4))
        period: object = int(record.period) if record.period.isdigit() and data.draw(st.booleans()) else record.period
        rows.append([record.indicator, AREAS[record.area][data.draw(st.integers(0, 1))], period, value,
                     record.sample_size, record.note])
    path = hostile.write(tmp_path / "tal.xlsx", hostile.workbook_bytes(rows, tuple(percent)))
    decimal = None
    if _readable_both_ways(numbers):
        with pytest.raises(ImportFileError):
            import_file(policy_db, path)
        decimal = "comma" if mark == "," else "point"
    report = import_file(policy_db, path, decimal=decimal)
    assert report.percent_cells == len(percent)
    _check_stored(policy_db, records, report)


# -- hostile files: a clear answer, never another exception --------------------------------


def _clear_answer(db, path: Path) -> str:
    """Import `path` (dry run); the user-facing outcome. Any exception other than
    BarometerError would be the command line's "Unexpected error"."""
    try:
        report = import_file(db, path, dry_run=True)
    except BarometerError as error:
        message = error.user_message(translate)  # Danish, as the user reads it
        assert message and "Traceback" not in message
        return message
    assert report.rejection_count >= len(report.rejections)
    assert all(line for line in report_lines(report))  # the report's words can be made, too
    return "report"


def _command_line_answer(db_path: Path, path: Path) -> str:
    """The same file through the command (`import --dry-run`): one clear answer
    on stderr or a report, never "Unexpected error" or a traceback."""
    import contextlib

    from barometer_desktop.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", str(db_path), "import", str(path), "--dry-run"])
    text = err.getvalue()
    assert code in (0, 1) and "Uventet fejl" not in text and "Traceback" not in text, text
    return text or out.getvalue()


_BASE_CSV = ("indikator;område;periode;værdi;note\n1.2;København;2011;66,5;Københavns tal\n"
             "4.1;Aarhus;2012;1.250,5;\n2.1;Hele landet;2013K1;-3,4;ø\n")


@st.composite
def hostile_csv(draw):
    """(bytes, what must happen: None for any clear answer, or a word the message must hold)."""
    base = _BASE_CSV.encode("utf-8")
    kind = draw(st.sampled_from(["cp1252 line", "utf-16", "nul", "flip", "truncate", "wide row", "mixed marks",
                                 "random"]))
    if kind == "cp1252 line":
        line = "1.2;Århus;2014;5,5;ændret\n".encode("cp1252")
        return base + line + "6.1;Odense;2012;61;ø\n".encode(), "linje 5"
    if kind == "utf-16":
        return _BASE_CSV.encode(draw(st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"]))), "UTF-16"
    if kind == "nul":
        at = draw(st.integers(0, len(base)))
        return base[:at] + b"\x00" + base[at:], None
    if kind == "flip":
        data = bytearray(base)
        for _ in range(draw(st.integers(1, 5))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data), None
    if kind == "truncate":
        return base[: draw(st.integers(0, len(base)))], None
    if kind == "wide row":
        return base + (";x" * draw(st.integers(2001, 3000))).encode() + b"\n", "2.000 kolonner"
    if kind == "mixed marks":
        return base + b"1.2;Odense;2013;61.25;\n", "blander to talformater"
    return draw(st.binary(max_size=300)), None


@settings(max_examples=350, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(file=hostile_csv())
def test_hostile_csv_files_get_a_clear_answer(policy_db, policy_db_path, tmp_path, file):
    FILES["hostile csv"] += 1
    data, expected = file
    path = tmp_path / "fjendtlig.csv"
    path.write_bytes(data)
    answer = _clear_answer(policy_db, path)
    if expected is not None:
        assert expected in answer
    if FILES["hostile csv"] % 5 == 0:  # a sample through the command as well
        _command_line_answer(policy_db_path, path)


@functools.lru_cache(maxsize=1)
def _base_xlsx() -> bytes:
    # Made once: a workbook carries its creation time, and hypothesis needs the same bytes each time.
    return hostile.workbook_bytes([hostile.HEADER, ["4.1", "København", 2013, 101.5], ["1.2", "Aarhus", "2012", "66,5"]])


@st.composite
def hostile_xlsx(draw):
    base = _base_xlsx()
    kind = draw(st.sampled_from(["entities", "dimension", "truncate", "flip", "drop member", "far cell"]))
    if kind == "entities":
        member = draw(st.sampled_from(["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml"]))
        return hostile.xlsx_with_entities(draw(st.sampled_from(["xxe", "billion-laughs"])), member), "entiteter"
    if kind == "dimension":
        return hostile.xlsx_claiming_huge_dimension(), "kolonner"
    if kind == "truncate":
        return base[: draw(st.integers(0, len(base) - 1))], None
    if kind == "flip":
        data = bytearray(base)
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data), None
    if kind == "drop member":
        import zipfile

        names = zipfile.ZipFile(io.BytesIO(base)).namelist()
        dropped = draw(st.sampled_from(names))
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(out, "w") as target:
            for name in names:
                if name != dropped:
                    target.writestr(name, source.read(name))
        return out.getvalue(), None
    row = draw(st.integers(3, 3_000_000))
    sheet = hostile._sheet(base).replace("</sheetData>", f'<row r="{row}"><c r="A{row}"><v>1</v></c></row></sheetData>')
    return hostile.replace_members(base, {"xl/worksheets/sheet1.xml": sheet.encode()}), None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(file=hostile_xlsx())
def test_hostile_xlsx_files_get_a_clear_answer(policy_db, policy_db_path, tmp_path, file):
    FILES["hostile xlsx"] += 1
    data, expected = file
    path = hostile.write(tmp_path / "fjendtlig.xlsx", data)
    answer = _clear_answer(policy_db, path)
    if expected is not None:
        assert expected in answer
    _command_line_answer(policy_db_path, path)


def test_the_run_made_at_least_1000_files():
    """Runs after the generators above (file order); meaningless when only some of them ran."""
    kinds = {"random csv", "model csv", "model xlsx", "hostile csv", "hostile xlsx"}
    if set(FILES) != kinds:
        pytest.skip("only part of the harness ran")
    assert sum(FILES.values()) >= 1000, FILES
