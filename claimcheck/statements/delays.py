"""How soon an event follows: 'Watson seeks help immediately' against 'Watson waits several
hours before seeking help'.

An event is keyed by its verb and what it is done to ('seek help'), as the clauses of
timings are. A delay is read only where the text states one: an adverb of no delay on the
event's own verb, or a verb of waiting with a duration before the event ('wait several
hours before seeking help'). CC208 compares the two.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimcheck.extract.layout import locator
from claimcheck.models import Delay, Duration, Interval, Reading, Sentence, Span
from claimcheck.statements.propose import (
    Parsed,
    clause_key,
    subject_key_of,
    subject_of,
    token_span,
)
from claimcheck.statements.vocabulary import AT_ONCE, WAITS

if TYPE_CHECKING:
    from spacy.tokens import Token

NO_DELAY = Interval(lo=0, hi=0)


def delays(reading: Reading, parsed: Parsed, sentences: list[Sentence]) -> Iterator[Delay]:
    """Yield each event the text says came at once, or after a stated wait."""
    at = locator(sentences)
    for offset, doc in parsed.chunks:
        sentence = at(offset).index
        for token in doc:
            if token.lower_ in AT_ONCE:
                verb = _hurried(token)
                if verb is not None:
                    yield _delay(token_span(token), NO_DELAY, verb, verb, sentence)
            elif token.pos_ == "VERB" and token.lemma_.lower() in WAITS:
                found = _waited(token, reading.durations)
                if found is not None:
                    duration, verb = found
                    yield _delay(duration.span, duration.days, verb, token, sentence)


def _hurried(adverb: Token) -> Token | None:
    """Return the verb an adverb of no delay says came at once: the verb it hangs from, or
    the verb whose clause it ends when the parse hangs it on a later one ('Watson seek help
    immediately Mrs. Hudson says …', an unpunctuated sentence)."""
    verb = adverb.head
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ == "VERB" and verb.i < adverb.i:
        return verb
    before = adverb.doc[adverb.i - 1] if adverb.i > 0 else None
    while before is not None and before.pos_ != "VERB" and before.head.i != before.i:
        before = before.head
    ends_clause = before is not None and max(t.i for t in before.subtree) == adverb.i - 1
    return before if ends_clause and before is not None and before.pos_ == "VERB" else None


def _waited(wait: Token, durations: tuple[Duration, ...]) -> tuple[Duration, Token] | None:
    """Return the duration waited and the verb waited for: 'wait several hours before
    seeking help' gives 'several hours' and 'seeking'."""
    before = [c for c in wait.children if c.dep_ == "prep" and c.lower_ == "before"]
    events = [c for b in before for c in b.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
    if not events:
        return None
    offset = int(wait.doc.user_data["offset"])
    start, end = offset + wait.idx, offset + before[0].idx
    waited = [d for d in durations if start <= d.span.start and d.span.end <= end]
    return (waited[0], events[0]) if len(waited) == 1 else None


def _delay(span: Span, days: Interval, event: Token, doer: Token, sentence: int) -> Delay:
    """Build the delay of an event, whose doer is the subject of the verb that says it."""
    subject = subject_of(doer, None, [])
    return Delay(
        span=span,
        days=days,
        event=token_span(event),
        event_key=clause_key(event),
        subject=token_span(subject) if subject is not None else None,
        subject_key=subject_key_of(subject),
        sentence=sentence,
    )
