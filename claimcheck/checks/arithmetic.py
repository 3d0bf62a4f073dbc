"""Arithmetic between figures: differences and ratios (CC1xx)."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Severity, Status
from claimcheck.normalize.intervals import difference, overlaps, quotient, render


@rule(
    "CC101",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "the stated change {stated} does not fit {later} − {earlier}",
        Status.CONSISTENT: "the stated change {stated} fits {later} − {earlier}",
    },
)
def change_vs_difference(claims: Claims) -> Iterator[Outcome]:
    """Check that 'N more' is the difference of the two figures it compares."""
    for c in claims.changes:
        a, b = c.earlier.quantity, c.later.quantity
        actual = difference(b.interval, a.interval)
        fits = overlaps(actual, c.amount.interval)
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"{b.value:,.0f} − {a.value:,.0f} = {b.value - a.value:,.0f}; with qualifiers "
            f"{render(b.interval)} − {render(a.interval)} = {render(actual)}; "
            f"stated {c.amount.span.text} = {render(c.amount.interval)}",
            (c.amount.span, a.span, b.span),
            {"stated": repr(c.amount.span.text), "later": b.span.text, "earlier": a.span.text},
        )


@rule(
    "CC102",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "{figure} is not {factor} {other}'s {candidate}",
        Status.CONSISTENT: "{figure} is {factor} {other}'s {candidate}",
        Status.UNVERIFIABLE: "{figure}, {factor} {other}'s, implies {implied} for {other}; "
        "the text gives no such figure",
    },
)
def ratio(claims: Claims) -> Iterator[Outcome]:
    """Check 'N, k times more than X' against X's figure, or report the implied figure."""
    for r in claims.ratios:
        q = r.figure.quantity
        implied = quotient(q.interval, r.factor.interval)
        if implied is None:
            continue
        shown = (
            f"{render(q.interval)} ÷ {render(r.factor.interval)} = {render(implied)} "
            f"(read as '{r.factor.span.text}' as many)"
        )
        fields = {
            "figure": q.span.text,
            "factor": r.factor.span.text,
            "other": r.other.text,
            "implied": render(implied),
            "candidate": "",
        }
        if not r.candidates:
            yield Outcome(Status.UNVERIFIABLE, shown, (q.span, r.factor.span, r.other), fields)
            continue
        c = r.candidates[0].quantity
        fits = overlaps(implied, c.interval)
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"{shown}; {c.span.text} = {render(c.interval)}",
            (q.span, r.factor.span, c.span),
            fields | {"candidate": c.span.text},
        )
