"""The registry of rules: each rule has a stable id, a severity and message templates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from claimcheck.models import Claims, Finding, RuleId, Severity, SourceSpan, Span, Status


@dataclass(frozen=True)
class Outcome:
    """What a check concluded, with the evidence that fills its message template."""

    status: Status
    computation: str
    spans: tuple[Span, ...]
    fields: dict[str, Any] = field(default_factory=dict)
    sources: tuple[SourceSpan, ...] = ()


Check = Callable[[Claims], Iterator[Outcome]]


@dataclass(frozen=True)
class Rule:
    id: RuleId
    severity: Severity
    messages: dict[Status, str]
    check: Check
    # Whether the rule compares two passages of the text, whose findings a repeated passage
    # multiplies: those that differ only in their figures are then grouped (see grouped).
    pairwise: bool = False

    def findings(self, claims: Claims) -> Iterator[Finding]:
        """Run the check and turn its outcomes into findings."""
        for outcome in self.check(claims):
            severity = self.severity if outcome.status is Status.INCONSISTENT else Severity.INFO
            yield Finding(
                rule=self.id,
                severity=severity,
                status=outcome.status,
                message=self.messages[outcome.status].format(**outcome.fields),
                computation=outcome.computation,
                spans=outcome.spans,
                sources=outcome.sources,
            )


RULES: dict[str, Rule] = {}


def rule(
    rule_id: RuleId, severity: Severity, messages: dict[Status, str], pairwise: bool = False
) -> Callable[[Check], Check]:
    """Register a check under a stable id; ids are never reused or renumbered."""

    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} is registered twice")
        RULES[rule_id] = Rule(rule_id, severity, messages, check, pairwise)
        return check

    return register


def run_all(claims: Claims, skip: frozenset[str] = frozenset()) -> list[Finding]:
    """Run every registered rule not in skip; return findings in text order, those that
    differ only in their figures grouped into one."""
    found = [f for r in RULES.values() if r.id not in skip for f in r.findings(claims)]
    ordered = sorted(found, key=lambda f: (min(s.start for s in f.spans), f.rule))
    return grouped(ordered)


# Figures in a message: what varies between the findings of one passage repeated.
FIGURES_IN = re.compile(r"\d[\d,.]*")
# How many of a group's other messages its computation lists.
LISTED = 5


def grouped(findings: list[Finding]) -> list[Finding]:
    """Merge the inconsistent findings of one pairwise rule whose messages differ only in their
    figures ('the losses of Russia is given as '101,000' and as '102,000''), so that a
    passage repeated N times gives one finding, not one for each pair: the first, with
    every span of the group and a count of the others."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    order: list[Finding | tuple[str, str]] = []
    for f in findings:
        if f.status is not Status.INCONSISTENT or not RULES[f.rule].pairwise:
            order.append(f)
            continue
        key = (f.rule, FIGURES_IN.sub("#", f.message))
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(f)
    return [x if isinstance(x, Finding) else _merged(groups[x]) for x in order]


def _merged(group: list[Finding]) -> Finding:
    first, others = group[0], group[1:]
    if not others:
        return first
    spans = sorted({s for f in group for s in f.spans}, key=lambda s: (s.start, s.end))
    listed = "; ".join(f.message for f in others[:LISTED])
    more = f"; and {len(others) - LISTED} more" if len(others) > LISTED else ""
    return first.model_copy(
        update={
            "message": f"{first.message} (and {len(others)} more like it)",
            "computation": f"{first.computation}. Also: {listed}{more}",
            "spans": tuple(spans),
            "sources": tuple(dict.fromkeys(s for f in group for s in f.sources)),
        }
    )
