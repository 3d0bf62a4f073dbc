"""Turn a written figure and its qualifier into an interval. The one place the rule lives.

The rule, for a figure v written with rounding step s (the place of its last non-zero
digit: 350,000 → 10,000; 3.5 → 0.1; 5,962 → 1):

| qualifier                          | interval                |
|------------------------------------|-------------------------|
| none                               | [v − s/2, v + s/2)      |
| exactly, precisely                 | [v, v]                  |
| about, around, some, roughly, …    | [v − w, v + w], w = max(s/2, APPROX · v) |
| more than, over, above, …          | (v, v + s′)             |
| at least                           | [v, v + s′)             |
| nearly, almost, close to, …        | [v − w, v)              |
| less than, under, fewer than, …    | [0, v)                  |
| up to, at most, no more than       | [0, v]                  |

A bound its clause denies turns over: "not more than 75%" and "may not cover more than 75%"
are at most 75%, "not less than 10" at least 10 (the reader writes such a qualifier "not …").

A bare written figure is read as rounded to its last significant digit, as news figures are;
trailing zeros count as rounding from four digits up ("2,960" → 10, "20" → 1). A lower bound
reaches up to the place of its last non-zero digit, s′, whatever its length: "more than 160
years" is written of 162 years, as "more than 3 years" is of 3.5.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal

from babel.numbers import parse_decimal

from claimcheck.models import Interval

# How loose "about" and "nearly" may be, as a share of the value, when the rounding is tighter.
APPROX = 0.1

# Trailing zeros count as rounding only in numbers of at least this many digits.
ROUNDED_FROM_DIGITS = 4

QUALIFIERS: dict[str, str] = {
    "exactly": "exact",
    "precisely": "exact",
    "just": "exact",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "more than": "above",
    "over": "above",
    "above": "above",
    "in excess of": "above",
    "exceeding": "above",
    "exceed": "above",  # 'shall not exceed $75,000' is denied: at most
    "exceeds": "above",
    "upwards of": "above",
    "greater than": "above",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "nearly": "below_near",
    "almost": "below_near",
    "close to": "below_near",
    "just under": "below_near",
    "just below": "below_near",
    "less than": "below",
    "fewer than": "below",
    "under": "below",
    "below": "below",
    "up to": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
}

# A bound denied turns over: 'not more than 75%' is at most 75%, 'not less than 10' at least.
DENIED = {"above": "at_most", "below": "at_least"}
DENIED_PREFIX = "not "

# Longest first, so "no more than" wins over "more than".
QUALIFIER_RE = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))


# "12,5" and "1.200,50": a comma before the last one or two digits, or after dot groups.
DECIMAL_COMMA = re.compile(
    r"\d+,\d{1,2}|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:[\u2009\u202f\u00a0]\d{3})+,\d+"
)
NO_SPACES = str.maketrans("", "", " \u2009\u202f\u00a0")
# "1.234.567": two or more groups of three after dots are thousands in every reading.
DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
# "1.234" and "1,234": one group of three, thousands in English, a decimal in German.
ONE_GROUP = re.compile(r"\d{1,3}[.,]\d{3}")
# The locale that reads ONE_GROUP, for the reading under way (see `numerals_of`).
_LOCALE: ContextVar[str | None] = ContextVar("claimcheck_numerals", default=None)


@contextmanager
def numerals_of(locale: str | None) -> Iterator[None]:
    """Read '1.234' and '1,234' as `locale` writes them ('de_DE': 1234 and 1.234) while
    the block runs; None keeps English. Set per reading, so threads do not share it."""
    token = _LOCALE.set(locale)
    try:
        yield
    finally:
        _LOCALE.reset(token)


def plain_digits(written: str) -> str:
    """Return written digits without their grouping: '1,000', '1 , 000', '4 @.@ 5' → '10004.5';
    the decimal comma of '12,5' and '1.200,50' as a point; '1.234.567' as thousands; and
    '1.234' or '1,234' as the locale of the reading writes them."""
    locale = _LOCALE.get()
    if locale is not None and ONE_GROUP.fullmatch(written):
        return str(parse_decimal(written, locale=locale))
    if DECIMAL_COMMA.fullmatch(written):
        written = written.replace(".", "").replace(",", ".")
    elif DOT_GROUPS.fullmatch(written):
        written = written.replace(".", "")
    return written.replace(",", "").replace("@", "").translate(NO_SPACES)


def rounding_step(written: str) -> float:
    """Return the step of the last significant digit of a written number ('350,000' → 10,000).

    Trailing zeros mark rounding only from the thousands up: "20%" and "300 people" are read
    as exact to the unit, "350,000" as rounded to the ten thousand.
    """
    digits = plain_digits(written)
    try:
        number = Decimal(digits)
    except ArithmeticError:
        return 1.0
    if "." in digits:
        return float(Decimal(1).scaleb(number.as_tuple().exponent))  # type: ignore[arg-type]
    unsigned = digits.lstrip("-")
    if len(unsigned) < ROUNDED_FROM_DIGITS:
        return 1.0
    stripped = unsigned.rstrip("0")
    zeros = len(unsigned) - len(stripped) if stripped else 0
    return float(10**zeros)


def qualifier_kind(qualifier: str | None) -> str:
    """Return what a qualifier does to its figure: 'over' and 'more than' are both 'above';
    'not more than' is 'at_most'."""
    written = (qualifier or "").lower()
    if written.startswith(DENIED_PREFIX):
        return DENIED.get(QUALIFIERS.get(written.removeprefix(DENIED_PREFIX), ""), "rounded")
    return QUALIFIERS.get(written, "rounded")


def denied(qualifier: str) -> str:
    """Return the qualifier a denied clause makes of a bound ('more than' → 'not more
    than'); a qualifier that is no bound ('about') stays as it is."""
    return DENIED_PREFIX + qualifier if qualifier_kind(qualifier) in DENIED else qualifier


def interval_for(value: float, qualifier: str | None, step: float) -> Interval:
    """Return the interval a figure covers, given its qualifier and rounding step."""
    kind = qualifier_kind(qualifier)
    width = max(step / 2, APPROX * abs(value))
    bound = max(step, _last_digit_place(value))
    table = {
        "rounded": (value - step / 2, value + step / 2, False, True),
        "exact": (value, value, False, False),
        "about": (value - width, value + width, False, False),
        "above": (value, value + bound, True, True),
        "at_least": (value, value + bound, False, True),
        "below_near": (value - width, value, False, True),
        "below": (min(0.0, value), value, False, True),
        "at_most": (min(0.0, value), value, False, False),
    }
    lo, hi, lo_open, hi_open = table[kind]
    if math.isclose(lo, hi):
        return Interval.point(value)
    return Interval(lo=lo, hi=hi, lo_open=lo_open, hi_open=hi_open)


def _last_digit_place(value: float) -> float:
    """Return the place of a whole number's last non-zero digit (160 → 10, 3 → 1), or 0."""
    if value == 0 or not float(value).is_integer():
        return 0.0
    whole, place = abs(int(value)), 1
    while whole % 10 == 0:
        whole, place = whole // 10, place * 10
    return float(place)


def as_reported(value: float, qualifier: str | None, interval: Interval) -> Interval:
    """Return the values a figure reports, for comparing a text with its sources.

    It is the figure's interval, except for an upper bound: "up to 50%" reports 50% as the
    peak, so a source's "up to 30%" is a different figure though it lies below 50. An upper
    bound reports its figure as "nearly" does.
    """
    if qualifier_kind(qualifier) in {"below", "at_most"}:
        return Interval(lo=value - APPROX * abs(value), hi=value)
    return interval
