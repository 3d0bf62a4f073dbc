"""Statements against sources: a value is contradicted only by a value of the same thing.

Each false-alarm cause of the source comparison has a made-up case here, in the kinds of
documents that raised it (earnings calls, meetings, sales calls): a value compared with a
value of another measure, a figure compared with a word-number in another role, and domain
shorthand taken for an unknown name. Each runs the whole check, replayed from its cassette.
"""

import pytest
from seed import CASSETTES

import claimcheck
from claimcheck.compare.equivalences import forms, groups, key
from claimcheck.models import Span, Status
from claimcheck.statements.roles import parsed, role

RECORDED = CASSETTES / "tests" / "compare"


def findings(name, text, source):
    config = claimcheck.Config(cassette=RECORDED / f"{name}.yaml")
    report = claimcheck.check(text, sources=[source], config=config)
    assert report.failures == ()
    return {(f.spans[0].text, f.rule, f.status) for f in report.findings}, report


def role_of(text, value):
    at = text.index(value)
    return role(parsed(text), Span(start=at, end=at + len(value), text=value))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The company reported revenue of $4.8 billion.", "$4.8 billion", "revenue"),
        ("Revenue rose to $4.8 billion in the quarter.", "$4.8 billion", "revenue"),
        ("Earnings per share were $2.15.", "$2.15", "earning"),
        ("It reported earnings per share of $2.15.", "$2.15", "earning"),
        ("They cut costs by 30% last year.", "30%", "cost"),
        ("The study recruited 12 volunteers.", "12", "volunteer"),
        ("About 30% of respondents agreed.", "30%", "respondent"),
    ],
)
def test_the_parse_tells_what_a_value_measures(text, value, measure):
    assert measure in role_of(text, value).measures


@pytest.mark.parametrize(
    ("text", "value", "negated"),
    [
        ("They aren't offering a 30-day trial.", "30-day", True),
        ("There is no 10% discount this month.", "10%", True),
        ("The founder was not arrested Thursday.", "Thursday", True),
        ("The plan comes without a 30-day trial.", "30-day", True),
        ("They are offering a 30-day trial.", "30-day", False),
        ("No more than 50 people attended.", "50", False),
        ("It was not seen as a threat until 1997.", "1997", False),
        # a bound in a denied clause is a threshold, not a denied value
        ("An area has no household with service of at least 25 Mbps.", "at least 25", False),
    ],
)
def test_the_parse_tells_whether_a_clause_denies_its_value(text, value, negated):
    assert role_of(text, value).negated is negated


def test_a_value_is_not_contradicted_by_a_value_of_another_measure():
    source = (
        "Operator: Welcome to the call. CFO: Revenue for the quarter was $4.8 billion, and net "
        "income for the quarter came to $1.1 billion."
    )
    text = (
        "The company posted quarterly net income of $1.1 billion. Earnings per share for the "
        "quarter were $2.15."
    )
    found, _ = findings("another_measure", text, source)
    assert ("$1.1 billion", "CC701", Status.CONSISTENT) in found
    # No source gives earnings per share: unsupported, not contradicted by revenue or income.
    assert ("$2.15", "CC702", Status.INCONSISTENT) in found
    assert ("$2.15", "CC701", Status.INCONSISTENT) not in found


def test_a_figure_is_not_contradicted_by_a_word_number_in_another_role():
    source = (
        "Alice: We ran three rounds of testing with the volunteers last month. Bob: And the "
        "volunteers liked the new remote."
    )
    text = "The team tested the remote with 12 volunteers over three rounds of testing."
    found, _ = findings("word_number_role", text, source)
    assert ("12", "CC701", Status.INCONSISTENT) not in found
    assert ("over three", "CC701", Status.CONSISTENT) in found


def test_a_figure_of_the_same_measure_still_contradicts():
    source = "Alice: We ran three rounds of testing with eleven volunteers last month."
    text = "The team tested the remote with 12 volunteers over three rounds of testing."
    found, _ = findings("same_measure", text, source)
    assert ("12", "CC701", Status.INCONSISTENT) in found


def test_domain_shorthand_is_found_in_its_long_form():
    source = (
        "Revenue in the second quarter rose 12% year over year, and earnings per share were "
        "$2.15. Fiscal year 2023 guidance is unchanged despite the pandemic."
    )
    text = "Q2 revenue rose 12% YoY; EPS was $2.15 and FY2023 guidance held despite COVID-19."
    found, _ = findings("shorthand", text, source)
    assert not [f for f in found if f[1] == "CC703"]


def test_a_shorthand_the_source_lacks_is_still_flagged():
    source = "Revenue in the second quarter rose 12%."
    found, _ = findings("shorthand_missing", "Q3 revenue rose 12%.", source)
    assert ("Q3", "CC703", Status.INCONSISTENT) in found


def test_a_hyphenated_name_matches_its_joined_form():
    source = "Our ecommerce platform serves small shops."
    found, _ = findings("hyphenated", "Their platform serves small E-commerce shops.", source)
    assert not [f for f in found if f[1] == "CC703"]


def test_a_value_the_text_denies_and_the_source_states_is_contradicted():
    source = "As a new customer you get a 30-day free trial and a personalised demo."
    text = "The company is not offering new customers a 30-day free trial."
    found, report = findings("denied", text, source)
    assert ("30-day", "CC701", Status.INCONSISTENT) in found
    (finding,) = [f for f in report.findings if f.rule == "CC701"]
    assert "the text denies it" in finding.computation


def test_a_value_both_deny_is_supported():
    source = "Unlike our rivals, we do not charge a $50 setup fee."
    found, _ = findings("both_deny", "The firm does not charge a $50 setup fee.", source)
    assert ("$50", "CC701", Status.CONSISTENT) in found


def test_a_spoken_decimal_in_a_transcript_supports_the_figure():
    source = "CFO: So revenue came in at, uh, four point eight billion dollars for the quarter."
    found, _ = findings("spoken_decimal", "Revenue was $4.8 billion for the quarter.", source)
    assert ("$4.8 billion", "CC701", Status.CONSISTENT) in found


def test_every_form_of_a_group_finds_the_others():
    table = groups()
    assert key("Q2") in forms("second quarter") and key("COVID-19") == "covid 19"
    for form, group in table.items():
        assert form in group and all(table[other] >= {form} for other in group)
