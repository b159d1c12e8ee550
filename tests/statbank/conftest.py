"""The StatBank stub on 127.0.0.1, started and stopped per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from statbank_stub import StubStatBank
from statbank_tables import make_table


@pytest.fixture
def stub() -> Iterator[StubStatBank]:
    server = StubStatBank(tables={"FOLK1E": make_table()}).start()
    yield server
    server.stop()
