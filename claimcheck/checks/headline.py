"""The headline must say what the body says (CC5xx)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Figure, QuantityKind, Role, Severity, Span, Status
from claimcheck.normalize.intervals import overlaps, render

JOINERS = {"or", "and", "had", "have", "has", "were", "was", "been", "being"}


@rule(
    "CC501",
    Severity.WARNING,
    {
        Status.INCONSISTENT: "the headline's {figure} appears nowhere in the body",
    },
)
def headline_figure_in_body(claims: Claims) -> Iterator[Outcome]:
    """Flag a headline figure that no body figure matches."""
    for h in _headline_figures(claims):
        if not _matches(h, claims):
            q = h.quantity
            yield Outcome(
                Status.INCONSISTENT,
                f"{q.span.text} = {render(q.interval)} {q.unit or ''}"
                "; no body figure with that unit overlaps it",
                (q.span,),
                {"figure": q.span.text},
            )


@rule(
    "CC502",
    Severity.WARNING,
    {
        Status.INCONSISTENT: "the headline says {headline!r} where the body says {body!r}",
        Status.CONSISTENT: "the headline describes {figure} as the body does",
    },
)
def headline_metric(claims: Claims) -> Iterator[Outcome]:
    """Flag a headline that describes a figure more loosely or more strongly than the body."""
    for h in _headline_figures(claims):
        described = [(m, m.metric) for m in _matches(h, claims) if m.metric is not None]
        if h.metric is None or not described:
            continue
        body, metric = max(described, key=lambda pair: (len(_stems(pair[1])), -pair[0].sentence))
        fits = _stems(metric) <= _stems(h.metric)
        spans: tuple[Span, ...] = (h.metric, h.quantity.span, body.quantity.span, metric)
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"headline: {h.metric.text!r} {h.quantity.span.text}; body: {body.quantity.span.text} "
            f"{metric.text!r}; "
            + (
                "the headline has every term of the body"
                if fits
                else "the headline lacks the body's "
                + ", ".join(map(repr, _missing(metric, h.metric)))
            ),
            spans,
            {"headline": h.metric.text, "body": metric.text, "figure": h.quantity.span.text},
        )


def _headline_figures(claims: Claims) -> list[Figure]:
    return [
        f
        for f in claims.figures
        if f.role is Role.HEADLINE and f.quantity.kind in (QuantityKind.COUNT, QuantityKind.MONEY)
    ]


def _matches(h: Figure, claims: Claims) -> list[Figure]:
    return [
        f
        for f in claims.figures
        if f.role is not Role.HEADLINE
        and f.quantity.unit == h.quantity.unit
        and f.quantity.kind is h.quantity.kind
        and overlaps(f.quantity.interval, h.quantity.interval)
    ]


def _missing(metric: Span, headline: Span) -> list[str]:
    """Return the body's words whose stem the headline lacks, as written."""
    have = _stems(headline)
    words = re.findall(r"[a-z]+", metric.text.lower())
    return [w for w in words if w not in JOINERS and w[:3] not in have]


def _stems(metric: Span) -> set[str]:
    """Return crude stems of a metric's words, so 'lost' and 'lose' compare equal."""
    words = re.findall(r"[a-z]+", metric.text.lower())
    return {w[:3] for w in words if w not in JOINERS}
