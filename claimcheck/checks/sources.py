"""A text must say what its sources say (CC7xx)."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Severity, SourceMatch, Status

# What CC703 judges; CC701 and CC702 judge the values (figures, dates, durations, times).
NAME_KINDS = {"name", "code"}
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
    """Check each figure, date and duration of the text against the sources."""
    for m in _values(claims):
        if m.status == "unsupported":
            continue
        first = m.evidence[0]
        found = "; ".join(f"source {e.source} [{e.start}:{e.end}] {e.text!r}" for e in m.evidence)
        yield Outcome(
            Status.CONSISTENT if m.status == "supported" else Status.INCONSISTENT,
            f"text {m.span.text!r} = {m.value} ({m.kind}); {found}",
            (m.span,),
            {"value": m.span.text, "source": first.source, "evidence": first.text},
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
    """Flag a figure, date or duration that no source contains."""
    for m in _values(claims):
        if m.status == "unsupported":
            yield Outcome(
                Status.INCONSISTENT,
                f"text {m.span.text!r} = {m.value} ({m.kind}); no {m.kind} value of "
                "any source overlaps it",
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
    for m in claims.source_matches:
        if m.kind in NAME_KINDS and m.status == "unsupported":
            yield Outcome(
                Status.INCONSISTENT,
                f"text {m.span.text!r}: {LOOKED_UP[m.kind]}",
                (m.span,),
                {"kind": m.kind, "value": m.span.text},
            )


def _values(claims: Claims) -> Iterator[SourceMatch]:
    return (m for m in claims.source_matches if m.kind not in NAME_KINDS)
