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
    assert info.time_variable is not None and info.time_variable.id == "TID"
    assert stub.requests[0] == ("tableinfo", {"table": "folk1e", "format": "JSON", "lang": "da"})


def test_data_is_asked_as_bulk_with_codes_and_read_with_danish_letters(stub) -> None:
    table = StatBankClient(stub.url, timeout=5).data(
        "FOLK1E", {"OMRÅDE": ["101", "851"], "HERKOMST": ["5"], "TID": ["2019"]})
    assert table.header == ("OMRÅDE", "HERKOMST", "TID", "INDHOLD")
    assert table.rows == (("101", "5", "2019", "103"), ("851", "5", "2019", ".."))
    function, body = stub.requests[-1]
    assert function == "data" and body["format"] == "BULK" and body["valuePresentation"] == "Code"
    assert body["variables"][0] == {"code": "OMRÅDE", "values": ["101", "851"]}


def test_bulk_with_bom_and_semicolons_in_quotes() -> None:
    table = parse_bulk('\ufeffOMRÅDE;TID;INDHOLD\r\n"101";2021K1;"12,5"\r\n')
    assert table.rows == (("101", "2021K1", "12,5"),)


def test_unknown_table_is_one_clear_message(stub) -> None:
    with pytest.raises(StatBankError) as caught:
        StatBankClient(stub.url, timeout=5).tableinfo("NIX99")
    assert str(caught.value) == 'Statistikbanken has no table "NIX99".'


def test_invalid_selection_passes_the_api_text_on(stub) -> None:
    with pytest.raises(StatBankError) as caught:
        StatBankClient(stub.url, timeout=5).data("FOLK1E", {"OMRÅDE": ["999"], "TID": ["2019"]})
    assert "refused the selection" in str(caught.value)
    assert "Værdien 999 findes ikke for OMRÅDE" in str(caught.value)


def test_a_slow_answer_is_a_timeout_message(stub) -> None:
    stub.delay = 1.0
    with pytest.raises(StatBankError) as caught:
        StatBankClient(stub.url, timeout=0.2).tableinfo("FOLK1E")
    assert "did not answer within 0.2 seconds" in str(caught.value)


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
