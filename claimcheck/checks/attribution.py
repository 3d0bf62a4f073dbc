"""Who said it (CC4xx)."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Severity, Status


@rule(
    "CC402",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "{figure} is credited to {credited}, but the text says {silent} "
        "has not commented on {about}'s figures",
    },
)
def credited_to_silent_party(claims: Claims) -> Iterator[Outcome]:
    """Flag a figure credited to a party that the text says did not comment on it."""
    for a in claims.attributions:
        others = ", ".join(p.name for p in a.others) or "another source"
        yield Outcome(
            Status.INCONSISTENT,
            f"{a.figure.quantity.span.text}: credited to {a.credited.name} "
            f"({a.credited.cue}) and to {others}; '{a.silence.span.text}'",
            (a.credited.span, a.figure.quantity.span, a.silence.span),
            {
                "figure": a.figure.quantity.span.text,
                "credited": a.credited.span.text,
                "silent": a.silence.silent.span.text,
                "about": a.silence.about or "the source",
            },
        )
