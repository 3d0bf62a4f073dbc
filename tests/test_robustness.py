"""Hostile and careless use: threads, crashes, API misuse, unsafe output, secrets, typed ids.

Each test is one case of the robustness issue that failed before it was fixed; the README's
faults table has a row for each.
"""

import io
import json
import re
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from html import escape as html_escape
from typing import get_args

import pytest
from rich.console import Console
from seed import CASSETTES, ROOT

import claimcheck
from claimcheck.checks.registry import RULES
from claimcheck.errors import InputError
from claimcheck.extract.ask import MAX_OPTIONS, Chooser
from claimcheck.llm import LLM
from claimcheck.models import RuleId, Severity
from claimcheck.report import render_html, render_markdown, render_text
from claimcheck.report.terminal import print_report

INTERNAL = ROOT / "tests" / "data" / "internal_sample.jsonl"
RECORDED = CASSETTES / "tests" / "internal"
HOSTILE = (
    "Sales were 50 units \x1b[2J\x1b]0;pwned\x07 in 2020 and 30 units in 2021, a rise of 20 "
    "[/bold] units <img src=x onerror=alert(1)> | \r end \u202egnp.exe\u200b."
)


def _rows():
    return [json.loads(line) for line in INTERNAL.read_text(encoding="utf-8").splitlines()]


def _replayed(row):
    config = claimcheck.Config(cassette=RECORDED / f"{row['id']}.yaml")
    return claimcheck.check(row["text"], config=config).to_json()


def test_eight_threads_with_different_cassettes_match_the_sequential_run():
    rows = _rows()[:16]
    sequential = [_replayed(r) for r in rows]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(_replayed, rows))
    assert threaded == sequential


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The war has entered its 2025th year, 3 years after it began on 31 December 2020.", None),
        ("It happens tomorrow, 5 more than the 3 before.", date(9999, 12, 31)),
        ("Sales rose last month to 40 units.", date(1, 1, 1)),
    ],
)
def test_dates_outside_the_calendar_do_not_crash(text, published):
    report = claimcheck.check(text, published=published, config=claimcheck.Config(base_url=None))
    assert all(s.span.text == text[s.span.start : s.span.end] for s in report.coverage.skipped)


def test_a_question_with_more_options_than_letters_is_recorded_not_raised():
    chooser = Chooser(LLM(claimcheck.Config(base_url=None)), "A document.")
    options = [f"option {i}" for i in range(MAX_OPTIONS + 1)]
    assert chooser.choose("q", "Which?", options, ("CC101",)) is None
    (failure,) = chooser.failures
    assert "26 candidates" in failure.error and failure.skipped_checks == ("CC101",)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"sources": "one source as a string"}, "sources must be a list"),
        ({"sources": None}, "sources must be a list"),
        ({"published": "2024-03-14"}, "published must be a datetime.date"),
        ({"config": "x"}, "config must be a claimcheck.Config"),
        ({"progress": 5}, "progress must be callable"),
    ],
)
def test_api_misuse_is_an_input_error_saying_what_was_expected(kwargs, expected):
    with pytest.raises(InputError, match=expected):
        claimcheck.check("Sales rose 5% to 40 units.", **kwargs)


def _hostile_report():
    """A report whose finding quotes the hostile text in its message, computation and span."""
    text = f"Sales rose from 120 to 150, an increase of 50. {HOSTILE}"
    report = claimcheck.check(text, config=claimcheck.Config(base_url=None))
    finding = report.findings[0]
    span = finding.spans[0].model_copy(
        update={"start": len(text) - len(HOSTILE), "end": len(text), "text": HOSTILE}
    )
    hostile = finding.model_copy(
        update={"message": HOSTILE, "computation": HOSTILE, "spans": (span,)}
    )
    return report.model_copy(update={"findings": (hostile,), "assumptions": (HOSTILE,)}), text


def test_terminal_text_shows_escape_sequences_instead_of_running_them():
    report, text = _hostile_report()
    plain = render_text(report)
    assert "\x1b" not in plain and "\x07" not in plain and "\\x1b" in plain
    console = Console(file=io.StringIO(), force_terminal=True, width=200)
    print_report(report, text, console)
    shown = console.file.getvalue()
    assert "\x1b]0;pwned" not in shown and "\x1b[2J" not in shown and "\x07" not in shown


def test_markdown_keeps_input_inside_its_cell_and_renders_no_html():
    report, _ = _hostile_report()
    md = render_markdown(report)
    rows = [line for line in md.splitlines() if line.startswith("| ")]
    assert "<img" not in md and "\r" not in md
    # Six columns: seven pipes that are not escaped, on every row.
    assert all(len(re.findall(r"(?<!\\)\|", line)) == 7 for line in rows)


def test_html_shows_bidi_and_zero_width_characters():
    report, text = _hostile_report()
    page = render_html(report, text)
    assert "\u202e" not in page and "\u200b" not in page and "\x1b" not in page
    assert "U+202E" in page and "U+200B" in page
    assert "<img src=x" not in page


def test_severity_compares_by_seriousness():
    assert Severity.INFO < Severity.WARNING < Severity.ERROR
    assert not Severity.WARNING >= Severity.ERROR
    assert max(Severity) is Severity.ERROR


def test_the_registered_rules_are_exactly_the_typed_ids():
    assert set(RULES) == set(get_args(RuleId))


def test_html_links_highlights_and_cards_and_keeps_evidence_out_of_the_error_colour():
    text = "Sales were flat.\nSales rose from 120 to 150, an increase of 50."
    report = claimcheck.check(text, config=claimcheck.Config(base_url=None))
    page = render_html(report, text)
    (n,) = [n for n, f in enumerate(report.findings) if f.rule == "CC101"]
    first, *evidence = report.findings[n].spans
    assert f'<span id="t{n}"></span><a class="hl" href="#f{n}"><mark class="error"' in page
    assert f'<li id="f{n}" class="error">' in page and f'href="#t{n}"' in page
    for span in evidence:
        assert '<mark class="evidence"' in page and html_escape(span.text) in page
    assert 'id="hide-consistent"' in page
