"""Which statements the model is asked to fill from elsewhere, and with what (no model)."""

import pytest

import claimcheck
from claimcheck.extract.layout import sentences
from claimcheck.statements.build import acronyms
from claimcheck.statements.restated import (
    SECOND_LOOK,
    _asked,
    _blanked,
    _listed_with,
    _most_telling,
    _named_apart,
    _offered,
    _stem,
    _where,
    _without,
    _without_initials,
)
from claimcheck.statements.sameness import agree, told_apart
from claimcheck.statements.vocabulary import event_of_noun


def questions(text):
    """Return the statements of a text that code would ask about, with their candidates."""
    spans = {s.index: s.span for s in sentences(text)}
    return list(_asked(text, claimcheck.check(text).statements, spans))


def asked(text):
    """Return {value blanked: sorted values that may restate it} for a text."""
    return {b.value.text: sorted(a.value.text for a in found) for b, found, _ in questions(text)}


def test_a_count_of_one_thing_said_again_elsewhere_is_asked_about():
    text = (
        "The ban on El Al, Israir and Arkia, Israel's three airlines, ended on Thursday. "
        "Flights will be shorter. Israel has four airlines."
    )
    assert asked(text) == {"three": ["four"], "four": ["three"]}


def test_a_word_written_as_a_noun_and_as_a_verb_is_one_word_in_common():
    text = (
        "Chipmakers will get $80 billion in funding. The talks went on. "
        "Chipmakers are funded with $50 billion."
    )
    assert asked(text) == {"$80 billion": ["$50 billion"], "$50 billion": ["$80 billion"]}


def test_a_noun_of_an_event_and_its_verb_are_one_word_in_common():
    assert _stem(event_of_noun("death")) == _stem(event_of_noun("died")) == _stem("die")
    assert _stem(event_of_noun("funding")) == _stem("funded")


def test_ages_and_lengths_of_time_are_asked_about():
    ages = "An 11-year-old girl died of flu. Officials were calm. The girl, aged 9, lived nearby."
    assert asked(ages) == {"11-year": ["9"], "9": ["11-year"]}
    lengths = (
        "The storm lasted six days in January. Crews were busy. "
        "In January the storm lasted for two days."
    )
    assert asked(lengths) == {"six days": ["two days"], "two days": ["six days"]}


def test_a_doer_named_on_one_side_only_may_be_the_other_described():
    text = (
        "The Reserve Bank of New Zealand raised rates by 50 basis points. Markets fell. "
        "The central bank lifted its rate by 75 basis points."
    )
    assert asked(text) == {"50": ["75"], "75": ["50"]}


def test_an_acronym_is_the_name_the_text_spells_out_with_its_initials():
    text = (
        "The European Commission acted. The EC has ordered its 32,000 employees to remove "
        "TikTok. No reasons were given. The order applies to the Commission's 23,000 staff."
    )
    assert asked(text) == {"32,000": ["23,000"], "23,000": ["32,000"]}
    assert acronyms(
        "The EU and the European Union; NASA, the National Aeronautics and Space "
        "Administration; the UN, the United Nations and the Ugandan Navy."
    ) == {
        "eu": "european union",
        "nasa": "national aeronautics and space administration",
    }


def test_a_sum_of_one_measure_or_of_one_subject_needs_one_word_in_common():
    measure = (
        "Annual profit came to $4.1bn, the firm said. Staff cheered. "
        "The firm reported a profit of $3.4bn for the year."
    )
    assert asked(measure) == {"$4.1bn": ["$3.4bn"], "$3.4bn": ["$4.1bn"]}
    subject = (
        "Maria Lopez's bonus came to $2 million. Staff cheered. Lopez, who earned $3 million, "
        "declined to comment."
    )
    assert asked(subject) == {"$2 million": ["$3 million"], "$3 million": ["$2 million"]}
    named = (
        "Globex alone received $1.6 billion of the funds. Staff cheered. Some $1.1 billion "
        "was sent to Globex in Ohio."
    )
    assert asked(named) == {
        "$1.6 billion": ["Some $1.1 billion"],
        "Some $1.1 billion": ["$1.6 billion"],
    }


def test_a_doer_each_clause_names_may_be_one_though_the_parse_gives_two():
    text = (
        "Before the storm, Acme's Boston to Denver trucks took six hours 30 minutes. Roads "
        "were closed. Acme trucks from Boston to Denver took five hours 30 minutes."
    )
    assert asked(text) == {
        "six hours 30 minutes": ["five hours 30 minutes"],
        "five hours 30 minutes": ["six hours 30 minutes"],
    }


def test_the_day_an_event_happened_is_the_day_of_that_event():
    text = (
        "A bridge collapsed in the north on Friday. Rescuers came. "
        "The collapse happened on Thursday, the police said."
    )
    assert asked(text) == {"Friday": ["Thursday"], "Thursday": ["Friday"]}


def test_two_days_of_one_deed_need_only_its_verb_in_common():
    text = (
        "Smith testified on September 9. The army keeps no records. The court asked for "
        "them. A judge agreed. Officials said he testified on September 6."
    )
    assert asked(text) == {"September 9": ["September 6"], "September 6": ["September 9"]}


def test_counts_of_one_deed_may_name_what_they_count_in_other_words():
    text = (
        "The company said it would recall 91 Falcon trucks. Dealers were told. "
        "The automaker will recall 19 Falcon pickups over a fault."
    )
    assert asked(text) == {"91": ["19"], "19": ["91"]}


def test_a_person_written_by_an_age_alone_may_be_the_person_named():
    text = (
        "The 11-year-old girl from Laos has died of bird flu. She lived near a lake. Local "
        "teams took samples from dead birds. The 13-year-old had been helping her family "
        "raise ducks."
    )
    assert asked(text) == {"11-year": ["13-year"], "13-year": ["11-year"]}


def test_an_ordinal_of_a_streak_is_how_long_the_run_is_whatever_was_done():
    text = (
        "Bond yields topped the cap for a second straight session. Traders sold. "
        "It was the fourth straight session in which yields topped the cap."
    )
    assert asked(text) == {"second": ["fourth"], "fourth": ["second"]}
    ranks = "Smith won the second race. Fans cheered. Smith crashed in the fourth race."
    assert asked(ranks) == {}


def test_a_subject_written_as_a_pronoun_names_nothing_that_tells_two_apart():
    text = (
        "The jet carries 25 percent more passengers. Airlines like it. "
        "It carries 40 percent more passengers."
    )
    assert asked(text) == {"25 percent": ["40 percent"], "40 percent": ["25 percent"]}


def test_statements_credited_to_two_named_parties_are_not_asked_about():
    text = (
        "Officials: Russia lost 350,000 soldiers. The war went on. "
        "Zelensky said that 180,000 Russian soldiers had died."
    )
    assert asked(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # values that agree
        "Israel's three airlines flew on. Flights will be shorter. Israel has three airlines.",
        # two subjects named
        "Israel has three airlines. Flights will be shorter. Jordan has four airlines.",
        # two months named
        "In March, 15 pupils fell ill in Qom. Parents were angry. In May, 25 pupils fell ill.",
        # no word in common
        "Israel has three airlines. Flights will be shorter. The route saves four hours.",
        # another of a kind, written later with 'a'
        "Cambodia recorded a flu death in 2014. Officials were calm. A girl died of flu in 2016.",
        "El Al's flight takes 10 hours 45 minutes. Fares rose. A flight on Royal Jordanian "
        "takes eight hours 10 minutes.",
        # a date of birth and a date of another deed
        "Van den Berg was born in 1932 in Sluiskil. He studied. In 1975, Van den Berg had to "
        "become a citizen.",
        # two of a kind, one moved in time
        "A coroner ruled in 2017 that he fell. Police agreed. A coroner had initially ruled in "
        "1989 that he jumped.",
        # prices per user, which count no users
        "It costs $75/user per month. We met. At $30/user per month, it is a good addition.",
        # a special price beside the regular one
        "With the Platinum Plan at just $700/month, you work with advisors. We met. So invest, "
        "all for the special rate of just $630/month for our Platinum Plan.",
        # two deeds, two nouns counted
        "The company will recall 91 Falcon trucks. Dealers were told. "
        "The company will sell 19 Falcon pickups.",
        # one word in common, a count of two nouns
        "We have four programs in trials. We met. We plan to test 4157 in melanoma.",
        # one word in common, a sum of two measures
        "Annual revenue came to $4.1bn. Staff cheered. Annual profit came to $3.4bn.",
        # two parts of a place, told by their sides
        "The northern two-thirds of Alabama was Yazoo land. Mobile grew. The lower one-third of "
        "Alabama was made part of the territory.",
    ],
)
def test_statements_that_may_be_of_two_things_are_not_asked_about(text):
    assert asked(text) == {}


def test_the_question_blanks_the_value_and_offers_its_candidates_first():
    text = "Smith has 12 goals. Jones has 3 goals. Fans cheered. Smith has now scored 15 goals."
    statements = claimcheck.check(text).statements
    by_value = {s.value.text: s for s in statements}
    sentence = next(s.span for s in sentences(text) if "15" in s.span.text)
    assert _blanked(by_value["15"].value, sentence) == "Smith has now scored ___ goals."
    offered = _offered(by_value["15"], [by_value["12"]], statements)
    assert [s.value.text for s in offered] == ["12", "3"]


def test_one_value_written_in_two_cases_is_offered_once():
    text = (
        "Three beggars met in the port. The ship sailed. The four beggars lived on the beach. "
        "The three men hatched a plan."
    )
    statements = claimcheck.check(text).statements
    by_value = {s.value.text: s for s in statements}
    offered = _offered(by_value["four"], [by_value["Three"]], statements)
    assert [s.value.text for s in offered] == ["Three"]


def test_who_speaks_or_is_spoken_to_names_nothing_that_tells_two_apart():
    text = (
        "Qatar expects to become the largest gas exporter by 2015. Prices rose. "
        "JD: You will likely be the largest gas exporter by 2010."
    )
    assert asked(text) == {"2015": ["2010"], "2010": ["2015"]}
    named = (
        "Qatar expects to become the largest gas exporter by 2015. Prices rose. "
        "JD: Iran will likely be the largest gas exporter by 2010."
    )
    assert asked(named) == {}


@pytest.mark.parametrize(("founded", "found"), [("Qatari Diar", True), ("Barwa", False)])
def test_a_date_said_in_the_passive_may_be_the_date_of_the_same_deed_said_in_the_active(
    founded, found
):
    text = (
        "Qatari Diar was established in 2004. Prices rose. "
        f"The Qatar Investment Authority founded {founded} in 2006."
    )
    assert bool(asked(text)) is found


@pytest.mark.parametrize(("overall", "found"), [("overall", False), ("now", True)])
def test_a_total_is_not_asked_about_against_a_part_of_it(overall, found):
    text = (
        "We have four programs in Phase III, the chief executive said. Shares rose. "
        f"He added that the company {overall} has 12 programs."
    )
    assert ("four" in asked(text)) is found


def test_without_a_model_the_questions_are_reported_as_not_asked():
    report = claimcheck.check("Israel's three airlines ended the ban. Israel has four airlines.")
    assert any(f.part.startswith("restated:") for f in report.failures)
    assert all("CC804" in f.skipped_checks for f in report.failures if "restated" in f.part)


def test_the_values_offered_are_shown_where_they_stand_once_the_sentence_is_taken_out():
    text = "Smith has 12 goals. Jones has 3 goals. Fans cheered. Smith has now scored 15 goals."
    sentence = next(s.span for s in sentences(text) if "Jones" in s.span.text)
    others = [s for s in claimcheck.check(text).statements if s.value.text != "3"]
    rest = _without(text, sentence)
    shown = _where(others, sentence)
    assert [rest[s.start : s.end] for s in shown] == ["12", "15"]
    assert "Jones" not in rest


def tiers(text):
    """Return {value blanked: whether code ties its candidates to it} for a text."""
    return {b.value.text: rank[0] for b, _, rank in questions(text)}


def test_near_values_code_cannot_tie_get_a_second_look():
    near = (
        "The loan was repaid to the bank within 20 days. The talks went on. "
        "The money was back at the bank after 30 days."
    )
    assert asked(near) == {"20 days": ["30 days"], "30 days": ["20 days"]}
    assert tiers(near) == {"20 days": False, "30 days": False}
    far = near.replace("30 days", "90 days")
    assert asked(far) == {}


def test_a_second_look_needs_sentences_that_tell_of_the_same_things():
    first = "The loan was repaid to the bank by the struggling regional airline within 20 days."
    alike = f"{first} The talks went on. The money was back at the bank after 30 days."
    assert asked(alike) == {"20 days": ["30 days"], "30 days": ["20 days"]}
    unlike = (
        f"{first} The talks went on. After 30 days, the bank's chairman announced record "
        "profits and a dividend."
    )
    assert asked(unlike) == {}  # one word of six in common, 'bank'


def test_a_second_look_at_dates_needs_dates_written_to_the_day_or_month_and_near():
    days = (
        "The bridge was painted on May 3, 1990. The talks went on. "
        "The bridge got its new coat on May 9, 1990."
    )
    assert asked(days) == {"May 3, 1990": ["May 9, 1990"], "May 9, 1990": ["May 3, 1990"]}
    assert asked(days.replace("May 9", "December 9")) == {}
    # one month of years near each other: a year written wrong
    year_off = days.replace("May 9, 1990", "May 9, 1992")
    assert asked(year_off) == {"May 3, 1990": ["May 9, 1992"], "May 9, 1992": ["May 3, 1990"]}
    assert asked(days.replace("May 9, 1990", "May 9, 1995")) == {}
    years = (
        "The bridge was painted in 1990. The talks went on. The bridge got its new coat in 1992."
    )
    assert asked(years) == {}


def test_questions_code_ties_are_asked_before_second_looks():
    tied = [(f"tied {n}", [], (True, n)) for n in range(4)]
    second = [(f"second {n}", [], (False, n)) for n in range(5)]
    chosen = [q[0] for q in _most_telling(iter([*second, *tied]))]
    assert chosen == ["tied 3", "tied 2", "tied 1", "tied 0", "second 4", "second 3"]
    assert len(_most_telling(iter(second))) == SECOND_LOOK


def test_which_one_of_a_kind_is_not_weighed_against_a_name():
    text = (
        "In the first raid, 28 people were arrested. The talks went on. "
        "Police arrested 18 people in Lyon."
    )
    assert asked(text) == {"28": ["18"], "18": ["28"]}


def test_a_unit_written_as_the_counted_noun_on_one_side_only_is_one_unit():
    text = "Smith lost about 6,000 reais in the games. He lost around 4,000 reais at a bar."
    a, b = claimcheck.check(text).statements
    assert a.measure_key == b.measure_key == "reais"
    unread = b.model_copy(update={"measure": None, "measure_key": None})  # as a parse may give
    assert not told_apart(a, unread, ())


def test_the_dates_two_figures_are_given_at_get_no_second_look():
    series = (
        "The agency counted 1,200 cases at the end of May 2021. The talks went on. "
        "The agency counted 1,500 cases in July 2021, it said."
    )
    assert "May 2021" not in str(asked(series))
    events = "The dam opened on May 3, 2021. The talks went on. The dam was opened in July 2021."
    assert asked(events) == {"May 3, 2021": ["July 2021"], "July 2021": ["May 3, 2021"]}


def test_bare_years_get_a_second_look_only_near_and_of_one_named_thing():
    named = (
        "Hurricane Hazel struck Weston in 1956. The talks went on. "
        "In 1954 the family home in Weston was destroyed by Hurricane Hazel."
    )
    assert asked(named) == {"1956": ["1954"], "1954": ["1956"]}
    assert asked(named.replace("1956", "1964")) == {}  # years apart: more often two events
    unnamed = named.replace("Hurricane Hazel", "a storm").replace("Weston", "the town")
    assert asked(unnamed) == {}


def test_shares_of_one_thing_get_a_second_look_when_near():
    near = (
        "Half of the voters backed the plan. The talks went on. "
        "A third of the voters said yes to it."
    )
    assert asked(near) == {"Half": ["A third"], "A third": ["Half"]}
    assert tiers(near) == {"Half": False, "A third": False}
    assert asked(near.replace("A third", "A tenth")) == {}


def statements_of(text):
    found = claimcheck.check(text).statements
    return found[0], found[-1]


def test_two_values_written_as_exactly_agree_whichever_comes_first():
    # '350,000' is [345,000, 355,000) and 'more than 350,000' (350,000, 360,000): neither
    # rounds the other, and both hold 351,000
    bare, bound = statements_of(
        "The army lost 350,000 soldiers, he said. Police were called. "
        "The country lost more than 350,000 soldiers."
    )
    assert agree(bare, bound) and agree(bound, bare)
    rounder, exact = statements_of(
        "The army lost 20,000 soldiers, he said. Police were called. "
        "The country lost 25,000 soldiers."
    )
    assert not agree(rounder, exact) and not agree(exact, rounder)


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        (  # a person on one side, a place on the other: one deed may tell both
            "Ezequias Ribeiro lost about 6,000 reais in the games. Police were called. "
            "He lost around 4,000 reais playing at a bar in Sinop.",
            False,
        ),
        (  # a party credited on one side: two accounts may differ
            "Stone said the U.S. holds some 21,000 detainees. Police were called. "
            "He spoke of how the 25,000 detainees, mostly Sunnis, are treated.",
            True,
        ),
        (  # two places
            "Tourists spent about 6,000 reais in Paris. Police were called. "
            "Tourists spent around 4,000 reais in Rome.",
            True,
        ),
        (  # two parties
            "Stone said the U.S. holds some 21,000 detainees. Police were called. "
            "Brown said the U.S. holds 25,000 detainees.",
            True,
        ),
    ],
)
def test_names_tell_two_values_apart_only_when_they_are_of_one_kind(text, apart):
    assert _named_apart(*statements_of(text)) is apart


def test_a_loss_told_with_its_doer_and_then_with_its_place_is_asked_about():
    text = (
        "Ezequias Ribeiro lost about 6,000 reais in the games. Police were called. "
        "He lost around 4,000 reais playing at a bar in Sinop."
    )
    assert asked(text) == {"about 6,000": ["around 4,000"], "around 4,000": ["about 6,000"]}


def test_a_date_a_figure_is_given_at_may_still_be_a_date_written_wrong():
    text = (
        "About 4,000 Ethiopian troops arrived in Somalia in December 2006 to help the "
        "government. The talks went on. Ethiopia sent its troops into Somalia in December 2005."
    )
    assert asked(text) == {"December 2006": ["December 2005"], "December 2005": ["December 2006"]}


def test_two_dates_figures_of_one_measure_are_given_at_are_a_series():
    text = (
        "The army had 4,000 troops in Somalia in December 2006. The talks went on. "
        "The army had 3,000 troops in Somalia in December 2005."
    )
    assert asked(text) == {}


def test_two_dates_of_deeds_by_two_named_doers_are_no_second_look():
    text = (
        "Moderna announced its earnings on 23 February 2023. The talks went on. "
        "On 22 February 2023, the FDA granted approval to the Moderna vaccine."
    )
    assert asked(text) == {}
    one_doer = (
        "Moderna announced its earnings on 23 February 2023. The talks went on. "
        "On 22 February 2023, Moderna reported its earnings."
    )
    assert asked(one_doer) != {}


def test_a_count_of_a_deed_by_its_noun_may_restate_a_count_of_those_it_was_done_to():
    murders = (
        "Police figures show about 15,000 murders were recorded in 2006. The talks went on. "
        "Figures show that in 2006, more than 19,000 South Africans were murdered."
    )
    assert asked(murders) == {
        "about 15,000": ["more than 19,000"],
        "more than 19,000": ["about 15,000"],
    }
    assert asked(murders.replace("murders", "robberies")) == {}


def test_a_value_written_again_alike_is_not_asked_about_but_the_odd_one_is():
    text = (
        "The plant made 30 cars on Monday. Staff cheered. The plant made 40 cars on Monday. "
        "Staff left. The plant made 30 cars on Monday."
    )
    # each '30' is given again by the other: the '40' changed among them is asked about
    assert asked(text) == {"40": ["30", "30"]}
    spans = {s.index: s.span for s in sentences(text)}
    chosen = _most_telling(_asked(text, claimcheck.check(text).statements, spans))
    assert [b.value.start for b, _, _ in chosen] == [text.index("40")]
    # with one '30', both values are asked about
    two = "The plant made 30 cars on Monday. Staff cheered. The plant made 40 cars on Monday."
    assert asked(two) == {"30": ["40"], "40": ["30"]}


def test_dates_to_the_day_of_one_day_of_the_year_are_asked_about_whatever_moves_them():
    text = (
        "The single came out on February 9, 2010, and later went to radio on June 15, 2010. "
        "Critics liked it. The single was sent to urban radio on June 15, 2011."
    )
    assert asked(text)["June 15, 2011"] == ["June 15, 2010"]
    assert "June 16, 2011" not in asked(text.replace("June 15, 2011", "June 16, 2011"))


@pytest.mark.parametrize(
    "text",
    [
        # 'then' moves the shoving, not the men
        "Three men get out of the van and then shove them in. The crowd ran. Two men get out "
        "of the van and grab the group.",
        # 'now' right before the age: of the present, whatever 'Earlier' moves
        "Earlier, officials said the girl, who is now 7, was 3. The family hid. The girl, now "
        "9, is back home.",
    ],
)
def test_a_word_of_time_moves_only_the_values_of_its_own_clause(text):
    assert asked(text) != {}


def test_a_word_of_time_on_one_side_does_not_keep_a_second_look_apart():
    text = (
        "The scouts walked to the lake and then camped with four guides. The rain fell. "
        "The scouts had camped with five guides."
    )
    assert asked(text) == {"four": ["five"], "five": ["four"]}
    assert tiers(text) == {"four": False, "five": False}  # code ties them no longer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one noun ranked twice, near, by one deed or a deed on one side only
        (
            "The band released its fifth studio album in May. Fans queued. "
            "Blue Sky was the band's fourth studio album.",
            True,
        ),
        (
            "He merges into a third, more stable personality. Doctors watched. "
            "By the end he has merged into a fourth, stable personality.",
            True,
        ),
        # two nouns
        (
            "The band released its fifth studio album in May. Fans queued. "
            "Blue Sky was the band's fourth single.",
            False,
        ),
        # two deeds: which one of the races
        ("Smith won the second race. Fans cheered. Smith crashed in the fourth race.", False),
        # 'first' is written of too many things
        (
            "The band released its first studio album in May. Fans queued. "
            "Blue Sky was the band's second studio album.",
            False,
        ),
        # ranks too far apart
        (
            "The band released its third studio album in May. Fans queued. "
            "Blue Sky was the band's tenth studio album.",
            False,
        ),
    ],
)
def test_near_ranks_of_one_noun_get_a_second_look(text, found):
    assert bool(asked(text)) is found
    assert not any(tiers(text).values())


def test_a_word_of_time_right_after_a_length_is_the_length_s_own():
    text = (
        "The loan was repaid to the bank three days later. The talks went on. "
        "The loan was repaid to the bank after seven days."
    )
    assert tiers(text) == {"three days": True, "seven days": True}  # code ties them
    moved = text.replace("The loan was repaid to the bank after", "Later the loan was repaid in")
    assert tiers(moved) == {"three days": False, "seven days": False}  # a second look only


@pytest.mark.parametrize(
    ("other", "looked"),
    [
        ("Oil prices hit $88 this week.", True),  # a price is per something
        ("Oil sales hit $88 this week.", False),  # a sum that is no price
        ("Oil hit $88 a tonne this week.", False),  # two prices per something
    ],
)
def test_a_price_per_something_gets_a_second_look_only_against_a_price(other, looked):
    text = f"Oil was trading at $68 a barrel that week. The talks went on. {other}"
    assert bool(asked(text)) is looked


def test_a_share_in_words_and_a_percentage_of_one_thing_get_a_second_look():
    text = (
        "Nearly half of the money went to salaries. The talks went on. 20% of the money was lost."
    )
    assert asked(text) == {"20%": ["Nearly half"], "Nearly half": ["20%"]}


@pytest.mark.parametrize(
    ("later", "looked"),
    [
        ("The Larrakia will develop 200 hectares at Rosebury.", True),
        ("The Larrakia will also develop 200 hectares at Rosebury.", False),
        ("A further 200 hectares at Rosebury will be developed by the Larrakia.", False),
    ],
)
def test_a_value_said_to_add_to_what_came_before_restates_nothing(later, looked):
    text = (
        f"The Larrakia plan to develop almost 50 hectares at Rosebury. The talks went on. {later}"
    )
    assert bool(asked(text)) is looked


@pytest.mark.parametrize(("later", "looked"), [("70 per cent", False), ("40 per cent", True)])
def test_two_dates_of_one_deed_each_with_its_own_figure_are_not_asked_about(later, looked):
    text = (
        "Emissions will be reduced by at least 40 per cent by 2010, Mr Kemp says. The talks "
        f"went on. By 2020, emissions of those pollutants will be reduced by {later}."
    )
    dates = {k: v for k, v in asked(text).items() if k in ("2010", "2020")}
    assert bool(dates) is looked


@pytest.mark.parametrize(
    ("second", "looked"),
    [
        ("About 5,000 US troops are now on the ground in Afghanistan.", True),
        ("About 5,000 UK troops are now on the ground in Afghanistan.", False),  # another name
    ],
)
def test_a_name_written_as_initials_is_the_names_they_stand_for(second, looked):
    text = (
        "The United States has a total of 1,500 to 2,000 troops on the ground in "
        f"Afghanistan. Talks went on. {second}"
    )
    assert ("1,500 to 2,000" in asked(text).get("About 5,000", [])) is looked


def test_initials_stand_only_for_names_with_those_first_letters():
    assert _without_initials({"united", "states"}, {"us"}) == (set(), set())
    assert _without_initials({"united", "kingdom"}, {"us"}) == ({"united", "kingdom"}, {"us"})
    assert _without_initials({"australian", "broadcasting", "corporation", "sydney"}, {"abc"}) == (
        {"sydney"},
        set(),
    )


@pytest.mark.parametrize(
    ("other", "looked"),
    [
        ("40", True),
        ("2,000", False),  # over ten times as many
    ],
)
def test_figures_code_ties_are_not_asked_about_when_far_apart(other, looked):
    text = f"The firm employs 100 people in the city. Sales rose. It now employs {other} people."
    assert ("100" in asked(text).get(other, [])) is looked


@pytest.mark.parametrize(
    ("second", "looked"),
    [
        ("Lawyers say the claim was before the court for a week.", True),  # 52 times
        ("Lawyers say the claim was before the court for 48 hours.", False),  # 228 times
    ],
)
def test_lengths_of_time_may_be_further_apart_than_figures(second, looked):
    text = f"The claim was before the court for 15 months. Lawyers were busy. {second}"
    found = asked(text).get("15 months", [])
    assert bool(found) is looked


@pytest.mark.parametrize(
    ("second", "looked"),
    [
        ("Prosecutors say he faces four counts.", True),
        ("Four of those counts carry the death penalty.", False),  # some of the six
        ("Four of those charges carry the death penalty.", False),
    ],
)
def test_some_of_a_set_is_not_asked_about_against_the_set(second, looked):
    text = f"Moussaoui faces six counts in connection with the attacks. He denies them. {second}"
    assert ("six" in asked(text).get("four" if "four" in second else "Four", [])) is looked


@pytest.mark.parametrize(
    ("second", "looked"),
    [
        ("He set a world record in the 50 metres butterfly.", False),  # which race
        ("His winning swim covered 50 metres.", True),
    ],
)
def test_a_size_written_after_the_names_a_race_and_is_not_asked_about(second, looked):
    text = f"Huegill's winning swim covered 100 metres. Klim was second. {second}"
    assert bool(asked(text)) is looked


def test_a_clause_with_no_subject_is_named_by_the_subject_it_borrows():
    text = (
        "Traveland's travel centres closed today, leaving more than 550 staff seeking jobs. "
        "Creditors met. And more than 400 staff are to lose their jobs at Australia's biggest "
        "regional pay television operator, Austar."
    )
    assert "more than 550" not in asked(text).get("more than 400", [])


@pytest.mark.parametrize(
    ("second", "looked"),
    [
        ("It has 95 printable characters.", False),  # another kind of character
        ("It has 95 characters.", True),
    ],
)
def test_counts_of_two_kinds_of_one_noun_are_not_asked_about(second, looked):
    text = f"ASCII encodes 128 specified characters. Later codes grew. {second}"
    assert ("128" in asked(text).get("95", [])) is looked


def test_a_count_told_more_narrowly_is_asked_about_against_the_count():
    text = (
        "ANSI was formed in 1918, when six Stanton engineering societies founded the "
        "committee. It grew. The committee's founders were five engineering societies."
    )
    assert "six" in asked(text).get("five", [])


@pytest.mark.parametrize(
    ("second", "looked"),
    [
        ("Three people have been injured in the bombing.", False),  # the hurt, not the dead
        ("Three of the wounded are in hospital.", False),
        ("Three people died in the bombing.", True),
    ],
)
def test_a_count_of_the_hurt_is_not_asked_about_against_a_count_of_the_dead(second, looked):
    text = f"The bombing in the market killed 25 people. Police came. {second}"
    assert ("25" in asked(text).get("Three", [])) is looked


@pytest.mark.parametrize(
    ("second", "looked"),
    [
        ("Its territory makes it the 41st largest country in the world.", False),
        ("It has the 41st largest oil reserves in the world.", False),
        ("It is the 41st most populous country in Africa.", False),
        ("Its people make it the 41st most populous country in the world.", True),
    ],
)
def test_ranks_by_two_superlatives_or_of_two_things_are_not_asked_about(second, looked):
    text = (
        "With 32 million people, Algeria is the 42nd most populous country in the world. "
        f"The climate is dry. {second}"
    )
    assert ("42nd" in asked(text).get("41st", [])) is looked


@pytest.mark.parametrize(
    ("second", "looked"),
    [
        ("Lopez, who was 75, had toured until May.", True),
        ("Her drummer, who was 75, had toured until May.", True),
        ("Her father, who was 42, had toured until May.", False),  # far: someone else
    ],
)
def test_an_age_gets_a_second_look_with_no_word_in_common(second, looked):
    text = f"The singer died of a stroke at age 71. Fans gathered in the rain. {second}"
    assert ("71" in asked(text)) is looked


def test_ages_of_two_people_each_named_are_not_asked_about():
    text = (
        "Maria Lopez, 71, died of a stroke. Fans gathered in the rain. "
        "John Smith, who was 75, had toured with her."
    )
    assert asked(text) == {}


@pytest.mark.parametrize(
    ("second", "looked"),
    [
        ("Six injured workers were taken to the county hospital by noon.", True),
        ("Six workers were sent home before the county hospital opened.", False),  # not twins
        ("Twenty injured workers were taken to the county hospital by noon.", False),  # far
    ],
)
def test_counts_in_twin_sentences_are_asked_about_whatever_nouns_count_them(second, looked):
    text = f"Four victims were taken to the county hospital. Police came. {second}"
    assert ("Four" in asked(text)) is looked


@pytest.mark.parametrize(
    ("second", "looked"),
    [
        ("A Titan rocket launched Gemini 9 from the pad on March 3, 1966.", True),
        ("A Titan rocket launched a weather satellite from the pad on March 3, 1966.", False),
    ],
)
def test_a_deed_done_by_something_written_with_a_to_a_thing_named_is_that_thing_s(second, looked):
    text = f"Gemini 9 lifted off from the pad on March 5, 1966. Crowds cheered. {second}"
    assert ("March 5, 1966" in asked(text)) is looked


def test_two_values_that_sources_each_support_are_not_asked_about():
    text = "The team committed to 42 points last sprint but finished 35. It committed to 31 points."
    both = "Priya: Last sprint we committed to 42 story points and finished 35. We commit to 31."
    one = "Priya: Last sprint we committed to 42 story points and finished 35."

    def restated_asked(source):
        report = claimcheck.check(text, sources=[source])
        return [f.part for f in report.failures if f.part.startswith("restated:")]

    assert restated_asked(both) == []
    assert restated_asked(one) != []  # '31' is in no source: it may restate '42'


def test_values_listed_in_one_sentence_are_each_others_mates():
    # 'one and two player modes' names both: its 'one' does not contradict 'the two player
    # mode' (edit-30-clean's recorded model asked so before; its cassette test covers it)
    text = "The game features one and two player modes. In the two player mode, two race."
    statements = claimcheck.check(text).statements
    mates = _listed_with(text, statements)
    one = next(s for s in statements if s.value.text == "one")
    assert [m.value.text for m in mates[one.id]] == ["two"]
    later = [s for s in statements if s.value.start > text.index(".")]
    assert all(not mates[s.id] for s in later)


def test_lengths_of_time_under_two_days_may_be_near():
    text = (
        "When the module touched down, it had about 45 seconds of fuel left. The crew cheered. "
        "The lunar module landed with about 25 seconds of fuel left."
    )
    assert asked(text)["about 45 seconds"] == ["about 25 seconds"]


def test_a_value_that_holds_on_a_condition_is_not_asked_about_against_a_plain_one():
    text = (
        "The hearing must take place within 48 hours of an arrest, 72 hours if the arrest was "
        "on a weekend. In Ohio, hearings must be held within 48 hours of an arrest."
    )
    assert "72 hours" not in asked(text)
