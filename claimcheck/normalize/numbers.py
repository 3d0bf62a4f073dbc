"""Find the figures in a text: digits, number words, money, percentages, multipliers, ranges."""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from text_to_num import text2num

from claimcheck.models import Interval, Quantity, QuantityKind, Span
from claimcheck.normalize.anchors import CURRENCY_SIGN, Anchors
from claimcheck.normalize.intervals import scale
from claimcheck.normalize.qualifiers import (
    QUALIFIER_RE,
    denied,
    interval_for,
    plain_digits,
    qualifier_kind,
    rounding_step,
)
from claimcheck.normalize.spans import Occupied, matches_at
from claimcheck.normalize.units import GLUED, INCHES, SYMBOLS
from claimcheck.normalize.words import (
    BETWEEN,
    CARDINALS,
    COMPOUND_ORDINALS,
    DENOMINATORS,
    DOZEN,
    GROUPS,
    MULTIPLES,
    ORDINAL_VALUES,
    ORDINALS,
    POINT,
    TENS,
    TENS_ORDINALS,
    VAGUE,
    is_wikitext,
    spaced,
    trie,
)

CURRENCIES = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
# ISO codes written before a figure: "USD 300 million", "GBP 20m".
CURRENCY_CODES = ["USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "CAD", "AUD"]
CURRENCIES |= {code: "CNY" if code == "RMB" else code for code in CURRENCY_CODES}
CURRENCIES |= {"RS": "INR", "RS.": "INR"}  # "Rs 500 crore", "Rs. 2 lakh"
CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "bucks": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "rubles": "RUB",
    "roubles": "RUB",
    "rupees": "INR",
}
# An ISO code written after a figure names its currency too: "5 million USD".
CURRENCY_WORDS |= {code.lower(): CURRENCIES[code] for code in CURRENCY_CODES}
# The unit of a share or a rate: 'a third', '10 out of every 100,000'.
SHARE = "share"
# Units that are a hundredth of another: '45 cents' is $0.45, '150 basis points' 1.5
# percentage points. The unit word read after the figure, and the word that must follow it.
HUNDREDTHS: dict[str, tuple[QuantityKind, str, str]] = {
    "cents": (QuantityKind.MONEY, "USD", ""),
    "cent": (QuantityKind.MONEY, "USD", ""),
    "pence": (QuantityKind.MONEY, "GBP", ""),
    "basis": (QuantityKind.PERCENT_POINTS, "percentage points", "point"),
    "bps": (QuantityKind.PERCENT_POINTS, "percentage points", ""),
    "bp": (QuantityKind.PERCENT_POINTS, "percentage points", ""),
}
# Hundredths of a currency's whole that make a share: '50 cents on the dollar' is 50%.
ON_THE_WHOLE = re.compile(r"\s+(?:on|of|for|in)\s+(?:the|each|every)\s+(?:dollar|pound|euro)\b")
# A qualifier written after a figure: '1,000-plus', '10+ years', '500-odd'.
SUFFIX_QUALIFIER = re.compile(r"-plus\b|\+(?![\w+])|-odd\b", re.IGNORECASE)
# A bound written after a figure: '10 or more', '65 or older', 'five or fewer'.
OR_MORE = re.compile(
    r"\s+or\s+(?:(?P<least>more|greater|higher|above|over|older|longer|later)"
    r"|(?P<most>fewer|less|lower|below|under|younger|shorter|earlier))\b",
    re.IGNORECASE,
)
# Two figures of one unit written as a range ('44 mg to 50 mg', 'between 44 mg and 50 mg',
# and the common slip 'between 44 mg to 50 mg'), or any two after a verb of range ('ranged
# from -18 °C to -34 °C', 'varies between 5 and 9').
RANGE_TO = re.compile(r"\s*(?:to|–|-|—)\s*", re.IGNORECASE)
RANGE_AND = re.compile(r"\s+(?:and|to)\s+", re.IGNORECASE)
RANGE_BEFORE_REACH = 30
RANGE_GAP = 7  # ' and ', ' to ', '-' with spaces around
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
RANGED_FROM = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:from|between)\s+$", re.IGNORECASE
)
# 'From X to Y' and 'rose X to Y' are a change, two figures.
FROM_OR_CHANGE = re.compile(
    r"\b(?:from|up|down|rose|fell|increased|decreased|grew|dropped|climbed|jumped|cut|raised"
    r"|reduced|lowered|by)\s+$",
    re.IGNORECASE,
)
# A verb that changes a thing it names before the figure: 'raised its quarterly dividend 2
# cents to $0.36' is a change by 2 cents to 36, no range.
CHANGED_THING = re.compile(
    r"\b(?:raised|raises|cut|cuts|lowered|lowers|reduced|reduces|increased|increases"
    r"|decreased|decreases|boosted|boosts|trimmed|trims|hiked|hikes)\s+(?:[^\W\d]+\s+){1,3}$",
    re.IGNORECASE,
)
# 'Points' a percentage changed by: 'margin fell 0.6 points to 18.4%'.
POINTS = {"points", "point", "pts"}
CHANGED_BY = re.compile(
    r"\b(?:up|down|rose|fell|gained|lost|improved|widened|narrowed|expanded|contracted|dropped"
    r"|declined|increased|decreased|climbed|slipped|jumped|grew|shrank|by"
    # a change written as a noun: 'a net gain of two aircraft', 'an increase of 50'
    r"|(?:gain|rise|increase|decrease|drop|decline|fall|jump|reduction|cut|growth)s?\s+of)"
    r"\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+|some\s+|over\s+)?$",
    re.IGNORECASE,
)
# What a verb 'halves' is followed by: 'halves the fee', 'halves its cost'.
HALVES_WHAT = re.compile(r"\s+(?:the|its|their|his|her|our|your|a|an|this|that)\b", re.I)
# A noun of change after 'points': 'a 3-point gain', 'a two-point drop'.
CHANGE_NOUN = re.compile(
    r"\s+(?:gain|rise|increase|improvement|jump|drop|fall|decline|decrease|slide|swing|lead)s?\b",
    re.IGNORECASE,
)
# A comparative after 'points': 'three points above the board's 8% minimum'.
POINTS_APART = re.compile(
    r"\s+(?:above|below|higher|lower|ahead|behind|more|less|over|under)\b", re.IGNORECASE
)
# What says points are of a percentage: one written, or what is one (a margin, an operating
# ratio, a rate, a yield).
PERCENT_WORD = re.compile(r"%|\bper\s?cent\b|\b(?:margin|ratio|rate|yield)s?\b", re.IGNORECASE)
# A share of a point: 'nine tenths of a point', 'half a percentage point'.
OF_A_POINT = re.compile(r"\s+(?:of\s+)?an?\s+(?:percentage\s+)?point\b", re.IGNORECASE)
POINTS_REACH = 80
# A scale word that ends a figure: '$2.2 billion', '2.2bn'.
SCALE_AT_END = re.compile(r"(?<![^\d\s])(thousand|million|billion|trillion|bn|mn|mln|tn)$", re.I)
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "t": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
# Digits grouped by commas; WikiText writes the comma as " , " or " @,@ " and the point " @.@ ".
# A short unit after a decimal comma ("3,5 kg"), not a word of a list ("3,4 and 5").
_SHORT_UNIT = r"(?!(?:and|or|to|in|of|on|at|by)\b)[^\W\d]{1,3}\b"
_DIGITS = (
    # Forms no English reading could give, read the one way they can be:
    r"\d{1,3}(?:\.\d{3})+,\d+"  # "1.200,50": dots group, a comma marks the decimals
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # "1,20,000": Indian grouping
    r"|\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)"  # "1.234.567": dots group
    r"|\d{1,3}(?:[\u2009\u202f\u00a0]\d{3})+(?:[.,]\d+)?"  # "1 200" with a thin space
    rf"|\d+,\d{{1,2}}(?=\s?(?:%|per\s?cent\b|{_SHORT_UNIT}))"  # "12,5 %", "3,5 kg"
    r"|\d+,\d{1,2}(?=\s(?:thousand|million|billion|trillion)\b)"  # "2,5 million"
    r"|\d{3,},\d{1,2}(?=\s(?!(?:and|or|to|in|of)\b)[^\W\d])"  # "494,11 residents"
    r"|\d{1,3}(?:(?:,|\x20,\x20|\x20@,@\x20)\d{3})+(?:(?:\.|\x20@\.@\x20)\d+)?"
    r"|\d{1,3}(?:\x20\d{3})+(?![\d,.])"  # "10 000": groups of three after a plain space
    r"|\d+(?:(?:\.|\x20@\.@\x20)\d+)?"
    r"|(?<![\d.])\.\d+"  # ".5 percent"
)
_WORD = f"(?:{trie(CARDINALS)})"
_SCALE_WORDS = ["hundred", "thousand", "million", "billion"]
# "a" counts as one only before a scale word: "a hundred", not "a two-week trial".
# A decimal said aloud, as transcripts write it: "four point eight (billion)".
# The digits said after a point; a transcript says a zero as 'oh': 'two point oh'.
_DIGIT_VALUES = {word: n for n, word in enumerate(CARDINALS[:10])} | {"oh": 0}
_DIGIT_WORDS = list(_DIGIT_VALUES)
_SPOKEN_DECIMALS = rf"\spoint(?:\s(?:{'|'.join(_DIGIT_WORDS)}))+"
# A decimal said aloud without its zero: 'point oh five percent', 'it's like point one'. Not
# the noun or the verb: 'at that point one of them', 'Point one: costs', 'to point one out'.
_NOT_A_NUMBER_BEFORE = (
    *("the", "that", "this", "a", "one", "each", "every", "no", "any", "what"),
    *("to", "i", "we", "you", "they", "will", "would", "can", "could", "should"),  # the verb
)
_LEADING_POINT = (
    "".join(rf"(?<!\b{word}\s)" for word in _NOT_A_NUMBER_BEFORE)
    + rf"(?-i:{POINT})(?:\s(?:{'|'.join(_DIGIT_WORDS)}))+"
)
# WikiText spaces the hyphen of a tens word and its unit: "twenty - five".
_SPACED_HYPHEN = rf"(?<=ty)\s-\s(?=(?:{'|'.join(CARDINALS[1:10])})\b)"
# A comma may follow a scale word, as a cheque writes it: 'three million, two hundred & forty'.
_SCALE_COMMA = r"(?:(?<=thousand)|(?<=million)|(?<=billion)),\s"
WORDS_JOINER = re.compile(r"\s(?:and|&)\s|,\s", re.IGNORECASE)
NUMBER_WORDS = (
    rf"(?:a\s(?={'|'.join(_SCALE_WORDS)}))?(?:{_WORD})"
    rf"(?:(?:[\s-]|\s(?:and|&)\s|{_SPACED_HYPHEN}|{_SCALE_COMMA})(?:{_WORD}))*"
    rf"(?:{_SPOKEN_DECIMALS}|[\s-]and[\s-]a[\s-]half|\sdozen)?"
    rf"|{_LEADING_POINT}"
    r"|a\sdozen|half\sa\sdozen|a\shalf-dozen"
    rf"|half\sa\s(?:{'|'.join(_SCALE_WORDS)})\b"
    rf"|a\s(?:{'|'.join(GROUPS)})(?=\s+of\s+[^\W\d])"
)
# Pence glued to the figure ('12p', '3.5p'); not a video's lines ('1080p', '720p') or '5p.m.'.
_RESOLUTIONS = (144, 240, 360, 480, 720, 1080, 1440, 2160, 4320)
_PENCE = "".join(rf"(?<!\b{n})" for n in _RESOLUTIONS) + r"(?<=\d)(?-i:p)(?!\w|\.\w)"
# Thousands written "k" after a figure ('2k staff'); a capital "K" only after two digits or a
# currency sign ('50K people', '$4K'), as '4K', '5K' and '2K' name a resolution, a race, a game.
_KILO = r"(?<=\d)(?-i:k)|(?<=\d\d)(?-i:K)|(?(cur)(?<=\d)(?-i:K)|(?!))"
# Plural nouns that do not end in "s": '2.5m people' are millions, as '1.1m units' are.
PLURALS = "people|children|men|women|staff|police|cattle|sheep"
_SCALE = r"(?:thousand|million|billion|trillion|bn|mn|mln|tn|lakhs?|crores?)\b"
_UNIT_WORD = r"[^\W\d][\w’'-]*"

# WikiText writes a decimal point with a space after it ("4. 559"); read so only in WikiText,
# and not on a numbered line ("4. 24/7 support"). Elsewhere "12. 30 fans" is two sentences.
_WIKITEXT_DECIMAL = r"(?<=[^\n\d,.])\d{1,3}\.\x20\d{1,3}(?![\d.,/])"


def _number_re(digits: str, ranges: bool = True) -> re.Pattern[str]:
    no_range = "" if ranges else "(?!)"  # an alternative that never matches
    return re.compile(
        rf"""
        (?:\b|(?=[$€£¥₹])|(?<![\w.])(?=\.\d))
        (?:(?P<cur>US\$|[$€£¥₹]|\b(?:{"|".join(CURRENCY_CODES)}|Rs\.?)(?=\s?\d))\s?)?
        (?:
            {no_range}(?<!from\s)(?<!from\s[-−])(?P<range_lo>{digits})\s?(?:–|-|—|to|-\sto)\s?(?P<range_hi>{digits})
          | (?P<digits>{digits})
          | \b(?P<words>{NUMBER_WORDS})\b(?!-(?:{trie(ORDINALS[:9])})\b)  # not 'twenty-first'
        )
        (?:\s?(?P<scale>{_SCALE})|(?P<kilo>{_KILO})\b
          | (?P<decimal_letter>(?:(?<=\.\d)|(?<=\.\d\d))(?-i:[MBT]))\b
          | (?P<counted_letter>(?<=\d)(?-i:[MB])|(?<=\.\d)(?-i:m)|(?<=\.\d\d)(?-i:m))
            (?=\s+(?-i:[a-z]+s|{PLURALS})\b)
          | (?(cur)(?P<letter>(?<=\d)[kmbt])\b))?
        (?:\s?(?P<pct>%|per\s?cent\b|(?:(?:extra|additional|more|full)\s)?percentage\spoints?\b|pp\b)|(?P<pc>(?<=\d)pc\b)|(?P<cents>(?<=\d)¢)|(?P<pence>{_PENCE}))?
        (?:\s(?P<times>times\b)|(?P<x>(?<=\d)[x×])(?!\w)|(?P<fold>(?<=\d)-fold\b))?
        """,
        re.VERBOSE | re.IGNORECASE,
    )


NUMBER_RE = _number_re(_DIGITS)
WIKITEXT_NUMBER_RE = _number_re(f"{_WIKITEXT_DECIMAL}|{_DIGITS}")
# The two sides of a score, before the result they give: 'a 2-1 win', 'a 1-2 defeat'. Each
# is a figure of the score, not a count of wins.
SCORE = "score"
SCORE_AFTER = re.compile(
    r"\s+(?:(?:home|away|extra-time|penalty|shock|narrow|comfortable)\s+)?"
    r"(?:win|wins|victory|defeat|loss|draw|lead|scoreline|result|triumph|thrashing|drubbing)\b",
    re.IGNORECASE,
)
# The two sides of a vote: 'by a vote of six to one', 'the board voted 5-2', 'a 7–0 vote'.
# Each is a figure of the vote, not a count of the thing voted on.
MAJORITY, MINORITY = "majority votes", "minority votes"
VOTE_BEFORE = re.compile(
    r"\b(?:vote[sd]?|carr(?:y|ied|ies)|pass(?:es|ed)?|approve[sd]?|adopt(?:s|ed)?|reject(?:s|ed)?"
    r"|accept(?:s|ed)?|unanimous(?:ly)?"
    r"|defeat(?:s|ed)?|fail(?:s|ed)?)\b(?:[^.,;:]{0,30}|[^.;:]{0,60},\s*)$",  # ', 6-0.' ends it
    re.IGNORECASE,
)
VOTE_REACH = 70
VOTE_AFTER = re.compile(r"\s+(?:vote|majority|decision)\b", re.IGNORECASE)
# What may follow the sides of a vote, so '5 to 10 new homes' is no vote.
AFTER_VOTE = re.compile(
    r"\s*(?:[.,;:)!?]|$)|\s+(?:vote|majority|decision|margin|in|with|to|against|for|on|and)\b",
    re.IGNORECASE,
)
VOTE_SIDES = re.compile(r"\s*(?:to|-|–|—)\s*$")
# The sides of a vote called aloud, as minutes and meeting transcripts write them: 'All in
# favor? That's six. Opposed? One.', 'Ayes, 5; nays, 2', 'in favour: 4, against: 3'.
FOR_BEFORE = re.compile(r"\b(?:in\s+favou?r|ayes?|yeas?)\b[^\d.]{0,12}[.?:,;]?[^\d.?]{0,12}$", re.I)
FOR_REACH = 40
_AGAINST = r"[^\d]{0,6}\b(?:opposed|against|nays?|noes)\b"
AGAINST_BETWEEN = re.compile(rf"^{_AGAINST}[^\d]{{0,10}}$", re.I)
# No one against, called aloud after the ayes: 'Six. Opposed? None.'
NONE_AGAINST = re.compile(rf"{_AGAINST}[^\d\w]{{0,4}}(?P<none>none|nobody|zero)\b", re.I)
# No one against, written after the ayes: 'seven to nothing', '5-0' being read as a range.
TO_NONE = re.compile(r"\s*(?:to|-|–)\s*(?P<none>nothing|none|zero)\b", re.IGNORECASE)
# One figure alone, for each end of a range that falls: a score or a vote, '52 to 48'.
SINGLE_NUMBER_RE = _number_re(_DIGITS, ranges=False)
# The qualifier is looked for just before a figure, not tried at every word of the text.
QUALIFIER_REACH = 24
# 'up to 34 minutes from 29': a level a figure moved to from another, not a bound.
MOVED_TO = frozenset({"up to", "down to"})
CAME_FROM = re.compile(
    r"[^\W\d]*(?:\s+[^\W\d]+){0,2}\s+from\s+(?:about\s+|around\s+|roughly\s+)?"
    rf"(?:[$€£]?\d|(?:{'|'.join(CARDINALS)})\b)",
    re.IGNORECASE,
)
QUALIFIER_BEFORE = re.compile(rf"(?<![\w-])(?P<qual>{QUALIFIER_RE})\s+$", re.IGNORECASE)
# A denial of a bound, with at most two words between: 'not ', 'may not cover ', "won't be ".
DENIAL_BEFORE = re.compile(r"(?:\bnot|\bnever|n't)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
DENIAL_REACH = 30
NOT_BEFORE = re.compile(r"\bnot\s+$", re.IGNORECASE)
_PLAIN = rf"(?:{_DIGITS}|{NUMBER_WORDS})"
# A price said in dollars and cents: 'three dollars and five cents' is $3.05.
DOLLARS_AND_CENTS = re.compile(
    rf"\b(?P<dollars>{_PLAIN})\s+dollars?\s+and\s+(?P<cents>{_PLAIN})\s+cents?\b", re.IGNORECASE
)
# 'between 10 and 15', 'between two point one and two point two billion' (the scale is of both).
BETWEEN_RE = re.compile(
    rf"\bbetween\s+(?P<lo>{_PLAIN})\s+and\s+(?P<hi>{_PLAIN})\b"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
# 'five or six branches', 'two or three days': one figure given loosely, when the second is
# larger and at most twice the first (not a percentage: '3 or 4%' is left to each figure).
OR_RANGE_RE = re.compile(
    rf"\b(?P<lo>{_PLAIN})\s+or\s+(?P<hi>{_PLAIN})\b(?![.,]\d|\s?(?:%|per\s?cent\b))",
    re.IGNORECASE,
)
PER_RANGE_RE = re.compile(
    rf"(?P<cur>[$€£¥])(?P<lo>{_DIGITS})\s+per\s+(?P<per>[^\W\d]+)\s+to\s+"
    rf"(?P=cur)(?P<hi>{_DIGITS})\s+per\s+(?P=per)\b"
)
ONE_IN_RE = re.compile(
    rf"\b(?P<part>{_PLAIN})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>{_PLAIN})\b",
    re.IGNORECASE,
)
# A minus sign before a figure, not a hyphen inside a word or a range ("COVID-19", "20-25");
# or the word: 'minus 4', 'free cash flow was negative $140 million'.
SIGN_BEFORE = re.compile(r"(?:(?<![\w.,%/)\]-])[-−]|\b(?:minus|negative)\s+)$", re.IGNORECASE)
SIGN_REACH = 9  # 'negative ' is the longest sign
# What a share of people does, which a rank ('a third term') is not followed by.
SHARE_VERBS = (
    *("said", "say", "says", "reported", "report", "reports", "told", "were", "are", "was"),
    *("have", "had", "would", "will", "could", "can", "did", "do", "think", "thought", "went"),
    *("got", "felt", "believe", "believed", "agreed", "expect", "expected", "planned", "plan"),
    *("used", "use", "voted", "chose", "prefer", "preferred", "owned", "own", "lived", "live"),
    *("saw", "see", "get", "needed", "need", "wanted", "want", "never", "still", "already"),
)
# A fraction in words, hyphenated or followed by "of": "two-thirds", "a third of the vote",
# "three quarters of", "one-fifth"; and in digits: "1/25", "3 1/4".
_NUMERATOR = rf"(?:a|an|{'|'.join(CARDINALS[1:11])})"
WORD_FRACTION_RE = re.compile(
    rf"\b(?P<num>{_NUMERATOR})(?:-(?P<den>{trie(list(DENOMINATORS))})\b"
    rf"|\s(?P<den_of>{trie(list(DENOMINATORS))})(?=\s+of\b)"
    # a plural is no ordinal: 'two thirds', 'five halves'
    rf"|(?<!\ba)(?<!\ban)\s(?P<plural>{trie([d for d in DENOMINATORS if d.endswith('s')])})\b"
    # nor is a share that does something: 'a third reported getting under six hours'
    rf"|\s(?P<den_does>{trie(list(DENOMINATORS))})(?=\s+(?:{'|'.join(SHARE_VERBS)})\b))",
    re.IGNORECASE,
)
# A share a change is by: 'cut that rate by roughly a third', 'fell by a quarter'.
# A share after a qualifier is no rank either: 'spent about a third already'.
BY_FRACTION_RE = re.compile(
    rf"\b(?:by\s+(?:(?P<by_qual>{QUALIFIER_RE})\s+)?|(?P<qual>{QUALIFIER_RE})\s+)"
    rf"(?P<num>a|an|one)\s(?P<den>{trie(list(DENOMINATORS))})(?![\w-])",
    re.IGNORECASE,
)
DIGIT_FRACTION_RE = re.compile(
    r"(?<![\d/.,])(?:(?P<whole>\d+)\s)?(?P<num>\d+)/(?P<den>\d+)(?![\d/])"
)
# A vulgar fraction character, alone or after a whole number: '½ cup', '1½ cups'.
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
VULGAR_RE = re.compile(rf"(?<![\d.,])(?:(?P<whole>\d+)\s?)?(?P<part>[{VULGAR}])")
# Scientific notation: "1.5e-3", "6.02×10^23", "3.1 x 10−4", "6.02×10²³"; and a power of ten
# alone, "10^6" or "10⁶". The power needs a caret, a sign or superscript digits: "1920x1080"
# is a size, not 1920×10^80.
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_PLAIN_EXPONENT = str.maketrans(f"{_SUPERSCRIPT}⁻⁺−", "0123456789-+-")
_POWER = rf"\^\s?[-+−]?\d+|[⁻⁺]?[{_SUPERSCRIPT}]+"
# Another base needs a caret: "8x2^10", "2^10".
_BASE_POWER = r"(?P<base>\d{1,3})\^\s?(?P<exp>[-+−]?\d+)"
SCIENTIFIC_RE = re.compile(
    r"(?<![\w.^])(?P<mantissa>\d+(?:\.\d+)?)"
    rf"(?:[eE](?P<e>[-+−]?\d+)|\s?[×x]\s?(?:10(?P<ten>{_POWER}|[-−]\d+)|{_BASE_POWER}))"
    r"(?!\w|\.\d)"
)
POWER_RE = re.compile(rf"(?<![\w.^])(?:10(?P<ten>{_POWER})|{_BASE_POWER})(?!\w|\.\d)")
# A power past what a float holds ('10^400') is left unread, and listed as skipped.
MAX_POWER_OF_TEN = 300
# A power of ten in words: '10 to the power of 6', '10 to the 6th power', 'ten to the power 9'.
SPOKEN_POWER_RE = re.compile(
    r"\b(?:10|ten)\s+to\s+the\s+(?:power\s+(?:of\s+)?(?P<of>-?\d{1,3})\b"
    r"|(?P<nth>-?\d{1,3})(?:st|nd|rd|th)?\s+power\b)",
    re.IGNORECASE,
)
# A figure and its margin: "5 ± 0.5 kg", "12 +/- 2".
PLUS_MINUS_RE = re.compile(
    r"(?<![\w.])(?P<mid>\d+(?:\.\d+)?)\s?(?:±|\+/-|\+-)\s?(?P<margin>\d+(?:\.\d+)?)(?![\w.])"
)
# A height in feet and inches, read as inches: '5'10"', '6′2″', '5 ft 10 in', '6 feet 2
# inches'. A lone '6'' or '10"' is as often a closing quotation mark, and is not read.
FEET_INCHES_RE = re.compile(
    r"(?<![\w.])(?P<feet>\d{1,2})\s?(?:['′’]|ft\b|feet\b|foot\b)\s?"
    r"(?P<inches>\d{1,2}(?:\.\d+)?)\s?(?:[\"″”]|''|in\b|inch(?:es)?\b)"
)
MULTIPLE_RE = re.compile(
    rf"(?<!and\sa\s)\b(?:{trie(list(MULTIPLES))})\b"
    # not 'half a dozen', 'half-dozen' or a word of its own ('half-life', 'half-time')
    rf"(?!\s+a\s+(?:dozen|{'|'.join(_SCALE_WORDS)})\b|-[^\W\d])",
    re.IGNORECASE,
)
_VAGUE_LONGEST_FIRST = "|".join(sorted(VAGUE, key=len, reverse=True))
VAGUE_RE = re.compile(rf"\b({_VAGUE_LONGEST_FIRST})\s+of\b", re.IGNORECASE)
_SUFFIXES = ["st", "nd", "rd", "th"]
# An ordinal in words or digits: "third", "21st". Dates read ordinal periods with it too.
ORDINAL = (
    rf"(?:{trie([*COMPOUND_ORDINALS, *TENS_ORDINALS, *ORDINALS])}|\d+(?:{'|'.join(_SUFFIXES)}))"
)
ORDINAL_RE = re.compile(rf"\b{ORDINAL}\b", re.IGNORECASE)
# The noun may be spaced, quoted or hyphenated: '5 soldiers', '5 “mercenaries”', 'a 12-ounce can'.
UNIT_RE = re.compile(rf"\s*(?:[“”\"']\s*|-(?=[^\W\d]))?(?P<unit>{_UNIT_WORD})")
# Degrees, of an angle or a temperature: '45°', '20°C', '-40 °F'.
DEGREES_RE = re.compile(r"\s?(?P<unit>°\s?(?:[CF](?!\w))?)")
# An ordinal word that is a unit of time: 'miles per second'.
PER_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)
# What follows 'N times' that counts occasions, not a multiple: a stop, or a word that
# starts no comparison ('three times a week', 'flew 72 times instead of five').
OCCASIONS_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:a|an|per|each|every|in|on|at|during|since|before|after|this|last"
    r"|so|and|or|but|instead|while|with|for|from|already|now|yet|ago|until|overall)\b",
    re.IGNORECASE,
)
# A change before 'N times' makes it a multiple: 'prices rose 10 times'.
CHANGED_AT_TIMES = re.compile(
    r"\b(?:rose|risen|grew|grown|increased|multiplied|jumped|fell|dropped|decreased|expanded"
    r"|climbed|soared|shrank)\b[^.,;]*$",
    re.IGNORECASE,
)
# Words that end a figure's phrase: a figure followed by one counts no noun.
NOT_UNITS = spaced(
    "is are was were be been being am has have had will would can could may might shall should "
    "do does did in on at to from by with into onto over under out up down off than as and or "
    "but nor so yet if when while where after before since until during per via a an the this "
    "for against among between through within without toward towards "
    "that these those it its he she they we you who which what "
    # words of time and distribution: '40 million last year', '300 each month'
    "last next each every ago earlier later apiece altogether respectively too also now then "
    # a sum said after it: '36,000 total', '12 combined' ('61st overall' ranks in all)
    "total combined "
    "there here yesterday today tomorrow left remaining "
    # a loose age or count: 'thirty-something', '30-ish'
    "something ish"
)
# A number word in capitals after a name and before a lower-case word or a stop is part of
# the name: 'BBC One first aired', 'Skylark Three (1948)', 'Air Force One.' In a headline
# written in capitals the next word is one too: 'Russia Loses Three Ships'.
NAME_BEFORE = re.compile(r"[A-Z][\w'’&-]*\s$")  # not 'the U.S. Two men'
NAME_AFTER = re.compile(r"\s+[a-z(]|[^\w\s]|\s*$")
# A dot and a letter right after a number word: the word is part of a name ('One.Tel').
DOTTED_NAME = re.compile(r"\.[A-Za-z]")
# Words before 'one' that make it a pronoun: 'each one', 'every one', 'any one', 'no one'.
PRONOUN_ONE = re.compile(r"\b(?:each|every|any|no)\s+$", re.IGNORECASE)
# Words after 'one' that make it a pronoun: 'a business is one that buys', 'one with more than'.
ONE_THAT = re.compile(r"\s+(?:that|which|who|whom|whose|with|where)\b", re.IGNORECASE)
# A code whose hyphen WikiText spaces: 'M - 188' (a highway), 'A - 50', 'COVID - 19'.
SPACED_CODE = re.compile(r"(?<![\w'-])[A-Z][A-Z0-9]{0,4}\s-\s$")
# Words that may stand between a figure and the noun it counts.
# The second figure of a pair written with a slash, before the unit of both: '100/20 Mbps'.
SLASHED = re.compile(r"/\d[\d,.]*\s?(?=[A-Za-zµ])")
_SKIPPABLE = re.compile(
    r"^(?:[A-Z][\w-]*|more|fewer|less|of|the|new|other|additional|extra|foreign"
    r"|our|their|its|his|her|my|your"
    r"|[a-z]+-[a-z]+ed)$"  # a compound adjective: '40,000 free-tailed bats', 'well-trained'
)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    value: float
    interval: Interval
    kind: QuantityKind
    qualifier: str | None
    unit: str | None


def find_quantities(text: str, taken: Occupied, anchors: Anchors) -> list[Quantity]:
    """Return every figure in the text outside the spans already taken by dates and durations."""
    hits = _vote_sides(text, sorted(_hits(text, taken, anchors), key=lambda h: h.start))
    quantities = []
    for n, hit in enumerate(hits, start=1):
        if _per_scale(text, hit):
            continue  # '5 parts per billion' is a unit, not a billion of anything
        unit, unit_span = _unit_after(text, hit) if hit.unit is None else (hit.unit, None)
        named_currency = unit_span is not None and unit_span.text.lower() in CURRENCY_WORDS
        kind, value, interval = (
            QuantityKind.MONEY if named_currency else hit.kind,
            hit.value,
            hit.interval,
        )
        hundredth = _hundredth(text, unit_span) if hit.kind is QuantityKind.COUNT else None
        if hundredth is not None and unit_span and ON_THE_WHOLE.match(text, unit_span.end):
            kind, unit = QuantityKind.PERCENT, "%"  # '50 cents on the dollar' is 50%
        elif hundredth is not None:
            kind, unit = hundredth
            value, interval = value / 100, scale(interval, 0.01)
        elif hit.kind is QuantityKind.COUNT and _percentage_points(text, hit, unit_span):
            kind, unit = QuantityKind.PERCENT_POINTS, "percentage points"
        elif hit.kind is QuantityKind.FRACTION and (point := OF_A_POINT.match(text, hit.end)):
            point_span = Span(start=point.start(), end=point.end(), text=point.group())
            if _percentage_points(text, hit, point_span, "point"):  # 'nine tenths of a point'
                kind, unit = QuantityKind.PERCENT_POINTS, "percentage points"
        quantities.append(
            Quantity(
                id=f"Q{n}",
                span=Span(start=hit.start, end=hit.end, text=text[hit.start : hit.end]),
                value=value,
                interval=interval,
                kind=kind,
                qualifier=hit.qualifier,
                unit=unit,
                unit_span=unit_span,
            )
        )
    return _ranges_of_two(text, quantities)


def _bare_before_percent(text: str, a: Quantity, q: Quantity) -> bool:
    """Tell whether a bare count is the first end of a range of percentages said in words, as
    '30 to 40%' is in digits: 'cut costs by thirty to forty percent'."""
    bare = a.kind is QuantityKind.COUNT and a.unit is None and q.kind is QuantityKind.PERCENT
    joined = RANGE_TO.fullmatch(text, a.span.end, q.span.start) is not None
    return bare and joined and 0 <= a.value < q.value and q.qualifier is None


def _scale_shared(first: Quantity, last: Quantity) -> float:
    """Return the scale the last end of a range gives its first when the first writes none:
    1e9 for '$2.1 to $2.2 billion', 1 for '$500 million to $1.2 billion' and '5 to 7'."""
    written = SCALE_AT_END.search(last.span.text)
    if written is None or SCALE_AT_END.search(first.span.text):
        return 1.0
    factor = SCALES[written.group(1).lower()]
    return factor if first.value * factor <= last.value else 1.0


def _ranges_of_two(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Join two figures of one unit written as a range into one: '44 mg to 50 mg', 'between
    44 mg and 50 mg', '$5-$7'; and any two after a verb of range, in either order: 'ranged
    from -18 °C to -34 °C'. 'From 44 mg to 50 mg' and 'rose 5% to 7%' stay two: a change."""
    out: list[Quantity] = []
    for q in quantities:
        a = out[-1] if out else None
        if a is not None and _bare_before_percent(text, a, q):  # 'thirty to forty percent'
            span = Span(start=a.span.start, end=q.span.end, text=text[a.span.start : q.span.end])
            interval = Interval(lo=a.value, hi=q.value)
            out[-1] = q.model_copy(update={"span": span, "value": a.value, "interval": interval})
            continue
        if a is None or a.kind is not q.kind or a.unit != q.unit or q.unit == SCORE:
            out.append(q)
            continue
        gap_start = (a.unit_span or a.span).end
        if q.span.start - gap_start > RANGE_GAP:  # no joiner is that long: read on
            out.append(q)
            continue
        before = text[max(0, a.span.start - RANGE_BEFORE_REACH) : a.span.start]
        between = BETWEEN_BEFORE.search(before)
        joiner = RANGE_AND if between else RANGE_TO
        ranged = RANGED_FROM.search(before) is not None
        joined = joiner.fullmatch(text, gap_start, q.span.start)
        if joined is None or not (ranged or a.unit is not None):
            out.append(q)
            continue
        changed = FROM_OR_CHANGE.search(before) or (not between and CHANGED_THING.search(before))
        if not ranged and (changed or a.value > q.value):
            out.append(q)
            continue
        start = a.span.start - len(before) + between.start() if between else a.span.start
        span = Span(start=start, end=q.span.end, text=text[start : q.span.end])
        low = a.value * _scale_shared(a, q)  # '$2.1 to $2.2 billion' is billions at both ends
        lo, hi = sorted((low, q.value))  # the ends as written, as '44 to 50 mg' is read
        out[-1] = q.model_copy(
            update={"span": span, "value": lo, "interval": Interval(lo=lo, hi=hi)}
        )
    if len(out) == len(quantities):
        return out  # nothing joined: the numbering stands
    return [q.model_copy(update={"id": f"Q{n}"}) for n, q in enumerate(out, start=1)]


def _percentage_points(
    text: str, hit: _Hit, unit_span: Span | None, unit: str | None = None
) -> bool:
    """Tell whether 'points' are percentage points: a change by them ('fell 0.6 points',
    'up by 4 points', 'a 3-point gain', '3 points above') in a sentence that gives a
    percentage ('to 18.4%') or a margin. 'Scored 20 points' and 'up 300 points' on an index
    stay counts. `unit` is the unit word when the span holds more words ('of a point')."""
    if unit_span is None or (unit or unit_span.text.lower()) not in POINTS:
        return False
    changed = CHANGED_BY.search(text, max(0, hit.start - 30), hit.start)
    compared = CHANGE_NOUN.match(text, unit_span.end) or POINTS_APART.match(text, unit_span.end)
    if not changed and not compared:
        return False
    lo, hi = max(0, hit.start - POINTS_REACH), unit_span.end + POINTS_REACH
    before, after = text[lo : hit.start], text[unit_span.end : hi]
    before = re.split(r"[.!?]\s", before)[-1]
    after = re.split(r"[.!?]\s", after)[0]
    return bool(PERCENT_WORD.search(before) or PERCENT_WORD.search(after))


def _hundredth(text: str, unit_span: Span | None) -> tuple[QuantityKind, str] | None:
    """Return the kind and unit of a figure counted in hundredths: '45 cents', '150 bps'."""
    if unit_span is None or (found := HUNDREDTHS.get(unit_span.text.lower())) is None:
        return None
    kind, unit, then = found
    following = text[unit_span.end : unit_span.end + len(then) + 1].lower().lstrip()
    if not following.startswith(then):
        return None  # 'basis' alone is not 'basis points'
    return kind, unit


def number_starts(anchors: Anchors) -> list[int]:
    """Return every place a figure can begin: a digit, a currency sign or a number word.

    Also "a" and "half a" before "hundred" or "dozen", and "US" before "$".
    """
    starts = [start for start, _ in anchors.digit_runs]
    starts += [s - 1 for s, _ in anchors.digit_runs if anchors.text[s - 1 : s] == "."]  # ".5"
    starts += [start - back for start, _ in anchors.digit_runs for back in (3, 4)]  # "USD 5"
    starts += [at - back for at in anchors.currency_signs for back in (0, 2)]
    starts += [start for start, _ in anchors.words(CARDINALS)]
    starts += [start for start, _ in anchors.words([POINT])]  # 'point oh five'
    starts += [
        start - back
        for start, _ in anchors.words([*_SCALE_WORDS, DOZEN, *GROUPS])
        for back in (2, 7)  # "a hundred", "half a dozen", "a couple of"
    ]
    return starts


def ordinal_starts(anchors: Anchors) -> list[int]:
    """Return every place an ordinal can begin: an ordinal word, or digits before "st" ("21st")."""
    text = anchors.text
    words = [start for start, _ in anchors.words([*ORDINALS, *TENS_ORDINALS, *TENS])]
    return words + [s for s, e in anchors.digit_runs if text[e : e + 2].lower() in _SUFFIXES]


def _hits(text: str, occupied: Occupied, anchors: Anchors) -> Iterator[_Hit]:
    numbers = number_starts(anchors)
    for hit in [*_phrase_hits(text, anchors, numbers), *_number_hits(text, numbers)]:
        if occupied.overlaps(hit.start, hit.end) or _pronoun_one(text, hit):
            continue
        if not _inside_token(text, hit):
            occupied.add(hit.start, hit.end)
            yield hit
    vague_heads = anchors.words({phrase.split()[0] for phrase in VAGUE})
    for m in matches_at(VAGUE_RE, text, (start for start, _ in vague_heads)):
        if not occupied.overlaps(m.start(), m.end()):
            value, lo, hi = VAGUE[m.group(1).lower()]
            yield _Hit(
                m.start(),
                m.start() + len(m.group(1)),
                value,
                Interval(lo=lo, hi=hi, hi_open=True),
                QuantityKind.VAGUE,
                None,
                None,
            )
    for m in matches_at(ORDINAL_RE, text, ordinal_starts(anchors)):
        if PER_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue
        if not occupied.overlaps(m.start(), m.end()):
            occupied.add(m.start(), m.end())  # read: '21st' is no code left unread
            value = float(ORDINAL_VALUES.get(m.group(0).lower()) or int(m.group(0)[:-2]))
            yield _Hit(
                m.start(), m.end(), value, Interval.point(value), QuantityKind.ORDINAL, None, None
            )


def _phrase_hits(text: str, anchors: Anchors, numbers: list[int]) -> Iterator[_Hit]:
    """Read 'between 10 and 15', 'five or six', 'one in five', 'doubled' and 'half',
    fractions and scientific notation before single numbers."""
    yield from _fraction_hits(text, anchors, numbers)
    for m in matches_at(DOLLARS_AND_CENTS, text, numbers):  # 'three dollars and five cents'
        dollars, cents = _plain_value(m["dollars"]), _plain_value(m["cents"])
        if dollars is not None and cents is not None and cents < 100:
            value = dollars + cents / 100
            yield _Hit(
                m.start(), m.end(), value, Interval.point(value), QuantityKind.MONEY, None, "USD"
            )
    for m in matches_at(SCIENTIFIC_RE, text, numbers):
        if (power := _power(m)) is None:
            continue
        mantissa = m.group("mantissa")
        value, step = float(mantissa) * power, rounding_step(mantissa) * power
        start = m.start()
        if sign := SIGN_BEFORE.search(text, max(0, start - SIGN_REACH), start):  # '-1e-3'
            value, start = -value, sign.start()
        interval = interval_for(value, None, step)
        yield _Hit(start, m.end(), value, interval, QuantityKind.COUNT, None, None)
    for m in matches_at(PLUS_MINUS_RE, text, numbers):
        mid, margin = float(m.group("mid")), float(m.group("margin"))
        interval = Interval(lo=mid - margin, hi=mid + margin)
        yield _Hit(m.start(), m.end(), mid, interval, QuantityKind.COUNT, None, None)
    for m in matches_at(FEET_INCHES_RE, text, numbers):
        inches = 12 * int(m["feet"]) + float(m["inches"])
        step = rounding_step(m["inches"])
        interval = interval_for(inches, None, step)
        yield _Hit(m.start(), m.end(), inches, interval, QuantityKind.COUNT, None, INCHES)
    for m in matches_at(POWER_RE, text, numbers):  # exact: '10^6' is a million, '2^10' 1024
        if (power := _power(m)) is not None:
            yield _Hit(
                m.start(), m.end(), power, Interval.point(power), QuantityKind.COUNT, None, None
            )
    for m in matches_at(SPOKEN_POWER_RE, text, numbers):
        if abs(exponent := int(m["of"] or m["nth"])) <= MAX_POWER_OF_TEN:
            value = 10.0**exponent
            yield _Hit(
                m.start(), m.end(), value, Interval.point(value), QuantityKind.COUNT, None, None
            )
    for m in matches_at(PER_RANGE_RE, text, numbers):  # "$20 per share to $35 per share"
        low, high = float(plain_digits(m.group("lo"))), float(plain_digits(m.group("hi")))
        if low <= high:
            unit = CURRENCIES[m.group("cur").upper()]
            yield _Hit(
                m.start(), m.end(), low, Interval(lo=low, hi=high), QuantityKind.MONEY, None, unit
            )
    betweens = matches_at(BETWEEN_RE, text, (start for start, _ in anchors.words([BETWEEN])))
    yield from _count_ranges(betweens, lambda lo, hi: lo <= hi)
    ors = matches_at(OR_RANGE_RE, text, numbers)
    yield from _count_ranges(ors, lambda lo, hi: 1 <= lo < hi <= 2 * lo)
    for m in matches_at(ONE_IN_RE, text, numbers):
        part, whole = _plain_value(m.group("part")), _plain_value(m.group("whole"))
        if part is not None and whole and part <= whole:
            yield _Hit(
                m.start(),
                m.end(),
                part / whole,
                Interval.point(part / whole),
                QuantityKind.FRACTION,
                None,
                SHARE,
            )
    for m in matches_at(MULTIPLE_RE, text, (start for start, _ in anchors.words(MULTIPLES))):
        if _half_of_a_year(text, m):
            continue
        kind, value = MULTIPLES[m.group(0).lower()]
        if m.group(0).lower() == "halves" and not HALVES_WHAT.match(text, m.end()):
            continue  # 'the two halves of the game'
        if kind is QuantityKind.FRACTION:  # 'more than half'
            yield _fraction_hit(text, m, value, DENOMINATORS["half"])
            continue
        yield _Hit(m.start(), m.end(), value, Interval.point(value), kind, None, "times")


# 'the first half', 'a very good half', 'in the half': half of a year or a game, no share.
HALF_OF_A_PERIOD = re.compile(
    r"\b(?:the|first|second|this|that|last|next|good|strong|weak|tough|difficult)\s+$",
    re.IGNORECASE,
)


def _half_of_a_year(text: str, m: re.Match[str]) -> bool:
    """Tell whether 'half' names a period ('a very good half') rather than a share."""
    if m.group(0).lower() != "half" or re.match(r"\s+(?:of|the|a|an)\b", text[m.end() :]):
        return False
    return HALF_OF_A_PERIOD.search(text, max(0, m.start() - 12), m.start()) is not None


def _count_ranges(
    matches: Iterable[re.Match[str]], fits: Callable[[float, float], bool]
) -> Iterator[_Hit]:
    """Yield a count from 'lo' to 'hi' for each match whose two ends fit: 'between 10 and
    15', 'five or six'; a scale after the last end is of both."""
    for m in matches:
        lo, hi = _plain_value(m.group("lo")), _plain_value(m.group("hi"))
        if lo is not None and hi is not None and (scale := m.groupdict().get("scale")):
            lo, hi = lo * SCALES[scale.lower()], hi * SCALES[scale.lower()]
        if lo is not None and hi is not None and fits(lo, hi):
            yield _Hit(
                m.start(), m.end(), lo, Interval(lo=lo, hi=hi), QuantityKind.COUNT, None, None
            )


def _fraction_hits(text: str, anchors: Anchors, numbers: list[int]) -> Iterator[_Hit]:
    """Read 'two-thirds', 'a third of', 'three quarters of', '1/25' and '3 1/4', exactly."""
    articles = [start - back for start, _ in anchors.words(DENOMINATORS) for back in (2, 3)]
    for m in matches_at(WORD_FRACTION_RE, text, [*numbers, *articles]):
        num = m.group("num").lower()
        numerator = 1 if num in ("a", "an") else CARDINALS.index(num)
        den = (m.group("den") or m.group("den_of") or m.group("plural") or m["den_does"]).lower()
        yield _fraction_hit(text, m, numerator / DENOMINATORS[den], DENOMINATORS[den])
    dens = anchors.words(DENOMINATORS)
    by = {
        m.start(): m for s, e in dens for m in BY_FRACTION_RE.finditer(text, max(0, s - 30), e + 1)
    }
    for m in by.values():
        denominator = DENOMINATORS[m.group("den").lower()]
        qualifier = (m.group("qual") or m.group("by_qual") or "").lower() or None
        start = m.start("qual") if m.group("qual") else m.start("num")
        value = 1 / denominator
        interval = _fraction_interval(value, qualifier, denominator)
        yield _Hit(start, m.end(), value, interval, QuantityKind.FRACTION, qualifier, SHARE)
    if any(ch in text for ch in VULGAR):  # rare: the text is searched only when it has one
        for m in VULGAR_RE.finditer(text):
            part = unicodedata.numeric(m.group("part"))
            value = int(m.group("whole") or 0) + part
            share = not m.group("whole") and re.match(r"\s+of\b", text[m.end() : m.end() + 4])
            kind = QuantityKind.FRACTION if share else QuantityKind.COUNT  # '½ cup' is an amount
            yield _Hit(m.start(), m.end(), value, Interval.point(value), kind, None, None)
    for m in matches_at(DIGIT_FRACTION_RE, text, numbers):
        numerator, denominator = int(m.group("num")), int(m.group("den"))
        if not 0 < numerator < denominator:  # '24/7' is a schedule, '3/2' rare: not read
            continue
        value = int(m.group("whole") or 0) + numerator / denominator
        kind = QuantityKind.COUNT if m.group("whole") else QuantityKind.FRACTION
        yield _Hit(m.start(), m.end(), value, Interval.point(value), kind, None, None)


def _fraction_hit(text: str, m: re.Match[str], value: float, denominator: int) -> _Hit:
    """Return a share written as a fraction in words, with the qualifier before it ('more
    than nine-tenths', 'not more than half')."""
    qual = qualifier_before(text, m.start())
    qualifier = qualifier_read(text, qual)
    start = _qualified_start(text, qual, qualifier, m.start())  # 'not more than half'
    qualifier = qualifier.lower() if qualifier else None
    interval = _fraction_interval(value, qualifier, denominator)
    return _Hit(start, m.end(), value, interval, QuantityKind.FRACTION, qualifier, SHARE)


def _fraction_interval(value: float, qualifier: str | None, denominator: int) -> Interval:
    """Return the shares a fraction in words covers: itself, or what its qualifier makes of
    it. A lower bound reaches halfway to the next fraction of its denominator, as 'more
    than 350,000' stops short of 360,000 ('more than nine-tenths' holds 93%, 'more than a
    quarter' stops short of 37.5%); 'about' is within APPROX of it."""
    if qualifier is None:
        return Interval.point(value)
    lower = qualifier_kind(qualifier) in ("above", "at_least")
    return interval_for(value, qualifier, 1 / (2 * denominator) if lower else 0.0)


def _power(m: re.Match[str]) -> float | None:
    """Return the power written: of ten ('e-3', '×10^23', '×10−4', '10²³') or of another base
    ('×2^10', '2^10'); None past what a float holds, or of a base below 2."""
    base = int(m["base"]) if m["base"] else 10
    # POWER_RE has no 'e' group: only SCIENTIFIC_RE writes a power as 'e-3'
    written = m["exp"] if m["base"] else m.groupdict().get("e") or m["ten"]
    exponent = int(written.translate(_PLAIN_EXPONENT).lstrip("^ "))
    if base < 2 or abs(exponent * math.log10(base)) > MAX_POWER_OF_TEN:
        return None
    return float(base) ** exponent


def _plain_value(written: str) -> float | None:
    if written[0].isdigit():
        return float(plain_digits(written))
    return _words_value(written)


def _number_hits(text: str, starts: list[int]) -> Iterator[_Hit]:
    pattern = WIKITEXT_NUMBER_RE if is_wikitext(text) else NUMBER_RE
    for m in matches_at(pattern, text, starts):
        score = m.group("range_hi") is not None and SCORE_AFTER.match(text, m.end()) is not None
        vote = m.group("range_hi") is not None and _a_vote(text, m.start(), m.end())
        hit = None if score or vote else _hit_from_match(m, text)
        if hit is not None:
            yield hit
        elif m.group("words"):  # 'aged seven and nine': two figures, not one
            yield from _listed_words(pattern, text, m)
        elif m.group("range_hi"):  # '52 to 48' is two figures, and so is 'a 1-2 defeat'
            for end in ("range_lo", "range_hi"):
                single = SINGLE_NUMBER_RE.match(text, m.start(end))
                if single is not None and (hit := _hit_from_match(single, text)) is not None:
                    yield dataclasses.replace(hit, unit=SCORE) if score else hit


def _listed_words(pattern: re.Pattern[str], text: str, m: re.Match[str]) -> Iterator[_Hit]:
    """Read number words that make no one number as the figures they list, each as long as
    it reads: 'seven and nine', 'two & three', 'a million, two hundred'."""
    bounds = [(m.start(), m.start())]
    bounds += [j.span() for j in WORDS_JOINER.finditer(text, m.start("words"), m.end("words"))]
    i = 0
    while i < len(bounds):
        start = bounds[i][1]
        for j in range(len(bounds), i, -1):  # the longest first
            endpos = bounds[j][0] if j < len(bounds) else len(text)
            part = pattern.match(text, start, endpos)
            if part is not None and part.group("words") and (hit := _hit_from_match(part, text)):
                yield hit
                i = j
                break
        else:
            i += 1


def _a_vote(text: str, start: int, end: int) -> bool:
    """Tell whether the figures from start to end are the two sides of a vote."""
    before = VOTE_BEFORE.search(text, max(0, start - VOTE_REACH), start)
    after = AFTER_VOTE.match(text, end) is not None
    return (after and before is not None) or VOTE_AFTER.match(text, end) is not None


def _called_aloud(text: str, ayes: _Hit, nays: _Hit) -> bool:
    """Tell whether two counts are the sides of a vote called aloud: 'in favor' before the
    first, 'opposed' between the two ('All in favor? That's six. Opposed? One.')."""
    return (
        _called_for(text, ayes) and AGAINST_BETWEEN.match(text[ayes.end : nays.start]) is not None
    )


def _called_for(text: str, ayes: _Hit) -> bool:
    """Tell whether a count follows the call for the ayes: 'All in favor? Six.'."""
    return FOR_BEFORE.search(text, max(0, ayes.start - FOR_REACH), ayes.start) is not None


def _vote_sides(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Give two bare counts written as the sides of a vote the unit of their side: 'carried
    five to two', 'voted 2-5 against' (a range of a vote is read as two figures), 'in favor?
    Six. Opposed? One.'; and no one against a side called aloud, or written 'to nothing',
    its count of none ('in favor? Six. Opposed? None.', 'unanimous, seven to nothing')."""
    out = list(hits)
    for i, (a, b) in enumerate(zip(hits, hits[1:], strict=False)):
        if a.kind is not QuantityKind.COUNT or b.kind is not QuantityKind.COUNT:
            continue
        if a.unit is not None:
            continue
        written = VOTE_SIDES.match(text[a.end : b.start]) and _a_vote(text, a.start, b.end)
        if written or _called_aloud(text, a, b):
            more, fewer = (i, i + 1) if a.value >= b.value else (i + 1, i)
            out[more] = dataclasses.replace(hits[more], unit=MAJORITY)
            out[fewer] = dataclasses.replace(hits[fewer], unit=MINORITY)
    for i, ayes in enumerate(hits):  # 'All in favor? Six. Opposed? None.' is six to none
        if ayes.kind is not QuantityKind.COUNT or ayes.unit:
            continue
        if (nays := NONE_AGAINST.match(text, ayes.end)) is not None:
            if not _called_for(text, ayes):
                continue
        elif (nays := TO_NONE.match(text, ayes.end)) is None:
            continue
        elif not _a_vote(text, ayes.start, nays.end()):
            continue  # 'It's unanimous, seven to nothing.'; not 'from seven to none'

        out[i] = dataclasses.replace(ayes, unit=MINORITY if ayes.value == 0 else MAJORITY)
        start, end = nays.span("none")
        none = _Hit(start, end, 0.0, Interval.point(0.0), QuantityKind.COUNT, None, MINORITY)
        out.append(none)
    return sorted(out, key=lambda h: h.start)


def or_more(bound: re.Match[str]) -> str:
    """Return the qualifier a bound written after a figure stands for ('or more', 'or
    fewer')."""
    return "at least" if bound.group("least") else "at most"


def qualifier_before(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """Return the qualifier written just before position start ('more than ', 'about '). Given
    the figure's end, 'up to' or 'down to' with a figure it came 'from' after it is a level
    reached, not a bound: 'ride time is up to thirty-four minutes from twenty-nine'."""
    qual = QUALIFIER_BEFORE.search(text, max(0, start - QUALIFIER_REACH), start)
    moved = qual is not None and end is not None and qual.group("qual").lower() in MOVED_TO
    if moved and end is not None and CAME_FROM.match(text, end) is not None:
        return None
    return qual


def qualifier_read(text: str, qual: re.Match[str] | None) -> str | None:
    """Return a qualifier as read: its words, or 'not …' when its clause denies a bound
    ('not more than 75%', 'may not cover more than 75%' are at most 75%)."""
    if qual is None:
        return None
    denial = DENIAL_BEFORE.search(text, max(0, qual.start() - DENIAL_REACH), qual.start())
    return denied(qual.group("qual")) if denial else qual.group("qual")


def _hit_from_match(m: re.Match[str], text: str) -> _Hit | None:
    core_start = m.start("cur") if m.group("cur") else _num_start(m)
    # the sign of a range is its first end's: '-78-0 degrees' runs from -78 to 0
    sign = SIGN_BEFORE.search(text, max(0, core_start - SIGN_REACH), core_start)
    if sign is not None:
        core_start = sign.start()
    qual = qualifier_before(text, core_start, m.end())
    qualifier = qualifier_read(text, qual)
    written = m.group("digits") or m.group("range_lo")
    if written is not None:
        value = float(plain_digits(written))
        step = rounding_step(written)
    else:
        from_words = _words_value(m.group("words"))
        if from_words is None:
            return None
        value, step = from_words, _words_step(m.group("words"))
    # '1.2M' is a scale after decimals, or before a plural noun ('4M shares'): '3M' and '5B'
    # alone are names as often as figures.
    scale = m.group("scale") or m.group("letter") or m.group("kilo")
    scale = scale or m.group("decimal_letter") or m.group("counted_letter")
    scale = scale or ""
    factor = SCALES.get(scale.lower(), 1.0) / (100 if m["cents"] or m["pence"] else 1)
    value, step = value * factor, step * factor
    if sign is not None:
        value = -value
    kind, unit = _kind_and_unit(m)
    if m.group("times") and _occasions(text, core_start, m.end(), value):
        kind = QuantityKind.COUNT  # 'arrested three times', 'flew 72 times, instead of five'
    end = m.end()
    suffix = (
        SUFFIX_QUALIFIER.match(text, end) if qualifier is None and not m.group("range_hi") else None
    )
    if suffix is not None:  # '1,000-plus', '10+', '500-odd'
        qualifier = "about" if suffix.group(0).endswith("odd") else "more than"
        end = suffix.end()
    elif qualifier is None and not m.group("range_hi") and (bound := OR_MORE.match(text, end)):
        qualifier = or_more(bound)  # '10 or more', '65 or older', 'five or fewer'
        end = bound.end()
    if m.group("range_hi"):
        hi = float(plain_digits(m.group("range_hi"))) * factor
        if hi < value:
            return None
        interval = Interval(lo=value, hi=hi)
    else:
        interval = interval_for(value, qualifier, step)
    start = _qualified_start(text, qual, qualifier, core_start)
    return _Hit(start, end, value, interval, kind, qualifier.lower() if qualifier else None, unit)


def _qualified_start(
    text: str, qual: re.Match[str] | None, qualifier: str | None, start: int
) -> int:
    """Return where a figure's span starts: at its qualifier, and at the 'not' of 'not more
    than 75 percent' when its denial turned the qualifier over."""
    if qual is None:
        return start
    start = qual.start("qual")
    turned = qualifier != qual.group("qual")
    if turned and (adjacent := NOT_BEFORE.search(text, max(0, start - DENIAL_REACH), start)):
        start = adjacent.start()
    return start


def _occasions(text: str, start: int, end: int, value: float) -> bool:
    """Tell whether 'N times' counts occasions ('he was arrested three times.', 'flew 72 times
    instead of five', 'three times a week') rather than multiplying ('three times larger',
    'three times the size', 'rose 10 times'); a decimal always multiplies ('leverage ended
    at 2.9 times.')."""
    if not value.is_integer() or CHANGED_AT_TIMES.search(text, max(0, start - 30), start):
        return False
    return OCCASIONS_AFTER.match(text, end) is not None


def _num_start(m: re.Match[str]) -> int:
    return min(m.start(g) for g in ("range_lo", "digits", "words") if m.group(g) is not None)


def _kind_and_unit(m: re.Match[str]) -> tuple[QuantityKind, str | None]:
    if m.group("cur"):
        return QuantityKind.MONEY, CURRENCIES[m.group("cur").upper()]
    if m.group("cents"):  # '50¢' is $0.50
        return QuantityKind.MONEY, "USD"
    if m.group("pence"):  # '12p' is £0.12
        return QuantityKind.MONEY, "GBP"
    pct = (m.group("pct") or "").lower()
    if "percentage" in pct or pct == "pp":  # 'five extra percentage points' too
        return QuantityKind.PERCENT_POINTS, "percentage points"
    if pct or m.group("pc"):  # '4.2pc', as British news writes it
        return QuantityKind.PERCENT, "%"
    if m.group("times") or m.group("x") or m.group("fold"):
        return QuantityKind.MULTIPLIER, "times"
    return QuantityKind.COUNT, None


# Endings that change the number before them.
WORD_ENDINGS: dict[str, Callable[[float], float]] = {
    " and a half": lambda whole: whole + 0.5,
    " dozen": lambda whole: whole * 12,
}


def _spoken(words: str) -> str:
    """Return a figure in words as one lower-case phrase: 'Two-and-a-half' → 'two and a half'."""
    spaced = words.lower().replace("-", " ").replace(",", " ").replace("&", "and")
    spaced = f"zero {spaced}" if spaced.startswith("point ") else spaced  # 'point five'
    return " ".join(spaced.split())


def _words_value(words: str) -> float | None:
    phrase = _spoken(words)
    whole, point, decimals = phrase.partition(" point ")
    if point:
        whole_value = _words_value(whole)
        digits = "".join(str(_DIGIT_VALUES[d]) for d in decimals.split())
        return None if whole_value is None else float(f"{whole_value:.0f}.{digits}")
    if phrase in {"a dozen", "half a dozen", "a half dozen"}:
        return 12.0 if phrase == "a dozen" else 6.0
    if phrase.startswith("half a "):  # 'half a million'
        full = _words_value(f"one {phrase.removeprefix('half a ')}")
        return None if full is None else full / 2
    if phrase.startswith("a ") and phrase[2:] in GROUPS:
        return GROUPS[phrase[2:]]
    for ending, change in WORD_ENDINGS.items():  # "six and a half", "two dozen"
        if phrase.endswith(ending) and phrase != ending.strip():
            base = _words_value(phrase.removesuffix(ending))
            return None if base is None else change(base)
    phrase = re.sub(r"^(a|one) (hundred|thousand|million|billion)", r"one \2", phrase)
    try:
        return float(text2num(phrase, "en"))
    except ValueError:
        return None


def _words_step(words: str) -> float:
    """Return the rounding step of a figure in words: 1, or 0.1 for 'four point eight'."""
    _, point, decimals = _spoken(words).partition(" point ")
    if point:
        return 10.0 ** -len(decimals.split())
    return 0.5 if _spoken(words).endswith(" and a half") else 1.0


def _unit_after(text: str, hit: _Hit) -> tuple[str | None, Span | None]:
    """Return the noun the figure counts: '350,000 soldiers', '13,387 Ukrainian “mercenaries”';
    the first of two figures paired by a slash counts what the second does ('100/20 Mbps')."""
    pos = hit.end
    if (pair := SLASHED.match(text, pos)) is not None and pair.end() < len(text):
        pos = pair.end()
    if (degrees := DEGREES_RE.match(text, pos)) is not None:
        written = degrees.group("unit")
        span = Span(start=degrees.start("unit"), end=degrees.end("unit"), text=written)
        return written.replace(" ", ""), span
    glued = text[pos : pos + 1].isalpha()  # '5km', '30C': a symbol the reader let through
    for _ in range(3):
        m = UNIT_RE.match(text, pos)
        if m is None:
            return None, None
        word = m.group("unit")
        span = Span(start=m.start("unit"), end=m.end("unit"), text=word)
        if word.lower() in CURRENCY_WORDS:
            return CURRENCY_WORDS[word.lower()], span
        if word in SYMBOLS or glued:  # '4 GB', '230 V', '5km'
            return word.lower(), span
        if word.lower() == "the" and pos == hit.end:
            return None, None  # 'of the 9,800 the household used': 'the' starts a clause
        if _SKIPPABLE.match(word):  # '5 of the soldiers': read on to the noun
            pos = m.end()
            continue
        if word.lower().split("-")[0] in NOT_UNITS:  # 'and-a-half' is no noun either
            return None, None  # '188 is', '15 in 2021', '40 out of': no noun follows
        return word.lower(), span
    return None, None


def _per_scale(text: str, hit: _Hit) -> bool:
    """Tell whether a scale word alone is what a rate is per: 'parts per billion', 'deaths per
    100,000' is read, 'per thousand' is not."""
    if text[hit.start : hit.end].lower() not in SCALES:
        return False
    return PER_BEFORE.search(text, max(0, hit.start - 5), hit.start) is not None


def _pronoun_one(text: str, hit: _Hit) -> bool:
    """Tell whether 'one' stands for a noun, not a count: 'each one of these passes', 'no
    one was hurt' (a count of none, which the statements read from the parse), 'a covered
    business is one that buys'."""
    if text[hit.start : hit.end].lower() != "one":
        return False
    before = PRONOUN_ONE.search(text, max(0, hit.start - 8), hit.start)
    return before is not None or ONE_THAT.match(text, hit.end) is not None


def _named_number(text: str, hit: _Hit) -> bool:
    """Tell whether a number word is part of a name: 'BBC One', 'Formula One'."""
    written = text[hit.start : hit.end]
    if not (written[:1].isupper() and written.isalpha()):
        return False
    before = NAME_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    return before is not None and NAME_AFTER.match(text, hit.end) is not None


def _inside_token(text: str, hit: _Hit) -> bool:
    """Tell whether the digits are part of a name or code such as 'A-50U' or 'COVID-19'.

    A unit symbol glued to the figure ('5km', '0.5mg') is not."""
    if _named_number(text, hit):
        return True
    if DOTTED_NAME.match(text, hit.end) and text[hit.end - 1].isalpha():
        return True  # 'One.Tel', a name written with a dot
    before = text[hit.start - 1] if hit.start > 0 else " "
    after = text[hit.end] if hit.end < len(text) else " "
    coded = before == "-" and hit.start > 1 and text[hit.start - 2].isalpha()
    if before.isalpha() or coded and not CURRENCY_SIGN.match(text, hit.start):
        return True  # 'COVID-19', but not the '$55K' of '$37K-$55K'
    if "^" in (before, after):  # 'm^2' is a unit; '10^400' a power too large to read
        return True
    if SPACED_CODE.search(text, max(0, hit.start - 10), hit.start):  # WikiText's 'M - 188'
        return True
    if not after.isalnum() or text[hit.end - 1].isalpha():  # 'five', '4M', not 'about 5G'
        return False
    return GLUED.match(text, hit.end) is None
