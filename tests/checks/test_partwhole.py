import pytest
from factory import claims, figure, span

import claimcheck
from claimcheck.checks.registry import RULES
from claimcheck.models import PartOf, Status


def run(part, whole):
    c = claims(parts=(PartOf(part=part, whole=whole, cue=span("including")),))
    return [f.status for f in RULES["CC301"].findings(c)]


def test_part_within_whole():
    assert run(figure(159_000), figure(383_000)) == [Status.CONSISTENT]


def test_part_equal_to_whole_is_allowed():
    assert run(figure(100), figure(100)) == [Status.CONSISTENT]


def test_part_larger_than_whole_is_an_error():
    assert run(figure(101), figure(100)) == [Status.INCONSISTENT]


def test_open_interval_edge():
    assert run(figure(100, 101, lo_open=True), figure(99, 100)) == [Status.INCONSISTENT]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Twenty-one Ethiopians are reportedly part of the 19 dead.", Status.INCONSISTENT),
        ("Nine Ethiopians are reportedly part of the 19 dead.", Status.CONSISTENT),
        ("Seven were among the 5 hostages.", Status.INCONSISTENT),
        ("Five of the 12 victims were children.", Status.CONSISTENT),
        ("Fifteen of the 12 victims were children.", Status.INCONSISTENT),
    ],
)
def test_a_part_written_with_of_the_among_or_part_of(text, status):
    assert [(f.rule, f.status) for f in claimcheck.check(text).findings] == [("CC301", status)]


def test_money_for_each_of_a_count_is_not_a_part():
    text = "He paid $5 for each of the 3 items."
    assert [f.rule for f in claimcheck.check(text).findings if f.rule == "CC301"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Alberta has two cities, both of which have populations exceeding one million.", []),
        ("Alberta has 20 cities, of which 25 are large.", ["CC301"]),
    ],
)
def test_what_both_or_each_of_which_have_is_no_part(text, found):
    assert [f.rule for f in claimcheck.check(text).findings if f.rule == "CC301"] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She is one of several founders, including 12 engineers.", []),  # a part itself
        ("The yard built 30 boats, including 45 m yachts.", []),  # a length, not a count
        ("The yard built 30 boats, including 45 yachts.", ["CC301"]),
        ("The 30 km route, including 45 km of track, opened.", ["CC301"]),  # one dimension
        ("The city had 41 breaks, mostly in old pipe, each costing $25K.", []),  # money
        ("The city had 41 breaks, mostly 45 in old pipe.", ["CC301"]),
    ],
)
def test_a_part_must_be_of_the_kind_its_whole_counts(text, found):
    assert [f.rule for f in claimcheck.check(text).findings if f.rule == "CC301"] == found
