"""Whether two statements can both hold, and what tells two of them apart before that."""

from __future__ import annotations

import math

from claimcheck.models import DateRef, Interval, Statement, StatementKind
from claimcheck.normalize.intervals import overlaps


def agree(a: Statement, b: Statement) -> bool:
    """Tell whether two values of one statement can both hold."""
    if a.kind is StatementKind.AGE and a.period and b.period:
        # Ages at two dates must grow with the years between them.
        years = Interval(
            lo=(b.period.days.lo - a.period.days.hi) / 365.25 - 1,
            hi=(b.period.days.hi - a.period.days.lo) / 365.25 + 1,
        )
        grown = Interval(lo=b.interval.lo - a.interval.hi, hi=b.interval.hi - a.interval.lo)
        return overlaps(years, grown)
    if a.kind is StatementKind.AGE and (a.period or b.period):
        return True  # one age is undated: it may be from any time
    wider, narrower = sorted((a.interval, b.interval), key=_width, reverse=True)
    if a.kind is StatementKind.FIGURE and _bare_rounding(wider):
        # '12,000' may be written '10,000' ([5,000, 15,000)), but '25,000' is not written
        # '20,000', though their intervals touch at the edge: the more exact figure itself
        # must round to the rounder one.
        return overlaps(_middle(narrower), wider)
    return overlaps(a.interval, b.interval)


def _width(i: Interval) -> float:
    return i.hi - i.lo


def _bare_rounding(i: Interval) -> bool:
    """Tell whether an interval is a bare figure's rounding: [v − s/2, v + s/2), s a power of
    ten and v a multiple of it ('20,000' → [15,000, 25,000))."""
    step = _width(i)
    if i.lo_open or not i.hi_open or step < 1:
        return False
    power = math.log10(step)
    return power == round(power) and ((i.lo + i.hi) / 2) % step == 0


def _middle(i: Interval) -> Interval:
    mid = (i.lo + i.hi) / 2
    return Interval(lo=mid, hi=mid)


def unit_of(s: Statement) -> str | None:
    """Return a figure's unit when it is not the counted noun itself ('$', 'km')."""
    if s.unit is None or s.measure is not None and s.unit.lower() in s.measure.text.lower():
        return None
    return s.unit


def same_time(a: DateRef | None, b: DateRef | None) -> bool:
    return a is not None and b is not None and overlaps(a.days, b.days)
