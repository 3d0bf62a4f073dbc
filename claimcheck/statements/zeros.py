"""Counts of none: 'No one was killed in the crash', 'no soldiers were injured'.

Such a count has no digits for the reading to find, so the parse proposes it: the word 'no'
before the noun an event verb acts on, or 'nobody'. It is a figure of zero, keyed like any
other count, so CC801 sets it against 'the crash killed three people'.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimcheck.models import Interval, Sentence, Span, Statement, StatementKind
from claimcheck.normalize.numbers import SHARE
from claimcheck.statements.propose import (
    Parsed,
    each_token,
    event_key_of,
    measure_key_of,
    occasion_of,
    place_of,
    subject_key_of,
    subject_of,
    token_span,
)
from claimcheck.statements.vocabulary import NOBODY, PEOPLE

if TYPE_CHECKING:
    from spacy.tokens import Token

# What a count of none can be: what the verb is done to, or who does it.
COUNTED = ("nsubj", "nsubjpass", "dobj")
NONE = Interval(lo=0, hi=0)


def zeros(parsed: Parsed, sentences: list[Sentence]) -> Iterator[Statement]:
    """Yield a statement of zero for each 'no N' or 'nobody' that an event verb acts on."""
    found = 0
    for sentence, offset, token in each_token(parsed, sentences):
        noun = _none_of(token)
        if noun is None or event_key_of(noun.head) is None:
            continue
        found += 1
        none = _statement(f"Z{found}", token, noun, noun.head, sentence, offset)
        yield none
        # None of them is also a share of none: 'no women are killed' against '10 out of
        # every 100,000 women are killed'.
        yield none.model_copy(update={"id": f"Z{found}s", "unit": SHARE})


def _none_of(token: Token) -> Token | None:
    """Return the noun a word of none counts: 'one' in 'no one', 'soldiers' in 'no soldiers',
    'nobody' itself."""
    if token.lower_ in NOBODY and token.dep_ in COUNTED:
        return token
    if token.lower_ == "no" and token.dep_ == "det" and token.head.dep_ in COUNTED:
        return token.head if token.head.pos_ in ("NOUN", "PRON") else None
    return None


def _statement(
    id_: str, first: Token, noun: Token, verb: Token, sentence: int, offset: int
) -> Statement:
    start, end = offset + first.idx, offset + noun.idx + len(noun.text)
    text = first.doc.text[first.idx : noun.idx + len(noun.text)]
    people = noun.lower_ in NOBODY or noun.lower_ == "one"
    subject = subject_of(verb, noun, [])
    return Statement(
        id=id_,
        kind=StatementKind.FIGURE,
        value=Span(start=start, end=end, text=text),
        interval=NONE,
        sentence=sentence,
        measure=None if people else token_span(noun),
        event=token_span(verb),
        subject=token_span(subject) if subject is not None else None,
        measure_key=PEOPLE if people else measure_key_of(noun),
        event_key=event_key_of(verb),
        subject_key=subject_key_of(subject),
        subject_from="parse" if subject is not None else None,
        occasion_key=occasion_of(verb, noun),
        place_key=place_of(verb),
    )
