"""Whom a subject names: code lists the names near it, the model picks one of them."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract.ask import Chooser
from claimcheck.extract.links import context
from claimcheck.models import Span, Statement, StatementKind
from claimcheck.normalize.names import same_name
from claimcheck.statements.propose import Parsed
from claimcheck.statements.vocabulary import BIRTH, PERSONAL_PRONOUNS, PRONOUNS

NAMES_FOR = {
    "personal": ("PERSON",),
    "thing": ("ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"),
}
MAX_NAMES = 3


def resolve(
    statements: list[Statement], parsed: Parsed, text: str, chooser: Chooser
) -> Iterator[Statement]:
    """Give a subject the name it stands for, where a comparison depends on it.

    A pronoun ('he', 'it') stands for a name before it: with one candidate code decides,
    with more the model picks. A common noun ('the singer') is left as it is: asked whom
    'the girl' is, the model named the suspect of the same article, in both option orders.
    """
    names = _names(parsed)
    for s in statements:
        question = _question(s, statements, names)
        if question is None:
            yield s
            continue
        about, candidates, decided = question
        pick: int | None = 0 if decided else None
        if not decided:
            pick = chooser.choose(
                f"subject:{s.id}",
                f'The text says "{context(about, text)}". Who or what is "{about.text}" here?',
                [c.text for c in candidates],
                ("CC801", "CC802"),
                near=about,
            )
        if pick is None:
            yield s
            continue
        yield s.model_copy(
            update={
                "subject_key": candidates[pick].text.lower(),
                "subject_from": "only_candidate" if decided else "model",
            }
        )


def _question(
    s: Statement, statements: list[Statement], names: list[tuple[Span, str]]
) -> tuple[Span, list[Span], bool] | None:
    """Return what to resolve, its candidate names, and whether code alone decides."""
    if not _compared(s, statements):
        return None
    if s.subject is not None and s.subject.text.lower() in PRONOUNS:
        pronoun = s.subject.text.lower()
        kinds = NAMES_FOR["personal" if pronoun in PERSONAL_PRONOUNS else "thing"]
        candidates = _nearest(names, s.subject.start, kinds)
        return (s.subject, candidates, len(candidates) == 1) if candidates else None
    return None


def _compared(s: Statement, statements: list[Statement]) -> bool:
    """Tell whether another statement could state the same thing, so the subject decides."""
    for t in statements:
        if t is s or t.kind is not s.kind:
            continue
        if s.kind is StatementKind.AGE or s.kind is StatementKind.DATE and s.event_key == BIRTH:
            return True
        if s.kind is StatementKind.FIGURE and s.measure_key and s.measure_key == t.measure_key:
            return True
        if s.kind is StatementKind.DATE and s.event_key and s.event_key == t.event_key:
            return True
    return False


def _names(parsed: Parsed) -> list[tuple[Span, str]]:
    """Return every named entity the parse found, with its type, in text order."""
    found = []
    for offset, doc in parsed.chunks:
        for ent in doc.ents:
            start = offset + ent.start_char
            found.append((Span(start=start, end=start + len(ent.text), text=ent.text), ent.label_))
    return found


def _nearest(names: list[tuple[Span, str]], offset: int, kinds: tuple[str, ...]) -> list[Span]:
    """Return the nearest distinct names of the given kinds before an offset, nearest first."""
    ordered = sorted(
        (n for n, label in names if label in kinds and n.start < offset),
        key=lambda n: (abs(n.start - offset), n.start),
    )
    picked: list[Span] = []
    for span in ordered:
        if span.start <= offset < span.end or any(same_name(span.text, p.text) for p in picked):
            continue
        picked.append(span)
        if len(picked) == MAX_NAMES:
            break
    return picked
