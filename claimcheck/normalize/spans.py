"""A set of non-overlapping spans with fast overlap tests, so reading stays linear."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator


class Occupied:
    """Spans already read; a new span is taken only where it overlaps none of them."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Tell whether [start, end) shares a character with a span already taken."""
        i = bisect.bisect_right(self._starts, start)
        before = i > 0 and self._ends[i - 1] > start
        after = i < len(self._starts) and self._starts[i] < end
        return before or after

    def add(self, start: int, end: int) -> None:
        """Take a span (callers check overlaps first)."""
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def covers(self, position: int) -> bool:
        """Tell whether a character position lies inside a span taken."""
        return self.overlaps(position, position + 1)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(zip(self._starts, self._ends, strict=True))


def near(spans: Iterable[tuple[int, int]], length: int, reach: int) -> list[tuple[int, int]]:
    """Return the stretches of text within reach of the spans, merged, in text order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        lo, hi = max(0, start - reach), min(length, end + reach)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """Match the pattern at each start, in text order, skipping starts inside an earlier match.

    When the starts include every place a match can begin, this finds what
    pattern.finditer(text) finds, without trying the pattern at every other position.
    """
    end = 0
    for start in sorted(set(starts)):
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            end = m.end()
            yield m
