"""Compare a text with its sources: its values, names and quotations against theirs.

One entry point, `compare()`. Each value of the text is matched with the source values of
the same kind (match.py), each name and code is looked up in the sources' vocabulary
(names.py), and each quotation is looked for word for word (quotations.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from claimcheck.compare.match import Candidate, match
from claimcheck.compare.names import Vocabulary, unmentioned
from claimcheck.compare.quotations import Words, match_quotes, terms
from claimcheck.compare.values import Value, not_compared, values
from claimcheck.extract.ask import Chooser
from claimcheck.extract.links import context
from claimcheck.models import Reading, SourceMatch, Span
from claimcheck.normalize import read
from claimcheck.statements.propose import Parsed
from claimcheck.statements.roles import parsed as parsed_text
from claimcheck.statements.roles import role

__all__ = ["compare", "not_compared", "terms"]

# How many lists of sources are kept, read and indexed, for the next text checked against them.
SOURCES_KEPT = 8


def compare(
    document: str,
    reading: Reading,
    parsed: Parsed,
    quotes: Sequence[Span],
    sources: Sequence[str],
    published: date | None,
    chooser: Chooser,
) -> list[SourceMatch]:
    """Say what the sources say of each value, name and quotation of the text."""
    if not sources:
        return []
    indexed = _indexed(tuple(sources), published)
    readers = [
        Chooser(chooser.llm, s, window=chooser.window, failures=chooser.failures) for s in sources
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

    matched = [
        match(v, indexed.values, arbiter) for v in _with_roles(values(reading, document), parsed)
    ]
    chooser.unstable += sum(r.unstable for r in readers)
    return [
        *(m for m in matched if m is not None),
        *unmentioned(document, reading, parsed, indexed.vocabulary),
        *match_quotes(quotes, indexed.words),
    ]


@dataclass(frozen=True)
class _Indexed:
    """The sources as the comparisons look them up: values, names and words of each."""

    values: list[list[Value]]
    vocabulary: Vocabulary
    words: list[Words]


@lru_cache(maxsize=SOURCES_KEPT)
def _indexed(sources: tuple[str, ...], published: date | None) -> _Indexed:
    """Read and index the sources once for all the texts checked against them (the CLI's
    several files)."""
    return _Indexed(
        [_with_roles(values(read(s, published), s, source=True), parsed_text(s)) for s in sources],
        Vocabulary(list(sources)),
        [Words.of(s) for s in sources],
    )


def _with_roles(found: list[Value], parsed: Parsed) -> list[Value]:
    """Give each value what the parse says it is a value of."""
    return [replace(v, role=role(parsed, v.span)) for v in found]
