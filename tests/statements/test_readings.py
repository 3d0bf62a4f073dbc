"""Readings that let statement checks fail: ages said with 'was', owners named by 'of', times
counted from a dated event, and events said to come at once or after a wait (no model)."""

import pytest

import claimcheck
from claimcheck.models import StatementKind, Status
from claimcheck.normalize.numbers import SHARE


def said(text):
    return {s.value.text: s for s in claimcheck.check(text).statements}


def verdicts(text):
    return [(f.rule, f.status) for f in claimcheck.check(text).findings]


def contradicts(text):
    """Tell whether CC801 finds one statement given two values in the text."""
    return any(f.rule == "CC801" for f in claimcheck.check(text).findings)


def test_a_bare_number_that_a_person_is_is_an_age():
    stated = said("Maria Lopez was 30 when she joined the company in 2010.")
    assert stated["30"].kind is StatementKind.AGE
    assert stated["30"].subject_key == "maria lopez"


def test_an_age_whose_when_clause_the_parse_hangs_on_the_number_is_an_age():
    # the parse makes 'died' a relative clause of '76', not of 'was'
    stated = said("Schopenhauer was 76 when he died in Frankfurt.")
    assert stated["76"].kind is StatementKind.AGE
    assert said("Schopenhauer was 76 points clear.")["76"].kind is not StatementKind.AGE


@pytest.mark.parametrize(
    "text",
    [
        "The company was 30 when it was sold in 2010.",  # not a person
        "Maria Lopez was 30 minutes late in 2010.",  # a unit
        "Maria Lopez was 30.5 when she joined the company in 2010.",  # not whole
    ],
)
def test_other_numbers_after_was_are_not_ages(text):
    assert all(s.kind is not StatementKind.AGE for s in said(text).values())


@pytest.mark.parametrize(
    ("born", "status"), [(1980, Status.CONSISTENT), (1975, Status.INCONSISTENT)]
)
def test_an_age_said_with_was_is_checked_against_the_birth_date(born, status):
    text = f"Maria Lopez was 30 when she joined the company in 2010. Lopez was born in {born}."
    assert verdicts(text) == [("CC802", status)]


def test_an_age_at_death_is_taken_at_the_death_date_not_the_first_date_of_its_sentence():
    (finding,) = claimcheck.check("Born in 1920, he died in 1990 at the age of 70.").findings
    assert (finding.rule, finding.status) == ("CC802", Status.CONSISTENT)
    assert "1990" in finding.computation


def test_a_counted_noun_of_a_definite_thing_belongs_to_it():
    stated = said("The expedition had 12 members. All 12 members of the expedition returned.")
    assert {s.subject_key for s in stated.values()} == {"expedition"}
    assert verdicts(
        "The expedition had 12 members. All 15 members of the expedition returned."
    ) == [("CC801", Status.INCONSISTENT)]


def test_a_counted_noun_of_an_unnamed_kind_belongs_to_no_one():
    assert said("Ohio had 3 cases of measles.")["3"].subject_key != "measles"
    assert verdicts("Ohio reported 3 cases of measles. Texas reported 5 cases of measles.") == []


FOUNDED = "The firm was founded in 1998. In {}, three years after its founding, it moved."
DIED = "He died in 1950. In {}, ten years before his death, he wrote a novel."
TRIAL = (
    "The trial began on March 3, 2010. On March {}, 2010, two weeks into the trial, he fell ill."
)
AIRED = "The show first aired on May 16, 2007. In 2009, {} after its premiere, it won."


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (FOUNDED.format(2001), Status.CONSISTENT),
        (FOUNDED.format(1995), Status.INCONSISTENT),  # before the founding
        (FOUNDED.format(2004), Status.INCONSISTENT),
        (DIED.format(1940), Status.CONSISTENT),
        (DIED.format(1945), Status.INCONSISTENT),
        (TRIAL.format(17), Status.CONSISTENT),
        (TRIAL.format(10), Status.INCONSISTENT),
        (AIRED.format("two years"), Status.CONSISTENT),  # 'premiere' is dated by 'aired'
        (AIRED.format("a year"), Status.INCONSISTENT),
    ],
)
def test_a_time_counted_from_a_dated_event_is_checked_against_both_dates(text, status):
    assert verdicts(text) == [("CC207", status)]


@pytest.mark.parametrize(
    "text",
    [
        # the event counted from is dated twice, at two dates: which one is meant is unknown
        "The firm was founded in 1998. Its rival was founded in 1990. "
        "In 1995, three years after its founding, it moved.",
        # the sentence of the duration gives no date of its own
        "The firm was founded in 1998. Three years after its founding, it moved.",
        # nothing dates the event counted from
        "In 1995, three years after its merger, the firm moved.",
    ],
)
def test_a_time_from_an_event_is_not_judged_without_one_date_at_each_end(text):
    assert [rule for rule, _ in verdicts(text)] == []


def test_one_event_said_to_come_at_once_and_after_a_wait_is_an_error():
    text = (
        "Watson seeks help immediately. Holmes demands that Watson wait several hours "
        "before seeking help."
    )
    (finding,) = claimcheck.check(text).findings
    assert (finding.rule, finding.status) == ("CC208", Status.INCONSISTENT)
    assert {s.text for s in finding.spans} == {"seeks", "immediately", "seeking", "several hours"}


@pytest.mark.parametrize(
    "text",
    [
        # another event: help is not the police
        "Watson seeks help immediately. Later he waited two days before calling the police.",
        # another doer
        "Watson seeks help immediately. Holmes waited two days before seeking help.",
        # a wait too short to deny 'immediately'
        "Watson seeks help immediately. Watson waited ten minutes before seeking help.",
    ],
)
def test_at_once_and_a_wait_of_other_events_or_doers_agree(text):
    assert verdicts(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Smith died in 1950. After his death in 1950, his house became a museum.", None),
        ("Smith died in 1950. After his death in 1952, his house became a museum.", "CC801"),
        ("The club was founded in 1901. Since its founding in 1905, it won ten titles.", "CC801"),
        ("Blue Sky is a 2005 American film. The film was released in 2007.", "CC801"),
        ("Blue Sky is a 2005 American film. The film was released in 2005.", None),
    ],
)  # fmt: skip
def test_a_noun_of_an_event_is_dated_as_its_verb_is(text, status):
    found = [r for r, s in verdicts(text) if s is Status.INCONSISTENT]
    assert found == ([status] if status else [])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Blue Sky is a 2005 American film.", StatementKind.DATE),
        ("The 2000 people who came stayed.", StatementKind.FIGURE),
        ("The 2005 films were shown.", StatementKind.FIGURE),
    ],
)
def test_a_year_before_a_singular_noun_is_a_date_and_before_a_plural_a_count(text, kind):
    (stated,) = said(text).values()
    assert stated.kind is kind


def test_it_stands_for_the_last_subject_written_with_the():
    text = "The bridge opened in 1931. It was the longest bridge when it opened in 1932."
    assert verdicts(text) == [("CC801", Status.INCONSISTENT)]


def test_he_stands_for_the_last_named_subject_when_the_parse_names_no_person():
    text = "Smith scored 25 goals for the club in 2005. His 28 goals in 2005 made him top scorer."
    assert verdicts(text) == [("CC801", Status.INCONSISTENT)]


def test_two_undated_values_of_two_times_are_two_statements():
    assert verdicts("The firm had 100 staff. Two years later it had 150 staff.") == []
    assert verdicts("The firm had 100 staff. The firm had 150 staff.") == [
        ("CC801", Status.INCONSISTENT)
    ]


def test_a_difference_is_not_a_level():
    assert said("The firm hired 50 more staff.")["50"].measure_key is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The attack killed 70 people. Later, 50 people were killed in the attack.", []),
        # one side credited: the text itself says 70 (two credited sources are not compared)
        (
            "The attack killed 70 people. Police said 50 people were killed in the attack.",
            ["CC801"],
        ),
        ("The attack killed 70 people. In all, 50 people were killed in the attack.", ["CC801"]),
        ("Two people were killed in the first attack. Five were killed in the second attack.", []),
        ("The storm killed 12 people in Texas. The storm killed 3 people in Ohio.", []),
        ("Smith killed 3 people. Five people were killed in the city.", []),
    ],
)
def test_counts_done_in_one_named_event_are_one_statement(text, found):
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He served as mayor for ten years, from 1990 to 1995.", ["CC209"]),
        ("He served as mayor for five years, from 1990 to 1995.", []),
        ("He served as mayor from 1990 to 1995. He served as mayor for ten years.", ["CC209"]),
        ("He served as mayor for ten years. He served as senator from 1990 to 1995.", []),
        ("The war lasted from 1939 to 1945. The six-year war cost millions of lives.", []),
        ("The war lasted from 1939 to 1945. The ten-year war cost millions of lives.", ["CC209"]),
        ("The war lasted 1939–1945. It was a ten-year war.", ["CC209"]),
        ("The 15-year-old boy lived in Paris from 1990 to 1995.", []),  # an age, not a length
        ("Rates hit a 14-year high. The 10-year bonds hit a high too.", []),  # not lengths
        # a clause with no subject of its own is done by the subject of its sentence
        ("Marcus is held for three days. After being held for a week, Marcus is freed.", ["CC209"]),
        ("Marcus is held for three days. After being held for 3 days, Marcus is freed.", []),
        # an event's own verb of lasting keys it by the event, as a length before its noun does
        ("The war lasted six years. Critics called the ten-year war a disaster.", ["CC209"]),
        ("The war lasted ten years. Critics called the ten-year war a disaster.", []),
        # a relative clause's 'that' stands for its noun; 'over a period of' gives a length
        (
            "Interrogations that took place over a period of six days ended. "
            "The interrogations lasted three days.",
            ["CC209"],
        ),
        (
            "Interrogations that took place over a period of six days ended. "
            "The interrogations lasted six days.",
            [],
        ),
        ("After 20 years of marriage, they split. Their marriage lasted 15 years.", ["CC209"]),
        ("After 20 years of work, they split. Their marriage lasted 15 years.", []),
    ],
)
def test_two_lengths_of_one_event_must_overlap(text, found):
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


def test_a_deed_and_its_noun_owned_by_the_doer_are_one_deed():
    text = "They married in 1990. After their marriage in 1992, they moved to Paris."
    assert verdicts(text) == [("CC801", Status.INCONSISTENT)]


@pytest.mark.parametrize(
    "text",
    [
        "Smith founded Acme in 1901. Smith founded Bolt in 1910.",  # two things founded
        "Smith visited Paris in 1950. Smith visited Rome in 1960.",  # two visits
    ],
)
def test_one_doer_may_do_one_deed_to_two_things(text):
    assert verdicts(text) == []


def test_a_name_that_was_a_number_is_that_age():
    stated = said("Jones, who is 61, founded the firm.")
    assert stated["61"].kind is StatementKind.AGE and stated["61"].subject_key == "jones"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The village has a population of 300. Its 450 inhabitants farm the land.", ["CC801"]),
        ("The village has a population of 300. Its 300 inhabitants farm the land.", []),
        ("The firm has a staff of 40. The firm's 40 employees are paid well.", []),
        ("The firm has a staff of 40. The firm's 55 employees are paid well.", ["CC801"]),
    ],
)
def test_nouns_that_count_one_thing_are_one_measure(text, found):
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tom lives with his three brothers. Tom's four brothers leave for the city.", ["CC801"]),
        ("Tom lives with his three brothers. Tom's three brothers leave for the city.", []),
        ("The couple has two children. Their three children go to school.", ["CC801"]),
        # goals are counted per match or season: another verb may be another count
        ("Smith scored his three goals in the final. Smith's ten goals won the cup.", []),
    ],
)
def test_kin_and_parts_are_counted_whatever_the_verb(text, found):
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("No one was killed in the crash. The crash killed three people.", ["CC801"]),
        ("No soldiers were hurt in the attack. The attack hurt 12 soldiers.", ["CC801"]),
        ("No one was killed in the crash. The crash injured three people.", []),  # another deed
        ("No one was killed in the first crash. The second crash killed three people.", []),
        ("Nobody was hurt. Three people were hurt in a separate crash.", []),
        ("There were no deaths. The crash killed three people.", []),  # 'were' names no deed
    ],
)
def test_a_count_of_none_is_a_count(text, found):
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


def test_a_count_of_none_is_a_statement_with_its_span():
    (zero,) = [s for s in said("No one was killed in the crash.").values() if s.id.startswith("Z")]
    assert zero.value.text == "No one" and zero.interval.hi == 0 and zero.measure_key == "people"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The 15-year-old Marcus revolts by setting up attacks.", "marcus"),
        ("The 18-year-old gunman, Pekka Auvinen, died.", "pekka auvinen"),
        ("The 18-year-old gunman died.", "gunman"),
    ],
)
def test_a_name_after_an_age_or_beside_its_role_noun_holds_the_age(text, holder):
    (age,) = [s for s in said(text).values() if s.kind is StatementKind.AGE]
    assert age.subject_key == holder


def test_an_age_before_a_first_name_is_that_named_persons():
    text = "Marcus Yallow is a 17-year-old hacker. The {} Marcus revolts by setting up attacks."
    assert verdicts(text.format("15-year-old")) == [("CC801", Status.INCONSISTENT)]
    assert verdicts(text.format("17-year-old")) == []


@pytest.mark.parametrize(("year", "found"), [(1988, ["CC801"]), (1984, [])])
def test_a_light_verb_with_a_noun_of_an_event_dates_that_event(year, found):
    text = f"The team made its debut in 1984 in Los Angeles. The team made its debut in {year}."
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


@pytest.mark.parametrize(
    ("later", "found"),
    [
        # 'later' moves the snow, after a comma, not the tornadoes before it
        ("The storm produced 45 tornadoes, while later dropping snow.", ["CC801"]),
        # a word that moves the whole clause keeps two values apart
        ("Later, the storm produced 45 tornadoes.", []),
        ("The storm later produced 45 tornadoes.", []),
    ],
)
def test_a_word_that_moves_time_counts_only_in_its_clause(later, found):
    text = f"The storm produced 39 tornadoes in the South. {later}"
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("He was consecrated in 1022.", ["CC801"]),
        ("He was consecrated in 1020.", []),
        ("She was consecrated in 1022.", []),  # another person
    ],
)
def test_a_subject_pronoun_carries_the_subject_of_the_sentences_before(second, found):
    text = (
        "Æthelnoth was consecrated as archbishop in 1020. Æthelnoth became a monk in 1000. "
        f"He travelled to Rome. {second}"
    )
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


def test_a_carried_subject_says_so():
    stated = said("Æthelnoth died in 1038. He was a monk. He died in 1040.")
    assert (stated["1040"].subject_key, stated["1040"].subject_from) == ("æthelnoth", "carried")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # 'died in the bombing' is a count of those the bombing killed
        (
            "The bombing killed {} people on Monday. Police said {} people died in the bombing.",
            "12",
            "15",
        ),
        # a participle says what was done to a counted noun, and its 'by' who did it
        ("The fire destroyed {} homes. The {} homes destroyed by the fire were old.", "40", "30"),
        # 'firm' and 'company' name one holder
        ("The company employs {} workers. The firm's {} employees are unhappy.", "500", "600"),
        # 'began' and 'started' name one event
        ("The war began in {}. When the war started in {}, he enlisted.", "1914", "1915"),
        # 'its' passes over a pronoun subject to the noun before it
        ("The bridge opened in {}. It is long. Since its opening in {}, it paid.", "1931", "1933"),
    ],
)
def test_one_statement_restated_in_other_words(text, first, second):
    assert verdicts(text.format(first, second)) == [("CC801", Status.INCONSISTENT)]
    assert verdicts(text.format(first, first)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The fire destroyed 40 homes. The 30 homes destroyed by the flood were old.",
        "The bombing killed 12 people. Police said 15 people died in the shooting.",
        "The company employs 500 workers. The union's 600 employees are unhappy.",
    ],
)
def test_restatements_of_other_deeds_or_holders_are_not_compared(text):
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == []


@pytest.mark.parametrize(("age", "found"), [("54", ["CC801"]), ("45", [])])
def test_an_age_written_as_a_noun_names_the_person_carried_from_before(age, found):
    text = f"Smith, 45, was arrested on Monday. He denied it. The {age}-year-old was charged."
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


@pytest.mark.parametrize(
    ("before", "found"),
    [
        ("Officials may soon have access to the fighter David Hicks.", ["CC801"]),
        ("Officials may soon question David Hicks and John Walker.", []),  # which of two?
        ("Officials may soon have access to the fighter.", []),  # no one named
    ],
)
def test_an_age_written_as_a_noun_names_the_one_person_the_sentence_before_names(before, found):
    text = f"{before} The 27-year-old is on board a ship. Hicks, 24, was captured in December."
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        ("20,000", "25,000", ["CC801"]),  # 25,000 does not round to 20,000
        ("10,000", "12,000", []),  # 12,000 does
        ("20,000", "24,600", []),
        ("nearly 500", "500", []),  # a qualified figure keeps its interval
        ("about 20,000", "23,000", []),
    ],
)
def test_a_rounder_figure_agrees_only_with_what_rounds_to_it(first, second, found):
    text = f"The plant made {first} cars in 2020. It is big. In 2020, the plant made {second} cars."
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


def test_a_date_is_compared_whatever_other_date_its_sentence_gives():
    text = (
        "The film was released in 2005, two years after filming ended in 2003. "
        "Critics liked it. Filming ended in {}."
    )
    assert ("CC801", Status.INCONSISTENT) in verdicts(text.format(2004))
    assert ("CC801", Status.INCONSISTENT) not in verdicts(text.format(2003))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("At 30, in 1975, she married.", True),
        ("At 25, Smith Jones moved to Paris.", True),
        ("He married at 30 in 1980.", True),
        ("At 30, the rate fell.", False),  # no person opens the clause
        ("The rate was low. At 30 km/h, cars stop.", False),
        ("Though only 17, he enrolled at the school.", True),
        ("When 17, she moved to Paris.", True),
        ("Though only 3, the rate fell.", False),
    ],
)
def test_an_age_that_opens_a_clause_or_follows_a_life_event_at(text, age):
    assert any(s.kind is StatementKind.AGE for s in said(text).values()) is age


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a physical unit is its dimension: kilometres and metres are one length
        ("The river is {} km long. It flows north. The {}-kilometre river ends.", "300", "250"),
        # viewers are counted whatever the verb
        (
            "The episode was watched by {} million viewers. The episode drew {} million viewers.",
            "8.5",
            "10.2",
        ),
        # 'came out' is a release
        ("The game was released in Japan in {}. The game came out in Japan in {}.", "1986", "1988"),
        # a peak on a chart is a rank on that chart, 'twenty - five' as WikiText spaces it
        (
            "The song reached a peak of twenty - {} on the Billboard Hot 100 . It won. "
            "The song peaked at number {} on the Billboard Hot 100.",
            "five",
            "21",
        ),
    ],
)
def test_one_statement_in_other_words_and_units(text, first, second):
    assert ("CC801", Status.INCONSISTENT) in verdicts(text.format(first, second))
    same = {"250": "300", "10.2": "8.5", "1988": "1986", "21": "25"}[second]
    assert verdicts(text.format(first, same)) == []


def test_a_river_in_miles_agrees_with_its_length_in_kilometres():
    text = "The river is 300 km long. It flows north. The 186-mile river ends at the sea."
    assert verdicts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # two charts, two peaks
        "The song peaked at number 21 on the Billboard Hot 100. It peaked at number 3 in the UK.",
        # a year before a noun of a work names the work: these are two films
        "It was based on the 1995 film. The 2000 film was a remake.",
    ],
)
def test_peaks_on_two_charts_and_works_named_by_years_are_not_compared(text):
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == []


@pytest.mark.parametrize(("age", "found"), [("32", ["CC801"]), ("25", [])])
def test_a_role_with_the_and_an_age_beside_it_holds_that_age(age, found):
    text = f"Police said the suspect, 25, was arrested. The {age}-year-old suspect left."
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


@pytest.mark.parametrize(
    "text", ["Of the votes, 25, 30 and 45 went to Smith.", "The company, 25, 30."]
)
def test_a_list_after_a_noun_is_no_age(text):
    assert all(s.kind is not StatementKind.AGE for s in said(text).values())


@pytest.mark.parametrize(("length", "found"), [("two-hour", ["CC209"]), ("three-hour", [])])
def test_a_concert_lasts_as_a_war_does(length, found):
    text = f"The concert lasted three hours. Fans sang. After the {length} concert, fans left."
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


@pytest.mark.parametrize(("day", "status"), [("third", "inconsistent"), ("fifth", "consistent")])
def test_an_event_said_to_be_in_its_nth_day_stands_there_on_that_date(day, status):
    text = (
        "The strike entered its fifth day on Friday, May 4, 2012. Talks failed. "
        f"On Friday, May 4, 2012, the strike was in its {day} day."
    )
    assert [(r, s.value) for r, s in verdicts(text)] == [("CC202", status)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a length spent in a place
        (
            "Tom spends {} years in prison. He leaves. After {} years in prison, Tom is freed.",
            "five",
            "three",
        ),
        # a sentence handed down and the owner's sentence
        (
            "Jim is sentenced to {} years. He escapes. Jim's {}-year sentence ends early.",
            "ten",
            "five",
        ),
        # a verb of lasting with its length, and 'a voyage of N days'
        (
            "The voyage takes {} days. They return. After a voyage of {} days, they return home.",
            "80",
            "100",
        ),
    ],
)
def test_lengths_spent_in_a_place_sentenced_or_taken(text, first, second):
    assert [r for r, s in verdicts(text.format(first, second)) if s is Status.INCONSISTENT] == [
        "CC209"
    ]
    assert [r for r, s in verdicts(text.format(first, first)) if s is Status.INCONSISTENT] == []


def test_two_people_sentenced_are_two_sentences():
    text = "Jim is sentenced to ten years. Tom is sentenced to five years."
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == []


@pytest.mark.parametrize(("age", "found"), [("25", ["CC802"]), ("20", [])])
def test_an_age_after_a_comma_and_at_opens_its_clause(age, found):
    text = f"Maria was born in 1890. She grows up poor. In 1910, at {age}, Maria marries Karl."
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


TITLED = (
    " = Enter the Dominatrix = \n \n Enter the Dominatrix is a downloadable content pack for "
    "the 2013 video game Saints Row IV. It tells another story. It was released on October "
    "22 , 2013. The pack came out on October 22 , {}."
)


@pytest.mark.parametrize(("year", "found"), [("2012", ["CC801"]), ("2013", [])])
def test_a_title_names_what_it_and_the_noun_its_first_sentence_defines_stand_for(year, found):
    assert [r for r, s in verdicts(TITLED.format(year)) if s is Status.INCONSISTENT] == found


def test_it_after_a_titled_first_sentence_is_the_title():
    stated = said(TITLED.format("2013"))
    assert stated["October 22 , 2013"].subject_key == "enter the dominatrix"


def test_releases_in_two_places_are_two_releases():
    text = "It was released in Japan in 1983. The game came out in North America in 1986."
    assert verdicts(text) == []


@pytest.mark.parametrize(("miles", "found"), [("about 6", ["CC801"]), ("about 4.5", [])])
def test_a_subject_written_as_the_title_is_the_title_whole(miles, found):
    text = (
        " = M - 188 ( Michigan highway ) = \n \n M - 188 is a 4. 559 - mile - long state "
        f"highway in Michigan. It runs east. The highway is {miles} miles long."
    )
    assert sorted({r for r, s in verdicts(text) if s is Status.INCONSISTENT}) == found


def test_a_re_release_is_not_the_release():
    text = "The game was released in Japan in 1983. The game was re - released in 2007."
    assert verdicts(text) == []


@pytest.mark.parametrize(("year", "found"), [("2009", ["CC801"]), ("2007", [])])
def test_a_subject_the_parse_hangs_on_was_is_the_verbs(year, found):
    text = (
        "Donkey Kong Jr. Math was re - released on the Wii in 2007. It sold well. "
        f"It was re - released on the Wii in {year}."
    )
    assert [r for r, s in verdicts(text) if s is Status.INCONSISTENT] == found


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("25 percent more passengers than other large aircraft", Status.INCONSISTENT),
        ("40 percent more passengers than other large aircraft", None),  # the same
        ("25 percent more cargo than other large aircraft", None),  # another measure
        ("25 percent more passengers than the Boeing 747", None),  # against another thing
    ],
)
def test_a_percentage_that_compares_two_things_is_one_measure(second, status):
    text = (
        "The jet can carry 40 percent more passengers than other large aircraft. "
        f"The jet can carry {second}."
    )
    found = {f.status for f in claimcheck.check(text).findings if f.rule == "CC801"}
    assert found == ({status} if status else set())


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("Stone says the 20,000 detainees are treated well.", True),
        ("Stone says the 25,000 detainees are treated well.", False),  # the same size
        ("Stone says the 20,000 detainees of the northern camps are well.", False),  # a part
        ("Stone says the 1,000 detainees freed last week are well.", False),  # a part
        ("Stone says 20,000 detainees are treated well.", False),  # not the known set
    ],
)
def test_a_known_set_given_two_sizes_is_one_statement(second, found):
    text = f"The general explained how the 25,000 detainees are treated. {second}"
    assert contradicts(text) is found


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("According to the UN, no women are killed there.", True),
        ("According to the UN, no women are killed in Norway.", False),  # another place
        ("According to the UN, no men are killed there.", False),  # another measure
    ],
)
def test_a_rate_and_none_in_one_place_are_one_statement(second, found):
    rate = "In Guatemala, where nearly 10 out of every 100,000 women are killed, it is common."
    text = f"{rate} {second}"
    assert contradicts(text) is found


def test_two_counts_in_one_place_are_not_one_statement_by_their_place():
    text = "In Texas, 12 people were killed in a storm. In Texas, 3 people were killed in a crash."
    assert not [f for f in claimcheck.check(text).findings if f.rule == "CC801"]


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("The song peaked at number nine on the singles chart.", True),  # worse than reached
        ("The song peaked at number two on the singles chart.", False),  # the peak is higher
        ("The song peaked at number nine on the album chart.", False),  # another chart
    ],
)
def test_a_place_reached_on_a_chart_bounds_the_peak(second, found):
    text = (
        "= Blue Hills ( song ) =\nBlue Hills is a song by Ann Lee. The song appeared on "
        "several charts. It did best in Norway, where it reached number six on the singles "
        f"chart. {second}"
    )
    assert contradicts(text) is found


def test_it_carries_a_name_the_text_defined_a_common_noun_as():
    text = (
        "= Blue Hills ( song ) =\nBlue Hills is a song by Ann Lee. The song appeared on "
        "several charts. It did best in Norway, where it reached number six on the singles "
        "chart. Blue Hills peaked at number two on the singles chart."
    )
    stated = said(text)
    assert stated["six"].subject_key == "blue hills"
    assert stated["six"].subject_from == "carried"


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("The seven captured pirates were held aboard the ship.", True),
        ("The five captured pirates were held aboard the ship.", False),
        ("The seven injured pirates were held aboard the ship.", False),  # another deed
    ],
)
def test_a_set_known_by_a_deed_is_every_count_of_that_deed(second, found):
    text = f"When the battle was over, two pirates were dead and five were captured. {second}"
    assert contradicts(text) is found


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("The nine suspended midwives will learn their fate next week.", True),
        ("Next week, the nine suspended midwives will learn their fate.", False),
        ("Nine midwives will be suspended next week.", False),  # the deed itself is moved
    ],
)
def test_a_word_of_time_after_a_known_set_moves_its_verb_not_the_set(second, found):
    text = f"Six midwives have been suspended at the hospital. {second}"
    assert contradicts(text) is found


def test_a_bare_number_joined_to_a_counted_clause_counts_its_noun_in_its_own_clause():
    stated = said("Three people were killed and two were injured in the crash.")
    assert (stated["two"].measure_key, stated["two"].event_key) == ("people", "injure")


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        (
            "The trip ended with 21 people dying, 14 of them Australians.",
            "Eleven of those who died were Australians.",
            True,
        ),
        (
            "In the canyon 21 people died, 14 of whom were Australians.",
            "Eleven Australians were killed.",
            True,
        ),
        (
            "The flood killed 21 people, 14 of them Australians.",
            "Eleven of those who died were Swiss.",
            False,
        ),  # another part
        (
            "The flood killed 21 people, 14 of them Australians.",
            "Fourteen of those who died were Australians.",
            False,
        ),
        (
            "The flood killed 21 people, 14 of them Australians.",
            "Eleven of those who were hurt were Australians.",
            False,
        ),  # another deed
    ],
)
def test_a_part_counted_of_a_pronoun_is_named_by_its_noun_and_done_in_its_wholes_deed(
    first, second, found
):
    assert contradicts(f"{first} {second}") is found


def test_a_distance_written_with_the_is_no_known_set():
    text = (
        "Huegill bettered the Australian record in the 100 metres butterfly. He beat Klim, "
        "after last night setting a world record in the 50 metres butterfly."
    )
    assert not [f for f in claimcheck.check(text).findings if f.rule == "CC801"]


def test_known_sets_with_other_adjectives_are_other_sets():
    text = "The 12 American soldiers left the base. The 40 soldiers stayed behind."
    assert not [f for f in claimcheck.check(text).findings if f.rule == "CC801"]


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("The company has 25 projects underway.", True),
        ("The company had 25 projects underway in 2006.", False),  # another time
        ("Two years later the company had 25 projects underway.", False),
    ],
)
def test_a_name_defined_beside_a_noun_and_the_present_tense_say_one_statement(second, found):
    text = (
        "Ali Hamad leads Qatari Diar, a state-owned real estate company. "
        f"Qatari Diar is now valued at $1 billion with 18 projects underway. {second}"
    )
    assert contradicts(text) is found


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("The video was made two years ago.", True),
        ("The video was made four years ago.", False),
        ("The video was shown two years ago.", False),  # another deed
    ],
)
def test_how_long_ago_one_deed_was_done_is_one_statement(second, found):
    text = f"The girl was shown in the video made four years ago, police said. {second}"
    assert contradicts(text) is found


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Charlotte, who is 12, was among them.", "12"),  # 'who' says a person
        ("The girl, now 7, was found on Friday.", "7"),
        ("The girl, who is now 9, was found on Friday.", "9"),
    ],
)
def test_ages_said_in_a_clause_or_with_now(text, age):
    assert said(text)[age].kind is StatementKind.AGE


def test_a_subject_reaches_a_verb_after_a_preposition():
    stated = said("Honey bees are responsible for pollinating $15 billion worth of crops.")
    assert stated["$15 billion"].subject_key == "honey bee"


def test_scoring_twice_is_two_goals():
    text = (
        "Lucarelli kept his place after scoring twice against Chile. "
        "Lucarelli scored three goals against Chile."
    )
    flagged = [f for f in claimcheck.check(text).findings if f.rule == "CC801"]
    assert flagged and "goal" in flagged[0].message


def test_an_acronym_and_the_words_it_stands_for_are_one_party():
    from claimcheck.normalize.names import same_name

    assert same_name("the USDA", "the U.S. Department of Agriculture")
    assert same_name("UN", "the United Nations")
    assert not same_name("CPSC", "the U.S. Consumer Product Safety Commission")
    assert not same_name("usda", "u.s. department of agriculture")  # keys: no capitals to tell


@pytest.mark.parametrize("title", ["v.", "Capt.", "Det.", "Mt."])
def test_abbreviations_before_a_name_end_no_sentence(title):
    from claimcheck.extract.layout import sentences

    assert len(sentences(f"The case was Raymond {title} Raymond in 2010. It ended.")) == 2


@pytest.mark.parametrize(
    ("between", "found"),
    [
        ("", True),  # the only two counts of one deed: one deed
        ("Three commissioners were appointed in Salerno. ", False),  # a third: several deeds
    ],
)
def test_two_counts_alone_of_one_deed_are_one_statement(between, found):
    text = (
        "Eight different commissioners have been appointed, but all failed. "
        f"{between}Five different commissioners have been appointed to solve the crisis."
    )
    assert contradicts(text) is found


@pytest.mark.parametrize(("second", "found"), [("€3.8 billion", True), ("€1.8 billion", False)])
def test_a_sum_with_no_noun_is_counted_in_its_currency(second, found):
    text = (
        "€1.8 billion in emergency funds have been devolved to deal with the problem. "
        f"It is hard to say where it went. Some {second} has been devolved so far."
    )
    assert contradicts(text) is found


@pytest.mark.parametrize(
    ("written", "lo", "hi"),
    [
        ("Smith, who is in her fifties,", 50, 60),
        ("Smith, who is in her early fifties,", 50, 54),
        ("Smith, who is in her late 40s,", 46, 50),
        ("Smith, the 30-something daughter of Jones,", 30, 40),
    ],
)
def test_an_age_written_as_a_decade_of_life(written, lo, hi):
    statements = claimcheck.check(f"{written} was found on Friday.").statements
    ages = [s for s in statements if s.kind is StatementKind.AGE]
    assert [(a.subject_key, a.interval.lo, a.interval.hi) for a in ages] == [("smith", lo, hi)]


def test_fractions_past_tenths_are_fractions():
    stated = said("Roxy is only one-sixteenth black.")
    assert stated["one-sixteenth"].interval.lo == pytest.approx(100 / 16)
    assert stated["one-sixteenth"].unit == "%"


def test_a_share_in_words_is_stated_in_percent_and_a_rate_is_not():
    stated = said(
        "Nearly half of the money went to salaries; one in five voters agreed. In Guatemala, "
        "10 out of every 100,000 women are killed."
    )
    # 'nearly half' is below half, and near it: [45%, 50%)
    nearly = stated["Nearly half"]
    assert (nearly.unit, nearly.interval.lo, nearly.interval.hi) == ("%", 45, 50)
    assert (stated["one in five"].unit, stated["one in five"].interval.lo) == ("%", 20)
    assert stated["10 out of every 100,000"].unit == SHARE


def test_each_name_of_a_list_of_names_and_ages_holds_its_own_age():
    text = (
        "They were named as Larissa Almeida, 12, Orisberto Sousa, 38, and Adriano Balbinote, "
        "46. The image shows Larissa Almeida, a 12-year-old girl."
    )
    assert not [f for f in claimcheck.check(text).findings if f.rule == "CC801"]


@pytest.mark.parametrize(("second", "found"), [("Five", True), ("Three", False)])
def test_a_count_is_of_each_verb_its_subject_does(second, found):
    text = (
        "The toys were recalled after three children in Australia swallowed the beads and "
        f"were hospitalized. {second} children in Australia were hospitalized after eating them."
    )
    assert contradicts(text) is found


@pytest.mark.parametrize(("second", "found"), [("twelve", True), ("ten", False)])
def test_a_possessive_pronoun_is_its_clauses_subject(second, found):
    text = (
        "The manuscript was sold by a priest. Harley kept it for years. The manuscript is "
        f"missing the first ten chapters. The manuscript is missing its first {second} chapters."
    )
    assert contradicts(text) is found


@pytest.mark.parametrize(
    ("first", "found"),
    [
        ("Lloyd finds a thirty-year-old manuscript in a library.", True),
        # two manuscripts written with 'a': the one 'the manuscript' is may be either
        ("Lloyd finds a thirty-year-old manuscript and a manuscript of poems.", False),
    ],
)
def test_a_thing_introduced_with_a_is_the_thing_named_with_the(first, found):
    text = f"{first} The manuscript Lloyd discovers is twenty years old."
    assert contradicts(text) is found


@pytest.mark.parametrize(("year", "found"), [(1836, True), (1826, False)])
def test_a_year_before_a_noun_of_an_event_dates_it_as_took_place_does(year, found):
    text = (
        "This was based on the 1826 kidnapping of William Morgan. "
        f"The kidnapping of William Morgan took place in {year}."
    )
    assert contradicts(text) is found


def test_parts_of_a_thing_written_with_of_are_its_whatever_the_verb():
    text = (
        "The novel records life in the two branches of the Jia clan. "
        "The Jia clan is divided into three branches."
    )
    assert [f.rule for f in claimcheck.check(text).findings if f.rule == "CC801"] == ["CC801"]


def test_a_date_of_a_clause_that_describes_a_noun_is_no_period_of_the_sentence():
    stated = said("About 1,000 vehicles use a highway that was first paved in the 1940s.")
    assert stated["About 1,000"].period is None


@pytest.mark.parametrize(
    ("third", "found"),
    [
        ("Traffic counts found 986 vehicles use the highway.", True),  # agrees with 1,000
        ("Traffic counts found 5,000 vehicles use the highway.", False),  # a third value
    ],
)
def test_counts_that_agree_are_one_value_of_a_deed_counted_twice(third, found):
    text = (
        "Approximately 1,000 vehicles use the highway each day. "
        f"{third} About 3,000 vehicles use the highway each day."
    )
    assert contradicts(text) is found


@pytest.mark.parametrize(("end", "found"), [(1995, False), (1998, True)])
def test_each_end_of_a_stretch_is_compared_only_with_that_end(end, found):
    text = (
        "Smith served as mayor from 1990 to 1995. He was popular. "
        f"Smith served as mayor from 1990 to {end}, the records show."
    )
    assert contradicts(text) is found


@pytest.mark.parametrize(
    ("second", "found"),
    [("80 kilometers north", True), ("50 kilometers north", False), ("80 kilometers south", False)],
)
def test_a_length_from_a_place_is_where_its_thing_lies(second, found):
    text = (
        "Police named Jokela High in Tuusula, a quiet town around 50 kilometers (30 miles) "
        f"north of Helsinki. Tuusula is about {second} of Helsinki."
    )
    assert contradicts(text) is found


def test_were_dead_is_a_count_of_the_killed():
    text = "When the battle was over, two pirates were dead. Four pirates died in the battle."
    found = [f.message for f in claimcheck.check(text).findings if f.rule == "CC801"]
    assert found == ["the number of pirates killed is given as 'two' and as 'Four'"]


@pytest.mark.parametrize(("second", "found"), [("six times", True), ("eight times", False)])
def test_how_often_one_deed_was_done_is_one_statement(second, found):
    text = (
        "Wistert was named to the All-Pro team eight times. Wistert wore No. 11. "
        f"Wistert was named to the All-Pro team {second}."
    )
    assert contradicts(text) is found


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("Dube was killed on Wednesday night.", True),
        ("Dube was killed on Thursday night.", False),
        ("Police said Wednesday he was shot.", False),  # saying names no deed
        ("Dube was buried on Wednesday.", False),  # another deed
    ],
)
def test_the_day_of_the_week_of_one_deed_is_one_statement(second, found):
    text = f"Dube was killed around 8 p.m. local time Thursday, his label said. {second}"
    assert contradicts(text) is found


def test_a_holiday_named_by_a_weekday_is_no_day_of_the_week():
    assert "Friday" not in said("Shops opened on Good Friday.")


@pytest.mark.parametrize(("second", "found"), [("No. 14", True), ("No. 11", False)])
def test_a_number_that_labels_a_thing_is_one_statement_of_its_holder(second, found):
    text = (
        "The Wistert brothers all wore jersey No. 11 at Michigan. They were tackles. "
        f"The Wistert brothers wore jersey {second} at Michigan."
    )
    assert contradicts(text) is found
    if found:
        (finding,) = [f for f in claimcheck.check(text).findings if f.rule == "CC801"]
        assert "No." in finding.message and "the . of" not in finding.message


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("He added that the company has 48 programs.", True),  # 'he' may be Bancel
        ("Jones added that the company has 48 programs.", False),  # two sources
    ],
)
def test_a_source_written_as_a_pronoun_is_not_another_source(second, found):
    text = f"Bancel said the company has 38 programs. Profits rose. {second}"
    assert contradicts(text) is found


@pytest.mark.parametrize(
    ("when", "found"),
    [("earlier this month", True), ("earlier", False)],
)
def test_earlier_this_month_names_a_time_and_moves_nothing(when, found):
    text = (
        "Two of the firm's top executives pleaded guilty this month. Shares fell. "
        f"Three of the firm's top executives pleaded guilty {when}."
    )
    assert contradicts(text) is found


def test_a_light_verb_with_the_state_it_leads_to_names_an_event():
    stated = said("Lordstown went public in 2020. The firm went bankrupt in 2023.")
    assert stated["2020"].event_key == "go public"
    assert stated["2023"].event_key == "go bankrupt"
    assert contradicts("Lordstown went public in 2020. Lordstown went public in 2021.")
    assert not contradicts("Lordstown went public in 2020. Lordstown went bankrupt in 2021.")


@pytest.mark.parametrize(
    ("second", "found"),
    [("November 21", True), ("November 12", False), ("2012", False)],
)
def test_days_written_with_no_year_are_compared_with_each_other_only(second, found):
    text = f"Italy face Malta in Modena on November 12. Italy face Malta in Modena on {second}."
    assert contradicts(text) is found


def test_a_guessed_year_does_not_date_a_birth():
    # 'March 5' has no year; the reading places it after 1990, but no age follows from that
    assert verdicts("Smith was born on March 5. He died in 1990, aged 40.") == []


def test_a_date_after_since_does_not_date_the_sentence():
    text = (
        "An 11-year-old girl died, the first to die of the flu since 2014. "
        "The girl, aged 9, lived nearby."
    )
    assert said(text)["11-year"].period is None
    assert contradicts(text)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The map he found was some fifty years old.", 45, 56),
        ("The house is about 40 years old.", 36, 45),
        ("Every player was under 18 years old.", 0, 18),  # 'under' keeps its end
        ("The map he found was fifty years old.", 50, 51),
    ],
)
def test_a_qualified_figure_of_years_old_is_an_age_within_its_qualifier(text, lo, hi):
    (age,) = said(text).values()
    assert age.kind is StatementKind.AGE
    assert (age.interval.lo, age.interval.hi) == (lo, hi)


def test_a_qualified_figure_after_a_name_is_no_age():
    assert said("Smith, about 45, said the plan would work.")["about 45"].kind is not (
        StatementKind.AGE
    )


def test_a_qualified_age_contradicts_an_age_outside_it():
    text = "Lloyd found a {}-year-old map in a library. The map was some fifty years old."
    assert verdicts(text.format("thirty")) == [("CC801", Status.INCONSISTENT)]
    assert verdicts(text.format("fifty-two")) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Maria turned 18 in May.", "18"),
        ("Hans had only just turned twelve that winter.", "twelve"),
        ("The firm's founder turns 70 next week.", "70"),
    ],
)
def test_a_number_someone_turned_is_an_age(text, value):
    age = said(text)[value]
    assert age.kind is StatementKind.AGE
    assert age.interval.hi - age.interval.lo == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [("The car turned 90 degrees.", "90"), ("She turned 40 pages before lunch.", "40")],
)
def test_a_figure_with_a_unit_after_turned_is_no_age(text, value):
    assert said(text)[value].kind is not StatementKind.AGE


@pytest.mark.parametrize(
    ("text", "value", "age"),
    [
        ("Maria celebrated her fifteenth birthday in May.", "fifteenth", 15),
        ("On his 60th birthday, the king gave a speech.", "60th", 60),
    ],
)
def test_a_rank_of_a_birthday_is_an_age(text, value, age):
    stated = said(text)[value]
    assert stated.kind is StatementKind.AGE
    assert (stated.interval.lo, stated.interval.hi) == (age, age + 1)


def test_a_rank_of_an_anniversary_stays_a_rank():
    assert said("The town marked its fifteenth anniversary.")["fifteenth"].kind is (
        StatementKind.ORDINAL
    )


def test_a_name_the_parse_tags_as_a_noun_at_the_start_of_a_sentence_is_still_the_name():
    text = "Hans lost his skates. Hans had only just turned twelve. Everyone knew Hans."
    assert said(text)["twelve"].subject_key == "hans"
    # a noun that the text never writes as a name keeps its lemma
    assert said("Beggars operate in the port. Three beggars came.")["Three"].subject_key != (
        "Beggars"
    )


def test_a_date_owned_by_a_noun_dates_that_noun():
    stated = said("Crowds came to watch December's great race on the canal.")
    assert stated["December"].event_key == "race"
    assert stated["December"].subject_key != "december"  # the date owns the race, not itself


@pytest.mark.parametrize(
    ("again", "other", "flagged"),
    [
        ("the same year", "in 2007", True),
        ("the year", "in 2007", True),
        ("the same year", "in 2004", False),
        ("the same year", "in March 2004", False),
        ("the year before", "in 2007", False),
        ("the year after", "in 2005", False),
    ],
)
def test_a_date_named_again_dates_the_deed_of_its_own_clause(again, other, flagged):
    text = (
        f"The disorder was first reported in 2004, {again} American beekeepers started "
        f"importing bees from Australia. The virus was found later. American beekeepers began "
        f"importing Australian bees {other}."
    )
    assert contradicts(text) is flagged


def test_a_date_named_again_keeps_its_month():
    stated = said("He died in May 2010, the same month that his son was born.")
    days = stated["the same month"].interval
    assert (days.hi - days.lo, stated["the same month"].event_key) == (30, "bear")


@pytest.mark.parametrize(
    ("later", "flagged"),
    [
        ("Gretel finished second in the girls' race.", True),
        ("Gretel came third in the girls' race.", True),
        ("Gretel finished first in the girls' race.", False),
        ("Gretel finished second in the boys' race.", False),  # another contest
        ("Anna finished second in the girls' race.", False),  # another finisher
        ("Gretel finished second.", False),  # in what, the text does not say
    ],
)
def test_a_win_is_first_place_in_the_contest_won(later, flagged):
    text = f"Gretel wins the girls' race and a pair of skates. Hans skated well. {later}"
    assert contradicts(text) is flagged


def test_a_place_in_a_contest_is_reported_as_that_place():
    text = (
        "Smith won the 2019 election. The count was slow. Smith placed third in the 2019 election."
    )
    found = [f for f in claimcheck.check(text).findings if f.rule == "CC801"]
    assert [f.message for f in found] == [
        "the place of Smith in 'election' is given as 'won' and as 'third'"
    ]


@pytest.mark.parametrize(
    ("written", "counted"),
    [
        ("The schooner's crew of five native sailors did most of the work.", "crew"),
        ("Five native crew members did most of the work.", "crew"),
        ("Five native sailors did most of the work.", "sailor"),
        ("Five club members did most of the work.", "member"),
    ],
)
def test_a_count_of_a_groups_members_measures_the_group(written, counted):
    assert said(written)["five" if "five" in written else "Five"].measure_key == counted


def test_a_unit_per_hour_written_out_is_a_speed_and_the_hour_no_length():
    stated = said(
        "Gusts of 80 km/h are forecast, later 30 kilometres an hour. He worked 10 hours a day."
    )
    assert (stated["80"].unit, stated["30"].unit) == ("speed", "speed")
    assert set(stated) == {"80", "30", "10 hours"}


def test_a_place_named_in_a_joined_clause_is_that_clauses_place():
    stated = said(
        "Fourteen homes have been destroyed in the Hawkesbury area north of Sydney, and 20 "
        "properties have been ruined at Jervis Bay."
    )
    assert (stated["Fourteen"].place_key, stated["20"].place_key) == (None, "jervis bay")


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("In Virginia, he faces four of those counts.", False),  # some of the set
        ("In court, Moussaoui faces four counts over the attacks.", True),
    ],
)
def test_some_of_a_set_is_not_its_size(second, found):
    assert (
        contradicts(f"Moussaoui faces six counts in connection with the attacks. {second}") is found
    )


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("Its territory makes it the 41st largest country in the world.", False),
        ("Its population makes it the 41st most populous country in the world.", True),
    ],
)
def test_ranks_by_two_measures_are_two_rankings(second, found):
    text = f"Its population makes it the 42nd most populous country in the world. {second}"
    assert any(f.rule == "CC803" for f in claimcheck.check(text).findings) is found


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("In 2010, AppBooks released Animalia as an application for iPad.", False),  # a form
        ("In 2010, AppBooks released Animalia.", True),
    ],
)
def test_a_deed_done_as_a_form_is_a_deed_of_that_form(second, found):
    assert contradicts(f"Animalia was originally published in 1986. {second}") is found


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The treaty was signed in 1781. It was replaced by the new charter and the "
            "new council began work in 1789.",
            "new council",
        ),
        ("The treaty was signed in 1781. It was revised and began to bind in 1789.", "it"),
    ],
)
def test_a_noun_right_before_a_joined_verb_is_its_subject(text, subject):
    dated = [s for s in claimcheck.check(text).statements if s.value.text == "1789"]
    assert [s.subject_key for s in dated] == [subject]


def test_a_no_break_space_is_read_as_a_space():
    text = (
        "He brought horns for the premiere of the suite, which took place on "
        "December{}13, 1928, in Carnegie Hall, with Damrosch conducting."
    )
    plain, printed = (said(text.format(space)) for space in (" ", "\u00a0"))
    date = "December{}13, 1928"
    assert printed[date.format("\u00a0")].clause_names == plain[date.format(" ")].clause_names
    assert "carnegie" in plain[date.format(" ")].clause_names


@pytest.mark.parametrize(
    "text",
    [
        # a deed said to be done another time
        "Tarkovsky worked on the screenplay in 1967. In 1975, Tarkovsky also worked on it.",
        "Agassi won the title in 1992. Agassi won the title again in 1995.",
        # each of a series, told which
        "He reached his first final in 1990. In 1991, he reached his second final.",
    ],
)
def test_dates_of_a_deed_done_more_than_once_are_two_dates(text):
    assert not contradicts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Smith founded the club in 1901. In 1905, Smith founded the club.",
        # a rank on one side only may tell the same deed
        "The song was first released as the second promo single on February 9, 2010, and later "
        "released to radio as the album's fourth single on June 15, 2010. The song was released "
        "to radio on June 15, 2011.",
        # 'also' that names, not repeats
        "Smith (also Smyth; died 1038) was a bishop. Smith died in 1040.",
    ],
)
def test_dates_of_one_deed_told_twice_still_contradict(text):
    assert contradicts(text)


@pytest.mark.parametrize(("second", "flagged"), [("Bahnaric", False), ("Vietic", True)])
def test_values_on_lines_of_a_list_are_their_labels(second, flagged):
    text = (
        "The Austroasiatic family is large, and its branches are spread across Asia. As a "
        "schematic, we have:\n\n"
        "Vietic: 10 languages of Vietnam and Laos, including the Vietnamese language.\n"
        f"{second}: 40 languages of Vietnam, Laos, and Cambodia."
    )
    assert contradicts(text) is flagged


@pytest.mark.parametrize(
    ("second", "flagged"), [("about 60,000", True), ("just over 100,000", False)]
)
def test_people_a_place_is_home_to_are_its_residents(second, flagged):
    text = (
        "The island has a population of just over 100,000 inhabitants. It has no major cities. "
        f"The island is home to {second} people."
    )
    assert contradicts(text) is flagged


def test_a_figure_in_the_subject_is_not_what_its_verb_denies():
    stated = said("The island, with a population of 100,000 inhabitants, does not have big cities.")
    assert not stated["100,000"].negated
    assert said("The island does not have 100,000 inhabitants.")["100,000"].negated


def test_a_year_that_dates_a_noun_in_a_phrase_of_its_own_is_that_noun_s():
    text = (
        "Angola gained its independence on 11 November 1975, after the 1974 coup in Lisbon, "
        "which overthrew the regime."
    )
    assert not contradicts(text)
    assert said(text)["1974"].event_key != said(text)["11 November 1975"].event_key
    assert contradicts(text + " Angola gained its independence in 1974.")


def test_a_deed_only_tried_is_not_the_deed():
    text = (
        "On August 6, 1992, the Oscar sold to a private collector for $60,500. Michael Todd's "
        "grandson tried to sell Todd's Oscar statuette to a collector in 1989."
    )
    assert not contradicts(text)
    assert said(text)["1989"].event_key == "try sell"


def test_a_date_told_as_before_that_is_of_another_time():
    text = (
        "Since 2004, nomination results have been announced to the public in late January. "
        "Prior to that, the results were announced in early February."
    )
    assert not contradicts(text)
    assert contradicts(text.replace("Prior to that, the", "The"))


def test_the_years_of_a_list_of_references_are_no_statements():
    text = (
        "Jenny, Mathias and Paul Sidwell, eds (2015). The Handbook of Austroasiatic Languages.\n"
        'Sidwell, Paul (2005). "Proto-Katuic Phonology". In Sidwell, ed., SEALS XV.\n'
        "The 2005 survey found 40 languages. The 2005 survey found 45 languages."
    )
    stated = [s.value.text for s in claimcheck.check(text).statements]
    assert "2015" not in stated and stated.count("2005") == 2  # the survey's, not Sidwell's
    assert contradicts(text)
