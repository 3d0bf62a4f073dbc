"""Compare a text with its sources: its values, names and quotations against theirs.

One entry point, `compare()`. Each value of the text is matched with the source values of
the same kind (match.py), each name and code is looked up in the sources' vocabulary
(names.py), and each quotation is looked for word for word (quotations.py).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from claimcheck.compare.match import Candidate, match
from claimcheck.compare.names import Vocabulary, unmentioned
from claimcheck.compare.quotations import Words, match_quotes, terms
from claimcheck.compare.values import Value, not_compared, values
from claimcheck.extract.ask import Chooser
from claimcheck.extract.layout import locator, sentences
from claimcheck.extract.links import context
from claimcheck.models import Reading, SourceMatch, Span
from claimcheck.normalize import read
from claimcheck.statements.propose import Parsed
from claimcheck.statements.roles import parsed as parsed_text
from claimcheck.statements.roles import role

__all__ = ["compare", "not_compared", "terms"]

# How much source text is kept read and indexed for the next text checked against it, in
# characters of the sources (the index of a source takes a few times its own size).
SOURCE_CHARS_KEPT = 16_000_000


def compare(
    document: str,
    reading: Reading,
    parsed: Parsed,
    quotes: Sequence[Span],
    sources: Sequence[str],
    published: date | None,
    chooser: Chooser,
    dayfirst: bool | None = None,
    locale: str | None = None,
) -> list[SourceMatch]:
    """Say what the sources say of each value, name and quotation of the text."""
    if not sources:
        return []
    indexed = _KEPT.get((tuple(sources), published, dayfirst, locale))
    readers = [
        Chooser(
            chooser.llm, s, window=chooser.window, failures=chooser.failures, wanted=chooser.wanted
        )
        for s in sources
    ]

    def arbiter(v: Value, candidates: list[Candidate]) -> int | None:
        source = candidates[0].source
        options = [f'"{context(c.value.span, sources[c.source])}"' for c in candidates]
        return readers[source].choose(
            f"source:{v.span.start}",
            f'A text based on this document says "{context(v.span, document)}". Which passage '
            "of the document states the same fact?",
            options,
            ("CC701",),
            near=[c.value.span for c in candidates],
        )

    sentence_of = locator(sentences(document))
    found = [
        (sentence_of(v.span.start).index, v) for v in _with_roles(values(reading, document), parsed)
    ]
    by_sentence: dict[int, list[Value]] = {}
    for i, v in found:
        by_sentence.setdefault(i, []).append(v)
    matched = [
        match(v, indexed.values, arbiter, [b for b in by_sentence[i] if b is not v])
        for i, v in found
    ]
    chooser.unstable += sum(r.unstable for r in readers)
    return [
        *_one_reading_each([m for m in matched if m is not None]),
        *unmentioned(document, reading, parsed, indexed.vocabulary),
        *match_quotes(quotes, indexed.words),
    ]


def _one_reading_each(matched: list[SourceMatch]) -> list[SourceMatch]:
    """Keep one finding for a value read several ways: its supported reading when a source
    supports one ('For 2024 the company' as a year and as a count, the year in 'fiscal
    2024'; 'rose to 2,340 from 1,980' after '$100,000' as money and as a count, the count of
    customers), else a contradicted one, in a unit rather than as a bare count ('45' in
    'from 45 to 31 seconds'), else one that no source has."""
    readings: dict[tuple[int, int], list[SourceMatch]] = {}
    for m in matched:
        readings.setdefault((m.span.start, m.span.end), []).append(m)
    order = {"supported": 0, "contradicted": 1, "unsupported": 2}
    return [
        min(found, key=lambda m: (order[m.status], m.kind == "count"))
        for found in readings.values()
    ]


@dataclass(frozen=True)
class _Indexed:
    """The sources as the comparisons look them up: values, names and words of each."""

    values: list[list[Value]]
    vocabulary: Vocabulary
    words: list[Words]


# What a source index depends on: the sources, the publication date, the date order and the
# locale of numerals.
_Key = tuple[tuple[str, ...], date | None, bool | None, str | None]


class _Kept:
    """The indexes of recently used lists of sources, least recently used dropped first once
    their sources pass SOURCE_CHARS_KEPT characters; safe from several threads."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.entries: OrderedDict[_Key, _Indexed] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: _Key) -> _Indexed:
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
                return self.entries[key]
        index = _index(*key)  # outside the lock: other threads go on
        with self.lock:
            if key not in self.entries:
                self.entries[key] = index
                self.size += _chars(key[0])
            while self.size > self.limit and len(self.entries) > 1:
                dropped, _ = self.entries.popitem(last=False)
                self.size -= _chars(dropped[0])
        return index


def _chars(sources: tuple[str, ...]) -> int:
    return sum(len(s) for s in sources)


_KEPT = _Kept(SOURCE_CHARS_KEPT)


def _index(
    sources: tuple[str, ...], published: date | None, dayfirst: bool | None, locale: str | None
) -> _Indexed:
    """Read and index the sources once for all the texts checked against them (the CLI's
    several files)."""
    return _Indexed(
        [
            _with_roles(
                values(read(s, published, dayfirst, locale), s, source=True), parsed_text(s)
            )
            for s in sources
        ],
        Vocabulary(list(sources)),
        [Words.of(s) for s in sources],
    )


def _with_roles(found: list[Value], parsed: Parsed) -> list[Value]:
    """Give each value what the parse says it is a value of."""
    return [replace(v, role=role(parsed, v.span)) for v in found]
