"""Find who states, records or declines to comment on what: attribution cues, read by code."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.models import NonComment, Party, Sentence, Span

# A named party: capitalised words ("NATO Secretary General Jens Stoltenberg", "Ministry of
# Defense"), optionally led by "the" and closed by one lower-case noun ("the Russian military").
_NAME = (
    r"(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*(?:\s+(?:of|for)(?:\s+the)?)?\s+)*[A-Z][\w’'.-]*"
    r"(?:\s+(?!said\b|says\b)[a-z]{4,}\b(?=\s+(?:has|have|had|recorded|registered|counted|"
    r"said|says|announced|reported|estimated|claimed|stated)\b))?"
)
_SAID = (
    r"(?:has\s+|have\s+|had\s+)?(?:said|says|announced|stated|told|added|reported|"
    r"estimated|claimed|confirmed|wrote)"
)
_RECORDED = r"(?:has\s+|have\s+|had\s+)?(?:recorded|registered|counted|tallied)"
_PRONOUN = r"\b(?:[Hh]e|[Ss]he|[Tt]hey)"

CUES: list[tuple[str, re.Pattern[str]]] = [
    (
        "not_commented",
        re.compile(
            rf"(?P<name>{_NAME})\s+(?:has|have|had|did)\s+not\s+(?:yet\s+)?"
            rf"(?:commented|comment|confirmed|responded)|(?P<name2>{_NAME})\s+(?:declined|refused)"
            rf"\s+to\s+comment"
        ),
    ),
    ("according_to", re.compile(rf"\b[Aa]ccording\s+to\s+(?P<name>{_NAME})")),
    ("recorded", re.compile(rf"(?P<name>{_NAME})\s+{_RECORDED}\b")),
    ("said", re.compile(rf"(?P<name>{_NAME}|{_PRONOUN})\s+{_SAID}\b")),
]
ABOUT = re.compile(rf"\s+on\s+(?:the\s+)?(?P<about>{_NAME})(?:’s|'s)")
_LEADING_THE = re.compile(r"^[Tt]he\s+")


def parties_in(sentence: Sentence, previous: Party | None) -> list[Party]:
    """Return the parties a sentence credits, resolving 'he said' to the last party named."""
    found = []
    for cue, pattern in CUES:
        for m in pattern.finditer(sentence.span.text):
            group = "name" if m.group("name") else "name2"
            written = m.group(group).rstrip(".")
            start = sentence.span.start + m.start(group)
            name = written
            if re.fullmatch(_PRONOUN, written):
                if previous is None:
                    continue
                name = previous.name
            span = Span(start=start, end=start + len(written), text=written)
            found.append(
                Party(
                    name=_LEADING_THE.sub("", name),
                    cue=cue,  # type: ignore[arg-type]
                    span=span,
                )
            )
    return sorted(found, key=lambda p: p.span.start)


def non_comments(sentences: list[Sentence]) -> Iterator[NonComment]:
    """Yield each 'X has not commented on Y's information' with X and Y."""
    for sentence in sentences:
        for party in parties_in(sentence, None):
            if party.cue != "not_commented":
                continue
            rest = sentence.span.text[party.span.end - sentence.span.start :]
            verb_end = re.search(r"comment\w*|confirmed|responded", rest)
            about = ABOUT.match(rest[verb_end.end() :]) if verb_end else None
            yield NonComment(
                silent=party,
                span=sentence.span,
                about=_LEADING_THE.sub("", about.group("about")) if about else None,
            )


def shares_name_words(name: str, options: list[str]) -> int | None:
    """Return the one option that shares a capitalised word with the name, if exactly one does."""
    words = set(re.findall(r"\b[A-Z][\w’'-]*", name)) - {"The"}
    sharing = [i for i, o in enumerate(options) if words & set(re.findall(r"\b[A-Z][\w’'-]*", o))]
    return sharing[0] if len(sharing) == 1 else None
