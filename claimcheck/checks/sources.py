"""A text must say what its sources say (CC7xx)."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.checks.quotes import SAME_STATEMENT, short, word_changes
from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Severity, SourceMatch, Status

# What CC703 and CC704/CC705 judge; CC701 and CC702 judge the values (figures, dates,
# durations, times).
NAME_KINDS = {"name", "code"}
QUOTE = "quote"
LOOKED_UP = {
    "name": "no source has its words in any case, nor words that differ only in their "
    "endings, nor words with its initials",
    "code": "no source has this token, ignoring case and punctuation",
}


@rule(
    "CC701",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "{value!r} differs from what source {source} says: {evidence!r}",
        Status.CONSISTENT: "{value!r} is in source {source}: {evidence!r}",
    },
)
def value_vs_sources(claims: Claims) -> Iterator[Outcome]:
    """Check each figure, date, duration and time of day of the text against the sources."""
    for m in _values(claims):
        if m.status == "unsupported":
            continue
        first = m.evidence[0]
        found = "; ".join(f"source {e.source} [{e.start}:{e.end}] {e.text!r}" for e in m.evidence)
        supported = m.status == "supported"
        if not m.detail:
            detail, evidence = "", first.text
        elif supported:  # a sum of the source's figures: 'the sum of '$29' and '$12''
            detail, evidence = f": {m.detail}", m.detail
        else:
            detail, evidence = f": the same value, but {m.detail}", first.text
        yield Outcome(
            Status.CONSISTENT if supported else Status.INCONSISTENT,
            f"text {m.span.text!r} = {m.value} ({m.kind}); {found}{detail}",
            (m.span,),
            {"value": m.span.text, "source": first.source, "evidence": evidence},
            sources=m.evidence,
        )


@rule(
    "CC702",
    Severity.WARNING,
    {
        Status.INCONSISTENT: "{value!r} appears in no source",
    },
)
def value_without_source(claims: Claims) -> Iterator[Outcome]:
    """Flag a figure, date, duration or time of day that no source contains."""
    for m in _values(claims):
        if m.status == "unsupported":
            yield Outcome(
                Status.INCONSISTENT,
                f"text {m.span.text!r} = {m.value} ({m.kind}); no source has a {m.kind} value "
                "that fits it",
                (m.span,),
                {"value": m.span.text},
            )


@rule(
    "CC703",
    Severity.WARNING,
    {
        Status.INCONSISTENT: "{kind} {value!r} appears in no source",
    },
)
def name_without_source(claims: Claims) -> Iterator[Outcome]:
    """Flag a name or code (a capitalised word inside a sentence, 'COVID-19') no source has."""
    for m in _names(claims):
        if m.status == "unsupported":
            yield Outcome(
                Status.INCONSISTENT,
                f"text {m.span.text!r}: {LOOKED_UP[m.kind]}",
                (m.span,),
                {"kind": m.kind, "value": m.span.text},
            )


@rule(
    "CC704",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "the quote {value!r} reads differently in source {source}: "
        "{evidence!r}",
        Status.CONSISTENT: "the quote {value!r} is in source {source}",
    },
)
def quote_vs_sources(claims: Claims) -> Iterator[Outcome]:
    """Check that each quotation of the text is in a source word for word."""
    for m in _quotes(claims):
        if m.status == "supported":
            status, computation = Status.CONSISTENT, f"word for word in {_where(m)}"
        elif (alike := _reworded(m)) is not None:
            status = Status.INCONSISTENT
            computation = f"closest passage {_where(m)}, word similarity {alike[0]:.2f}; {alike[1]}"
        else:
            continue
        first = m.evidence[0]
        yield Outcome(
            status,
            computation,
            (m.span,),
            {"value": short(m.span.text), "source": first.source, "evidence": short(first.text)},
            sources=m.evidence,
        )


@rule(
    "CC705",
    Severity.WARNING,
    {
        Status.INCONSISTENT: "the quote {value!r} is in no source",
    },
)
def quote_without_source(claims: Claims) -> Iterator[Outcome]:
    """Flag a quotation that no source has, nor a passage that reads like it."""
    for m in _quotes(claims):
        if m.status == "unsupported" and _reworded(m) is None:
            closest = (
                f"; the closest passage, {_where(m)}, shares too few words" if m.evidence else ""
            )
            yield Outcome(
                Status.INCONSISTENT,
                f"no source has it word for word{closest}",
                (m.span,),
                {"value": short(m.span.text)},
            )


def _names(claims: Claims) -> Iterator[SourceMatch]:
    return (m for m in claims.source_matches if m.kind in NAME_KINDS)


def _quotes(claims: Claims) -> Iterator[SourceMatch]:
    return (m for m in claims.source_matches if m.kind == QUOTE)


def _reworded(m: SourceMatch) -> tuple[float, str] | None:
    """Return the word similarity and changes when the closest passage is the statement."""
    if m.status != "unsupported" or not m.evidence:
        return None
    similarity, changes = word_changes(m.evidence[0].text, m.span.text)
    return (similarity, changes) if similarity >= SAME_STATEMENT else None


def _where(m: SourceMatch) -> str:
    e = m.evidence[0]
    return f"source {e.source} [{e.start}:{e.end}]"


def _values(claims: Claims) -> Iterator[SourceMatch]:
    return (m for m in claims.source_matches if m.kind not in {*NAME_KINDS, QUOTE})
