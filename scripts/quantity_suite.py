"""Score the reader on quantulum3's own test sentences, a public suite of 148 quantities.

    pip install quantulum3
    python scripts/quantity_suite.py [--misses]

A quantity counts as read when a figure or length of time read from its sentence has its
value. Two ways are printed: `exact`, the value itself; `range or year`, also the middle of
a range read as one interval ('10-15 exabytes' is 12.5 in the suite) and the year of a date
('in 2013'). The suite writes some values in other units than claimcheck reads them ('a
dozen' is 1 dozen there, 12 here; 'one hundred cents' is 100 cents there, $1 here), so
neither way is the suite's own score. A dev measure only: the suite is not in the tests.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path

from claimcheck.models import Reading
from claimcheck.normalize import read


def suite() -> list[dict[str, object]] | None:
    """Return quantulum3's English test cases, or None when it is not installed."""
    spec = importlib.util.find_spec("quantulum3")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "_lang" / "en_US" / "tests" / "quantities.json"
    cases: list[dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    return cases


def values(reading: Reading, ranges_and_years: bool) -> list[float]:
    """Return the values read, and with ranges_and_years each range's middle and date's year."""
    found = [q.value for q in reading.quantities] + [d.amount for d in reading.durations]
    if ranges_and_years:
        found += [(q.interval.lo + q.interval.hi) / 2 for q in reading.quantities]
        found += [float(d.first.year) for d in reading.dates]
    return found


def main() -> int:
    cases = suite()
    if cases is None:
        print("quantulum3 is not installed: pip install quantulum3")
        return 1
    misses = "--misses" in sys.argv
    for label, loose in (("exact", False), ("range or year", True)):
        read_right = total = 0
        for case in cases:
            sentence = str(case["req"])
            found = values(read(sentence), loose)
            for expected in case["res"]:  # type: ignore[attr-defined]
                total += 1
                value = float(expected["value"])
                if any(math.isclose(v, value, rel_tol=1e-3, abs_tol=1e-12) for v in found):
                    read_right += 1
                elif misses and loose:
                    print(f"  not read: {expected['surface']!r} = {value:g} in {sentence!r}")
        print(f"{label}: {read_right} of {total} quantities read with the suite's value")
    return 0


if __name__ == "__main__":
    sys.exit(main())
