"""A local stand-in for the StatBank API (127.0.0.1, started by a test).

It answers POST /v1/tableinfo (JSON) and /v1/data (BULK: ';'-separated,
variable codes in the header, the figure last, ".." for a missing figure)
as Statistics Denmark's documentation describes them, and errors as a JSON
object {"errorTypeCode", "message"} with HTTP 400. `delay` makes every answer
slow (for the timeout test); requests are recorded for assertions.
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
    figure: Callable[[dict[str, str]], str]  # one cell's figure from its codes


@dataclass
class StubStatBank:
    tables: dict[str, StubTable] = field(default_factory=dict)
    delay: float = 0.0
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
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
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
        table = self.tables.get(str(body.get("table", "")).upper())
        if table is None:
            return self._error("TABLE-NOTFOUND", f"Tabellen \"{body.get('table')}\" findes ikke.")
        if function == "tableinfo":
            return 200, "application/json; charset=utf-8", json.dumps(
                {"id": table.id, "text": table.text, "unit": "antal", "updated": table.updated,
                 "variables": table.variables}, ensure_ascii=False)
        if function != "data":
            return self._error("FUNCTION-NOTFOUND", "Ukendt funktion")
        if body.get("format") != "BULK":
            return self._error("FORMAT-UNKNOWN", "Ukendt format")
        chosen: list[tuple[str, list[str]]] = []
        asked = {v["code"].upper(): v["values"] for v in body.get("variables", [])}
        for variable in table.variables:
            codes = [v["id"] for v in variable["values"]]
            wanted = asked.get(variable["id"].upper())
            if wanted is None:  # not selected: the API eliminates it (its total)
                continue
            if wanted != ["*"]:
                unknown = [w for w in wanted if w not in codes]
                if unknown:
                    return self._error("VALUE-NOTFOUND", f"Værdien {unknown[0]} findes ikke for {variable['id']}")
                codes = wanted
            chosen.append((variable["id"], codes))
        lines = [";".join([name for name, _ in chosen] + ["INDHOLD"])]
        for combination in itertools.product(*[codes for _, codes in chosen]):
            cell = dict(zip([name for name, _ in chosen], combination))
            lines.append(";".join([*combination, table.figure(cell)]))
        return 200, "text/csv; charset=utf-8", "\r\n".join(lines) + "\r\n"
