"""Findings of a pairwise rule that a repeated passage multiplies are grouped (no model)."""

import re
from collections import Counter

import claimcheck
from claimcheck.checks.registry import RULES
from claimcheck.models import Status

ARTICLE = (
    "Russia has lost 101,000 soldiers, NATO said on Monday. Officials said the figure "
    "was 'about 101,000'. Russia has lost 104,000 soldiers, NATO said on Tuesday."
)


def copy(i):
    """The passage with its figures moved by i × 100,000."""
    return re.sub(r"10(\d),000", lambda m: f"{i + 1}0{m.group(1)},000", ARTICLE)


def repeated(copies):
    """The passage written `copies` times, its figures varied per copy."""
    return "\n\n".join(copy(i) for i in range(copies))


def pairwise(text):
    findings = claimcheck.check(text).findings
    return Counter(
        f.rule for f in findings if f.status is Status.INCONSISTENT and RULES[f.rule].pairwise
    ), findings


def test_a_repeated_passage_gives_as_many_pairwise_findings_as_one_copy_of_it_twice():
    twice, _ = pairwise(repeated(2))
    six, findings = pairwise(repeated(6))
    assert twice and six == twice
    merged = [f for f in findings if "more like it" in f.message]
    assert merged
    assert max(s.start for s in merged[0].spans) > len(repeated(5))  # spans of the last copy


def test_findings_of_two_subjects_are_not_grouped():
    text = "Smith, 43, left. Jones, 50, stayed. The 47-year-old Smith came back. Jones, 52, spoke."
    found = [f for f in claimcheck.check(text).findings if f.rule == "CC801"]
    assert len(found) == 2 and not any("more like it" in f.message for f in found)


def test_a_value_compared_with_sources_is_never_grouped():
    report = claimcheck.check(
        "Sales rose 50% and costs fell 35%.",
        sources=["Sales rose 20% and costs fell 10%."],
    )
    assert len([f for f in report.findings if f.rule == "CC701"]) == 2
