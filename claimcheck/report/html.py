"""One self-contained HTML file: the text with cited spans highlighted, findings beside it."""

from __future__ import annotations

from html import escape

from claimcheck.models import Finding, Report, Severity, Status
from claimcheck.report.safe import html_text
from claimcheck.report.text import plural

CSS = """
body { font: 15px/1.55 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
header { padding: 14px 24px; background: #1d1d1f; color: #fff; }
header h1 { font-size: 18px; margin: 0; }
header p { margin: 4px 0 0; color: #c7c7cc; font-size: 13px; }
main { display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); gap: 20px;
       padding: 20px 24px; }
.doc { white-space: pre-wrap; background: #fff; padding: 18px 20px; border-radius: 8px;
       box-shadow: 0 1px 3px rgba(0,0,0,.12); }
mark { border-radius: 3px; padding: 0 1px; }
mark.error { background: #ffd0cc; border-bottom: 2px solid #d70015; }
mark.warning { background: #ffe9b3; border-bottom: 2px solid #c76e00; }
mark.ok { background: #d7f5dd; }
mark.unverifiable { background: #e3e3f7; }
ol { list-style: none; margin: 0; padding: 0; }
li { background: #fff; border-left: 5px solid #8e8e93; border-radius: 6px; margin-bottom: 10px;
     padding: 10px 14px; box-shadow: 0 1px 3px rgba(0,0,0,.10); }
li.error { border-color: #d70015; } li.warning { border-color: #c76e00; }
li.ok { border-color: #248a3d; } li.unverifiable { border-color: #5856d6; }
.rule { font-weight: 600; font-family: ui-monospace, monospace; }
.computation { font-family: ui-monospace, monospace; font-size: 12.5px; color: #3a3a3c;
               margin-top: 4px; }
.where { font-size: 12px; color: #6e6e73; margin-top: 4px; }
footer { padding: 0 24px 24px; font-size: 13px; color: #3a3a3c; }
.ctl { font: 10px ui-monospace, monospace; color: #fff; background: #6e6e73; border-radius: 2px;
       padding: 0 2px; }
"""
# Which highlight wins where spans overlap: the most serious.
RANK = {"error": 3, "warning": 2, "unverifiable": 1, "ok": 0}


def _css_class(f: Finding) -> str:
    if f.status is Status.INCONSISTENT:
        return "error" if f.severity is Severity.ERROR else "warning"
    return "ok" if f.status is Status.CONSISTENT else "unverifiable"


def _highlighted(text: str, report: Report) -> str:
    """Return the text as HTML, each cited span marked with its most serious finding."""
    marks: dict[int, tuple[str, list[str]]] = {}
    for f in report.findings:
        cls = _css_class(f)
        for s in f.spans:
            for i in range(s.start, min(s.end, len(text))):
                current = marks.get(i)
                worst = cls if current is None or RANK[cls] > RANK[current[0]] else current[0]
                rules = (current[1] if current else []) + [f.rule]
                marks[i] = (worst, rules)
    out, i = [], 0
    while i < len(text):
        j = i + 1
        while j < len(text) and marks.get(j) == marks.get(i):
            j += 1
        chunk = html_text(text[i:j])
        mark = marks.get(i)
        if mark:
            title = escape(", ".join(sorted(set(mark[1]))))
            chunk = f'<mark class="{mark[0]}" title="{title}">{chunk}</mark>'
        out.append(chunk)
        i = j
    return "".join(out)


def _finding(f: Finding) -> str:
    where = "; ".join(f"[{s.start}:{s.end}] {html_text(s.text)}" for s in f.spans)
    sources = "; ".join(
        f"source {s.source} [{s.start}:{s.end}] {html_text(s.text)}" for s in f.sources
    )
    return (
        f'<li class="{_css_class(f)}"><span class="rule">{f.rule}</span> '
        f"{f.severity.value} · {f.status.value}<br>{html_text(f.message)}"
        f'<div class="computation">{html_text(f.computation)}</div>'
        f'<div class="where">{where}{"<br>" + sources if sources else ""}</div></li>'
    )


def render_html(report: Report, text: str, title: str = "claimcheck report") -> str:
    """Render the report and its text as one HTML page with no external assets."""
    c = report.coverage
    flagged = sum(f.status is Status.INCONSISTENT for f in report.findings)
    notes = "".join(f"<li>assumed: {html_text(a)}</li>" for a in report.assumptions)
    notes += "".join(
        f"<li>failed: {html_text(x.part)}: {html_text(x.error)}</li>" for x in report.failures
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>{CSS}</style></head>
<body><header><h1>{escape(title)}</h1>
<p>{plural(len(report.findings), "finding")}, {flagged} inconsistent ·
{plural(c.figures, "figure")}, {plural(c.dates, "date")}, {plural(c.durations, "duration")},
{plural(c.ordinals, "ordinal period")} · {plural(c.checked, "figure")} cited ·
{plural(len(c.skipped), "token")} skipped · {plural(c.llm_calls, "model call")}</p></header>
<main><div class="doc">{_highlighted(text, report)}</div>
<ol>{"".join(_finding(f) for f in report.findings)}</ol></main>
<footer><ul>{notes}</ul></footer></body></html>
"""
