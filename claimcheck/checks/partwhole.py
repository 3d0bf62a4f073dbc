"""A part must fit within its whole (CC3xx)."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Severity, Status
from claimcheck.normalize.intervals import at_most, render


@rule(
    "CC301",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "the part {part} is larger than its whole {whole}",
        Status.CONSISTENT: "the part {part} fits within its whole {whole}",
    },
)
def part_within_whole(claims: Claims) -> Iterator[Outcome]:
    """Check 'N out of M' and 'M, including N': N ≤ M."""
    for p in claims.parts:
        part, whole = p.part.quantity, p.whole.quantity
        fits = at_most(part.interval, whole.interval)
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"{render(part.interval)} ≤ {render(whole.interval)}: {'yes' if fits else 'no'}",
            (part.span, p.cue, whole.span),
            {"part": part.span.text, "whole": whole.span.text},
        )
