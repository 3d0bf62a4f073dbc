"""SARIF 2.1.0, for code-scanning views: one run, every rule with its help, each
inconsistent finding a result located by line and column in its file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from claimcheck.checks import RULES
from claimcheck.models import Finding, Report, Severity, Span, Status
from claimcheck.report.locate import InFile
from claimcheck.version import __version__

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION = "https://github.com/claimcheck/claimcheck#the-rules"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_sarif(reports: Sequence[tuple[str, Report]]) -> str:
    """Render the reports of several files as one SARIF log."""
    results = [
        _result(f, uri, located)
        for uri, report in reports
        for located in [InFile(report)]
        for f in report.findings
        if f.status is Status.INCONSISTENT
    ]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": _driver()},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _driver() -> dict[str, Any]:
    return {
        "name": "claimcheck",
        "version": __version__,
        "informationUri": INFORMATION,
        "rules": [
            {
                "id": rule.id,
                "shortDescription": {"text": _first_line(rule.check.__doc__)},
                "fullDescription": {"text": " ".join((rule.check.__doc__ or "").split())},
                "help": {"text": " ".join((rule.check.__doc__ or "").split())},
                "defaultConfiguration": {"level": LEVELS[rule.severity]},
            }
            for rule in sorted(RULES.values(), key=lambda r: r.id)
        ],
    }


def _result(f: Finding, uri: str, located: InFile) -> dict[str, Any]:
    locations = [_location(s, uri, located) for s in f.spans]
    return {
        "ruleId": f.rule,
        "level": LEVELS[f.severity],
        "message": {"text": f"{f.message} ({f.computation})" if f.computation else f.message},
        "locations": locations[:1],
        "relatedLocations": [{"id": i, **loc} for i, loc in enumerate(locations[1:], start=1)],
    }


def _location(span: Span, uri: str, located: InFile) -> dict[str, Any]:
    """Locate a span in its file; a span inside a --title, which no file holds, by file only."""
    artifact = {"artifactLocation": {"uri": uri}}
    offset, found = located.offset(span), located.region(span)
    if offset is None or found is None:
        return {"physicalLocation": artifact}
    start, end = found
    region = {
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
        "charOffset": offset,
        "charLength": span.end - span.start,
    }
    return {"physicalLocation": {**artifact, "region": region}}


def _first_line(doc: str | None) -> str:
    return " ".join((doc or "").strip().split("\n\n")[0].split())
