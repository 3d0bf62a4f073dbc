"""Where a mention can begin: found in one pass over the text, so that each pattern is tried
only there instead of at every word. This is what keeps reading fast on long texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.normalize.words import KEYWORDS, trie

KEYWORD_RE = re.compile(rf"\b(?:{trie(KEYWORDS)})\b")
DIGIT_RUN = re.compile(r"\d+")
CURRENCY_SIGN = re.compile(r"[$€£¥₹]")
KEYWORD_SET = frozenset(KEYWORDS)


class Anchors:
    """The digit runs, currency signs and vocabulary words of one text, by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.digit_runs = [m.span() for m in DIGIT_RUN.finditer(text)]
        self.currency_signs = [m.start() for m in CURRENCY_SIGN.finditer(text)]
        self._words: dict[str, list[int]] = {}
        for m in KEYWORD_RE.finditer(_lower(text)):
            self._words.setdefault(m.group(), []).append(m.start())

    def words(self, vocabulary: Iterable[str]) -> list[tuple[int, int]]:
        """Return the spans of the vocabulary's words in the text, in text order, any case."""
        words = set(vocabulary)
        if not words <= KEYWORD_SET:
            raise ValueError(f"not among the words scanned for: {sorted(words - KEYWORD_SET)}")
        return sorted(
            (start, start + len(word)) for word in words for start in self._words.get(word, ())
        )


def _lower(text: str) -> str:
    """Lower-case the text without moving any character, so positions still fit the original."""
    lower = text.lower()
    if len(lower) == len(text):  # lower() never shortens a character, so none grew either
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
