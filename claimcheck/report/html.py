"""One self-contained HTML file: the text with cited spans highlighted, findings beside it."""

from __future__ import annotations

from collections.abc import Sequence
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
mark.evidence { background: none; outline: 1px solid #8e8e93; outline-offset: 1px; }
a.hl { color: inherit; text-decoration: none; }
li:target { box-shadow: 0 0 0 3px #0a84ff; }
.back { font-size: 12px; margin-left: 8px; }
.filters { padding: 10px 24px 0; font-size: 13px; }
#hide-consistent:checked ~ main li.ok, #hide-consistent:checked ~ main li.unverifiable {
  display: none; }
ol { list-style: none; margin: 0; padding: 0; }
li { background: #fff; border-left: 5px solid #8e8e93; border-radius: 6px; margin-bottom: 10px;
     padding: 10px 14px; box-shadow: 0 1px 3px rgba(0,0,0,.10); }
li.error { border-color: #d70015; } li.warning { border-color: #c76e00; }
li.ok { border-color: #248a3d; } li.unverifiable { border-color: #5856d6; }
.rule { font-weight: 600; font-family: ui-monospace, monospace; }
.computation { font-family: ui-monospace, monospace; font-size: 12.5px; color: #3a3a3c;
               margin-top: 4px; }
.where { font-size: 12px; color: #6e6e73; margin-top: 4px; }
.source { padding: 0 24px 20px; } .source h2 { font-size: 15px; margin: 8px 0; }
footer { padding: 0 24px 24px; font-size: 13px; color: #3a3a3c; }
.ctl { font: 10px ui-monospace, monospace; color: #fff; background: #6e6e73; border-radius: 2px;
       padding: 0 2px; }
"""
# Which highlight wins where spans overlap: the most serious. A span that is only evidence
# for a finding (not its first span) is outlined in a neutral colour, never the error colour.
RANK = {"error": 3, "warning": 2, "unverifiable": 1, "ok": 0, "evidence": -1}


def _css_class(f: Finding) -> str:
    if f.status is Status.INCONSISTENT:
        return "error" if f.severity is Severity.ERROR else "warning"
    return "ok" if f.status is Status.CONSISTENT else "unverifiable"


def _highlighted(text: str, report: Report) -> str:
    """Return the text as HTML, each cited span marked with its most serious finding and
    linked to that finding's card; the card links back to its first mark."""
    cited = [
        (s.start, s.end, _css_class(f) if k == 0 else "evidence", f.rule, n)
        for n, f in enumerate(report.findings)
        for k, s in enumerate(f.spans)
    ]
    firsts = [(f.spans[0].start, n) for n, f in enumerate(report.findings) if f.spans]
    return _marked(text, cited, firsts, "t")


def _source(index: int, name: str, text: str, report: Report) -> str:
    """Return one source as HTML, each passage a finding cites marked and linked to it."""
    cited = [
        (s.start, s.end, _css_class(f), f.rule, n)
        for n, f in enumerate(report.findings)
        for s in f.sources
        if s.source == index
    ]
    firsts = [
        (min(s.start for s in f.sources if s.source == index), n)
        for n, f in enumerate(report.findings)
        if any(s.source == index for s in f.sources)
    ]
    return (
        f'<section class="source" id="s{index}"><h2>source {index}: {html_text(name)}</h2>'
        f'<div class="doc">{_marked(text, cited, firsts, f"s{index}-")}</div></section>'
    )


def _marked(
    text: str,
    cited: Sequence[tuple[int, int, str, str, int]],
    firsts: Sequence[tuple[int, int]],
    prefix: str,
) -> str:
    """Return text as HTML with each cited span (start, end, class, rule, card) marked by its
    most serious class and linked to its card; an anchor `{prefix}{card}` stands where each
    card's first span begins."""
    marks: dict[int, tuple[str, tuple[str, ...], int]] = {}
    for start, end, cls, rule, card in cited:
        for i in range(start, min(end, len(text))):
            current = marks.get(i)
            rules = (current[1] if current else ()) + (rule,)
            if current is None or RANK[cls] > RANK[current[0]]:
                marks[i] = (cls, rules, card)
            else:
                marks[i] = (current[0], rules, current[2])
    anchors: dict[int, list[int]] = {}
    for at, card in firsts:
        anchors.setdefault(min(at, len(text)), []).append(card)
    out, i = [], 0
    while i < len(text):
        out += [f'<span id="{prefix}{n}"></span>' for n in anchors.get(i, [])]
        j = i + 1
        while j < len(text) and marks.get(j) == marks.get(i) and j not in anchors:
            j += 1
        chunk = html_text(text[i:j])
        mark = marks.get(i)
        if mark:
            cls, rules, card = mark
            title = escape(", ".join(sorted(set(rules))))
            chunk = (
                f'<a class="hl" href="#f{card}"><mark class="{cls}" '
                f'title="{title}">{chunk}</mark></a>'
            )
        out.append(chunk)
        i = j
    out += [f'<span id="{prefix}{n}"></span>' for n in anchors.get(len(text), [])]
    return "".join(out)


def _finding(n: int, f: Finding, shown: bool) -> str:
    where = "; ".join(f"[{s.start}:{s.end}] {html_text(s.text)}" for s in f.spans)
    sources = "; ".join(
        (f'<a href="#s{s.source}-{n}">' if shown else "")
        + f"source {s.source} [{s.start}:{s.end}] {html_text(s.text)}"
        + ("</a>" if shown else "")
        for s in f.sources
    )
    return (
        f'<li id="f{n}" class="{_css_class(f)}"><span class="rule">{f.rule}</span> '
        f"{f.severity.value} · {f.status.value}<br>{html_text(f.message)}"
        f'<div class="computation">{html_text(f.computation)}</div>'
        f'<div class="where">{where}{"<br>" + sources if sources else ""}'
        f'<a class="back" href="#t{n}">in the text ↑</a></div></li>'
    )


def render_html(
    report: Report,
    text: str,
    title: str = "claimcheck report",
    sources: Sequence[tuple[str, str]] = (),
) -> str:
    """Render the report and its text as one HTML page with no external assets; with the
    sources (each a name and its text), show them below, the passages findings cite marked."""
    shown = "".join(_source(i, name, body, report) for i, (name, body) in enumerate(sources))
    c = report.coverage
    flagged = sum(f.status is Status.INCONSISTENT for f in report.findings)
    notes = "".join(f"<li>assumed: {html_text(a)}</li>" for a in report.assumptions)
    notes += "".join(
        f"<li>failed: {html_text(x.part)}: {html_text(x.error)}</li>" for x in report.failures
    )
    notes += "".join(
        f"<li>skipped [{s.span.start}:{s.span.end}] {html_text(s.span.text)}: "
        f"{html_text(s.reason)}</li>"
        for s in c.skipped
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>{CSS}</style></head>
<body><header><h1>{escape(title)}</h1>
<p>{plural(len(report.findings), "finding")}, {flagged} inconsistent ·
{plural(c.figures, "figure")}, {plural(c.dates, "date")}, {plural(c.durations, "duration")},
{plural(c.ordinals, "ordinal period")} · {plural(c.checked, "figure")} cited ·
{plural(len(c.skipped), "token")} skipped · {plural(c.llm_calls, "model call")}</p></header>
<input type="checkbox" id="hide-consistent">
<label class="filters" for="hide-consistent">hide the consistent findings</label>
<main><div class="doc">{_highlighted(text, report)}</div>
<ol>{"".join(_finding(n, f, bool(sources)) for n, f in enumerate(report.findings))}</ol></main>
{shown}<footer><ul>{notes}</ul></footer></body></html>
"""
