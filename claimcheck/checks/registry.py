"""The registry of rules: each rule has a stable id, a severity and message templates."""

from __future__ import annotations

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
    rule_id: RuleId, severity: Severity, messages: dict[Status, str]
) -> Callable[[Check], Check]:
    """Register a check under a stable id; ids are never reused or renumbered."""

    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} is registered twice")
        RULES[rule_id] = Rule(rule_id, severity, messages, check)
        return check

    return register


def run_all(claims: Claims, skip: frozenset[str] = frozenset()) -> list[Finding]:
    """Run every registered rule not in skip; return findings in text order."""
    found = [f for r in RULES.values() if r.id not in skip for f in r.findings(claims)]
    return sorted(found, key=lambda f: (min(s.start for s in f.spans), f.rule))
