import pytest

from claimcheck.normalize import read
from claimcheck.normalize.intervals import contains
from claimcheck.normalize.qualifiers import interval_for, rounding_step


@pytest.mark.parametrize(
    ("written", "step"),
    [
        ("350,000", 10_000),
        ("5,962", 1),
        ("3.5", 0.1),
        ("2,960", 10),
        ("0", 1),
        ("1.25", 0.01),
    ],
)
def test_rounding_step(written, step):
    assert rounding_step(written) == pytest.approx(step)


def test_more_than_is_above_and_below_the_next_round_step():
    iv = interval_for(350_000, "more than", 10_000)
    assert not contains(iv, 350_000) and contains(iv, 359_999) and not contains(iv, 360_000)


@pytest.mark.parametrize(
    ("value", "qualifier", "inside", "outside"),
    [
        (160, "more than", 162, 170),  # 'more than 160 years' is written of 162
        (3, "more than", 3.5, 4),
        (20, "at least", 25, 30),
        (3.5, "more than", 3.55, 3.6),
    ],
)
def test_a_lower_bound_reaches_up_to_the_place_of_its_last_non_zero_digit(
    value, qualifier, inside, outside
):
    iv = interval_for(value, qualifier, 0.1 if value % 1 else 1)
    assert contains(iv, inside) and not contains(iv, outside) and not contains(iv, value - 1)


def test_about_is_a_band_on_both_sides():
    iv = interval_for(50_000, "about", 10_000)
    assert contains(iv, 45_000) and contains(iv, 55_000)
    assert not contains(iv, 44_999) and not contains(iv, 55_001)


def test_nearly_stays_below():
    iv = interval_for(6, "nearly", 1)
    assert contains(iv, 5.5) and not contains(iv, 6)


def test_at_least_includes_the_value():
    assert contains(interval_for(10, "at least", 1), 10)


def test_up_to_and_less_than():
    assert contains(interval_for(10, "up to", 1), 10)
    assert not contains(interval_for(10, "less than", 1), 10)


def test_bare_figure_is_rounded_to_its_last_digit():
    iv = interval_for(350_000, None, 10_000)
    assert contains(iv, 345_000) and contains(iv, 354_999) and not contains(iv, 355_000)


def test_exactly_is_a_point():
    iv = interval_for(7, "exactly", 1)
    assert iv.lo == iv.hi == 7


@pytest.mark.parametrize(
    ("text", "span", "qualifier", "ends"),
    [
        ("It is not more than 75%.", "not more than 75%", "not more than", (0, 75)),
        ("A grant may not cover more than 75%.", "more than 75%", "not more than", (0, 75)),
        ("The fee can not be less than $5.", "less than $5", "not less than", (5, 6)),
        ("We never had over 30 staff.", "over 30", "not over", (0, 30)),
        ("It was not about 5 people.", "about 5", "about", (4.5, 5.5)),  # no bound: stays
    ],
)
def test_a_denied_bound_is_the_other_bound(text, span, qualifier, ends):
    (q,) = read(text).quantities
    assert (q.span.text, q.qualifier, (q.interval.lo, q.interval.hi)) == (span, qualifier, ends)
