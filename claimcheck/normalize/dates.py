"""Find dates, durations and ordinal periods, as intervals of days.

Year-less dates ("March 14", "early January") are resolved, in this order:
1. against the publication date, when given: the latest such day on or before it;
2. "of the same year" / "that year": the latest explicit year written before them;
3. otherwise as news copy writes them (a year is written only when it is not the current
   one): the first such day after the latest date that the text dates explicitly; and
   "last year" / "this year" against the year after the latest explicit one.
A date that none of these resolves is skipped, and the report says so.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

from claimcheck.models import (
    DateRef,
    Duration,
    Granularity,
    Interval,
    OrdinalPeriod,
    Since,
    Skipped,
    Span,
    TimeUnit,
    YearSource,
)
from claimcheck.normalize.anchors import Anchors
from claimcheck.normalize.numbers import (
    NUMBER_WORDS,
    OR_MORE,
    ORDINAL,
    _words_value,
    or_more,
    ordinal_starts,
    qualifier_before,
    qualifier_read,
)
from claimcheck.normalize.qualifiers import interval_for, plain_digits, rounding_step
from claimcheck.normalize.spans import Occupied, matches_at, near
from claimcheck.normalize.words import (
    CENTURY,
    DECADE_WORDS,
    ENTER_VERBS,
    ORDINAL_VALUES,
    ORDINALS,
    RELATIVE_WORDS,
    SINCE,
    TIME_ABBREVIATIONS,
    TIME_UNITS,
)

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
# How many of a unit a length in parts may give before the next larger unit would: '2 hours
# and 15 minutes' is one length, 'six months and 500 hours' two.
PART_BELOW = {"second": 60, "minute": 60, "hour": 24, "day": 31, "week": 53, "month": 12}
DAYS_PER = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 365.2425 / 12,
    "year": 365.2425,
    "decade": 3652.425,
    "century": 36524.25,
}

# Parts of a decade, as years into it: "the early 1990s" are 1990 to 1993.
DECADE_PARTS = {"early": (0, 3), "beginning": (0, 3), "start": (0, 3)}
DECADE_PARTS |= {"mid": (4, 6), "middle": (4, 6), "late": (7, 9), "end": (7, 9)}
# Parts of a century, as its years: "the early 15th century" is 1401 to 1433.
CENTURY_PARTS = {"early": (1, 33), "beginning": (1, 33), "start": (1, 33)}
CENTURY_PARTS |= {"mid": (34, 66), "middle": (34, 66), "late": (67, 100), "end": (67, 100)}
# Parts of a month, as day ranges; "end" stops at the month's last day.
PARTS = {
    "early": (1, 10),
    "beginning": (1, 10),
    "start": (1, 10),
    "mid": (11, 20),
    "middle": (11, 20),
    "late": (21, 31),
    "end": (21, 31),
}
# Weeks of a month, as day ranges ("the last week" is its last ten days at most).
WEEKS = {"first": (1, 7), "second": (8, 14), "third": (15, 21), "fourth": (22, 28)}
WEEKS |= {"last": (22, 31), "final": (22, 31)}
# 'early 2024', 'mid-1990s', 'end-2026', 'at the end of May'
_PART = (
    r"(?P<part>early|mid|late|(?:end|start)(?=-)"
    r"|(?:at\s+)?the\s+(?:beginning|start|middle|end)\s+of)[\s-]+"
)
_DECADE_WORDS = "|".join(DECADE_WORDS)
_FULL_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
SHORT_MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# A full stop belongs to an abbreviated month ("Jan."), not to a full one ending a sentence.
_MONTH = rf"(?P<month>(?:{_FULL_MONTHS})\b|(?:{SHORT_MONTHS})(?:\.|\b))"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})\b"
# A bare year counts as a date only after a word that places it in time ("in 2023").
_YEAR_CUE = "in|since|by|until|from|of|before|after|during|prior to"
_EARLY_YEAR_CUE = (
    r"in|since|until|before|after|during|died|born|dat(?:es|ed|ing)\s+(?:back\s+)?(?:from|to)"
)
_YEAR_DETERMINERS = "a|an|the|its|his|her|their"
# The next word after such a year, with its adjectives, when it is not a plural.
_IRREGULAR_PLURALS = "people|men|women|children|police|staff|personnel|cattle|feet|data"
_SINGULAR = rf"(?:[A-Z][\w-]*\s+)*(?!(?:{_IRREGULAR_PLURALS})\b)[a-z][\w-]*(?<!s)\b"
# Or the name of an event, its last word not a plural nor before one: 'the 2008 Summer
# Olympics', 'the 2010 World Cup'; not 'the 2000 Americans' or 'the 1900 British soldiers'.
_NAMED = rf"(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*(?<!s)\b(?!\s+(?:{_IRREGULAR_PLURALS}|[a-z][\w-]*s)\b)"
# After a day and a month any year from 1000 is a year ('13 November 1020'), unless a plural
# follows ('on 3 May 1500 troops landed').
_NOT_COUNTED = rf"(?![.,]\d)(?!\s+(?:{_IRREGULAR_PLURALS}|[a-z][\w-]*s|B\.?C)\b)"
_ANY_YEAR = rf"(?P<year>(?:1[89]|20)\d{{2}}\b|1[0-7]\d{{2}}\b{_NOT_COUNTED})"
# A day of the month: '12', '12th', or in words after 'the' ('the twelfth of May',
# 'the twenty-first of June').
DAY_WORDS = {word: n for n, word in enumerate(ORDINALS, start=1)}
DAY_WORDS |= {
    f"{tens}-{word}": base + n
    for tens, base in (("twenty", 20), ("thirty", 30))
    for n, word in enumerate(ORDINALS[:9], start=1)
    if base + n <= 31
}
DAY_WORDS["thirtieth"] = 30
_DAY_WORD = "|".join(sorted(DAY_WORDS, key=len, reverse=True))
# A day in words before its month needs 'the' and 'of' ('the first May bank holiday' is
# no date); after its month, neither ('March thirty-first').
_DAY = rf"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|the\s+(?P<dayword>{_DAY_WORD})(?=\s+of\b))\b"
_DAY_AFTER_MONTH = rf"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|(?P<dayword>{_DAY_WORD}))\b"

_REL = r"\s+(?P<rel>last|this|next)\s+year\b"
RELATIVE = {"last": -1, "this": 0, "next": 1}
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}

# One alternation of literal words, which the engine scans for fast.
MONTH_TOKEN = re.compile(f"{_FULL_MONTHS}|{SHORT_MONTHS}")
Token = Literal[
    "month",
    "year",
    "the word year",
    "decade",
    "a decade in words",
    "the word century",
    "a relative day or month",
]
# "from 1990 to 1995", "between 1939 and 1945", "1939–1945": two years, unless a plural
# follows ("between 1800 and 2000 soldiers" counts soldiers).
# "14/03/2024", "03.14.2024", "3-4-2024": day and month in either order, and the year.
NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)"
    r"(?P<year>(?:1[89]|20)\d{2})(?![\d/.-]\d)"
)
# "between 1557 and 1558", "from 1539 to 1547": two early years of one century.
EARLY_YEAR_RANGE = re.compile(
    r"\b(?i:between|from)\s+(?P<first>(?P<century>1[0-7])\d{2})"
    r"\s+(?:to|until|till|through|and)\s+(?P<last>(?P=century)\d{2})\b"
    rf"{_NOT_COUNTED}"
)
YEAR_RANGE = re.compile(
    r"\b(?P<first>(?:1[89]|20)\d{2})"
    r"(?:\s*[–—]\s*|-|\s+(?:to|until|till|through|and)\s+)"
    r"(?P<last>(?:1[89]|20)\d{2})\b"
    rf"(?!\s+(?:{_IRREGULAR_PLURALS}|[a-z][\w-]*s)\b)"
)
# "2019-20", "1998–99", "2019/20": a season or fiscal year across two calendar years, one
# period from the first year's start to the second's end. The second year must follow the
# first, so "2002-03-14" (ISO) and "2019-23" are not read this way.
SPLIT_YEAR = re.compile(
    r"(?<![\d/.-])(?P<first>(?:1[89]|20)\d{2})[-–/](?P<last>\d{2})\b(?![-–/.]\d)"
)
# "FY2023", "FY23", "fiscal 2023", "financial year 2023", "FY2023/24": a year of accounts;
# "FY2025-2029", "fiscal years 2025 through 2029": the first and last of a stretch of them.
FISCAL_YEAR = re.compile(
    r"\b(?:FY\s?'?|(?i:fiscal|financial)\s+(?:(?i:years?)\s+)?)(?P<year>(?:19|20)?\d{2})\b"
    r"(?:[-–/](?P<last>(?:19|20)?\d{2})\b|\s+(?:through|to|and|[-–])\s+(?:FY\s?)?"
    r"(?P<later>(?:19|20)\d{2})\b)?(?![-–/.]\d)"
)
FISCAL_TOKEN = re.compile(r"\bFY|\b[Ff]iscal\b|\b[Ff]inancial\b")
# Years of accounts start from February of the year before their number (a year ending in
# January, as many retailers keep) to April of that year (as Japan's): a year named alone is
# read as every month one of them may cover, 26 from February.
FISCAL_FIRST_MONTH, FISCAL_MONTHS = 2, 26
# Each pattern with the token it cannot match without (a month name, a year, the word "year"),
# so that it is tried only near such tokens instead of at every word of the text.
# In priority order.
DATE_PATTERNS: list[tuple[re.Pattern[str], Token]] = [
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_REL}"), "month"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY_AFTER_MONTH},?{_REL}"), "month"),
    (re.compile(rf"(?:\b{_PART})?\b{_MONTH}{_REL}"), "month"),
    (re.compile(r"\b(?P<rel>last|this|next)\s+year\b"), "the word year"),
    (
        re.compile(
            r"\b(?:(?P<relday>yesterday|today|tomorrow)|(?P<relmonth>last|this|next)\s+month)\b",
            re.IGNORECASE,
        ),
        "a relative day or month",
    ),
    (re.compile(r"\b(?P<iso>(?:1[89]|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), "year"),
    # "March 24, 1932", and in WikiText "March 24 , 1932".
    (re.compile(rf"\b{_MONTH}\s+{_DAY_AFTER_MONTH}(?:\s?,?\s+{_ANY_YEAR})?"), "month"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s?,?\s+{_ANY_YEAR})?"), "month"),
    # "the first week of February", "the last week of May 2021"
    (
        re.compile(
            rf"\b(?i:the)\s+(?P<week>(?i:{'|'.join(WEEKS)}))\s+week\s+of\s+{_MONTH}"
            rf"(?:,?\s+(?:of\s+)?{_ANY_YEAR})?"
        ),
        "month",
    ),
    (
        re.compile(
            rf"(?:\b{_PART})?\b{_MONTH}(?:,?\s+(?:of\s+)?{_ANY_YEAR}"
            r"|\s+(?P<same>of\s+(?:the\s+same|that)\s+year))?"
        ),
        "month",
    ),
    (
        re.compile(
            # "Q4 2023", "the fourth quarter of 2023", "fourth-quarter 2023", and the quarter
            # an earnings call names with its year: "fourth quarter and full year 2024"
            rf"\b(?P<q>Q[1-4]|(?:the\s+)?(?P<qword>(?i:first|second|third|fourth))[\s-]quarter"
            rf"(?:\s+of|\s+and\s+(?:the\s+)?(?i:full)[\s-]year)?)\s+{_YEAR}"
        ),
        "year",
    ),
    (re.compile(rf"(?:\b{_PART}|\b(?i:{_YEAR_CUE})\s+){_YEAR}"), "year"),
    # "Skylark Three (1948)", "Jaws (1975)": a year alone in brackets after a word, as the
    # year of a work is written after its title
    (re.compile(rf"(?<=[\w\"”'’] \(){_YEAR}(?=\))"), "year"),
    # "in 1450", "since 1066": a year before 1800 only after a word of time, and not before a
    # plural ("in 1500 cases") or "BC".
    (
        re.compile(
            rf"\b(?i:{_EARLY_YEAR_CUE})\s+(?P<year>1[0-7]\d{{2}})\b(?![.,]\d)"
            rf"(?!\s+(?:{_IRREGULAR_PLURALS}|[a-z][\w-]*s|B\.?C)\b)"
        ),
        "year",
    ),
    # "a 2005 film", "the 1931 opening": a year between a determiner and a singular noun;
    # "the 2000 people" and "the 1900 soldiers" are counts.
    (re.compile(rf"\b(?i:{_YEAR_DETERMINERS})\s+{_YEAR}(?=\s+(?:{_SINGULAR}|{_NAMED}))"), "year"),
    (re.compile(rf"(?:\b{_PART})?\b(?P<decade>(?:1[89]|20)\d0)s\b"), "decade"),
    # "the '90s", "the late ’60s": the 1960s to the 1990s, and the 2000s and 2010s. The '20s
    # to the '50s may be of either century, and are not read.
    (re.compile(rf"(?:\b{_PART})?(?<![\w'’])(?P<short_decade>['’][016-9]0)s\b"), "decade"),
    # "the nineties", "the early sixties", "the late Eighties"
    (
        re.compile(rf"\b{_PART}the\s+(?P<word_decade>(?i:{_DECADE_WORDS}))\b"),
        "a decade in words",
    ),
    (
        re.compile(
            rf"\b(?i:the)\s+(?:(?P<part>early|mid|late)[\s-]+)?"
            rf"(?P<word_decade>(?i:{_DECADE_WORDS}))\b"
        ),
        "a decade in words",
    ),
    # "the 12th century", "the early 15th century"; not "the 5th century BC".
    (
        re.compile(
            rf"(?:\b{_PART})?\b(?P<century>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century\b"
            r"(?!\s*B\.?C)"
        ),
        "the word century",
    ),
]
# How far a date expression reaches on either side of its month or year.
REACH = 40
# Each unit of time as a calendar step: relativedelta's field and how many of it.
CALENDAR_STEPS: dict[str, tuple[str, int]] = {
    "second": ("seconds", 1),
    "minute": ("minutes", 1),
    "hour": ("hours", 1),
    "day": ("days", 1),
    "week": ("weeks", 1),
    "fortnight": ("weeks", 2),
    "month": ("months", 1),
    "year": ("years", 1),
    "decade": ("years", 10),
    "century": ("years", 100),
}


def calendar_step(unit: str, n: int) -> relativedelta:
    """Return n units of time as a calendar step: two decades are twenty calendar years."""
    field, size = CALENDAR_STEPS[unit]
    return relativedelta(**{field: n * size})  # type: ignore[arg-type]


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "May" alone is also a verb: as a bare month it needs a preposition or a part before it.
_BARE_MAY = re.compile(
    r"(?:in|since|by|until|from|of|early|mid|late|end of|beginning of)[\s-]+$", re.IGNORECASE
)

# Words that may stand between a number and its unit of time: 'the 3 preceding years',
# 'two more weeks', 'five consecutive days'; not 'last' ('we hired 300 last year').
# Days of a working week, and the weekend days a stretch of them may start or end beside.
WEEK, WORK_WEEK, WEEKEND = 7, 5, 2
_TIME_ADJECTIVES = (
    "preceding|previous|prior|following|consecutive|straight|successive"
    "|subsequent|additional|more|further|full|whole|long|extra"
)
_UNIT = rf"(?P<unit>{'|'.join(TIME_UNITS)})s?\b"
_UNIT_OR_SHORT = rf"(?:{_UNIT}|(?P<short>(?-i:{'|'.join(TIME_ABBREVIATIONS)}))\b)"
# The words that scale the figure before them ('€2.5 billion ten years earlier'): a length's
# number never starts with one.
SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
DURATION_RE = re.compile(
    # the low end of a range: "3 to 5 years", "5-7 days", "a 10-15 year sentence", "between
    # 10 and 15 years"
    rf"\b(?:(?P<between>between\s+)?(?<!from\s)(?P<lo>\d+(?:\.\d+)?|{NUMBER_WORDS})"
    rf"(?:\s?[-–—]\s?|\sto\s|(?(between)\sand\s|(?!)))(?=\w))?"
    rf"(?P<num>(?:\d+\s)?\d+/\d+"  # "3 1/4 hours", "1/2 hour"
    rf"|(?:\d+(?:\.\d+)?|{NUMBER_WORDS}|an?)[\s-]+and[\s-]+a[\s-]+half"  # "two and a half years"
    rf"|(?<![\d,.])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"  # "1,500 days", not "500 days"
    rf"|(?<![\d,.])\d+(?:\.\d+)?|(?:{NUMBER_WORDS}|an?|several|a\sfew|half\sa|a\scouple\sof)\b)"
    # "a year and a half", "a month-and-a-half", "an hour and a quarter"; "the 3 preceding
    # years"
    r"(?P<bound>\s+or\s+(?:more|longer|fewer|less))?"  # "10 or more days"
    rf"(?:\s+(?:(?P<business>business|working)|{_TIME_ADJECTIVES}))?[\s-]+{_UNIT_OR_SHORT}"
    r"(?P<half>[\s-]+and[\s-]+a[\s-]+(?:half|quarter)(?![\w-]))?(?!\s+old)",
    re.IGNORECASE,
)
ENTERED_RE = re.compile(
    rf"\b(?:{'|'.join(ENTER_VERBS)})\s+(?:its|their|the)\s+(?P<n>{ORDINAL})\s+{_UNIT}",
    re.IGNORECASE,
)
# What entered its Nth year, looked for just before the verb: "The conflict in Ukraine has".
EVENT_BEFORE = re.compile(
    r"(?P<event>[\w’'-]+(?:\s+(?:in|of)\s+[\w’'-]+)?)\s+(?P<aux>(?:(?:has|had|have|is|was)\s+)?"
    r"(?:now\s+)?)$",
    re.IGNORECASE,
)
IN_NTH_RE = re.compile(
    rf"\b(?:in|during|for|over|of)\s+the\s+(?P<n>{ORDINAL})\s+{_UNIT}\s+of\s+(?:the\s+)?(?P<event>[\w’'-]+)",
    re.IGNORECASE,
)
# "The strike, now in its third day", "the war was in its fifth year": the event is the noun
# just before.
IN_ITS_RE = re.compile(
    rf"(?P<event>[\w’'-]+)\s*,?\s+(?:(?:is|was|are|were)\s+)?(?:now\s+|still\s+)?"
    rf"in\s+(?:its|their)\s+(?P<n>{ORDINAL})\s+{_UNIT}",
    re.IGNORECASE,
)
SINCE_RE = re.compile(
    r"\bsince\s+the\s+(?:very\s+)?(?:beginning|start|outbreak|onset)\s+of\s+(?:the\s+)?"
    r"(?P<event>[\w’'-]+)|\bsince\s+the\s+(?P<began>[\w’'-]+)\s+(?:began|started|broke\s+out)\b",
    re.IGNORECASE,
)
# How far "in the second year of the war" reaches on either side of its ordinal.
IN_NTH_REACH = 100
_VAGUE_AMOUNTS = {"several": (3.0, 9.0), "a few": (2.0, 5.0)}
# A figure right before 'more than' or 'less than' is what is compared.
COMPARED_FIGURE = re.compile(r"[\d%]\s*$")
# The same a few words on, when the length after 'than' says when: '31 cents a gallon less
# than a year earlier'. A preposition keeps the qualifier the length's: '12 cars in less
# than a year earlier' is unclear, '12 cars in less than a year' is not.
COMPARED_PHRASE = re.compile(
    r"[\d%](?:\s+(?!(?:in|within|for|after|over|under|by|of)\b)[^\W\d]+){1,3}\s+$",
    re.IGNORECASE,
)
# What after a length says when, not how long: 'a year earlier', 'two years ago'.
WHEN_AFTER = re.compile(r"\s+(?:earlier|ago|before|prior|previously)\b", re.IGNORECASE)
# How far from one unit 'a year' or 'an hour' reaches: nine months to fifteen.
ONE_UNIT_SLACK = 0.25
OUT_OF_CALENDAR = "relative date that falls outside the calendar (years 1 to 9999)"
NO_YEAR = "date without a year and no publication date or dated text to place it"
AMBIGUOUS_DATE = (
    "numeric date whose day and month could be swapped; set dayfirst (--dayfirst or "
    "--monthfirst) to read it"
)
NO_PUBLICATION = "relative date ('yesterday', 'last month') and no publication date to place it"


@dataclass(frozen=True)
class _Raw:
    span: Span
    year: int | None
    month: int
    days: tuple[int, int] | None
    granularity: Granularity
    same_year: bool
    months: int = 1
    # "last year" (-1), "yesterday" (-1 day), "next month" (+1 month), from a reference date.
    relative: int | None = None
    # Set for "yesterday" and "last month", which only a publication date can place.
    relative_unit: Literal["day", "month"] | None = None
    # A numeric date that reads as two dates ("03/04/2024") when no order was set.
    ambiguous: bool = False


def find_dates(
    text: str,
    published: date | None,
    anchors: Anchors | None = None,
    dayfirst: bool | None = None,
) -> tuple[list[DateRef], list[Skipped]]:
    """Return every date in the text with its interval, and the dates that could not be resolved.

    `dayfirst` says how to read a numeric date whose day and month could swap ("03/04/2024"):
    True for 3 April, False for 4 March, None to list it as skipped."""
    found = _raw_dates(text, anchors or Anchors(text), dayfirst)
    raws = sorted(found, key=lambda r: r.span.start)
    latest_dated = max((_last_day(r, r.year) for r in raws if r.year), default=None)
    year_before: int | None = None  # the latest year the text has written so far
    refs: list[DateRef] = []
    skipped: list[Skipped] = []
    for raw in raws:
        if raw.ambiguous:
            skipped.append(Skipped(span=raw.span, reason=AMBIGUOUS_DATE))
            continue
        if raw.relative_unit is not None:
            if published is None:
                skipped.append(Skipped(span=raw.span, reason=NO_PUBLICATION))
                continue
            placed = _placed(raw, published)
            if placed is None:
                skipped.append(Skipped(span=raw.span, reason=OUT_OF_CALENDAR))
                continue
            raw = placed
            resolved: tuple[int, YearSource] | None = (raw.year or published.year, "publication")
        else:
            resolved = _resolve_year(raw, year_before, published, latest_dated)
            year_before = raw.year or year_before
        if resolved is None:
            skipped.append(Skipped(span=raw.span, reason=NO_YEAR))
            continue
        year, source = resolved
        first, last = _first_day(raw, year), _last_day(raw, year)
        refs.append(
            DateRef(
                id=f"D{len(refs) + 1}",
                span=raw.span,
                granularity=raw.granularity,
                year_from=source,
                days=Interval(lo=first.toordinal(), hi=last.toordinal()),
            )
        )
    return refs, skipped


def _placed(raw: _Raw, published: date) -> _Raw | None:
    """Place 'yesterday' or 'last month' against the publication date; None when that falls
    outside the calendar (tomorrow, published on 31 December 9999)."""
    assert raw.relative is not None
    try:
        if raw.relative_unit == "day":
            day = published + timedelta(days=raw.relative)
            return replace(raw, year=day.year, month=day.month, days=(day.day, day.day))
        first = published.replace(day=1) + relativedelta(months=raw.relative)
    except (OverflowError, ValueError):
        return None
    return replace(raw, year=first.year, month=first.month)


def _raw_dates(text: str, anchors: Anchors, dayfirst: bool | None) -> Iterator[_Raw]:
    taken = Occupied()
    tokens: dict[Token, list[tuple[int, int]]] = {
        "month": [m.span() for m in MONTH_TOKEN.finditer(text)],
        "year": [run for run in anchors.digit_runs if _is_year(text, *run)],
        "the word year": anchors.words(["year"]),
        "decade": [(s, e) for s, e in anchors.digit_runs if _is_decade(text, s, e)],
        "a decade in words": anchors.words(DECADE_WORDS),
        "the word century": anchors.words([CENTURY]),
        "a relative day or month": anchors.words(RELATIVE_WORDS),
    }
    windows = {token: near(spans, len(text), REACH) for token, spans in tokens.items()}
    fiscal = near((m.span() for m in FISCAL_TOKEN.finditer(text)), len(text), REACH)
    for m in (m for lo, hi in fiscal for m in FISCAL_YEAR.finditer(text, lo, hi)):
        raws = _fiscal_years(m)
        if raws and not taken.overlaps(*m.span()):
            taken.add(*m.span())
            yield from raws
    for lo, hi in windows["year"]:
        for m in NUMERIC_DATE.finditer(text, lo, hi):
            raw = _numeric_date(m, dayfirst)
            if raw is not None and not taken.overlaps(m.start(), m.end()):
                taken.add(m.start(), m.end())
                yield raw
        for m in SPLIT_YEAR.finditer(text, lo, hi):
            raw = _two_years(m, int(m.group("first")), m.group("last"))
            if raw is not None and not taken.overlaps(*m.span()):
                taken.add(*m.span())
                yield raw
        ranges = [*YEAR_RANGE.finditer(text, lo, hi), *EARLY_YEAR_RANGE.finditer(text, lo, hi)]
        for m in ranges:
            if taken.overlaps(m.start("first"), m.end("last")):
                continue
            for group in ("first", "last"):
                span = Span(start=m.start(group), end=m.end(group), text=m.group(group))
                taken.add(span.start, span.end)
                yield _Raw(span, int(m.group(group)), 1, None, Granularity.YEAR, False, months=12)
    for pattern, token in DATE_PATTERNS:
        for m in (m for lo, hi in windows[token] for m in pattern.finditer(text, lo, hi)):
            if taken.overlaps(m.start(), m.end()):
                continue
            raw = _raw_from_match(m, text)
            if raw is not None:
                taken.add(m.start(), m.end())
                yield raw


def _fiscal_years(m: re.Match[str]) -> list[_Raw]:
    """Read 'FY2023' as the months a year of accounts numbered 2023 may cover, 'FY2023/24' or
    'fiscal 2023-24' as the two calendar years it spans, and 'FY2025-2029' as the first and
    the last of a stretch of such years; 'FY2023/22' is no year."""
    year = _full_year(m["year"])
    group = "last" if m["last"] is not None else "later"
    if m[group] is None:
        return [_fiscal_year(m.start(), m.end(), m.group(0), year)]
    split = _two_years(m, year, m[group]) if group == "last" else None
    if split is not None:
        return [split]
    last = _full_year(m[group])
    if last <= year:
        return []
    return [
        _fiscal_year(m.start(), m.end("year"), m.group(0)[: m.end("year") - m.start()], year),
        _fiscal_year(m.start(group), m.end(group), m[group], last),
    ]


def _fiscal_year(start: int, end: int, written: str, year: int) -> _Raw:
    span = Span(start=start, end=end, text=written)
    return _Raw(
        span, year - 1, FISCAL_FIRST_MONTH, None, Granularity.YEAR, False, months=FISCAL_MONTHS
    )


def _two_years(m: re.Match[str], first: int, last: str) -> _Raw | None:
    """Read '2019-20' or 'FY2023/24' as one period across two calendar years; the second
    year must follow the first ('2019-23' is no such period)."""
    if int(last) % 100 != (first + 1) % 100:
        return None
    span = Span(start=m.start(), end=m.end(), text=m.group(0))
    return _Raw(span, first, 1, None, Granularity.YEAR, False, months=24)


def _full_year(written: str) -> int:
    """Return '23' as 2023 and '98' as 1998; four digits as they are."""
    if len(written) == 4:
        return int(written)
    return int(written) + (1900 if int(written) >= 50 else 2000)


def _numeric_date(m: re.Match[str], dayfirst: bool | None) -> _Raw | None:
    """Read '14/03/2024' and '03/14/2024' (the order their numbers allow), and '03/04/2024' by
    `dayfirst`; a day or month out of range is no date."""
    first, second, year = int(m.group("first")), int(m.group("second")), int(m.group("year"))
    span = Span(start=m.start(), end=m.end(), text=m.group(0))
    readings = {(d, mo) for d, mo in ((first, second), (second, first)) if _valid(year, mo, d)}
    if len(readings) == 2 and dayfirst is not None:
        readings = {(first, second) if dayfirst else (second, first)}
    if not readings:
        return None
    if len(readings) == 2:
        return _Raw(span, year, 1, None, Granularity.DAY, False, ambiguous=True)
    ((day, month),) = readings
    return _Raw(span, year, month, (day, day), Granularity.DAY, False)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _is_year(text: str, start: int, end: int) -> bool:
    """Tell whether a run of digits is a year from 1800 to 2099 standing alone as a word."""
    early = "10" <= text[start : start + 2] <= "17"  # "in 1450", read by one pattern only
    year = _starts_with_century(text, start) or early
    return end - start == 4 and year and _alone(text, start, end)


def _is_decade(text: str, start: int, end: int) -> bool:
    """Tell whether a run of digits is the '1990' of the word '1990s', or the '90' of '’90s'."""
    if text[end - 1 : end + 1] != "0s" or not _alone(text, start, end + 1):
        return False
    if end - start == 2:
        return text[start - 1 : start] in ("'", "’") and text[start] in SHORT_DECADES
    return end - start == 4 and _starts_with_century(text, start)


# The decades written with two digits that are read, by their first digit, with their century.
SHORT_DECADES = {"0": 2000, "1": 2000, "6": 1900, "7": 1900, "8": 1900, "9": 1900}


def _decade(written: str) -> int:
    """Return the first year of a decade written '1990' or '’90'."""
    digits = written.lstrip("'’")
    return int(digits) if len(digits) == 4 else SHORT_DECADES[digits[0]] + int(digits)


def _starts_with_century(text: str, start: int) -> bool:
    return text[start : start + 2] in {"18", "19", "20"}


def _alone(text: str, start: int, end: int) -> bool:
    """Tell whether text[start:end] stands as a word of its own."""
    return (start == 0 or not _is_word_char(text[start - 1])) and (
        end == len(text) or not _is_word_char(text[end])
    )


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w matches


def _raw_from_match(m: re.Match[str], text: str) -> _Raw | None:
    raw = _raw_parts(m, text)
    rel = m.groupdict().get("rel")
    return replace(raw, relative=RELATIVE[rel.lower()]) if raw and rel else raw


def _raw_parts(m: re.Match[str], text: str) -> _Raw | None:
    groups = m.groupdict()
    # The span starts at the first part read: a cue such as "in" before a year is left out.
    start = min(m.start(g) for g, v in groups.items() if v is not None)
    span = Span(start=start, end=m.end(), text=text[start : m.end()])
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("relday"):
        offset = RELATIVE_DAYS[groups["relday"].lower()]
        return _Raw(
            span, None, 1, None, Granularity.DAY, False, relative=offset, relative_unit="day"
        )
    if groups.get("relmonth"):
        offset = RELATIVE[groups["relmonth"].lower()]
        return _Raw(
            span, None, 1, None, Granularity.MONTH, False, relative=offset, relative_unit="month"
        )
    if groups.get("iso"):
        day = int(groups["d"])
        return _Raw(span, int(groups["iso"]), int(groups["m"]), (day, day), Granularity.DAY, False)
    if groups.get("q"):
        q = groups["q"].lower()
        quarter = int(q[1]) if q.startswith("q") else _QUARTERS[groups["qword"].lower()]
        return _Raw(span, year, quarter * 3 - 2, None, Granularity.QUARTER, False, months=3)
    if groups.get("century"):
        first, last = CENTURY_PARTS[_part_key(groups["part"])] if groups.get("part") else (1, 100)
        start_year = (int(groups["century"]) - 1) * 100 + first
        years = last - first + 1
        return _Raw(span, start_year, 1, None, Granularity.CENTURY, False, months=12 * years)
    if groups.get("decade") or groups.get("short_decade") or groups.get("word_decade"):
        first, last = DECADE_PARTS[_part_key(groups["part"])] if groups.get("part") else (0, 9)
        if groups.get("word_decade"):
            start_year = DECADE_WORDS[groups["word_decade"].lower()] + first
        else:
            start_year = _decade(groups.get("decade") or groups["short_decade"]) + first
        years = last - first + 1
        return _Raw(span, start_year, 1, None, Granularity.DECADE, False, months=12 * years)
    if groups.get("month") is None:
        return _Raw(span, year, 1, None, Granularity.YEAR, False, months=12)
    month = MONTHS[groups["month"].lower().rstrip(".")]
    if (
        groups["month"] == "May"
        and not groups.get("part")
        and year is None
        and not groups.get("day")
        and not groups.get("dayword")
        and not _BARE_MAY.search(text[max(0, m.start() - 12) : m.start()])
    ):
        return None
    if groups.get("day") or groups.get("dayword"):
        day = int(groups["day"]) if groups.get("day") else DAY_WORDS[groups["dayword"].lower()]
        if not 1 <= day <= 31:
            return None
        return _Raw(span, year, month, (day, day), Granularity.DAY, False)
    if groups.get("week"):
        days = WEEKS[groups["week"].lower()]
        return _Raw(span, year, month, days, Granularity.PART_OF_MONTH, False)
    if groups.get("part"):
        return _Raw(
            span,
            year,
            month,
            PARTS[_part_key(groups["part"])],
            Granularity.PART_OF_MONTH,
            bool(groups.get("same")),
        )
    return _Raw(span, year, month, None, Granularity.MONTH, bool(groups.get("same")))


def _part_key(part: str) -> str:
    """Return the word of a part that names it: 'at the beginning of' → 'beginning'."""
    return (part.split()[-2] if " " in part else part).lower()


def _resolve_year(
    raw: _Raw, year_before: int | None, published: date | None, latest_dated: date | None
) -> tuple[int, YearSource] | None:
    if raw.year is not None:
        return raw.year, "text"
    if raw.relative is not None:  # "last year": against the publication, else the dated text
        if published is not None:
            return published.year + raw.relative, "publication"
        if latest_dated is not None:
            return latest_dated.year + 1 + raw.relative, "later_than_dated_text"
        return None
    if raw.same_year:
        return (year_before, "text") if year_before else None
    if published is not None:
        year = published.year
        return (year if _first_day(raw, year) <= published else year - 1), "publication"
    if latest_dated is not None:
        year = latest_dated.year
        return (year if _first_day(raw, year) > latest_dated else year + 1), "later_than_dated_text"
    return None


def _first_day(raw: _Raw, year: int) -> date:
    day = raw.days[0] if raw.days else 1
    return date(year, raw.month, min(day, calendar.monthrange(year, raw.month)[1]))


def _last_day(raw: _Raw, year: int) -> date:
    if raw.days is None:
        return date(year, raw.month, 1) + relativedelta(months=raw.months, days=-1)
    return date(year, raw.month, min(raw.days[1], calendar.monthrange(year, raw.month)[1]))


def find_durations(text: str, taken: Occupied, anchors: Anchors) -> list[Duration]:
    """Return every length of time: 'more than 3 years', '3.5 months', 'several weeks'; add
    their spans to `taken`.

    A length written in parts is one length: '2 years and 3 months', '1 hr 20 min', '2h 15m'.
    """
    compact = _compact_lengths(text, taken, anchors)
    for part in compact:  # '2h 15m' is not also read as '15m'
        taken.add(part.duration.span.start, part.duration.span.end)
    parts = sorted(compact + _lengths(text, taken, anchors), key=lambda p: p.duration.span.start)
    lengths: list[_Part] = []
    for part in parts:
        joined = _joined(text, lengths[-1], part) if lengths else None
        if joined is None:
            lengths.append(part)
        else:
            lengths[-1] = joined
    for part in lengths:
        taken.add(part.duration.span.start, part.duration.span.end)
    return [p.duration.model_copy(update={"id": f"T{i}"}) for i, p in enumerate(lengths, start=1)]


@dataclass(frozen=True)
class _Part:
    """A length as read, with what joining it to a smaller unit needs."""

    duration: Duration
    exact: bool  # a plain amount, no range and no vague word: it can lead a length in parts
    step: float  # how far the amount is rounded, in its unit


# A length in hours and minutes run together: '2h 15m', '1h30min', '3 h 20 min'; or hours
# alone, the 'h' glued to them: 'runs 2h'.
COMPACT_LENGTH = re.compile(
    r"(?P<h>\d{1,3})\s?h\s?(?P<m>[0-5]?\d)\s?m(?:in)?\b(?:\s?(?P<s>[0-5]?\d)\s?s\b)?"
    r"|(?P<hours>\d{1,3})h\b"
)
# Seconds written with decimals and an 's' glued, as a page's load time is: '4.2s', '0.85s'
# ('30s' and '1990s' are decades as often).
DECIMAL_SECONDS = re.compile(r"(?P<amount>\d{1,3}\.\d{1,3})s\b")
# A length on a stopwatch: minutes and seconds with tenths ('won in 6:25.4'), or hours,
# minutes and seconds ('ran it in 2:03:59'); a time of day has no tenths, and its seconds
# follow 'at' ('at 14:03:59').
STOPWATCH = re.compile(
    r"(?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d)|(?P<m>\d{1,2})):(?P<s>[0-5]\d)(?P<f>\.\d{1,3})?(?![\d:])"
)
AT_BEFORE = re.compile(r"\b(?:at|by|until|till|from)\s+$", re.IGNORECASE)
# What may stand between the parts of one length: '2 years and 3 months', '1 hr, 20 min'.
PART_GAP = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")


def _compact_lengths(text: str, taken: Occupied, anchors: Anchors) -> list[_Part]:
    """Return '2h 15m' and '1h30min' as lengths in minutes, or seconds when they are given,
    and '2h' in hours."""
    parts: list[_Part] = []
    for start, end in anchors.digit_runs:
        if text[end : end + 2].lstrip()[:1] != "h" or not _alone_before(text, start):
            continue
        m = COMPACT_LENGTH.match(text, start)
        if m is None or taken.overlaps(*m.span()):
            continue
        if m["hours"]:
            unit: TimeUnit = "hour"
            amount = int(m["hours"])
        else:
            unit = "second" if m["s"] else "minute"
            amount = int(m["h"]) * 60 + int(m["m"])
            amount = amount * 60 + int(m["s"]) if m["s"] else amount
        parts.append(_plain_length(text, m, amount, unit, 1.0))
    for start, end in anchors.digit_runs:  # '4.2s': seconds with decimals, glued
        if text[end : end + 1] != "s" or start < 2 or text[start - 1] != ".":
            continue
        m = DECIMAL_SECONDS.match(text, text.rfind(" ", 0, start) + 1)
        if m is None or m.end("amount") != end or taken.overlaps(*m.span()):
            continue
        parts.append(
            _plain_length(text, m, float(m["amount"]), "second", rounding_step(m["amount"]))
        )
    return parts + _stopwatch_lengths(text, taken, anchors)


def _stopwatch_lengths(text: str, taken: Occupied, anchors: Anchors) -> list[_Part]:
    """Return '6:25.4' and '2:03:59' as lengths in seconds."""
    parts: list[_Part] = []
    for start, end in anchors.digit_runs:
        glued = text[start - 1 : start] == ":"  # the seconds of '2:03:59' start no length
        if text[end : end + 1] != ":" or glued or not _alone_before(text, start):
            continue
        m = STOPWATCH.match(text, start)
        if m is None or not (m["h"] or m["f"]) or taken.overlaps(*m.span()):
            continue
        if m["h"] and AT_BEFORE.search(text, max(0, start - 8), start):
            continue  # 'at 14:03:59' is a time of day
        minutes = int(m["h"]) * 60 + int(m["hm"]) if m["h"] else int(m["m"])
        seconds = minutes * 60 + int(m["s"]) + float(m["f"] or 0)
        step = rounding_step(m["f"]) if m["f"] else 1.0
        parts.append(_plain_length(text, m, seconds, "second", step))
    return parts


def _plain_length(text: str, m: re.Match[str], amount: float, unit: TimeUnit, step: float) -> _Part:
    """Return the length a match writes as one plain amount of a unit, rounded to `step`: it
    can lead a length in parts."""
    interval = interval_for(float(amount), None, step)
    return _Part(_duration(text, m.start(), m.end(), amount, unit, interval), True, step)


def _alone_before(text: str, start: int) -> bool:
    return start == 0 or not (_is_word_char(text[start - 1]) or text[start - 1] in ".,")


def _joined(text: str, first: _Part, then: _Part) -> _Part | None:
    """Join '2 years' and '3 months' into one length, or return None when they are two."""
    a, b = first.duration, then.duration
    gap = text[a.span.end : b.span.start]
    if not (first.exact and then.exact) or b.qualifier or PART_GAP.fullmatch(gap) is None:
        return None
    if DAYS_PER[a.unit] <= DAYS_PER[b.unit]:
        return None  # '3 months and 2 years', '5 days, 5 days' are two lengths
    if b.amount >= PART_BELOW.get(b.unit, math.inf):
        return None  # 'six months and 500 hours': two requirements, not one length
    base = a.amount * DAYS_PER[a.unit] / DAYS_PER[b.unit]
    within = interval_for(b.amount, a.qualifier, then.step)
    interval = within.model_copy(update={"lo": within.lo + base, "hi": within.hi + base})
    joined = _duration(text, a.span.start, b.span.end, base + b.amount, b.unit, interval)
    return _Part(joined.model_copy(update={"qualifier": a.qualifier}), True, then.step)


def _duration(
    text: str, start: int, end: int, amount: float, unit: TimeUnit, interval: Interval
) -> Duration:
    per = DAYS_PER[unit]
    return Duration(
        id="T",
        span=Span(start=start, end=end, text=text[start:end]),
        amount=amount,
        unit=unit,
        days=Interval(
            lo=interval.lo * per,
            hi=interval.hi * per,
            lo_open=interval.lo_open,
            hi_open=interval.hi_open,
        ),
    )


def _lengths(text: str, taken: Occupied, anchors: Anchors) -> list[_Part]:
    """Return each length written with a unit of time, one unit at a time."""
    parts: list[_Part] = []
    units = anchors.words([*TIME_UNITS, *(unit + "s" for unit in TIME_UNITS), *TIME_ABBREVIATIONS])
    spans = near(units, len(text), REACH)
    for m in (m for lo, hi in spans for m in DURATION_RE.finditer(text, lo, hi)):
        qual = qualifier_before(text, m.start(), m.end())
        if qual is not None and _of_the_figure_before(text, qual, m.end()):
            qual = None  # '9% more than a year earlier': the 9% is more, not the year
        start = qual.start() if qual else m.start()
        qualifier = (qualifier_read(text, qual) or "").lower() or None
        bound = OR_MORE.match(text, m.start("bound")) if m["bound"] else None
        if qualifier is None and bound is not None:
            qualifier = or_more(bound)  # '10 or more days' are at least ten
        if taken.overlaps(start, m.end()) or _ordinal_second(m):
            continue
        num = m.group("num").lower().replace("-", " ")  # "two-and-a-half months"
        if (last := _last_number(m)) is not None:  # 'Six two-week sessions': six of them
            start, num, qualifier = m.start("num") + last, m.group("num")[last:].lower(), None
            num = num.replace("-", " ")
        if m.group("half") and not num.endswith("half"):
            # "a year and a half" as "one and a half years", "an hour and a quarter" so too
            quarter = m.group("half").lower().endswith("quarter")
            num += " and a quarter" if quarter else " and a half"
        amount, interval = _duration_amount(num, qualifier)
        whole = f"{m['lo']} {m['num']}".lower() if m["lo"] else ""
        one_number = bool(whole and not any(c.isdigit() for c in whole) and _words_value(whole))
        if one_number:
            # 'twenty-one years' is one number, not a range from twenty to one
            amount, interval = _duration_amount(whole, qualifier)
        elif m.group("lo") is not None:
            low = _duration_amount(m.group("lo").lower(), None)[0]
            if low >= amount:
                continue  # '2022-2 years' is no range
            amount, interval = low, Interval(lo=low, hi=amount)
        if qualifier == "over":  # 'over three months' is as often 'across' as 'more than'
            across = _duration_amount(num, None)[1]
            interval = Interval(lo=across.lo, hi=interval.hi, hi_open=interval.hi_open)
        unit = TIME_UNITS[m["unit"].lower()] if m["unit"] else TIME_ABBREVIATIONS[m["short"]]
        if m["business"] and unit == "day":  # '10 business days' are 10 to 16 days
            interval = Interval(lo=amount, hi=amount * WEEK / WORK_WEEK + WEEKEND)
        vague = m.group("num").lower() in _VAGUE_AMOUNTS
        duration = _duration(text, start, m.end(), amount, unit, interval)
        duration = duration.model_copy(update={"qualifier": qualifier, "amount_is_vague": vague})
        digits = num.replace(".", "").replace(",", "").isdigit()
        # 'two', 'an' are exact; 'several', 'a few', 'half a', 'two and a half' are not
        exact = digits or num in {"a", "an"} or ("half" not in num and bool(_words_value(num)))
        step = rounding_step(num) if digits else 1.0
        ranged = m["lo"] is not None and not one_number
        parts.append(_Part(duration, exact and not ranged and not m["half"], step))
    return parts


def _of_the_figure_before(text: str, qual: re.Match[str], end: int) -> bool:
    """Tell whether a comparative before a length is the figure's before it: '9% more than a
    year earlier', '31 cents a gallon less than a year earlier'."""
    if COMPARED_FIGURE.search(text, max(0, qual.start() - 4), qual.start()):
        return True
    phrase = COMPARED_PHRASE.search(text, max(0, qual.start() - 40), qual.start())
    return phrase is not None and WHEN_AFTER.match(text, end) is not None


def _last_number(m: re.Match[str]) -> int | None:
    """Return where the number of a length starts inside number words that are no one number
    ('Six two-week sessions', 'two one-hour talks', 'billion ten years'), or None when they
    are one."""
    num = m.group("num")
    words = list(re.finditer(r"[A-Za-z]+", num))
    if len(words) > 1 and words[0].group(0).lower() in SCALE_WORDS:
        return words[1].start()  # '€2.5 billion ten years': 'billion' is the figure's
    if m["lo"] is not None or any(c.isdigit() for c in num) or _words_value(num) is not None:
        return None
    for word in words[1:]:
        if _words_value(num[word.start() :]) is not None:
            return word.start()
    return None


def _ordinal_second(m: re.Match[str]) -> bool:
    """Tell 'a second term' and 'one second-half goal' from '30 seconds' and 'a 30-second ad'.

    The word 'second' is a length only in the plural or after digits."""
    singular = (m["unit"] or "").lower() == "second" and m.group(0)[-1] not in "sS"
    return singular and not m["num"][0].isdigit()


def _duration_amount(num: str, qualifier: str | None) -> tuple[float, Interval]:
    num = " ".join(num.split())
    if num in _VAGUE_AMOUNTS:
        lo, hi = _VAGUE_AMOUNTS[num]
        return lo, Interval(lo=lo, hi=hi)
    if num == "a couple of":
        return 2.0, Interval(lo=2.0, hi=3.0)  # two, or loosely three
    if "/" in num:  # "3 1/4", rounded to its quarter
        whole, _, fraction = num.rpartition(" ")
        numerator, denominator = (max(int(x), 1) for x in fraction.split("/"))
        exact = int(whole or 0) + numerator / denominator
        return exact, interval_for(exact, qualifier, 1 / denominator)
    for part, share in ((" and a half", 0.5), (" and a quarter", 0.25)):
        if num.endswith(part):
            first, _ = _duration_amount(num.removesuffix(part), None)
            return first + share, interval_for(first + share, qualifier, share)
    if num.replace(".", "").replace(",", "").isdigit():
        digits = float(plain_digits(num))
        return digits, interval_for(digits, qualifier, rounding_step(num))
    if num in {"a", "an"} and qualifier is None:  # 'a year' is about a year, not six months
        return 1.0, Interval(lo=1 - ONE_UNIT_SLACK, hi=1 + ONE_UNIT_SLACK, hi_open=True)
    value = 0.5 if num.startswith("half") else 1.0 if num in {"a", "an"} else _words_value(num)
    value = value or 1.0
    return value, interval_for(value, qualifier, 1.0 if value >= 1 else 0.5)


def find_ordinal_periods(text: str, anchors: Anchors) -> list[OrdinalPeriod]:
    """Return 'has entered its third year' and 'in the second year of the conflict'."""
    verbs = (start for start, _ in anchors.words(ENTER_VERBS))
    matches = [(m, True) for m in matches_at(ENTERED_RE, text, verbs)]
    ordinals = near(((s, s) for s in ordinal_starts(anchors)), len(text), IN_NTH_REACH)
    matches += [(m, False) for lo, hi in ordinals for m in IN_NTH_RE.finditer(text, lo, hi)]
    # 'the strike is in its third day' says where it stands then, as 'has entered' does
    matches += [(m, True) for lo, hi in ordinals for m in IN_ITS_RE.finditer(text, lo, hi)]
    periods: list[OrdinalPeriod] = []
    for m, entered in sorted(matches, key=lambda pair: pair[0].start()):
        n_text = m.group("n").lower()
        named = "event" in m.re.groupindex
        before = (
            EVENT_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if entered and not named
            else None
        )
        start = before.start("aux") if before else m.start()
        event = before.group("event") if before else m.group("event") if named else None
        periods.append(
            OrdinalPeriod(
                id=f"P{len(periods) + 1}",
                span=Span(start=start, end=m.end(), text=text[start : m.end()]),
                n=ORDINAL_VALUES.get(n_text) or int(n_text[:-2]),
                unit=TIME_UNITS[m.group("unit").lower()],
                entered=entered,
                event=_head_noun(event) if event else None,
            )
        )
    return periods


_STOP = {"the", "its", "their", "in", "of", "a", "an", "this", "that"}


def _head_noun(phrase: str) -> str | None:
    """Return the first content word of 'The conflict in Ukraine' → 'conflict'."""
    words = [w for w in re.findall(r"[\w’'-]+", phrase.lower()) if w not in _STOP]
    return words[0] if words else None


def find_since(text: str, anchors: Anchors) -> list[Since]:
    """Return 'since the beginning of the conflict' and 'since the war began', with the event."""
    starts = (start for start, _ in anchors.words([SINCE]))
    return [
        Since(
            id=f"S{n}",
            span=Span(start=m.start(), end=m.end(), text=m.group(0)),
            event=_head_noun(m.group("event") or m.group("began")),
        )
        for n, m in enumerate(matches_at(SINCE_RE, text, starts), start=1)
    ]
