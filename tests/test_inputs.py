"""Bad and odd input: a clear ClaimcheckError or correct handling; never a crash or silent cut."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import InputError, InputTooLargeError

OFFLINE = claimcheck.Config(base_url=None)


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text(text):
    with pytest.raises(InputError, match="empty"):
        claimcheck.check(text, config=OFFLINE)


def test_bytes_that_are_not_utf8():
    with pytest.raises(InputError, match="not UTF-8"):
        claimcheck.check(b"\xff\xfe caf\xe9", config=OFFLINE)


def test_utf8_bytes_are_read():
    report = claimcheck.check("It cost €15 thousand.".encode(), config=OFFLINE)
    assert report.coverage.figures == 1


@pytest.mark.parametrize("bad", [None, 42, ["a list"]])
def test_wrong_type(bad):
    with pytest.raises(InputError, match="must be str"):
        claimcheck.check(bad, config=OFFLINE)


def test_binary_text():
    with pytest.raises(InputError, match="binary"):
        claimcheck.check("PK\x03\x04\x00\x00", config=OFFLINE)


def test_ten_megabytes_is_over_the_limit_and_says_how_to_raise_it():
    with pytest.raises(InputTooLargeError, match=r"Config\(max_chars=") as err:
        claimcheck.check("word " * 2_000_000, config=OFFLINE)
    assert err.value.size == 10_000_000 and err.value.limit == OFFLINE.max_chars


def test_five_thousand_numbers_are_all_read():
    text = " ".join(f"Site {n} counted {1000 + n:,} birds." for n in range(5000))
    report = claimcheck.check(text, config=OFFLINE)
    assert report.coverage.figures == 10_000
    assert report.coverage.skipped == ()


def test_a_single_one_megabyte_line():
    text = "In 2021 the fund held 12 assets and 3.5% cash; " * 22_000
    assert len(text) > 1_000_000 and "\n" not in text
    report = claimcheck.check(text, config=OFFLINE)
    assert report.coverage.figures == 2 * 22_000
    assert report.coverage.dates == 22_000


def test_odd_unicode_is_read_correctly():
    text = "They lost more\u00a0than 350,000\u200f soldiers and ３５ tanks\x07 in 2023."
    report = claimcheck.check(text, config=OFFLINE)
    figures = {s.text for f in report.findings for s in f.spans}
    assert report.coverage.figures == 2 and report.coverage.dates == 1
    assert figures == set()  # nothing to compare, nothing flagged


def test_long_text_tells_that_questions_saw_excerpts():
    body = "Filler sentence without figures. " * 400
    text = f"{body}Sales rose to 120 units from 100 units. {body}"
    report = claimcheck.check(text, config=claimcheck.Config(base_url=None, window_chars=2000))
    assert any("excerpts" in a for a in report.assumptions)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=400))
def test_check_on_any_text_returns_a_report_or_a_claimcheck_error(text):
    try:
        report = claimcheck.check(text, config=OFFLINE, sources=[text])
    except claimcheck.ClaimcheckError:
        return
    for finding in report.findings:
        for span in finding.spans:
            assert text[span.start : span.end] == span.text
        if finding.rule.startswith("CC7"):  # a text checked against itself
            assert finding.status is claimcheck.Status.CONSISTENT, finding


# Figures, dates, names, codes and quotations, so that sources and texts share and differ.
PIECES = st.sampled_from(
    ["5", "3.5%", "$1.2bn", "3 May", "2024", "Romania", "COVID-19", '"we will win this war"']
    + ["up to 50%", " per month", " increase", "6:55 PM", "first year", ". ", " the ", "\n"]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, min_size=1, max_size=15), st.lists(PIECES, min_size=1, max_size=15))
def test_check_against_any_source_returns_a_report_or_a_claimcheck_error(text, source):
    text, source = "".join(text), "".join(source)
    try:
        report = claimcheck.check(text, config=OFFLINE, sources=[source])
    except claimcheck.ClaimcheckError:
        return
    for finding in report.findings:
        for evidence in finding.sources:
            assert source[evidence.start : evidence.end] == evidence.text
