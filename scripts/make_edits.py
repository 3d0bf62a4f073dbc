"""Build tests/data/internal_edits.jsonl: real clean texts with one contradiction inserted by hand.

Each edit replaces one passage of a consistent text from ../shared/eval/internal_dev.jsonl, so
that it contradicts another passage (the counterpart). The edits were written for claimcheck's
own tests, not taken from any benchmark; they are development data, not a measure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

EDITS = [
    # (text id, kind, passage replaced, replacement, counterpart)
    (
        "icd-010",
        "age",
        "Dube had just returned",
        "The 47-year-old Dube had just returned",
        "Dube, 43,",
    ),
    (
        "icd-016",
        "age",
        "Chester Arthur Stiles, 37, a former",
        "Chester Arthur Stiles, 39, a former",
        "Chester Arthur Stiles, 37, of Nevada",
    ),
    (
        "icd-033",
        "date",
        "Van den Berg was born on March 24 , 1932 , in",
        "Van den Berg was born on March 24 , 1936 , in",
        "born March 24 , 1932 )",
    ),
    (
        "icd-033",
        "age",
        "In 1975 , this required Van den Berg to become a naturalized U.S. citizen.",
        "In 1975 , aged 50 , Van den Berg became a naturalized U.S. citizen.",
        "born March 24 , 1932 )",
    ),
    (
        "icd-046",
        "age",
        "identified as Pekka Eric Auvinen, died",
        "identified as Pekka Eric Auvinen, 20, died",
        "An 18-year-old",
    ),
    (
        "icd-031",
        "figure",
        "The captured pirates were being held",
        "The seven captured pirates were being held",
        "five were captured",
    ),
    (
        "icd-007",
        "date",
        "Wistert , who was born in Chicago , Illinois ,",
        "Wistert , who was born in Chicago , Illinois in 1923 ,",
        "December 28 , 1920",
    ),
    (
        "icd-033",
        "age",
        "In 1975 , this required Van den Berg to become a naturalized U.S. citizen.",
        "Van den Berg was 40 when he became a naturalized U.S. citizen in 1975.",
        "born March 24 , 1932 )",
    ),
    (
        "icd-043",
        "duration",
        "Lost 's editors received a Golden Reel Award nomination.",
        "In 2009 , a year after its first broadcast , Lost 's editors received a Golden Reel "
        "Award nomination.",
        "first aired on May 16 , 2007",
    ),
]


def main(source: Path, out: Path) -> None:
    rows = {r["id"]: r for r in map(json.loads, source.read_text(encoding="utf-8").splitlines())}
    lines = []
    for n, (base, kind, old, new, counterpart) in enumerate(EDITS, start=1):
        text = rows[base]["text"]
        assert text.count(old) == 1, (base, old)
        edited = text.replace(old, new)
        start = edited.index(new)
        other = edited.index(counterpart)
        evidence = [
            {"role": "inserted", "start": start, "end": start + len(new), "span": new},
            {
                "role": "counterpart",
                "start": other,
                "end": other + len(counterpart),
                "span": counterpart,
            },
        ]
        lines.append(
            {
                "id": f"edit-{n:02d}",
                "base": base,
                "kind": kind,
                "inconsistent": True,
                "evidence": evidence,
                "text": edited,
            }
        )
        lines.append(
            {
                "id": f"edit-{n:02d}-clean",
                "base": base,
                "kind": kind,
                "inconsistent": False,
                "evidence": [],
                "text": text,
            }
        )
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
