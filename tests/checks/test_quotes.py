from factory import claims, span

from claimcheck.checks.registry import RULES
from claimcheck.models import Status


def run(*quotes):
    return [f.status for f in RULES["CC601"].findings(claims(quotes=tuple(map(span, quotes))))]


def test_the_same_quote_twice_is_fine():
    q = "“We will not raise prices this year,” she said."
    assert run(q, q) == []


def test_a_quote_reproduced_with_other_words_is_a_warning():
    assert run("“We will not raise prices this year”", "“We will raise prices this year”") == [
        Status.INCONSISTENT
    ]


def test_an_excerpt_of_a_longer_quote_is_fine():
    assert (
        run(
            "“We will not raise prices this year, whatever happens”", "“not raise prices this year”"
        )
        == []
    )


def test_different_statements_are_not_compared():
    assert (
        run(
            "“Russia is paying a very high price for small gains”",
            "“Ukraine sank a significant part of the fleet”",
        )
        == []
    )


def test_short_phrases_are_not_compared():
    assert run("“foreign mercenaries”", "“foreign fighters”") == []
