"""Interval arithmetic for the checks: each operation returns its result and shows its work."""

from __future__ import annotations

import math

from claimcheck.models import Interval


def render(iv: Interval, unit: str = "") -> str:
    """Render '[45,000, 55,000]' or '(350,000, 360,000)' or '350,000'."""
    suffix = f" {unit}" if unit else ""
    if iv.lo == iv.hi:
        return f"{_num(iv.lo)}{suffix}"
    left = "(" if iv.lo_open else "["
    right = ")" if iv.hi_open else "]"
    return f"{left}{_num(iv.lo)}, {_num(iv.hi)}{right}{suffix}"


def _num(x: float) -> str:
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def difference(a: Interval, b: Interval) -> Interval:
    """Return a − b: every value x − y with x in a and y in b."""
    return Interval(
        lo=a.lo - b.hi,
        hi=a.hi - b.lo,
        lo_open=a.lo_open or b.hi_open,
        hi_open=a.hi_open or b.lo_open,
    )


def total(a: Interval, b: Interval) -> Interval:
    """Return a + b."""
    return Interval(
        lo=a.lo + b.lo,
        hi=a.hi + b.hi,
        lo_open=a.lo_open or b.lo_open,
        hi_open=a.hi_open or b.hi_open,
    )


def shift(a: Interval, by: float) -> Interval:
    """Return a + by."""
    return Interval(lo=a.lo + by, hi=a.hi + by, lo_open=a.lo_open, hi_open=a.hi_open)


def scale(a: Interval, factor: float) -> Interval:
    """Return a × factor for a positive factor."""
    return Interval(lo=a.lo * factor, hi=a.hi * factor, lo_open=a.lo_open, hi_open=a.hi_open)


def quotient(a: Interval, b: Interval) -> Interval | None:
    """Return a ÷ b for positive intervals; None when b may be zero."""
    if b.lo <= 0:
        return None
    return Interval(
        lo=a.lo / b.hi,
        hi=a.hi / b.lo if b.lo else math.inf,
        lo_open=a.lo_open or b.hi_open,
        hi_open=a.hi_open or b.lo_open,
    )


def intersection(a: Interval, b: Interval) -> Interval | None:
    """Return the values in both, or None when they share none."""
    lo, lo_open = max((a.lo, a.lo_open), (b.lo, b.lo_open), key=lambda e: (e[0], e[1]))
    hi, hi_open = min((a.hi, not a.hi_open), (b.hi, not b.hi_open), key=lambda e: (e[0], e[1]))
    hi_open = not hi_open
    if hi < lo or (hi == lo and (lo_open or hi_open)):
        return None
    return Interval(lo=lo, hi=hi, lo_open=lo_open, hi_open=hi_open)


def overlaps(a: Interval, b: Interval) -> bool:
    """Tell whether two intervals share at least one value."""
    return intersection(a, b) is not None


def at_most(a: Interval, b: Interval) -> bool:
    """Tell whether some value of a can be ≤ some value of b (a part can fit its whole)."""
    return a.lo < b.hi or (a.lo == b.hi and not (a.lo_open or b.hi_open))


def contains(outer: Interval, x: float) -> bool:
    """Tell whether x lies in the interval."""
    above = x > outer.lo or (x == outer.lo and not outer.lo_open)
    below = x < outer.hi or (x == outer.hi and not outer.hi_open)
    return above and below


def width(i: Interval) -> float:
    """Return how far an interval spans."""
    return i.hi - i.lo


def gap(a: Interval, b: Interval) -> float:
    """Return how far apart two intervals lie: 0 when they touch or overlap."""
    return max(0.0, a.lo - b.hi, b.lo - a.hi)
