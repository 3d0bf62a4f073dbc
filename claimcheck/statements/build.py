"""Build the statements of a text: parse, propose, then place each in time and credit it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract.ask import Chooser
from claimcheck.extract.claims import first_dates
from claimcheck.extract.layout import locator
from claimcheck.models import Claims, DateRef, Reading, Statement, Timing
from claimcheck.statements.parse import parse_sentences
from claimcheck.statements.propose import Parsed, aliases, propose, timings
from claimcheck.statements.subjects import resolve

DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+$")
# How far before a subject "the" or "this" is looked for: the word and its spaces.
DEFINITE_REACH = 12


@dataclass(frozen=True)
class Said:
    """A text's statements, and the events it places before, during or after others."""

    statements: tuple[Statement, ...]
    timings: tuple[Timing, ...]
    parsed: Parsed


def statements(text: str, reading: Reading, claims: Claims, chooser: Chooser) -> Said:
    """Return a statement for every figure, date and age of the text, and its timings."""
    parsed = Parsed(parse_sentences(text, claims.sentences))
    first_date = first_dates(reading.dates, locator(claims.sentences))
    parties = {f.sentence: f.sources[0].span for f in claims.figures if f.sources}
    proposed = [
        s.model_copy(
            update={
                "period": _period(s, first_date),
                "party": parties.get(s.sentence),
            }
        )
        for s in sorted(
            propose(text, reading, parsed, list(claims.sentences)), key=lambda s: s.value.start
        )
    ]
    named = _named_by_alias(proposed, aliases(parsed), text)
    resolved = tuple(resolve(named, parsed, text, chooser))
    return Said(resolved, tuple(timings(parsed, list(claims.sentences))), parsed)


def _named_by_alias(proposed: list[Statement], names: dict[str, str], text: str) -> list[Statement]:
    """Give 'the song' the name the text defined it as ('X is a song by …')."""
    out = []
    for s in proposed:
        definite = s.subject is not None and DEFINITE.search(
            text, max(0, s.subject.start - DEFINITE_REACH), s.subject.start
        )
        if definite and s.subject_key in names:
            s = s.model_copy(update={"subject_key": names[s.subject_key], "subject_from": "alias"})
        out.append(s)
    return out


def _period(statement: Statement, first_date: dict[int, DateRef]) -> DateRef | None:
    """Return the date a statement's sentence gives, unless the statement is that date."""
    found = first_date.get(statement.sentence)
    return None if found is None or found.id == statement.id else found
