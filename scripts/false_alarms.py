"""Check real texts that should hold no contradiction, each alone, and print what is flagged.

    python scripts/false_alarms.py ../shared/eval/summedits_dev.jsonl

Every distinct source document (`doc`) and every summary (`summary`) of a SummEdits JSONL is
checked as a single text, with no sources. Summaries labelled inconsistent contradict their
source, not themselves, so any finding here is a false alarm of the single-text checks.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import claimcheck
from claimcheck.models import Status


def main(path: Path) -> int:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    texts = {("doc", r["doc"]) for r in rows} | {("summary", r["summary"]) for r in rows}
    checked: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    for kind, text in sorted(texts):
        report = claimcheck.check(text)
        bad = [f for f in report.findings if f.status is Status.INCONSISTENT]
        checked[kind] += 1
        flagged[kind] += bool(bad)
        for f in bad:
            print(f"{kind}: {f.rule} {f.message}")
    for kind in sorted(checked):
        print(f"{kind}: {flagged[kind]} of {checked[kind]} flagged")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
