"""How long events lasted: 'served as mayor for ten years', 'the six-year war', 'the war
lasted from 1939 to 1945'. Each is keyed by its event and its subject; CC209 compares them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from claimcheck.extract.layout import locator
from claimcheck.models import DateRef, Duration, Lasting, Reading, Sentence
from claimcheck.normalize.intervals import difference
from claimcheck.statements.propose import (
    Parsed,
    clause_verb,
    event_key_of,
    per_time,
    subject_key_of,
    subject_of,
    value_root,
)
from claimcheck.statements.vocabulary import (
    LASTING_VERBS,
    LASTS,
    RELATIVE_PRONOUNS,
    lasts_as,
)
from claimcheck.statements.vocabulary import NOT_MEASURES as TIMES

if TYPE_CHECKING:
    from spacy.tokens import Token

# 'for ten years', 'for about ten years', 'for more than ten years', 'over a period of ten years'.
FOR = re.compile(
    r"\b(?:for|over\s+a\s+(?:period|span)\s+of)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# Verbs of staying somewhere, whose place is where a length was spent.
STAYS = frozenset({"spend", "live", "stay", "remain", "reside", "serve"})
# 'was sentenced to ten years', 'jailed for five years'.
SENTENCING = frozenset({"sentence", "jail", "imprison"})
SENTENCED_TO = re.compile(r"\b(?:to|for)\s+(?:about\s+|nearly\s+|up\s+to\s+)?$", re.IGNORECASE)
# Between the two dates of one stretch: 'from 1990 to 1995', 'between 1939 and 1945', '1939–45'.
FROM = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
TO = re.compile(r"^\s*(?:[–—-]|to|until|till|through|and)\s*$", re.IGNORECASE)
# A written duration before a noun is that noun's length, unless it is an age.
AGE = re.compile(r"^\s*-?\s*old\b", re.IGNORECASE)


def lastings(
    text: str, reading: Reading, parsed: Parsed, sentences: list[Sentence]
) -> Iterator[Lasting]:
    """Yield each event's length that the text writes, or gives by two dates."""
    at = locator(sentences)
    for d in reading.durations:
        if per_time(text, d):
            continue  # '$950 a month' is a rate, not how long anything lasts
        found = _written(text, d, parsed.tokens(d.span))
        if found is not None:
            event_key, subject_key = found
            yield Lasting(
                spans=(d.span,),
                days=d.days,
                written=True,
                event_key=event_key,
                subject_key=subject_key,
                sentence=at(d.span.start).index,
            )
    for a, b in stretches(text, reading, at):
        verb = _verb(parsed.tokens(a.span))
        key = _event(verb) if verb is not None else None
        if verb is not None and key is not None:
            yield Lasting(
                spans=(a.span, b.span),
                days=difference(b.days, a.days),
                written=False,
                event_key=key,
                subject_key=subject_key_of(_doer(verb)),
                sentence=at(a.span.start).index,
            )


def stretches(
    text: str, reading: Reading, at: Callable[[int], Sentence]
) -> Iterator[tuple[DateRef, DateRef]]:
    """Yield the two dates of each stretch of one sentence: 'from 1990 to 1995'."""
    for a, b in zip(reading.dates, reading.dates[1:], strict=False):
        if at(a.span.start).index == at(b.span.start).index and _stretch(text, a, b):
            yield a, b


def _written(text: str, d: Duration, tokens: list[Token]) -> tuple[str, str | None] | None:
    """Return the event and subject a written duration gives the length of, or None."""
    root = value_root(tokens)
    if root is None or d.amount_is_vague:
        return None
    head = root.head
    if root.dep_ in ("amod", "compound", "nummod") and head.pos_ == "NOUN" and head.i > root.i:
        if AGE.match(text, d.span.end) or not lasts_as(head.lemma_.lower()):
            return None  # 'the 15-year-old boy'; 'a 14-year high' and '10-year bonds' last not
        owners = [c for c in head.children if c.dep_ == "poss"]
        if owners:  # "Jim's five-year sentence": Jim's, as 'Jim was sentenced to …'
            return f"{LASTS} {head.lemma_.lower()}", subject_key_of(owners[0])
        return LASTS, head.lemma_.lower()  # 'the six-year war': the war's length
    of = _event_of(root) or _length_of(root)
    if of is not None:  # 'six days of interrogation', 'a voyage of 80 days'
        return LASTS, of
    verb = _verb(tokens)
    if verb is None:
        return None
    doer = _doer(verb)
    stay = _stay(root, verb)
    if stay is not None:  # 'spends five years in prison', 'after three years in prison'
        return f"stay {stay}", subject_key_of(doer)
    lemma = verb.lemma_.lower()
    if lemma in SENTENCING and SENTENCED_TO.search(text, max(0, d.span.start - 30), d.span.start):
        return f"{LASTS} sentence", subject_key_of(doer)  # 'was sentenced to ten years'
    lasts = lemma in LASTING_VERBS and root.dep_ in ("dobj", "npadvmod")
    if not lasts and not FOR.search(text, max(0, d.span.start - 30), d.span.start):
        return None
    if doer is not None and lemma in LASTING_VERBS and lasts_as(doer.lemma_.lower()):
        return LASTS, doer.lemma_.lower()  # 'the war lasted six years': as 'the six-year war'
    key = _event(verb)
    return (key, subject_key_of(doer)) if key else None


def _length_of(root: Token) -> str | None:
    """Return the event a length is given for after 'of': 'a voyage of 80 days'."""
    at = root.head
    if root.dep_ != "pobj" or at.lower_ != "of" or at.head.pos_ != "NOUN":
        return None
    noun = at.head.lemma_.lower()
    return str(noun) if lasts_as(noun) else None


def _stay(root: Token, verb: Token) -> str | None:
    """Return where a length was spent: 'five years in prison', 'lived in the village for
    six years' (a place after 'in', on the length or on a verb of staying)."""
    holders = [root, verb] if verb.lemma_.lower() in STAYS else [root]
    places = (p for holder in holders for p in _nouns_after(holder, "in"))
    return next((str(p.lemma_.lower()) for p in places if p.lower_ not in TIMES), None)


def _event_of(root: Token) -> str | None:
    """Return the event a length is 'of': 'six days of interrogation' gives 'interrogation'."""
    events = (str(n.lemma_.lower()) for n in _nouns_after(root, "of"))
    return next((e for e in events if lasts_as(e)), None)


def _nouns_after(holder: Token, preposition: str) -> Iterator[Token]:
    """Yield, for each of a token's prepositions of this word, the first common noun it
    governs ('prison' in 'five years in prison')."""
    for prep in holder.children:
        if prep.dep_ == "prep" and prep.lower_ == preposition:
            nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if nouns:
                yield nouns[0]


def _event(verb: Token) -> str | None:
    """Key an event by its verb and what it acts on, leaving out times: 'served as mayor for
    ten years' and 'served as mayor from 1990 to 1995' are both 'serve mayor'."""
    key = event_key_of(verb)
    if key is None:
        return None
    acted_on = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    acted_on += [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    nouns = sorted(
        t.lemma_.lower() for t in acted_on if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in TIMES
    )
    return " ".join([key, *nouns])


def _doer(verb: Token) -> Token | None:
    """Return who does a verb's deed: its subject, or for a clause with none of its own
    ('After being held for a week, Marcus is released') the subject of the verb it hangs
    from."""
    doer = subject_of(verb, None, [])
    if doer is not None and doer.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head  # 'interrogations that take place over six days'
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if doer is None and verb.dep_ in ("pcomp", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        doer = subject_of(head, None, [])
    return doer


def _verb(tokens: list[Token]) -> Token | None:
    root = value_root(tokens)
    return clause_verb(root) if root is not None else None


def _stretch(text: str, a: DateRef, b: DateRef) -> bool:
    """Tell whether two dates are the ends of one stretch of time: 'from 1990 to 1995'."""
    between = text[a.span.end : b.span.start]
    if not TO.match(between):
        return False
    dash = between.strip() in "–—-"
    return dash or bool(FROM.search(text, max(0, a.span.start - 10), a.span.start))
