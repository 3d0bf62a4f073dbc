"""Who said it (CC4xx)."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Party, Severity, Status
from claimcheck.normalize.names import same_name


@rule(
    "CC401",
    Severity.WARNING,
    {
        Status.INCONSISTENT: "{figure} is credited both to {a} and to {b}",
    },
)
def credited_to_two_sources(claims: Claims) -> Iterator[Outcome]:
    """Flag a figure that one sentence credits to two different parties: whose is it?"""
    settled = {a.figure.quantity.span.start for a in claims.attributions}  # CC402 says more
    for f in claims.figures:
        if f.quantity.span.start in settled:
            continue
        parties = _distinct(f.sources)
        if len(parties) >= 2:
            a, b = parties[:2]
            yield Outcome(
                Status.INCONSISTENT,
                f"{f.quantity.span.text}: {a.name} ({a.cue}); {b.name} ({b.cue})",
                (f.quantity.span, a.span, b.span),
                {"figure": f.quantity.span.text, "a": a.span.text, "b": b.span.text},
            )


def _distinct(parties: tuple[Party, ...]) -> list[Party]:
    """Keep one party per name: 'Stoltenberg' and 'NATO chief Jens Stoltenberg' are one."""
    kept: list[Party] = []
    for p in parties:
        if not any(same_name(p.name, k.name) for k in kept):
            kept.append(p)
    return kept


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
