"""A real HTTP server on 127.0.0.1 that misbehaves on purpose, one scripted answer per request."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def completion(content: str | None, finish_reason: str = "stop", **extra) -> dict:
    choice = {
        "index": 0,
        "finish_reason": finish_reason,
        "message": {"role": "assistant", "content": content, **extra},
    }
    return {
        "id": "x",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "choices": [choice],
        "usage": {"prompt_tokens": 10, "completion_tokens": 2, "total_tokens": 12},
    }


OK_A = ("json", completion('{"answer": "A"}'))


class Script:
    """Answers to give, in order; the last one repeats."""

    def __init__(self, answers: list[tuple]) -> None:
        self.answers = answers
        self.requests: list[dict] = []

    def next(self) -> tuple:
        n = len(self.requests)
        return self.answers[min(n - 1, len(self.answers) - 1)]


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            script.requests.append(json.loads(body or b"{}"))
            kind, *args = script.next()
            if kind == "sleep":
                time.sleep(args[0])
                kind, args = "json", [completion('{"answer": "A"}')]
            if kind == "status":
                self._send(
                    args[0], b'{"error": {"message": "scripted"}}', args[1] if len(args) > 1 else {}
                )
            elif kind == "json":
                self._send(200, json.dumps(args[0]).encode())
            elif kind == "raw":
                self._send(200, args[0])
            elif kind == "drip":  # a whole answer, one byte every args[0] seconds
                self._drip(json.dumps(completion('{"answer": "A"}')).encode(), args[0])

        def _drip(self, payload: bytes, every: float) -> None:
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            try:
                for i in range(len(payload)):
                    self.wfile.write(payload[i : i + 1])
                    self.wfile.flush()
                    time.sleep(every)
            except OSError:  # the client gave up and closed the connection
                pass

        def _send(self, status: int, payload: bytes, headers: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            with contextlib.suppress(OSError):  # the client was killed or gave up
                self.wfile.write(payload)

    return Handler


@contextmanager
def serving(answers: list[tuple]) -> Iterator[tuple[str, Script]]:
    """Serve the scripted answers; yield the base URL and the script (with the requests seen)."""
    script = Script(answers)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    server.daemon_threads = True  # a dripping answer must not hold the test at shutdown
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", script
    finally:
        server.shutdown()
        server.server_close()
