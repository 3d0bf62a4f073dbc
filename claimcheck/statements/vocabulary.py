"""The words statements are proposed with: what is not a measure, which verbs name no event."""

from __future__ import annotations

import re
from typing import Literal

from claimcheck.models import Statement, StatementKind
from claimcheck.normalize.words import spaced as words


def _phrases(group: str) -> list[str]:
    """Split a group of verbs, keeping the two-word ones ('set up', 'pass away') whole."""
    return re.findall(r"set up|pass away|\w+", group)


# What a figure counts is the noun it modifies; these say how much, not what.
NOT_MEASURES = words(
    "time times year years month months day days week weeks hour hours minute minutes "
    "percent per cent % point points number total lot lots couple dozen"
)
# Nouns too general to tell two figures' roles apart: 'a total of 500', 'the amount of $5'.
GENERIC_MEASURES = NOT_MEASURES | words("amount sum figure level period")
# A 'no' that denies what a value states ('there is no 10% discount'), and the words that
# make it a bound instead ('no more than 50').
NEGATING = words("no")
NOT_NEGATING = words("more less fewer later earlier longer sooner greater")
# 'not … until 1997': the value dates the event, the negation does not deny it.
UNTIL = words("until till")
# The one phrase that may follow a ranked noun without narrowing the rank: its author
# ('the sixth album by Michael Jackson').
RANK_AUTHORS = words("by")
# Verbs that name one event in several words: 'founded in 1901' and 'established in 1905' date
# one founding. Each verb maps to the first of its group.
_SAME_EVENT = [
    "found establish form set up",
    "open inaugurate",
    "release publish launch",
    "air broadcast premiere",
    "build construct",
    "marry wed",
    "die pass away",
]
ONE_EVENT = {verb: group.split()[0] for group in _SAME_EVENT for verb in _phrases(group)}
# Verbs too general to name an event: 'was', 'had', 'said'.
LIGHT_VERBS = words(
    "be have do say tell add note report state claim include make take get give come go "
    "see show become"
)
UP = words("rise increase grow climb jump gain soar surge swell double triple")
DOWN = words("fall drop decline decrease shrink plunge slump cut reduce halve sink")
PERSONAL_PRONOUNS = words("he she him her his")
PRONOUNS = PERSONAL_PRONOUNS | words("it its they their them")
RELATIVE_PRONOUNS = words("who which that whom")
# Determiners that leave a noun unidentified: 'a coroner' twice may be two coroners.
INDEFINITE = words("a an another some any one each every")
# Lower-case words inside a name: 'Lodewijk van den Berg', 'Charles de Gaulle'.
NAME_PARTICLES = words("van von der den de du da di la le al bin ibn")
BIRTH = "bear"
DEATH = "die"


def is_birth(s: Statement) -> bool:
    """Tell whether a statement dates someone's birth."""
    return s.kind is StatementKind.DATE and s.event_key == BIRTH


def is_death(s: Statement) -> bool:
    """Tell whether a statement dates someone's death."""
    return s.kind is StatementKind.DATE and s.event_key == DEATH


# A lifespan in parentheses after a name: '(born 1932)', '(December 28, 1920 – March 5, 2016)'.
LIFESPAN_OPEN = re.compile(r"\(\s*(?:[^()]*;\s*)?(?:born\s+)?$")
LIFESPAN_DASH_AFTER = re.compile(r"\s*[–—-]\s*")
LIFESPAN_DASH_BEFORE = re.compile(r"[–—-]\s*$")
LIFESPAN_CLOSE = re.compile(r"\s*\)")
# The dependency labels of a subject, and of the clauses that share their head's subject.
SUBJECTS = ("nsubj", "nsubjpass")
CLAUSE_LINKS = ("conj", "xcomp", "advcl", "ccomp", "pcomp")
# Clauses that describe a noun: that noun is their subject.
MODIFIER_CLAUSES = ("relcl", "acl", "appos")
# The words of a subject that tell one thing from another of its kind: 'Site 2', 'new bridge';
# of a name, only its other name words ('Chester Arthur Stiles').
KEY_MODIFIERS = ("compound", "nummod", "amod", "flat")
NAME_MODIFIERS = ("compound", "flat")
# 'Smith, 45,' / '45-year-old Smith' / 'aged 45' / 'at the age of 45' / '45 years old'.
AGE_BEFORE = re.compile(
    r"(?:\baged|\bage(?:\s+of)?|\bages|\b(?:died|dies|dying|retired)\s+at|,\s*then)\s+$",
    re.IGNORECASE,
)
AGE_AFTER = re.compile(r"^(?:-|\s)years?(?:-|\s)old\b|^\s*-\s*year\s*-\s*old\b", re.IGNORECASE)
AGE_AFTER_DURATION = re.compile(r"\s*-?\s*old\b|\s+of\s+age\b", re.IGNORECASE)
# Nouns an age hangs from that are not its holder: 'at the age of 80'.
AGE_WORDS = words("age ages year years")
AGE_APPOSITION = re.compile(r"[A-Z][\w'’.-]+\s*,\s*$")
AGE_APPOSITION_AFTER = re.compile(r"^\s*,")
# An event placed against another: 'during World War I', 'after the war', 'before the merger'.
RELATIONS: dict[str, Literal["before", "during", "after"]] = {
    "before": "before",
    "during": "during",
    "after": "after",
    "following": "after",
}
