"""Benchmark checking a corpus against a local fake endpoint with a fixed latency.

    python scripts/bench_corpus.py [--docs 16] [--latency 0.2] [--skip-long]

The fake endpoint (127.0.0.1, a thread per request) answers every question with "A" after
`--latency` seconds, so the figures measure claimcheck, not a model. It prints:
- documents per second, sequential and with 2, 4 and 8 concurrent checks (check_many), and
  the endpoint's busy fraction (time at least one request was in flight / wall time);
- a second pass over the same documents with the answer cache on: calls and cached answers;
- prompt tokens per input token on the founding example (the fake counts 4 characters a
  token, as the eval does);
- non-model time of check() at 1k, 10k and 100k words (no endpoint: questions not asked).
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import claimcheck
from claimcheck import Item, check_many

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "examples" / "nato_casualties_article.txt").read_text(encoding="utf-8")


class Endpoint:
    """A fake OpenAI-compatible endpoint that answers 'A' after a fixed latency."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.in_flight = 0
        self.busy_since = 0.0
        self.busy = 0.0
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def _enter(self) -> None:
        with self.lock:
            if self.in_flight == 0:
                self.busy_since = time.perf_counter()
            self.in_flight += 1

    def _leave(self) -> None:
        with self.lock:
            self.in_flight -= 1
            if self.in_flight == 0:
                self.busy += time.perf_counter() - self.busy_since

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                endpoint._enter()
                try:
                    time.sleep(endpoint.latency)
                    prompt = sum(len(m["content"]) for m in json.loads(body)["messages"]) // 4
                    answer = {
                        "id": "x",
                        "object": "chat.completion",
                        "created": 0,
                        "model": "fake",
                        "choices": [
                            {
                                "index": 0,
                                "finish_reason": "stop",
                                "message": {"role": "assistant", "content": '{"answer": "A"}'},
                            }
                        ],
                        "usage": {"prompt_tokens": prompt, "completion_tokens": 5},
                    }
                    payload = json.dumps(answer).encode()
                    self.send_response(200)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                finally:
                    endpoint._leave()

        return Handler


def corpus(n: int) -> list[Item]:
    """The founding article n times, its thousands changed per copy so no answer repeats."""
    return [Item(id=str(i), text=_copy(i)) for i in range(n)]


def _copy(i: int) -> str:
    return re.sub(r"\d{3},(\d{3})", lambda m: f"{i + 101},{m.group(1)}", ARTICLE)


def text_of(words: int) -> str:
    per_copy = len(ARTICLE.split())
    return "\n\n".join(c.text for c in corpus(words // per_copy + 1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=16)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--skip-long", action="store_true", help="skip the 100k-word text")
    args = parser.parse_args()
    endpoint = Endpoint(args.latency)
    items = corpus(args.docs)
    base = claimcheck.Config(base_url=endpoint.url, api_key="x", cache=False)
    print(f"{args.docs} copies of the founding article; endpoint latency {args.latency} s")
    print(f"{'concurrent':>10} {'docs/s':>8} {'speed-up':>9} {'busy':>6} {'calls':>6}")
    first = 0.0
    for concurrency in (1, 2, 4, 8):
        endpoint.busy = 0.0
        started = time.perf_counter()
        done = check_many(items, concurrency=concurrency, config=base)
        wall = time.perf_counter() - started
        rate = len(items) / wall
        first = first or rate
        calls = sum(c.report.coverage.llm_calls for c in done if c.report)
        print(
            f"{concurrency:>10} {rate:>8.2f} {rate / first:>8.1f}× {endpoint.busy / wall:>6.0%} "
            f"{calls:>6}"
        )
    with tempfile.TemporaryDirectory() as folder:
        cached = base.model_copy(update={"cache": True, "cache_dir": Path(folder)})
        check_many(items, concurrency=8, config=cached)
        again = check_many(items, concurrency=8, config=cached)
        reports = [c.report for c in again if c.report]
        print(
            f"second pass with the cache: {sum(r.coverage.llm_calls for r in reports)} calls, "
            f"{sum(r.coverage.cached_answers for r in reports)} answers from the cache"
        )
    report = claimcheck.check(ARTICLE, config=base)
    tokens = report.coverage.prompt_tokens / (len(ARTICLE) / 4)
    print(f"founding example: {tokens:.2f} prompt tokens per input token")
    offline = claimcheck.Config(base_url=None, cache=False)
    sizes = (1_000, 10_000) if args.skip_long else (1_000, 10_000, 100_000)
    for words in sizes:
        text = text_of(words)
        started = time.perf_counter()
        claimcheck.check(text, config=offline)
        print(f"non-model time at {words:>7,} words: {time.perf_counter() - started:7.2f} s")


if __name__ == "__main__":
    main()
