"""Durations, dates and ordinal periods must agree (CC2xx)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date, timedelta

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Interval, Lasting, PeriodClaim, Severity, Status, Timing
from claimcheck.normalize.dates import DAYS_PER, calendar_step
from claimcheck.normalize.intervals import difference, intersection, overlaps, render
from claimcheck.normalize.names import same_name
from claimcheck.normalize.words import WEEKDAYS

DAYS_PER_MONTH = DAYS_PER["month"]


@rule(
    "CC201",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "the stated period {stated} does not fit the dates of the figures "
        "compared ({elapsed})",
        Status.CONSISTENT: "the stated period {stated} fits the dates of the figures compared "
        "({elapsed})",
        Status.NOT_CHECKED: "the stated period {stated} cannot be checked: {reason}",
    },
)
def duration_vs_dates(claims: Claims) -> Iterator[Outcome]:
    """Check a change's stated period against the dates of its two figures."""
    for c in claims.changes:
        if c.duration is None:
            continue
        d, a, b = c.duration, c.earlier.as_of, c.later.as_of
        stated = {"stated": repr(d.span.text), "elapsed": "", "reason": ""}
        if a is None or b is None:
            yield Outcome(
                Status.NOT_CHECKED,
                "",
                (d.span,),
                stated | {"reason": "one of the figures has no date"},
            )
            continue
        elapsed = difference(b.days, a.days)
        fits = overlaps(elapsed, d.days)
        shown = _span_in_time(elapsed)
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"{a.label()} → {b.label()} = {shown}; stated: {d.span.text} = {render(d.days)} days",
            (d.span, c.earlier.quantity.span, a.span, c.later.quantity.span, b.span),
            stated | {"elapsed": shown},
        )


@rule(
    "CC202",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "the ordinal periods of the {event} contradict each other",
        Status.CONSISTENT: "the ordinal periods of the {event} agree",
    },
)
def ordinal_periods_agree(claims: Claims) -> Iterator[Outcome]:
    """Check that 'second year' and 'entered its third year' allow one start date."""
    for event, periods in _by_event(claims).items():
        if len(periods) < 2:
            continue
        bounds = [(p, _start_bounds(p, claims.published)) for p in periods]
        known = [(p, b) for p, b in bounds if b is not None]
        if len(known) < 2:
            continue
        common: Interval | None = known[0][1]
        for _, b in known[1:]:
            common = intersection(common, b) if common else None
        shown = "; ".join(
            f"'{p.period.span.text}' ({_stated(p, claims.published)}) → start {_render_dates(b)}"
            for p, b in known
        )
        verdict = f"common start {_render_dates(common)}" if common else "no common start"
        yield Outcome(
            Status.CONSISTENT if common else Status.INCONSISTENT,
            f"{shown}; {verdict}",
            tuple(p.period.span for p, _ in known),
            {"event": event},
        )


@rule(
    "CC203",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "the period {stated} is longer than the {event} has lasted "
        "(at most {age})",
        Status.CONSISTENT: "the period {stated} fits within the {event} (at most {age})",
    },
)
def duration_within_event(claims: Claims) -> Iterator[Outcome]:
    """Check that a duration measured within an event fits the age the ordinal periods give."""
    latest_start = _latest_starts(claims)
    for ed in claims.event_durations:
        at = ed.as_of.last if ed.as_of else claims.published
        if at is None or ed.event not in latest_start:
            continue
        lower, binding = latest_start[ed.event]
        earliest = date.fromordinal(int(lower))
        d = ed.duration
        latest = _minus(at, d.days.lo / DAYS_PER[d.unit], d.unit)
        fits = latest > earliest
        age_text = _span_in_time(Interval.point(at.toordinal() - earliest.toordinal()))
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"the {ed.event} started after {earliest} ({binding.period.span.text!r}); "
            f"{d.span.text!r} up to {at} needs a start on or before {latest}",
            (d.span, binding.period.span),
            {"stated": repr(d.span.text), "event": ed.event, "age": age_text},
        )


def _minus(day: date, units: float, unit: str) -> date:
    """Go back a number of calendar units (whole ones by the calendar, the rest in days)."""
    whole = int(units + 1e-9)
    rest = timedelta(days=(units - whole) * DAYS_PER[unit])
    return day - calendar_step(unit, whole) - rest


def _latest_starts(claims: Claims) -> dict[str, tuple[float, PeriodClaim]]:
    """Return, for each event, the latest day it can have started after, and the period
    that says so. Only "has entered its Nth year" bounds the start from below."""
    found: dict[str, tuple[float, PeriodClaim]] = {}
    for event, periods in _by_event(claims).items():
        for p in periods:
            bounds = _start_bounds(p, claims.published)
            if bounds is None or math.isinf(bounds.lo):
                continue
            if event not in found or bounds.lo > found[event][0]:
                found[event] = (bounds.lo, p)
    return found


def _by_event(claims: Claims) -> dict[str, list[PeriodClaim]]:
    out: dict[str, list[PeriodClaim]] = {}
    for p in claims.periods:
        if p.period.event:
            out.setdefault(p.period.event, []).append(p)
    return out


def _start_bounds(p: PeriodClaim, published: date | None) -> Interval | None:
    """Return when the event may have started, given 'its Nth year' stated on a date."""
    said = _said_on(p, published)
    if said is None:
        return None
    first, last = said
    step = calendar_step(p.period.unit, 1)
    n = p.period.n
    try:
        latest = (last - step * (n - 1)).toordinal()
        earliest = (first - step * n).toordinal()
    except (OverflowError, ValueError):  # 'its 2025th year' said in 2023: before year 1
        return None
    if not p.period.entered:  # "in the Nth year": that year had begun by then
        return Interval(lo=-math.inf, hi=latest)
    return Interval(lo=earliest, hi=latest, lo_open=True)


def _said_on(p: PeriodClaim, published: date | None) -> tuple[date, date] | None:
    if p.as_of is not None:
        return p.as_of.first, p.as_of.last
    return (published, published) if published else None


def _stated(p: PeriodClaim, published: date | None) -> str:
    if p.as_of is not None:
        return f"stated {p.as_of.label()}"
    return f"published {published}"


def _ordinal(d: date | None) -> float | None:
    return float(d.toordinal()) if d else None


def _render_dates(iv: Interval | None) -> str:
    if iv is None:
        return "none"
    lo = "…" if math.isinf(iv.lo) else str(date.fromordinal(int(iv.lo)))
    return f"{'(' if iv.lo_open else '['}{lo}, {date.fromordinal(int(iv.hi))}]"


def _span_in_time(days: Interval) -> str:
    """Render a span of days also in months or years: '105–114 days (3.4–3.7 months)'."""
    lo, hi = days.lo, days.hi
    count = f"{lo:.0f} days" if lo == hi else f"{lo:.0f}–{hi:.0f} days"
    months_lo, months_hi = lo / DAYS_PER_MONTH, hi / DAYS_PER_MONTH
    if months_hi >= 24:
        years = f"{months_lo / 12:.1f}" + ("" if lo == hi else f"–{months_hi / 12:.1f}")
        return f"{count} ({years} years)"
    months = f"{months_lo:.1f}" + ("" if lo == hi else f"–{months_hi:.1f}")
    return f"{count} ({months} months)"


@rule(
    "CC204",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "{stated} later does not fit the dates {earlier} and {later} "
        "({elapsed})",
        Status.CONSISTENT: "{stated} later fits the dates {earlier} and {later}",
    },
)
def later_vs_dates(claims: Claims) -> Iterator[Outcome]:
    """Check 'two years later, in 1993' against the date the text gave just before."""
    for s in claims.sequels:
        a, b, d = s.earlier, s.later, s.duration
        elapsed = difference(b.days, a.days)
        fits = overlaps(elapsed, d.days)
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"{b.label()} − {a.label()} = {render(elapsed)} days "
            f"({_years(elapsed)}); stated {d.span.text} = {render(d.days)} days",
            (d.span, b.span, a.span),
            {
                "stated": repr(d.span.text),
                "earlier": repr(a.span.text),
                "later": repr(b.span.text),
                "elapsed": _years(elapsed),
            },
        )


@rule(
    "CC210",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "{stated} after {earlier} is not {later}",
        Status.CONSISTENT: "{stated} after {earlier} is {later}",
    },
)
def later_vs_weekdays(claims: Claims) -> Iterator[Outcome]:
    """Check 'On Monday … two days later, on Friday' by counting the days of the week."""
    for s in claims.weekday_sequels:
        start = WEEKDAYS.index(s.earlier.text)
        whole = range(math.ceil(s.duration.days.lo), math.floor(s.duration.days.hi) + 1)
        days = [n for n in whole if _below(n, s.duration.days)]
        reached = list(dict.fromkeys(WEEKDAYS[(start + n) % 7] for n in days))
        fits = s.later.text in reached
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"{s.earlier.text} + {s.duration.span.text} ({render(s.duration.days)} days) "
            f"falls on {' or '.join(reached)}; stated {s.later.text}",
            (s.earlier, s.duration.span, s.later),
            {
                "stated": repr(s.duration.span.text),
                "earlier": s.earlier.text,
                "later": s.later.text,
            },
        )


def _below(n: int, days: Interval) -> bool:
    return n < days.hi if days.hi_open else n <= days.hi


@rule(
    "CC205",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "the text says {said}, but the dates run the other way",
        Status.CONSISTENT: "the dates of {said} are in the order '{cue}' says",
    },
)
def order_vs_dates(claims: Claims) -> Iterator[Outcome]:
    """Check 'in 1947, before … in 1952' (and 'after', 'until') against the two dates."""
    for o in claims.orders:
        fits = o.first.days.lo <= o.then.days.hi
        pieces = sorted((o.first.span, o.then.span, o.cue), key=lambda span: span.start)
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"'{o.cue.text}' needs {o.first.label()} ≤ {o.then.label()}: {'yes' if fits else 'no'}",
            (o.first.span, o.cue, o.then.span),
            {
                "said": " … ".join(p.text if p is o.cue else repr(p.text) for p in pieces),
                "cue": o.cue.text,
            },
        )


@rule(
    "CC207",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "{stated} {relation} {reference} does not fit the dates {since} "
        "and {at} ({elapsed})",
        Status.CONSISTENT: "{stated} {relation} {reference} fits the dates {since} and {at}",
    },
)
def elapsed_vs_dates(claims: Claims) -> Iterator[Outcome]:
    """Check 'in 1995, three years after its founding' against the founding's date."""
    for e in claims.elapsed:
        later, earlier = (e.since, e.at) if e.relation == "before" else (e.at, e.since)
        elapsed = difference(later.days, earlier.days)
        fits = overlaps(elapsed, e.duration.days)
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"{later.label()} − {earlier.label()} = {render(elapsed)} days ({_years(elapsed)}); "
            f"stated {e.duration.span.text} {e.relation} = {render(e.duration.days)} days",
            (e.duration.span, e.at.span, e.reference, e.since.span),
            {
                "stated": repr(e.duration.span.text),
                "relation": e.relation,
                "reference": repr(e.reference.text),
                "since": repr(e.since.span.text),
                "at": repr(e.at.span.text),
                "elapsed": _years(elapsed)
                if _longest(elapsed) >= DAYS_PER["year"]
                else _days(elapsed),
            },
        )


# How many later lengths each length of an event is compared with, so a long list stays linear.
LASTING_PARTNERS = 12
# The least wait that 'immediately' cannot stand for: an hour, in days.
NOT_AT_ONCE = 1 / 24


@rule(
    "CC208",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "{event} is said to come {at_once}, and after {waited}",
    },
)
def at_once_vs_wait(claims: Claims) -> Iterator[Outcome]:
    """Flag one event of one doer said to come at once and, elsewhere, after a wait."""
    quick = [d for d in claims.delays if d.days.hi == 0]
    slow = [d for d in claims.delays if d.days.lo >= NOT_AT_ONCE]
    for a in quick:
        for b in slow:
            if a.event_key != b.event_key or a.sentence == b.sentence:
                continue
            if a.subject_key and b.subject_key and not same_name(a.subject_key, b.subject_key):
                continue
            first, then = sorted((a, b), key=lambda d: d.span.start)
            yield Outcome(
                Status.INCONSISTENT,
                f"{a.span.text!r} = 0 days; {b.span.text!r} = {render(b.days)} days; "
                f"both of '{a.event_key}'" + (f" by {a.subject_key}" if a.subject_key else ""),
                (first.event, first.span, then.event, then.span),
                {
                    "event": repr(a.event_key),
                    "at_once": repr(a.span.text),
                    "waited": repr(b.span.text),
                },
            )


@rule(
    "CC209",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "{what} is said to last {a} and {b}",
    },
)
def two_lengths_of_one_event(claims: Claims) -> Iterator[Outcome]:
    """Flag one event of one subject given two lengths that cannot both hold: 'served for ten
    years, from 1990 to 1995'; 'the war lasted from 1939 to 1945' and 'the ten-year war'."""
    for a, b in lengths_at_odds(claims.lastings):
        yield Outcome(
            Status.INCONSISTENT,
            f"{_length(a)} = {render(a.days)} days; {_length(b)} = {render(b.days)} days; "
            "they do not overlap",
            a.spans + b.spans,
            {
                "what": f"'{a.event_key}'" + (f" of {a.subject_key}" if a.subject_key else ""),
                "a": _length(a),
                "b": _length(b),
            },
        )


def lengths_at_odds(lastings: tuple[Lasting, ...]) -> Iterator[tuple[Lasting, Lasting]]:
    """Yield the pairs of lengths of one event of one subject, one of them written, that do
    not overlap."""
    for i, a in enumerate(lastings):
        for b in lastings[i + 1 : i + 1 + LASTING_PARTNERS]:
            if not (a.written or b.written) or overlaps(a.days, b.days):
                continue
            one_clause = a.sentence == b.sentence and a.event_key == b.event_key
            one_subject = a.subject_key is not None and b.subject_key is not None
            same = one_subject and same_name(a.subject_key or "", b.subject_key or "")
            if one_clause or same and a.event_key == b.event_key:
                yield a, b


def _length(lasting: Lasting) -> str:
    """Render a length as written, or as the stretch between its two dates."""
    if lasting.written:
        return repr(lasting.spans[0].text)
    first, last = lasting.spans
    return f"from {first.text!r} to {last.text!r}"


def _longest(days: Interval) -> float:
    return max(abs(days.lo), abs(days.hi))


def _days(days: Interval) -> str:
    return f"{render(days)} days"


def _years(days: Interval) -> str:
    return f"{days.lo / DAYS_PER['year']:.1f}–{days.hi / DAYS_PER['year']:.1f} years"


@rule(
    "CC206",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "{event} is placed {a} {reference} and {b} it",
    },
)
def one_event_two_timings(claims: Claims) -> Iterator[Outcome]:
    """Flag one event placed both during and after (or before) the same named event."""
    seen: dict[tuple[str, str], list[Timing]] = {}
    for t in claims.timings:
        key = (t.event_key, t.reference_key)
        for earlier in seen.setdefault(key, []):
            if earlier.relation != t.relation and _same_doer(earlier, t):
                yield Outcome(
                    Status.INCONSISTENT,
                    f"{earlier.event.text!r} {earlier.relation} {earlier.reference.text!r}; "
                    f"{t.event.text!r} {t.relation} {t.reference.text!r}: one event cannot be "
                    "both",
                    (earlier.span, earlier.reference, t.span, t.reference),
                    {
                        "event": repr(t.event_key),
                        "a": earlier.relation,
                        "b": t.relation,
                        "reference": repr(t.reference.text),
                    },
                )
                break
        seen[key].append(t)


def _same_doer(a: Timing, b: Timing) -> bool:
    """Tell whether two timings may be of one doer.

    Two names must be one name, and so must two common nouns ('the cruiser', 'the
    destroyer'); a name and a common noun may be one thing ('Krasnyi Kavkaz', 'the cruiser').
    """
    if a.sentence == b.sentence:
        return False
    if a.subject_key is None or b.subject_key is None or a.subject_named != b.subject_named:
        return True
    return same_name(a.subject_key, b.subject_key)
