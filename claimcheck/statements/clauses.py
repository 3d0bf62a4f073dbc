"""The words of a value's own clause, which a passage restating it shares.

'15 schoolgirls were transferred to a hospital in Qom on February 22' and 'On February 22,
25 schoolgirls were taken to hospital in Qom' share 'schoolgirl', 'hospital' and 'qom'
around their values, whatever else the two sentences say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from claimcheck.normalize.dates import MONTHS
from claimcheck.normalize.words import ORDINALS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Token

# The clauses a value's clause holds that say something else: 'after he was arrested',
# 'which opened in 1990', 'and later moved'.
OTHER_CLAUSES = frozenset(["advcl", "ccomp", "relcl", "conj", "parataxis", "acl"])
# The parts of speech that say what a clause is about.
CONTENT = frozenset(["NOUN", "PROPN", "VERB", "ADJ", "ADV"])
# Words that tell one thing of a kind from another: 'the first attack', 'the second attack'.
WHICH_ONE = frozenset([*ORDINALS, "last", "next", "previous", "other", "another"])
# Clauses that may borrow the subject of the verb they hang on: 'leaving 550 staff …'.
BORROWING = frozenset(["advcl", "xcomp"])
SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass"])
# The names of months and days, which say when: two clauses that name two are of two times.
TIME_NAMES = frozenset([*MONTHS, *(day.lower() for day in WEEKDAYS)])
# Words of time that only measure it.
TIME_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "decade", "century"])


# The kinds of name the parse tells apart: two clauses that each name a place the other does
# not are of two places, but a place on one side and a person on the other may be one deed
# ('Ribeiro lost 6,000 reais', 'he lost 4,000 reais playing at a bar in Sinop').
NAME_KINDS = {
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "PERSON": "person",
    "NORP": "group",
    "ORG": "organisation",
    "PRODUCT": "thing",
    "EVENT": "thing",
    "WORK_OF_ART": "thing",
    "LAW": "thing",
}


class Clause(NamedTuple):
    """The lemmas of a clause's content words, its names, and the kind of each name whose
    kind the parse knows, as (name, kind) pairs; each sorted."""

    words: tuple[str, ...]
    names: tuple[str, ...]
    kinds: tuple[tuple[str, str], ...]


def clause_of(root: Token, value: list[Token]) -> Clause:
    """Return the words of the clause a value is in, the names among them, and their kinds.

    The clause is the nearest verb above the value, with the clauses it holds that do not
    hold the value left out; the value's own words are left out too. The words are the
    lemmas of its content words, less units of time; the names are the words that tell which
    one of a kind it is of: proper names ('Acme', 'Paris') and words like 'first' and
    'other' (not 'next week'), lower-cased.
    """
    own = {t.i for t in value}
    clause = [t for t in _clause(root) if t.i not in own]
    content = (
        t
        for t in clause
        if t.pos_ in CONTENT
        and t.is_alpha
        and (not t.is_stop or t.lemma_.lower() in TIME_NAMES)  # 'may' is a stop word
    )
    words = {t.lemma_.lower() for t in content} - TIME_UNITS
    named = clause + _borrowed_doer(clause)
    names = {
        t.lower_
        for t in named
        if t.pos_ == "PROPN" and t.is_alpha or t.lower_ in WHICH_ONE and _tells_which(t)
    }
    names |= _hyphenated_names(clause)
    names -= TIME_NAMES
    kinds = {
        (t.lower_, NAME_KINDS[t.ent_type_])
        for t in named
        if t.lower_ in names and t.ent_type_ in NAME_KINDS
    }
    return Clause(tuple(sorted(words)), tuple(sorted(names)), tuple(sorted(kinds)))


def _borrowed_doer(clause: list[Token]) -> list[Token]:
    """Return the names of the subject a clause with no subject of its own borrows from the
    verb it hangs on: 'Traveland's travel centres have closed, leaving 550 staff seeking
    jobs' is Traveland's leaving."""
    inside = {t.i for t in clause}
    tops = [t for t in clause if t.head.i not in inside]  # the clause's own verb
    if len(tops) != 1 or tops[0].pos_ not in ("VERB", "AUX") or tops[0].dep_ not in BORROWING:
        return []
    if any(c.dep_ in SUBJECT_DEPS for c in tops[0].children):
        return []
    main = tops[0].head
    return [
        t for c in main.children if c.dep_ in SUBJECT_DEPS for t in c.subtree if t.pos_ == "PROPN"
    ]


def _tells_which(word: Token) -> bool:
    """Tell whether a word like 'first' or 'other' tells which one of a kind a clause is of.
    It does not when it says when ('next week', 'the previous day': times are told apart by
    their dates and shifts, not as names), nor 'other' closing a list ('artists, directors
    and other participants'), which adds more of a kind and tells none apart."""
    if word.head.lemma_.lower() in TIME_UNITS | TIME_NAMES:
        return False
    return not (word.lower_ == "other" and word.head.dep_ == "conj")


def _hyphenated_names(clause: list[Token]) -> set[str]:
    """Return both parts of a name joined by a hyphen ('All-Pro', WikiText's 'All - Pro',
    'Rolls-Royce'), which the tagger may take as one name and one adjective."""
    parts = set()
    for t in clause:
        if t.text == "-" and 0 < t.i < len(t.doc) - 1:
            pair = (t.doc[t.i - 1], t.doc[t.i + 1])
            if all(p.is_alpha and p.is_title for p in pair):
                parts |= {p.lower_ for p in pair}
    return parts


def _clause(root: Token) -> list[Token]:
    """Return the tokens of the clause a value is in (see clause_of)."""
    head = root
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    inside = {t.i: t for t in head.subtree}
    for child in head.children:
        holds_value = child.left_edge.i <= root.i <= child.right_edge.i
        if child.dep_ in OTHER_CLAUSES and not holds_value:
            for t in child.subtree:
                inside.pop(t.i, None)
    return sorted(inside.values(), key=lambda t: t.i)
