"""Sentences of real news that raised false alarms, each beside the one that must still be
flagged (no model): pronouns, ordinals, steps of a series, titles, quoted speakers and the
clause a date belongs to."""

import pytest

import claimcheck
from claimcheck.normalize.names import same_name


def rules(text):
    return sorted(
        {f.rule for f in claimcheck.check(text).findings if f.status.value == "inconsistent"}
    )


@pytest.mark.parametrize(
    ("second", "flagged"),
    [
        ("Hayward took more than half an hour for his 12 runs.", []),  # whose: a pronoun
        ("Ntini took more than half an hour for his 12 runs.", ["CC801"]),  # resolved
    ],
)
def test_a_pronoun_left_unresolved_ties_no_two_figures(second, flagged):
    text = (
        "But Ntini batted for more than an hour for his four runs. The innings was over soon "
        f"after. {second}"
    )
    assert rules(text) == flagged


def test_one_named_subject_still_ties_two_figures():
    text = "Acme made 12 cars in 2020. The plant was busy. Acme made 15 cars in 2020."
    assert rules(text) == ["CC801"]


@pytest.mark.parametrize(
    ("part", "flagged"),
    [
        ("A second night of air raids killed eight civilians.", []),  # one of the nights
        ("In a second night, eight civilians have been killed in US air raids.", []),
        ("Eight civilians have been killed in US air raids, the chief said.", ["CC801"]),
    ],
)
def test_a_figure_of_one_of_several_is_no_second_value_of_the_whole(part, flagged):
    text = f"Nearly 100 civilians have been killed in US air raids, the chief said. {part}"
    assert rules(text) == flagged


@pytest.mark.parametrize(
    ("later", "flagged"),
    [
        ("By 2020, emissions of those pollutants will be reduced by 70 per cent.", []),
        ("By 2020, emissions of those pollutants will be reduced by 40 per cent.", ["CC801"]),
    ],
)
def test_two_dates_each_with_its_own_figure_are_steps_of_a_series(later, flagged):
    text = f"Emissions of pollutants will be reduced by 40 per cent by 2010. {later}"
    assert rules(text) == flagged


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("General Musharraf", "Pakistan's President Pervez Musharraf", True),
        ("the President", "President Obama", True),
        ("President Obama", "President Bush", False),
        ("the President", "the Prime Minister", False),
    ],
)
def test_a_title_is_no_part_of_whom_a_name_names(a, b, same):
    assert same_name(a, b) is same


@pytest.mark.parametrize(
    ("quote", "flagged"),
    [
        ("\"As I've said once before, you can't clap with one hand,\" Musharraf said.", []),
        ("Smith said one person died, Jones said.", ["CC401"]),
    ],
)
def test_a_speaker_quoting_himself_is_one_party(quote, flagged):
    assert rules(quote) == flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        (
            "He was kept under supervision for four months after his release, but was not "
            "being monitored by July 2000.",
            [],
        ),
        ("In July 2000, four months after his release, he moved to Perth.", ["CC207"]),
    ],
)
def test_a_time_after_an_event_is_counted_to_a_date_of_its_own_clause(sentence, flagged):
    text = f"He was released in November 1997. {sentence}"
    assert rules(text) == flagged


@pytest.mark.parametrize(
    ("second", "flagged"),
    [
        ("Aristotle became tutor to Alexander in 343 BC.", []),  # a year of another deed
        ("Aristotle was born in Stagira in 382 BC.", ["CC801"]),  # the same deed
    ],
)
def test_years_of_an_era_are_of_one_deed_only(second, flagged):
    text = f"Aristotle was born in Stagira in 384 BC. He studied. {second}"
    assert rules(text) == flagged


@pytest.mark.parametrize(
    ("second", "flagged"),
    [
        ("Since the merger, five expansion teams have joined the conference.", []),
        ("Since the merger, five NFL teams have joined the conference.", ["CC801"]),
    ],
)
def test_counts_of_two_kinds_of_one_noun_are_two_statements(second, flagged):
    text = f"Three NFL teams have joined the conference since the merger. It grew. {second}"
    assert rules(text) == flagged


@pytest.mark.parametrize(
    ("second", "flagged"),
    [
        ("The Naval Observatory began the A.1 scale on 13 September 1956.", []),
        ('The "Greenwich Atomic" (GA) scale began in September 1956.', ["CC801"]),
    ],
)
def test_a_name_set_before_a_noun_tells_it_apart(second, flagged):
    text = f'The "Greenwich Atomic" (GA) scale began in 1955. Clocks improved. {second}'
    assert rules(text) == flagged


@pytest.mark.parametrize(
    ("second", "flagged"),
    [
        ("The army has 62 BMP-2 infantry fighting vehicles.", []),
        ("The army has 62 BMP-1 infantry fighting vehicles.", ["CC801"]),
    ],
)
def test_counts_of_two_models_of_one_thing_are_two_statements(second, flagged):
    text = f"The army has 150 BMP-1 infantry fighting vehicles. It grew. {second}"
    assert rules(text) == flagged


@pytest.mark.parametrize(
    ("last", "flagged"),
    [
        ("He was 72.", []),  # two times of one life told in the past
        ("Weiss is 72.", ["CC801"]),
    ],
)
def test_ages_told_in_the_past_with_was_are_two_times_of_a_life(last, flagged):
    text = (
        "Arthur Weiss settled in Frankfurt. When Weiss was 43, he took up the flute. "
        f"Weiss still plays on his couch. {last}"
    )
    assert rules(text) == flagged


@pytest.mark.parametrize(
    ("second", "flagged"),
    [
        ("Acme can sell as many as 200 cars a day at its Ohio plant.", []),
        ("Acme can sell as many as 120 cars a day at its Ohio plant.", ["CC801"]),
    ],
)
def test_two_upper_bounds_of_one_thing_each_give_the_most_there_is(second, flagged):
    text = f"Acme can sell up to 200 cars a day at its Ohio plant. Demand grew. {second}"
    assert rules(text) == flagged


@pytest.mark.parametrize(
    ("first", "flagged"),
    [
        ("The firm prints about 35K pages a month", []),  # a rate, not how long it runs
        ("The contract runs a month", ["CC209"]),  # a length
    ],
)
def test_a_time_a_figure_is_counted_per_is_no_length(first, flagged):
    text = f"{first} and would save $950 a month; the contract runs five years."
    assert rules(text) == flagged
