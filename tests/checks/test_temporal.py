from datetime import date

import pytest
from factory import amount, claims, day, duration, figure, ordinal

import claimcheck
from claimcheck.checks.registry import RULES
from claimcheck.models import Change, EventDuration, PeriodClaim, Status

YEAR = 365.2425


def run(rule_id, c):
    return [f.status for f in RULES[rule_id].findings(c)]


def change_over(stated):
    earlier = figure(300_000, as_of=day(date(2023, 11, 21), date(2023, 11, 30)))
    later = figure(350_000, as_of=day(date(2024, 3, 14)))
    return claims(
        changes=(
            Change(
                amount=amount(45_000, 55_000),
                earlier=earlier,
                later=later,
                duration=stated,
            ),
        )
    )


def test_years_between_dates_months_apart_is_an_error():
    stated = duration(3 * YEAR, 4 * YEAR, "more than 3 years", lo_open=True, hi_open=True)
    assert run("CC201", change_over(stated)) == [Status.INCONSISTENT]


def test_months_between_dates_months_apart_is_consistent():
    assert run("CC201", change_over(duration(3.45 * 30.44, 3.55 * 30.44))) == [Status.CONSISTENT]


def test_duration_edge_both_sides():
    # elapsed: 2023-11-21..30 → 2024-03-14 = 105..114 days
    assert run("CC201", change_over(duration(114, 200))) == [Status.CONSISTENT]
    assert run("CC201", change_over(duration(114, 200, lo_open=True))) == [Status.INCONSISTENT]


def test_undated_figure_is_not_checked():
    c = change_over(duration(1, 2))
    undated = c.changes[0].model_copy(update={"earlier": figure(300_000)})
    assert run("CC201", claims(changes=(undated,))) == [Status.NOT_CHECKED]


def periods(*items):
    return tuple(PeriodClaim(period=p, as_of=d) for p, d in items)


def test_second_year_then_third_year_agree():
    c = claims(
        periods=periods(
            (ordinal(2, False), day(date(2024, 1, 1), date(2024, 1, 10))), (ordinal(3, True), None)
        )
    )
    assert run("CC202", c) == [Status.CONSISTENT]


def test_third_year_then_fifth_year_two_months_later_disagree():
    c = claims(periods=periods((ordinal(3, True), day(date(2024, 1, 1))), (ordinal(5, True), None)))
    assert run("CC202", c) == [Status.INCONSISTENT]


def test_one_ordinal_alone_is_not_judged():
    assert run("CC202", claims(periods=periods((ordinal(3, True), None)))) == []


def within(stated, as_of=None):
    return claims(
        periods=periods((ordinal(3, True), None)),
        event_durations=(EventDuration(duration=stated, event="war", as_of=as_of),),
    )


def test_duration_longer_than_the_event_is_an_error():
    stated = duration(3 * YEAR, 4 * YEAR, lo_open=True, hi_open=True)
    assert run("CC203", within(stated)) == [Status.INCONSISTENT]


def test_duration_shorter_than_the_event_is_consistent():
    assert run("CC203", within(duration(2 * YEAR, 2.5 * YEAR))) == [Status.CONSISTENT]


def test_duration_edge_at_the_event_age():
    # third year entered by 2024-03-14: started after 2021-03-14, so less than 3 years old
    assert run("CC203", within(duration(2.99 * YEAR, 4 * YEAR))) == [Status.CONSISTENT]
    assert run("CC203", within(duration(3 * YEAR, 4 * YEAR))) == [Status.INCONSISTENT]


def test_in_the_nth_year_alone_gives_no_age_to_check_against():
    c = claims(
        periods=periods(
            (ordinal(2, False), day(date(2024, 1, 5))),
        ),
        event_durations=(EventDuration(duration=duration(60, 70), event="war", as_of=None),),
    )
    assert run("CC203", c) == []


@pytest.mark.parametrize(
    ("lasted", "status"), [("35 years", "inconsistent"), ("25 years", "consistent")]
)
def test_an_nth_decade_bounds_how_long_an_event_has_lasted(lasted, status):
    text = f"The war has entered its third decade. The war has lasted {lasted}."
    report = claimcheck.check(text, published=date(2020, 5, 1))
    assert [(f.rule, f.status.value) for f in report.findings] == [("CC203", status)]


@pytest.mark.parametrize(
    ("year", "status"), [(1702, Status.CONSISTENT), (1712, Status.INCONSISTENT)]
)
def test_more_than_a_round_number_of_years_reaches_to_the_next_ten(year, status):
    text = (
        "The expedition passed through the valley in 1540. "
        f"More than 160 years later, settlers founded a town there in {year}."
    )
    found = [f.status for f in claimcheck.check(text).findings if f.rule == "CC204"]
    assert found == [status]
