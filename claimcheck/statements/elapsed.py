"""Times counted from an event: 'In 1995, three years after its founding' with 'founded in 1998'.

The duration's own sentence gives one date (when), and the event it counts from is dated
elsewhere in the text by a verb of the same event ('founding' is dated by 'founded'; 'the
trial' by 'the trial began'). Code reads all three; CC207 does the subtraction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.extract.layout import locator
from claimcheck.models import DateRef, Elapsed, Reading, Sentence, Span, Statement, StatementKind
from claimcheck.normalize.intervals import overlaps
from claimcheck.statements.propose import (
    Parsed,
    clause_verb,
    event_key_of,
    reference_span,
    value_root,
)
from claimcheck.statements.vocabulary import ELAPSED_CUES, STARTS, event_of_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

CUE = re.compile(r"\s+(" + "|".join(ELAPSED_CUES) + r")\b", re.IGNORECASE)


def elapsed(
    text: str,
    reading: Reading,
    parsed: Parsed,
    statements: tuple[Statement, ...],
    sentences: list[Sentence],
) -> Iterator[Elapsed]:
    """Yield each 'N years after <event>' whose event and own sentence the text both date."""
    dates = {d.id: d for d in reading.dates}
    dated = [s for s in statements if s.kind is StatementKind.DATE and s.id in dates]
    at = locator(sentences)
    for duration in reading.durations:
        cue = CUE.match(text, duration.span.end)
        if duration.amount_is_vague or cue is None:
            continue
        cue_span = Span(start=cue.start(1), end=cue.end(1), text=cue.group(1))
        prep = parsed.tokens(cue_span)
        referred = _referred(prep[0]) if prep else None
        if referred is None:
            continue
        reference = referred.reference
        sentence = at(duration.span.start).index
        verb = _verb_of(parsed, duration.span)
        own = [
            dates[s.id]
            for s in dated
            if s.sentence == sentence
            and not reference.start <= s.value.start < reference.end
            and _verb_of(parsed, s.value) == verb
        ]
        since = _one_date(
            [dates[s.id] for s in dated if _dates(s, referred) and s.sentence != sentence]
        )
        if len(own) == 1 and since is not None:
            relation = ELAPSED_CUES[cue.group(1).lower()]
            yield Elapsed(
                duration=duration,
                relation=relation,
                cue=cue_span,
                reference=reference,
                since=since,
                at=own[0],
            )


def _verb_of(parsed: Parsed, span: Span) -> int | None:
    """Return where the verb of a value's clause stands: a date of another clause ('kept
    under supervision for four months after his release, but was not monitored by July')
    is not the time the duration is counted to."""
    root = value_root(parsed.tokens(span))
    verb = clause_verb(root) if root is not None else None
    return verb.i if verb is not None else None


@dataclass(frozen=True)
class _CountedFrom:
    """The event a time is counted from: its words, the key of a verb that dates it, and
    the noun whose start dates it too ('the trial' of 'the trial began on March 3')."""

    reference: Span
    event_key: str
    started: str | None = None


def _referred(prep: Token) -> _CountedFrom | None:
    """Return the event a cue counts from, or None."""
    clauses = [c for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
    if prep.dep_ == "mark" and prep.head.dep_ == "advcl":
        clauses = [prep.head]  # 'two years before he died'
    if clauses:
        key = event_key_of(clauses[0])
        return _CountedFrom(reference_span(clauses[0]), key) if key else None
    objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    if prep.dep_ != "prep" or not objects:
        return None
    noun = objects[0]
    lemma = noun.lemma_.lower()
    return _CountedFrom(reference_span(noun), event_of_noun(lemma), started=lemma)


def _dates(s: Statement, event: _CountedFrom) -> bool:
    """Tell whether a dated statement dates the event: by its verb ('founded in 1998'), or
    as the start of the thing a noun names ('the trial began on March 3')."""
    if s.event_key == event.event_key:
        return True
    started = s.event_key in STARTS and s.subject_key is not None
    return started and event.started is not None and s.subject_key == event.started


def _one_date(found: list[DateRef]) -> DateRef | None:
    """Return the date when every date found may be one and the same, else None."""
    if not found or any(not overlaps(found[0].days, d.days) for d in found[1:]):
        return None
    return found[0]
