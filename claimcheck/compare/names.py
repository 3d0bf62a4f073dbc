"""Find the names and codes of a text that no source mentions: 'Romania', 'Sam', '2D'.

Pure code. A name is a capitalised word inside a sentence (the first word of a sentence is
capitalised anyway); a code is a token mixing letters and digits ('COVID-19', '5G'). A name
is mentioned when a source has the word in any case, or a word that differs only in its
ending ('Romanian' for 'Romania', 'Chinese' for 'China'), or, for an acronym, words in a
row with those initials ('FDA' for 'Food and Drug Administration', 'CEO' for 'chief
executive officer'). Weekdays and months are compared as values.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterator

from claimcheck.compare import equivalences
from claimcheck.models import Reading, SourceMatch, Span
from claimcheck.normalize.reading import CODE_REASON
from claimcheck.normalize.units import SYMBOLS
from claimcheck.statements.propose import Parsed

# Not a part of a code such as "SARS-CoV-2": those are compared as codes.
NAME = re.compile(r"(?<![\w-])(?:(?:[A-Z]\.){2,}|[A-Z][^\W\d_]*(?:[’'-][^\W\d_]+)*)(?![\w-]*\d)")
# What may stand before the first word of a sentence, back to the end of the one before.
SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]|\n)[ \t]*$")
LOOK_BACK = 20
POSSESSIVE = re.compile(r"[’']s?$")
WORD = re.compile(r"[^\W\d_]+")
TOKEN = re.compile(r"\w(?:[\w.-]*\w)?")  # "COVID-19", "0.0A", not a final full stop
HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
# A code that is a listed form with a number after it: "FY2023", "Q2", "H1".
NUMBERED = re.compile(r"(?P<form>[a-z]+)(?P<number>\d+)")
# An acronym may mix cases ("YoY", "SaaS"), but is short.
ACRONYM = 6
# Words an acronym leaves out: "Food and Drug Administration" is "FDA".
CONNECTORS = frozenset({"of", "and", "for", "the", "a", "an", "on", "in", "to"})
# Endings that make a place into its people or language ('China', 'Chinese'), longest first.
ENDINGS = ("ians", "ese", "ian", "ans", "ish", "an", "ia", "ic", "a", "e", "i", "n", "s")
# The shortest root compared: shorter words must be written the same.
ROOT = 4
# The parser's tags for a capitalised word it reads as a common word.
GENERIC_TAGS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
CALENDAR_WORDS = frozenset(
    w.lower() for w in [*calendar.day_name, *calendar.month_name, *calendar.month_abbr] if w
)


class Vocabulary:
    """The words, acronyms and tokens of the sources, to look names and codes up in."""

    def __init__(self, sources: list[str]) -> None:
        text = "\n".join(sources)
        words = WORD.findall(text.lower())
        # "e-commerce" is also looked up as "ecommerce".
        self.words = set(words) | {h.replace("-", "") for h in HYPHENATED.findall(text.lower())}
        self.sorted_words = sorted(self.words)
        self.tokens = {_key(t) for t in TOKEN.findall(text)}
        # The first letter of every word in order, to find an acronym's words in a row.
        self.initials = "".join(w[0] for w in words if w not in CONNECTORS)
        # Every word and number in order, to look listed forms up: " second quarter ".
        self.spaced = f" {equivalences.key(text)} "
        self.lowered = text.lower()

    def knows_name(self, written: str) -> bool:
        written = POSSESSIVE.sub("", written)  # "the HOA's reserve" names the HOA
        letters = written.replace(".", "")
        capitals = sum(c.isupper() for c in letters)
        acronym = capitals == len(letters) or capitals > 1 and len(letters) <= ACRONYM
        if acronym and len(letters) > 1 and letters.lower() in self.initials:
            return True
        if self._says_another_form(written) or written.replace("-", "").lower() in self.words:
            return True
        return all(self._knows_word(w.lower()) for w in WORD.findall(written))

    def _spells(self, written: str) -> bool:
        """Tell whether a source writes the code with other punctuation: '0,0A', '0.0-A'."""
        chars = [re.escape(c) for c in _key(written)]
        if not chars:
            return True
        pattern = r"(?<![^\W_])" + r"[\W_]*".join(chars) + r"(?![^\W_])"
        return re.search(pattern, self.lowered) is not None

    def _says_another_form(self, written: str) -> bool:
        return any(f" {form} " in self.spaced for form in equivalences.forms(written))

    def _knows_word(self, word: str) -> bool:
        if word in self.words or word in CALENDAR_WORDS or len(word) == 1:
            return True
        root = _root(word)
        return len(root) >= ROOT and self._starts_a_word(root)

    def _starts_a_word(self, root: str) -> bool:
        i = bisect.bisect_left(self.sorted_words, root)
        return i < len(self.sorted_words) and self.sorted_words[i].startswith(root)

    def _spells_out(self, letters: str, number: str) -> bool:
        """Tell whether a source writes a code's letters as the initials of words in a row,
        then its number: 'CET1' as 'common equity tier 1'."""
        if len(letters) < 2 or letters not in self.initials:
            return False
        words = rf"(?:\s+(?:{'|'.join(CONNECTORS)}))*\s+".join(rf"{c}[\w-]*" for c in letters)
        return re.search(rf"\b{words}[\s-]*{number}\b", self.lowered) is not None

    def knows_code(self, written: str) -> bool:
        if _key(written) in self.tokens or self._says_another_form(written):
            return True
        if self._spells(written):
            return True
        numbered = NUMBERED.fullmatch(_key(written))  # "FY2023": "fiscal year" and "2023"
        if numbered is None:
            return False
        if self._spells_out(numbered["form"], numbered["number"]):
            return True
        if not self._says_another_form(numbered["form"]):
            return False
        number = numbered["number"]
        # "FY24" is also written with its century: "fiscal 2024".
        years = [f"{century}{number}" for century in ("19", "20")] if len(number) == 2 else []
        return any(f" {n} " in self.spaced for n in (number, *years))


def unmentioned(
    text: str, reading: Reading, parsed: Parsed, vocabulary: Vocabulary
) -> Iterator[SourceMatch]:
    """Yield each name and code of the text that the sources' vocabulary lacks, as unsupported.

    A capitalised word the parse reads as a common word ('the Marketing team', 'Speaker'),
    outside any named entity, is generic, not a name, and is not looked up."""
    for m in NAME.finditer(text):
        span = Span(start=m.start(), end=m.end(), text=m.group())
        if _starts_sentence(text, m.start()) or _generic(parsed, span) or m.group() in SYMBOLS:
            continue  # a unit symbol ('100 Mbps') is compared with its figure, not as a name
        if not vocabulary.knows_name(m.group()):
            yield _unsupported(span, "name")
    for skipped in reading.skipped:
        if skipped.reason == CODE_REASON and not vocabulary.knows_code(skipped.span.text):
            yield _unsupported(skipped.span, "code")


def _generic(parsed: Parsed, span: Span) -> bool:
    tokens = parsed.tokens(span)
    return bool(tokens) and all(t.pos_ in GENERIC_TAGS and not t.ent_type_ for t in tokens)


def _starts_sentence(text: str, start: int) -> bool:
    return SENTENCE_START.search(text[max(0, start - LOOK_BACK) : start]) is not None


def _unsupported(span: Span, kind: str) -> SourceMatch:
    return SourceMatch(span=span, kind=kind, value=span.text, status="unsupported")


def _root(word: str) -> str:
    """Return the word without its longest ending that leaves a root: 'chinese' → 'chin'."""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= ROOT:
            return word[: -len(ending)]
    return word


def _key(token: str) -> str:
    return re.sub(r"[\W_]", "", token.lower())
