"""Whom a pronoun names: code lists the names before it, the model picks one of them."""

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
    """Give each pronoun subject the name it stands for, where a comparison depends on it."""
    names = _names(parsed)
    for s in statements:
        if (
            s.subject is None
            or s.subject.text.lower() not in PRONOUNS
            or not _compared(s, statements)
        ):
            yield s
            continue
        pronoun = s.subject.text.lower()
        kinds = NAMES_FOR["personal" if pronoun in PERSONAL_PRONOUNS else "thing"]
        candidates = _before(names, s.subject.start, kinds)
        pick: int | None = 0 if len(candidates) == 1 else None
        if len(candidates) > 1:
            pick = chooser.choose(
                f"subject:{s.id}",
                f'The text says "{context(s.subject, text)}". Who or what is '
                f'"{s.subject.text}" here?',
                [c.text for c in candidates],
                ("CC801", "CC802"),
                near=s.subject,
            )
        if pick is None:
            yield s
            continue
        name = candidates[pick]
        yield s.model_copy(
            update={
                "subject_key": name.text.lower(),
                "subject_from": "only_candidate" if len(candidates) == 1 else "model",
            }
        )


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


def _before(names: list[tuple[Span, str]], offset: int, kinds: tuple[str, ...]) -> list[Span]:
    """Return the nearest distinct names of the given kinds before an offset, nearest first."""
    picked: list[Span] = []
    for span, label in reversed(names):
        if span.start >= offset or label not in kinds:
            continue
        if any(same_name(span.text, p.text) for p in picked):
            continue
        picked.append(span)
        if len(picked) == MAX_NAMES:
            break
    return picked
