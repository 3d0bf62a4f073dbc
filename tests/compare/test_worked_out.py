"""Figures a summary works out from its sources: differences, costs, levels after a change.

They support a text's value and never contradict one; each reading below is shown on both
sides of its edge, the right figure supported and a wrong one still flagged."""

import pytest

import claimcheck
from claimcheck.models import Status


def verdict(text, source, written):
    """Return the status and message of the source finding on `written` in `text`."""
    report = claimcheck.check(text, sources=[source])
    (finding,) = [
        f for f in report.findings if f.rule.startswith("CC7") and f.spans[0].text == written
    ]
    return finding.status, finding.message


BIDS = (
    "Redline Transit bid $2.84 million a year for three years, and our current carrier, "
    "Mapleway, bid $3.1 million. Redline would run 42 buses; Mapleway runs 45 today."
)
LICENSES = (
    "The quote covers 38 vehicle licenses at $45 per vehicle per month, plus a one-time setup "
    "fee of $2,500. If you sign a two-year agreement, I can take 10 percent off the license "
    "price. We sell a rugged tablet for $380 each."
)


@pytest.mark.parametrize(
    ("text", "source", "written", "right", "how"),
    [
        # a difference the text writes as one, from a figure of its own sentence
        (
            "Redline would run three fewer buses than Mapleway's 45.",
            BIDS,
            "three",
            True,
            "the difference between '45' and '42'",
        ),
        ("Redline would run five fewer buses than Mapleway's 45.", BIDS, "five", False, None),
        # a difference between two figures a source gives close together
        (
            "Redline's bid is $260,000 a year lower.",
            BIDS,
            "$260,000",
            True,
            "the difference between '$2.84 million' and '$3.1 million'",
        ),
        ("Redline's bid is $360,000 a year lower.", BIDS, "$360,000", False, None),
        # so many at a price
        (
            "At list price the 38 licenses come to $1,710 a month.",
            LICENSES,
            "$1,710",
            True,
            "'38' times '$45'",
        ),
        ("At list price the 38 licenses come to $1,910 a month.", LICENSES, "$1,910", False, None),
        (
            "They need 20 tablets at $380 apiece, roughly $7,600.",
            LICENSES,
            "roughly $7,600",
            True,
            "'20' times '$380'",
        ),
        # a level after a change by a share
        (
            "A two-year deal brings the price down 10%, to $40.50 per vehicle per month.",
            LICENSES,
            "$40.50",
            True,
            "'$45' down '10%'",
        ),
        (
            "A two-year deal brings the price down 10%, to $49.50 per vehicle per month.",
            LICENSES,
            "$49.50",
            False,
            None,
        ),
    ],
)
def test_a_figure_worked_out_from_figures_the_text_or_a_source_gives(
    text, source, written, right, how
):
    status, message = verdict(text, source, written)
    assert (status is Status.CONSISTENT) is right
    if how is not None:
        assert how in message


def test_a_difference_not_written_as_one_is_not_worked_out():
    # '$260,000' alone is no difference of the two bids: it is a figure no source gives
    status, _ = verdict("Redline's bid includes $260,000 a year.", BIDS, "$260,000")
    assert status is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "written", "right"),
    [
        (
            "The population is back to more than nine-tenths of its old size.",
            "more than nine-tenths",
            True,
        ),
        ("The population is back to about two-thirds of its old size.", "about two-thirds", False),
    ],
)
def test_a_qualified_fraction_is_held_by_a_share_it_covers(text, written, right):
    source = "The population has recovered to something like 93% of its size before whaling."
    status, _ = verdict(text, source, written)
    assert (status is Status.CONSISTENT) is right


@pytest.mark.parametrize(("tally", "right"), [("6-1", True), ("5-2", False)])
def test_a_vote_called_aloud_holds_the_tally_a_summary_gives(tally, right):
    source = "Motion to award the contract? All in favor? That's six. Opposed? One. It carries."
    status, _ = verdict(f"The board voted {tally} to award the contract.", source, tally[0])
    assert (status is Status.CONSISTENT) is right


BUDGET = (
    "The proposed general fund budget is $96.4 million. Property taxes bring in $51 million of "
    "that. Signing an annual contract by June 15 cuts the $6,000 implementation fee in half."
)


@pytest.mark.parametrize(
    ("text", "written", "right"),
    [
        # a share of a whole the source gives, written as of something
        ("Property taxes supply $51M, about 53% of the budget.", "about 53%", True),
        ("Property taxes supply $51M, about 63% of the budget.", "about 63%", False),
        # a share not written as of something is no share: '10% discount'
        ("Property taxes supply $51M, with a 53% discount.", "53%", False),
        # a level after a multiple the text gives
        ("Signing by June 15 halves the implementation fee to $3,000.", "$3,000", True),
        ("Signing by June 15 halves the implementation fee to $2,000.", "$2,000", False),
    ],
)
def test_a_share_of_a_whole_and_a_halved_level_are_worked_out(text, written, right):
    status, _ = verdict(text, BUDGET, written)
    assert (status is Status.CONSISTENT) is right


def test_a_sum_written_as_added_holds_a_length_a_rival_would_contradict():
    source = (
        "We launched on February 6 and spent 19 days getting to lunar orbit, then another "
        "eight days in orbit before we started the descent."
    )
    status, message = verdict("The trip took 27 days in all.", source, "27 days")
    assert status is Status.CONSISTENT and "the sum of '19 days' and 'eight days'" in message
    status, _ = verdict("The trip took 29 days in all.", source, "29 days")
    assert status is Status.INCONSISTENT
    # a bare figure after a colon goes on the length before it
    status, _ = verdict("The trip took 27 days: 19 to reach orbit.", source, "19")
    assert status is Status.CONSISTENT


def test_a_fraction_in_words_is_within_a_point_of_its_percentage_under_one_qualifier():
    source = "The employer shall pay not less than 67 percent of the employee's regular wages."
    text = "Leave pays at least two-thirds of wages."
    assert verdict(text, source, "at least two-thirds")[0] is Status.CONSISTENT
    text = "Leave pays at least three-quarters of wages."
    assert verdict(text, source, "at least three-quarters")[0] is Status.INCONSISTENT


def test_a_part_of_a_whole_in_a_unit_is_in_that_unit():
    source = "Street repaving stays at $4.5 million, which covers about 14 miles."
    text = "The program covers about 14 of the roughly 60 miles of backlog."
    assert verdict(text, source, "about 14")[0] is Status.CONSISTENT
    text = "The program covers about 19 of the roughly 60 miles of backlog."
    assert verdict(text, source, "about 19")[0] is Status.INCONSISTENT


EARNINGS = (
    "Lakeshore earned $38.2 million in the third quarter, or $1.14 per diluted share, compared "
    "with $33.6 million, or $0.99, a year ago. We bought back 450,000 shares for $19 million. "
    "The price is $21,600 before incentives. Our monthly dues go from $310 to $345."
)


@pytest.mark.parametrize(
    ("text", "written", "right"),
    [
        # figures written in parallel are weighed against their own kind: profit and EPS
        ("Quarterly profit rose about 14%.", "about 14%", True),
        ("Quarterly profit rose about 19%.", "about 19%", False),
        ("EPS climbed 15 cents.", "15", True),
        # a price per one of something the text counts
        ("It repurchased 450,000 shares for $19M, about $42 a share.", "about $42", True),
        ("It repurchased 450,000 shares for $19M, about $52 a share.", "about $52", False),
        # a share of a source figure the text gives
        ("The 30% federal tax credit is worth $6,480.", "$6,480", True),
        ("The 30% federal tax credit is worth $7,480.", "$7,480", False),
        # a figure set beside a change after a comma is that change
        ("The dues increase is $35 a month, about 11%.", "about 11%", True),
        ("The dues increase is $35 a month, about 19%.", "about 19%", False),
    ],
)
def test_parallel_figures_prices_per_unit_shares_and_changes_set_beside(text, written, right):
    status, _ = verdict(text, EARNINGS, written)
    assert (status is Status.CONSISTENT) is right


def test_a_price_per_time_is_no_price_per_unit():
    # '$3,600 a month' is not '$18,000' shared among the '5' of '9 to 5'
    source = "The porter costs $18,000 over the season."
    text = "The porter would work 9 to 5 on weekdays for $3,600 a month."
    assert verdict(text, source, "$3,600")[0] is Status.INCONSISTENT


def test_a_difference_of_two_lengths_written_as_one():
    source = (
        "Students slept about 34 minutes more per night. Teens who kept phones out of the "
        "bedroom slept 41 minutes more on average."
    )
    text = "Keeping phones out added 41 minutes of sleep, 7 minutes more than later starts did."
    assert verdict(text, source, "7 minutes")[0] is Status.CONSISTENT
    text = "Keeping phones out added 41 minutes of sleep, 17 minutes more than later starts did."
    assert verdict(text, source, "17 minutes")[0] is Status.INCONSISTENT


def test_a_change_the_text_writes_to_its_own_level_is_worked_out():
    source = "The median wait is 4 hours 10 minutes, up from 3 hours 40 minutes."
    text = "The median wait rose 30 minutes to 4 hours 10 minutes."
    assert verdict(text, source, "30 minutes")[0] is Status.CONSISTENT
    text = "The median wait rose 40 minutes to 4 hours 10 minutes."
    assert verdict(text, source, "40 minutes")[0] is Status.INCONSISTENT


@pytest.mark.parametrize(
    ("source", "text", "written", "right"),
    [
        (
            "She earned a law certificate in 1899 and died in 1903, at 59.",
            "She died four years after earning a law certificate.",
            "four years",
            True,
        ),
        (
            "She earned a law certificate in 1899 and died in 1903, at 59.",
            "She died seven years after earning a law certificate.",
            "seven years",
            False,
        ),
        # a stretch of years is no wait between two of them
        (
            "There is authorized $1 billion for each of fiscal years 2026 through 2029.",
            "The Secretary must report within 3 years.",
            "3 years",
            False,
        ),
        # two days give the years between them to the day
        (
            "This Act takes effect on January 1, 2026, and is repealed on December 31, 2028.",
            "The program runs for about two years.",
            "about two years",
            False,
        ),
    ],
)
def test_the_years_between_two_dates_of_a_source_sentence(source, text, written, right):
    assert (verdict(text, source, written)[0] is Status.CONSISTENT) is right


def test_a_price_per_month_times_a_count_is_worked_out_per_year():
    source = "Our standard plan is three dollars per user per month, billed annually."
    text = "The plan is $3 per user per month, about $9,000 a year for 250 users."
    assert verdict(text, source, "about $9,000")[0] is Status.CONSISTENT
    text = "The plan is $3 per user per month, about $12,000 a year for 250 users."
    assert verdict(text, source, "about $12,000")[0] is Status.INCONSISTENT


SPOKEN = (
    "Adjusted EPS came in at three dollars and five cents versus two eighty-one last year. If "
    "you sign for two years, I can take the rate down to two fifty per user."
)


@pytest.mark.parametrize(
    ("text", "written", "right"),
    [
        ("Adjusted EPS was $3.05 versus $2.81.", "$2.81", True),
        ("Adjusted EPS was $3.05 versus $2.91.", "$2.91", False),
        ("A two-year deal cuts the rate to $2.50 per user.", "$2.50", True),
        ("A two-year deal cuts the rate to $2.40 per user.", "$2.40", False),
    ],
)
def test_a_price_said_with_its_cents_in_a_transcript_holds_the_figure(text, written, right):
    assert (verdict(text, SPOKEN, written)[0] is Status.CONSISTENT) is right


def test_a_price_said_with_its_cents_may_be_hundreds_too():
    source = "The lease is nine fifty a month per robot, and the setup fee is five dollars."
    assert verdict("It leases at $950 a month.", source, "$950")[0] is Status.CONSISTENT
    assert verdict("It leases at $9.50 a month.", source, "$9.50")[0] is Status.CONSISTENT
    assert verdict("It leases at $850 a month.", source, "$850")[0] is Status.INCONSISTENT


SPLASH_PAD = (
    "Director Kim: The low bid is four hundred twelve thousand, from Brightwater. We budgeted "
    "three seventy-five, so we're about thirty-seven thousand over."
)


@pytest.mark.parametrize(("written", "right"), [("$375,000", True), ("$385,000", False)])
def test_the_other_end_of_a_difference_the_text_writes_as_one(written, right):
    # the bid the source says, less the amount over it the text writes, is the budget
    text = f"The winning bid came in $37,000 over the {written} budget."
    status, message = verdict(text, SPLASH_PAD, written)
    assert (status is Status.CONSISTENT) is right
    assert not right or "'four hundred twelve thousand' minus '$37,000'" in message


FUND = (
    "We'd draw one point two million from the fund balance, which would leave us at about "
    "eleven percent of expenditures. Board policy says keep at least eight."
)
RAISE = (
    "The draft budget is up about two point six million. Most of that is the raise, which is "
    "about one point nine million by itself."
)
FUNDRAISER = (
    "We raised thirty-six thousand against a goal of thirty thousand. Twelve thousand goes to "
    "library books and twenty-four thousand to the playground."
)


@pytest.mark.parametrize(
    ("text", "source", "written", "how"),
    [
        # a difference of two figures of the text's sentence, written as one
        (
            "The balance would be about 11% of spending, 3 points above the board's 8% minimum.",
            FUND,
            "3",
            "'about 11%' minus '8%', as the sources give them",
        ),
        (
            "The balance would be about 11% of spending, 5 points above the board's 8% minimum.",
            FUND,
            "5",
            None,
        ),
        # a remainder: the text's whole less the source's part
        (
            "The raise is about $1.9 million of the $2.6 million increase, leaving roughly "
            "$700,000 from other costs.",
            RAISE,
            "roughly $700,000",
            "the difference between 'about $1.9 million' and 'about two point six million'",
        ),
        (
            "The raise is about $1.9 million of the $2.6 million increase, leaving roughly "
            "$400,000 from other costs.",
            RAISE,
            "roughly $400,000",
            None,
        ),
        # with no word that writes it as a difference, a figure is not worked from the others
        (
            "They raised $36,000 against a goal of $30,000, $12,000 went to books and $18,000 "
            "to the playground.",
            FUNDRAISER,
            "$18,000",
            None,
        ),
    ],
)
def test_a_difference_of_two_figures_of_the_texts_own_sentence(text, source, written, how):
    status, message = verdict(text, source, written)
    assert (status is Status.CONSISTENT) is (how is not None)
    assert how is None or how in message


SURVEY = (
    "In our survey of about twelve hundred people, a third reported getting under six hours "
    "on weeknights."
)


@pytest.mark.parametrize(("written", "right"), [("about 400", True), ("about 500", False)])
def test_a_share_of_a_figure_of_the_texts_sentence_the_source_gives(written, right):
    text = f"In a survey of roughly 1,200 people, {written} said they sleep under six hours."
    status, message = verdict(text, SURVEY, written)
    assert (status is Status.CONSISTENT) is right
    assert not right or "'a third' of 'roughly 1,200'" in message


def test_a_figure_halfway_between_two_rounded_ones_is_rounded_to_neither():
    source = "A grant shall not exceed $150,000 per agency per year."
    status, _ = verdict(
        "Grants may not exceed $200,000 per agency per year.", source, "not exceed $200,000"
    )
    assert status is Status.INCONSISTENT


GUIDANCE = (
    "Third quarter revenue was $612 million, up 9% from a year ago. For the fourth quarter we "
    "expect capacity to grow 5% to 7%."
)


@pytest.mark.parametrize(("written", "right"), [("5% to 7%", True), ("5% to 9%", False)])
def test_a_range_that_moves_one_end_of_a_source_range_is_contradicted(written, right):
    # the '9%' of another measure is no end of the range
    text = f"Skyline expects fourth-quarter capacity to grow {written}."
    status, _ = verdict(text, GUIDANCE, written)
    assert (status is Status.CONSISTENT) is right


AUTHORIZED = "There are authorized $250,000,000 for each of fiscal years 2027 through 2031."


@pytest.mark.parametrize(
    ("text", "written", "right"),
    [
        ("It authorizes $1.25 billion over five fiscal years, 2027 to 2031.", "2031", True),
        ("It authorizes $1.25 billion over five fiscal years, 2027 to 2031.", "2027", True),
        ("It authorizes $250 million a year for fiscal years 2027 through 2030.", "2030", False),
    ],
)
def test_the_last_year_of_a_stretch_of_fiscal_years(text, written, right):
    status, _ = verdict(text, AUTHORIZED, written)
    assert (status is Status.CONSISTENT) is right


FLEET = (
    "We took delivery of 6 new E175 aircraft, bringing the fleet to 142. Next year we retire "
    "10 CRJ-200s and add 12 E175s, so the fleet grows by two."
)


def test_a_change_is_held_by_a_change_before_a_level_of_its_unit():
    text = "The airline expects a net gain of two aircraft next year."
    status, _ = verdict(text, FLEET, "two")
    assert status is Status.CONSISTENT


BANK = (
    "We bought back 400,000 shares and raised the quarterly dividend by 3 cents to $0.45. "
    "For five nights we'd quote $3,900 a month."
)


@pytest.mark.parametrize(
    ("text", "written", "right", "how"),
    [
        # the level before a change 'by' so much 'to' a level
        ("The dividend was raised to 45 cents from 42 cents.", "42", True, "'3 cents to $0.45'"),
        ("The dividend was raised to 45 cents from 40 cents.", "40", False, None),
        # a price per one period given per another
        ("The quote comes to $46,800 a year.", "$46,800", True, "'$3,900' a month times 12"),
        ("The quote comes to $48,600 a year.", "$48,600", False, None),
    ],
)
def test_a_level_before_a_change_and_a_price_per_another_period(text, written, right, how):
    status, message = verdict(text, BANK, written)
    assert (status is Status.CONSISTENT) is right
    assert how is None or how in message


APPROPRIATION = (
    "There are authorized to be appropriated $300,000,000 for each of fiscal years 2027 "
    "through 2030, of which not less than 10 percent shall be reserved for tribes."
)


@pytest.mark.parametrize(
    ("text", "written", "right"),
    [
        # the length of a stretch of years, both ends counted
        (
            "It authorizes $1.2 billion over four years, fiscal 2027 through 2030.",
            "over four years",
            True,
        ),
        (
            "It authorizes $1.2 billion over six years, fiscal 2027 through 2030.",
            "over six years",
            False,
        ),
        # a share the source gives of a figure beside it, bound as the text bounds it
        ("At least $30 million a year is reserved for tribes.", "At least $30 million", True),
        ("At least $40 million a year is reserved for tribes.", "At least $40 million", False),
    ],
)
def test_the_years_of_a_stretch_and_a_share_the_source_gives_of_its_figure(text, written, right):
    status, _ = verdict(text, APPROPRIATION, written)
    assert (status is Status.CONSISTENT) is right


@pytest.mark.parametrize(("written", "right"), [("4:20", True), ("4:50", False)])
def test_a_time_said_aloud_with_its_minutes(written, right):
    source = "If you ran a half in two hours, a four-twenty to four-thirty marathon is sensible."
    text = f"A two-hour half marathoner should target about {written} for the full distance."
    status, _ = verdict(text, source, written)
    assert (status is Status.CONSISTENT) is right


CALL = (
    "Welcome to Northwind Logistics' first quarter 2027 results call. Revenue was one point "
    "one eight billion dollars. Adjusted EPS was a dollar sixty-two, versus a dollar "
    "forty-one last year. Capital expenditures were ninety-four million, and we still expect "
    "about four hundred million for the full year. How are you thinking about the second "
    "quarter?"
)


@pytest.mark.parametrize(
    ("text", "written", "right"),
    [
        # the quarter a source's date names by its rank
        ("Northwind's first-quarter revenue was $1.18 billion.", "first", True),
        # a price said as a dollar and its cents
        ("Adjusted EPS rose to $1.62 from $1.41.", "$1.62", True),
        ("Adjusted EPS rose to $1.26 from $1.41.", "$1.26", False),
        # a remainder of a bare figure said in a call
        (
            "First-quarter capex of $94 million leaves about $306 million of the roughly $400 "
            "million planned for the year.",
            "about $306 million",
            True,
        ),
        (
            "First-quarter capex of $94 million leaves about $336 million of the roughly $400 "
            "million planned for the year.",
            "about $336 million",
            False,
        ),
    ],
)
def test_a_calls_ranked_quarter_spoken_dollars_and_a_remainder(text, written, right):
    status, _ = verdict(text, CALL, written)
    assert (status is Status.CONSISTENT) is right


def test_a_rank_a_source_date_gives_holds_only_that_quarter():
    report = claimcheck.check(
        "Northwind's third-quarter revenue was $1.18 billion.", sources=[CALL]
    )
    held = [f for f in report.findings if f.status is Status.CONSISTENT]
    assert "third" not in [f.spans[0].text for f in held]


@pytest.mark.parametrize(("tally", "right"), [("6-0", True), ("6-1", False)])
def test_no_one_against_called_aloud_is_a_side_of_none(tally, right):
    source = (
        "Chair: Staff proposes Sunday hours from one to five starting in October. All in "
        "favor? Six. Opposed? None. It passes."
    )
    text = f"The board approved Sunday hours from 1 to 5 starting in October, {tally}."
    report = claimcheck.check(text, sources=[source])
    flagged = [f for f in report.findings if f.status is Status.INCONSISTENT]
    assert (not flagged) is right


def test_a_phrase_before_a_figure_says_how_not_what_it_is_of():
    # 'In high resolution, about a quarter' is a share of the seafloor, not of resolution
    source = "How much of the seafloor have we mapped? In high resolution, about a quarter."
    text = "About a third of the seafloor has been mapped in high resolution."
    status, _ = verdict(text, source, "About a third")
    assert status is Status.INCONSISTENT


@pytest.mark.parametrize(("written", "right"), [("60 to 75", True), ("60 to 90", False)])
def test_a_range_held_by_two_lengths_said_one_to_the_other(written, right):
    source = "Figure about an hour to an hour and a quarter per pound."
    status, _ = verdict(
        f"She cooks for roughly {written} minutes per pound.", source, f"roughly {written} minutes"
    )
    assert (status is Status.CONSISTENT) is right


@pytest.mark.parametrize(("tally", "right"), [("8-0", True), ("7-1", False)])
def test_a_vote_accepted_at_the_end_of_a_sentence(tally, right):
    source = "Chair: Motion to accept the report? All in favor? Eight. Opposed? None. Accepted."
    report = claimcheck.check(
        f"The board accepted the report unanimously, {tally}.", sources=[source]
    )
    flagged = [f for f in report.findings if f.status is Status.INCONSISTENT]
    assert (not flagged) is right


@pytest.mark.parametrize(
    ("text", "source", "written", "right"),
    [
        # a sum of two figures the source joins by 'and' and a verb
        (
            "Pinecrest returned $246 million through dividends and buybacks.",
            "We paid $96 million in dividends and repurchased $150 million of stock.",
            "$246 million",
            True,
        ),
        (
            "Pinecrest returned $264 million through dividends and buybacks.",
            "We paid $96 million in dividends and repurchased $150 million of stock.",
            "$264 million",
            False,
        ),
        # a percentage carried past a few things counted in words
        (
            "Blocks near the courthouse hit 97% occupancy.",
            "Occupancy was eighty-one percent overall, but the two blocks around the courthouse "
            "were at ninety-seven.",
            "97%",
            True,
        ),
        # the unit of a range's second end is its first end's too
        (
            "Mars ranges from about 55 million to 400 million kilometers from Earth.",
            "At its closest, about fifty-five million kilometers; at its farthest, around four "
            "hundred million.",
            "about 55 million",
            True,
        ),
        # a change to a level said as dollars and cents
        (
            "It recommends raising meters by 50 cents, to $2 an hour.",
            "Raise meters from a dollar fifty to two dollars an hour.",
            "50",
            True,
        ),
        (
            "It recommends raising meters by 75 cents, to $2 an hour.",
            "Raise meters from a dollar fifty to two dollars an hour.",
            "75",
            False,
        ),
    ],
)
def test_sums_carried_units_and_spoken_dollars(text, source, written, right):
    status, _ = verdict(text, source, written)
    assert (status is Status.CONSISTENT) is right


@pytest.mark.parametrize(
    ("text", "source", "written", "right"),
    [
        ("They settle to meet at 7 pm.", "Jacob: 7? 8? Alex: Let's make it 7.", "7 pm", True),
        ("They settle to meet at 9 pm.", "Jacob: 7? 8? Alex: Let's make it 7.", "9 pm", False),
        ("Half of a 4 p.m. coffee remains.", "A coffee at four in the afternoon.", "4 p.m.", True),
        ("Half of a 5 p.m. coffee remains.", "A coffee at four in the afternoon.", "5 p.m.", False),
    ],
)
def test_an_hour_before_pm_is_a_time_of_day(text, source, written, right):
    status, _ = verdict(text, source, written)
    assert (status is Status.CONSISTENT) is right


def test_a_planet_and_its_adjective_are_one_name():
    report = claimcheck.check(
        "A Martian year lasts 687 days.", sources=["A year on Mars is 687 days."]
    )
    assert not [f for f in report.findings if f.rule == "CC703"]


BATS = (
    "The mine had about 40,000 Mexican free-tailed bats when we started, back in 2015. Last "
    "summer our count was closer to 26,000. A free-tail can eat up to two-thirds of its body "
    "weight in insects a night. Their body weight is around twelve grams."
)
PAYROLL = (
    "Our Standard plan is $45 a month base plus $7 per employee per month. Our next payroll "
    "run is on the 15th."
)
HOURS = (
    "Eastside is open 44 hours a week now. We're proposing to add Sunday afternoons, which "
    "brings it to 48."
)


@pytest.mark.parametrize(
    ("text", "source", "written", "right"),
    [
        # a change between two levels a source gives, and that change in percent
        ("The colony has shrunk by roughly 14,000 bats, about 35%.", BATS, "roughly 14,000", True),
        ("The colony has shrunk by roughly 18,000 bats, about 35%.", BATS, "roughly 18,000", False),
        ("The colony has shrunk by roughly 14,000 bats, about 35%.", BATS, "about 35%", True),
        ("The colony has shrunk by roughly 14,000 bats, about 45%.", BATS, "about 45%", False),
        # a share of a weight, both from the source
        ("A bat weighing about 12 grams can eat up to 8 grams a night.", BATS, "up to 8", True),
        ("A bat weighing about 12 grams can eat up to 10 grams a night.", BATS, "up to 10", False),
        # a base price plus a price per one, for a count the text gives
        ("For 55 employees, the plan would run about $430 a month.", PAYROLL, "about $430", True),
        ("For 55 employees, the plan would run about $480 a month.", PAYROLL, "about $480", False),
        # a bare figure goes on the length before it, not on what that length is per
        ("The change brings Eastside to 48 hours a week.", HOURS, "48 hours", True),
        ("The change brings Eastside to 50 hours a week.", HOURS, "50 hours", False),
    ],
)
def test_changes_between_levels_shares_of_a_weight_and_prices_plus_a_base(
    text, source, written, right
):
    status, _ = verdict(text, source, written)
    assert (status is Status.CONSISTENT) is right


@pytest.mark.parametrize(("day", "right"), [("15th", True), ("20th", False)])
def test_a_day_of_the_month_alone_is_compared_with_another(day, right):
    status, _ = verdict(f"The next payroll run is on the {day}.", PAYROLL, day)
    assert (status is Status.CONSISTENT) is right


def test_a_day_of_the_month_with_no_rival_is_not_flagged():
    report = claimcheck.check("Pay arrives on the 20th.", sources=["Pay arrives monthly."])
    assert not [f for f in report.findings if f.status is Status.INCONSISTENT]


def test_a_department_is_named_by_its_secretary():
    report = claimcheck.check(
        "The bill creates a Department of Agriculture grant program.",
        sources=["The Secretary of Agriculture shall establish a program to award grants."],
    )
    assert not [f for f in report.findings if f.rule == "CC703"]


RIDES = "Average ride time is up to thirty-four minutes from twenty-nine."
ROUTES = "We're running sixty-two bus routes this fall, two fewer than last year."
EPS = "Adjusted EPS was $4.12 for the year. For 2028 we expect adjusted EPS of $4.50."
MARGIN = "Adjusted EBITDA was $318 million, a margin of 13.8%, compared with 12.9% a year ago."
TANK = (
    "On January 15, 1919, a storage tank in Boston burst. Twenty-one people were killed. "
    "In 1925, the company was ordered to pay damages. The tank was built in 1915."
)
TIRES = (
    "Our all-season tire is $189 each installed. For fleets of twenty or more vehicles we "
    "take 12% off. Twelve vans need a full set of four."
)
HOSPITALS = "We opened two new hospitals, in Tucson and Boise, bringing our total to 41."
VOTE = "All in favor? It's unanimous, seven to nothing."


@pytest.mark.parametrize(
    ("text", "source", "written", "right"),
    [
        # 'up to' a level 'from' another is a change, not a bound
        ("Ride times grew by five minutes, to 34.", RIDES, "five minutes", True),
        ("Ride times grew by seven minutes, to 34.", RIDES, "seven minutes", False),
        # a level and how far another is from it
        ("Last year the district ran 64 routes.", ROUTES, "64", True),
        ("Last year the district ran 66 routes.", ROUTES, "66", False),
        # a change in percent between two figures of the text's own sentence
        ("EPS is guided to $4.50, up about 9% from $4.12.", EPS, "about 9%", True),
        ("EPS is guided to $4.50, up about 15% from $4.12.", EPS, "about 15%", False),
        # a share of a point between two percentages
        ("The margin widened by nine tenths of a point.", MARGIN, "nine tenths", True),
        ("The margin widened by 0.3 points.", MARGIN, "0.3", False),
        # whole years between two years a source gives, before or after
        ("The tank had been built four years before it failed.", TANK, "four years", True),
        ("The tank had been built five years before it failed.", TANK, "five years", False),
        ("Damages came six years after the disaster.", TANK, "six years", True),
        # a level after a discount
        ("With a discount of 12%, a tire comes to about $166.", TIRES, "about $166", True),
        ("With a discount of 12%, a tire comes to about $176.", TIRES, "about $176", False),
        # so many of a count, each
        ("Twelve vans need 48 tires in all.", TIRES, "48", True),
        ("Twelve vans need 52 tires in all.", TIRES, "52", False),
        # a running total holds what was added to it
        ("The company now runs 41 hospitals.", HOSPITALS, "41", True),
        ("The company now runs 43 hospitals.", HOSPITALS, "43", False),
        # a vote written 'to nothing'
        ("The board agreed unanimously, seven to nothing.", VOTE, "seven", True),
        ("The board agreed unanimously, six to nothing.", VOTE, "six", False),
    ],
)
def test_levels_reached_running_totals_discounts_and_years_between(text, source, written, right):
    status, _ = verdict(text, source, written)
    assert (status is Status.CONSISTENT) is right


WATER = (
    "If a test shows lead above 5 parts per billion, the agency shall shut off the outlet "
    "and notify parents within 10 business days."
)
DUES = (
    "We have eight thousand four hundred dollars in the operating account. Dues came in "
    "from 212 of our 260 units this quarter. The legal fund has three thousand one hundred."
)
MARGIN_UP = "Non-GAAP operating margin was 14%, up four points."
RACE = (
    "This year I finished in 21 hours and 48 minutes, which was about 40 minutes slower than "
    "my best. The race starts at 5 a.m., and there's a 30-hour cutoff."
)
WINDOWS = "The house has 14 windows. Our double-pane windows are $640 per window installed."
OUTLOOK = (
    "For the year, we now expect revenue of $790 million to $796 million, up from our prior "
    "range of $780 million to $790 million."
)


@pytest.mark.parametrize(
    ("text", "source", "written", "right"),
    [
        # business days, and a rate per a scale word
        ("Parents must be told within two weeks.", WATER, "two weeks", True),
        ("Parents must be told within 5 business days.", WATER, "5 business days", False),
        ("Outlets above 5 parts per billion are shut off.", WATER, "above 5", True),
        ("Outlets above 10 parts per billion are shut off.", WATER, "above 10", False),
        # the others of a whole, of whom the part's clause says nothing
        ("Forty-eight units did not pay dues this quarter.", DUES, "Forty-eight", True),
        ("Fifty-eight units did not pay dues this quarter.", DUES, "Fifty-eight", False),
        # a total of two sums a source gives apart
        ("The association holds $11,500 across its two funds.", DUES, "$11,500", True),
        ("The association holds $12,500 across its two funds.", DUES, "$12,500", False),
        # the level before a change written after a figure
        ("The margin improved to 14% from 10% a year ago.", MARGIN_UP, "10%", True),
        ("The margin improved to 14% from 11% a year ago.", MARGIN_UP, "11%", False),
        # how far a length is from another: slower than, before a figure
        (
            "His best time is about 21 hours and 8 minutes.",
            RACE,
            "about 21 hours and 8 minutes",
            True,
        ),
        (
            "His best time is about 19 hours and 8 minutes.",
            RACE,
            "about 19 hours and 8 minutes",
            False,
        ),
        (
            "He finished more than eight hours before the 30-hour cutoff.",
            RACE,
            "more than eight hours",
            True,
        ),
        (
            "He finished more than ten hours before the 30-hour cutoff.",
            RACE,
            "more than ten hours",
            False,
        ),
        # a price per one times the source's count of them
        ("Windows for the whole house would cost $8,960.", WINDOWS, "$8,960", True),
        ("Windows for the whole house would cost $9,960.", WINDOWS, "$9,960", False),
        # the change between the middles of two ranges
        (
            "It raised its outlook by about $8 million at the midpoint.",
            OUTLOOK,
            "about $8 million",
            True,
        ),
        (
            "It raised its outlook by about $12 million at the midpoint.",
            OUTLOOK,
            "about $12 million",
            False,
        ),
    ],
)
def test_business_days_rests_totals_levels_before_and_prices_of_all(text, source, written, right):
    status, _ = verdict(text, source, written)
    assert (status is Status.CONSISTENT) is right


CARETAKER = "A veteran is eligible if caring for a child who is 12 years of age or younger."
SMOKE = "Priority goes to areas with at least 10 days with an air quality index above 150."
TAMALES = "A tamale costs about 62 cents to make, and we sell them for $2.50 each."
CHAIRS = "Summit is $720 list, same 18% off, with a mesh back."


@pytest.mark.parametrize(
    ("text", "source", "written", "right"),
    [
        # a bound written after a figure: 'or younger', 'or more'
        ("Veterans qualify if a child is aged 12 or younger.", CARETAKER, "12 or younger", True),
        ("Veterans qualify if a child is aged 14 or younger.", CARETAKER, "14 or younger", False),
        ("Areas with 10 or more days of bad air come first.", SMOKE, "10 or more days", True),
        ("Areas with 12 or more days of bad air come first.", SMOKE, "12 or more days", False),
        # a margin is how far two figures are apart; 'nearly' holds a figure just under it
        ("It sells for $2.50, a margin of nearly $1.90.", TAMALES, "nearly $1.90", True),
        ("It sells for $2.50, a margin of nearly $1.50.", TAMALES, "nearly $1.50", False),
        # a price after a discount written just after it
        ("A Summit chair after the discount costs $590.40.", CHAIRS, "$590.40", True),
        ("A Summit chair after the discount costs $610.40.", CHAIRS, "$610.40", False),
    ],
)
def test_bounds_after_a_figure_margins_and_prices_after_a_discount(text, source, written, right):
    status, _ = verdict(text, source, written)
    assert (status is Status.CONSISTENT) is right


WATERING = "Stage 2 restricts outdoor watering to two days a week instead of three."
SOLAR = (
    "We'd recommend a 7.2 kilowatt system with 18 panels. Your electric bill averages $190 "
    "a month, and the system would cover about 85 percent of your usage."
)


@pytest.mark.parametrize(
    ("text", "source", "written", "right"),
    [
        # a bare figure after 'instead of' goes on the length before it
        ("Watering drops from three days a week to two.", WATERING, "three days", True),
        ("Watering drops from four days a week to two.", WATERING, "four days", False),
        # a total over a count, for each of them
        ("Each panel is rated at 400 watts.", SOLAR, "400", True),
        ("Each panel is rated at 450 watts.", SOLAR, "450", False),
        # an approximate figure worked out to its last non-zero digit
        (
            "The system covers about 85% of a $190 bill, roughly $160 a month.",
            SOLAR,
            "roughly $160",
            True,
        ),
        (
            "The system covers about 85% of a $190 bill, roughly $140 a month.",
            SOLAR,
            "roughly $140",
            False,
        ),
    ],
)
def test_lengths_instead_of_others_each_of_a_count_and_rough_figures(text, source, written, right):
    status, _ = verdict(text, source, written)
    assert (status is Status.CONSISTENT) is right


def test_years_ago_are_not_the_years_between_two_dates_of_the_source():
    source = "He died in 1988. In 2020, police reopened the case."
    status, _ = verdict("He died 32 years ago.", source, "32 years")
    assert status is not Status.CONSISTENT
    status, _ = verdict("Police reopened the case 32 years later.", source, "32 years")
    assert status is Status.CONSISTENT


@pytest.mark.parametrize(
    ("source", "right"),
    [("Summit is $720 list, same 18% off.", True), ("Summit sold for $720, down 18%.", False)],
)
def test_a_change_after_a_figure_is_no_discount_from_it(source, right):
    status, _ = verdict("A Summit chair costs $590.40.", source, "$590.40")
    assert (status is Status.CONSISTENT) is right


@pytest.mark.parametrize(("total", "right"), [("$3 million", True), ("$4 million", False)])
def test_a_sum_per_year_for_a_length_is_its_total(total, right):
    source = "A grant shall be for not more than $750,000 per year for not more than 4 years."
    text = f"Grants are capped at $750K a year for up to four years, or {total} in all."
    status, _ = verdict(text, source, total)
    assert (status is Status.CONSISTENT) is right


@pytest.mark.parametrize(
    ("text", "source", "written", "right"),
    [
        # 'shall not exceed' is a cap, compared with a cap
        (
            "Repayment may not exceed $75,000.",
            "Repayment shall not exceed $75,000.",
            "not exceed $75,000",
            True,
        ),
        (
            "Repayment may not exceed $100,000.",
            "Repayment shall not exceed $75,000.",
            "not exceed $100,000",
            False,
        ),
        # a change in percent is no difference of two percentages
        (
            "Intermodal grew 9%, while coal fell 11%.",
            "Carloads rose 2%. Intermodal grew 7%.",
            "9%",
            False,
        ),
        # points of an operating ratio are percentage points
        (
            "The operating ratio improved by 1.4 points.",
            "The ratio was 61.8%, 140 basis points better.",
            "1.4",
            True,
        ),
    ],
)
def test_caps_changes_in_percent_and_points_of_a_ratio(text, source, written, right):
    status, _ = verdict(text, source, written)
    assert (status is Status.CONSISTENT) is right
