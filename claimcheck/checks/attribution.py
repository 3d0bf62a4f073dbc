"""Who said it (CC4xx)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Figure, Party, QuantityKind, Severity, Status
from claimcheck.normalize.names import same_name
from claimcheck.statements.vocabulary import UNNAMED

# Figures whose source matters: a count, an amount or a share, not a year or an ordinal.
CREDITED_KINDS = (QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.PERCENT)


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


@rule(
    "CC403",
    Severity.WARNING,
    {
        Status.INCONSISTENT: "{figure} is credited to {a} in one sentence and to {b} in another",
    },
    pairwise=True,
)
def credited_apart(claims: Claims) -> Iterator[Outcome]:
    """Flag one figure that two sentences credit each to a different single party."""
    seen: dict[tuple[float, float, str | None], Figure] = {}
    for f in claims.figures:
        parties = _distinct(f.sources)
        if len(parties) != 1 or f.quantity.kind not in CREDITED_KINDS:
            continue
        key = (f.quantity.interval.lo, f.quantity.interval.hi, f.quantity.unit)
        first = seen.setdefault(key, f)
        a, b = first.sources[0], parties[0]
        if first.sentence != f.sentence and not same_name(a.name, b.name):
            yield Outcome(
                Status.INCONSISTENT,
                f"{first.quantity.span.text}: {a.name} ({a.cue}); "
                f"{f.quantity.span.text}: {b.name} ({b.cue})",
                (first.quantity.span, a.span, f.quantity.span, b.span),
                {"figure": f.quantity.span.text, "a": a.span.text, "b": b.span.text},
            )


def _distinct(parties: tuple[Party, ...]) -> list[Party]:
    """Keep one party per name: 'Stoltenberg' and 'NATO chief Jens Stoltenberg' are one. A
    pronoun names no one ('as I've said once before, …,' General Musharraf said)."""
    kept: list[Party] = []
    for p in parties:
        if _pronoun(p.name):
            continue
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
    pairwise=True,
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


def _pronoun(name: str) -> bool:
    """Tell whether a party is written as a pronoun: 'he', 'I', "as I've"."""
    words = re.sub(r"['’][a-z]+$", "", name.strip().lower()).split()
    return bool(words) and words[-1] in UNNAMED
