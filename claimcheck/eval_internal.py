"""Score claimcheck on single texts: python -m claimcheck.eval --internal FILE.jsonl.

Each JSONL item needs `text`, `inconsistent` and, for inconsistent items, `evidence` (two
spans: the inserted sentence and the counterpart it contradicts). Only `text` is checked; no
other field reaches the checker. A text is flagged when any finding is inconsistent. A flagged
positive is a hit when one finding's spans overlap both evidence spans, a half-hit when they
overlap one.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError
from claimcheck.eval import Tally
from claimcheck.eval import items as read_items
from claimcheck.models import Finding, Report, Status
from claimcheck.pipeline import check

READ_FIELDS = ("id", "text", "inconsistent", "evidence")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Return the Wilson 95% interval of k successes in n trials."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def items(path: Path, limit: int | None) -> Iterable[dict[str, object]]:
    """Yield the items, keeping only the fields scoring needs; the checker sees only `text`."""
    return read_items(path, limit, READ_FIELDS)


def _overlaps(f: Finding, ev: dict[str, object]) -> bool:
    start, end = int(str(ev["start"])), int(str(ev["end"]))
    return any(s.start < end and start < s.end for s in f.spans)


@dataclass
class Scores:
    """Counts at the text level, localisation on the positives, and what the run cost."""

    texts: Tally = field(default_factory=Tally)
    hits: int = 0
    half: int = 0
    words: int = 0
    chars: int = 0
    calls: int = 0
    prompt: int = 0
    failed: int = 0
    alarms: list[str] = field(default_factory=list)

    def add(self, item: dict[str, object], report: Report) -> None:
        text = str(item["text"])
        self.words += len(text.split())
        self.chars += len(text)
        self.calls += report.coverage.llm_calls
        self.prompt += report.coverage.prompt_tokens
        bad = [f for f in report.findings if f.status is Status.INCONSISTENT]
        positive = bool(item["inconsistent"])
        if positive:
            listed = item.get("evidence")
            evidence = (
                [e for e in listed if isinstance(e, dict)] if isinstance(listed, list) else []
            )
            both = bool(evidence) and any(all(_overlaps(f, e) for e in evidence) for f in bad)
            one = any(any(_overlaps(f, e) for e in evidence) for f in bad)
            self.hits += both
            self.half += one and not both
        self.texts.add(predicted=bool(bad), actual=positive)
        self.alarms += [
            f"{item.get('id')} {'positive' if positive else 'negative'}: {f.rule} {f.message}"
            for f in bad
        ]

    def show(self, seconds: float) -> None:
        t = self.texts
        positives, negatives = t.tp + t.fn, t.fp + t.tn
        for name, k, n in (
            ("found", t.tp, positives),
            ("localised (both spans)", self.hits, positives),
            ("half-localised (one span)", self.half, positives),
            ("false alarms", t.fp, negatives),
        ):
            lo, hi = wilson(k, n)
            print(f"{name:<26} {k:>3}/{n:<3} (Wilson 95%: {100 * lo:.1f}–{100 * hi:.1f}%)")
        tpr = t.tp / positives if positives else 0.0
        tnr = t.tn / negatives if negatives else 0.0
        print(
            f"TP {t.tp} FP {t.fp} FN {t.fn} TN {t.tn}; balanced accuracy "
            f"{100 * (tpr + tnr) / 2:.1f}"
        )
        per_kw = 1000 * self.calls / self.words if self.words else 0.0
        per_char = self.prompt / (self.chars / 4) if self.chars else 0.0
        print(
            f"cost: {self.calls} LLM calls ({per_kw:.1f} per 1,000 words), {self.prompt} prompt "
            f"tokens ({per_char:.2f} per input token, at 4 characters a token), "
            f"{seconds:.1f} s wall; {self.failed} items failed"
        )
        print("inconsistent findings:")
        for line in self.alarms:
            print(f"  {line}")


def main(path: Path, limit: int | None, cassettes: Path | None) -> int:
    """Check each text alone and print the scores."""
    scores = Scores()
    started = time.perf_counter()
    for n, item in enumerate(items(path, limit), start=1):
        cassette = cassettes / f"{item['id']}.yaml" if cassettes else None
        try:
            report = check(str(item["text"]), config=Config(cassette=cassette, cache=False))
        except ClaimcheckError as exc:
            print(f"item {item.get('id')}: {exc}", file=sys.stderr)
            scores.failed += 1
            continue
        scores.add(item, report)
        if n % 10 == 0:
            print(f"… {n} items", file=sys.stderr)
    scores.show(time.perf_counter() - started)
    return 0
