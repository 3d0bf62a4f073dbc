"""Changes and parts linked by the words of their sentence, so the checks can fail (no model)."""

import pytest

import claimcheck
from claimcheck.models import Status


def verdicts(text):
    return [(f.rule, f.status) for f in claimcheck.check(text).findings]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Sales rose from 120 to 150, an increase of 30.", Status.CONSISTENT),
        ("Sales rose from 120 to 150, an increase of 50.", Status.INCONSISTENT),
        ("Sales fell from 150 to 100, a drop of 50.", Status.CONSISTENT),
        ("Sales fell from 150 to 100, a drop of 40.", Status.INCONSISTENT),
        ("The plant made 12 cars in 2020 and 15 in 2021, 3 more.", Status.CONSISTENT),
        ("The plant made 12 cars in 2020 and 15 in 2021, 5 more.", Status.INCONSISTENT),
    ],
)
def test_a_change_is_judged_against_the_pair_its_sentence_names(text, status):
    assert verdicts(text) == [("CC101", status)]


def test_a_percentage_change_is_judged_against_its_pair():
    up = "Revenue grew from $10.0 million in 2019 to $12.0 million in 2020, up {}%."
    assert verdicts(up.format(20)) == [("CC103", Status.CONSISTENT)]
    assert verdicts(up.format(30)) == [("CC103", Status.INCONSISTENT)]


def test_figures_of_other_kinds_are_not_paired():
    text = "The firm has over 1,000 clients and 65% of them renew, a 50% rise."
    assert verdicts(text) == []


def test_a_part_larger_than_its_whole():
    assert verdicts("40 out of 30 people agreed.") == [("CC301", Status.INCONSISTENT)]
    assert verdicts("30 out of 40 people agreed.") == []  # read as one fraction, 30/40
