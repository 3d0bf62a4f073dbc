"""Arithmetic between figures: differences and ratios (CC1xx)."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Change, Claims, QuantityKind, Severity, Status
from claimcheck.normalize.changes import PERCENTS, points_change, readings, relative_change
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
        if c.amount.kind in PERCENTS:
            continue  # CC103 and CC104 judge percentages
        a, b = c.earlier.quantity, c.later.quantity
        top, bottom = (a, b) if c.falling else (b, a)  # 'a drop of 50' states earlier − later
        actual = difference(top.interval, bottom.interval)
        fits = overlaps(actual, c.amount.interval)
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"{top.value:,.0f} − {bottom.value:,.0f} = {top.value - bottom.value:,.0f}; with "
            f"qualifiers {render(top.interval)} − {render(bottom.interval)} = {render(actual)}; "
            f"stated {c.amount.span.text} = {render(c.amount.interval)}",
            (c.amount.span, a.span, b.span),
            {
                "stated": repr(c.amount.span.text),
                "later": top.span.text,
                "earlier": bottom.span.text,
            },
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


@rule(
    "CC103",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "the stated change {stated} fits neither the percentage change "
        "nor the points between {earlier} and {later}",
        Status.CONSISTENT: "the stated change {stated} fits {earlier} → {later}",
    },
)
def percentage_change(claims: Claims) -> Iterator[Outcome]:
    """Check 'up 20%' and 'up 2 percentage points' against the two figures compared."""
    for c, fits, shown in _percent_changes(claims):
        if fits["points"] and not fits["percentage"] and c.amount.kind is QuantityKind.PERCENT:
            continue  # CC104's case
        fine = fits["percentage"] or fits["points"]
        yield _outcome(c, Status.CONSISTENT if fine else Status.INCONSISTENT, shown)


@rule(
    "CC104",
    Severity.WARNING,
    {
        Status.INCONSISTENT: "the stated change {stated} is the difference in percentage points "
        "between {earlier} and {later}, not a percentage change",
    },
)
def percent_for_points(claims: Claims) -> Iterator[Outcome]:
    """Flag a change in percentage points written as a percentage: '10% → 12%, up 2%'."""
    for c, fits, shown in _percent_changes(claims):
        if c.amount.kind is QuantityKind.PERCENT and fits["points"] and not fits["percentage"]:
            yield _outcome(c, Status.INCONSISTENT, shown)


def _percent_changes(claims: Claims) -> Iterator[tuple[Change, dict[str, bool], str]]:
    for c in claims.changes:
        if c.amount.kind not in PERCENTS:
            continue
        a, b = c.earlier.quantity, c.later.quantity
        relative = relative_change(a.interval, b.interval)
        shown = (
            f"{a.span.text} → {b.span.text}: change in points "
            f"{render(points_change(a.interval, b.interval))}; relative change "
            f"{render(relative) + '%' if relative else 'undefined'}; stated "
            f"{c.amount.span.text} = {render(c.amount.interval)}"
        )
        yield c, readings(c.amount, a, b), shown


def _outcome(c: Change, status: Status, shown: str) -> Outcome:
    a, b = c.earlier.quantity, c.later.quantity
    return Outcome(
        status,
        shown,
        (c.amount.span, a.span, b.span),
        {"stated": repr(c.amount.span.text), "earlier": a.span.text, "later": b.span.text},
    )
