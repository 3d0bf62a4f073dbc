from factory import amount, claims, figure

from claimcheck.checks.registry import RULES
from claimcheck.models import Change, QuantityKind, Ratio, Status


def run(rule_id, c):
    return [(f.rule, f.status) for f in RULES[rule_id].findings(c)]


def change(stated_lo, stated_hi, earlier, later):
    return Change(
        amount=amount(stated_lo, stated_hi),
        earlier=figure(*earlier),
        later=figure(*later),
    )


def test_difference_within_the_stated_band_is_consistent():
    c = claims(changes=(change(45_000, 55_000, (300_000,), (350_000,)),))
    assert run("CC101", c) == [("CC101", Status.CONSISTENT)]


def test_difference_outside_the_band_is_an_error():
    c = claims(changes=(change(45_000, 55_000, (300_000,), (400_000,)),))
    assert run("CC101", c) == [("CC101", Status.INCONSISTENT)]


def test_difference_tolerance_edge_both_sides():
    on_edge = claims(changes=(change(45_000, 55_000, (300_000,), (355_000,)),))
    past_edge = claims(changes=(change(45_000, 55_000, (300_000,), (355_001,)),))
    assert run("CC101", on_edge) == [("CC101", Status.CONSISTENT)]
    assert run("CC101", past_edge) == [("CC101", Status.INCONSISTENT)]


def ratio(candidates=()):
    factor = figure(5.4, 6, text="nearly 6 times", kind=QuantityKind.MULTIPLIER, hi_open=True)
    return Ratio(
        figure=figure(180_000, 190_000),
        factor=factor.quantity,
        other=factor.quantity.span,
        candidates=tuple(candidates),
    )


def test_ratio_with_no_other_figure_is_an_implied_unverifiable_figure():
    assert run("CC102", claims(ratios=(ratio(),))) == [("CC102", Status.UNVERIFIABLE)]


def test_ratio_against_a_fitting_figure_is_consistent():
    assert run("CC102", claims(ratios=(ratio([figure(31_000)]),))) == [("CC102", Status.CONSISTENT)]


def test_ratio_against_a_figure_outside_is_an_error():
    assert run("CC102", claims(ratios=(ratio([figure(50_000)]),))) == [
        ("CC102", Status.INCONSISTENT)
    ]


def pct(lo, hi=None, kind=QuantityKind.PERCENT, text=None):
    return figure(lo, hi, kind=kind, unit="%", text=text or f"{lo}%")


def pct_change(stated, earlier, later):
    return claims(changes=(Change(amount=stated.quantity, earlier=earlier, later=later),))


def test_percentage_change_between_counts():
    up_20 = pct(19.5, 20.5)
    assert run("CC103", pct_change(up_20, figure(100), figure(120))) == [
        ("CC103", Status.CONSISTENT)
    ]
    assert run("CC103", pct_change(up_20, figure(100), figure(130))) == [
        ("CC103", Status.INCONSISTENT)
    ]


def test_a_decrease_reads_against_the_larger_figure():
    down_20 = pct(19.5, 20.5)
    assert run("CC103", pct_change(down_20, figure(125), figure(100))) == [
        ("CC103", Status.CONSISTENT)
    ]


def test_percent_used_for_percentage_points_is_a_warning():
    c = pct_change(pct(1.5, 2.5), pct(9.5, 10.5), pct(11.5, 12.5))
    assert run("CC104", c) == [("CC104", Status.INCONSISTENT)]
    assert run("CC103", c) == []


def test_percentage_points_are_consistent():
    points = pct(1.5, 2.5, kind=QuantityKind.PERCENT_POINTS)
    c = pct_change(points, pct(9.5, 10.5), pct(11.5, 12.5))
    assert run("CC103", c) == [("CC103", Status.CONSISTENT)] and run("CC104", c) == []


def test_relative_change_of_percentages_is_consistent():
    c = pct_change(pct(19.5, 20.5), pct(9.95, 10.05), pct(11.95, 12.05))
    assert run("CC103", c) == [("CC103", Status.CONSISTENT)] and run("CC104", c) == []


def test_percent_changes_are_left_to_cc103():
    c = pct_change(pct(19.5, 20.5), figure(100), figure(120))
    assert run("CC101", c) == []
