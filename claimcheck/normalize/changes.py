"""What a stated change between two figures can mean: a difference, a percentage, points."""

from __future__ import annotations

from itertools import product

from claimcheck.models import Interval, Quantity, QuantityKind
from claimcheck.normalize.intervals import difference, overlaps

PERCENTS = (QuantityKind.PERCENT, QuantityKind.PERCENT_POINTS)


def relative_change(a: Interval, b: Interval) -> Interval | None:
    """Return |b − a| as a percentage of either end, over every value of both intervals.

    Either end: without dates, "from 100 to 120" (20%) and "from 120 to 100" (16.7%) are
    both readings of one pair.
    """
    corners = [
        abs(y - x) / base * 100
        for x, y in product((a.lo, a.hi), (b.lo, b.hi))
        for base in (x, y)
        if base > 0
    ]
    return Interval(lo=min(corners), hi=max(corners)) if corners else None


def points_change(a: Interval, b: Interval) -> Interval:
    """Return |b − a|, the change in points (or in units)."""
    d = difference(b, a)
    if d.lo >= 0:
        return d
    if d.hi <= 0:
        return Interval(lo=-d.hi, hi=-d.lo, lo_open=d.hi_open, hi_open=d.lo_open)
    return Interval(lo=0, hi=max(-d.lo, d.hi))


def readings(amount: Quantity, a: Quantity, b: Quantity) -> dict[str, bool]:
    """Tell which readings of the stated amount fit the change from a to b."""
    points = overlaps(points_change(a.interval, b.interval), amount.interval)
    relative = relative_change(a.interval, b.interval)
    return {
        "difference": points and amount.kind not in PERCENTS,
        "percentage": amount.kind is QuantityKind.PERCENT
        and relative is not None
        and overlaps(relative, amount.interval),
        "points": points and amount.kind in PERCENTS and a.kind is QuantityKind.PERCENT,
    }


def pool_kinds(amount: Quantity) -> tuple[QuantityKind, ...]:
    """Return the kinds of figure that a change of this kind can be measured between."""
    if amount.kind is QuantityKind.PERCENT:
        return (QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.PERCENT)
    if amount.kind is QuantityKind.PERCENT_POINTS:
        return (QuantityKind.PERCENT,)
    return (amount.kind,)


def windows(amount: Quantity, x: float) -> list[tuple[float, float]]:
    """Return the ranges of values y > x that a change of `amount` from x could reach."""
    lo, hi = amount.interval.lo, amount.interval.hi
    spans = [(x + lo, x + hi)]
    if amount.kind is QuantityKind.PERCENT:
        spans.append((x * (1 + lo / 100), x * (1 + hi / 100)))
        if hi < 100:
            spans.append((x / (1 - lo / 100), x / (1 - hi / 100)))
    return spans
