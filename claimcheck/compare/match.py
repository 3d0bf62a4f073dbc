"""Match each value of a text to its source documents: supported, contradicted or unsupported.

A value is a figure, a date, a duration or a time of day (see values.py), compared as
intervals, so rewordings match: "3" and "three", "$1.2bn" and "1,200 million dollars",
"Q4 2020" and "the fourth quarter of 2020", "about 15%" and "14.8%", "two weeks" and
"14 days".
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeAlias

from claimcheck.compare.values import (
    MONEY,
    ORDINAL_PERIOD,
    PHYSICAL,
    VOTE,
    Value,
    context_words,
    orders_apart,
)
from claimcheck.models import Interval, QuantityKind, SourceMatch, SourceSpan
from claimcheck.normalize.dates import DAYS_PER
from claimcheck.normalize.intervals import contains, overlaps, width
from claimcheck.normalize.qualifiers import as_reported, qualifier_kind

# Signs (a shared unit, shared neighbouring words) that a differing value plays the same role.
ROLE_EVIDENCE = 2
# Qualifiers that give only the least a figure may be ('at least 20', 'over 20').
LOWER_BOUNDS = frozenset({"above", "at_least"})
# How much closer a differing value must be than a fitting one before the model is asked.
MARGIN = 2
DATE_KINDS = {"date", "month_day"}
# The decimals of the first number written: '33.3' has one, '33' none.
DECIMALS = re.compile(r"\d+(?:\.(\d+))?")
# A bare figure at least this large is distinctive enough to stand for an amount of money.
LARGE = 1_000
# How far a text figure more precise than its source may lie from it, as a share of it.
SHARPER = 0.05
# A bare figure written with two decimals is a price as often as not: '9.70 per unit'.
CENTS = re.compile(r"\d\.\d\d$")
# How far after such a price another bare figure may be one too.
PRICE_REACH = 60
EVENT_KINDS = {*DATE_KINDS, "weekday", "time"}
# The two written ends of a range: '$2.35 to $2.45', '$37K-$55K', 'between 44 mg and 50'.
RANGE_ENDS = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:%|[^\W\d]+)?\s*(?:-|–|—|to|and)\s*[$€£¥]?(\d+(?:\.\d+)?)",
    re.IGNORECASE,
)
# How far apart two source figures a summary adds up may be written, and how close their sum
# must come to its figure (as a share of it).
SUM_REACH = 300
SUM_TOLERANCE = 0.005
# Bounds a worked-out figure may lie within, as they are near their figure: 'more than eight
# hours' for 8 hours 12 minutes, 'nearly $1.90' for $1.88 ('up to 8' is any figure below 8).
CLOSE_BOUNDS = LOWER_BOUNDS | {"below_near"}
# Qualifiers that make a figure a bound, which is never added up: 'at least 2', 'under 6'.
BOUND_KINDS = LOWER_BOUNDS | {"below", "below_near", "at_most"}
# How near in width two date spans are as wide ('fiscal 2030', 'fiscal 2031': a leap day).
SAME_WIDTH = 0.01
# How far apart the ends of a stretch of dates are written: '2027 to 2031', '2027 through 2031'.
STRETCH_GAP = 10
# The days of each period a figure may be counted per ('per month', 'a quarter').
PERIOD_DAYS = DAYS_PER | {"quarter": DAYS_PER["year"] / 4}
POINTS_KIND = QuantityKind.PERCENT_POINTS.value
# A count below this is no level after a change in percent: 4.25 things are not 4.
FEW = 10
# The words beside a figure that make it one of each of a count: 'each panel is 400 watts'.
EACH = frozenset({"each", "every", "per", "apiece"})
# The widest a date may be to count its year: a year, leap or not.
YEAR_DAYS = 366
# How near, in percentage points, a fraction in words is to the percentage it stands for.
FRACTION_POINTS = 1.0


@dataclass(frozen=True)
class Candidate:
    source: int
    value: Value
    affinity: int


# The source figures a text value is worked out from, and the arithmetic.
Worked: TypeAlias = tuple[list[Candidate], str]


def match(
    v: Value, sources: Sequence[list[Value]], ask: Arbiter, beside: Sequence[Value] = ()
) -> SourceMatch | None:
    """Say what the sources say of one value of the text; None when it is not judged.

    Supported: a source value of the same kind fits it (see _fits), and no value that
    differs plays its role more closely (same unit, period, direction, shared neighbouring
    words). Contradicted: no source value fits and one in the same role differs. When a
    fitting value and a closer differing one compete, the model picks which source passage
    states the same fact as the text. A source value that another value of the text's
    sentence (`beside`) states is that value's, not a rival: in 'found that 75% thought so
    and roughly 50% would pay more', the source's 75% does not contradict the 50%.
    """
    same_kind = _same_kind(v, sources)
    fitting = _fitting(v, same_kind, sources)
    # A source figure that holds one end of a text range, the source not stating the other
    # ('not less than $2,000' for 'between $2,000 and $8,000'), is no fit but a rival.
    one_end = [c for c in fitting if not _both_ends_stated(v, c, same_kind)]
    fits = sorted((c for c in fitting if c not in one_end), key=lambda c: -c.affinity)
    if fits and (opposed := _opposed_in_role(v, fits)) is not None:
        return _result(v, "contradicted", [opposed], detail=_opposition(v, opposed.value))
    if not fits and (worked := _arithmetic(v, sources, beside)):
        return _result(v, "supported", *worked)
    rivals = sorted(
        (
            c
            for c in same_kind
            if (_differs(v, c.value) or c in one_end)
            and same_role(v, c.value)
            and (c.value.may_contradict or (c.value.fraction and v.fraction))
            and not _level_against_change(v, c.value)
            and not _stated_beside(v, c.value, beside)
            and not (fits and _orders_apart(v, c.value))
            and not _other_side(v, c.value)
            and not _of_another_whole(v, c.value)
        ),
        key=lambda c: -c.affinity,
    )
    best_rival = rivals[0] if rivals and rivals[0].affinity > 0 else None
    if fits and (best_rival is None or fits[0].affinity + MARGIN > best_rival.affinity):
        return _result(v, "supported", fits[:3])
    if fits and best_rival is not None:
        # arithmetic on the source's own figures is surer than the model's pick of a passage
        if worked := _arithmetic(v, sources, beside):
            return _result(v, "supported", *worked)
        picked = ask(v, [fits[0], best_rival])
        if picked is None:  # the model could not tell: a fit the parse says measures another
            picked = 0 if same_role(v, fits[0].value) else 1  # thing loses to the rival
        return (
            _result(v, "contradicted", [best_rival])
            if picked == 1
            else _result(v, "supported", fits[:1])
        )
    strong = best_rival is not None and best_rival.affinity >= ROLE_EVIDENCE
    if not fits and not strong and (worked := _off_the_text(v, sources, beside)):
        return _result(v, "supported", worked[0], detail=worked[1])
    if best_rival is not None and strong:
        if _vaguer_in_role(v, same_kind, best_rival):
            return None
        return _result(v, "contradicted", [best_rival], detail=_turned(v, best_rival.value))
    if v.needs_rival:
        return None
    return _result(v, "unsupported", [])


Arbiter = Callable[[Value, list[Candidate]], int | None]


def _same_kind(v: Value, sources: Sequence[list[Value]]) -> list[Candidate]:
    """Return the source values of a text value's kind, each with its affinity to it."""
    return [
        Candidate(i, s, _affinity(v, s))
        for i, vs in enumerate(sources)
        for s in vs
        if s.kind == v.kind
    ]


def _fitting(
    v: Value, same_kind: list[Candidate], sources: Sequence[list[Value]]
) -> list[Candidate]:
    """Return the source values that fit a text value: of its kind, or bare figures that may
    be in its unit."""
    return [c for c in [*same_kind, *_bare(v, sources)] if _fits(v, c.value)]


def _arithmetic(v: Value, sources: Sequence[list[Value]], beside: Sequence[Value]) -> Worked | None:
    """Return the source figures, and the arithmetic, that a text value adds up or works out
    to (see _summed and _worked_out)."""
    return _summed(v, sources) or _worked_out(v, sources, beside)


def _summed(v: Value, sources: Sequence[list[Value]]) -> Worked | None:
    """Return two figures written close together in one source, the second as added to the
    first or the text value written as a total, whose sum is a text value no source states,
    as a summary adds them up: 'within 45 days' and 'by an additional 45 days' for 'up to 90
    days'; '$400' and 'an additional $200' for '$600'; '$8,400 in the operating account' and
    'the legal fund has 3,100' for '$11,500 across the two'."""
    if v.written is None or v.kind in EVENT_KINDS or v.kind.startswith(VOTE):
        return None
    for i, vs in enumerate(sources):
        # a total may add a meeting's bare '3,100' to its '$8,400'
        priced = {id(s) for s in _priced(vs)} if v.in_all and v.kind.startswith(MONEY) else set()
        addends = (s for s in vs if _addend(v, s) or id(s) in priced)
        stated = sorted(addends, key=lambda s: s.span.start)
        for n, a in enumerate(stated):
            for b in stated[n + 1 :]:
                if b.span.start - a.span.end > SUM_REACH:
                    break
                if not (b.added or v.in_all):
                    continue
                total = (a.written or 0) + (b.written or 0)
                if math.isclose(total, v.written, rel_tol=SUM_TOLERANCE):
                    detail = f"the sum of {a.span.text!r} and {b.span.text!r}"
                    return [Candidate(i, a, 0), Candidate(i, b, 0)], detail
    return None


def _worked_out(v: Value, sources: Sequence[list[Value]], beside: Sequence[Value]) -> Worked | None:
    """Return the source figures, and the arithmetic, that give a text value no source
    states, as a summary works it out from a figure its own sentence gives (`beside`) or
    from figures a source gives: a difference written as one ('three fewer buses than
    Mapleway's 45', the source giving 42; 'its bid is $260,000 a year lower', two bids the
    source gives), the cost of so many at a price ('the 38 licenses come to $1,710 a month'
    at the source's $45 per month), a level after a change ('down 10%, to $40.50', from the
    source's $45), and the source's own products, quotients and years between. They
    support, never contradict."""
    for alone in (_years_between, _price_of_all, _each_of_so_many):
        if (worked := alone(v, sources)) is not None:
            return worked
    if (spread := _for_so_long(v, sources, beside)) is not None:
        return spread
    mine = _operands_beside(v, beside)
    if mine is None:
        return None
    if v.share_of and (share := _share_of_a_whole(v, sources, mine)) is not None:
        return share
    for with_mine in (_change_within_the_text, _so_many_each):
        if (worked := with_mine(v, sources, mine)) is not None:
            return worked
    for i, vs in enumerate(sources):
        if (worked := _from_one_source(v, i, vs, mine)) is not None:
            return worked
    return _change_between(v, sources, mine)


def _from_one_source(v: Value, i: int, vs: list[Value], mine: Sequence[Value]) -> Worked | None:
    """Return what source i's figures, with those of the text's sentence, work a text value
    out to: one figure at a time, a base and a rate, a level and how far another is from it,
    and the difference of two."""
    # a meeting's bare 'four hundred twelve thousand' may be the bid a summary writes in $
    money = [s for s in _priced(vs) if s.may_contradict] if v.kind.startswith(MONEY) else []
    alike = sorted((s for s in vs if _operand(v, s)), key=lambda s: s.span.start)
    for s in alike:
        if (how := _per_another_period(v, s) or _from_the_text(v, s, mine)) is not None:
            return [Candidate(i, s, 0)], how
    for s in [*alike, *money]:
        if (how := _apart_from(v, s, mine)) is not None:
            return [Candidate(i, s, 0)], how
    if (based := _base_and_rate(v, alike, mine)) is not None:
        return [Candidate(i, based[0], 0), Candidate(i, based[1], 0)], based[2]
    pairs = list(_pairs(v, vs))
    for a, b in pairs:
        level, apart = (b, a) if a.apart else (a, b)
        x, y = level.written or 0, apart.written or 0
        if apart.apart and not level.apart and (_worked_to(v, x + y) or _worked_to(v, x - y)):
            detail = f"{level.span.text!r} and {apart.span.text!r} apart from it"
            return [Candidate(i, level, 0), Candidate(i, apart, 0)], detail
    if not (v.apart or _changed_by(v)):
        return None
    # points apart are of two percentages: 'widened by nine tenths of a point'
    if v.kind == POINTS_KIND:
        pairs = list(_pairs(replace(v, kind="percent", unit="%"), vs))
    for a, b in pairs:
        if _worked_to(v, abs((a.written or 0) - (b.written or 0))):
            detail = f"the difference between {a.span.text!r} and {b.span.text!r}"
            return [Candidate(i, a, 0), Candidate(i, b, 0)], detail
    return None


def _for_so_long(
    v: Value, sources: Sequence[list[Value]], beside: Sequence[Value]
) -> Worked | None:
    """Return a source's sum per period, and the arithmetic, that a length of its sentence
    makes a text's total: '$750K a year for up to four years, or $3 million in all'."""
    if not (v.in_all and v.kind.startswith(MONEY)) or v.rate is not None:
        return None
    lengths = [b for b in beside if b.kind == "duration" and b.written]
    for i, vs in enumerate(sources):
        for s in vs:
            if s.kind != v.kind or s.rate not in PERIOD_DAYS or not s.written:
                continue
            for b in lengths:
                periods = (b.written or 0) / PERIOD_DAYS[str(s.rate)]
                if periods >= 1 and _worked_to(v, s.written * periods):
                    return [Candidate(i, s, 0)], f"{s.span.text!r} for {b.span.text!r}"
    return None


def _so_many_each(v: Value, sources: Sequence[list[Value]], mine: Sequence[Value]) -> Worked | None:
    """Return the source figures, and the arithmetic, when a text's total is a count of its
    sentence, as the sources give it, times a count a source gives of each: 'twelve vans
    need 48 tires in all', the source's 'a full set of four'."""
    if not v.in_all or v.kind != "count":
        return None
    for b in mine:
        stated = _stated(b, sources) if b.kind == "count" and (b.written or 0) > 1 else None
        if stated is None:
            continue
        for i, vs in enumerate(sources):
            for s in vs:
                each = s.kind == "count" and s.unit in (None, v.unit) and (s.written or 0) > 1
                if each and _worked_to(v, (b.written or 0) * (s.written or 0)):
                    return [stated, Candidate(i, s, 0)], f"{b.span.text!r} times {s.span.text!r}"
    return None


def _price_of_all(v: Value, sources: Sequence[list[Value]]) -> Worked | None:
    """Return a source's price per one and its count of those, and the arithmetic, whose
    product is a text's sum: '$640 per window installed' and 'the house has 14 windows' for
    'windows for the whole house would cost $8,960'."""
    if not v.kind.startswith(MONEY) or v.written is None:
        return None
    for i, vs in enumerate(sources):
        prices = [s for s in vs if s.kind == v.kind and s.per_unit and s.written]
        for price in prices:
            for c in _things_counted(vs, price):  # 'per window', '14 windows'
                if _worked_to(v, (c.written or 0) * (price.written or 0)):
                    detail = f"{c.span.text!r} times {price.span.text!r}"
                    return [Candidate(i, c, 0), Candidate(i, price, 0)], detail
    return None


def _each_of_so_many(v: Value, sources: Sequence[list[Value]]) -> Worked | None:
    """Return a source's total and its count of things, and the arithmetic, whose quotient
    is a text's figure for each of them: '7.2 kilowatt system with 18 panels' for 'each
    panel is rated at 400 watts'."""
    if v.written is None or v.kind in EVENT_KINDS or not (EACH & v.context or v.per_unit):
        return None
    for i, vs in enumerate(sources):
        totals = [s for s in vs if s.kind == v.kind and s.may_contradict and s.written]
        for c in _things_counted(vs, v):  # 'each panel', '18 panels'
            for total in totals:
                if _worked_to(v, (total.written or 0) / (c.written or 1)):
                    detail = f"{total.span.text!r} over {c.span.text!r}"
                    return [Candidate(i, total, 0), Candidate(i, c, 0)], detail
    return None


def _things_counted(values: Sequence[Value], of: Value) -> Iterator[Value]:
    """Yield a source's counts of more than one of a noun that a value speaks of, the noun
    among its neighbouring words: '14 windows' for '$640 per window'."""
    for c in values:
        counted = c.kind == "count" and c.unit and (c.written or 0) > 1
        if counted and context_words(str(c.unit)) <= of.context:
            yield c


def _years_between(v: Value, sources: Sequence[list[Value]]) -> Worked | None:
    """Return two years a source gives, and the arithmetic, that are a text's whole number of
    years before or after something apart: 'built four years before it failed', the source
    giving 'built in 1915' and 'on January 15, 1919'."""
    if v.kind != "duration" or not v.from_another or v.written is None:
        return None
    years = v.written / DAYS_PER["year"]
    if years < 1 or not math.isclose(years, round(years), abs_tol=0.01):
        return None
    for i, vs in enumerate(sources):
        dated = [s for s in vs if s.kind == "date" and width(s.interval) <= YEAR_DAYS]
        for a, b in itertools.combinations(dated, 2):
            one, other = (date.fromordinal(int(s.interval.lo)).year for s in (a, b))
            if abs(one - other) == round(years):
                detail = f"the years between {a.span.text!r} and {b.span.text!r}"
                return [Candidate(i, a, 0), Candidate(i, b, 0)], detail
    return None


def _base_and_rate(
    v: Value, alike: Sequence[Value], mine: Sequence[Value]
) -> tuple[Value, Value, str] | None:
    """Return a source's base price and the price per one it adds, and the arithmetic, that
    give a text's total for a count its sentence gives: '$45 a month base plus $7 per
    employee' for 'for 55 employees, about $430 a month'."""
    if not v.kind.startswith(MONEY):
        return None
    counts = [b for b in mine if b.kind == "count" and (b.written or 0) > 1]
    for n, base in enumerate(alike):
        for rate in alike[n + 1 :]:
            if rate.span.start - base.span.end > SUM_REACH:
                break
            if not rate.added or rate.rate != base.rate:
                continue
            for b in counts:
                total = (base.written or 0) + (b.written or 0) * (rate.written or 0)
                if _worked_to(v, total * _periods(v.rate, base.rate)):
                    detail = f"{base.span.text!r} plus {b.span.text!r} times {rate.span.text!r}"
                    return base, rate, detail
    return None


def _changed_by(v: Value) -> bool:
    """Tell whether a text value is written as a change by an amount that a difference of two
    figures may give: a change in percent is none ('down 6%' is not 8.1% − 2%, nor 'grew
    9%' 11% − 2%)."""
    return v.changed and v.kind != "percent"


def _pairs(v: Value, values: Sequence[Value]) -> Iterator[tuple[Value, Value]]:
    """Yield two figures a source writes close together, in order, that a text value may be
    worked out from: of its kind, one in its unit and the other in it too or bare ('about
    40,000 bats when we started … closer to 26,000'), or read in it ('up to thirty-four
    minutes from twenty-nine'); two bounds only when both are bounds of one kind."""
    bare = replace(v, unit=None)
    operands = (s for s in values if _operand(bare, s, carried_too=True, bounds_too=True))
    alike = sorted(operands, key=lambda s: s.span.start)
    for n, a in enumerate(alike):
        for b in alike[n + 1 :]:
            if b.span.start - a.span.end > SUM_REACH:
                break
            bounds = {qualifier_kind(s.qualifier) for s in (a, b)} & BOUND_KINDS
            if bounds and qualifier_kind(a.qualifier) != qualifier_kind(b.qualifier):
                continue  # two caps are apart by their difference: 'up to $5,000', 'up to $6,000'
            if all(_counts_alike(v, s) for s in (a, b)) and (v.unit is None or a.unit or b.unit):
                yield a, b


def _counts_alike(v: Value, s: Value) -> bool:
    """Tell whether a source figure may count what a text value counts: no noun, the same
    noun, or the text's noun beside it ('sixty-two bus routes' for '64 routes')."""
    return s.unit in (v.unit, None) or v.unit is None or context_words(v.unit) <= s.context


def _change_between(
    v: Value, sources: Sequence[list[Value]], mine: Sequence[Value]
) -> Worked | None:
    """Return two source figures, and the arithmetic, whose change in percent is a text
    percentage written beside that change ('shrunk by roughly 14,000 bats, about
    35%', the source giving about 40,000 then 26,000): from the first written to the second."""
    if v.kind != "percent":
        return None
    for b in mine:
        if b.kind == "percent" or not b.changed:
            continue
        for i, vs in enumerate(sources):
            for first, then in _pairs(b, vs):
                start, end = first.written or 0, then.written or 0
                if start > 0 and _worked_to(v, 100 * abs(end - start) / start):
                    detail = f"the change from {first.span.text!r} to {then.span.text!r}"
                    return [Candidate(i, first, 0), Candidate(i, then, 0)], detail
    return None


def _operands_beside(v: Value, beside: Sequence[Value]) -> list[Value] | None:
    """Return the figures of a text value's sentence it may be worked out from (as written,
    no bound), or None when a value of its kind is never worked out (a date, a vote)."""
    if v.written is None or v.kind in EVENT_KINDS or v.kind.startswith(VOTE):
        return None
    return [b for b in beside if b.written and qualifier_kind(b.qualifier) not in BOUND_KINDS]


def _per_another_period(v: Value, s: Value) -> str | None:
    """Say how a source's figure per one period gives a text's per another: '$3,900 a
    month' is '$46,800 a year'."""
    assert v.written is not None and s.written is not None
    periods = _periods(v.rate, s.rate)
    if periods != 1 and _worked_to(v, s.written * periods):
        return f"{s.span.text!r} a {s.rate} times {periods:g}"
    return None


def _off_the_text(
    v: Value, sources: Sequence[list[Value]], beside: Sequence[Value]
) -> Worked | None:
    """Return the source figures, and the arithmetic, that give a text value from figures of
    its own sentence: a share of one ('of roughly 1,200 people, about 400'), or a difference
    it writes as one ('three points above the 8% minimum'). Asked only when no source figure
    plays the value's role: these are read off the text, and must not hide a rival."""
    mine = _operands_beside(v, beside)
    if mine is None:
        return None
    if (share := _share_of_the_text(v, sources, mine)) is not None:
        return share
    return _within_the_text(v, sources, mine)


def _within_the_text(
    v: Value, sources: Sequence[list[Value]], mine: Sequence[Value]
) -> Worked | None:
    """Return the source figures, and the arithmetic, when a text value written as a difference
    or a change is the sum or the difference of two figures of its own sentence that the
    sources give: 'about $1.9 million of the $2.6 million increase, leaving roughly $700,000';
    'about 11% of spending, three points above the 8% minimum'. A list of figures is no sum:
    '$12,000 to books and $18,000 to the playground' after '$30,000'."""
    points = v.kind == POINTS_KIND
    if not (v.apart or v.changed or points):
        return None
    stated = [
        (b, c)
        for b in mine
        if (b.kind == v.kind and b.unit in (v.unit, None)) or (points and b.kind == "percent")
        if (c := _stated(b, sources)) is not None
    ]
    assert v.written is not None
    by_size = sorted(stated, key=lambda pair: -(pair[0].written or 0))
    for (a, ca), (b, cb) in itertools.combinations(by_size, 2):
        x, y = a.written or 0, b.written or 0
        if _worked_to(v, x - y):
            return [ca, cb], f"{a.span.text!r} minus {b.span.text!r}, as the sources give them"
        if not points and v.written > x and _worked_to(v, x + y):
            return [ca, cb], f"{a.span.text!r} plus {b.span.text!r}, as the sources give them"
    return None


def _change_within_the_text(
    v: Value, sources: Sequence[list[Value]], mine: Sequence[Value]
) -> Worked | None:
    """Return the source figures, and the arithmetic, when a text's change in percent is the
    change between two figures of its own sentence that the sources give: 'EPS of $4.50, up
    about 9% from $4.12'. A rise is counted from the smaller, a fall from the larger."""
    if v.kind != "percent" or v.direction not in ("up", "down"):
        return None
    levels = [(b, c) for b in mine if b.kind != "percent" if (c := _stated(b, sources))]
    for (a, ca), (b, cb) in itertools.combinations(levels, 2):
        if a.kind != b.kind:
            continue
        x, y = sorted((a.written or 0, b.written or 0))
        start = x if v.direction == "up" else y
        if start > 0 and _worked_to(v, 100 * (y - x) / start):
            return [ca, cb], f"the change between {a.span.text!r} and {b.span.text!r}"
    return None


def _stated(v: Value, sources: Sequence[list[Value]]) -> Candidate | None:
    """Return a source value that states a text value, else None."""
    return next(iter(_fitting(v, _same_kind(v, sources), sources)), None)


def _from_the_text(v: Value, s: Value, mine: Sequence[Value]) -> str | None:
    """Say how a source figure and a figure of the text's own sentence give a text value:
    as a difference the text writes as one, a count times a price, a price per one of a
    count, a share of the source figure, or a level after a multiple or a change by a
    share."""
    assert v.written is not None and s.written is not None
    # '$3 per user per month … about $9,000 a year for 250 users': 12 months a year
    periods = _periods(v.rate, s.rate)
    for b in mine:
        assert b.written is not None
        priced = v.kind.startswith(MONEY) and b.kind == "count" and b.written > 1
        if priced and _worked_to(v, b.written * s.written * periods):
            return f"{b.span.text!r} times {s.span.text!r}" + (
                f" times {periods:g}" if periods != 1 else ""
            )
        if priced and v.per_unit and _worked_to(v, s.written / b.written):  # '$42 a share'
            return f"{s.span.text!r} for {b.span.text!r}"
        if (
            b.kind == "percent"
            and b.direction is None
            and _worked_to(v, s.written * b.written / 100)
        ):
            return f"{b.span.text!r} of {s.span.text!r}"  # 'the 30% credit is worth $6,480'
        if b.kind == "multiplier" and _worked_to(v, s.written * b.written):
            return f"{s.span.text!r} {b.span.text!r}"  # 'halves the fee to $3,000'
        few = v.kind == "count" and v.written < FEW  # '4) …, a 15% discount': no 5 × 0.85
        if b.kind == "percent" and b.direction in ("up", "down") and not few:
            factor = 1 + b.written / 100 * (1 if b.direction == "up" else -1)
            if _worked_to(v, s.written * factor):
                return f"{s.span.text!r} {b.direction} {b.span.text!r}"
    return None


def _share_of_a_whole(
    v: Value, sources: Sequence[list[Value]], mine: Sequence[Value]
) -> Worked | None:
    """Return the source whole, and the arithmetic, of which a figure of the text's sentence
    is the text's share: 'Property taxes supply $51M, about 53% of the budget', the source
    giving a budget of $96.4 million."""
    for b in mine:
        assert b.written is not None
        if b.kind in ("percent", "multiplier") or b.written <= 0:
            continue
        for i, vs in enumerate(sources):
            for s in vs:
                larger = (s.written or 0) > b.written
                if _operand(b, s) and larger and _worked_to(v, 100 * b.written / (s.written or 1)):
                    return [Candidate(i, s, 0)], f"{b.span.text!r} of {s.span.text!r}"
    return None


def _apart_from(v: Value, s: Value, mine: Sequence[Value]) -> str | None:
    """Say how a source figure and a figure of the text's sentence give a text value when
    one of the two text figures is written as how far apart two are: the text value itself
    ('three fewer buses than Mapleway's 45', 'rose 30 minutes to 4 hours 10 minutes',
    'leaves about $306 million'), or the other ('$37,000 over the $375,000 budget', the
    source's bid of 412,000)."""
    assert v.written is not None and s.written is not None
    for b in mine:
        assert b.written is not None
        if not (b.kind == v.kind and b.unit in (v.unit, None)):
            continue
        if (v.apart or _changed_by(v)) and _worked_to(v, abs(b.written - s.written)):
            return f"the difference between {b.span.text!r} and {s.span.text!r}"
        if not b.apart:
            continue
        for sign, word in ((-1, "minus"), (1, "plus")):
            if _worked_to(v, s.written + sign * b.written):
                return f"{s.span.text!r} {word} {b.span.text!r}"
    return None


def _share_of_the_text(
    v: Value, sources: Sequence[list[Value]], mine: Sequence[Value]
) -> Worked | None:
    """Return the source share, and the arithmetic, that makes a text value a share of a
    figure of its own sentence, as its source gives both: 'of roughly 1,200 people, about 400
    said', the source giving 'of about twelve hundred people, a third reported'; 'weighing
    about 12 grams can eat up to 8 grams', the source's two-thirds of twelve grams."""
    if not (v.kind == "count" or v.kind.startswith((MONEY, PHYSICAL))):
        return None  # a share of a share is not worked out: '96.8%' of '99.2%'
    wholes = [b for b in mine if b.kind == v.kind and (b.written or 0) > (v.written or 0)]
    for i, vs in enumerate(sources):
        for s in vs:
            if s.kind != "percent" or s.direction is not None or not s.written:
                continue
            near = [t for t in vs if abs(t.span.start - s.span.start) <= SUM_REACH]
            for b in wholes:
                assert b.written is not None
                stated = any(t.kind == b.kind and _fits(b, t) for t in near)
                if stated and _worked_to(v, b.written * s.written / 100):
                    return [Candidate(i, s, 0)], f"{s.span.text!r} of {b.span.text!r}"
    return None


def _periods(per: str | None, of: str | None) -> float:
    """Return how many of one period (`of`, a source's 'per month') make another (`per`, a
    text's 'a year'): 12; 1 when either is not said."""
    if per not in PERIOD_DAYS or of not in PERIOD_DAYS:
        return 1.0
    return PERIOD_DAYS[per] / PERIOD_DAYS[of]


def _operand(v: Value, s: Value, *, carried_too: bool = False, bounds_too: bool = False) -> bool:
    """Tell whether a source value may be worked into a text value: of its kind and unit (a
    text's bare count, 'about 110 a day', may be of the source's visits), as written, and not
    a bound. `carried_too` takes a figure read in the unit of one beside it ('up to
    thirty-four minutes from twenty-nine')."""
    return (
        s.kind == v.kind
        and (s.unit == v.unit or v.unit is None)
        and (s.may_contradict or (carried_too and s.carried))
        and bool(s.written)
        and (bounds_too or qualifier_kind(s.qualifier) not in BOUND_KINDS)
    )


def _worked_to(v: Value, worked: float) -> bool:
    """Tell whether a text value is what arithmetic gives, as the text rounds it ('roughly
    $160' for $161.50: an approximate figure to its last non-zero digit) or bounds it ('more
    than eight hours' for 8 hours 12 minutes)."""
    assert v.written is not None
    if qualifier_kind(v.qualifier) in CLOSE_BOUNDS and contains(v.interval, worked):
        return True
    loosely = qualifier_kind(v.qualifier) == "about"  # 'roughly $160' for $161.50
    exact = math.isclose(worked, v.written, rel_tol=SUM_TOLERANCE)
    return exact or _rounded_from(v, worked, loosely=loosely)


def _addend(v: Value, s: Value) -> bool:
    """Tell whether a source value may be a part of a text value's sum: an operand of its
    rate too, or of none when the text writes it as a total ('which is $18,000, plus $3,100
    a month' for 'about $21,100 a month in all')."""
    return _operand(v, s) and (s.rate == v.rate or (v.in_all and s.rate is None))


def _bare(v: Value, sources: Sequence[list[Value]]) -> list[Candidate]:
    """A source's bare figures that may support money naming its currency (never a rival):
    large ones, as a call's 'we crossed 40 million last year' for a summary's '$40 million',
    and prices, as a meeting's 'that gives us 9.70 per unit' for '€9.70'."""
    if v.kind == "time":
        return _hours(v, sources)
    if not v.kind.startswith(MONEY):
        return []
    return [Candidate(i, s, _affinity(v, s)) for i, vs in enumerate(sources) for s in _priced(vs)]


def _hours(v: Value, sources: Sequence[list[Value]]) -> list[Candidate]:
    """A source's bare count that may be the hour a text's time on the hour names (never a
    rival): a chat's 'Let's make it 7.' for a summary's 'meet at 7 pm'."""
    if v.written is None or v.written % 60:
        return []
    hour = v.written // 60 or 12
    return [
        Candidate(i, replace(s, kind="time", interval=v.interval, may_contradict=False), 0)
        for i, vs in enumerate(sources)
        for s in vs
        if s.kind == "count" and s.unit is None and s.written == hour
    ]


def _priced(values: list[Value]) -> Iterator[Value]:
    """Yield a source's bare figures that may be amounts of money: large ones, those written
    with cents, those soon after one written with cents ('charges 22.50 an hour, up from
    21'), and those per unit of time ('with six devices that's 510 a month')."""
    cents_end = -PRICE_REACH
    for s in values:
        if s.kind != "count" or s.unit is not None:
            continue
        with_cents = CENTS.search(s.span.text) is not None
        soon = s.span.start - cents_end <= PRICE_REACH
        if (s.written or 0) >= LARGE or with_cents or soon or s.rate is not None:
            yield s
        if with_cents:
            cents_end = s.span.end


def _level_against_change(text_value: Value, source_value: Value) -> bool:
    """Tell whether the text gives the share a change is by ('cut in half') and the source a
    level ('from 0.8% to 0.4%'): one is no rival of the other."""
    return text_value.fraction and text_value.direction is not None and not source_value.direction


def _orders_apart(text_value: Value, source_value: Value) -> bool:
    """Tell whether two figures lie ORDERS_APART times or more apart. When a source value
    fits the text's, such a differing one is another measure's ('capex of $520 million' and
    'EPS of $2.30' in one sentence), not a rival; a scale written wrong ('$74 billion' for
    '$74 million') leaves no value that fits."""
    if text_value.kind in EVENT_KINDS:
        return False
    one, other = (abs(x.interval.lo + x.interval.hi) / 2 for x in (text_value, source_value))
    return orders_apart(one, other)


def _vaguer_in_role(v: Value, same_kind: list[Candidate], rival: Candidate) -> bool:
    """Tell whether a source date that holds the text's date, less precisely, plays its role
    as closely as the rival does: 'starts in the first week of February', read as February,
    keeps the 'June 15' of 'would reopen on June 15' from contradicting 'early February'. A
    rival day against a day is not kept off so: 'revisit in August' holds 'August 26', but
    the 'August 19' of 'the next meeting is August 19' still contradicts it."""
    if v.kind not in DATE_KINDS or _as_wide(rival.value.interval, v.interval):
        return False
    return any(not _differs(v, c.value) and c.affinity >= rival.affinity for c in same_kind)


def _stated_beside(v: Value, source_value: Value, beside: Sequence[Value]) -> bool:
    """Tell whether another figure of the text's sentence states this source value. Dates and
    days are left out: 'on Monday, rather than Wednesday' names the day it contradicts; but
    not the other end of a stretch: the '2031' of '2027 to 2031' is the source's fiscal 2031."""
    if source_value.kind in EVENT_KINDS:
        return any(_other_end(v, b) and _fits(source_value, b) for b in beside)
    return any(b.kind == source_value.kind and _fits(b, source_value) for b in beside)


def _other_end(v: Value, b: Value) -> bool:
    """Tell whether two dates of a text are the ends of one stretch: '2027 to 2031'."""
    first, last = sorted((v, b), key=lambda x: x.span.start)
    return b.kind == v.kind and 0 <= last.span.start - first.span.end <= STRETCH_GAP


def _result(
    v: Value, status: str, evidence: list[Candidate], detail: str | None = None
) -> SourceMatch:
    return SourceMatch(
        detail=detail,
        span=v.span,
        kind=v.kind,
        value=v.label,
        status=status,  # type: ignore[arg-type]
        evidence=tuple(
            SourceSpan(
                source=c.source,
                start=c.value.span.start,
                end=c.value.span.end,
                text=c.value.span.text,
            )
            for c in evidence
        ),
    )


def _fits(text_value: Value, source_value: Value) -> bool:
    """Tell whether a source value supports a text value.

    Figures agree when each lies in what the other states: a text may round its source
    ("about 15%" for 14.8%), or the source may be the rounder one ("14.8%" for "15%"), but
    "32,500" does not fit "32,000" though the two overlap once each is read as rounded.
    A date is supported only by a source date inside it: "September 2022" by
    "5 September 2022", not by "2022".
    """
    if text_value.kind in DATE_KINDS:
        inner, outer = source_value.interval, text_value.interval
        return outer.lo <= inner.lo and inner.hi <= outer.hi
    if text_value.kind == ORDINAL_PERIOD and text_value.unit != source_value.unit:
        return False  # "the first quarter" is not "the first year"
    if _change_for_a_level(text_value, source_value):
        return False  # 'from 31 to 38 miles' (a rise of 23%) holds no 'reimburses 25%'
    t, s = text_value.written, source_value.written
    if t is None or s is None:
        return overlaps(text_value.interval, source_value.interval)
    if (ends := _ends_fit(text_value, source_value)) is not None:
        return ends
    if _unlike(text_value.rate, source_value.rate) or _unlike(
        text_value.direction, source_value.direction
    ):
        return False  # "$300 per month" is not "$300 per year", nor a rise of 5% a fall of 5%
    if text_value.qualifier and _same_qualifier(text_value, source_value):
        # "up to 50%" and "up to 30%" overlap as intervals but are different claims; "about
        # 33%" and "about a third" are one, the text's figure rounded, and so are "at least
        # two-thirds" and "not less than 67 percent": a fraction in words is within a point.
        fraction = text_value.fraction and abs(t - s) < FRACTION_POINTS
        return math.isclose(t, s) or _rounded_from(text_value, s) or fraction
    if (
        qualifier_kind(text_value.qualifier) == "about"
        and not source_value.qualifier
        and DECIMALS.search(text_value.span.text) is not None
    ):
        # 'about 16%' is not the source's 17%, which it would write 'about 17%'; 'about 15%'
        # and 'about 20%' may be, rounded to their last digit ('about 4,000' for 4,147)
        return _rounded_from(text_value, s, loosely=True)
    if source_value.across and text_value.qualifier != "over":
        return False  # 'fiscal years 2027 through 2030' are 'over four years', no deadline
    if not text_value.qualifier and s != t and s == text_value.interval.lo:
        return False  # halfway up is not rounded up: '$200,000' does not write $150,000
    # Each as it reports its figure: "up to $2,000" in a source does not hold "$500".
    text_reports = as_reported(t, text_value.qualifier, text_value.interval)
    source_reports = as_reported(s, source_value.qualifier, source_value.interval)
    # A source rounder than the text ('15%' for '14.8%') holds it only when near: '10,000
    # metres' is no source of '12,000 metres', though 12,000 rounds to it.
    # '180,000 to 275,000' is written by its low end; 'at least 20' holds no '25' it did not say
    bound = qualifier_kind(source_value.qualifier) in LOWER_BOUNDS
    ranged = s <= source_value.interval.lo and not bound
    near = ranged or abs(t - s) <= SHARPER * abs(s)
    source_rounder = contains(source_reports, t) and near
    return contains(text_reports, s) or source_rounder


def _ends_fit(text_value: Value, source_value: Value) -> bool | None:
    """Tell whether two ranges have the same ends, each as rounded as the rounder of the two
    writes it ('$2.30 to $2.45' is not '$2.35 to $2.45', though they overlap; '$37K-$55K'
    is '$37,000 to $55,000'); None unless both are ranges."""
    text_step, source_step = _end_rounding(text_value), _end_rounding(source_value)
    if text_step is None or source_step is None:
        return None
    tolerance = _end_tolerance(max(text_step, source_step), text_value)
    t, s = text_value.interval, source_value.interval
    return abs(t.lo - s.lo) <= tolerance and abs(t.hi - s.hi) <= tolerance


def _both_ends_stated(v: Value, fit: Candidate, same_kind: list[Candidate]) -> bool:
    """Tell whether a single source figure that fits a range of the text ('$2.30' for '$2.30
    to $2.45') comes with the range's other end in the same source ('by 30% to 40%', read as
    two figures, holds '30-40%'); a range holds only what both its ends state."""
    step = _end_rounding(v)
    if step is None or _end_rounding(fit.value) is not None or fit.value.written is None:
        return True
    tolerance = _end_tolerance(step, v)
    ends = (v.interval.lo, v.interval.hi)
    others = [
        c.value.written
        for c in same_kind
        if c.source == fit.source
        and c.value.written is not None
        and c is not fit
        and c.value.may_contradict  # stated as written, not a sum or change left to the reader
        and _end_rounding(c.value) is None  # the '5%' of '5% to 7%' is no end of '5% to 9%'
    ]
    for end, other in (ends, ends[::-1]):
        if abs(fit.value.written - end) <= tolerance:
            return any(abs(w - other) <= tolerance for w in others)
    return False


def _other_side(v: Value, s: Value) -> bool:
    """Tell whether one of two values is the base a statement is compared with and the other
    is not ('down from €94' against 'fell to €71'): not rivals. A text's date may still be
    contradicted by a source date that is no base."""
    if v.kind in DATE_KINDS:
        return s.base and not v.base
    return s.base != v.base


def _of_another_whole(v: Value, s: Value) -> bool:
    """Tell whether a text's share of a whole it names ('half of Elm Street's 64 units') meets
    a source share of no such whole ('occupancy is 96.3%'): not a rival."""
    return v.fraction and v.whole is not None and s.whole != v.whole


def _end_tolerance(step: float, v: Value) -> float:
    """Return how far a range's end may lie from another's: half the rounding step, and a
    hair more for the float arithmetic of values of v's size."""
    return step / 2 + 1e-9 * max(abs(v.interval.hi), 1.0)


def _end_rounding(v: Value) -> float | None:
    """Return the rounding step of a range's ends in the units compared ('$2.30 to $2.45':
    a cent; 'eight to ten weeks': none), or None when the value is no range: a range is
    written by its low end and holds up to a high one, both ends closed."""
    i, written = v.interval, v.written
    if written is None or not math.isfinite(i.hi) or not math.isclose(i.lo, written):
        return None
    if i.lo_open or i.hi_open or i.hi <= i.lo or math.isclose(i.hi, i.lo):
        return None  # 'over three' and 'at least 20' are bounds, read with open ends
    ends = RANGE_ENDS.search(v.span.text.replace(",", ""))
    if ends is None or float(ends.group(1)) == 0:
        return 0.0  # ends in words are exact
    per_digit = written / float(ends.group(1))  # '$520-560 million': a million per digit
    decimals = max(len(ends.group(n).partition(".")[2]) for n in (1, 2))
    return abs(per_digit) * 10.0**-decimals


def _change_for_a_level(text_value: Value, source_value: Value) -> bool:
    """Tell whether a change a source leaves to its reader ('halved', 'from 31 to 38') meets
    a text figure that is no change: it supports only a change ('rose 23%', 'cut in half')."""
    derived = not source_value.may_contradict and source_value.direction is not None
    return derived and text_value.direction is None


def _rounded_from(text_value: Value, exact: float, loosely: bool = False) -> bool:
    """Tell whether the figure the text writes is the source's rounded to the text's digits.

    The step is the last written digit's, in the units the values are compared in: 'about
    16 grams' is rounded to the gram, 16 ± 0.5 g, not to 0.5 of a kilogram. `loosely`, a
    whole number is rounded to its last non-zero digit, and one ending in 5 to the five:
    'about 4,000' from 4,147 and 'about 15%' from 17%, but not 'about 16%' from 17%."""
    t = text_value.written
    digits = DECIMALS.search(text_value.span.text.replace(",", ""))
    if t is None or digits is None or float(digits.group(0)) == 0:
        return False
    per_digit = t / float(digits.group(0))  # '16 grams' is 0.016 kg, '$1.2bn' 1.2e9 dollars
    step = 10.0 ** -len(digits.group(1) or "")
    if loosely and digits.group(1) is None:
        significant = digits.group(0).rstrip("0")
        fives = len(significant) > 1 and significant.endswith("5")  # '15', '150'; not '50'
        step = 10.0 ** (len(digits.group(0)) - len(significant)) * (5 if fives else 1)
    return abs(t - exact) <= (step / 2 + 1e-9) * abs(per_digit)


def _unlike(a: str | None, b: str | None) -> bool:
    """Tell whether both values state a property (a rate, a direction) and they differ."""
    return a is not None and b is not None and a != b


def _as_wide(a: Interval, b: Interval) -> bool:
    """Tell whether two date spans are as wide, a leap day aside."""
    return math.isclose(width(a), width(b), rel_tol=SAME_WIDTH)


def _same_qualifier(a: Value, b: Value) -> bool:
    """Tell whether two values are qualified alike: 'over 50' and 'more than 50' are."""
    return qualifier_kind(a.qualifier) == qualifier_kind(b.qualifier)


def _differs(text_value: Value, source_value: Value) -> bool:
    """Tell whether a source value says otherwise. A date that holds the text's date
    ("May 2024" for "3 May 2024") is less precise, not different; but two spans as wide
    that are not the same span differ, though they overlap: a fiscal year may start in the
    calendar year before, so fiscal 2030 and fiscal 2031 overlap, and are two years."""
    if text_value.kind in DATE_KINDS:
        t, s = text_value.interval, source_value.interval
        as_wide = _as_wide(t, s) and width(t) > 0
        return not overlaps(t, s) or (as_wide and not math.isclose(t.lo, s.lo))
    return not _fits(text_value, source_value)


def same_role(a: Value, b: Value) -> bool:
    """Tell whether two values may be values of one thing: not when the parse says each
    measures something else ('earnings per share of $2.15', 'revenue of $4.8 billion')."""
    if a.offset != b.offset:
        return False  # 'two years later' says when, 'over three months' how long
    if a.kind in EVENT_KINDS or a.role is None or b.role is None:
        return True  # a date is of its event, whichever noun it is attached to
    if a.kind.startswith(PHYSICAL):
        return True  # its unit is what it measures: '60 mph' and '80 km/h' are speeds
    if a.kind.startswith(VOTE) and a.kind == b.kind:
        return True  # a side of a vote, whatever noun the parse hangs it on ('a vote of',
        # 'the motion passes')
    if not a.role.measures or not b.role.measures:
        return True
    return not a.role.measures.isdisjoint(b.role.measures)


def _opposed_in_role(v: Value, fits: list[Candidate]) -> Candidate | None:
    """Return the fitting source value that plays the text value's role most closely, when
    one clause denies or reverses what the other states and no fit as close agrees."""
    best = fits[0]
    if best.affinity < ROLE_EVIDENCE or not _opposed(v, best.value):
        return None
    agreeing = [c for c in fits if c.affinity >= best.affinity and not _opposed(v, c.value)]
    return None if agreeing else best


def _turned(text_value: Value, source_value: Value) -> str | None:
    """Say so when the two differ only in which way the figure went: 'rose 3%', 'down 3%'."""
    if not _unlike(text_value.direction, source_value.direction):
        return None
    if not overlaps(text_value.interval, source_value.interval):
        return None
    return f"the text says it went {text_value.direction}, the source {source_value.direction}"


def _opposed(a: Value, b: Value) -> bool:
    return _opposition(a, b) is not None


def _opposition(text_value: Value, source_value: Value) -> str | None:
    """Say how the text's clause differs from the source's on the same value, if it does."""
    t, s = text_value.role, source_value.role
    if t is None or s is None or source_value.rest:
        return None
    if t.negated != s.negated:
        return f"the {'text' if t.negated else 'source'} denies it and the other does not"
    if _unlike(t.direction, s.direction):
        return f"the text says it went {t.direction}, the source {s.direction}"
    return None


def _affinity(a: Value, b: Value) -> int:
    """Count the signs that two values play the same role: unit, qualifier, shared words."""
    same_unit = a.unit is not None and a.unit == b.unit
    same_qualifier = a.qualifier is not None and _same_qualifier(a, b)
    same_rate = a.rate is not None and a.rate == b.rate
    same_direction = a.direction is not None and a.direction == b.direction
    # A meeting's votes are few: one side of a vote is in the role of the same side of another
    one_side = a.kind.startswith(VOTE) and a.kind == b.kind
    same_whole = a.whole is not None and a.whole == b.whole  # 'six of the 14', 'seven of the 14'
    both_changes = a.changed and b.changed  # 'a net gain of two aircraft', 'grows by two'
    signs = [same_unit, same_qualifier, same_rate, same_direction, one_side, same_whole]
    signs += [both_changes]
    shared = a.context & b.context
    if same_unit and a.unit is not None and a.kind == ORDINAL_PERIOD:
        # A period named by its rank ('the first quarter') says when: another period of that
        # name ('the third quarter was') needs a sign beyond the noun, which is both its unit
        # and a word beside it, to be the same one written otherwise
        shared -= context_words(a.unit)
    return sum(signs) + len(shared)
