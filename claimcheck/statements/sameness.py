"""Whether two statements can both hold, and what tells two of them apart before that."""

from __future__ import annotations

import math

from claimcheck.models import DateRef, Interval, Statement, StatementKind
from claimcheck.normalize.intervals import overlaps
from claimcheck.normalize.names import same_name
from claimcheck.statements.vocabulary import PRONOUNS


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


def told_apart(a: Statement, b: Statement, keys: tuple[str, ...]) -> bool:
    """Tell whether what two statements state of their own keeps them from giving one value
    twice: kind, sentence, negation, direction, stretch, unit, a date each is of, one of
    `keys` named differently ('Smith founded Acme', 'Smith founded Bolt'), or two sources."""
    if a.kind is not b.kind or a.sentence == b.sentence or a.negated != b.negated:
        return True
    if a.direction != b.direction or a.stretch != b.stretch:
        return True
    if unit_of(a) != unit_of(b):
        return True  # '12 km' and '12 minutes'; a weekday and a count; 'November 12', '2012'
    if a.kind is StatementKind.ORDINAL and (a.event_key or b.event_key):
        return True  # 'killed in the first attack': which one; 'it was the third' says a rank
    dated = a.kind is not StatementKind.DATE and a.period and b.period
    if dated and not same_time(a.period, b.period):
        return True  # '15 in 2020' and '25 in 2021'
    for key in keys:
        one, other = getattr(a, key), getattr(b, key)
        if one and other and not same_name(one, other):
            return True
    return two_sources(a, b)


def two_sources(a: Statement, b: Statement) -> bool:
    """Tell whether two statements are credited to two sources. A source written as a
    pronoun ('he said') may be the other one ('Bancel said'), so it tells nothing."""
    parties = [s.party.text for s in (a, b) if s.party and s.party.text.lower() not in PRONOUNS]
    return len(parties) == 2 and not same_name(*parties)
