"""Every figure, date and duration of the founding article, with value, interval and span."""

from datetime import date

import pytest
from seed import ARTICLE, at

from claimcheck.models import QuantityKind
from claimcheck.normalize import read
from claimcheck.normalize.intervals import render

READING = read(ARTICLE)

FIGURES = [  # written, nth occurrence, value, kind, unit, interval
    ("more than 350,000", 0, 350_000, QuantityKind.COUNT, "soldiers", "(350,000, 360,000)"),
    ("350,000", 1, 350_000, QuantityKind.COUNT, "soldiers", "[345,000, 355,000)"),
    ("more than 350,000", 1, 350_000, QuantityKind.COUNT, "soldiers", "(350,000, 360,000)"),
    ("about $350 million", 0, 350e6, QuantityKind.MONEY, "USD", "[315,000,000, 385,000,000]"),
    ("more than 300,000", 0, 300_000, QuantityKind.COUNT, "soldiers", "(300,000, 400,000)"),
    ("thousands", 0, 2000, QuantityKind.VAGUE, "tanks", "[2,000, 10,000)"),
    ("hundreds", 0, 200, QuantityKind.VAGUE, "aircraft", "[200, 1,000)"),
    ("about 50,000", 0, 50_000, QuantityKind.COUNT, "soldiers", "[45,000, 55,000]"),
    ("more than 180,000", 0, 180_000, QuantityKind.COUNT, "soldiers", "(180,000, 190,000)"),
    ("nearly 6 times", 0, 6, QuantityKind.MULTIPLIER, "times", "[5.4, 6)"),
    ("more than 215,000", 0, 215_000, QuantityKind.COUNT, "soldiers", "(215,000, 216,000)"),
    ("28,000", 0, 28_000, QuantityKind.COUNT, "heavy", "[27,500, 28,500)"),
    ("more than 383,000", 0, 383_000, QuantityKind.COUNT, "soldiers", "(383,000, 384,000)"),
    ("159,000", 0, 159_000, QuantityKind.COUNT, "people", "[158,500, 159,500)"),
    ("5,962", 0, 5962, QuantityKind.COUNT, "people", "[5,961.5, 5,962.5)"),
    ("13,387", 0, 13_387, QuantityKind.COUNT, "mercenaries", "[13,386.5, 13,387.5)"),
    ("2,960", 0, 2960, QuantityKind.COUNT, "people", "[2,955, 2,965)"),
    ("63", 0, 63, QuantityKind.COUNT, "countries", "[62.5, 63.5)"),
    # the noun finder takes the first lower-case word: "early" of "early warning aircraft"
    ("two", 0, 2, QuantityKind.COUNT, "early", "[1.5, 2.5)"),
    ("second", 0, 2, QuantityKind.ORDINAL, "year", "2"),
    ("third", 0, 3, QuantityKind.ORDINAL, "year", "3"),
]

DATES = [  # written, nth occurrence, first day, last day
    ("March 14", 0, date(2024, 3, 14), date(2024, 3, 14)),
    ("at the end of November 2023", 0, date(2023, 11, 21), date(2023, 11, 30)),
    ("February 25", 0, date(2024, 2, 25), date(2024, 2, 25)),
    ("early January", 0, date(2024, 1, 1), date(2024, 1, 10)),
    ("September 2023", 0, date(2023, 9, 1), date(2023, 9, 30)),
    ("June of the same year", 0, date(2023, 6, 1), date(2023, 6, 30)),
    ("March 14", 1, date(2024, 3, 14), date(2024, 3, 14)),
    ("mid-February", 0, date(2024, 2, 11), date(2024, 2, 20)),
    ("May 2023", 0, date(2023, 5, 1), date(2023, 5, 31)),
]


def test_every_figure_is_found_once_with_its_span():
    assert len(READING.quantities) == len(FIGURES)


@pytest.mark.parametrize(("written", "nth", "value", "kind", "unit", "interval"), FIGURES)
def test_figure(written, nth, value, kind, unit, interval):
    start = at(written, nth) if kind is not QuantityKind.ORDINAL else at(f"{written} year", nth)
    (q,) = [q for q in READING.quantities if q.span.start == start]
    assert (q.span.text, q.value, q.kind, q.unit, render(q.interval)) == (
        written,
        value,
        kind,
        unit,
        interval,
    )


def test_money_and_soldiers_share_a_number_but_not_a_unit():
    money = next(q for q in READING.quantities if q.kind is QuantityKind.MONEY)
    soldiers = [q for q in READING.quantities if q.value == 350_000]
    assert money.value == 350e6 and {q.unit for q in soldiers} == {"soldiers"}


@pytest.mark.parametrize(("written", "nth", "first", "last"), DATES)
def test_date(written, nth, first, last):
    (d,) = [d for d in READING.dates if d.span.start == at(written, nth)]
    assert (d.span.text, d.first, d.last) == (written, first, last)


def test_every_date_is_found():
    assert len(READING.dates) == len(DATES)


def test_year_less_dates_resolve_to_2024():
    year_less = [d for d in READING.dates if d.year_from != "text"]
    assert {d.span.text for d in year_less} == {
        "March 14",
        "February 25",
        "early January",
        "mid-February",
    }
    assert all(d.first.year == 2024 for d in year_less)


def test_duration_and_ordinal_periods():
    (d,) = READING.durations
    assert (d.span.start, d.span.text, d.unit, d.qualifier) == (
        at("more than 3 years"),
        "more than 3 years",
        "year",
        "more than",
    )
    assert [(p.n, p.entered, p.event) for p in READING.ordinals] == [
        (2, False, "conflict"),
        (3, True, "conflict"),
    ]


def test_periods_since_an_event_began():
    assert [(s.span.start, s.event) for s in READING.since] == [
        (at("since the beginning of the conflict"), "conflict"),
        (at("since the beginning of the year"), "year"),
        (at("since the beginning of the conflict", 1), "conflict"),
        (at("since the beginning of the conflict", 2), "conflict"),
    ]


def test_only_the_aircraft_code_is_skipped():
    assert [(s.span.text, s.reason) for s in READING.skipped] == [
        ("A-50U", "digits inside a name or code")
    ]
