"""Read a whole text: dates first, then durations and ordinal periods, then figures."""

from __future__ import annotations

import re
from datetime import date

from claimcheck.models import Reading, Skipped, Span
from claimcheck.normalize.dates import find_dates, find_durations, find_ordinal_periods
from claimcheck.normalize.numbers import find_quantities
from claimcheck.normalize.spans import Occupied, near

# Anything a reader would call a number: digits, possibly inside a word.
NUMBER_LIKE = re.compile(r"[\w.,-]*\d[\w.,-]*")
# Digits that are not figures: phone numbers ("(555) 123-4567") and times of day ("1:34 PM").
PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
TIME_OF_DAY = re.compile(r"\b[0-2]?\d:[0-5]\d(?:\s?[ap]\.?m\b\.?)?", re.IGNORECASE)
# Each with the token it cannot match without, so it is tried only near one.
NOT_FIGURES = [
    (PHONE, re.compile(r"\d{3}[\s.-]\d{4}\b"), "phone number"),
    (TIME_OF_DAY, re.compile(r"\d:[0-5]\d"), "time of day"),
]
DIGITS = re.compile(r"\d+")
NOT_FIGURE_REACH = 12


def read(text: str, published: date | None = None) -> Reading:
    """Find every figure, date, duration and ordinal period in the text."""
    dates, skipped = find_dates(text, published)
    skipped += [
        Skipped(span=Span(start=m.start(), end=m.end(), text=m.group(0)), reason=reason)
        for pattern, token, reason in NOT_FIGURES
        for lo, hi in near(token, text, NOT_FIGURE_REACH)
        for m in pattern.finditer(text, lo, hi)
    ]
    taken = Occupied(
        [(d.span.start, d.span.end) for d in dates] + [(s.span.start, s.span.end) for s in skipped]
    )
    durations = find_durations(text, taken)
    for d in durations:
        taken.add(d.span.start, d.span.end)
    quantities = find_quantities(text, taken)  # adds what it takes
    return Reading(
        quantities=tuple(quantities),
        dates=tuple(dates),
        durations=tuple(durations),
        ordinals=tuple(find_ordinal_periods(text)),
        skipped=tuple(skipped) + tuple(_uncovered(text, taken)),
    )


def _uncovered(text: str, covered: Occupied) -> list[Skipped]:
    """List the number-like tokens that no mention covers, so nothing is dropped silently."""
    out = []
    for m in NUMBER_LIKE.finditer(text):
        token = m.group(0).strip(".,-")
        start = m.start() + m.group(0).index(token)
        end = start + len(token)
        runs = DIGITS.finditer(text, start, end)
        if all(covered.covers(r.start()) and covered.covers(r.end() - 1) for r in runs):
            continue
        reason = "digits inside a name or code" if re.search(r"[^\W\d]", token) else "not read"
        out.append(Skipped(span=Span(start=start, end=end, text=token), reason=reason))
    return out
