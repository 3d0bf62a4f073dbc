"""The founding example end to end, replayed from the cassette recorded with the local model.

Each test is one row of examples/nato_casualties_EXPECTED.md.
"""

import pytest
from seed import ARTICLE, SEED_CASSETTE, at

import claimcheck
from claimcheck.models import Severity, Status


@pytest.fixture(scope="module")
def report():
    return claimcheck.check(ARTICLE, config=claimcheck.Config(cassette=SEED_CASSETTE))


def findings(report, rule, status):
    return [f for f in report.findings if f.rule == rule and f.status is status]


def starts(finding):
    return {s.start for s in finding.spans}


def test_no_part_failed(report):
    assert report.failures == ()


def test_e1_duration_does_not_fit_the_dates_compared(report):
    (f,) = findings(report, "CC201", Status.INCONSISTENT)
    assert f.severity is Severity.ERROR
    assert {at("more than 3 years"), at("at the end of November 2023"), at("March 14")} <= starts(f)
    assert "3.4–3.7 months" in f.computation


def test_e2_duration_does_not_fit_the_third_year(report):
    (f,) = findings(report, "CC203", Status.INCONSISTENT)
    assert f.severity is Severity.ERROR
    assert {at("more than 3 years"), at("has entered its third year")} <= starts(f)


def test_e3_figure_credited_to_a_party_that_did_not_comment(report):
    (f,) = findings(report, "CC402", Status.INCONSISTENT)
    assert f.severity is Severity.ERROR
    assert {
        at("The Russian military"),
        at("350,000", 1),
        at("The Russian Ministry of Defense has not"),
    } == starts(f)


def test_w1_headline_metric_is_looser_than_the_body(report):
    (f,) = findings(report, "CC502", Status.INCONSISTENT)
    assert f.severity is Severity.WARNING
    assert {at("lost"), at("killed or wounded")} <= starts(f)


def test_c1_difference_is_consistent(report):
    (f,) = findings(report, "CC101", Status.CONSISTENT)
    assert {at("about 50,000"), at("more than 300,000")} <= starts(f)
    assert at("350,000") in starts(f) or at("more than 350,000", 1) in starts(f)


def test_c2_c3_parts_fit_their_wholes(report):
    pairs = {
        (f.spans[0].start, f.spans[-1].start) for f in findings(report, "CC301", Status.CONSISTENT)
    }
    assert (at("159,000"), at("more than 383,000")) in pairs
    assert (at("5,962"), at("13,387")) in pairs
    assert {(at("2,960"), at("5,962")), (at("2,960"), at("13,387"))} & pairs
    assert not findings(report, "CC301", Status.INCONSISTENT)


def test_c4_ratio_implies_an_unverifiable_figure(report):
    (f,) = findings(report, "CC102", Status.UNVERIFIABLE)
    assert {at("more than 180,000"), at("nearly 6 times")} <= starts(f)


def test_c5_ordinal_years_agree(report):
    (f,) = findings(report, "CC202", Status.CONSISTENT)
    assert {at("in the second year"), at("has entered its third year")} == starts(f)


def test_no_other_error_or_warning(report):
    flagged = sorted(f.rule for f in report.findings if f.status is Status.INCONSISTENT)
    assert flagged == ["CC201", "CC203", "CC402", "CC502"]


def test_money_is_never_linked_to_soldiers(report):
    money = at("about $350 million")
    assert not any(money in starts(f) for f in report.findings)


def test_different_periods_are_never_compared(report):
    assert not any(
        {at("more than 215,000"), at("more than 383,000")} <= starts(f) for f in report.findings
    )


def test_two_replays_are_byte_identical(report):
    again = claimcheck.check(ARTICLE, config=claimcheck.Config(cassette=SEED_CASSETTE))
    assert again.to_json() == report.to_json()


def test_every_figure_and_date_is_accounted_for(report):
    c = report.coverage
    assert (c.figures, c.dates, c.durations, c.ordinals) == (21, 9, 1, 2)
    assert [s.span.text for s in c.skipped] == ["A-50U"]


def test_progress_hears_of_every_model_call_before_it_is_sent():
    calls = []
    report = claimcheck.check(
        ARTICLE, config=claimcheck.Config(cassette=SEED_CASSETTE), progress=calls.append
    )
    assert len(calls) == report.coverage.llm_calls > 0
    assert all(isinstance(call, str) and call for call in calls)
