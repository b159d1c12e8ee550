"""A small StatBank API client on the standard library.

What each part rests on (README, "Statistikbanken: what was checked"):
- Statistics Denmark's API page (api.statbank.dk, "Statistikbank API"):
  base address https://api.statbank.dk, version and function in the path
  (/v1/subjects, /v1/tables, /v1/tableinfo, /v1/data), the question POSTed
  as a JSON object, UTF-8 throughout, "lang" "da" (the default) or "en",
  "format" JSON or XML for every function but data;
- observed answers (documented by users of the API, not on the stored copy
  of the page): tableinfo's JSON ("id", "text", "unit", "suppressedDataValue",
  "updated" without a zone, "active", "variables" with "id", "text",
  "elimination", "time", "values" [{"id","text"}]; the time variable is
  often "Tid"); tables answers a JSON list of {"id", "text", "unit",
  "updated", "firstPeriod", "latestPeriod", "active", "variables"} and has
  no text search (we search its list here); data in the BULK format is
  ';'-separated with a header of variable codes in capitals and the figure
  last (INDHOLD), the decimal mark of the language asked ("37,7" in Danish,
  "37.7" in English), ".." for a figure that is missing; BULK needs a value
  for every variable (no elimination); an error is HTTP 400 with
  {"errorTypeCode", "message"}, e.g. EXTRACT-NOTFOUND "Tabel findes ikke: X",
  EXTRACT-NOTALLOWED, REQUEST-MISSING.

Why urllib and not requests: a few POST calls with a JSON body need nothing
more; urllib's ProxyHandler reads the system proxy (environment, and the
Windows registry via urllib.request.getproxies), and the app ships one
dependency fewer (see README, "Statistikbanken").

Every call has one overall deadline (connecting, headers and answer
together, not per socket read) and a cap on the answer's size; every failure becomes one
StatBankError with a translatable one-line message. Nothing here touches
the database.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import socket
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime

from barometer_desktop.errors import QT_TRANSLATE_NOOP, BarometerError, os_reason

DEFAULT_BASE_URL = "https://api.statbank.dk/v1"
DEFAULT_TIMEOUT = 20.0  # seconds, the whole call: connecting and reading
# The largest answer read: the list of every table, inactive ones included, is
# about 1.2 MB; a barometer's data answer (99 areas x 20 years) well under 1 MB.
MAX_ANSWER_BYTES = 16 * 1024 * 1024
_CHUNK = 64 * 1024
BASE_URL_ENV = "BAROMETER_STATBANK_URL"  # another address (a test stub, a mirror)


class StatBankError(BarometerError):
    """The StatBank could not be asked, or refused the question; nothing was changed."""


@dataclass(frozen=True)
class VariableInfo:
    id: str
    text: str
    is_time: bool
    values: tuple[tuple[str, str], ...]  # (code, text)
    elimination: bool = False  # the table can sum it away (not in the BULK format)

    def codes(self) -> set[str]:
        return {code for code, _ in self.values}


@dataclass(frozen=True)
class TableInfo:
    id: str
    text: str
    unit: str
    updated: datetime | None
    variables: tuple[VariableInfo, ...] = field(default=())
    suppressed: str = ""  # tableinfo's "suppressedDataValue": what the table writes for a hidden figure

    def variable(self, code: str) -> VariableInfo | None:
        wanted = code.strip().upper()
        return next((v for v in self.variables if v.id.upper() == wanted), None)

    @property
    def time_variable(self) -> VariableInfo | None:
        return next((v for v in self.variables if v.is_time), None)


@dataclass(frozen=True)
class TableSummary:
    """One table of the tables function's list."""

    id: str
    text: str
    unit: str
    updated: datetime | None
    first_period: str
    latest_period: str
    active: bool
    variables: tuple[str, ...]


def search_tables(tables: list[TableSummary], text: str) -> list[TableSummary]:
    """The tables whose id or title holds every word of `text` (the API has no search of its own)."""
    words = text.casefold().split()
    return [t for t in tables if all(w in f"{t.id} {t.text}".casefold() for w in words)]


@dataclass(frozen=True)
class DataTable:
    """A data answer: the header (variable codes, figure last) and the rows as text."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def base_url() -> str:
    return os.environ.get(BASE_URL_ENV, "").strip().rstrip("/") or DEFAULT_BASE_URL


class StatBankClient:
    def __init__(self, base: str | None = None, *, timeout: float = DEFAULT_TIMEOUT, lang: str = "da",
                 max_bytes: int = MAX_ANSWER_BYTES) -> None:
        self.base = (base or base_url()).rstrip("/")
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.lang = "en" if lang == "en" else "da"

    # -- functions --------------------------------------------------------------

    def tableinfo(self, table: str) -> TableInfo:
        body = self._post("tableinfo", {"table": table.strip(), "format": "JSON", "lang": self.lang})
        return _read_json(body, _table_info)

    def tables(self, *, include_inactive: bool = False) -> list[TableSummary]:
        """Every table (the active ones unless asked): the list a search looks through."""
        body = self._post("tables", {"format": "JSON", "lang": self.lang, "includeInactive": include_inactive})
        return _read_json(body, _table_list)

    def data(self, table: str, selection: dict[str, list[str]]) -> DataTable:
        request = {
            "table": table.strip(),
            "format": "BULK",
            "lang": self.lang,
            "valuePresentation": "Code",
            "variables": [{"code": code, "values": list(values)} for code, values in selection.items()],
        }
        body = self._post("data", request)
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise StatBankError(
                QT_TRANSLATE_NOOP("Errors", "Statistikbanken gave an answer that could not be read ({reason})."),
                reason="UTF-8",
            ) from error
        return parse_bulk(text)

    # -- transport --------------------------------------------------------------

    def _post(self, function: str, payload: dict) -> bytes:
        request = urllib.request.Request(
            f"{self.base}/{function}",
            data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
            headers={"Content-Type": "application/json; charset=utf-8", "Accept": "*/*"},
            method="POST",
        )
        deadline = _Deadline(self.timeout)
        # ProxyHandler() without arguments takes the system's proxy settings.
        opener = urllib.request.build_opener(
            urllib.request.ProxyHandler(), _HTTPHandler(deadline), _HTTPSHandler(deadline))
        try:
            with deadline, opener.open(request, timeout=self.timeout) as response:
                return self._read(response, deadline)
        except urllib.error.HTTPError as error:
            if deadline.expired:
                raise _timeout(self.timeout) from error
            raise _api_error(error, function, payload.get("table", "")) from error
        except (OSError, http.client.HTTPException) as error:  # URLError and socket.timeout are OSErrors
            if deadline.expired or isinstance(error, TimeoutError) or isinstance(
                    getattr(error, "reason", None), TimeoutError):
                raise _timeout(self.timeout) from error
            reason = getattr(error, "reason", None) or error
            if isinstance(reason, socket.gaierror):
                # The name could not be looked up: no network (or no DNS), said in the user's words.
                raise StatBankError(
                    QT_TRANSLATE_NOOP("Errors", "No connection to Statistikbanken: this computer cannot reach "
                                                "api.statbank.dk (no network, or a proxy is needed)."),
                ) from error
            raise StatBankError(
                QT_TRANSLATE_NOOP("Errors", "No connection to Statistikbanken ({reason}); nothing was changed."),
                reason=os_reason(reason) if isinstance(reason, OSError) else str(reason) or type(error).__name__,
            ) from error

    def _read(self, response, deadline: _Deadline) -> bytes:
        """The answer, in chunks, up to the size cap (the deadline shuts the socket when time is up)."""
        parts: list[bytes] = []
        size = 0
        while True:
            # read1: at most one read from the socket, so the deadline is looked at between them.
            chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
            if deadline.expired:
                raise TimeoutError
            if not chunk:
                if getattr(response, "length", None):  # closed before the promised Content-Length
                    raise http.client.IncompleteRead(b"".join(parts), response.length)
                return b"".join(parts)
            size += len(chunk)
            if size > self.max_bytes:
                raise StatBankError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Statistikbanken's answer is larger than {size} MB, more than a barometer needs; nothing "
                        "was changed. Choose fewer values.",
                    ),
                    size=f"{self.max_bytes / 1024 / 1024:g}",
                )
            parts.append(chunk)


class _Deadline:
    """One call's time: when it is up, the call's sockets are shut, whatever the call is waiting for
    (connecting, the status line, headers or the answer). A socket timeout alone bounds each read,
    so a server sending a byte now and then would keep the call going for ever."""

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()


def _watched(base: type[http.client.HTTPConnection], deadline: _Deadline) -> type[http.client.HTTPConnection]:
    class Connection(base):  # type: ignore[misc, valid-type]
        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    return Connection


class _Watching:
    """A urllib handler whose connections are watched by the call's deadline (http and https alike:
    the standard handlers' own http_open/https_open call do_open with their arguments)."""

    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def do_open(self, http_class, req, **kwargs):
        return super().do_open(_watched(http_class, self.deadline), req, **kwargs)


class _HTTPHandler(_Watching, urllib.request.HTTPHandler):
    pass


class _HTTPSHandler(_Watching, urllib.request.HTTPSHandler):
    pass


def _read_json(body: bytes, build):
    try:
        return build(json.loads(body.decode("utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:  # RecursionError: [[[[...
        raise StatBankError(
            QT_TRANSLATE_NOOP("Errors", "Statistikbanken gave an answer that could not be read ({reason})."),
            reason=type(error).__name__,
        ) from error


def _timeout(seconds: float) -> StatBankError:
    return StatBankError(
        QT_TRANSLATE_NOOP(
            "Errors", "Statistikbanken did not answer within {seconds} seconds; nothing was changed. Try again later."
        ),
        seconds=f"{seconds:g}",
    )


def _api_error(error: urllib.error.HTTPError, function: str, table: str) -> StatBankError:
    """The API's own words when it gives them: HTTP 400 with {"errorTypeCode", "message"}.

    EXTRACT-NOTFOUND is both "no such table" ("Tabel findes ikke: X",
    "Tabellen blev ikke fundet") and "no such variable or value"; tableinfo
    only asks about a table, and the message says which for data.
    """
    code, message = "", ""
    try:
        data = json.loads(error.read(64 * 1024).decode("utf-8", errors="replace"))
        code, message = str(data.get("errorTypeCode", "")).strip(), str(data.get("message", "")).strip()
    except (ValueError, AttributeError, OSError):
        pass
    upper, lower = code.upper(), message.lower()
    about_table = function == "tableinfo" or "tabel" in lower or "table" in lower
    if (upper == "EXTRACT-NOTFOUND" and about_table) or (error.code == 404 and not message):
        return StatBankError(QT_TRANSLATE_NOOP("Errors", "Statistikbanken has no table \"{table}\"."), table=table)
    if upper.startswith("EXTRACT-") or upper == "REQUEST-LIMIT":
        return StatBankError(
            QT_TRANSLATE_NOOP("Errors", "Statistikbanken refused the selection for table {table}: {message}"),
            table=table, message=message or code,
        )
    return StatBankError(
        QT_TRANSLATE_NOOP("Errors", "Statistikbanken answered with an error (HTTP {status}): {message}"),
        status=error.code, message=message or code or error.reason,
    )


def _when(text: object) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None


def _table_info(data: dict) -> TableInfo:
    variables = tuple(
        VariableInfo(
            id=str(v["id"]),
            text=str(v.get("text", "")),
            is_time=bool(v.get("time", False)),
            values=tuple((str(x["id"]), str(x.get("text", ""))) for x in v.get("values", ())),
            elimination=bool(v.get("elimination", False)),
        )
        for v in data.get("variables", ())
    )
    return TableInfo(
        id=str(data["id"]), text=str(data.get("text", "")), unit=str(data.get("unit", "")),
        updated=_when(data.get("updated")), variables=variables,
        suppressed=str(data.get("suppressedDataValue") or "").strip(),
    )


def _table_list(data: list) -> list[TableSummary]:
    if not isinstance(data, list):
        raise TypeError("not a list")
    return [
        TableSummary(
            id=str(t["id"]), text=str(t.get("text", "")), unit=str(t.get("unit", "")), updated=_when(t.get("updated")),
            first_period=str(t.get("firstPeriod", "")), latest_period=str(t.get("latestPeriod", "")),
            active=bool(t.get("active", True)), variables=tuple(str(v) for v in t.get("variables", ())),
        )
        for t in data
    ]


def parse_bulk(text: str) -> DataTable:
    """The BULK format: ';'-separated, header of variable codes, the figure last."""
    reader = csv.reader(io.StringIO(text), delimiter=";")
    try:
        rows = [tuple(cell.strip() for cell in row) for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as error:  # a cell over the csv module's field limit, a stray quote at the end
        raise StatBankError(
            QT_TRANSLATE_NOOP("Errors", "Statistikbanken gave an answer that could not be read ({reason})."),
            reason=f"line {reader.line_num}",
        ) from error
    if not rows:
        raise StatBankError(QT_TRANSLATE_NOOP("Errors", "Statistikbanken sent no figures for this selection."))
    header, body = rows[0], rows[1:]
    width = len(header)
    for number, row in enumerate(body, start=2):
        if len(row) != width:
            raise StatBankError(
                QT_TRANSLATE_NOOP("Errors", "Statistikbanken gave an answer that could not be read ({reason})."),
                reason=f"line {number}",
            )
    return DataTable(header=tuple(h.upper() for h in header), rows=tuple(body))
