"""Find each quotation of a text in its sources: word for word, or the closest passage.

Words are compared without case or punctuation. An ellipsis ("…", "...") or an editor's
insertion in brackets ("[the army]") may stand for words left out, so the parts around
it are looked for in order. A quotation not found word for word is unsupported, with the
source passage that reads most like it (rapidfuzz's best partial alignment) as evidence;
the checks judge whether that passage is the statement reworded (CC704) or another one
(CC705).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.models import Skipped, SourceMatch, SourceSpan, Span

WORD = re.compile(r"\w+")
# What a quotation may leave out or insert: "…", "...", "[the army]".
GAP = re.compile(r"…|\.\.\.|\[[^\]]*\]")
# Quotations shorter than this are terms ("foreign mercenaries"), not statements.
MIN_WORDS = 4


@dataclass(frozen=True)
class Words:
    """A source's words, lower-cased, with where each stands, and joined by single spaces."""

    text: str
    starts: list[int]
    ends: list[int]
    joined: str
    # Where each word begins in `joined`.
    offsets: list[int]

    @classmethod
    def of(cls, text: str) -> Words:
        matches = list(WORD.finditer(text))
        words = [m.group().lower() for m in matches]
        offsets, at = [], 0
        for w in words:
            offsets.append(at)
            at += len(w) + 1
        return cls(
            text,
            [m.start() for m in matches],
            [m.end() for m in matches],
            " ".join(words),
            offsets,
        )

    def find(self, words: list[str], after: int = 0) -> int | None:
        """Return the index of the first word of the run found at or after word `after`."""
        needle = " ".join(words)
        at = self.offsets[after] if after < len(self.offsets) else len(self.joined)
        while (pos := self.joined.find(needle, at)) >= 0:
            i = bisect.bisect_left(self.offsets, pos)
            end = pos + len(needle)
            if i < len(self.offsets) and self.offsets[i] == pos and _word_ends(self.joined, end):
                return i
            at = pos + 1
        return None

    def span(self, first: int, last: int, source: int) -> SourceSpan:
        start, end = self.starts[first], self.ends[last]
        return SourceSpan(source=source, start=start, end=end, text=self.text[start:end])


def match_quotes(quotes: Sequence[Span], sources: Sequence[Words]) -> Iterator[SourceMatch]:
    """Say, for each quotation of the text, whether and how the sources have it."""
    for quote in quotes:
        parts = _parts(quote)
        if sum(len(p) for p in parts) >= MIN_WORDS:
            yield _match(quote, parts, sources)


def terms(quotes: Sequence[Span]) -> list[Skipped]:
    """List the quoted terms too short to compare ("foreign mercenaries"), for the report."""
    reason = f"quotation of fewer than {MIN_WORDS} words: a term, not compared to sources"
    return [
        Skipped(span=q, reason=reason) for q in quotes if sum(len(p) for p in _parts(q)) < MIN_WORDS
    ]


def _parts(quote: Span) -> list[list[str]]:
    """Return the quotation's runs of words, split where words may be left out."""
    return [words for part in GAP.split(quote.text) if (words := _words(part))]


def _match(quote: Span, parts: list[list[str]], sources: Sequence[Words]) -> SourceMatch:
    for i, source in enumerate(sources):
        found = _in_order(parts, source)
        if found is not None:
            return _result(quote, "supported", source.span(*found, source=i))
    words = " ".join(w for part in parts for w in part)
    closest = [c for i, source in enumerate(sources) if (c := _closest(words, source, i))]
    best = max(closest, key=lambda c: c[0], default=None)
    return _result(quote, "unsupported", best[1] if best else None)


def _in_order(parts: list[list[str]], source: Words) -> tuple[int, int] | None:
    """Return the first and last word of the parts found one after the other, or None."""
    first, at = None, 0
    for part in parts:
        i = source.find(part, at)
        if i is None:
            return None
        first = i if first is None else first
        at = i + len(part)
    return (first, at - 1) if first is not None else None


def _closest(words: str, source: Words, index: int) -> tuple[float, SourceSpan] | None:
    """Return the passage of the source that reads most like the quotation, and its score."""
    aligned = fuzz.partial_ratio_alignment(words, source.joined)
    if aligned is None or not source.offsets or aligned.dest_end <= aligned.dest_start:
        return None
    first = max(0, bisect.bisect_right(source.offsets, aligned.dest_start) - 1)
    last = max(first, bisect.bisect_left(source.offsets, aligned.dest_end) - 1)
    return aligned.score, source.span(first, last, source=index)


def _result(quote: Span, status: str, evidence: SourceSpan | None) -> SourceMatch:
    return SourceMatch(
        span=quote,
        kind="quote",
        value=quote.text,
        status=status,  # type: ignore[arg-type]
        evidence=(evidence,) if evidence else (),
    )


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _word_ends(joined: str, end: int) -> bool:
    return end == len(joined) or joined[end] == " "
