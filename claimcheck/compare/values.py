"""The comparable values of a text or a source: figures, dates, durations, times, weekdays.

Each value keeps what matching it needs: its interval, the number as written, its unit,
qualifier, rate ("per month") and direction ("increase"), and the content words around it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from text_to_num import text2num

from claimcheck.models import (
    DateRef,
    Duration,
    Granularity,
    Interval,
    Quantity,
    QuantityKind,
    Reading,
    Skipped,
    Span,
)
from claimcheck.normalize.dates import DAYS_PER, FISCAL_YEAR, NO_YEAR, find_dates
from claimcheck.normalize.intervals import render, scale, shift
from claimcheck.normalize.numbers import (
    CHANGED_BY,
    MAJORITY,
    MINORITY,
    OR_MORE,
    SLASHED,
    or_more,
)
from claimcheck.normalize.qualifiers import interval_for, plain_digits
from claimcheck.normalize.reading import CLOCK_REASON
from claimcheck.normalize.units import INCHES, Physical, per_time, physical, physical_of
from claimcheck.normalize.words import (
    CARDINALS,
    TENS,
    TOTAL_AFTER_WORDS,
    TOTAL_BEFORE_WORDS,
    WEEKDAY,
    WEEKDAYS,
)
from claimcheck.statements.roles import Role
from claimcheck.statements.vocabulary import DOWN as DOWN_VERBS
from claimcheck.statements.vocabulary import UP as UP_VERBS
from claimcheck.statements.vocabulary import inflected

# Kinds whose values are compared; ordinals and vague plurals ("thousands of") are not.
COMPARED = {
    QuantityKind.COUNT,
    QuantityKind.MONEY,
    QuantityKind.PERCENT,
    QuantityKind.PERCENT_POINTS,
    QuantityKind.MULTIPLIER,
    QuantityKind.FRACTION,
}
CONTEXT_WORDS = 5
SMALL_COUNT = 10
# Dates that have no month and day to compare when the year is not given.
WHOLE_YEARS = {Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY}
LEAP_YEAR = 2000
NEUTRAL_YEAR_END = date(LEAP_YEAR, 12, 31)
SUFFIX = re.compile(r"(?:ing|ed|es|s)$")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "their",
        "our",
        "your",
        "his",
        "her",
        "they",
        "we",
        "you",
        "he",
        "she",
    ]
)


# A figure's rate: "$499 per month", "200 man-hours a week", "$50/user per month", "$9 monthly".
PERIODS = {"hour": "hour", "day": "day", "week": "week", "month": "month", "quarter": "quarter"}
PERIODS |= {"year": "year", "annum": "year"}
PERIODS |= {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month"}
PERIODS |= {"quarterly": "quarter", "yearly": "year", "annually": "year"}
# 'than a year' is when a figure is compared with ('5% lower than a year ago'), not a rate.
RATE = re.compile(
    r"(?:[ \t]*/?(?!than\b)[\w’'-]+){0,3}?[ \t]*"
    r"(?:(?P<article>\b(?:per|a|an|each|every)[ \t]+|/[ \t]*)"
    rf"(?P<per>{'|'.join(p for p in PERIODS if not p.endswith('ly'))})"
    rf"|[ \t]+(?P<adverb>{'|'.join(p for p in PERIODS if p.endswith('ly'))}))\b",
    re.IGNORECASE,
)
# A figure's direction, from the noun after it or the verb before it in its clause:
# "a 35% increase", "reduce costs by 30%".
UP = inflected(UP_VERBS) | {"up", "higher", "growth", "boost", "boosts", "boosted"}
# A figure a plan, forecast or rival is beaten or missed by: 'beat the plan by 40%'.
UP |= {"beat", "beats", "beating", "exceeded", "exceeds", "exceeding", "topped", "ahead"}
UP |= {"rose", "risen", "grew", "grown", "expanded"}
UP |= inflected(frozenset({"raise", "lift", "hike"}))  # 'raised the dividend by 3 cents'
# The words that make a percentage a discount: '12% off', 'a discount of 12%'.
DISCOUNT_WORDS = frozenset({"discount", "discounts", "discounted", "off", "rebate", "markdown"})
DOWN = inflected(DOWN_VERBS) | {"down", "lower", "reduction", "save", "saves", "slid", "slip"}
DOWN |= {"missed", "trailed", "behind"}
DOWN |= {"fell", "fallen", "shrank", "shrunk", "sank", "sunk", "slipped", "dipped", "lost"}
DOWN |= inflected(frozenset({"lower", "trim", "slash"}))
DOWN |= DISCOUNT_WORDS  # '12% off'
# A capitalised word that a number after it names one of: 'Scope 1 and 2 emissions', 'a
# Phase 3 trial', 'Type 2 diabetes' ('Scope one and two' in a source).
LABELLED = re.compile(
    r"\b(?P<label>Scope|Phase|Type|Tier|Level|Stage|Class|Grade|Category|Article|Chapter"
    r"|Section|SECTION|SEC\.|Sec\.|Part|Title|Volume|Episode|Season|Round|Route|Gate|Terminal"
    r"|Platform)\s+$"
)
# The labels written short: a bill's 'SEC. 3' is its Section 3.
LABELS = {"sec.": "section"}
# The whole a part is written of: 'six of the 14 shuttles', 'three out of 40 stores'.
OF_WHOLE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s\s+)?"
    r"(?P<whole>\d[\d,]*)\b"
)
# Words right after a figure that make it a change: '23% more road', '10% fewer staff'.
MORE_OR_LESS = {"more": "up", "less": "down", "fewer": "down"}
# The verbs of 'made up 64%' and 'adds up to 12', where 'up' is no rise.
MAKE_UP = frozenset({"make", "makes", "made", "making", "add", "adds", "added", "adding"})
ORDINAL_PERIOD = "ordinal:period"
# The kind of a number that names which one of its label: 'label:phase' for 'Phase 3'.
LABEL = "label:"
# A day of the month written alone: 'on the 15th'.
DAY_OF_MONTH = "ordinal:day"
DAY_BEFORE = re.compile(
    r"\b(?:on|by|until|till|before|after|from|through|since|starting)\s+the\s+$", re.IGNORECASE
)
DAY_REACH = 20
MONTH_DAYS = 31
# A date that names its quarter by rank: 'first quarter 2027', 'the fourth quarter of 2026'.
QUARTER_RANKS = ("first", "second", "third", "fourth")
RANKED_QUARTER = re.compile(rf"(?:the\s+)?({'|'.join(QUARTER_RANKS)})(?=[\s-]+quarter\b)", re.I)
PHYSICAL = "physical:"
VOTE = "vote:"
MONEY = "money:"
DIRECTION_WORDS = 4
# What may stand between a comma and a figure set beside the one before it: ', about 11%'.
APPOSITION = re.compile(r"\s*(?:(?:about|around|roughly|nearly|almost|some|or)\s+)*")
FIGURE_LAST = re.compile(r"\d%?(?:\s+[^\W\d]+){0,3}\s*$")
BY_DIRECTION_WORDS = 8
# The figures that have a direction: "a 35% increase" (a price "reduced to $424" has none).
CHANGES = {QuantityKind.PERCENT, QuantityKind.PERCENT_POINTS}
CLOCK = re.compile(r"(?P<hour>\d{1,2}):(?P<minute>\d{2})")
# Hours said aloud, and the times of day they make.
HOURS = CARDINALS[1:13]
_HOUR = "|".join(HOURS)
# The minutes said after an hour: 'six oh five', 'four-twenty', 'six forty', 'eleven fifteen'.
_MINUTES = (
    rf"oh\s+(?:{'|'.join(CARDINALS[1:10])})|(?:{'|'.join(CARDINALS[10:20])})"
    rf"|(?:twenty|thirty|forty|fifty)(?:-(?:{'|'.join(CARDINALS[1:10])}))?"
)
SPOKEN_TIME = re.compile(
    rf"\b(?:(?P<past>(?:a\s+)?quarter\s+past|half\s+past)\s+(?P<past_hour>{_HOUR})"
    rf"|(?P<to>(?:a\s+)?quarter\s+to)\s+(?P<to_hour>{_HOUR})"
    rf"|(?P<hour>{_HOUR})(?:[\s-](?P<then>{_MINUTES})(?![\w-])|\s+o['’]clock"
    r"|\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night)"  # 'four in the afternoon'
    # 'be here by eight': an hour after a word of time (it only supports, so 'grew by
    # eight' does no harm)
    rf"|(?:at|by|around|before|until|after)\s+(?P<bare_hour>{_HOUR})(?!\s+[a-z]))\b",
    re.IGNORECASE,
)
SPOKEN_TIME_HINT = re.compile(
    r"\b(?:past|quarter|o['’]clock|oh|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty"
    r"|morning|afternoon|evening|night"
    rf"|(?:at|by|around|before|until|after)\s+(?:{_HOUR}))\b",
    re.IGNORECASE,
)
# After 'a year': the value it follows is the one of a year before or after.
SHIFTED = re.compile(r"\s+(?:earlier|ago|before|prior|previously|later|after)\b", re.IGNORECASE)
FROM_ANOTHER = re.compile(r"\s+(?:earlier|before|later|after)\b", re.IGNORECASE)
# A length that is an age: 'nine-year-old sensors' are not nine years of anything.
AGED = re.compile(r"[\s-]olds?\b")  # "45-year-old", "25-year-olds"
# An age written as a length: '18 years of age', '65 years old'.
AN_AGE = re.compile(r"\s+(?:of\s+age|old)\b")
SENTENCE_END = re.compile(r"[.!?;]\s|\n")
# The units a bare figure after them is in, and how far they carry: '$5 million, up from
# 4.2 million', 'from 21 percent to about seventeen'.
CARRIED_UNITS = {QuantityKind.MONEY, QuantityKind.PERCENT}
UNIT_REACH = 200
# What joins a bare figure to the length after it, whose unit it takes: 'from 42 to 31
# seconds', '8 or 10 weeks'.
LEADS_ON = re.compile(r"\s*(?:to|-|–|or)\s*")
# The words a bare figure that goes on a length of time follows: 'to about ten weeks from
# sixteen', 'the warranty is ten years, and the inverters are covered for twelve', 'took 27
# days: 19 to reach orbit', 'two days a week instead of three'.
GOES_ON_REACH = 14
GOES_ON = re.compile(
    r"(?:\b(?:from|to|for|than|or|and|versus|vs\.?|instead\s+of|rather\s+than)|:)\s+$",
    re.IGNORECASE,
)
# What says the figure after it is a total that holds the one before ('opened two new
# hospitals, bringing our total to 41'), not one to add it to.
RUNNING_TOTAL = re.compile(
    r"\b(?:total(?:\s+(?:of|to|is|was|now))?|(?:bringing|brings|brought|taking|takes|took)"
    r"(?:\s+[^\W\d]+){1,2}\s+to)\s+$",
    re.IGNORECASE,
)
# How far after a price a discount in percent may be written and still be its own: 'Summit
# is $720 list, same 18% off'; and the words that make a percentage a discount, this near it.
LEVEL_REACH = 40
DISCOUNT = re.compile(rf"\b(?:{'|'.join(sorted(DISCOUNT_WORDS))})\b", re.IGNORECASE)
DISCOUNT_REACH = 12
# What joins a level to the change it just made: '14%, up four points', '$22, down $1'.
CHANGE_AFTER = re.compile(
    r"(?:\s+(?:an?|per)\s+[^\W\d]+)?[^\w.;]{0,3}(?P<way>up|down)\s+(?:by\s+)?(?:about\s+)?",
    re.IGNORECASE,
)
# What says a figure is a total, after it ('48 tires in all', '$11,500 across the two funds')
# or before it ('a total of 48').
TOTAL_AFTER = re.compile(rf"(?:\s+[^\W\d]+){{0,2}}\s+(?:{TOTAL_AFTER_WORDS}|across)\b", re.I)
TOTAL_BEFORE = re.compile(rf"\b(?:{TOTAL_BEFORE_WORDS}|in\s+all,?)\s+$", re.IGNORECASE)
TOTAL_REACH = 20
# Days counted without the weekends: '10 business days'.
WORKING_DAYS = re.compile(r"\b(?:business|working)\s+days?\b", re.IGNORECASE)
# A length of time another is per: 'a week' in '44 hours a week'.
PER_LENGTH = re.compile(r"(?:an?|per|each|every)\s", re.IGNORECASE)
# 'Two years later' ('earlier'), counted from the date written before it, this near.
LATER = re.compile(r"\s+(?:(later|after(?:wards)?)|earlier|before)\b", re.IGNORECASE)
YEARS_LATER_REACH = 200
# The figures whose sum or difference a source leaves to its reader, how near each other,
# and the words that compare one with the other: 'up from', 'compared with', 'versus'.
DERIVED = {QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.PERCENT}
# The figures two of which, joined by 'and', make a total: '31 sites in the UK and two in
# Ireland', '$48,000 from the state grant and $12,500 from the PTA'.
SUMMED = {QuantityKind.COUNT, QuantityKind.MONEY}
DERIVED_REACH = 60
# Two figures of one kind this many times apart are of two measures: '$38.2 million', '$1.14'
# (a source's that fits a text figure wins over one that far from it).
ORDERS_APART = 100
POINTS = "percentage points"
# 'from 0.8% to 0.4%': the first figure is the old one.
FROM_TO = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# What makes a day the last before, or the first after, the one a text may name.
AFTER_OR_BEFORE = re.compile(r"\b(?:after|before)\s+$", re.IGNORECASE)
# A sum given for each of several years: 'for each of fiscal years 2026 through 2030', 'a
# year for five years' (the length is read by the reader, after the match).
EACH_OF_YEARS = re.compile(
    r"\s+(?:for|in)\s+each\s+of\s+(?:the\s+)?(?:fiscal\s+|calendar\s+)?years\s+"
    r"(?P<first>\d{4})\s*(?:through|thru|to|-|–)\s*(?P<last>\d{4})\b",
    re.IGNORECASE,
)
A_YEAR_FOR = re.compile(r"\s+(?:a|per|each)\s+year\s+for\s+|\s+annually\s+for\s+", re.I)
MANY_YEARS = 50
TO = re.compile(r"(?:\s+[^\W\d]+)?\s+to\s+", re.IGNORECASE)  # "120 dollars to 150"
# Words that write a figure as added to another: 'cameras add $12', 'an additional 45 days'.
ADDED = re.compile(
    r"\b(?:add|adds|added|adding|additional|another|plus|extra)\s+(?:[^\W\d]+\s+)?$",
    re.IGNORECASE,
)
ADDED_REACH = 24
# What stands between a figure and the unit it shares with the figure after it: '100/20
# Mbps', 'about 14 of the roughly 60 miles', 'from about 55 million to 400 million km'.
SHARED_UNIT = re.compile(
    rf"(?:{SLASHED.pattern}|\s+(?:(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|our\s+)?|to\s+)"
    r"(?:(?:about|around|roughly|nearly|some|perhaps|almost)\s+)?\d[\d,.]*"
    r"(?:\s+(?:thousand|million|billion|trillion))?\s+)(?=[A-Za-zµ])",
    re.IGNORECASE,
)
# A price said with its cents and no word between: 'two eighty-one', 'two fifty', 'three oh
# five'; not a decimal, a scale, a percentage or a number word going on.
_UNITS = "|".join(CARDINALS[1:10])
SPOKEN_PRICE = re.compile(
    rf"(?<![\w-])(?<!point )(?P<whole>{_UNITS}|(?=a\s+dollar)a)\s+"
    r"(?:(?P<dollars>dollars?)\s+(?:and\s+)?)?"  # 'a dollar sixty-two'
    rf"(?P<cents>oh\s+(?:{_UNITS})|(?:{'|'.join(CARDINALS[10:20])})"
    rf"|(?:{'|'.join(TENS)})(?:-(?:{_UNITS}))?)\b"
    r"(?![\s-]*(?:point|hundred|thousand|million|billion|percent|per\s?cent|%|[\w-]*\d))",
    re.IGNORECASE,
)
# What puts a share after the figure it is of, and how far back that figure may be:
# '$300,000,000 for each of fiscal years 2027 through 2030, of which not less than 10 percent'.
OF_WHICH = re.compile(
    r"\bof\s+(?:which|whom|them|those|these)\s+(?:[^\W\d]+\s+){0,3}$", re.IGNORECASE
)
OF_WHICH_REACH = 120
YEAR_AT_END = re.compile(r"\b(?:1[5-9]|20)\d\d$")
# What joins two years into a stretch: '2026 through 2029', '1990-2005'.
YEAR_RANGE_JOIN = re.compile(r"\s*(?:through|thru|to|until|till|-|–|—)\s*", re.IGNORECASE)
# What writes a share as of something: '53% of the budget'.
SHARE_OF = re.compile(r"\s+of\b", re.IGNORECASE)
# What writes a price per one of something: 'about $42 a share', '$380 each'.
PER_UNIT = re.compile(r"\s+(?:(?:a|an|per|each)\s+[^\W\d]+|apiece\b|each\b)", re.IGNORECASE)
# Words after a figure that write it as how far one figure is from another: 'three fewer
# buses than Mapleway's 45', 'its bid is $260,000 a year lower', '$6 million below'.
# Also 'over', 'under', 'before' or 'after' a figure of its kind: '$37,000 over the $375,000
# budget', 'eight hours before the 30-hour cutoff'.
APART_BY = re.compile(
    r"(?:\s+[^\W\d]+){0,3}?\s+(?:more|fewer|less|lower|higher|below|above|cheaper|greater"
    r"|smaller|larger|bigger|slower|faster|longer|shorter|older|younger)\b"
    r"|\s+(?:over|under|before|after|ahead\s+of|behind|short\s+of)\s+"
    r"(?:(?:the|its|their|our|his|her|a)\s+)?(?=[$€£¥]|\d)",
    re.IGNORECASE,
)
# Words before a figure that write it as what is left of another, or how far two are apart:
# 'leaving roughly $700,000', 'a margin of nearly $1.90'.
REMAINDER = re.compile(
    r"\b(?:leaving|leaves|left\s+with|remaining|the\s+rest\s+(?:is|was)|the\s+remainder"
    r"|(?:margin|difference|gap|spread)\s+of)\s+"
    r"(?:(?:about|around|roughly|nearly|some|almost|just|only)\s+)?$",
    re.IGNORECASE,
)
REMAINDER_REACH = 40
# What puts a figure, and the date after it, as the base a statement is compared with.
COMPARED_BASE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|(?:up|down|rising|falling)\s+from)\s+"
    r"(?:(?!\b(?:and|but|while|which|when)\b)[^;])*$",
    re.IGNORECASE,
)
BASE_REACH = 60
# What puts a figure right after it as the base a statement is compared with.
BASE_FIGURE = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+$", re.IGNORECASE)
COMPARED_WITH = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against|ahead\s+of|short\s+of)\b", re.I
)
AND = re.compile(r"\band\b")
AND_LAST = re.compile(r"\band\s+(?:[^\W\d]+\s+)?$")  # 'and $12,500', 'and repurchased $150M'
# A part and the whole it is of: '90 of the 310 courses', '23 houses so far, out of perhaps
# 150'.
PART_OF = re.compile(
    r"(?:^|\s)(?:out\s+)?of\s+"
    r"(?:(?:the|its|their|our|your|his|her|perhaps|about|roughly|some|an|estimated)\s+)*$",
    re.IGNORECASE,
)
# A part of a count just given: 'fitted 52 birds and recovered data from 31 of them'.
OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)
# 'In 1995 … the following year': the year after (or before) the one written before it.
NEXT_YEAR = re.compile(
    r"\b(?:the\s+)?(?:(?P<next>following|next|subsequent)|previous|preceding)\s+year\b",
    re.IGNORECASE,
)
# A rise of at least this many percent may be written as a multiple: 'up 100%', 'doubled'.
HALF_AGAIN = 50
# What stands before the share a change is by: 'cut in half', 'fell by roughly a third'.
CHANGE_SHARE = re.compile(
    r"\b(?:by|in)\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some)\s+)?$",
    re.IGNORECASE,
)
# A multiplier written as a verb: 'halved', 'doubled', 'tripling'.
MULTIPLIED = re.compile(r"(?:ed|ing|es)$", re.IGNORECASE)
OUT_OF = re.compile(r"(?P<part>\d[\d,]*(?:\.\d+)?)\s+out\s+of\s+(?P<whole>\d[\d,]*(?:\.\d+)?)")
YEARS = (1900, 2099)
# 'roughly a litre', 'a mile', 'less than half a gigawatt': one unit of a measure, or half
# of one, written with 'a'.
A_UNIT = re.compile(
    r"\b(?:(?P<qualifier>about|around|roughly|nearly|almost|some|less\s+than|more\s+than|under"
    r"|over|up\s+to|at\s+least)\s+)?(?P<half>half\s+)?an?\s+"
    r"(?=(?:litre|liter|kilogram|kilometre|kilometer|mile|metre|meter|tonne|gallon|foot|acre"
    r"|hectare|kilowatt|megawatt|gigawatt|terawatt)s?\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Value:
    span: Span
    kind: str
    interval: Interval
    label: str
    context: frozenset[str]
    unit: str | None = None
    qualifier: str | None = None
    # The number as written, in the interval's units; None when the value is vague.
    written: float | None = None
    # Some values ("first", "Friday") are common in prose: judge them only against a rival.
    needs_rival: bool = False
    # What the figure is counted per ("month" in "$499 per month"), and which way it goes.
    rate: str | None = None
    direction: str | None = None
    # What it is a value of, and whether its clause denies it, from the parse.
    role: Role | None = None
    # A source value read another way than it is written ('half' as 50%, the '400,000' of
    # '£3.2m, 400,000 more' as money) supports a text value but contradicts none.
    may_contradict: bool = True
    # A fraction compared as a percentage ('a third' as 33.3%).
    fraction: bool = False
    # A length that says when, not how long: 'two years later', 'a decade ago'.
    offset: bool = False
    # A length from one event to another: 'four years before it failed', 'six years later'
    # (not 'a decade ago', counted from the day it is written).
    from_another: bool = False
    # The whole a part is written of: the 14 of 'six of the 14 shuttles'.
    whole: float | None = None
    # A figure written as added to another ('cameras add $12'), which a summary may sum.
    added: bool = False
    # A figure written as how far one figure is from another ('three fewer buses than 45'),
    # or as a change ('rose 30 minutes to 4 hours 10 minutes').
    apart: bool = False
    changed: bool = False
    # A share written as of something: '53% of the budget'.
    share_of: bool = False
    # A figure written as a total: '48 tires in all', 'a total of 48'.
    in_all: bool = False
    # The others of a whole a part is written of ('212 of our 260' leaves 48), whom the
    # part's clause does not speak of: 'did not pay' is no denial of 'came in from 212'.
    rest: bool = False
    # A bare figure read in the unit of one written beside it: 'from twenty-nine' after
    # 'thirty-four minutes', '4.2 million' after '$5 million'.
    carried: bool = False
    # A price written per one of something, not per a time: 'about $42 a share', '$380 each'.
    per_unit: bool = False
    # A source's length that is a stretch of years ('fiscal years 2027 through 2030'), which
    # holds a text's 'over four years' but no deadline ('within 4 years').
    across: bool = False
    # The figure a statement is compared with, or its date, not the statement's own: 'down
    # from €94', 'compared with $131 million in the fourth quarter of 2023'. A base is no
    # rival of a figure that is not one.
    base: bool = False


def values(reading: Reading, text: str, *, source: bool = False) -> list[Value]:
    """Return the comparable values of a text (or of a source), in text order."""
    # A bare figure read in the unit before it is compared as both: 'rose to 2,340 from
    # 1,980' after '$100,000' may be money or, as its source says, customers.
    in_unit = _in_unit(reading.quantities, text, source) + _in_time_unit(reading, text, source)
    figures = [(q, _quantity_value(q, text, source)) for q in reading.quantities if _compared(q)]
    out = [v for _, v in figures]
    out += in_unit
    if source:
        out += [alt for q, v in figures for alt in _read_otherwise(q, v)]
        out += [alt for q, v in figures if (alt := _without_time(q, v, text))]
        out += _one_unit(text)
        out += _ages_in_years(reading, text)
        out += _years_later(reading, text)
        out += _calendar_years(reading, text)
        out += _quarters_of_dates(reading, text)
        out += _derived(reading.quantities, text)
        out += _levels_before(reading.quantities, text)
        out += _levels_after(reading.quantities, text)
        out += _shares_of_which(reading.quantities, text)
        out += _years_between(reading, text)
        out += _spoken_prices(reading, text)
        out += _over_the_years(reading, text)
        out += _next_days(reading, text)
    out += [_year_value(q, text) for q in reading.quantities if _bare_year(q)]
    out += [_day_of_the_month(q, text) for q in reading.quantities if _a_day(q, text)]
    # '$1,200 a year' gives a price per year, not a length of a year.
    rates = {m.start("article") for q in reading.quantities if (m := RATE.match(text, q.span.end))}
    out += [
        Value(
            d.span,
            "duration",
            d.days,
            f"{render(d.days)} days",
            _context(text, d.span),
            qualifier=d.qualifier,
            # '10 business days' are 10 to 16 days: compared by their interval only
            written=None if d.amount_is_vague or _working(d) else d.amount * DAYS_PER[d.unit],
            needs_rival=d.amount_is_vague or _shift(text, d),
            offset=bool(SHIFTED.match(text, d.span.end)),
            from_another=bool(FROM_ANOTHER.match(text, d.span.end)),
            added=_added(text, d.span),
            apart=_apart(text, d.span),
            changed=_changed_by(text, d.span),
        )
        for d in reading.durations
        if d.span.start not in rates and not AGED.match(text, d.span.end)
    ]
    # A source's date placed only as later than the dates before it ('last year', 'in
    # November' after 'fiscal 2023') is a guess: it may support, never contradict.
    out += [
        Value(
            d.span,
            "date",
            d.days,
            d.label(),
            _context(text, d.span),
            may_contradict=d.year_from != "later_than_dated_text",
            base=_date_of_a_base(text, d.span),
        )
        for d in reading.dates
        if source or d.year_from == "text"
    ]
    out += [
        _month_day_value(d, text)
        for d in [*reading.dates, *_year_less(reading, text)]
        # A source's dates also by month and day, for a text that gives no year ("3 May").
        if (source or d.year_from != "text") and d.granularity not in WHOLE_YEARS
    ]
    out += [_weekday_value(m, text) for m in WEEKDAY.finditer(text)]
    out += [_clock_value(s.span, text) for s in reading.skipped if s.reason == CLOCK_REASON]
    if source:
        out += _spoken_times(text)
    return sorted(out, key=lambda v: v.span.start)


def _a_day(q: Quantity, text: str) -> bool:
    """Tell whether an ordinal of no noun is a day of the month: 'the next payroll run is on
    the 15th', 'due by the 1st'."""
    if q.kind is not QuantityKind.ORDINAL or q.unit is not None or not q.value.is_integer():
        return False
    digits = q.span.text[:1].isdigit()
    before = DAY_BEFORE.search(text, max(0, q.span.start - DAY_REACH), q.span.start)
    return digits and 1 <= q.value <= MONTH_DAYS and before is not None


def _day_of_the_month(q: Quantity, text: str) -> Value:
    """A day of the month by itself, compared only with another: it needs a rival."""
    return Value(
        q.span,
        DAY_OF_MONTH,
        q.interval,
        f"day {q.value:g} of a month",
        _context(text, q.span),
        written=q.value,
        needs_rival=True,
    )


def _compared(q: Quantity) -> bool:
    return q.kind in COMPARED or (q.kind is QuantityKind.ORDINAL and q.unit is not None)


def _working(d: Duration) -> bool:
    return WORKING_DAYS.search(d.span.text) is not None


def _shift(text: str, d: Duration) -> bool:
    """Tell whether a single unit of time only says when the compared value was: 'a year
    earlier', 'a quarter ago', which a source writes 'prior-year' or 'last year'."""
    return d.amount == 1 and d.qualifier is None and bool(SHIFTED.match(text, d.span.end))


def _in_unit(quantities: Sequence[Quantity], text: str, source: bool) -> list[Value]:
    """Read a bare figure that follows money or a percentage in that unit: the '4.2 million'
    of '$5 million, up from 4.2 million', the 'seventeen' of 'from 21 percent to about
    seventeen'. In a text it must follow in the same sentence and is compared in that unit
    only; in a source, where it can only support, it may follow a sentence or two later
    ('$1,200 a seat. For 50 seats that is 60,000') and is kept as a count too."""
    out = []
    carried: Quantity | None = None
    measured: Physical | None = None
    for before, q in zip(quantities, quantities[1:], strict=False):
        unit = _physical(before, text)
        if _whole(text, before.span) == q.value:
            pass  # '93% of the 9,800': the whole a share is of keeps the unit before the share
        elif before.kind in CARRIED_UNITS or unit is not None:
            carried, measured = before, unit
        elif before.unit is not None and not _a_few_in_words(before):
            carried = None  # 'EPS of $5.00, and 15 new stores after ending the year with 1,146
        between = text[before.span.end : q.span.start]
        if len(between) > UNIT_REACH or (not source and SENTENCE_END.search(between)):
            carried = None
        bare = q.kind is QuantityKind.COUNT and q.unit is None and not _bare_year(q)
        # 'two' may count anything; 'point one' and 'at least eight' measure in the unit
        small = _a_few_in_words(q) and q.value.is_integer() and not q.qualifier
        if carried is None or not bare or small:
            continue  # 'up from 1.00' takes the currency; 'two' alone may count anything
        value = _quantity_value(q, text, source)
        if measured is not None:  # '25 grams for women and 38 for men'
            value = _measured(value, measured, q.interval, q.value)
        else:
            value = replace(value, kind=_kind(carried.kind, carried.unit), unit=carried.unit)
        out.append(replace(value, may_contradict=not source, carried=True))
    return out


def _per(length: Duration, ends: set[int], text: str) -> bool:
    """Tell whether a length of time is what the length before it (one of whose `ends`) is
    per: 'a week' in '44 hours a week', which a bare figure after it does not go on
    ('brings it to 48')."""
    if PER_LENGTH.match(length.span.text) is None:
        return False
    at = length.span.start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at in ends


def _a_few_in_words(q: Quantity) -> bool:
    """Tell whether a count is a few things said in words ('the two blocks around the
    courthouse were at ninety-seven'), which leaves the unit said before it to the figure
    after it."""
    in_words = not any(ch.isdigit() for ch in q.span.text)
    return q.kind is QuantityKind.COUNT and in_words and q.value < SMALL_COUNT


def _physical(q: Quantity, text: str) -> Physical | None:
    """Return a count's physical unit: the one right after it, or after the figure it shares
    it with ('100/20 Mbps', 'about 14 of the roughly 60 miles')."""
    if q.kind is not QuantityKind.COUNT:
        return None
    shared = SHARED_UNIT.match(text, q.span.end)
    if shared is None and not q.unit:
        return None
    return physical_of(q.unit, text, shared.end() if shared else q.span.end)


def _measured(value: Value, unit: Physical, interval: Interval, amount: float) -> Value:
    """Return a value as one of `amount` (within `interval`) in a physical unit, compared in
    base units."""
    return replace(
        value,
        kind=f"{PHYSICAL}{unit.dimension}",
        interval=unit.scaled(interval),
        label=render(interval, unit.unit),
        unit=unit.dimension,
        written=amount * unit.factor,
        rate=None,
        direction=None,
    )


def _in_time_unit(reading: Reading, text: str, source: bool) -> list[Value]:
    """Read a bare figure that goes on a length of time in its unit: 'sixteen' in 'down to
    ten weeks, from sixteen', 'twelve' in 'ten years, and the inverters are covered for
    twelve'. Reached as _in_unit reaches, and only right after 'from', 'to', 'for', 'than',
    'or', 'and' or 'versus', or in a source (where it only supports) after a qualifier; or
    right before 'to' or 'or' and a length: '42' in 'from 42 to 31 seconds'."""
    out = []
    lengths = sorted(reading.durations, key=lambda d: d.span.start)
    starts = {d.span.start: d for d in lengths}
    ends = {d.span.end for d in lengths}
    for q in reading.quantities:
        bare = q.kind is QuantityKind.COUNT and q.unit is None and not _bare_year(q)
        if not bare:
            continue
        ahead = LEADS_ON.match(text, q.span.end)  # 'from 42 to 31 seconds'
        length = starts.get(ahead.end()) if ahead else None
        if length is None:
            goes_on = (
                GOES_ON.search(text, max(0, q.span.start - GOES_ON_REACH), q.span.start) is not None
            )
            if not (goes_on or (source and q.qualifier)):
                continue  # in a source also a bound: 'at 4.2 seconds; the target is under 2.5'
            before = [
                d
                for d in lengths
                if 0 <= q.span.start - d.span.end <= UNIT_REACH and not _per(d, ends, text)
            ]
            if not before:
                continue
            length = before[-1]
            if not source and SENTENCE_END.search(text[length.span.end : q.span.start]):
                continue
        if length.amount_is_vague:
            continue
        days = scale(q.interval, DAYS_PER[length.unit])
        out.append(
            Value(
                q.span,
                "duration",
                days,
                f"{render(days)} days",
                _context(text, q.span),
                qualifier=q.qualifier,
                written=q.value * DAYS_PER[length.unit],
                may_contradict=not source,
                carried=True,
            )
        )
    return out


def _years_later(reading: Reading, text: str) -> list[Value]:
    """The year a source gives by counting from another: 'In 1998 … two years later' is
    2000, and 'the following year' 1999, which a summary may write out (it supports, never
    contradicts)."""
    counted: list[tuple[Span, int]] = []
    for d in reading.durations:
        later = LATER.match(text, d.span.end)
        if later is None or d.unit != "year" or d.qualifier or not d.amount.is_integer():
            continue
        counted.append((d.span, int(d.amount) * (1 if later.group(1) else -1)))
    counted += [  # 'In 1995 … seventeen more the following year'
        (Span(start=m.start(), end=m.end(), text=m.group(0)), 1 if m["next"] else -1)
        for m in NEXT_YEAR.finditer(text)
    ]
    out = []
    for span, years in counted:
        before = [x for x in reading.dates if 0 <= span.start - x.span.end <= YEARS_LATER_REACH]
        if not before:
            continue
        year = before[-1].first.year + years
        if not 1 <= year <= 9999:
            continue
        days = Interval(lo=date(year, 1, 1).toordinal(), hi=date(year, 12, 31).toordinal())
        out.append(Value(span, "date", days, str(year), _context(text, span), may_contradict=False))
    return out


def _spoken_prices(reading: Reading, text: str) -> list[Value]:
    """A price said as a transcript says it, a whole number of the source's currency and its
    cents ('versus two eighty-one last year', 'down to two fifty per user', 'three oh
    five', 'a dollar sixty-two'), which the reader leaves unread; it supports $2.81, $281 or
    281, never contradicts, except a price said with its dollars, which is read one way."""
    money = [q.unit for q in reading.quantities if q.kind is QuantityKind.MONEY and q.unit]
    out = []
    for m in SPOKEN_PRICE.finditer(text):
        said = m["whole"].lower()
        whole = 1.0 if said == "a" else float(CARDINALS.index(said))
        cents = float(text2num(m["cents"].lower().replace("-", " ").replace("oh ", ""), "en"))
        span = Span(start=m.start(), end=m.end(), text=m.group())
        plain = Value(span, "count", Interval.point(0), "", _context(text, span))
        read: list[tuple[str, str | None, float]] = [
            (QuantityKind.COUNT.value, None, whole * 100 + cents)
        ]
        if m["dollars"]:  # 'a dollar sixty-two' is $1.62 and nothing else
            read = [(_kind(QuantityKind.MONEY, "USD"), "USD", whole + cents / 100)]
        elif money:  # 'nine fifty a month' may be $9.50 or $950
            kind = _kind(QuantityKind.MONEY, money[0])
            read += [(kind, money[0], whole + cents / 100), (kind, money[0], whole * 100 + cents)]
        # 'a dollar sixty-two' is read one way only, as written: it may contradict
        out += [
            replace(
                _otherwise(plain, kind, Interval.point(amount), unit, amount),
                may_contradict=bool(m["dollars"]),
            )
            for kind, unit, amount in read
        ]
    return out


def _years_between(reading: Reading, text: str) -> list[Value]:
    """The years between two dates a source's sentence gives, which a summary may write as a
    length (it supports, never contradicts): 'earned a law certificate in 1899 and died in
    1903' holds 'four years after earning it'."""
    out = []
    dates = sorted(reading.dates, key=lambda d: d.span.start)
    for a, b in itertools.pairwise(dates):
        between = text[a.span.end : b.span.start]
        if len(between) > DERIVED_REACH or SENTENCE_END.search(between):
            continue
        if YEAR_RANGE_JOIN.fullmatch(between):
            # 'fiscal years 2027 through 2030' is a stretch of years, not a wait: four years
            out += _years_of_a_stretch(a.span, b.span, text)
            continue
        # as exact as the two dates: 1899 and 1903 are three to five years apart
        days = Interval(lo=b.days.lo - a.days.hi, hi=b.days.hi - a.days.lo)
        if days.lo < 0 or days.hi < DAYS_PER["year"]:
            continue
        span = Span(start=a.span.start, end=b.span.end, text=text[a.span.start : b.span.end])
        middle = (days.lo + days.hi) / 2
        label = f"{middle / DAYS_PER['year']:.1f} years"
        out.append(_left_to_the_reader(span, "duration", days, label, text, middle))
    return out


def _shares_of_which(quantities: Sequence[Quantity], text: str) -> list[Value]:
    """The amount a share is of the figure before it, which a summary may write out (it
    supports, never contradicts): '$300,000,000 for each of fiscal years 2027 through 2030, of
    which not less than 10 percent shall be reserved for tribes' reserves at least
    $30,000,000, and holds 'at least $30 million a year'."""
    out = []
    for n, share in enumerate(quantities):
        if share.kind is not QuantityKind.PERCENT or not OF_WHICH.search(
            text, max(0, share.span.start - 40), share.span.start
        ):
            continue
        wholes = [
            q
            for q in quantities[:n]
            if q.kind in SUMMED
            and not _bare_year(q)
            and share.span.start - q.span.end <= OF_WHICH_REACH
            and not SENTENCE_END.search(text, q.span.end, share.span.start)
        ]
        if not wholes:
            continue
        whole = wholes[-1]
        span = Span(
            start=whole.span.start, end=share.span.end, text=text[whole.span.start : share.span.end]
        )
        value = replace(
            _quantity_value(whole, text, source=True),
            span=span,
            qualifier=share.qualifier,
            direction=None,
            may_contradict=False,
        )
        out.append(_total(value, whole.value * share.value / 100, whole.unit or ""))
    return out


def _years_of_a_stretch(first: Span, last: Span, text: str) -> list[Value]:
    """The length of a stretch of years a source gives, counting both ends, which a summary
    may write as one (it supports, never contradicts): 'fiscal years 2027 through 2030' hold
    'over four years', and no 'within 4 years'."""
    ends = [YEAR_AT_END.search(s.text) for s in (first, last)]
    if ends[0] is None or ends[1] is None:
        return []
    years = int(ends[1].group()) - int(ends[0].group()) + 1
    if years < 2:
        return []
    span = Span(start=first.start, end=last.end, text=text[first.start : last.end])
    days = years * DAYS_PER["year"]
    point = Interval.point(days)
    return [_left_to_the_reader(span, "duration", point, f"{years} years", text, days, across=True)]


def _left_to_the_reader(
    span: Span,
    kind: str,
    interval: Interval,
    label: str,
    text: str,
    written: float,
    across: bool = False,
) -> Value:
    """A value a source leaves to its reader, or says another way than it is read: it
    supports a text's value, never contradicts one."""
    return Value(
        span,
        kind,
        interval,
        label,
        _context(text, span),
        written=written,
        may_contradict=False,
        across=across,
    )


def _a_range(q: Quantity) -> bool:
    """Tell whether a figure is a range with both ends written: '$790 million to $796
    million' (a rounded figure's interval is open at its top)."""
    i = q.interval
    return q.qualifier is None and i.lo < i.hi and not i.lo_open and not i.hi_open


def _middle(q: Quantity) -> float:
    return (q.interval.lo + q.interval.hi) / 2


def _levels_before(quantities: Sequence[Quantity], text: str) -> list[Value]:
    """The level a source's figure was at before the change written right after it, which a
    summary may write out (it supports, never contradicts): 'margin was 14%, up four points'
    was 10%; '$22 an hour, up $2.50' was $19.50."""
    out = []
    for a, b in itertools.pairwise(quantities):
        points = a.kind is QuantityKind.PERCENT and b.kind is QuantityKind.PERCENT_POINTS
        if not (points or (a.kind is b.kind and a.unit == b.unit and a.kind in SUMMED)):
            continue
        change = CHANGE_AFTER.fullmatch(text, a.span.end, b.span.start)
        way = {"up": -1, "down": 1}.get(change.group("way").lower()) if change else None
        if way is None or a.value + way * b.value <= 0:
            continue
        out.append(_level_of(a, b, a.value + way * b.value, text))
    return out


def _levels_after(quantities: Sequence[Quantity], text: str) -> list[Value]:
    """The price a source's list price comes to after a discount in percent written soon after
    it, which a summary may write out (it supports, never contradicts): 'Summit is $720
    list, same 18% off' comes to $590.40. A change ('$5 billion, down 3%') is not one: its
    figure is the level after it already."""
    out = []
    for a, b in itertools.pairwise(quantities):
        if a.kind is not QuantityKind.MONEY or b.kind is not QuantityKind.PERCENT:
            continue
        between = text[a.span.end : b.span.start]
        if len(between) > LEVEL_REACH or SENTENCE_END.search(between):
            continue
        near = text[max(0, b.span.start - LEVEL_REACH) : b.span.end + DISCOUNT_REACH]
        if not DISCOUNT.search(near) or not 0 < b.value < 100:
            continue  # '$5 billion, down 3%' is the level after the fall already
        out.append(_level_of(a, b, a.value * (1 - b.value / 100), text))
    return out


def _level_of(a: Quantity, b: Quantity, level: float, text: str) -> Value:
    """A level a source's figure and the change written after it leave to the reader, read
    across the two: it supports a text's value, never contradicts one."""
    span = Span(start=a.span.start, end=b.span.end, text=text[a.span.start : b.span.end])
    value = replace(_quantity_value(a, text, source=True), span=span, qualifier=None)
    return replace(_total(value, level, a.unit or ""), direction=None, may_contradict=False)


def _derived(quantities: Sequence[Quantity], text: str) -> list[Value]:
    """The sum, the difference and the change a source's sentence leaves to its reader, which
    a summary may write out (they support, never contradict): '31 sites in the UK and two in
    Ireland' are 33 sites; '£198 million, up from 176 million' is a rise of £22 million, and
    of 12.5%; '94%, up from 81%' one of 13 percentage points; 'from 0.8% to 0.4%' a fall of
    half; 'raised by 3 cents to $0.45' a level of $0.42 before; '4.2 million copies, well
    ahead of our plan of 3 million' a rise of 40%; '52 birds … 31 of them' 59.6% of them, and
    '90 of the 310 courses' 29% of them. An ordinal between two figures ('in its first three
    weeks') does not part them."""
    out = []
    figures = [q for q in quantities if q.kind in DERIVED]
    for n, b in enumerate(figures[1:], start=1):
        a = _partner(figures, n)
        between = text[a.span.end : b.span.start]
        bare = b.kind is QuantityKind.COUNT and b.unit is None  # '$198m, up from 176 million'
        of_them = b.kind is QuantityKind.COUNT and OF_THEM.match(text, b.span.end) is not None
        counts = a.kind is b.kind is QuantityKind.COUNT
        part_of = counts and PART_OF.search(between) is not None
        alike = (a.kind == b.kind and a.unit == b.unit) or bare or of_them or part_of
        if not alike or len(between) > DERIVED_REACH * (1 if a is figures[n - 1] else 2):
            continue
        if SENTENCE_END.search(between) or _bare_year(a) or _bare_year(b):
            continue
        span = Span(start=a.span.start, end=b.span.end, text=text[a.span.start : b.span.end])
        value = replace(
            _quantity_value(a, text, source=True),
            span=span,
            qualifier=None,
            direction=None,
            may_contradict=False,
        )
        if of_them and counts:
            if 0 < b.value < a.value:  # '52 birds … 31 of them' are 59.6% of them, 21 not
                out += [_share(value, b, a), _rest(value, a.value - b.value, a.unit or "")]
            continue
        if part_of and 0 < a.value < b.value:
            # 'about 90 of the 310 courses' are 29% of them; '23 houses, out of perhaps 150'
            out += [_share(value, a, b), _rest(value, b.value - a.value, a.unit or "")]
            continue
        bounded = a.qualifier is not None or b.qualifier is not None  # 'at least 2 and at most 6'
        summed = a.kind in SUMMED and AND_LAST.search(between)  # '$48,000 … and $12,500'
        if COMPARED_WITH.search(between) and not summed:  # '198 million, up from 176 million'
            old, new = b, a
        elif FROM_TO.search(text, max(0, a.span.start - 6), a.span.start) and TO.fullmatch(between):
            old, new = a, b  # 'from 0.8% to 0.4%'
        elif _changed_by(text, a.span) and TO.fullmatch(between) and a.kind is b.kind:
            # 'raised the dividend by 3 cents to $0.45' was $0.42 before
            way = {"up": -1, "down": 1}.get(_direction(text, a.span) or "")
            if way is not None and b.value + way * a.value > 0:
                out.append(_total(value, b.value + way * a.value, b.unit or ""))
            continue
        elif RUNNING_TOTAL.search(between) and a.kind is b.kind and 0 < a.value < b.value:
            # 'opened two new hospitals … bringing our total to 41': 39 before, not 43
            out.append(_total(value, b.value - a.value, a.unit or ""))
            continue
        elif (summed or (a.kind is QuantityKind.COUNT and AND.search(between))) and not bounded:
            out.append(_total(value, a.value + b.value, a.unit or ""))
            if a.kind is QuantityKind.COUNT and bare and 0 < b.value < a.value:
                # '3,400 vouchers, and 3,112 are in use': 288 are not
                out.append(_total(value, a.value - b.value, a.unit or ""))
            continue
        else:
            continue
        if a.kind is QuantityKind.PERCENT:  # '94%, up from 81%' is a rise of 13 points
            points = replace(value, kind=QuantityKind.PERCENT_POINTS.value, unit=POINTS)
            out.append(_total(points, abs(new.value - old.value), POINTS))
        else:
            out.append(_total(value, abs(new.value - old.value), a.unit or ""))
            if _a_range(new) and _a_range(old):  # '$790M to $796M, up from $780M to $790M'
                out += [
                    _total(value, abs(_middle(new) - _middle(old)), a.unit or ""),
                    _total(value, abs(new.interval.hi - old.interval.hi), a.unit or ""),
                ]
        if old.value > 0 and new.value != old.value:
            out.append(_relative_change(value, old, new))
    return out


def _partner(figures: Sequence[Quantity], n: int) -> Quantity:
    """Return the figure the n-th is weighed against: the one before it, or, when that one is
    of another order of magnitude, the last before it of its kind, unit and order, as earnings
    are written in parallel ('$38.2 million, or $1.14 per share, compared with $33.6 million,
    or $0.99': 38.2 against 33.6, 1.14 against 0.99)."""
    b, before = figures[n], figures[n - 1]
    if not _another_order(before, b):
        return before
    alike = [
        a
        for a in figures[: n - 1]
        if a.kind == b.kind and a.unit == b.unit and not _another_order(a, b)
    ]
    return alike[-1] if alike else before


def _another_order(a: Quantity, b: Quantity) -> bool:
    """Tell whether two figures of one kind and unit are ORDERS_APART times apart or more."""
    return a.kind == b.kind and a.unit == b.unit and orders_apart(a.value, b.value)


def orders_apart(one: float, other: float) -> bool:
    """Tell whether two positive amounts lie ORDERS_APART times or more apart."""
    lo, hi = sorted((one, other))
    return lo > 0 and hi >= ORDERS_APART * lo


def _next_days(reading: Reading, text: str) -> list[Value]:
    """The first day a source's 'after' leaves, or the last its 'before' does, which a
    summary may write (it supports, never contradicts): 'removed after December 31, 2025'
    is from January 1, 2026; 'before July 1' is by June 30."""
    out = []
    for d in reading.dates:
        m = AFTER_OR_BEFORE.search(text, max(0, d.span.start - 8), d.span.start)
        if m is None or d.granularity is not Granularity.DAY or d.days.lo != d.days.hi:
            continue
        day = d.days.lo + (1 if m.group(0).lower().startswith("after") else -1)
        label = date.fromordinal(int(day)).isoformat()
        point = Interval.point(day)
        out.append(
            Value(d.span, "date", point, label, _context(text, d.span), may_contradict=False)
        )
    return out


def _over_the_years(reading: Reading, text: str) -> list[Value]:
    """The total of a sum given for each of several years, which a summary may write out
    (it supports, never contradicts): '$2 billion for each of fiscal years 2026 through
    2030' is $10 billion; '$5 million a year for five years' is $25 million."""
    out = []
    for q in reading.quantities:
        if q.kind not in (QuantityKind.MONEY, QuantityKind.COUNT) or _bare_year(q):
            continue
        if m := EACH_OF_YEARS.match(text, q.span.end):
            years = int(m["last"]) - int(m["first"]) + 1
        elif m := A_YEAR_FOR.match(text, q.span.end):
            length = next((d for d in reading.durations if d.span.start == m.end()), None)
            if length is None or length.unit != "year" or not length.amount.is_integer():
                continue
            years = int(length.amount)
        else:
            continue
        if not 1 < years <= MANY_YEARS:
            continue
        span = Span(start=q.span.start, end=m.end(), text=text[q.span.start : m.end()])
        value = replace(
            _quantity_value(q, text, source=True), span=span, rate=None, may_contradict=False
        )
        out.append(_total(value, q.value * years, q.unit or ""))
    return out


def _rest(value: Value, rest: float, unit: str) -> Value:
    """The others of a whole a part is written of: the 48 of '212 of our 260', of whom what
    the clause says of the 212 is not said."""
    return replace(_total(value, rest, unit), rest=True)


def _total(value: Value, total: float, unit: str) -> Value:
    point = Interval.point(total)
    return replace(value, interval=point, label=render(point, unit), written=total)


def _share(value: Value, part: Quantity, whole: Quantity) -> Value:
    """The share a part is of a whole, in percent, its interval from the figures' rounding."""
    ratios = sorted(
        p / w * 100
        for p in (part.interval.lo, part.interval.hi)
        for w in (whole.interval.lo, whole.interval.hi)
        if w > 0
    )
    written = part.value / whole.value * 100
    return replace(
        value,
        kind=QuantityKind.PERCENT.value,
        interval=Interval(lo=ratios[0], hi=ratios[-1]),
        label=render(Interval.point(written), "%"),
        unit="%",
        written=written,
    )


def _relative_change(value: Value, old: Quantity, new: Quantity) -> Value:
    """The change from one figure to another in percent, its interval from the figures' own
    rounding: 'from 0.8% to 0.4%' is a fall of 40% to 60%, written 50%."""
    up = new.value > old.value
    ratios = [
        n / o
        for n in (new.interval.lo, new.interval.hi)
        for o in (old.interval.lo, old.interval.hi)
        if o > 0
    ]
    change = sorted(abs(r - 1) * 100 for r in ratios)
    interval = Interval(lo=change[0], hi=change[-1])
    written = abs(new.value / old.value - 1) * 100
    return replace(
        value,
        kind=QuantityKind.PERCENT.value,
        interval=interval,
        label=render(Interval.point(written), "%"),
        unit="%",
        written=written,
        direction="up" if up else "down",
        rate=None,  # 3,100 invoices a month, up from 2,400, is a rise of 29%, not 29% a month
    )


def _calendar_years(reading: Reading, text: str) -> list[Value]:
    """The calendar year a source's year of accounts is numbered by: an earnings call's
    'fiscal 2024' supports a summary's '2024' (never contradicts it)."""
    # the last of a stretch is one too: '2031' of 'fiscal years 2027 through 2031'
    lasts = {m.start("later") for m in FISCAL_YEAR.finditer(text) if m["later"]}
    out = []
    for d in reading.dates:
        m = FISCAL_YEAR.fullmatch(d.span.text)
        if (m is None or m["last"] is not None) and d.span.start not in lasts:
            continue
        year = d.first.year + 1  # a year of accounts is read from February of the year before
        days = Interval(lo=date(year, 1, 1).toordinal(), hi=date(year, 12, 31).toordinal())
        out.append(
            Value(d.span, "date", days, str(year), _context(text, d.span), may_contradict=False)
        )
    return out


def _quarters_of_dates(reading: Reading, text: str) -> list[Value]:
    """The quarter a source's date names by its rank: a call's 'first quarter 2027 results'
    holds a summary's 'first-quarter revenue' (it supports, never contradicts)."""
    out = []
    for d in reading.dates:
        m = RANKED_QUARTER.match(d.span.text)
        if m is None:
            continue
        n = QUARTER_RANKS.index(m.group(1).lower()) + 1
        span = Span(start=d.span.start, end=d.span.start + m.end(), text=m.group())
        value = _left_to_the_reader(span, ORDINAL_PERIOD, Interval.point(n), m.group(), text, n)
        out.append(replace(value, unit="quarter"))
    return out


def _one_unit(text: str) -> list[Value]:
    """A source's single unit, or half of one, written with 'a' ('roughly a litre', 'a
    mile', 'less than half a gigawatt'), which supports a summary's 'about one litre' or
    'under 0.5 GW' (never contradicts it)."""
    out = []
    for m in A_UNIT.finditer(text):
        unit = physical(text, m.end(), per_time=False)
        if unit is None:
            continue
        qualifier = " ".join(m["qualifier"].lower().split()) if m["qualifier"] else None
        amount, step = (0.5, 0.1) if m["half"] else (1.0, 1.0)
        one = interval_for(amount, qualifier, step)
        end = _word_end(text, m.end())
        span = Span(start=m.start(), end=end, text=text[m.start() : end])
        plain = Value(span, "", one, "", _context(text, span), qualifier=qualifier)
        out.append(replace(_measured(plain, unit, one, amount), may_contradict=False))
    return out


def _ages_in_years(reading: Reading, text: str) -> list[Value]:
    """A source's age written as a length ('residents who are 18 years of age or older', '65
    years old') read also as the bare number a summary writes it with ('residents 18 and
    older'); it supports that number, never contradicts it."""
    out = []
    for d in reading.durations:
        age = AN_AGE.match(text, d.span.end)
        if d.unit != "year" or d.amount_is_vague or age is None:
            continue
        qualifier = d.qualifier
        if qualifier is None and (bound := OR_MORE.match(text, age.end())):
            qualifier = or_more(bound)  # '12 years of age or younger' is at most 12
        years = interval_for(d.amount, qualifier, 1.0)
        plain = Value(d.span, "count", years, render(years), _context(text, d.span))
        out.append(replace(plain, qualifier=qualifier, written=d.amount, may_contradict=False))
    return out


def _word_end(text: str, at: int) -> int:
    """Return where the word that starts at `at` ends, looking at most 20 characters on
    (`at` itself when none starts there): 'roughly a ' reaches over 'litre'."""
    return at + len(re.split(r"\W", text[at : at + 20], maxsplit=1)[0])


def _without_time(q: Quantity, value: Value, text: str) -> Value | None:
    """A source's measure per unit of time read also as the measure itself: '250 to 300
    calories an hour' supports a summary's '250-300 calories' (never contradicts it)."""
    if not value.kind.startswith(PHYSICAL) or q.unit == INCHES or not per_time(text, q.span.end):
        return None
    alone = physical(text, q.span.end, per_time=False)
    if alone is None:
        return None
    return replace(_measured(value, alone, q.interval, q.value), may_contradict=False)


def _read_otherwise(q: Quantity, value: Value) -> list[Value]:
    """Other forms a source's figure (`value`, as read) is reworded in, which support but
    never contradict: 'doubled' as a rise of 100% (and 'up 100%' as doubled), 'halved' as a
    fall of 50%, and the two
    figures of '4.3 out of 5' each as a count."""
    if q.kind is QuantityKind.MULTIPLIER and q.value > 1:
        rise = scale(shift(q.interval, -1), 100)
        return [_otherwise(value, "percent", rise, "%", (q.value - 1) * 100, direction="up")]
    if q.kind is QuantityKind.MULTIPLIER and q.value < 1 and MULTIPLIED.search(q.span.text):
        fall = scale(Interval(lo=1 - q.interval.hi, hi=1 - q.interval.lo), 100)
        halved = _otherwise(value, "percent", fall, "%", (1 - q.value) * 100, direction="down")
        return [replace(halved, fraction=True)]  # the share it fell by: 'cut in half'
    if q.kind is QuantityKind.PERCENT and value.direction == "up" and q.value >= HALF_AGAIN:
        times = scale(shift(q.interval, 100), 0.01)
        return [_otherwise(value, "multiplier", times, "times", 1 + q.value / 100)]
    parts = OUT_OF.fullmatch(q.span.text) if q.kind is QuantityKind.FRACTION else None
    if parts is None:
        return []
    counts = (float(plain_digits(parts.group(g))) for g in ("part", "whole"))
    return [_otherwise(value, "count", Interval.point(n), None, n) for n in counts]


def _otherwise(
    value: Value,
    kind: str,
    interval: Interval,
    unit: str | None,
    written: float,
    direction: str | None = None,
) -> Value:
    return replace(
        value,
        kind=kind,
        interval=interval,
        label=render(interval, unit or ""),
        unit=unit,
        written=written,
        direction=direction,
        may_contradict=False,
        fraction=False,
    )


def _quantity_value(q: Quantity, text: str, source: bool = False) -> Value:
    unit = _physical(q, text)
    if unit is not None:  # '5 km' and '5,000 metres' are compared in metres
        plain = Value(q.span, "", q.interval, "", _context(text, q.span), qualifier=q.qualifier)
        return _measured(plain, unit, q.interval, q.value)
    if q.kind is QuantityKind.FRACTION:  # 'a third' and '33%' are one share
        return Value(
            q.span,
            QuantityKind.PERCENT.value,
            scale(q.interval, 100),
            render(scale(q.interval, 100), "%"),
            _context(text, q.span),
            "%",
            q.qualifier,
            q.value * 100,
            needs_rival=not any(ch.isdigit() for ch in q.span.text),
            direction=_direction(text, q.span) if _change_share(text, q.span) else None,
            may_contradict=not source,
            fraction=True,
            whole=_whole(text, q.span),
        )
    if q.kind in CHANGES and q.value < 0:  # '-1%' is a fall of 1%, as 'down 1%' writes it
        fall = _quantity_value(
            q.model_copy(update={"value": -q.value, "interval": _minus(q)}), text
        )
        return replace(fall, direction="down")
    ordinal = q.kind is QuantityKind.ORDINAL
    kind = _ordinal_kind(q.unit) if ordinal else _kind(q.kind, q.unit)
    if q.unit in (MAJORITY, MINORITY):  # a side of a vote is compared with that side only
        kind = f"{VOTE}{q.unit}"
    # Small counts in words ("two friends") are often the writer's own count: judged only
    # against a differing value in the same role.
    in_words = not any(ch.isdigit() for ch in q.span.text) and q.value <= SMALL_COUNT
    rate = _rate(text, q.span)
    # A number that names which one ('Scope 1', 'Phase 3', a bill's 'SEC. 3'): a source may
    # spell it out, and it is compared only with a number of its label
    label = LABELLED.search(text, max(0, q.span.start - 12), q.span.start)
    labelled = label is not None
    if label is not None and q.kind is QuantityKind.COUNT:
        written = label.group("label").lower()
        kind = f"{LABEL}{LABELS.get(written, written)}"
    return Value(
        q.span,
        kind,
        q.interval,
        render(q.interval, q.unit or ""),
        _context(text, q.span),
        q.unit,
        q.qualifier,
        q.value,
        needs_rival=ordinal or in_words or labelled,
        rate=rate,
        direction=_direction(text, q.span) if q.kind in CHANGES else None,
        whole=_whole(text, q.span),
        added=_added(text, q.span),
        apart=_apart(text, q.span),
        changed=_changed_by(text, q.span),
        share_of=q.kind is QuantityKind.PERCENT and SHARE_OF.match(text, q.span.end) is not None,
        per_unit=PER_UNIT.match(text, q.span.end) is not None and rate is None,
        base=_a_base_figure(text, q.span),
        in_all=_in_all(text, q.span),
    )


def _in_all(text: str, span: Span) -> bool:
    """Tell whether a figure is written as a total: '48 tires in all', 'a total of 48',
    '$11,500 across its two funds'."""
    before = TOTAL_BEFORE.search(text, max(0, span.start - TOTAL_REACH), span.start)
    return before is not None or TOTAL_AFTER.match(text, span.end) is not None


def _apart(text: str, span: Span) -> bool:
    """Tell whether a figure is written as how far one figure is from another ('three fewer
    buses', '$37,000 over the $375,000 budget') or as what is left of one ('leaving roughly
    $700,000')."""
    left = REMAINDER.search(text, max(0, span.start - REMAINDER_REACH), span.start)
    return APART_BY.match(text, span.end) is not None or left is not None


def _changed_by(text: str, span: Span) -> bool:
    """Tell whether a figure is written as a change: 'rose 30 minutes to 4 hours 10 minutes'."""
    return CHANGED_BY.search(text, max(0, span.start - 30), span.start) is not None


def _added(text: str, span: Span) -> bool:
    """Tell whether a figure is written as added to another: 'cameras add $12', 'by an
    additional 45 days', 'another 8 points'."""
    return ADDED.search(text, max(0, span.start - ADDED_REACH), span.start) is not None


def _minus(q: Quantity) -> Interval:
    i = q.interval
    return Interval(lo=-i.hi, hi=-i.lo, lo_open=i.hi_open, hi_open=i.lo_open)


def _ordinal_kind(unit: str | None) -> str:
    """Ordinals of periods compare with each other ('first quarter', 'first year'), others
    only with the same noun ('second product')."""
    return ORDINAL_PERIOD if PERIODS.get(unit or "") else f"ordinal:{unit}"


def _rate(text: str, span: Span) -> str | None:
    """Return what a figure is counted per: 'month' in '$499 per month' or '$9 monthly'."""
    m = RATE.match(text, span.end)
    if m is None:
        return None
    return PERIODS[(m.group("per") or m.group("adverb")).lower()]


def _direction(text: str, span: Span) -> str | None:
    """Return 'up' or 'down' for a change: 'a 35% increase', 'reduce costs by 30%'; a figure
    set beside another after a comma is of its clause ('The dues increase is $35, about 11%')."""
    clauses = re.split(r"([,;:.!?()\n])", text[max(0, span.start - 60) : span.start])
    clause_before = clauses[-1]
    beside = len(clauses) > 2 and clauses[-2] == "," and FIGURE_LAST.search(clauses[-3])
    if beside and APPOSITION.fullmatch(clause_before):
        clause_before = clauses[-3] + clause_before
    after = re.findall(r"[a-z]+", text[span.end : span.end + 20].lower())[:1]
    words = re.findall(r"[a-z]+", clause_before.lower())
    # 'by' makes the figure a change, whose verb may stand further back: 'beat the 3 million
    # plan by 40%', 'increased revenue in Europe by 5%'
    before = words[-(BY_DIRECTION_WORDS if words[-1:] == ["by"] else DIRECTION_WORDS) :]
    if after and after[0] in MORE_OR_LESS:  # '23% more', '10% fewer'
        return MORE_OR_LESS[after[0]]
    # 'made up 64% of net bookings', 'adds up to 12': a share or a sum, no rise
    before = [w for n, w in enumerate(before) if not (w == "up" and n and before[n - 1] in MAKE_UP)]
    for word in after + before[::-1]:
        if word in UP:
            return "up"
        if word in DOWN:
            return "down"
    return None


def _whole(text: str, span: Span) -> float | None:
    """Return the whole a part is written of: 14 for 'six of the 14 shuttles'."""
    m = OF_WHOLE.match(text, span.end)
    return float(plain_digits(m["whole"])) if m else None


def _change_share(text: str, span: Span) -> bool:
    """Tell whether a fraction is the share a change is by: 'cut in half', 'fell by about a
    third' (a share of the old level, not a level itself)."""
    return CHANGE_SHARE.search(text, max(0, span.start - 30), span.start) is not None


def _year_less(reading: Reading, text: str) -> list[DateRef]:
    """Place the dates the reading could not (no year anywhere) in a neutral year."""
    unplaced = {s.span.start for s in reading.skipped if s.reason == NO_YEAR}
    if not unplaced:
        return []
    return [d for d in find_dates(text, NEUTRAL_YEAR_END)[0] if d.span.start in unplaced]


def _month_day_value(d: DateRef, text: str) -> Value:
    """Compare a date by month and day only, for texts that do not say the year."""
    first = date(LEAP_YEAR, d.first.month, d.first.day).toordinal()
    last = date(LEAP_YEAR, d.last.month, d.last.day).toordinal()
    return Value(
        d.span,
        "month_day",
        Interval(lo=first, hi=max(first, last)),
        f"{d.first:%B %d}",
        _context(text, d.span),
    )


def _bare_year(q: Quantity) -> bool:
    """Tell whether a count such as '1997' (in 'a 1997 outbreak') may be a year."""
    return (
        q.kind is QuantityKind.COUNT
        and q.value.is_integer()
        and YEARS[0] <= q.value <= YEARS[1]
        and "," not in q.span.text
    )


def _year_value(q: Quantity, text: str) -> Value:
    year = int(q.value)
    days = Interval(lo=date(year, 1, 1).toordinal(), hi=date(year, 12, 31).toordinal())
    return Value(
        q.span, "date", days, str(year), _context(text, q.span), base=_date_of_a_base(text, q.span)
    )


def _date_of_a_base(text: str, span: Span) -> bool:
    """Tell whether a date is of the figure its clause is compared with: 'compared with $131
    million in the fourth quarter of 2023', 'up from 12,900 last fall'."""
    before = text[max(0, span.start - BASE_REACH) : span.start]
    clause = SENTENCE_END.split(before)[-1]
    return COMPARED_BASE.search(clause) is not None


def _a_base_figure(text: str, span: Span) -> bool:
    """Tell whether a figure is the one its clause is compared with: 'down from €94', 'rose
    to 98.6% from 96.1%', 'compared with $131 million'."""
    return BASE_FIGURE.search(text, max(0, span.start - BASE_REACH), span.start) is not None


def _weekday_value(m: re.Match[str], text: str) -> Value:
    span = Span(start=m.start(), end=m.end(), text=m.group(0))
    return Value(
        span,
        "weekday",
        Interval.point(WEEKDAYS.index(m.group(0))),
        m.group(0),
        _context(text, span),
        needs_rival=True,
    )


def _spoken_times(text: str) -> list[Value]:
    """A source's times of day said aloud, which support a text's '8:15' (never contradict
    it): 'a quarter past eight', 'half past four', 'a quarter to nine', 'four thirty', 'six
    oh five', 'a four-twenty marathon', 'eight o'clock'."""
    if not SPOKEN_TIME_HINT.search(text):
        return []
    out = []
    for m in SPOKEN_TIME.finditer(text):
        said = m.group("past_hour") or m.group("to_hour") or m.group("hour") or m.group("bare_hour")
        hour = HOURS.index(said.lower()) + 1
        if m.group("past"):
            minute = 15 if "quarter" in m.group("past").lower() else 30
        elif m.group("to"):
            hour, minute = hour - 1 or 12, 45
        else:
            then = (m.group("then") or "").lower().replace("oh ", "").replace("-", " ")
            minute = int(text2num(then, "en")) if then else 0
        end = _word_end(text, m.end())
        span = Span(start=m.start(), end=end, text=text[m.start() : end])
        at = (hour % 12) * 60 + minute
        label = f"{hour}:{minute:02d}"
        out.append(_left_to_the_reader(span, "time", Interval.point(at), label, text, at))
    return out


def _clock_value(span: Span, text: str) -> Value:
    """Compare a time of day on a 12-hour dial: "5:55 PM" and "17:55" agree."""
    m = CLOCK.search(span.text)
    if m is None:  # an hour alone: '1 p.m.', 'one p.m.'
        said = span.text.split()[0].lower().rstrip("apm.")
        hour = int(said) if said.isdigit() else HOURS.index(said) + 1
        minute = 0
    else:
        hour, minute = int(m.group("hour")), int(m.group("minute"))
    at = (hour % 12) * 60 + minute
    return Value(
        span, "time", Interval.point(at), f"{hour}:{minute:02d}", _context(text, span), written=at
    )


def not_compared(reading: Reading) -> list[Skipped]:
    """List what the comparison leaves out, so the report can say so."""
    return [
        Skipped(span=q.span, reason=f"{q.kind.value} figures are not compared to sources")
        for q in reading.quantities
        if not _compared(q)
    ]


def _kind(kind: QuantityKind, unit: str | None) -> str:
    return f"{MONEY}{unit}" if kind is QuantityKind.MONEY else kind.value


def _context(text: str, span: Span) -> frozenset[str]:
    """Return the content words next to a value: what it is a value of."""
    before = re.findall(r"[a-z]+", text[max(0, span.start - 60) : span.start].lower())
    after = re.findall(r"[a-z]+", text[span.end : span.end + 60].lower())
    words = before[-CONTEXT_WORDS:] + after[:CONTEXT_WORDS]
    return frozenset(_stem(w) for w in words if w not in STOPWORDS and len(w) > 2)


def context_words(phrase: str) -> frozenset[str]:
    """Return a phrase's words as a value's context holds them: 'Soldiers' is 'soldier'."""
    return frozenset(_stem(w) for w in re.findall(r"[a-z]+", phrase.lower()))


def _stem(word: str) -> str:
    """Strip common endings, so 'killed', 'killing' and 'kills' compare equal."""
    return SUFFIX.sub("", word) if len(word) > 5 else word
