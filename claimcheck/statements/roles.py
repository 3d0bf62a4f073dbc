"""What a value is a value of, read from the parse: the role source comparison matches on.

"revenue of $4.8 billion", "revenue rose to $4.8 billion" and "$4.8 billion in revenue" all
give the measure `revenue`; "earnings per share of $2.15" gives `earnings`. A value is also
negated when its clause is ("they aren't offering a 30-day trial", "there is no 10%
discount", "was not arrested Thursday"), and has the direction of its verb ("fell to 5%").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.extract.layout import sentences
from claimcheck.models import Direction, Span
from claimcheck.statements.parse import parse_sentences
from claimcheck.statements.propose import Parsed, clause_verb, value_root, verb_direction
from claimcheck.statements.vocabulary import (
    BOUNDS,
    CHANGING,
    CONDITIONS,
    GENERIC_MEASURES,
    NEGATING,
    NOT_NEGATING,
    PASSING,
    PAST_A_FIGURE,
    UNTIL,
    WHEN_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

NOUNS = ("NOUN", "PROPN")
# How a value modifies the noun it counts or qualifies: "500 workers", "a 30-day trial".
MODIFIES = ("nummod", "quantmod", "compound", "amod", "npadvmod")
# How a value completes its verb, whose subject is then what it measures: "revenue was $5bn",
# "sales fell 5%".
COMPLETES = ("attr", "dobj", "oprd", "acomp", "npadvmod")
# Prepositions that put a value in a noun's phrase: "revenue of $5bn", "$5bn in revenue".
# Others ("a platform for two weeks") attach where the parser guesses, and are not used.
OF = ("of", "in")
PATH = 12


@dataclass(frozen=True)
class Role:
    """What a value measures (lemmas of nouns: 'revenue', 'eps'), and how its clause states it."""

    measures: frozenset[str]
    negated: bool
    direction: Direction | None


def parsed(text: str) -> Parsed:
    """Parse a whole text (a source) sentence by sentence."""
    return Parsed(parse_sentences(text, sentences(text)))


def role(parsed: Parsed, span: Span) -> Role | None:
    """Return the role of the value at a span, or None when its sentence was not parsed."""
    tokens = parsed.tokens(span)
    root = value_root(tokens)
    if root is None:
        return None
    verb = clause_verb(root)
    return Role(
        frozenset(
            t.lemma_.lower() for t in _measured(root, tokens, verb) if _is_measure(t, tokens)
        ),
        _negated(root, verb, _bounded(tokens)),
        verb_direction(verb),
    )


def _measured(root: Token, tokens: list[Token], verb: Token | None) -> list[Token]:
    """Return the nouns a value is a value of."""
    found = [
        g
        for c in root.children
        if c.lower_ in OF and (c.lower_ == "of" or c.i > root.i)
        for g in c.children
        if g.dep_ == "pobj" and not (c.lower_ == "in" and g.lemma_.lower() in WHEN_NOUNS)
    ]  # '0.27% in the third quarter' says when, not what; 'In high resolution, about a
    # quarter' says how, before the figure: 'in' counts only after it
    if root.dep_ in MODIFIES and root.head.pos_ in NOUNS:
        found.append(root.head)
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ == "of" and prep.head.pos_ in NOUNS:
            found.append(prep.head)  # "revenue of $5bn", "a discount of 10%"
        elif verb is not None and prep.head == verb:
            found += _subject_and_object(verb)  # "revenue rose to $5bn", "cut costs by 30%"
    if root.dep_ in COMPLETES and verb is not None and root.head == verb:
        found += _subject_and_object(verb, objects=False)
    return [_per_what(t) for t in found]


def _per_what(noun: Token) -> Token:
    """'earnings per share' measures earnings, not shares."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "per" and noun.head.head.pos_ in NOUNS:
        return noun.head.head
    return noun


def _subject_and_object(verb: Token, objects: bool = True) -> list[Token]:
    """Return the common nouns a verb's value may measure: its subject ('revenue rose to'),
    its object ('cut costs by'). A name there ('Acme earned $5bn') is whose value it is."""
    deps = ("nsubj", "nsubjpass", "dobj") if objects else ("nsubj", "nsubjpass")
    return [c for c in verb.children if c.dep_ in deps and c.pos_ == "NOUN"]


def _is_measure(token: Token, value_tokens: list[Token]) -> bool:
    return (
        token.pos_ in NOUNS
        and token not in value_tokens
        and token.lemma_.lower() not in GENERIC_MEASURES
    )


def _negated(root: Token, verb: Token | None, bounded: bool = False) -> bool:
    """Tell whether the clause of a value denies it: a 'not' or 'never' on its verb, a 'no'
    on a noun between the value and its verb ('no 10% discount'), or 'without'.

    'not … until 1997' dates an event rather than denying it, so a value after 'until' is
    never denied; nor is a bounded value ('may not cover more than 75%' is at most 75%, as
    the reader reads it), nor one whose verb of change is denied ('the $6.4 million budget
    has not changed' states the budget), nor one in a condition ('if we can't fill them by
    June 1')."""
    if bounded or (verb is not None and verb.lemma_.lower() in CHANGING):
        return False
    if verb is not None and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children):
        return False  # 'if we can't fill them by June 1' sets a condition, denies no date
    path = [root]
    while path[-1] != verb and path[-1].head != path[-1] and len(path) < PATH:
        path.append(path[-1].head)
    if any(t.lower_ in UNTIL for t in path):
        return False
    own = path[:2]  # the value and the noun it counts: 'no 10% discount' denies the discount
    return any(
        t.lower_ == "without" or any(_denies(c) and not _aside(c, own) for c in t.children)
        for t in path
    )


def _bounded(tokens: list[Token]) -> bool:
    """Tell whether a value is written as a bound: 'more than 75 percent', 'over 30'."""
    return any(t.lower_ in BOUNDS for t in tokens)


def _aside(no: Token, own: list[Token]) -> bool:
    """Tell whether a 'no' qualifies a phrase beside the value rather than its clause: 'add
    support at no charge for the first 6 months' does not deny the six months."""
    return no.dep_ == "det" and no.head.dep_ == "pobj" and no.head not in own


def _denies(child: Token) -> bool:
    negation = child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in NEGATING)
    return negation and not _qualifies_a_figure(child) and not _bounds(child.head)


def _bounds(verb: Token) -> bool:
    """Tell whether a negated verb sets a bound on its figure rather than denying it: 'may not
    exceed $25,000,000', "can't go above 12.50", 'must not fall below 10%'."""
    return verb.lemma_.lower() in PASSING or any(
        c.dep_ == "prep" and c.lower_ in PAST_A_FIGURE for c in verb.children
    )


def _qualifies_a_figure(no: Token) -> bool:
    """'no more than 50', 'no later than May': a bound, not a denial."""
    following = no.nbor(1) if no.i + 1 < len(no.doc) else None
    return following is not None and following.lower_ in NOT_NEGATING
