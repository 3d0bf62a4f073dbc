"""Quotations of a text against its sources: word for word (CC704), reworded, or absent (CC705)."""

import pytest

import claimcheck
from claimcheck.models import Status

SOURCE = (
    'The minister told reporters: "We will never give up on our people, and we will win '
    'this war before winter." She added that talks were "not on the table for now".'
)


def quote_findings(text, sources=(SOURCE,)):
    report = claimcheck.check(text, sources=list(sources), config=claimcheck.Config())
    return [f for f in report.findings if f.rule in {"CC704", "CC705"}]


@pytest.mark.parametrize(
    "quote",
    [
        "“We will never give up on our people”",
        '"we will NEVER give up, on our people"',
        '"We will never give up … we will win this war"',
        '"We will never give up on [the Ukrainian] people"',
    ],
)
def test_a_quotation_found_word_for_word_is_consistent(quote):
    (f,) = quote_findings(f"The minister said {quote} on Monday.")
    assert (f.rule, f.status) == ("CC704", Status.CONSISTENT)
    (evidence,) = f.sources
    assert evidence.source == 0 and SOURCE[evidence.start : evidence.end] == evidence.text
    assert evidence.text.startswith("We will never give up")


def test_a_reworded_quotation_is_an_error_that_shows_the_changed_words():
    (f,) = quote_findings(
        'She said: "We will not give up on our people, and we will win this war."'
    )
    assert (f.rule, f.status, f.severity.value) == ("CC704", Status.INCONSISTENT, "error")
    assert "never → not" in f.computation
    assert f.sources[0].text.startswith("We will never give up")


def test_a_quotation_no_source_has_is_a_warning():
    (f,) = quote_findings('He said: "Our tanks are ready to cross the river tonight."')
    assert (f.rule, f.status, f.severity.value) == ("CC705", Status.INCONSISTENT, "warning")


def test_short_quoted_terms_are_not_checked():
    assert quote_findings('Talks are "off the table", and so are "foreign mercenaries".') == []


def test_the_source_that_has_the_quotation_is_cited():
    other = 'Later he said "the bridge will reopen in May" to the press.'
    (f,) = quote_findings('He said "the bridge will reopen in May".', sources=(SOURCE, other))
    assert (f.rule, f.status, f.sources[0].source) == ("CC704", Status.CONSISTENT, 1)


def test_words_match_whole_not_as_parts_of_longer_words():
    (f,) = quote_findings(
        'He said "the bridge will reopen soon".', sources=("He said the bridges will reopen soon.",)
    )
    assert (f.rule, f.status) == ("CC704", Status.INCONSISTENT)
    assert "bridges → bridge" in f.computation


def test_short_quoted_terms_are_listed_as_not_compared():
    report = claimcheck.check(
        'Talks are "off the table".', sources=[SOURCE], config=claimcheck.Config()
    )
    (skipped,) = report.coverage.not_compared
    assert skipped.span.text == '"off the table"' and "term" in skipped.reason
