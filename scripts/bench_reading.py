"""Benchmark the deterministic reading: throughput and growth with text size.

    python scripts/bench_reading.py [--no-gc]

With --no-gc, Python's garbage collector is off while reading, to show what it costs.

Texts are the founding article repeated, with every figure changed per copy so no cache helps.
"""

from __future__ import annotations

import gc
import re
import sys
import time
from pathlib import Path

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


def main() -> None:
    if "--no-gc" in sys.argv[1:]:
        gc.disable()
    print(
        f"{'words':>8} {'chars':>10} {'seconds':>8} {'MB/s':>6} {'mentions':>9} {'mentions/s':>11}"
    )
    for words in (1_000, 10_000, 100_000):
        text = text_of(words)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            reading = read(text)
            best = min(best, time.perf_counter() - start)
        mentions = len(reading.quantities) + len(reading.dates) + len(reading.durations)
        mb = len(text.encode()) / 1e6
        print(
            f"{len(text.split()):>8} {len(text):>10} {best:>8.3f} {mb / best:>6.2f} "
            f"{mentions:>9} {mentions / best:>11.0f}"
        )


if __name__ == "__main__":
    main()
