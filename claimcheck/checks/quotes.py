"""A quotation must read the same wherever it is repeated (CC6xx)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from itertools import combinations

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Severity, Span, Status

# Quotes shorter than this are phrases ("foreign mercenaries"), not statements to compare.
MIN_WORDS = 5
# How alike two quotes must be to be taken as the same statement reproduced twice.
SAME_STATEMENT = 0.6


@rule(
    "CC601",
    Severity.WARNING,
    {
        Status.INCONSISTENT: "the quote {a!r} is reproduced differently as {b!r}",
    },
)
def quote_reproduced_differently(claims: Claims) -> Iterator[Outcome]:
    """Flag two quotations of one statement whose words differ."""
    long_quotes = [(q, _words(q)) for q in claims.quotes if len(_words(q)) >= MIN_WORDS]
    for (a, wa), (b, wb) in combinations(long_quotes, 2):
        if wa == wb or _contains(wa, wb) or _contains(wb, wa):
            continue
        matcher = SequenceMatcher(a=wa, b=wb, autojunk=False)
        if matcher.ratio() < SAME_STATEMENT:
            continue
        changed = [
            f"{' '.join(wa[i1:i2]) or '∅'} → {' '.join(wb[j1:j2]) or '∅'}"
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()
            if tag != "equal"
        ]
        yield Outcome(
            Status.INCONSISTENT,
            f"word similarity {matcher.ratio():.2f}; differences: {'; '.join(changed)}",
            (a, b),
            {"a": _short(a.text), "b": _short(b.text)},
        )


def _words(span: Span) -> list[str]:
    return re.findall(r"\w+", span.text.lower())


def _contains(long: list[str], short: list[str]) -> bool:
    """Tell whether one quote is a contiguous excerpt of the other."""
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
