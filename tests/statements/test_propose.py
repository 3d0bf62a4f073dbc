"""What the parse proposes for each figure, date and age, on short texts (no model needed)."""

import json

import pytest

import claimcheck
from claimcheck.models import StatementKind
from claimcheck.statements import parse as parse_module
from claimcheck.statements.parse import ParserError
from claimcheck.statements.propose import NO_YEAR_UNIT


def statements(text):
    return {s.value.text: s for s in claimcheck.check(text).statements}


def test_a_figure_measures_the_noun_it_counts_not_the_next_word():
    said = statements("Russia lost two A-50 early warning aircraft. 350,000 soldiers were killed.")
    assert said["two"].measure_key == "aircraft"
    assert said["two"].subject_key == "russia"
    assert said["350,000"].measure_key == "soldier"
    assert said["350,000"].event_key == "kill"


def test_ages_are_read_in_their_usual_forms():
    text = (
        "Mary Jones, 45, runs the shop. The 45-year-old Jones opened it. "
        "She was hired at the age of 30."
    )
    said = statements(text)
    assert said["45"].kind is StatementKind.AGE and said["45"].subject_key == "mary jones"
    assert said["45-year"].kind is StatementKind.AGE and said["45-year"].subject_key == "jones"
    assert said["30"].kind is StatementKind.AGE


def test_the_old_of_an_age_is_not_the_subject_s():
    said = statements("An 11-year-old girl died of flu. The 54-year-old was charged.")
    assert said["11-year"].subject.text == "girl"  # not 'old girl'
    assert said["54-year"].subject.text == "old"  # the person the age names


def test_a_lifespan_gives_a_birth_and_a_death_of_the_name_before_it():
    said = statements("Albert Wistert ( December 28 , 1920 – March 5 , 2016 ) was a tackle.")
    birth, death = said["December 28 , 1920"], said["March 5 , 2016"]
    assert (birth.event_key, death.event_key) == ("bear", "die")
    assert birth.subject_key == death.subject_key == "albert wistert"


def test_numbered_subjects_stay_apart():
    said = statements("Site 1 counted 1,001 birds. Site 2 counted 1,002 birds.")
    assert said["1,001"].subject_key != said["1,002"].subject_key


def test_a_negated_statement_is_marked():
    said = statements("The bridge did not open in 1929.")
    assert said["1929"].negated


def test_statements_are_in_the_json_report_with_their_spans():
    report = claimcheck.check("The bridge opened in May 1931.")
    payload = json.loads(report.to_json())
    assert payload["schema_version"] == 3
    (stated,) = payload["statements"]
    assert stated["value"]["text"] == "May 1931"
    assert stated["subject"]["text"] == "bridge"
    assert stated["event_key"] == "open"


def test_a_parser_whose_weights_changed_is_refused(monkeypatch):
    parse_module.pipeline.cache_clear()
    monkeypatch.setattr(parse_module, "PARSER_SHA256", "0" * 64)
    with pytest.raises(ParserError, match="not the pinned ones"):
        parse_module.pipeline()
    parse_module.pipeline.cache_clear()


def test_a_sum_or_a_share_measures_the_noun_whose_level_it_gives():
    said = statements(
        "Annual profit came to $4bn. Lopez's bonus was $18 million. "
        "Its market share dropped to 20%. Acme earned $5bn."
    )
    assert said["$4bn"].measure_key == "profit" and said["$4bn"].subject_key is None
    assert said["$18 million"].measure_key == "bonus"
    assert said["$18 million"].subject_key == "lopez"
    assert said["20%"].measure_key == "share"
    assert said["$5bn"].measure_key is None and said["$5bn"].subject_key == "acme"


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("The trip took eight hours 45 minutes.", (8.74, 8.76)),  # not 8.25 to 9.25 hours
        ("The trip took seven hours.", (6.5, 7.5)),
    ],
)
def test_a_length_in_parts_is_exact_in_all_but_its_last(text, hours):
    (said,) = claimcheck.check(text).statements
    assert hours[0] <= said.interval.lo * 24 < said.interval.hi * 24 <= hours[1]


def test_a_noun_with_a_name_set_beside_it_is_that_name():
    said = statements(
        "The state's chief prosecutor, Ana Maria Ruiz, spoke on February 21. The firm's "
        "two units, the North Division and the South Division, merged in 1754."
    )
    assert said["February 21"].subject_key == "ana maria ruiz"
    assert said["1754"].subject_key != "north division"  # one of a list names no one


def test_a_day_dated_by_a_noun_of_an_event_keeps_its_year_unwritten():
    text = "The museum was planned in 2019. Its opening on 23 February drew crowds."
    said = statements(text)
    assert said["23 February"].event_key == "open"  # dated through the noun 'opening'
    assert said["23 February"].unit == NO_YEAR_UNIT
    assert said["2019"].unit is None


def test_both_parts_of_a_hyphenated_name_are_names_of_the_clause():
    said = statements("He was chosen for the league's All-Pro team six times.")
    assert {"all", "pro"} <= set(said["six times"].clause_names)


@pytest.mark.parametrize(
    ("text", "value", "named"),
    [
        ("Fifteen prizes went to actors, writers and other guests.", "Fifteen", False),
        ("Fifteen prizes went to the other guests.", "Fifteen", True),
    ],
)
def test_other_closing_a_list_tells_no_one_apart(text, value, named):
    assert ("other" in statements(text)[value].clause_names) is named


def test_a_whole_number_a_person_noun_is_said_to_be_is_an_age():
    said = statements("Her daughter Charlotte is 12. The team is 12 points clear.")
    kinds = [s.kind for s in claimcheck.check("Her daughter Charlotte is 12.").statements]
    assert kinds == [StatementKind.AGE]  # 'Charlotte' alone is tagged a city
    assert said["12"].kind is StatementKind.FIGURE  # the last '12': points, not an age


def test_a_distance_from_a_city_named_after_its_description():
    said = statements(
        "The ship was seized about 70 miles northeast of the Somali capital, Mogadishu. "
        "The town lies 50 km north of the Finnish capital Helsinki."
    )
    assert said["about 70"].measure_key == "distance northeast of mogadishu"
    assert said["50"].measure_key == "distance north of helsinki"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The 2010 census counted about 80,000 people on the island.", "resident"),
        ("The island has 80,000 inhabitants.", "resident"),
        ("About 80,000 people came to the island's festival.", "people"),
    ],
)
def test_people_a_census_counts_are_its_residents(text, key):
    [said] = [s for s in statements(text).values() if "80,000" in s.value.text]
    assert said.measure_key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("There are 24.81 deaths per 1,000 citizens.", "death per citizen"),
        ("The rate is 184.44 deaths for every 1,000 live births.", "death per birth"),
        ("The flood caused 24 deaths in the valley.", "death"),
        ("The plant makes 300 cars per day.", "car per day"),
    ],
)
def test_a_count_given_per_something_is_a_rate_of_that(text, key):
    value = text.split()[text.split().index("deaths") - 1] if "deaths" in text else "300"
    assert statements(text)[value].measure_key == key
