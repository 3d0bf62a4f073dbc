"""Benchmark the deterministic reading: throughput and growth with text size.

    python scripts/bench_reading.py [--no-gc] [--alone]

With --no-gc, Python's garbage collector is off while reading, to show what it costs.

When quantulum3 (a popular quantity extractor on the package index: pip install quantulum3)
is installed, it reads the same texts in the same run, and the last columns give its time
and how many times faster claimcheck is; --alone leaves it out.

Texts are the founding article repeated, with every figure changed per copy so no cache helps.
"""

from __future__ import annotations

import gc
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimcheck.normalize import read

ARTICLE = (
    Path(__file__).resolve().parent.parent / "examples" / "nato_casualties_article.txt"
).read_text(encoding="utf-8")


def copy(n: int) -> str:
    """Return the article with its thousands changed, different for each n."""
    return re.sub(r"\d{3},(\d{3})", lambda m: f"{n % 900 + 100},{m.group(1)}", ARTICLE)


def text_of(words: int) -> str:
    per_copy = len(ARTICLE.split())
    return "\n\n".join(copy(n) for n in range(1, words // per_copy + 2))


def best_of_three(reader: Callable[[str], Any], text: str) -> tuple[float, Any]:
    """The fastest of three readings, and what the last one read."""
    best, found = float("inf"), None
    for _ in range(3):
        start = time.perf_counter()
        found = reader(text)
        best = min(best, time.perf_counter() - start)
    return best, found


def other_reader() -> Callable[[str], Any] | None:
    """quantulum3's parser, warmed up (its first call loads its data), if it is installed."""
    if "--alone" in sys.argv[1:]:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None

    def parse(text: str) -> Any:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parser.parse(text)

    parse("It weighs 5 kg.")
    return parse


def main() -> None:
    if "--no-gc" in sys.argv[1:]:
        gc.disable()
    other = other_reader()
    header = (
        f"{'words':>8} {'chars':>10} {'seconds':>8} {'MB/s':>6} {'mentions':>9} {'mentions/s':>11}"
    )
    if other is not None:
        header += f" {'quantulum3 s':>13} {'its quantities':>15} {'claimcheck faster':>18}"
    print(header)
    for words in (1_000, 10_000, 100_000):
        text = text_of(words)
        best, reading = best_of_three(read, text)
        mentions = len(reading.quantities) + len(reading.dates) + len(reading.durations)
        mb = len(text.encode()) / 1e6
        row = (
            f"{len(text.split()):>8} {len(text):>10} {best:>8.3f} {mb / best:>6.2f} "
            f"{mentions:>9} {mentions / best:>11.0f}"
        )
        if other is not None:
            its_best, its_reading = best_of_three(other, text)
            row += f" {its_best:>13.3f} {len(its_reading):>15} {its_best / best:>17.0f}x"
        print(row, flush=True)


if __name__ == "__main__":
    main()
