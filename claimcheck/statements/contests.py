"""Wins: 'Gretel wins the girls' race' places her first in it.

A win has no digits for the reading to find, so the parse proposes it, as it proposes a
count of none: the verb 'win' with a contest as its object. It is a rank of 1, keyed by its
contest as 'finished second in the girls' race' is, so CC801 sets the two against each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimcheck.models import Interval, Sentence, Statement, StatementKind
from claimcheck.statements.clauses import clause_of
from claimcheck.statements.propose import (
    Parsed,
    contest_key,
    each_token,
    subject_key_of,
    subject_of,
    token_span,
)
from claimcheck.statements.vocabulary import CONTESTS, WINNING

if TYPE_CHECKING:
    from spacy.tokens import Token

FIRST = Interval(lo=1, hi=1)


def wins(parsed: Parsed, sentences: list[Sentence]) -> Iterator[Statement]:
    """Yield a rank of 1 for each contest a sentence says someone won."""
    found = 0
    for sentence, _, verb in each_token(parsed, sentences):
        contest = _contest_won(verb)
        if contest is None:
            continue
        found += 1
        subject = subject_of(verb, None, [])
        words, names, kinds = clause_of(verb, [verb])
        yield Statement(
            id=f"W{found}",
            kind=StatementKind.ORDINAL,
            value=token_span(verb),
            interval=FIRST,
            sentence=sentence,
            measure=token_span(contest),
            event=token_span(verb),
            subject=token_span(subject) if subject is not None else None,
            negated=any(c.dep_ == "neg" for c in verb.children),
            measure_key=contest_key(contest),
            subject_key=subject_key_of(subject),
            subject_from="parse" if subject is not None else None,
            clause=words,
            clause_names=names,
            clause_name_kinds=kinds,
        )


def _contest_won(verb: Token) -> Token | None:
    """Return the contest a verb says was won: 'race' in 'Gretel wins the girls' race'."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in WINNING:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects[0] if objects and objects[0].lemma_.lower() in CONTESTS else None
