"""Read a whole text: dates first, then durations, ordinal periods and 'since …', then figures."""

from __future__ import annotations

import re
from datetime import date

from claimcheck.models import Reading, Skipped, Span
from claimcheck.normalize.anchors import Anchors
from claimcheck.normalize.dates import (
    find_dates,
    find_durations,
    find_ordinal_periods,
    find_since,
)
from claimcheck.normalize.numbers import find_quantities
from claimcheck.normalize.qualifiers import numerals_of
from claimcheck.normalize.spans import Occupied, near
from claimcheck.normalize.words import CARDINALS

# The characters of a number-like token: digits, possibly inside a word ("A-50U", "1.2bn").
TOKEN_CHAR = re.compile(r"[\w.,-]")
# Digits that are not figures: phone numbers ("(555) 123-4567") and times of day ("1:34 PM").
PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
# A stopwatch's '6:25.4' and '2:03:59' are lengths (see dates.STOPWATCH), not times of day.
TIME_OF_DAY = re.compile(
    r"\b(?<!:)(?:(?<=\bat\s)[0-2]?\d:[0-5]\d:[0-5]\d|[0-2]?\d:[0-5]\d(?![.:]\d))"
    r"(?:\s?(?:[ap]\.m\.|[ap]m\b))?"
    # an hour alone before a.m. or p.m.: '1 p.m.', 'around one p.m.', '3pm'
    rf"|\b(?<![\d.,:])(?:1[0-2]|0?[1-9]|{'|'.join(CARDINALS[1:13])})\s?(?:[ap]\.m\.|[ap]m\b)",
    re.IGNORECASE,
)
# 'premium 24/7 support': at all hours, not the figures 24 and 7.
ALL_HOURS = re.compile(r"\b24/7(?:/365)?\b")
# Reasons a token is skipped that later stages look for.
CLOCK_REASON = "time of day"
CODE_REASON = "digits inside a name or code"
# A variable's value in a formula: 'in which n = 1', '(general formula, n > 3)'.
FORMULA = re.compile(r"(?<![\w.])[A-Za-z]\s?[=<>≤≥]\s?-?\d+(?:\.\d+)?(?![\d.]\d)")
NOT_FIGURES = [
    (PHONE, "phone number"),
    (TIME_OF_DAY, CLOCK_REASON),
    (ALL_HOURS, "at all hours"),
    (FORMULA, "a variable's value in a formula"),
]
# The numbers of a list written in a sentence or a bill: 'identifies 1) a state space and
# 2) an observation process', 'a business that (1) had revenues … or (2) buys'. A number and
# ')', with or without its '(', then a word; it counts as one only beside the number before
# or after it, so '(up by 5) today' stays a figure.
ITEM_NUMBER = re.compile(r"(?<![\w(.,/$-])\(?(\d{1,2})\)(?=\s+[^\W\d])")
ITEM_REASON = "the number of a list item"
# What each cannot match without ("123-4567", "1:34", "24/7", "= 1"), so they are tried only
# near it.
NOT_FIGURE_TOKEN = re.compile(r"\d(?:\d\d[\s.-]\d{4}\b|:[0-5]\d|4/7)")
# The same for an hour alone before a.m. or p.m.: a search of its own, with no '\b' and no
# case folding, adds a third of what one more alternative above added to every text.
HOUR_TOKEN = re.compile(r"[apAP]\.?[mM]\b")
FORMULA_TOKEN = re.compile(r"[=<>≤≥]\s?-?\d")
FORMULA_SIGNS = "=<>≤≥"  # a text is searched for FORMULA_TOKEN only when it has one
NOT_FIGURE_REACH = 12


def read(
    text: str,
    published: date | None = None,
    dayfirst: bool | None = None,
    locale: str | None = None,
) -> Reading:
    """Find every figure, date, duration and ordinal period in the text. `dayfirst` reads a
    numeric date whose day and month could swap ('03/04/2024'); None lists it as skipped.
    `locale` reads '1.234' and '1,234' as that locale writes them; None, as English does."""
    with numerals_of(locale):
        return _read(text, published, dayfirst)


def _read(text: str, published: date | None, dayfirst: bool | None) -> Reading:
    anchors = Anchors(text)
    dates, skipped = find_dates(text, published, anchors, dayfirst)
    tokens = [m.span() for token in (NOT_FIGURE_TOKEN, HOUR_TOKEN) for m in token.finditer(text)]
    if any(sign in text for sign in FORMULA_SIGNS):
        tokens += [m.span() for m in FORMULA_TOKEN.finditer(text)]
    windows = near(tokens, len(text), NOT_FIGURE_REACH)
    skipped += [
        Skipped(span=Span(start=m.start(), end=m.end(), text=m.group(0)), reason=reason)
        for pattern, reason in NOT_FIGURES
        for lo, hi in windows
        for m in pattern.finditer(text, lo, hi)
    ]
    skipped += _list_items(text)
    taken = Occupied(
        [(d.span.start, d.span.end) for d in dates] + [(s.span.start, s.span.end) for s in skipped]
    )
    durations = find_durations(text, taken, anchors)  # adds what it takes
    quantities = find_quantities(text, taken, anchors)  # adds what it takes
    return Reading(
        quantities=tuple(quantities),
        dates=tuple(dates),
        durations=tuple(durations),
        ordinals=tuple(find_ordinal_periods(text, anchors)),
        since=tuple(find_since(text, anchors)),
        skipped=tuple(skipped) + tuple(_uncovered(anchors, taken)),
    )


def _list_items(text: str) -> list[Skipped]:
    """Return the numbers of a list written in a sentence ('1) …, 2) …'), each beside the
    number before or after it."""
    matches = ITEM_NUMBER.finditer(text) if ")" in text else iter(())
    found = {int(m.group(1)): m for m in matches if not _closes_a_bracket(text, m)}
    return [
        Skipped(span=Span(start=m.start(), end=m.end(), text=m.group(0)), reason=ITEM_REASON)
        for n, m in found.items()
        if n - 1 in found or n + 1 in found
    ]


def _closes_a_bracket(text: str, m: re.Match[str]) -> bool:
    """Tell whether the ')' after a bare number closes a bracket opened before it: '(up 3)'."""
    if m.group(0).startswith("("):
        return False
    return text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start())


def _uncovered(anchors: Anchors, covered: Occupied) -> list[Skipped]:
    """List the number-like tokens that no mention covers, so nothing is dropped silently."""
    text = anchors.text
    out: list[Skipped] = []
    for start, end in anchors.digit_runs:
        if covered.covers(start) and covered.covers(end - 1):
            continue
        span = _token_around(text, start, end)
        if out and out[-1].span == span:  # another run of digits in the same token
            continue
        reason = CODE_REASON if re.search(r"[^\W\d]", span.text) else "not read"
        out.append(Skipped(span=span, reason=reason))
    return out


def _token_around(text: str, start: int, end: int) -> Span:
    """Return the word the digits stand in, without the punctuation around it: 'A-50U', '3.5'."""
    while start > 0 and TOKEN_CHAR.match(text, start - 1):
        start -= 1
    while end < len(text) and TOKEN_CHAR.match(text, end):
        end += 1
    token = text[start:end].strip(".,-")
    start += text[start:end].index(token)
    return Span(start=start, end=start + len(token), text=token)
