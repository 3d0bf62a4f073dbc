"""Score claimcheck on labelled summaries: python -m claimcheck.eval FILE.jsonl [options].

Each JSONL item needs `doc`, `summary` and `label` (1 consistent, 0 inconsistent); `id`,
`selection` and `domain` group the figures when present. No other field is read.
The inconsistent class is the positive one.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError
from claimcheck.models import Report, Status
from claimcheck.pipeline import check

READ_FIELDS = ("id", "doc", "summary", "label", "selection", "domain")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    tn: int = 0
    fn: int = 0

    def add(self, predicted: bool, actual: bool) -> None:
        if predicted and actual:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif actual:
            self.fn += 1
        else:
            self.tn += 1

    def row(self, name: str) -> str:
        p = _ratio(self.tp, self.tp + self.fp)
        r = _ratio(self.tp, self.tp + self.fn)
        tnr = _ratio(self.tn, self.tn + self.fp)
        f1 = _ratio(2 * p * r, p + r) if p is not None and r is not None else None
        bacc = (r + tnr) / 2 if r is not None and tnr is not None else r if tnr is None else tnr
        alarms = _ratio(self.fp, self.fp + self.tn)
        n = self.tp + self.fp + self.tn + self.fn
        return (
            f"{name:<28} {n:>4} {_pct(p):>6} {_pct(r):>6} {_pct(f1):>6} {_pct(bacc):>6} "
            f"{_pct(alarms):>6}"
        )


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def items(
    path: Path, limit: int | None, fields: tuple[str, ...] = READ_FIELDS
) -> Iterable[dict[str, object]]:
    """Yield the items, keeping only the fields the checker may see."""
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                return
            row = json.loads(line)
            yield {k: row[k] for k in fields if k in row}


@dataclass
class Run:
    """Scores by group, and what the run cost."""

    groups: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    # For each rule, the items it flagged: how many were labelled inconsistent, and not.
    rules: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    calls: int = 0
    prompt: int = 0
    completion: int = 0
    failed: int = 0

    def add(self, item: dict[str, object], report: Report, rules: Sequence[str]) -> None:
        actual = item["label"] == 0
        for key in ("all", f"selection={item.get('selection')}", f"domain={item.get('domain')}"):
            self.groups[key].add(bool(rules), actual)
        for rule in rules:
            self.rules[rule].add(True, actual)
        self.calls += report.coverage.llm_calls
        self.prompt += report.coverage.prompt_tokens
        self.completion += report.coverage.completion_tokens

    def show(self, seconds: float) -> None:
        print(
            f"{'group':<28} {'n':>4} {'prec':>6} {'recall':>6} {'F1':>6} {'BAcc':>6} {'alarms':>6}"
        )
        for key in sorted(self.groups, key=lambda k: (k != "all", k)):
            print(self.groups[key].row(key))
        print(f"{'rule':<8} {'items flagged':>13} {'inconsistent':>12} {'consistent':>10}")
        for rule, tally in sorted(self.rules.items()):
            print(f"{rule:<8} {tally.tp + tally.fp:>13} {tally.tp:>12} {tally.fp:>10}")
        print(
            f"cost: {self.calls} LLM calls, {self.prompt} prompt + {self.completion} completion "
            f"tokens, {seconds:.1f} s wall; {self.failed} items failed"
        )


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m claimcheck.eval", description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument(
        "--internal",
        action="store_true",
        help="score single texts for contradictions within them (fields text, inconsistent, "
        "evidence)",
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N items")
    parser.add_argument(
        "--cassettes",
        type=Path,
        default=None,
        help="replay (or with CLAIMCHECK_RECORD=1 record) one cassette per item",
    )
    parser.add_argument(
        "--predictions",
        type=Path,
        default=None,
        help="write one JSON line per item: id, label, flagged, rules",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.internal:
        from claimcheck import eval_internal  # it scores with this module's reader

        return eval_internal.main(args.file, args.limit, args.cassettes)
    run = Run()
    started = time.perf_counter()
    lines = []
    for n, item in enumerate(items(args.file, args.limit), start=1):
        cassette = args.cassettes / f"{item['id']}.yaml" if args.cassettes else None
        try:
            # No answer cache: the cost printed is what a first run costs.
            config = Config(cassette=cassette, cache=False)
            report = check(str(item["summary"]), sources=[str(item["doc"])], config=config)
        except ClaimcheckError as exc:
            print(f"item {item.get('id')}: {exc}", file=sys.stderr)
            run.failed += 1
            continue
        rules = sorted({f.rule for f in report.findings if f.status is Status.INCONSISTENT})
        run.add(item, report, rules)  # any inconsistency calls the text so
        lines.append(
            json.dumps(
                {
                    "id": item.get("id"),
                    "label": item["label"],
                    "flagged": bool(rules),
                    "rules": rules,
                }
            )
        )
        if n % 25 == 0:
            print(f"… {n} items", file=sys.stderr)
    if args.predictions:
        args.predictions.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    run.show(time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
