"""A helper for users' own test suites: fail a test when a text is inconsistent.

from claimcheck.testing import assert_consistent

def test_summary_matches_its_source():
    assert_consistent(summary, sources=[source], config=Config(cassette=CASSETTE))
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from claimcheck.config import Config
from claimcheck.models import Finding, Report, Severity, Span, Status
from claimcheck.pipeline import check
from claimcheck.report.locate import Lines

__tracebackhide__ = True  # pytest shows the assertion, not this module's frames


def failing(report: Report, fail_on: Severity = Severity.ERROR) -> list[Finding]:
    """Return the inconsistent findings at or above a severity."""
    return [f for f in report.findings if f.status is Status.INCONSISTENT and f.severity >= fail_on]


def assert_consistent(
    text: str,
    *,
    sources: Sequence[str] = (),
    title: str | None = None,
    published: date | None = None,
    config: Config | None = None,
    fail_on: Severity = Severity.ERROR,
    allow_incomplete: bool = False,
    file: str | None = None,
) -> Report:
    """Check the text; raise AssertionError listing each inconsistency with its spans.

    A report that is not complete (a question not asked or not answered) fails too, unless
    `allow_incomplete`: a check that could not run has not passed. Spans are shown as
    `file:line:col` (`<text>:line:col` when no file is named).
    """
    report = check(text, sources=sources, title=title, published=published, config=config)
    bad = failing(report, fail_on)
    if not bad and not report.complete and not allow_incomplete:
        lines = ["claimcheck could not run every check:"]
        lines += [
            f"  {f.part}: {f.error} (held back {', '.join(f.skipped_checks)})"
            for f in report.failures
        ]
        raise AssertionError("\n".join(lines))
    if bad:
        lines_of = Lines(report.document or text)
        lines = [f"claimcheck found {len(bad)} inconsistenc{'y' if len(bad) == 1 else 'ies'}:"]
        for f in bad:
            lines.append(f"  {f.rule} {f.severity.value}: {f.message}")
            lines.append(f"    computation: {f.computation}")
            lines += [f"    at {_where(s, lines_of, file)} {s.text!r}" for s in f.spans]
            lines += [f"    source {s.source} [{s.start}:{s.end}] {s.text!r}" for s in f.sources]
        raise AssertionError("\n".join(lines))
    return report


def _where(span: Span, lines: Lines, file: str | None) -> str:
    at = lines.at(span.start)
    return f"{file or '<text>'}:{at.line}:{at.column}"
