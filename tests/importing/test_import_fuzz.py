"""Generated CSV files never crash the importer: a clear error or a correct import."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barometer_desktop.errors import BarometerError
from barometer_desktop.importing.service import import_file

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


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
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
