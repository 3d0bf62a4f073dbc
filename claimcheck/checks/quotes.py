"""A quotation must read the same wherever it is repeated (CC6xx)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher

from claimcheck.checks.registry import Outcome, rule
from claimcheck.models import Claims, Severity, Span, Status

# Quotes shorter than this are phrases ("foreign mercenaries"), not statements to compare.
MIN_WORDS = 5
# How alike two quotes must be to be taken as the same statement reproduced twice.
SAME_STATEMENT = 0.6
# How many distinct quotations before it each quotation is compared with.
PARTNERS = 50


@rule(
    "CC601",
    Severity.WARNING,
    {
        Status.INCONSISTENT: "the quote {a!r} is reproduced differently as {b!r}",
    },
    pairwise=True,
)
def quote_reproduced_differently(claims: Claims) -> Iterator[Outcome]:
    """Flag two quotations of one statement whose words differ.

    A quotation repeated word for word is compared once, at its first place, and each is
    compared with the PARTNERS distinct quotations before it, so a long text costs time in
    proportion to its length and its findings do not multiply with its repetitions.
    """
    first: dict[tuple[str, ...], Span] = {}
    for q in claims.quotes:
        words = tuple(_words(q.text))
        if len(words) >= MIN_WORDS:
            first.setdefault(words, q)
    distinct = list(first.items())
    pairs = (
        (distinct[i], distinct[j])
        for j in range(len(distinct))
        for i in range(max(0, j - PARTNERS), j)
    )
    for (wa, a), (wb, b) in pairs:
        if _contains(list(wa), list(wb)) or _contains(list(wb), list(wa)):
            continue
        similarity, changes = word_changes(a.text, b.text)
        if similarity < SAME_STATEMENT:
            continue
        yield Outcome(
            Status.INCONSISTENT,
            f"word similarity {similarity:.2f}; {changes}",
            (a, b),
            {"a": short(a.text), "b": short(b.text)},
        )


def word_changes(a: str, b: str) -> tuple[float, str]:
    """Return how alike two passages are, word by word, and the words that differ."""
    wa, wb = _words(a), _words(b)
    matcher = SequenceMatcher(a=wa, b=wb, autojunk=False)
    changed = [
        f"{' '.join(wa[i1:i2]) or '∅'} → {' '.join(wb[j1:j2]) or '∅'}"
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]
    return matcher.ratio(), f"differences: {'; '.join(changed) or 'none'}"


def short(text: str, limit: int = 60) -> str:
    """Cut a passage to a length a message can show."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _contains(long: list[str], short: list[str]) -> bool:
    """Tell whether one quote is a contiguous excerpt of the other."""
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))
