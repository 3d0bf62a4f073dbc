"""Build the statements of a text: parse, propose, then place each in time and credit it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from claimcheck.extract.ask import Chooser
from claimcheck.extract.claims import first_dates
from claimcheck.extract.layout import locator
from claimcheck.models import (
    Claims,
    DateRef,
    Delay,
    Elapsed,
    Lasting,
    Reading,
    Restatement,
    Role,
    Sentence,
    Span,
    Statement,
    StatementKind,
    Timing,
)
from claimcheck.normalize.names import ACRONYM, initials
from claimcheck.normalize.spans import Occupied
from claimcheck.statements.contests import wins
from claimcheck.statements.delays import delays
from claimcheck.statements.elapsed import elapsed
from claimcheck.statements.lasting import lastings, stretches
from claimcheck.statements.parse import parse_sentences
from claimcheck.statements.propose import (
    THERE,
    Parsed,
    aliases,
    named_as,
    propose,
    timings,
    written_with_a,
)
from claimcheck.statements.restated import restatements
from claimcheck.statements.subjects import resolve
from claimcheck.statements.vocabulary import BIRTH, DEATH, PLACES
from claimcheck.statements.zeros import zeros

# An acronym as a text writes it ('EC', 'NASA'), and a run of capitalised words that may
# spell one out ('European Commission', 'National Aeronautics and Space Administration').
ACRONYM_WORD = re.compile(r"\b[A-Z]{2,6}\b")
CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][a-z]+)+")

DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+$")
# How far before a subject "the" or "this" is looked for: the word and its spaces.
DEFINITE_REACH = 12
# The word before a date that makes it the bound of a stretch, and how far back it is looked
# for: 'since ', 'until ', 'till '.
STRETCH_BOUND = re.compile(r"\b(?:[Ss]ince|[Uu]ntil|[Tt]ill)\s+$")
STRETCH_REACH = 8
# A line of a list of references: 'Sidwell, Paul (2005). "Proto-Katuic Phonology" …',
# 'Jenny, Mathias and Paul Sidwell, eds (2015). The Handbook …'. The author's name is
# written surname first, and the year follows in brackets.
REFERENCE_ENTRY = re.compile(
    r"^[ \t]*[A-Z][^\s,()]*,[ \t][^()\n]{1,100}?\((?:1[5-9]|20)\d\d[a-z]?\)\.[^\n]*",
    re.MULTILINE,
)
# A heading of at most this many words may be the name of what the text is about.
TITLE_WORDS = 8
# What a title adds in brackets to tell it from others of its name: '( song )'.
DISAMBIGUATOR = re.compile(r"\s*\([^()]*\)\s*$")


@dataclass(frozen=True)
class Said:
    """A text's statements, and the events it places before, during or after others."""

    statements: tuple[Statement, ...]
    timings: tuple[Timing, ...]
    elapsed: tuple[Elapsed, ...]
    delays: tuple[Delay, ...]
    lastings: tuple[Lasting, ...]
    restatements: tuple[Restatement, ...]
    parsed: Parsed


def statements(
    text: str, reading: Reading, claims: Claims, chooser: Chooser, *, restate: bool = True
) -> Said:
    """Return a statement for every figure, date and age of the text, and its timings; with
    `restate` false, without asking about restatements (see restated)."""
    parsed = Parsed(parse_sentences(text, claims.sentences))
    at = locator(claims.sentences)
    points = [d for d in reading.dates if not _bounds_a_stretch(d, text)]
    first_date = first_dates(points, at)
    parties = {f.sentence: f.sources[0].span for f in claims.figures if f.sources}
    sentences = list(claims.sentences)
    found = [
        *propose(text, reading, parsed, sentences),
        *zeros(parsed, sentences),
        *wins(parsed, sentences),
    ]
    cited = Occupied(m.span() for m in REFERENCE_ENTRY.finditer(text))
    # a year or page in a list of references says nothing of what the text is about
    raw = sorted((s for s in found if not cited.covers(s.value.start)), key=lambda s: s.value.start)
    own_date = _dates_of_verbs(raw, {d.id: d for d in reading.dates})
    described = _dates_of_descriptions(raw, parsed)
    first_date = {n: d for n, d in first_date.items() if d.id not in described}
    proposed = [
        s.model_copy(
            update={
                "period": _period(s, own_date, first_date),
                "party": parties.get(s.sentence),
            }
        )
        for s in raw
    ]
    proposed = _placed_there(proposed, parsed)
    proposed = _introduced(proposed, parsed)
    proposed = _stretched(proposed, text, reading, at)
    title = _title(sentences)
    defined = aliases(parsed, title)
    named = _named_by_alias(proposed, defined, text, title)
    # an acronym is spelled out last: a pronoun may have been resolved to one ('its' → 'EC')
    resolved = tuple(
        _spelled_out(list(resolve(named, parsed, text, chooser, title, defined)), text)
    )
    return Said(
        resolved,
        tuple(timings(parsed, sentences)),
        tuple(elapsed(text, reading, parsed, resolved, sentences)),
        tuple(delays(reading, parsed, sentences)),
        tuple(lastings(text, reading, parsed, sentences)),
        tuple(restatements(text, resolved, sentences, chooser)) if restate else (),
        parsed,
    )


def restated(
    said: Said,
    text: str,
    claims: Claims,
    chooser: Chooser,
    settled: frozenset[tuple[int, int]],
) -> Said:
    """Ask about the restatements of a text whose values sources were compared with: two
    values that sources each support (`settled`, their spans) are not asked about."""
    found = restatements(text, said.statements, list(claims.sentences), chooser, settled)
    return replace(said, restatements=tuple(found))


def _bounds_a_stretch(d: DateRef, text: str) -> bool:
    """Tell whether a date only bounds a stretch of time ('the first to die since 2014',
    'held until March'), so that it does not say when its sentence's figures hold."""
    before = text[max(0, d.span.start - STRETCH_REACH) : d.span.start]
    return STRETCH_BOUND.search(before) is not None


def _placed_there(proposed: list[Statement], parsed: Parsed) -> list[Statement]:
    """Give a deed done 'there' the last place the text named before it ('in Guatemala …
    no women are killed there'); with none, no place."""
    places = [
        (offset + ent.start_char, ent.text.lower())
        for offset, doc in parsed.chunks
        for ent in doc.ents
        if ent.label_ in PLACES
    ]
    out = []
    for s in proposed:
        if s.place_key == THERE:
            before = [name for at, name in places if at < s.value.start]
            s = s.model_copy(update={"place_key": before[-1] if before else None})
        out.append(s)
    return out


def _stretched(
    proposed: list[Statement], text: str, reading: Reading, at: Callable[[int], Sentence]
) -> list[Statement]:
    """Mark the dates that end a stretch: 'from April 2006 to March 2007'."""
    ends: dict[str, Literal["from", "to"]] = {}
    for a, b in stretches(text, reading, at):
        ends[a.id], ends[b.id] = "from", "to"
    return [
        s.model_copy(update={"stretch": ends[s.id]})
        if s.id in ends and s.event_key not in (BIRTH, DEATH)  # a lifespan's ends are typed
        else s
        for s in proposed
    ]


def _introduced(proposed: list[Statement], parsed: Parsed) -> list[Statement]:
    """Give a subject written with 'a' the noun's key when the text writes that noun with
    'a' nowhere else and states something of 'the' noun too: 'a thirty-year-old manuscript'
    is the one 'The manuscript Lloyd discovers is twenty years old' speaks of. Two 'a
    coroner's may be two coroners, and are left apart."""
    keys = {s.subject_key for s in proposed if s.subject_key}
    introduced = Counter(
        t.lemma_.lower()
        for _, doc in parsed.chunks
        for t in doc
        if t.pos_ == "NOUN" and written_with_a(t)
    )
    out = []
    for s in proposed:
        noun = _indefinite_subject(s, parsed)
        if noun is not None and introduced[noun] == 1 and noun in keys:
            s = s.model_copy(update={"subject_key": noun})
        out.append(s)
    return out


def _indefinite_subject(s: Statement, parsed: Parsed) -> str | None:
    """Return the lemma of a statement's subject written with 'a' or 'an', if it is one."""
    if s.subject is None or s.subject_key is not None:
        return None
    nouns = [t for t in parsed.tokens(s.subject) if t.pos_ == "NOUN"]
    if not nouns or not written_with_a(nouns[-1]):
        return None
    return str(nouns[-1].lemma_.lower())


def _named_by_alias(
    proposed: list[Statement], names: dict[str, str], text: str, title: str | None = None
) -> list[Statement]:
    """Give 'the song' the name the text defined it as ('X is a song by …'), and a subject
    written as the text's title that title whole ('M - 188', which the parse splits)."""
    out = []
    for s in proposed:
        if title and s.subject is not None and _within_title(s.subject, text, title):
            s = named_as(s, title.lower(), "parse")
        definite = s.subject is not None and DEFINITE.search(
            text, max(0, s.subject.start - DEFINITE_REACH), s.subject.start
        )
        if definite and s.subject_key in names:
            s = named_as(s, names[s.subject_key], "alias")
        elif _names_itself(s):
            # 'the 1995 film' and 'the 2000 film' are two films, named by their years
            unnamed = {"subject_key": None, "subject_from": None, "patient_key": None}
            s = s.model_copy(update=unnamed)
        out.append(s)
    return out


def _spelled_out(proposed: list[Statement], text: str) -> list[Statement]:
    """Give a doer written as an acronym the name it stands for, when the text spells out
    one such name: 'the EC' is the European Commission, so 'the Commission's staff' is its
    staff too."""
    names = acronyms(text)
    out = []
    for s in proposed:
        if s.subject_key in names:
            s = named_as(s, names[s.subject_key], "alias")
        if s.patient_key in names:
            s = s.model_copy(update={"patient_key": names[s.patient_key]})
        out.append(s)
    return out


def acronyms(text: str) -> dict[str, str]:
    """Map each acronym of a text ('EC') to the one name it writes with those initials
    ('European Commission'), both lower-case; an acronym with two such names maps to none."""
    spelled: dict[str, set[str]] = {}
    for run in CAPITALISED_RUN.finditer(text):
        letters = initials(run.group(0))
        if len(letters) >= ACRONYM:
            spelled.setdefault(letters, set()).add(" ".join(run.group(0).lower().split()))
    return {
        short.lower(): next(iter(names))
        for short in set(ACRONYM_WORD.findall(text))
        if len(names := spelled.get(short, set())) == 1
    }


def _title(sentences: list[Sentence]) -> str | None:
    """Return the name a text is titled with ('= Enter the Dominatrix =', a heading line),
    when its first sentence is a heading of a few words."""
    if not sentences or sentences[0].role is not Role.HEADLINE:
        return None
    name = sentences[0].span.text.strip().strip("=").strip()
    name = DISAMBIGUATOR.sub("", name)  # 'Moving Mountains ( song )' is Moving Mountains
    return name if name and len(name.split()) <= TITLE_WORDS else None


def _within_title(subject: Span, text: str, title: str) -> bool:
    """Tell whether a subject is written as part of the title, where the title is written."""
    at = text.find(title, max(0, subject.end - len(title)), subject.end + len(title))
    return at != -1 and at <= subject.start and subject.end <= at + len(title)


def _names_itself(s: Statement) -> bool:
    """Tell whether a date is a year written before a noun of a work that is its own subject
    ('the 2005 film'), which no name the text defines stands for."""
    return (
        s.kind is StatementKind.DATE
        and s.subject is not None
        and s.event is not None
        and s.subject.start == s.event.start
    )


def _dates_of_verbs(
    proposed: list[Statement], dates: dict[str, DateRef]
) -> dict[tuple[int, int], DateRef]:
    """Map each verb that a date hangs from ('died in 1990') to that date, by its offset."""
    found: dict[tuple[int, int], DateRef] = {}
    for s in proposed:
        if s.kind is StatementKind.DATE and s.event is not None and s.id in dates:
            found.setdefault((s.event.start, s.event.end), dates[s.id])
    return found


def _dates_of_descriptions(proposed: list[Statement], parsed: Parsed) -> set[str]:
    """Return the ids of dates whose verb is in a clause that describes a noun: '1,000
    vehicles use a highway that was first designated in the 1930s' says nothing of when the
    vehicles were counted, so such a date is no other statement's period."""
    found = set()
    for s in proposed:
        if s.kind is StatementKind.DATE and s.event is not None:
            verbs = parsed.tokens(s.event)
            if verbs and verbs[0].dep_ in ("relcl", "acl"):
                found.add(s.id)
    return found


def _period(
    statement: Statement,
    own_date: dict[tuple[int, int], DateRef],
    first_date: dict[int, DateRef],
) -> DateRef | None:
    """Return when a statement holds: the date of its own verb ('Born in 1920, he died in
    1990 at the age of 65' is 65 in 1990), else the first date of its sentence; never
    the statement itself."""
    verb = statement.event
    found = own_date.get((verb.start, verb.end)) if verb is not None else None
    if found is None or found.id == statement.id:
        found = first_date.get(statement.sentence)
    return None if found is None or found.id == statement.id else found
