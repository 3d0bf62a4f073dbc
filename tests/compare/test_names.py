"""Names and codes of a text that no source mentions (CC703)."""

import pytest

import claimcheck
from claimcheck.compare.names import Vocabulary, unmentioned
from claimcheck.models import Status
from claimcheck.normalize import read
from claimcheck.statements.roles import parsed

SOURCE = (
    "Joe invites Luke on a trip to Ukraine with friends. The U.S. Food & Drug Administration "
    "and China's regulator discussed SARS-CoV-2 and the 3D model."
)


def unmentioned_in(text, source=SOURCE):
    return [
        (m.kind, m.value) for m in unmentioned(text, read(text), parsed(text), Vocabulary([source]))
    ]


def test_a_name_no_source_has_is_flagged():
    assert unmentioned_in("Joe invites Luke on a trip to Romania.") == [("name", "Romania")]
    assert unmentioned_in("Joe and Sam go to Ukraine.") == [("name", "Sam")]


def test_the_first_word_of_a_sentence_is_not_taken_for_a_name():
    assert unmentioned_in("Previously, Joe went. After that: Luke stayed.\nThey left.") == []


@pytest.mark.parametrize(
    "name",
    ["UKRAINE", "Ukrainian", "Chinese", "FDA", "Food and Drug Administration", "Friday", "May"],
)
def test_names_written_differently_are_mentioned(name):
    assert Vocabulary([SOURCE]).knows_name(name)


def test_codes_compare_ignoring_case_and_punctuation():
    assert unmentioned_in("They discussed sars-cov-2 and the 2D model.") == [("code", "2D")]


def test_a_name_inside_a_code_is_left_to_the_code():
    assert unmentioned_in("They discussed COVID-19.", source="Joe met Luke.") == [
        ("code", "COVID-19")
    ]


def test_check_reports_unmentioned_names_as_warnings():
    report = claimcheck.check(
        "Joe invites Luke on a trip to Romania.", sources=[SOURCE], config=claimcheck.Config()
    )
    (finding,) = [f for f in report.findings if f.rule == "CC703"]
    assert (finding.spans[0].text, finding.status) == ("Romania", Status.INCONSISTENT)
    assert finding.severity.value == "warning"
    assert finding.message == "name 'Romania' appears in no source"


def test_an_acronym_of_words_in_a_row_is_mentioned():
    vocabulary = Vocabulary(["Our chief executive officer met the European Union."])
    assert vocabulary.knows_name("CEO") and vocabulary.knows_name("EU")
    assert not vocabulary.knows_name("UK")


def test_a_code_written_with_other_punctuation_is_found():
    assert unmentioned_in("They chose 0,0A and COVID-19.", source="The 0.0-A plan; covid 19.") == []
    assert unmentioned_in("They chose 0,0B.", source="The 0.0-A plan.") == [("code", "0,0B")]


def test_a_two_digit_fiscal_year_is_its_year():
    # a year of accounts is read as a date, and compared with the sources' dates
    def verdict(text):
        report = claimcheck.check(text, sources=["Sales grew in fiscal 2024."])
        return [(f.rule, f.status, f.spans[0].text) for f in report.findings]

    assert verdict("FY24 sales grew.") == [("CC701", Status.CONSISTENT, "FY24")]
    # fiscal 2023 and 2024 overlap as spans (a year of accounts may start in the calendar
    # year before), but are two years: the source's year contradicts the text's
    assert verdict("FY23 sales grew.") == [("CC701", Status.INCONSISTENT, "FY23")]


def test_eps_is_named_by_earnings_per_share_written_apart():
    assert unmentioned_in("Its EPS was $3.50.", "Adjusted earnings were $3.50 per share.") == []
    assert unmentioned_in("Its EPS was $3.50.", "Adjusted earnings were $3.50.") == [
        ("name", "EPS")
    ]


def test_a_code_of_initials_and_a_number_is_mentioned_by_its_words():
    source = "Our common equity tier 1 ratio was 10.8%."
    assert unmentioned_in("The bank's CET1 ratio was 10.8%.", source=source) == []
    assert unmentioned_in("The bank's CET2 ratio was 10.8%.", source=source) == [("code", "CET2")]


def test_a_unit_symbol_is_no_name():
    source = "speeds of at least 100 megabits per second"
    assert unmentioned_in("speeds of 100 Mbps", source=source) == []


def test_a_name_written_as_a_possessive_is_the_name():
    vocabulary = Vocabulary(["The Willow Creek Homeowners Association met. Luke spoke."])
    assert vocabulary.knows_name("HOA's") and vocabulary.knows_name("Luke's")
    assert not vocabulary.knows_name("Sam's")


def test_earnings_per_diluted_share_are_eps():
    assert Vocabulary(["It earned $1.14 per diluted share."]).knows_name("EPS")
