"""Plain-text and markdown renderings of a report, findings in text order."""

from __future__ import annotations

from claimcheck.models import Finding, Report, Span, Status
from claimcheck.report.safe import markdown_cell, visible

MARKS = {
    Status.INCONSISTENT: "✗",
    Status.CONSISTENT: "✓",
    Status.UNVERIFIABLE: "?",
    Status.NOT_CHECKED: "–",
}


def plural(n: int, noun: str, many: str | None = None) -> str:
    """Write a count with its noun: '1 finding', '2 findings', '1 ordinal period'."""
    return f"{n:,} {noun if n == 1 else many or noun + 's'}"


def _where(span: Span) -> str:
    return f"[{span.start}:{span.end}] {visible(repr(span.text))}"


def _finding_lines(f: Finding) -> list[str]:
    head = f"{MARKS[f.status]} {f.rule} {f.severity.value.upper()} {f.status.value}: "
    lines = [head + visible(f.message)]
    if f.computation:
        lines.append(f"    computation: {visible(f.computation)}")
    lines += [f"    at {_where(s)}" for s in f.spans]
    return lines


def _coverage_lines(report: Report) -> list[str]:
    c = report.coverage
    lines = [
        f"coverage: {plural(c.figures, 'figure')}, {plural(c.dates, 'date')}, "
        f"{plural(c.durations, 'duration')}, {plural(c.ordinals, 'ordinal period')}; "
        f"{plural(c.checked, 'figure')} cited by a check; "
        f"{plural(len(c.skipped), 'token')} skipped; {plural(c.llm_calls, 'model call')}"
        + (f", {plural(c.cached_answers, 'answer')} from the cache" if c.cached_answers else "")
    ]
    lines += [f"  skipped {_where(s.span)}: {visible(s.reason)}" for s in c.skipped]
    return lines


def render_text(report: Report) -> str:
    """Render the report as plain text."""
    lines: list[str] = []
    for f in report.findings:
        lines += _finding_lines(f)
    errors = sum(f.status is Status.INCONSISTENT for f in report.findings)
    lines.append(f"\n{plural(len(report.findings), 'finding')}, {errors} inconsistent")
    lines += _coverage_lines(report)
    lines += [f"assumed: {visible(a)}" for a in report.assumptions]
    lines += [
        f"FAILED {visible(x.part)}: {visible(x.error)} (checks not run: "
        f"{', '.join(x.skipped_checks)})"
        for x in report.failures
    ]
    return "\n".join(lines) + "\n"


def render_markdown(report: Report) -> str:
    """Render the report as markdown, for pull requests and newsroom chat."""
    lines = ["| | rule | severity | finding | computation | where |", "|---|---|---|---|---|---|"]
    for f in report.findings:
        where = "<br>".join(f"`{s.start}–{s.end}` {_cell(s.text)}" for s in f.spans)
        lines.append(
            f"| {MARKS[f.status]} | {f.rule} | {f.severity.value} | {_cell(f.message)} "
            f"| {_cell(f.computation)} | {where} |"
        )
    lines.append("")
    lines += [f"- {markdown_cell(line.strip())}" for line in _coverage_lines(report)]
    lines += [f"- assumed: {markdown_cell(a)}" for a in report.assumptions]
    lines += [f"- **failed** {x.part}: {_cell(x.error)}" for x in report.failures]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return markdown_cell(text)
