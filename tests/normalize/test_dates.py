from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.models import Granularity
from claimcheck.normalize import read


def dates(text, published=None):
    return {d.span.text: (d.first, d.last) for d in read(text, published).dates}


def test_year_less_date_takes_the_publication_year():
    assert dates("on March 14 he said", date(2024, 3, 20)) == {
        "March 14": (date(2024, 3, 14), date(2024, 3, 14))
    }


def test_year_less_date_after_publication_is_last_year():
    assert dates("on December 3 he said", date(2024, 3, 20))["December 3"][0] == date(2023, 12, 3)


def test_year_less_date_falls_after_the_latest_dated_one():
    found = dates("In November 2023 he said so. On March 14 he said more.")
    assert found["March 14"][0] == date(2024, 3, 14)


def test_parts_of_months_are_intervals():
    found = dates("at the end of November 2023, in early January 2024 and mid-February 2024")
    assert found["at the end of November 2023"] == (date(2023, 11, 21), date(2023, 11, 30))
    assert found["early January 2024"] == (date(2024, 1, 1), date(2024, 1, 10))
    assert found["mid-February 2024"] == (date(2024, 2, 11), date(2024, 2, 20))


def test_same_year_refers_back():
    found = dates("In September 2023 it began, in June of the same year.")
    assert found["June of the same year"] == (date(2023, 6, 1), date(2023, 6, 30))


def test_quarters_and_bare_years():
    found = dates("in Q4 2020 and in the fourth quarter of 2020, and since 2014")
    assert found["Q4 2020"] == (date(2020, 10, 1), date(2020, 12, 31))
    assert found["the fourth quarter of 2020"] == found["Q4 2020"]
    assert found["2014"] == (date(2014, 1, 1), date(2014, 12, 31))


def test_quarters_without_of():
    # as an earnings call names its quarter: 'the fourth quarter 2023 earnings call'
    found = dates("the fourth quarter 2023 call and Third-quarter 2022 revenue")
    assert found["the fourth quarter 2023"] == (date(2023, 10, 1), date(2023, 12, 31))
    assert found["Third-quarter 2022"] == (date(2022, 7, 1), date(2022, 9, 30))
    found = dates("the Harborline fourth quarter and full year 2024 earnings call")
    assert found["fourth quarter and full year 2024"] == (date(2024, 10, 1), date(2024, 12, 31))


def test_may_the_verb_is_not_a_month():
    assert dates("May I ask? It may rain. In May 2023 it did.").keys() == {"May 2023"}


def test_unresolvable_date_is_skipped_with_reason():
    reading = read("On March 14 he spoke.")
    assert not reading.dates and "without a year" in reading.skipped[0].reason


def test_durations():
    (d,) = read("after more than 3 years").durations
    assert d.unit == "year" and d.days.lo_open and round(d.days.lo) == 1096
    (m,) = read("over 3.5 months").durations
    assert m.amount == 3.5


def test_ordinal_periods():
    text = "The war has entered its third year, and losses in the second year of the war rose."
    entered, during = read(text).ordinals
    assert (entered.n, entered.entered, entered.event) == (3, True, "war")
    assert (during.n, during.entered, during.event) == (2, False, "war")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_rendered_date_parses_back(d):
    text = f"on {d:%B} {d.day}, {d.year} it happened"
    (ref,) = read(text).dates
    assert ref.first == ref.last == d and ref.granularity is Granularity.DAY


def test_decades_and_their_parts_are_year_intervals():
    found = dates("In the 1990s, by the mid-1980s and in the early 2000s; a 1960s-style car.")
    assert found == {
        "1990s": (date(1990, 1, 1), date(1999, 12, 31)),
        "mid-1980s": (date(1984, 1, 1), date(1986, 12, 31)),
        "early 2000s": (date(2000, 1, 1), date(2003, 12, 31)),
        "1960s": (date(1960, 1, 1), date(1969, 12, 31)),
    }
    assert {d.granularity for d in read("in the 1990s").dates} == {Granularity.DECADE}


def test_a_full_month_name_leaves_the_full_stop_an_abbreviation_takes():
    assert set(dates("It ended on 3 May 2024. It began on Jan. 5, 2023.")) == {
        "3 May 2024",
        "Jan. 5, 2023",
    }


def test_since_the_start_of_an_event_is_read_with_its_event():
    text = "Losses rose since the beginning of the conflict, and since the war began; since then."
    found = [(s.span.text, s.event) for s in read(text).since]
    assert found == [
        ("since the beginning of the conflict", "conflict"),
        ("since the war began", "war"),
    ]


def test_yesterday_and_last_month_are_placed_by_the_publication_date():
    found = dates(
        "Yesterday the army said so; last month it did not, and next month it may.",
        date(2024, 3, 1),
    )
    assert found == {
        "Yesterday": (date(2024, 2, 29), date(2024, 2, 29)),
        "last month": (date(2024, 2, 1), date(2024, 2, 29)),
        "next month": (date(2024, 4, 1), date(2024, 4, 30)),
    }
    assert {d.year_from for d in read("today", date(2024, 3, 1)).dates} == {"publication"}


def test_without_a_publication_date_relative_days_are_skipped_with_the_reason():
    reading = read("In March 2024 it rose. Yesterday it fell.")
    assert [d.span.text for d in reading.dates] == ["March 2024"]
    (skipped,) = reading.skipped
    assert skipped.span.text == "Yesterday" and "publication date" in skipped.reason


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("He served from 1990 to 1995.", ["1990", "1995"]),
        ("He reigned 1939–1945.", ["1939", "1945"]),
        ("It was built between 1850 and 1855.", ["1850", "1855"]),
        ("Wistert (1920 – 2016) was a tackle.", ["1920", "2016"]),
        ("Between 1800 and 2000 soldiers died.", []),  # a plural follows: a range of counts
    ],
)
def test_two_years_joined_as_a_stretch_are_both_dates(text, years):
    assert [d.span.text for d in read(text, None).dates] == years


@pytest.mark.parametrize(
    ("text", "span", "first", "last"),
    [
        ("In the 2019-20 season he scored 12 goals.", "2019-20", 2019, 2020),
        ("Revenue for fiscal 2019–20 was $5 million.", "fiscal 2019–20", 2019, 2020),
        ("The 2019/20 accounts were late.", "2019/20", 2019, 2020),
        ("The 1999-00 budget was cut.", "1999-00", 1999, 2000),
    ],
)
def test_a_season_or_fiscal_year_across_two_years_is_one_period(text, span, first, last):
    assert dates(text) == {span: (date(first, 1, 1), date(last, 12, 31))}


@pytest.mark.parametrize("text", ["It rained on 2002-03-14.", "The score was 2019-23 at the end."])
def test_two_years_that_do_not_follow_each_other_are_no_season(text):
    assert all(len(d) != 7 for d in dates(text))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("It was built in the 12th century.", date(1101, 1, 1), date(1200, 12, 31)),
        ("in the early 15th century", date(1401, 1, 1), date(1433, 12, 31)),
        ("a late 19th-century house", date(1867, 1, 1), date(1900, 12, 31)),
        ("It was built in 1450.", date(1450, 1, 1), date(1450, 12, 31)),
        ("He was consecrated on 13 November 1020.", date(1020, 11, 13), date(1020, 11, 13)),
        ("It opened on March 3, 1540.", date(1540, 3, 3), date(1540, 3, 3)),
        ("It was finished by May 1540.", date(1540, 5, 1), date(1540, 5, 31)),
        ("Æthelnoth ( died 1038 ) was a bishop.", date(1038, 1, 1), date(1038, 12, 31)),
        ("The settlement dates from 1708.", date(1708, 1, 1), date(1708, 12, 31)),
        ("The church, dating back to 1650, fell.", date(1650, 1, 1), date(1650, 12, 31)),
    ],
)
def test_centuries_and_years_before_1800_are_dates(text, first, last):
    (found,) = read(text, None).dates
    assert (date.fromordinal(int(found.days.lo)), date.fromordinal(int(found.days.hi))) == (
        first,
        last,
    )


def test_two_early_years_of_one_century_between_or_from_are_a_stretch():
    found = read("It was demolished between 1557 and 1558 ;", None).dates
    assert [d.span.text for d in found] == ["1557", "1558"]


@pytest.mark.parametrize(
    "text",
    [
        "the 5th century BC",
        "in 1500 cases",
        "in 1200 BC",
        "of 1200",
        "On 3 May 1500 troops landed.",
        "Sales rose from 1500 to 1520 units.",
        "between 1500 and 1700 soldiers",
    ],
)
def test_early_numbers_that_are_not_years_stay_counts(text):
    assert read(text, None).dates == ()


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("It took 3 1/4 hours.", 3.25, "hour"),
        ("It took 1/2 hour.", 0.5, "hour"),
        ("He waited two and a half years.", 2.5, "year"),
        ("It lasted a couple of days.", 2.0, "day"),
    ],
)
def test_durations_in_mixed_numbers_halves_and_a_couple(text, amount, unit):
    (found,) = read(text, None).durations
    assert (found.amount, found.unit) == (amount, unit)


@pytest.mark.parametrize(
    ("text", "dayfirst", "day"),
    [
        ("on 14/03/2024", None, date(2024, 3, 14)),  # only day first is a date
        ("on 03/14/2024", None, date(2024, 3, 14)),  # only month first is
        ("on 14.03.2024", None, date(2024, 3, 14)),
        ("on 04/04/2024", None, date(2024, 4, 4)),  # the same either way
        ("on 03/04/2024", True, date(2024, 4, 3)),
        ("on 03/04/2024", False, date(2024, 3, 4)),
    ],
)
def test_numeric_dates_are_read_in_the_order_their_numbers_or_the_setting_allow(
    text, dayfirst, day
):
    (found,) = read(text, None, dayfirst).dates
    assert date.fromordinal(int(found.days.lo)) == day
    assert found.span.text == text.removeprefix("on ")


def test_a_numeric_date_that_reads_both_ways_is_skipped_with_the_reason():
    reading = read("on 03/04/2024", None)
    assert reading.dates == ()
    (skipped,) = reading.skipped
    assert skipped.span.text == "03/04/2024" and "dayfirst" in skipped.reason


@pytest.mark.parametrize(
    ("text", "unit", "years"),
    [
        ("It took a decade.", "decade", 10),
        ("It lasted two centuries.", "century", 200),
        ("three decades", "decade", 30),
    ],
)
def test_decades_and_centuries_are_lengths_of_time(text, unit, years):
    (found,) = read(text, None).durations
    assert found.unit == unit
    assert found.days.lo <= years * 365.2425 < found.days.hi


def test_a_fortnight_is_two_weeks():
    (found,) = read("They met a fortnight later.", None).durations
    assert found.unit == "fortnight"
    assert found.days.lo <= 14 < found.days.hi


def test_an_ordinal_century_stays_a_date():
    found = read("in the 21st century", None)
    assert (found.durations, [d.span.text for d in found.dates]) == ((), ["21st century"])


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("He trained for a year and a half.", 1.5, "year"),
        ("It took an hour and a half.", 1.5, "hour"),
        ("They waited two years and a half.", 2.5, "year"),
        ("They waited two and a half years.", 2.5, "year"),
        ("It was a year. And a half-hearted one.", 1.0, "year"),
    ],
)
def test_a_unit_and_a_half_is_read_whole(text, amount, unit):
    (d,) = read(text).durations
    assert (d.amount, d.unit) == (amount, unit)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The launch is on the twelfth of May 2024.", date(2024, 5, 12)),
        ("It opened on the twenty-first of March, 2019.", date(2019, 3, 21)),
        ("It opened on the first of June 2020.", date(2020, 6, 1)),
    ],
)
def test_a_day_in_words_is_a_date(text, day):
    (d,) = read(text).dates
    assert d.first == day == d.last


def test_an_ordinal_without_a_month_is_no_date():
    assert read("It was the second of the month, and the first of many.").dates == ()


def test_over_a_length_covers_across_it_and_more_than_it():
    (d,) = read("They played 40 shows over three months.").durations
    days = 91.31  # three months
    assert d.days.lo < days < d.days.hi
    (more,) = read("They played for more than three months.").durations
    assert not more.days.lo < days < more.days.hi


def test_a_day_in_words_after_its_month_and_none_before_a_noun():
    (d,) = read("The deadline is March thirty-first, 2025.").dates
    assert d.first == date(2025, 3, 31)
    assert read("It was the first May bank holiday of 2025.").dates[0].granularity is not (
        Granularity.DAY
    )


def test_more_than_after_a_figure_is_the_figures():
    (d,) = read("Headcount rose 9% more than a year earlier.").durations
    assert d.qualifier is None


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Fuel averaged 31 cents a gallon less than a year earlier.", None),
        ("It made 12 cars in less than a year.", "less than"),  # the length's, after 'in'
        ("It made 12 cars, less than a year after opening.", "less than"),  # says no when
    ],
)
def test_less_than_a_few_words_after_a_figure_is_the_figures_when_the_length_says_when(
    text, qualifier
):
    (d,) = read(text).durations
    assert d.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "written", "days"),
    [
        ("The war lasted 1,500 days.", "1,500 days", (1450, 1550)),
        ("It took 2,000 hours.", "2,000 hours", (1500 / 24, 2500 / 24)),  # to the thousand
    ],
)
def test_a_length_written_with_thousands_separators_is_read_whole(text, written, days):
    (d,) = read(text).durations
    assert d.span.text == written
    assert (d.days.lo, d.days.hi) == pytest.approx(days)
    assert read(text).quantities == ()


@pytest.mark.parametrize(
    ("text", "written", "lo", "hi", "unit"),
    [
        ("He faces 3 to 5 years in prison.", "3 to 5 years", 3, 5, "year"),
        ("The trip takes 5-7 days.", "5-7 days", 5, 7, "day"),
        ("a 10–15 year sentence", "10–15 year", 10, 15, "year"),
        ("It lasts two to three weeks.", "two to three weeks", 2, 3, "week"),
        ("He faces between 10 and 15 years in jail.", "between 10 and 15 years", 10, 15, "year"),
    ],
)
def test_a_range_of_lengths_keeps_both_ends(text, written, lo, hi, unit):
    (d,) = read(text).durations
    assert (d.span.text, d.unit) == (written, unit)
    per = d.days.hi / hi
    assert (d.days.lo / per, d.days.hi / per) == pytest.approx((lo, hi))
    assert read(text).quantities == ()


@pytest.mark.parametrize(
    ("text", "written", "amount"),
    [
        ("He served twenty-five years in prison.", "twenty-five years", 25),
        ("It lasted forty-two days.", "forty-two days", 42),
        ("It lasted twenty to thirty years.", "twenty to thirty years", 20),
    ],
)
def test_a_hyphenated_number_word_before_a_unit_is_one_length(text, written, amount):
    # 'twenty-one years' had been a range from twenty to one, dropped, and read as a count
    (d,) = read(text).durations
    assert (d.span.text, d.amount) == (written, amount)
    assert read(text).quantities == ()


@pytest.mark.parametrize(
    ("text", "written", "amount"),
    [
        ("Six two-week sessions start in June.", "two-week", 2),
        ("We held two one-hour talks.", "one-hour", 1),
    ],
)
def test_a_count_of_lengths_is_no_part_of_the_length(text, written, amount):
    # 'Six two-week' had been read as one length of one week
    (d,) = read(text).durations
    assert (d.span.text, d.amount) == (written, amount)


def test_from_one_length_to_another_is_a_change_not_a_range():
    (d,) = read("It grew from 3 to 5 years.").durations
    assert d.span.text == "5 years"


@pytest.mark.parametrize(
    ("text", "written", "months"),
    [
        ("Two-and-a-half months later, he left.", "Two-and-a-half months", 2.5),
        ("It took a month-and-a-half.", "a month-and-a-half", 1.5),
    ],
)
def test_a_half_joined_by_hyphens(text, written, months):
    (d,) = read(text).durations
    assert (d.span.text, d.amount, d.unit) == (written, months, "month")
    assert read(text).quantities == ()


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("The film runs 2 hrs.", ["2 hrs"], ["hour"]),
        ("The flight took 20 min.", ["20 min"], ["minute"]),
        ("It is a 30-min drive.", ["30-min"], ["minute"]),
        ("The ad runs 45 secs.", ["45 secs"], ["second"]),
    ],
)
def test_hours_and_minutes_shortened_in_lower_case(text, written, unit):
    durations = read(text).durations
    assert [d.span.text for d in durations] == written
    assert [d.unit for d in durations] == unit


@pytest.mark.parametrize(
    ("text", "written", "seconds"),
    [
        ("The ad ran for 30 seconds.", "30 seconds", 30),
        ("a 30-second spot", "30-second", 30),
        ("She ran it in 10.5 seconds.", "10.5 seconds", 10.5),
        ("Two seconds later it fell.", "Two seconds", 2),
    ],
)
def test_seconds_are_lengths(text, written, seconds):
    (d,) = read(text).durations
    assert (d.span.text, d.amount, d.unit) == (written, seconds, "second")
    assert d.days.lo * 86400 < seconds < d.days.hi * 86400
    assert read(text).quantities == ()


@pytest.mark.parametrize(
    "text", ["He won a second term.", "for a second time", "one second-half goal", "3 m a second"]
)
def test_the_ordinal_second_is_no_length(text):
    assert read(text).durations == ()


@pytest.mark.parametrize(
    ("text", "written", "amount", "unit"),
    [
        ("He served 2 years and 3 months.", "2 years and 3 months", 27, "month"),
        ("The film runs 2 hrs 15 mins.", "2 hrs 15 mins", 135, "minute"),
        ("The flight took 1 hr 20 min.", "1 hr 20 min", 80, "minute"),
        ("It took an hour and 20 minutes.", "an hour and 20 minutes", 80, "minute"),
        (
            "It lasted two years, three months and four days.",
            None,
            2 * 365.2425 + 3 * 365.2425 / 12 + 4,
            "day",
        ),
        ("He finished in 2h 15m.", "2h 15m", 135, "minute"),
        ("A 1h30min drive.", "1h30min", 90, "minute"),
        ("Her time was 3 h 20 min 10 s.", "3 h 20 min 10 s", 12010, "second"),
        ("The crew won in 6:25.4 despite the wind.", "6:25.4", 385.4, "second"),  # a stopwatch
        ("He ran the marathon in 2:03:59.", "2:03:59", 7439, "second"),
    ],
)
def test_a_length_in_parts_is_one_length(text, written, amount, unit):
    (d,) = read(text).durations
    assert d.span.text == (written or text[text.index("two") : -1])
    assert (round(d.amount, 6), d.unit) == (round(amount, 6), unit)
    assert read(text).quantities == ()


def test_the_smallest_part_says_how_a_length_in_parts_is_rounded():
    (d,) = read("He served 2 years and 3 months.").durations
    months = 365.2425 / 12
    assert d.days.lo == pytest.approx(26.5 * months) and d.days.hi == pytest.approx(27.5 * months)
    (more,) = read("It took more than 2 years and 3 months.").durations
    assert more.qualifier == "more than" and more.days.lo == pytest.approx(27 * months)


@pytest.mark.parametrize(
    "text",
    [
        "He served 3 months and 2 years.",  # the larger unit second: two lengths
        "It took 5 days, 5 days and then 5 days.",
        "It took 3 to 5 years and 2 months.",  # a range does not lead a length in parts
        "It took several years and 3 months.",
        "He spent 10 years in prison and 5 years on parole.",
    ],
)
def test_lengths_that_are_not_parts_of_one(text):
    assert len(read(text).durations) >= 2


def test_hr_and_min_in_capitals_are_no_lengths():
    assert read("The HR team has 5 HR staff and 3 MIN readers.").durations == ()


@pytest.mark.parametrize(
    ("text", "written", "first", "last"),
    [
        ("It was big in the '90s.", "'90s", 1990, 1999),
        ("It was big in the late ’60s.", "late ’60s", 1967, 1969),
        ("Hits of the '00s.", "'00s", 2000, 2009),
    ],
)
def test_a_decade_written_with_two_digits(text, written, first, last):
    (found,) = read(text).dates
    assert found.span.text == written
    assert (found.first.year, found.last.year) == (first, last)


@pytest.mark.parametrize(
    ("text", "written", "first", "last"),
    [
        ("The herd was big in the early nineties.", "early nineties", 1990, 1993),
        ("The Sixties were loud.", "Sixties", 1960, 1969),
        ("It closed at the end of the seventies.", "at the end of the seventies", 1977, 1979),
        ("a hit of the mid-eighties", "mid-eighties", 1984, 1986),
    ],
)
def test_a_decade_in_words(text, written, first, last):
    (found,) = read(text).dates
    assert found.span.text == written
    assert (found.first.year, found.last.year) == (first, last)


@pytest.mark.parametrize(
    ("text", "written", "first", "last"),
    [
        ("Work starts in the first week of February 2024.", "first week of February 2024", 1, 7),
        ("It ends in the last week of May 2021.", "last week of May 2021", 22, 31),
    ],
)
def test_a_week_of_a_month(text, written, first, last):
    (found,) = read(text).dates
    assert found.span.text == written
    assert (found.first.day, found.last.day) == (first, last)


def test_a_decade_in_words_needs_the():
    # 'in her nineties' is an age; the twenties to the fifties may be of either century
    assert read("She is in her nineties. He grew up in the twenties.").dates == ()


def test_the_twenties_to_the_fifties_in_two_digits_are_of_either_century():
    assert read("He grew up in the '20s.").dates == ()


@pytest.mark.parametrize(
    ("text", "written", "first", "last"),
    [
        # a year of accounts named alone may start from February of the year before (a
        # retailer's) to April of its own (Japan's)
        ("Revenue in FY2023 was $4 billion.", "FY2023", "2022-02-01", "2024-03-31"),
        ("The FY23 results were weak.", "FY23", "2022-02-01", "2024-03-31"),
        ("In fiscal 2023 sales rose 5%.", "fiscal 2023", "2022-02-01", "2024-03-31"),
        ("in fiscal year 2022, profit fell", "fiscal year 2022", "2021-02-01", "2023-03-31"),
        (
            "For the financial year 2023/24, tax rose.",
            "financial year 2023/24",
            "2023-01-01",
            "2024-12-31",
        ),
        ("Its fiscal 2022-23 results", "fiscal 2022-23", "2022-01-01", "2023-12-31"),
    ],
)
def test_a_year_of_accounts_is_a_date(text, written, first, last):
    found = read(text)
    (d,) = found.dates
    assert (d.span.text, d.first.isoformat(), d.last.isoformat()) == (written, first, last)
    assert all(q.value != 2023 for q in found.quantities)  # "2023 sales" is no count


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("It authorizes $650M a year for FY2025-2029.", "FY2025", "2029"),
        ("for fiscal years 2025 through 2029", "fiscal years 2025", "2029"),
        ("the FY24-26 plan", "FY24", "26"),
    ],
)
def test_a_stretch_of_years_of_accounts_is_its_first_and_last(text, first, last):
    found = read(text)
    assert [(d.span.text, d.first.month, d.last.month) for d in found.dates] == [
        (first, 2, 3),
        (last, 2, 3),
    ]
    assert all(q.span.text not in (first, last) for q in found.quantities)  # no count, no code
    assert found.skipped == ()


@pytest.mark.parametrize(
    "text", ["FY2023/22 is no year.", "The fiscal 2,000 fund", "its fiscal third quarter"]
)
def test_what_is_no_year_of_accounts(text):
    assert read(text).dates == ()


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The Skylark of Space was followed by Skylark Three (1948).", "1948"),
        ('The film "Jaws" (1975) was a hit.', "1975"),
    ],
)
def test_a_year_alone_in_brackets_after_a_title_is_a_year(text, year):
    assert year in dates(text)
    assert [q.span.text for q in read(text).quantities if q.span.text == year] == []


@pytest.mark.parametrize(
    "text",
    ["Profit rose (2019: 1,948).", "Cases rose to 2,019 (1948 in May).", "The fee (1999 euros)."],
)
def test_a_number_in_brackets_with_more_in_them_is_no_year_by_itself(text):
    assert dates(text) == {}


@pytest.mark.parametrize(
    ("text", "amount"), [("The film runs 2h.", 2), ("A 12h shift, then rest.", 12)]
)
def test_hours_alone_with_the_h_glued_are_a_length_in_hours(text, amount):
    (d,) = read(text).durations
    assert (d.amount, d.unit) == (amount, "hour")
    assert read(text).skipped == ()


def test_an_h_inside_a_code_is_no_length():
    assert read("Add H2O to 2hX.").durations == ()


def test_a_year_after_prior_to_is_a_date():
    reading = read("The 2.5 million cars built prior to 1986 will use lead replacement petrol.")
    assert [d.span.text for d in reading.dates] == ["1986"]


@pytest.mark.parametrize("text", ["The alarm rang at 14:03:59.", "We met at 6:25 p.m.", "at 8:42"])
def test_a_time_of_day_is_no_length_and_no_figure(text):
    reading = read(text)
    assert (reading.durations, reading.quantities) == ((), ())
    assert [s.reason for s in reading.skipped] == ["time of day"]


@pytest.mark.parametrize(
    ("text", "figure", "length"),
    [
        ("It was about €2.5 billion ten years earlier.", "about €2.5 billion", "ten years"),
        ("It cost 3 million two years ago.", "3 million", "two years"),
    ],
)
def test_a_scale_word_belongs_to_the_figure_before_it_not_to_a_length(text, figure, length):
    reading = read(text)
    assert [q.span.text for q in reading.quantities] == [figure]
    assert [d.span.text for d in reading.durations] == [length]


def test_seconds_with_decimals_glued_are_lengths():
    found = read("Page load is at 4.2s and the target is 0.85s; in the 1990s and 30s.")
    assert [(d.span.text, d.amount, d.unit) for d in found.durations] == [
        ("4.2s", 4.2, "second"),
        ("0.85s", 0.85, "second"),
    ]


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("It took 2 hours and 15 minutes.", ["2 hours and 15 minutes"]),
        ("after six months and 500 hours with the employer", ["six months", "500 hours"]),
        ("a stay of 3 months and 45 days", ["3 months", "45 days"]),
        # a tens number in words is one number, so it can end a length in parts
        ("a pace of six minutes fifty-two seconds a mile", ["six minutes fifty-two seconds"]),
    ],
)
def test_a_length_in_parts_gives_each_smaller_unit_less_than_the_next(text, lengths):
    assert [d.span.text for d in read(text).durations] == lengths


@pytest.mark.parametrize(
    ("text", "written", "hours"),
    [
        ("It takes an hour and a quarter.", "an hour and a quarter", 1.25),
        ("It takes two hours and a half.", "two hours and a half", 2.5),
    ],
)
def test_a_length_and_a_quarter_or_a_half(text, written, hours):
    (d,) = read(text).durations
    assert (d.span.text, d.amount) == (written, hours)
