"""A small StatBank API client on the standard library.

Built against Statistics Denmark's published API documentation:
- base address https://api.statbank.dk, version and function in the path
  (/v1/tableinfo, /v1/data);
- the request is a JSON object POSTed in UTF-8: {"table", "format", "lang",
  "variables": [{"code", "values"}]};
- tableinfo answers JSON with "id", "text", "unit", "updated" and
  "variables" (each with "id", "text", "time" and "values" [{"id","text"}]);
- data in the BULK format is semicolon-separated text with a header of the
  variable codes and the figure in the last column (INDHOLD); with
  "valuePresentation": "Code" the cells hold codes, not texts;
- a figure that is missing or confidential is written ".." (or similar);
- an error answers HTTP 400/404 with a JSON object {"errorTypeCode", "message"}.

Why urllib and not requests: two POST calls with a JSON body need nothing
more; urllib's ProxyHandler reads the system proxy (environment, and the
Windows registry via urllib.request.getproxies), and the app ships one
dependency fewer (see README, "Statistikbanken").

Every call has a timeout; every failure becomes one StatBankError with a
translatable one-line message. Nothing here touches the database.
"""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime

from barometer_desktop.errors import QT_TRANSLATE_NOOP, BarometerError

DEFAULT_BASE_URL = "https://api.statbank.dk/v1"
DEFAULT_TIMEOUT = 20.0  # seconds, per call
BASE_URL_ENV = "BAROMETER_STATBANK_URL"  # another address (a test stub, a mirror)


class StatBankError(BarometerError):
    """The StatBank could not be asked, or refused the question; nothing was changed."""


@dataclass(frozen=True)
class VariableInfo:
    id: str
    text: str
    is_time: bool
    values: tuple[tuple[str, str], ...]  # (code, text)

    def codes(self) -> set[str]:
        return {code for code, _ in self.values}


@dataclass(frozen=True)
class TableInfo:
    id: str
    text: str
    unit: str
    updated: datetime | None
    variables: tuple[VariableInfo, ...] = field(default=())

    def variable(self, code: str) -> VariableInfo | None:
        wanted = code.strip().upper()
        return next((v for v in self.variables if v.id.upper() == wanted), None)

    @property
    def time_variable(self) -> VariableInfo | None:
        return next((v for v in self.variables if v.is_time), None)


@dataclass(frozen=True)
class DataTable:
    """A data answer: the header (variable codes, figure last) and the rows as text."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def base_url() -> str:
    return os.environ.get(BASE_URL_ENV, "").strip().rstrip("/") or DEFAULT_BASE_URL


class StatBankClient:
    def __init__(self, base: str | None = None, *, timeout: float = DEFAULT_TIMEOUT, lang: str = "da") -> None:
        self.base = (base or base_url()).rstrip("/")
        self.timeout = timeout
        self.lang = "en" if lang == "en" else "da"
        # ProxyHandler() without arguments takes the system's proxy settings.
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler())

    # -- functions --------------------------------------------------------------

    def tableinfo(self, table: str) -> TableInfo:
        body = self._post("tableinfo", {"table": table.strip(), "format": "JSON", "lang": self.lang})
        try:
            data = json.loads(body.decode("utf-8"))
            return _table_info(data)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise StatBankError(
                QT_TRANSLATE_NOOP("Errors", "Statistikbanken gave an answer that could not be read ({reason})."),
                reason=type(error).__name__,
            ) from error

    def data(self, table: str, selection: dict[str, list[str]]) -> DataTable:
        request = {
            "table": table.strip(),
            "format": "BULK",
            "lang": self.lang,
            "valuePresentation": "Code",
            "variables": [{"code": code, "values": list(values)} for code, values in selection.items()],
        }
        return parse_bulk(self._post("data", request).decode("utf-8-sig"))

    # -- transport --------------------------------------------------------------

    def _post(self, function: str, payload: dict) -> bytes:
        request = urllib.request.Request(
            f"{self.base}/{function}",
            data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
            headers={"Content-Type": "application/json; charset=utf-8", "Accept": "*/*"},
            method="POST",
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            raise _api_error(error, payload.get("table", "")) from error
        except TimeoutError as error:
            raise _timeout(self.timeout) from error
        except urllib.error.URLError as error:
            if isinstance(error.reason, (TimeoutError, socket.timeout)):
                raise _timeout(self.timeout) from error
            raise StatBankError(
                QT_TRANSLATE_NOOP("Errors", "No connection to Statistikbanken ({reason}); nothing was changed."),
                reason=str(error.reason),
            ) from error
        except (ConnectionError, OSError) as error:
            raise StatBankError(
                QT_TRANSLATE_NOOP("Errors", "No connection to Statistikbanken ({reason}); nothing was changed."),
                reason=str(error) or type(error).__name__,
            ) from error


def _timeout(seconds: float) -> StatBankError:
    return StatBankError(
        QT_TRANSLATE_NOOP(
            "Errors", "Statistikbanken did not answer within {seconds} seconds; nothing was changed. Try again later."
        ),
        seconds=f"{seconds:g}",
    )


def _api_error(error: urllib.error.HTTPError, table: str) -> StatBankError:
    """The API's own words when it gives them: {"errorTypeCode", "message"}."""
    code, message = "", ""
    try:
        data = json.loads(error.read().decode("utf-8", errors="replace"))
        code, message = str(data.get("errorTypeCode", "")), str(data.get("message", ""))
    except (ValueError, AttributeError, OSError):
        pass
    upper = code.upper()
    if "TABLE" in upper and ("NOTFOUND" in upper.replace("-", "").replace("_", "") or "UNKNOWN" in upper):
        return StatBankError(QT_TRANSLATE_NOOP("Errors", "Statistikbanken has no table \"{table}\"."), table=table)
    if error.code == 404 and not message:
        return StatBankError(QT_TRANSLATE_NOOP("Errors", "Statistikbanken has no table \"{table}\"."), table=table)
    if any(word in upper for word in ("VARIABLE", "VALUE", "SELECTION", "EXTRACT")):
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
        )
        for v in data.get("variables", ())
    )
    return TableInfo(
        id=str(data["id"]), text=str(data.get("text", "")), unit=str(data.get("unit", "")),
        updated=_when(data.get("updated")), variables=variables,
    )


def parse_bulk(text: str) -> DataTable:
    """The BULK format: ';'-separated, header of variable codes, the figure last."""
    reader = csv.reader(io.StringIO(text), delimiter=";")
    rows = [tuple(cell.strip() for cell in row) for row in reader if any(cell.strip() for cell in row)]
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
