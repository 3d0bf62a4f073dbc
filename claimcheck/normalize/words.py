"""The words figures, ordinals and durations are written with, kept in one place.

The reader looks for all of them in one pass over the text (see anchors.py), and each pattern
is then tried only where one of its words stands.
"""

from __future__ import annotations

import re

from claimcheck.models import QuantityKind, TimeUnit

CARDINALS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
]
# "a dozen", "half a dozen": counted as figures, but not words a compound number is built from.
DOZEN = "dozen"
# Words that count with "a … of": "a couple of days", "a pair of shoes", "a score of people".
GROUPS = {"couple": 2.0, "pair": 2.0, "score": 20.0}
ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
ORDINAL_VALUES = {word: i + 1 for i, word in enumerate(ORDINALS)}
# Ordinals past the twentieth: 'thirtieth', 'twenty-first', 'forty-fifth'.
TENS = CARDINALS[20:28]
TENS_ORDINALS = {f"{tens[:-1]}ieth": 10 * n for n, tens in enumerate(TENS, start=2)}
COMPOUND_ORDINALS = {
    f"{tens}-{unit}": 10 * n + u
    for n, tens in enumerate(TENS, start=2)
    for u, unit in enumerate(ORDINALS[:9], start=1)
}
ORDINAL_VALUES |= TENS_ORDINALS | COMPOUND_ORDINALS
MULTIPLES = {
    "doubled": (QuantityKind.MULTIPLIER, 2.0),
    "twice": (QuantityKind.MULTIPLIER, 2.0),
    "tripled": (QuantityKind.MULTIPLIER, 3.0),
    "trebled": (QuantityKind.MULTIPLIER, 3.0),
    "quadrupled": (QuantityKind.MULTIPLIER, 4.0),
    "halved": (QuantityKind.MULTIPLIER, 0.5),
    "half": (QuantityKind.FRACTION, 0.5),
}
# The same verbs in the present: 'halves the fee to $3,000', 'doubling its staff'. 'Halves'
# is a noun as often ('the two halves'): it is read only before what it halves.
MULTIPLES |= {
    f"{stem}{ending}": (QuantityKind.MULTIPLIER, value)
    for stem, value in (("doubl", 2.0), ("tripl", 3.0), ("quadrupl", 4.0), ("halv", 0.5))
    for ending in ("es", "ing")
}
# 'twofold' to 'tenfold', 'hundredfold': a multiplier in one word.
MULTIPLES |= {
    f"{word}fold": (QuantityKind.MULTIPLIER, float(n))
    for n, word in [*enumerate(CARDINALS[:11]), (100, "hundred"), (1000, "thousand")]
    if n >= 2
}
# Vague plurals name an order of magnitude: "thousands" is at least 2,000 and below 10,000.
# The first number is the value the figure is read as.
VAGUE = {
    "dozens": (24.0, 24, 144),
    "hundreds": (200.0, 200, 1000),
    "thousands": (2000.0, 2000, 10000),
    "millions": (2e6, 2e6, 1e7),
    "billions": (2e9, 2e9, 1e10),
    "tens of thousands": (20000.0, 2e4, 1e5),
    "hundreds of thousands": (200000.0, 2e5, 1e6),
}
TIME_UNITS: dict[str, TimeUnit] = {
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "fortnight": "fortnight",
    "month": "month",
    "year": "year",
    "decade": "decade",
    "century": "century",
    "centuries": "century",
}
# Hours, minutes and seconds as prose shortens them, in lower case only: '2 hrs 15 mins',
# '45 secs'. 'HR' is human resources and 'SEC' a regulator.
TIME_ABBREVIATIONS: dict[str, TimeUnit] = {
    "secs": "second",
    "sec": "second",
    "hrs": "hour",
    "hr": "hour",
    "mins": "minute",
    "min": "minute",
}
# The denominators of fractions in words: "two-thirds", "three quarters of", "one-fifth".
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
DENOMINATORS |= {f"{w}{s}": n for n, w in enumerate(ORDINALS[3:], start=4) for s in ("", "s")}
DENOMINATORS |= {
    f"{w}{s}": n for w, n in (("hundredth", 100), ("thousandth", 1000)) for s in ("", "s")
}
BETWEEN = "between"
SINCE = "since"
# Relative dates that only a publication date places: "yesterday", "last month".
RELATIVE_WORDS = ["yesterday", "today", "tomorrow", "month"]
ENTER_VERBS = ["entered", "entering", "enters", "enter"]
CENTURY = "century"
# Decades said in words, with the century they are read in: 'the early nineties' are the
# early 1990s. The twenties to the fifties may be of either century and are not read.
DECADE_WORDS = {"sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")

# A decimal said aloud may begin with its point: 'point oh five percent'.
POINT = "point"

KEYWORDS = sorted(
    {
        *CARDINALS,
        POINT,
        DOZEN,
        *GROUPS,
        *ORDINALS,
        *TENS_ORDINALS,
        *MULTIPLES,
        *(phrase.split()[0] for phrase in VAGUE),
        *TIME_UNITS,
        *DENOMINATORS,
        *(unit + "s" for unit in TIME_UNITS),
        *TIME_ABBREVIATIONS,
        BETWEEN,
        SINCE,
        *RELATIVE_WORDS,
        *ENTER_VERBS,
        CENTURY,
        *DECADE_WORDS,
    }
)


def spaced(words: str) -> frozenset[str]:
    """Return the set of the space-separated words given."""
    return frozenset(words.split())


def trie(words: list[str]) -> str:
    """Return a regex alternation of words factored by prefix, which the engine tries faster."""
    branches: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        branches.setdefault(w[:1], []).append(w[1:])
    parts = []
    for head, tails in sorted(branches.items()):
        if head == "":
            continue
        rest = [t for t in tails if t]
        inner = trie(rest) if rest else ""
        optional = "" in tails
        if not rest:
            parts.append(re.escape(head))
        else:
            parts.append(f"{re.escape(head)}(?:{inner}){'?' if optional else ''}")
    return "|".join(parts)


# WikiText (Wikipedia's dumps, as many corpora give them): a heading line ' = Title = ' or
# its '@.@' and '@,@' number joiners.
WIKITEXT = re.compile(r"(?m)^ ?=+ [^=\n]+ =+ ?$| @[.,]@ ")


def is_wikitext(text: str) -> bool:
    """Tell whether a text is written as WikiText, whose spacing of numbers differs."""
    return WIKITEXT.search(text) is not None


# What writes a figure as a total, after it ('12 in all') and before it ('a total of 12').
TOTAL_AFTER_WORDS = r"in\s+all|in\s+total|altogether|combined"
TOTAL_BEFORE_WORDS = r"a\s+total\s+of|totall?ing"
