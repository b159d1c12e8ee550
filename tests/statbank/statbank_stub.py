"""A local stand-in for the StatBank API (127.0.0.1, started by a test).

It answers POST /v1/tables, /v1/tableinfo (JSON) and /v1/data (BULK) the
way the StatBank API answers (README, "Statistikbanken: what was checked"):
tableinfo with "suppressedDataValue", "elimination" and a time variable
called "Tid"; BULK ';'-separated with the variable codes in capitals in the
header, the figure last with the decimal mark of the language asked, ".."
for a missing figure, and a value required for every variable; errors as
HTTP 400 with {"errorTypeCode", "message"} (EXTRACT-NOTFOUND,
EXTRACT-NOTALLOWED). `delay` makes every answer slow, `drip` sends it a
few bytes at a time, `drip_headers` its headers a byte at a time, `short_by`
breaks it off early, `padding` makes it large, `duplicate` repeats a row,
`answer_text` replaces the data answer; requests are recorded.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class StubTable:
    id: str
    text: str
    updated: str  # ISO time as tableinfo gives it
    variables: list[dict]  # tableinfo's variables: {"id", "text", "time", "values": [{"id", "text"}]}
    figure: Callable[[dict[str, str]], str]  # one cell's figure from its codes (variable ids in capitals)

    def time_codes(self) -> list[str]:
        return [v["id"] for v in next(v for v in self.variables if v.get("time"))["values"]]


@dataclass
class StubStatBank:
    tables: dict[str, StubTable] = field(default_factory=dict)
    delay: float = 0.0
    drip: float = 0.0  # seconds between 16-byte pieces of the answer
    drip_headers: float = 0.0  # seconds between single bytes of the status line and headers
    short_by: int = 0  # the answer ends this many bytes before its Content-Length says
    padding: int = 0  # bytes of blank lines after a data answer
    duplicate: bool = False  # the data answer repeats its first row
    answer_text: str | None = None  # the data answer as given
    requests: list[tuple[str, dict]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> StubStatBank:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length).decode("utf-8") or "{}")
                function = self.path.rstrip("/").rsplit("/", 1)[-1]
                stub.requests.append((function, body))
                if stub.delay:
                    time.sleep(stub.delay)
                status, content_type, payload = stub.answer(function, body)
                data = payload.encode("utf-8")
                try:
                    if stub.drip_headers:
                        head = (f"HTTP/1.1 {status} OK\r\nContent-Type: {content_type}\r\n"
                                f"Content-Length: {len(data)}\r\n\r\n").encode("ascii")
                        for byte in range(len(head)):
                            self.wfile.write(head[byte:byte + 1])
                            self.wfile.flush()
                            time.sleep(stub.drip_headers)
                        self.wfile.write(data)
                        return
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(data) + stub.short_by))
                    self.end_headers()
                    if stub.drip:
                        for start in range(0, len(data), 16):
                            self.wfile.write(data[start:start + 16])
                            self.wfile.flush()
                            time.sleep(stub.drip)
                    else:
                        self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    # -- answers --------------------------------------------------------------------

    def _error(self, code: str, message: str) -> tuple[int, str, str]:
        return 400, "application/json; charset=utf-8", json.dumps({"errorTypeCode": code, "message": message},
                                                                   ensure_ascii=False)

    def answer(self, function: str, body: dict) -> tuple[int, str, str]:
        if function == "tables":
            return 200, "application/json; charset=utf-8", json.dumps([
                {"id": t.id, "text": t.text, "unit": "Antal", "updated": t.updated, "firstPeriod": t.time_codes()[0],
                 "latestPeriod": t.time_codes()[-1], "active": True, "variables": [v["text"] for v in t.variables]}
                for t in self.tables.values()], ensure_ascii=False)
        table = self.tables.get(str(body.get("table", "")).upper())
        if table is None:
            return self._error("EXTRACT-NOTFOUND", f"Tabel findes ikke: {body.get('table')}")
        if function == "tableinfo":
            return 200, "application/json; charset=utf-8", json.dumps(
                {"id": table.id, "text": table.text, "description": table.text, "unit": "Antal",
                 "suppressedDataValue": "0", "updated": table.updated, "active": True, "contacts": [],
                 "variables": table.variables}, ensure_ascii=False)
        if function != "data":
            return self._error("REQUEST-MISSING", "Ukendt funktion")
        if body.get("format") != "BULK":
            return self._error("REQUEST-MISSING", "Format not found or not valid.")
        chosen: list[tuple[str, list[str]]] = []
        asked = {v["code"].upper(): v["values"] for v in body.get("variables", [])}
        for variable in table.variables:
            codes = [v["id"] for v in variable["values"]]
            wanted = asked.get(variable["id"].upper())
            if wanted is None:  # BULK eliminates nothing
                return self._error("EXTRACT-NOTALLOWED", f"Der skal vælges værdier for variabel: {variable['id']}")
            if wanted != ["*"]:
                unknown = [w for w in wanted if w not in codes]
                if unknown:
                    return self._error("EXTRACT-NOTFOUND", f"Værdien blev ikke fundet: {unknown[0]} ({variable['id']})")
                codes = wanted
            chosen.append((variable["id"].upper(), codes))
        if self.answer_text is not None:
            return 200, "text/csv; charset=utf-8", self.answer_text
        lines = [";".join([name for name, _ in chosen] + ["INDHOLD"])]
        for combination in itertools.product(*[codes for _, codes in chosen]):
            cell = dict(zip([name for name, _ in chosen], combination))
            figure = table.figure(cell)
            if body.get("lang", "da") == "da" and figure != "..":
                figure = figure.replace(".", ",")  # the decimal mark of the language asked
            lines.append(";".join([*combination, figure]))
        if self.duplicate:
            lines.insert(2, lines[1])
        return 200, "text/csv; charset=utf-8", "\r\n".join(lines) + "\r\n" + "\r\n" * (self.padding // 2)
