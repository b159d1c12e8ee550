"""The client against the local stub: formats, Danish letters, missing figures, errors, timeouts."""

from __future__ import annotations

from datetime import datetime

import pytest

from barometer_desktop.statbank.client import StatBankClient, StatBankError, parse_bulk


def test_tableinfo_reads_variables_values_and_the_update_time(stub) -> None:
    info = StatBankClient(stub.url, timeout=5).tableinfo("folk1e")
    assert info.id == "FOLK1E"
    assert info.updated == datetime(2026, 2, 11, 8, 0)
    area = info.variable("område")
    assert area is not None and ("101", "København") in area.values
    # As tableinfo names it ("Tid"), while the BULK header writes "TID".
    assert info.time_variable is not None and info.time_variable.id == "Tid"
    assert info.suppressed == "0" and area.elimination
    assert stub.requests[0] == ("tableinfo", {"table": "folk1e", "format": "JSON", "lang": "da"})


def test_data_is_asked_as_bulk_with_codes_and_read_with_danish_letters(stub) -> None:
    table = StatBankClient(stub.url, timeout=5).data(
        "FOLK1E", {"OMRÅDE": ["101", "851"], "HERKOMST": ["5"], "Tid": ["2019"]})
    assert table.header == ("OMRÅDE", "HERKOMST", "TID", "INDHOLD")
    assert table.rows == (("101", "5", "2019", "103"), ("851", "5", "2019", ".."))
    function, body = stub.requests[-1]
    assert function == "data" and body["format"] == "BULK" and body["valuePresentation"] == "Code"
    assert body["variables"][0] == {"code": "OMRÅDE", "values": ["101", "851"]}


def test_bulk_with_bom_and_semicolons_in_quotes() -> None:
    table = parse_bulk('\ufeffOMRÅDE;TID;INDHOLD\r\n"101";2021K1;"12,5"\r\n')
    assert table.rows == (("101", "2021K1", "12,5"),)


def test_unknown_table_is_one_clear_message(stub) -> None:
    # The API answers EXTRACT-NOTFOUND "Tabel findes ikke: NIX99" (HTTP 400) for tableinfo and data.
    client = StatBankClient(stub.url, timeout=5)
    for call in (lambda: client.tableinfo("NIX99"), lambda: client.data("NIX99", {"Tid": ["2019"]})):
        with pytest.raises(StatBankError) as caught:
            call()
        assert str(caught.value) == 'Statistikbanken has no table "NIX99".'


def test_a_variable_left_out_is_refused_by_bulk_with_the_api_text(stub) -> None:
    with pytest.raises(StatBankError) as caught:
        StatBankClient(stub.url, timeout=5).data("FOLK1E", {"OMRÅDE": ["101"], "Tid": ["2019"]})
    assert str(caught.value) == ("Statistikbanken refused the selection for table FOLK1E: "
                                 "Der skal vælges værdier for variabel: HERKOMST")


def test_invalid_selection_passes_the_api_text_on(stub) -> None:
    with pytest.raises(StatBankError) as caught:
        StatBankClient(stub.url, timeout=5).data("FOLK1E", {"OMRÅDE": ["999"], "HERKOMST": ["5"], "Tid": ["2019"]})
    assert str(caught.value) == ("Statistikbanken refused the selection for table FOLK1E: "
                                 "Værdien blev ikke fundet: 999 (OMRÅDE)")


def test_a_slow_answer_is_a_timeout_message(stub) -> None:
    stub.delay = 1.0
    with pytest.raises(StatBankError) as caught:
        StatBankClient(stub.url, timeout=0.2).tableinfo("FOLK1E")
    assert "did not answer within 0.2 seconds" in str(caught.value)


def test_the_deadline_is_for_the_whole_call_not_each_read(stub) -> None:
    # A server that sends a few bytes every 0.05 s never trips a per-read timeout
    # of 0.5 s; the whole answer would take seconds. The call ends at its deadline.
    import time

    stub.drip = 0.05
    started = time.monotonic()
    with pytest.raises(StatBankError) as caught:
        StatBankClient(stub.url, timeout=0.5).tableinfo("FOLK1E")
    assert "did not answer within 0.5 seconds" in str(caught.value)
    assert time.monotonic() - started < 2.0


def test_the_deadline_also_covers_trickling_headers(stub) -> None:
    import time

    stub.drip_headers = 0.05  # about 4 s for the status line and headers, each byte well within a read timeout
    started = time.monotonic()
    with pytest.raises(StatBankError) as caught:
        StatBankClient(stub.url, timeout=0.5).tableinfo("FOLK1E")
    assert "did not answer within 0.5 seconds" in str(caught.value)
    assert time.monotonic() - started < 2.0


def test_an_answer_broken_off_is_refused_not_read_short(stub) -> None:
    # The connection closes before the promised length: a cut-off BULK row could otherwise read as a
    # smaller figure ("12" of "125"). It is one line, and nothing is read.
    stub.short_by = 5
    with pytest.raises(StatBankError) as caught:
        StatBankClient(stub.url, timeout=5).data("FOLK1E", {"OMRÅDE": ["101"], "HERKOMST": ["5"], "Tid": ["*"]})
    assert str(caught.value).startswith("No connection to Statistikbanken (IncompleteRead(")
    assert "\n" not in str(caught.value)


def test_an_answer_over_the_cap_is_refused(stub) -> None:
    stub.padding = 300_000
    with pytest.raises(StatBankError) as caught:
        StatBankClient(stub.url, timeout=5, max_bytes=200_000).data(
            "FOLK1E", {"OMRÅDE": ["101"], "HERKOMST": ["5"], "Tid": ["*"]})
    assert str(caught.value).startswith("Statistikbanken's answer is larger than 0.190735 MB")
    stub.padding = 0
    assert StatBankClient(stub.url, timeout=5, max_bytes=200_000).data(
        "FOLK1E", {"OMRÅDE": ["101"], "HERKOMST": ["5"], "Tid": ["*"]}).rows


def test_the_tables_list_and_a_search_in_it(stub) -> None:
    from barometer_desktop.statbank.client import search_tables

    tables = StatBankClient(stub.url, timeout=5).tables()
    assert stub.requests[-1] == ("tables", {"format": "JSON", "lang": "da", "includeInactive": False})
    assert [(t.id, t.first_period, t.latest_period, t.active) for t in tables] == [("FOLK1E", "2019", "2022", True)]
    assert tables[0].variables == ("område", "herkomst", "tid")
    assert [t.id for t in search_tables(tables, "befolkningen HERKOMST")] == ["FOLK1E"]
    assert [t.id for t in search_tables(tables, "folk1e")] == ["FOLK1E"]
    assert search_tables(tables, "befolkningen indkomst") == []


def test_no_connection_is_a_message() -> None:
    import socket

    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    with pytest.raises(StatBankError) as caught:
        StatBankClient(f"http://127.0.0.1:{port}/v1", timeout=2).tableinfo("FOLK1E")
    assert str(caught.value).startswith("No connection to Statistikbanken")


def test_the_system_proxy_is_used(stub, monkeypatch) -> None:
    # A proxy set in the environment (as the system settings give it) is where the call goes.
    monkeypatch.setenv("http_proxy", stub.url.rsplit("/v1", 1)[0])
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    info = StatBankClient("http://api.statbank.invalid/v1", timeout=5).tableinfo("FOLK1E")
    assert info.id == "FOLK1E"


@pytest.mark.parametrize("body", [
    "[" * 100_000 + "]" * 100_000,  # nested past the recursion limit
    '{"id": "FOLK1E", "variables": 7}',  # the wrong shape
    "\ufffe not json",
])
def test_an_unreadable_tableinfo_answer_is_one_line(stub, body) -> None:
    original = stub.answer
    stub.answer = lambda function, request: (200, "application/json", body)
    with pytest.raises(StatBankError) as caught:
        StatBankClient(stub.url, timeout=5).tableinfo("FOLK1E")
    stub.answer = original
    assert str(caught.value).startswith("Statistikbanken gave an answer that could not be read (")


@pytest.mark.parametrize("body", [b"OMR\xc5DE;TID;INDHOLD\r\n", ("A;INDHOLD\r\n" + "x" * 200_000 + ";1\r\n").encode()])
def test_an_unreadable_bulk_answer_is_one_line(body) -> None:
    class Canned(StatBankClient):
        def _post(self, function, payload):
            return body

    with pytest.raises(StatBankError) as caught:
        Canned("http://127.0.0.1:9/v1").data("FOLK1E", {"Tid": ["2019"]})
    assert str(caught.value).startswith("Statistikbanken gave an answer that could not be read (")


def test_no_network_is_said_in_the_users_words_not_the_resolvers(monkeypatch):
    import socket
    import urllib.error
    import urllib.request

    from barometer_desktop.i18n import translate_into
    from barometer_desktop.statbank.client import StatBankError

    def no_dns(self, request, *args, **kwargs):  # what urllib raises when the name cannot be looked up
        raise urllib.error.URLError(socket.gaierror(-2, "Name or service not known"))

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", no_dns)
    with pytest.raises(StatBankError) as caught:
        StatBankClient("https://api.statbank.dk/v1", timeout=5).tables()
    message = caught.value.user_message(lambda context, text: translate_into("da", context, text))
    assert "api.statbank.dk" in message and "netværk" in message and "Errno" not in message
