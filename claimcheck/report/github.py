"""GitHub Actions workflow annotations: one '::error' or '::warning' line per finding."""

from __future__ import annotations

from claimcheck.models import Report, Severity, Status
from claimcheck.report.locate import InFile
from claimcheck.report.safe import visible

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_github(path: str, report: Report) -> str:
    """Render each inconsistent finding as a workflow command GitHub shows on the file."""
    located = InFile(report)
    out = []
    for f in report.findings:
        if f.status is not Status.INCONSISTENT:
            continue
        properties = {"file": path, "title": f"{f.rule} {f.severity.value}"}
        region = located.region(f.spans[0])
        if region is not None:
            start, end = region
            properties |= {
                "line": str(start.line),
                "col": str(start.column),
                "endLine": str(end.line),
                "endColumn": str(end.column),
            }
        listed = ",".join(f"{k}={_property(v)}" for k, v in properties.items())
        message = f"{f.message}: {f.computation}" if f.computation else f.message
        out.append(f"::{COMMANDS[f.severity]} {listed}::{_data(visible(message))}")
    return "".join(f"{line}\n" for line in out)


def _data(text: str) -> str:
    """Escape a command's message as the runner expects: %, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """Escape a command's property value: as a message, and ':' and ','."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")
