"""A text must say what its sources say (CC7xx)."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Severity, Status


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
    for m in claims.source_matches:
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
    for m in claims.source_matches:
        if m.status == "unsupported":
            yield Outcome(
                Status.INCONSISTENT,
                f"text {m.span.text!r} = {m.value} ({m.kind}); no {m.kind} value of "
                "any source overlaps it",
                (m.span,),
                {"value": m.span.text},
            )
