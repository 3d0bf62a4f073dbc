"""A part must fit within its whole (CC3xx)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import reduce

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Severity, Status
from claimcheck.normalize.intervals import at_most, overlaps, render, total


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


@rule(
    "CC302",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "the parts {parts} do not add up to the total {total}",
        Status.CONSISTENT: "the parts {parts} add up to the total {total}",
    },
)
def parts_add_up(claims: Claims) -> Iterator[Outcome]:
    """Check listed parts against the total their sentence states: 'A, B and C, N in all'."""
    for t in claims.totals:
        parts = [p.quantity for p in t.parts]
        summed = reduce(total, (p.interval for p in parts))
        fits = overlaps(summed, t.total.quantity.interval)
        shown = " + ".join(p.span.text for p in parts)
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"{shown} = {render(summed)}; stated {t.total.quantity.span.text} = "
            f"{render(t.total.quantity.interval)}",
            (*(p.span for p in parts), t.cue, t.total.quantity.span),
            {"parts": shown, "total": t.total.quantity.span.text},
        )
