"""CC803: a clause said twice with values that cannot both hold, read from text (no model)."""

import pytest

import claimcheck
from claimcheck.models import Status


def restated(text):
    """Return the CC803 findings of a text."""
    return [f for f in claimcheck.check(text).findings if f.rule == "CC803"]


@pytest.mark.parametrize(
    "text",
    [
        "Fifteen pupils were taken to a hospital in Qom after the lesson. Parents were angry. "
        "After the lesson, 25 pupils were taken to hospital in Qom.",
        "Revenue for the full year came to $19.3bn, the firm said. Costs fell. "
        "Full-year revenue came to $21.3bn.",
        "It was the third extension granted since the arrests. The lawyers objected. "
        "It was the fourth extension since the arrests.",
    ],
)
def test_a_clause_said_again_with_another_value_is_flagged(text):
    (finding,) = restated(text)
    assert finding.status is Status.INCONSISTENT
    assert "share" in finding.computation and "do not overlap" in finding.computation
    assert len({s.start for s in finding.spans}) >= 2


@pytest.mark.parametrize(
    "text",
    [
        # the same value, written twice
        "Fifteen pupils were taken to a hospital in Qom after the lesson. "
        "After the lesson, 15 pupils were taken to hospital in Qom.",
        # two months named: two times
        "In March, 15 pupils were taken to a hospital in Qom. "
        "In May, 25 pupils were taken to a hospital in Qom.",
        # few words in common
        "Fifteen pupils were taken to a hospital in Qom. Later, 25 pupils joined the choir.",
        # a list of three
        "Basic plan: regular price $50 per user. Team plan: regular price $40 per user. "
        "Enterprise plan: regular price $80 per user.",
        # two of a kind, each written with 'a'
        "A coroner ruled in 2017 that he fell from the cliff. "
        "A coroner had ruled in 1989 that he fell from the cliff.",
        # two subjects named
        "Smith scored 12 goals in the league for the club. "
        "Jones scored 9 goals in the league for the club.",
    ],
)
def test_a_clause_that_may_be_of_two_things_is_not_flagged(text):
    assert restated(text) == []


def test_round_the_clock_is_not_two_figures():
    statements = claimcheck.check("We offer premium 24/7 support. Support costs $5.").statements
    assert [s.value.text for s in statements] == ["$5"]
