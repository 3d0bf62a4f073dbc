import math

from claimcheck.models import Interval
from claimcheck.normalize.intervals import (
    at_most,
    difference,
    intersection,
    overlaps,
    quotient,
    render,
    total,
)


def iv(lo, hi, lo_open=False, hi_open=False):
    return Interval(lo=lo, hi=hi, lo_open=lo_open, hi_open=hi_open)


def test_difference_spans_every_pair():
    d = difference(iv(350, 360, True, True), iv(300, 400, True, True))
    assert (d.lo, d.hi, d.lo_open, d.hi_open) == (-50, 60, True, True)


def test_sum():
    assert total(iv(1, 2), iv(10, 20)) == iv(11, 22)


def test_quotient_refuses_a_divisor_that_may_be_zero():
    assert quotient(iv(1, 2), iv(0, 1)) is None
    q = quotient(iv(180, 190), iv(5, 6))
    assert q is not None and math.isclose(q.lo, 30) and math.isclose(q.hi, 38)


def test_open_ends_touching_do_not_overlap():
    assert not overlaps(iv(0, 1, hi_open=True), iv(1, 2))
    assert overlaps(iv(0, 1), iv(1, 2))
    assert intersection(iv(0, 5), iv(3, 9)) == iv(3, 5)


def test_part_fits_whole_edge():
    assert at_most(iv(10, 10), iv(10, 10))
    assert not at_most(iv(11, 12), iv(5, 10))
    assert not at_most(iv(10, 11, lo_open=True), iv(9, 10))


def test_render():
    assert render(iv(45_000, 55_000)) == "[45,000, 55,000]"
    assert render(iv(1, 2, True, True), "days") == "(1, 2) days"
    assert render(Interval.point(3.5)) == "3.5"
