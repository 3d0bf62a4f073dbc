"""Rich terminal output: each finding in colour, its first span highlighted in its sentence."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from claimcheck.models import Finding, Report, Severity, Span, Status
from claimcheck.report.safe import visible
from claimcheck.report.text import MARKS, render_text

STYLES = {"error": "bold red", "warning": "bold yellow", "ok": "green", "unverifiable": "blue"}
CONTEXT = 70


def _style(f: Finding) -> str:
    if f.status is Status.INCONSISTENT:
        return STYLES["error" if f.severity is Severity.ERROR else "warning"]
    return STYLES["ok" if f.status is Status.CONSISTENT else "unverifiable"]


def _in_context(span: Span, text: str, style: str) -> Text:
    start, end = max(0, span.start - CONTEXT), min(len(text), span.end + CONTEXT)
    line = Text("    … ")
    line.append(visible(" ".join(text[start : span.start].split())) + " ")
    line.append(visible(text[span.start : span.end]), style=f"{style} underline")
    line.append(" " + visible(" ".join(text[span.end : end].split())) + " …")
    return line


def print_report(report: Report, text: str, console: Console) -> None:
    """Print in colour on a terminal; plain text (render_text) anywhere else."""
    if not console.is_terminal:
        console.file.write(render_text(report))
        return
    for f in report.findings:
        style = _style(f)
        head = Text(
            f"{MARKS[f.status]} {f.rule} {f.severity.value} {f.status.value}: ", style=style
        )
        head.append(visible(f.message), style="default")
        console.print(head)
        if f.spans:
            console.print(_in_context(f.spans[0], text, style))
        if f.computation:
            console.print(Text(f"    {visible(f.computation)}", style="dim"))
    # A Text, not a str: Rich would read '[bold]' in the checked text as markup.
    console.print(Text(render_text(report).split("\n\n", 1)[-1].rstrip()), highlight=False)
