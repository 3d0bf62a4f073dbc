import math

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.models import QuantityKind
from claimcheck.normalize import read
from claimcheck.normalize.intervals import contains


def only(text):
    (q,) = read(text).quantities
    return q


def test_digits_with_separators_and_decimals():
    assert only("It weighs 1,117,320,768 bytes.").value == 1_117_320_768
    assert only("a ratio of 3.5 here").value == 3.5


def test_money_with_scale_is_money_not_a_count():
    q = only("worth about $350 million in all")
    assert (q.kind, q.unit, q.value) == (QuantityKind.MONEY, "USD", 350e6)
    assert only("a €15 thousand fine").value == 15_000
    assert only("profit of $1.2bn").value == 1.2e9


def test_single_letter_scale_only_after_a_currency():
    assert only("a $5m deal").value == 5e6
    (q,) = [q for q in read("ran 100 m today").quantities]
    assert q.value == 100


def test_count_keeps_the_noun_it_counts():
    q = only("lost more than 350,000 soldiers in")
    assert (q.value, q.unit, q.qualifier) == (350_000, "soldiers", "more than")


def test_percent_and_percentage_points():
    assert only("rose 15% in").kind is QuantityKind.PERCENT
    assert only("up 2 percentage points").kind is QuantityKind.PERCENT_POINTS


def test_number_words():
    assert only("two hundred people").value == 200
    assert only("a dozen eggs").value == 12
    assert only("twenty-three cases").value == 23


def test_ranges():
    q = only("between 10-15 people")
    assert (q.interval.lo, q.interval.hi) == (10, 15)


def test_multiplier():
    q = only("nearly 6 times more than")
    assert q.kind is QuantityKind.MULTIPLIER
    assert contains(q.interval, 5.5) and not contains(q.interval, 6)


def test_vague_plurals_are_orders_of_magnitude():
    q = only("thousands of tanks")
    assert q.kind is QuantityKind.VAGUE and contains(q.interval, 5000)


def test_digits_inside_a_name_are_skipped_with_a_reason():
    reading = read("two A-50U aircraft")
    assert [s.span.text for s in reading.skipped] == ["A-50U"]


def test_full_width_digits_read_as_digits():
    assert only("１２ people").value == 12


@given(st.integers(min_value=0, max_value=10**12))
def test_rendered_integer_parses_back(n):
    q = only(f"there were {n:,} cases")
    assert q.value == n


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
def test_rendered_decimal_parses_back(x):
    q = only(f"there were {x} cases")
    assert abs(q.value - float(x)) < 1e-9


@given(st.text())
def test_no_exception_on_any_text(text):
    reading = read(text)
    for q in reading.quantities:
        assert text[q.span.start : q.span.end] == q.span.text


def test_between_is_a_range():
    q = only("between 10 and 15 people")
    assert (q.interval.lo, q.interval.hi, q.unit) == (10, 15, "people")


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("the five or six branches", [(5, 6)]),
        ("10 or 12 people", [(10, 12)]),
        ("1 or 5 items", [(0.5, 1.5), (4.5, 5.5)]),  # too far apart to be one figure
        ("3 or 4% more", [(2.5, 3.5), (3.5, 4.5)]),  # each figure its own
    ],
)
def test_two_near_figures_joined_by_or_are_one_loose_figure(text, bounds):
    assert [(q.interval.lo, q.interval.hi) for q in read(text).quantities] == bounds


def test_one_in_five_is_a_share():
    q = only("one in five adults")
    assert q.kind is QuantityKind.FRACTION and q.value == 0.2
    assert only("3 in 10 voters").value == 0.3


def test_multiplier_words():
    assert only("sales doubled").value == 2
    assert only("twice as many").kind is QuantityKind.MULTIPLIER
    assert only("half of the staff").kind is QuantityKind.FRACTION
    assert only("half a dozen eggs").value == 6


def test_the_counted_noun_is_read_past_of_the_but_not_past_a_verb():
    units = {
        q.span.text: q.unit for q in read("He lost 5 of the soldiers; 188 is a road.").quantities
    }
    assert units == {"5": "soldiers", "188": None}


@pytest.mark.parametrize(
    ("text", "figure", "value", "kind"),
    [
        ("Profit fell -3% this year.", "-3%", -3.0, "percent"),
        ("The low was −5 degrees.", "−5", -5.0, "count"),
        ("It was minus 4 outside.", "minus 4", -4.0, "count"),
        ("Cash flow was negative $140 million.", "negative $140 million", -1.4e8, "money"),
        ("We have 2.5k users.", "2.5k", 2500.0, "count"),
        ("Revenue hit $1.3T.", "$1.3T", 1.3e12, "money"),
        ("They paid USD 300 million.", "USD 300 million", 3e8, "money"),
        ("GBP 20m was raised.", "GBP 20m", 2e7, "money"),
        ("Two-thirds of voters agreed.", "Two-thirds", 2 / 3, "fraction"),
        ("A third of the vote went to him.", "A third", 1 / 3, "fraction"),
        ("Three quarters of staff left.", "Three quarters", 0.75, "fraction"),
        ("One-fifth of the land is forest.", "One-fifth", 0.2, "fraction"),
        ("About 1/25 of the cases.", "1/25", 0.04, "fraction"),
        ("Avogadro's number is 6.02×10^23.", "6.02×10^23", 6.02e23, "count"),
        ("The rate was 1.5e-3.", "1.5e-3", 1.5e-3, "count"),
        ("It was 4.8 x 10^-4 per day.", "4.8 x 10^-4", 4.8e-4, "count"),
    ],
)
def test_signs_suffixes_codes_fractions_and_scientific_notation(text, figure, value, kind):
    (q,) = [q for q in read(text).quantities if q.span.text == figure]
    assert math.isclose(q.value, value) and q.kind.value == kind
    assert text[q.span.start : q.span.end] == figure
    assert q.interval.lo <= q.value <= q.interval.hi


@pytest.mark.parametrize(
    ("text", "not_a_figure"),
    [
        ("COVID-19 cases rose.", "-19"),
        ("The A-50 crashed.", "-50"),
        ("Support is 24/7.", "24/7"),
        ("He won a third time.", "A third"),
    ],
)
def test_hyphens_codes_schedules_and_ordinals_are_not_these_forms(text, not_a_figure):
    assert not_a_figure not in [q.span.text for q in read(text).quantities]


def test_the_numbers_of_a_list_in_a_sentence_are_skipped_with_the_reason():
    text = "It identifies 1) a state space and 2) an observation process from 3 studies."
    reading = read(text)
    assert [q.span.text for q in reading.quantities] == ["3"]
    assert [(s.span.text, s.reason) for s in reading.skipped] == [
        ("1)", "the number of a list item"),
        ("2)", "the number of a list item"),
    ]


def test_the_numbers_of_a_bill_s_list_are_skipped():
    text = "a business that--\n(1) had revenues of $5 million; or\n(2) buys the data of 100 people."
    reading = read(text)
    assert [q.span.text for q in reading.quantities] == ["$5 million", "100"]
    assert [s.span.text for s in reading.skipped] == ["(1)", "(2)"]


@pytest.mark.parametrize("text", ["Prices rose (up by 5) today.", "It has 2) items alone."])
def test_a_number_and_a_bracket_with_no_list_beside_it_stays_a_figure(text):
    assert len(read(text).quantities) == 1


@pytest.mark.parametrize(
    "text", ["methane, in which n\u00a0=\u00a01,", "branched (general formula, n > 3)", "x=10.5"]
)
def test_a_variable_s_value_in_a_formula_is_no_figure(text):
    reading = read(text)
    assert reading.quantities == ()
    assert [s.reason for s in reading.skipped] == ["a variable's value in a formula"]


def test_numbers_that_close_brackets_are_figures_though_they_follow_each_other():
    text = "Sales were 12 (up 3) and costs 40 (down 2) this year."
    assert [q.span.text for q in read(text).quantities] == ["12", "3", "40", "2"]


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["-", "−", "minus "]))
def test_a_sign_round_trips(n, sign):
    text = f"The balance was {sign}{n:,} at the end."
    (q,) = read(text).quantities
    assert q.value == -n and q.span.text == f"{sign}{n:,}"


@given(st.integers(min_value=1, max_value=98), st.integers(min_value=2, max_value=99))
def test_a_digit_fraction_round_trips(num, den):
    if num >= den:
        return
    text = f"About {num}/{den} of the samples failed."
    (q,) = read(text).quantities
    assert math.isclose(q.value, num / den) and q.span.text == f"{num}/{den}"


@pytest.mark.parametrize(
    ("text", "value"),
    [("a score of people", 20.0), ("a couple of cars", 2.0), ("a pair of shoes", 2.0)],
)
def test_words_that_count_with_a_and_of(text, value):
    (found,) = read(text, None).quantities
    assert found.value == value and found.span.text == text.split(" of ")[0]


@pytest.mark.parametrize("text", ["They are a couple.", "a score of 3-1 in the final"])
def test_a_couple_and_a_score_that_count_nothing_are_not_figures(text):
    assert all(q.value not in (2.0, 20.0) for q in read(text, None).quantities)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The rate is 12,5 %.", "12,5 %", 12.5),
        ("It weighs 3,5 kg.", "3,5", 3.5),
        ("It costs 1.200,50 euros.", "1.200,50", 1200.5),
        ("It has 1\u2009200 staff.", "1\u2009200", 1200.0),
        ("It has 1\u00a0200 staff.", "1\u00a0200", 1200.0),
        ("It costs 1,20,000 rupees.", "1,20,000", 120000.0),
    ],
)
def test_separators_no_english_reading_could_give_are_read_the_one_way_they_can_be(
    text, written, value
):
    (found,) = read(text, None).quantities
    assert (found.span.text, found.value) == (written, value)


def test_a_comma_in_a_list_of_small_numbers_stays_a_list():
    assert [q.value for q in read("in rounds 3,4 and 5", None).quantities] == [3, 4, 5]


@given(st.integers(min_value=1_000, max_value=999_999_999), st.integers(min_value=0, max_value=99))
def test_european_separators_round_trip(whole, cents):
    # From a thousand up, dot groups make the comma a decimal comma; below, "1,50 euros" is
    # read so only before a short unit ("1,50 kg") or a percent sign.
    grouped = f"{whole:,}".replace(",", ".")
    text = f"It costs {grouped},{cents:02d} euros."
    (found,) = read(text, None).quantities
    assert math.isclose(found.value, whole + cents / 100)


@pytest.mark.parametrize(
    ("text", "written", "value", "kind"),
    [
        ("It is 1.5x faster.", "1.5x", 1.5, QuantityKind.MULTIPLIER),
        ("Rates rose .5 percent.", ".5 percent", 0.5, QuantityKind.PERCENT),
        ("It has 10 000 people.", "10 000", 10_000, QuantityKind.COUNT),
        ("It took six and a half weeks of talks, with six and a half people.", None, 6.5, None),
        ("She bought two dozen eggs.", "two dozen", 24, QuantityKind.COUNT),
        ("It costs three and a half million.", "three and a half million", 3.5e6, None),
        ("a 6- to 9-inch blade", "6- to 9", 6, QuantityKind.COUNT),
        ("valued at $20 per share to $35 per share", "$20 per share to $35 per share", 20, None),
    ],
)
def test_more_ways_of_writing_a_number(text, written, value, kind):
    found = read(text, None).quantities[-1]
    assert found.value == value
    assert written is None or found.span.text == written
    assert kind is None or found.kind is kind


def test_a_year_then_a_count_is_not_one_grouped_number():
    reading = read("In 2010 100 people died.", None)
    assert [q.span.text for q in reading.quantities] == ["100"]


def test_a_range_that_repeats_its_rate_keeps_both_ends():
    (found,) = read("valued at $20 per share to $35 per share", None).quantities
    assert (found.interval.lo, found.interval.hi, found.kind) == (20, 35, QuantityKind.MONEY)


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("It has 1.234 residents.", None, 1.234),
        ("It has 1.234 residents.", "de_DE", 1234),
        ("It costs 1,234 euros.", None, 1234),
        ("It costs 1,234 euros.", "de_DE", 1.234),
        ("It has 1.234.567 residents.", None, 1234567),  # two dot groups: thousands anyway
        ("It has 1,234,567 residents.", "de_DE", 1234567),
    ],
)
def test_one_group_of_three_is_read_as_the_locale_writes_it(text, locale, value):
    (q,) = read(text, None, locale=locale).quantities
    assert q.value == pytest.approx(value)


@given(
    st.sampled_from(["en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "en_IN"]),
    st.one_of(
        st.integers(min_value=1000, max_value=10**9),
        st.decimals(min_value=1000, max_value=10**7, places=2, allow_nan=False),
    ),
)
def test_numbers_written_as_a_locale_writes_them_read_back(locale, number):
    written = format_decimal(number, locale=locale)
    (q,) = read(f"It has {written} residents.", None, locale=locale).quantities
    assert q.span.text == written
    assert q.value == pytest.approx(float(number))


def test_an_unknown_locale_is_refused_by_name():
    with pytest.raises(ValueError, match="unknown locale 'xx_YY'"):
        claimcheck.Config(locale="xx_YY")


WIKI = " = M - 188 = \n \n {}"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("a 4. 559 - mile - long ( 7. 337 km ) highway", ["4. 559", "7. 337"]),
        ("The budget was $ 1. 5 million.", ["$ 1. 5 million"]),
        ("It rose in 2019. 2020 was worse.", ["2020"]),  # a year ends a sentence
    ],
)
def test_wikitext_writes_a_decimal_point_with_a_space_after_it(text, spans):
    found = [q.span.text for q in read(WIKI.format(text), None).quantities]
    assert found == spans  # "M - 188" is a code, no figure


def test_outside_wikitext_a_point_and_a_space_end_a_sentence():
    assert [q.value for q in read("He scored 12. 30 fans left.", None).quantities] == [12, 30]


@pytest.mark.parametrize(
    "text", ["Support:\n\n4. 24/7 Expert Support", "x\n4. 24 hours of support"]
)
def test_a_numbered_line_is_not_a_wikitext_decimal(text):
    found = read(WIKI.format(text), None).quantities
    assert [q.value for q in found if q.value == int(q.value)] != []
    assert all(q.value != 4.24 for q in found)


def test_hundredths_are_read_in_their_whole_unit():
    cents = only("It pays a dividend of 45 cents a share.")
    assert (cents.kind, cents.unit, cents.value) == (QuantityKind.MONEY, "USD", pytest.approx(0.45))
    pence = only("A stamp costs 85 pence.")
    assert (pence.kind, pence.unit, pence.value) == (QuantityKind.MONEY, "GBP", pytest.approx(0.85))
    for written in ("Margin rose 150 basis points.", "Margin rose 150 bps."):
        points = only(written)
        assert points.kind is QuantityKind.PERCENT_POINTS
        assert points.value == pytest.approx(1.5)
        assert contains(points.interval, 1.5) and not contains(points.interval, 1.51)
    plain = only("On a basis of 20 people.")  # 'basis' without 'points' is a noun
    assert (plain.kind, plain.value) == (QuantityKind.COUNT, 20)


@pytest.mark.parametrize(
    "text",
    ["The employer matches 50 cents on the dollar.", "Creditors got 50 pence in the pound."],
)
def test_hundredths_of_a_whole_currency_unit_are_a_share(text):
    share = only(text)
    assert (share.kind, share.unit, share.value) == (QuantityKind.PERCENT, "%", 50)


def test_a_scale_letter_after_decimals_is_a_scale():
    assert only("It shipped 1.2M units.").value == 1_200_000
    assert only("It has 2.25B users.").value == 2_250_000_000
    for name in ("The 3M company.", "A 5B budget.", "The 1.8m fence."):
        assert read(name).quantities == ()  # a name, or metres: not a scale


def test_words_of_time_are_not_what_a_figure_counts():
    assert only("We crossed 40 million last year.").unit is None
    assert only("They sold 300 each month.").unit is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Margin dropped 0.6 points to 18.4%.", QuantityKind.PERCENT_POINTS),
        ("Support rose by 3 points, to 45 percent.", QuantityKind.PERCENT_POINTS),
        ("He scored 20 points, shooting 50%.", QuantityKind.COUNT),  # no change
        ("The Dow fell 300 points. Bonds rose 2%.", QuantityKind.COUNT),  # no percentage
    ],
)
def test_points_a_percentage_changed_by_are_percentage_points(text, kind):
    assert read(text).quantities[0].kind is kind


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("He ate five halves.", "five halves", 2.5),
        ("It cut the rate by roughly a third.", "a third", 1 / 3),
        ("Sales fell by a quarter.", "a quarter", 0.25),
        ("Half a million people came.", "Half a million", 500_000),
        ("Buy a half-dozen eggs.", "a half-dozen", 6),
        ("The town had 494,11 residents per square mile.", "494,11", 494.11),
        ("It cost 2,5 million.", "2,5 million", 2_500_000),
        ("Add 1½ cups.", "1½", 1.5),
        ("Add ½ cup.", "½", 0.5),
    ],
)
def test_more_written_forms_of_a_figure(text, written, value):
    q = only(text)
    assert (q.span.text, q.value) == (written, pytest.approx(value))


def test_a_third_party_is_no_fraction():
    kinds = [q.kind for q in read("They hired it by a third-party vendor.").quantities]
    assert QuantityKind.FRACTION not in kinds


def test_what_is_left_is_no_noun():
    assert only("We have about forty thousand left.").unit is None


def test_a_preposition_is_no_noun():
    # '38 for men' had counted 'for'
    assert only("It is 38 for men.").unit is None
    assert only("They voted 5 against.").unit is None


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("the 1,000-plus detainees", "more than"),
        ("aged 18+.", "more than"),
        ("500-odd people", "about"),
    ],
)
def test_a_qualifier_written_after_the_figure(text, qualifier):
    assert only(text).qualifier == qualifier
    assert read("5+3=8").quantities[0].qualifier is None


def test_a_share_after_a_qualifier_and_a_letter_before_a_plural():
    third = only("We have spent about a third already.")
    assert (third.kind, third.qualifier) == (QuantityKind.FRACTION, "about")
    assert only("It repurchased 4M shares.").value == 4_000_000
    assert read("The 3M company grew.").quantities == ()


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("The walk is 5km long.", "5", 5, "km"),
        ("He weighs 80kg.", "80", 80, "kg"),
        ("The dose was 0.5mg daily.", "0.5", 0.5, "mg"),
        ("The chip runs at 3.5GHz.", "3.5", 3.5, "ghz"),
        ("He drove at 100km/h.", "100", 100, "km"),
        ("He ran the 100m.", "100", 100, "m"),
    ],
)
def test_a_unit_symbol_glued_to_its_figure(text, written, value, unit):
    q = only(text)
    assert (q.span.text, q.value, q.unit) == (written, value, unit)


@pytest.mark.parametrize(
    "text",
    ["a 5G network", "in the 1990s", "the F16 jet", "a 4x4 truck", "they raised 100m people"],
)
def test_letters_glued_to_digits_that_are_no_unit_symbol_stay_a_name(text):
    assert all(q.unit not in {"g", "s", "x4", "m"} for q in read(text).quantities)
    assert read("they raised 100m people").quantities == ()


@given(
    st.integers(min_value=1, max_value=99_999),
    st.sampled_from(["km", "kg", "mg", "ml", "GB", "MHz", "kWh", "mph", "ft"]),
    st.booleans(),
)
def test_a_figure_and_its_unit_symbol_round_trip_glued_or_spaced(n, symbol, glued):
    written = f"{n:,}"
    q = only(f"It measured {written}{'' if glued else ' '}{symbol} in all.")
    assert (q.span.text, q.value, q.unit) == (written, n, symbol.lower())


def test_a_unit_symbol_in_capitals_is_the_unit_not_a_name_to_read_past():
    assert only("It holds 2 L of water.").unit == "l"
    assert only("The file is 4 GB.").unit == "gb"
    assert only("The mains give 230 V here.").unit == "v"
    assert only("13,387 Ukrainian mercenaries").unit == "mercenaries"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("about 40,000 Mexican free-tailed bats", "bats"),
        ("12 well-trained dogs", "dogs"),
        ("3 long-term loans", "long-term"),  # not an adjective in -ed: read as written
    ],
)
def test_a_compound_adjective_in_ed_is_read_past_to_the_noun(text, unit):
    assert only(text).unit == unit


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The sample had 10^3 cells.", "10^3", 1e3),
        ("a gain of 10⁶.", "10⁶", 1e6),
        ("about 6.02×10²³ atoms", "6.02×10²³", 6.02e23),
        ("an error of 10^-3 m", "10^-3", 1e-3),
    ],
)
def test_powers_of_ten(text, written, value):
    q = only(text)
    assert (q.span.text, q.value) == (written, value)


def test_a_size_is_no_power_of_ten():
    assert all(q.value < 1e5 for q in read("a screen of 1920x1080 pixels").quantities)


def test_a_figure_with_its_margin_is_one_interval():
    q = only("The reading was 5 ± 0.5 kg.")
    assert (q.span.text, q.value, q.unit) == ("5 ± 0.5", 5, "kg")
    assert (q.interval.lo, q.interval.hi) == (4.5, 5.5)
    assert only("It was 12 +/- 2 mm.").interval.hi == 14


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The vote was 52 to 48.", [52, 48]),
        ("They won 3-2 on Sunday.", [3, 2]),
        ("It won 6-4, 6-3.", [6, 4, 6, 3]),
    ],
)
def test_a_range_that_falls_is_two_figures(text, figures):
    assert [q.value for q in read(text).quantities] == figures


@pytest.mark.parametrize(
    ("text", "written", "value", "kind", "unit"),
    [
        ("It grew fourfold.", "fourfold", 4, QuantityKind.MULTIPLIER, "times"),
        ("It grew 4-fold.", "4-fold", 4, QuantityKind.MULTIPLIER, "times"),
        ("It cost 50¢.", "50¢", 0.5, QuantityKind.MONEY, "USD"),
        ("Revenue was 5 million USD.", "5 million", 5e6, QuantityKind.MONEY, "USD"),
        ("Revenue was Rs 500 crore.", "Rs 500 crore", 5e9, QuantityKind.MONEY, "INR"),
        ("a loan of ₹2 lakh", "₹2 lakh", 2e5, QuantityKind.MONEY, "INR"),
        ("a loan of 2 lakh rupees", "2 lakh", 2e5, QuantityKind.MONEY, "INR"),
        ("It was 20°C outside.", "20", 20, QuantityKind.COUNT, "°C"),
        ("It fell to -40 °F.", "-40", -40, QuantityKind.COUNT, "°F"),
        ("The angle is 45°.", "45", 45, QuantityKind.COUNT, "°"),
        ("A 30C heatwave.", "30", 30, QuantityKind.COUNT, "c"),
        ("Highs of 30-35C.", "30-35", 30, QuantityKind.COUNT, "c"),
        ("Unemployment is at 4.2pc.", "4.2pc", 4.2, QuantityKind.PERCENT, "%"),
        ("A 12-ounce can.", "12", 12, QuantityKind.COUNT, "ounce"),
        ("It has a 2.5-litre engine.", "2.5", 2.5, QuantityKind.COUNT, "litre"),
    ],
)
def test_folds_cents_rupees_codes_degrees_and_units_written_otherwise(
    text, written, value, kind, unit
):
    q = only(text)
    assert (q.span.text, q.value, q.kind, q.unit) == (written, value, kind, unit)


def test_a_word_of_its_own_and_a_unit_of_time_are_no_share_or_rank():
    assert read("The half-life is long.").quantities == ()
    assert [q.span.text for q in read("186,000 miles per second").quantities] == ["186,000"]
    assert only("The second car came.").kind is QuantityKind.ORDINAL


def test_a_capital_alone_after_a_space_is_no_unit_and_a_power_is_the_units():
    assert only("A 5 C grade.").unit == "grade"
    assert only("It covers 10 m^2 of land.").value == 10


def test_an_ordinal_in_digits_is_read_not_listed_as_skipped():
    reading = read("It is the 21st episode and the 70th of the series.")
    assert [q.span.text for q in reading.quantities] == ["21st", "70th"]
    assert reading.skipped == ()


def test_a_small_m_after_decimals_and_before_a_plural_noun_is_millions():
    q = only("Sales fell to 1.1m units.")
    assert (q.span.text, q.value, q.unit) == ("1.1m", 1_100_000, "units")
    people = only("Some 2.5m people live there.")
    assert (people.span.text, people.value, people.unit) == ("Some 2.5m", 2_500_000, "people")


def test_a_small_m_before_a_word_of_size_is_metres():
    q = only("He is 1.8m tall.")
    assert (q.span.text, q.value, q.unit) == ("1.8", 1.8, "m")
    assert only("The wall is 2.4m high.").unit == "m"
    assert read("The 100m race was run.").quantities == ()  # a name


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("A stamp costs 12p.", "12p", 0.12),
        ("Petrol is up 3.5p a litre.", "3.5p", 0.035),
        ("Shares closed at 150p.", "150p", 1.5),
    ],
)
def test_pence_glued_to_a_figure(text, written, value):
    q = only(text)
    assert (q.span.text, q.kind, q.unit) == (written, QuantityKind.MONEY, "GBP")
    assert q.value == pytest.approx(value)


def test_a_video_resolution_and_a_time_of_day_are_no_pence():
    assert read("It streams in 1080p and 720p.").quantities == ()
    assert read("The shop opens at 5p.m. daily.").quantities == ()


@pytest.mark.parametrize(
    ("text", "written", "inches"),
    [
        ("He is 5'10\" tall.", "5'10\"", 70),
        ("She is 5′4″.", "5′4″", 64),
        ("He stands 6 ft 2 in tall.", "6 ft 2 in", 74),
        ("She is 5 feet 4.5 inches tall.", "5 feet 4.5 inches", 64.5),
    ],
)
def test_a_height_in_feet_and_inches_is_one_figure_in_inches(text, written, inches):
    q = only(text)
    assert (q.span.text, q.value, q.unit) == (written, inches, "inches")


def test_a_lone_quotation_mark_after_a_figure_is_no_foot():
    assert [q.value for q in read("He said '5' 10 more.").quantities] == [5, 10]


def test_a_qualifier_before_a_code_does_not_make_it_a_figure():
    assert read("About 5G phones were sold.").quantities == ()
    assert only("About 80kg of rice.").unit == "kg"


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("In the twenty-first century, it changed.", "twenty-first", 21),
        ("She finished thirty-second in the race.", "thirty-second", 32),
        ("It marked the fiftieth anniversary.", "fiftieth", 50),
    ],
)
def test_ordinals_past_the_twentieth_in_words(text, written, value):
    q = only(text)
    assert (q.span.text, q.value, q.kind) == (written, value, QuantityKind.ORDINAL)
    assert only("Twenty-one people came.").kind is QuantityKind.COUNT


def test_a_code_whose_hyphen_wikitext_spaces_is_no_figure():
    assert read("M - 188 is maintained by the state.").quantities == ()
    assert read("Russia lost an A - 50 aircraft.").quantities == ()
    assert [q.value for q in read("The score was 3 - 2.").quantities] == [3, 2]


def test_a_capital_k_after_one_digit_alone_names_a_thing():
    assert read("Watch it in 4K. She ran a 5K race.").quantities == ()
    assert [
        q.value for q in read("It cost $4K. About 50K came. We hired 2k staff.").quantities
    ] == [
        4000,
        50000,
        2000,
    ]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("It grew to 10 to the power of 6.", "10 to the power of 6", 1e6),
        ("There are ten to the power 9 cells.", "ten to the power 9", 1e9),
        ("A factor of 10 to the power of -3.", "10 to the power of -3", 1e-3),
        ("It is 10 to the 12th power.", "10 to the 12th power", 1e12),
    ],
)
def test_a_power_of_ten_in_words(text, written, value):
    q = only(text)
    assert (q.span.text, q.value) == (written, pytest.approx(value))


def test_ten_to_a_score_is_no_power():
    assert [q.value for q in read("They won 10 to the Lakers' 8.").quantities] == [10, 8]


@pytest.mark.parametrize(
    "text",
    [
        "BBC One first aired the special in 2008.",
        "He drove in Formula One for years.",
        "The president boarded Air Force One.",
    ],
)
def test_a_number_word_in_capitals_within_a_name_is_part_of_the_name(text):
    assert [q for q in read(text).quantities if q.kind is not QuantityKind.ORDINAL] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Russia Loses Three Ships In Battle", "Three"),  # a headline in capitals
        ("The race ended. Two men were hurt.", "Two"),  # a sentence's first word
        ("Of the men, Two were hurt.", "Two"),  # after a lower-case word
        ("Both lived in the U.S. Two men were hurt.", "Two"),  # after a stop
    ],
)
def test_a_number_word_in_capitals_outside_a_name_is_read(text, value):
    assert [q.span.text for q in read(text).quantities] == [value]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Italy secured a 2-1 win over Scotland.", ["2", "1"]),
        ("It ended in a 1-2 defeat.", ["1", "2"]),
        ("They earned a 3–0 home win.", ["3", "0"]),
    ],
)
def test_the_sides_of_a_score_are_figures_of_the_score_not_counts_of_wins(text, sides):
    quantities = read(text).quantities
    assert [(q.span.text, q.unit) for q in quantities] == [(side, "score") for side in sides]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The council approved it by a vote of six to one, then adjourned.", ["six", "one"]),
        ("Motion carries five to two, with two opposed.", ["five", "two"]),
        ("The board voted 2-5 against it.", ["2", "5"]),
        ("It passed on a 7–0 vote.", ["7", "0"]),
        ("The motion passes four to two.", ["four", "two"]),
        ("The commission approved the proposal 4-2, on one condition.", ["4", "2"]),
        # called aloud, as a meeting's transcript or minutes write it
        ("All in favor? That's six. Opposed? One, Member Lund.", ["six", "One"]),
        ("Ayes, 5; nays, 2.", ["5", "2"]),
        ("Those in favour: 4, against: 3.", ["4", "3"]),
    ],
)
def test_the_sides_of_a_vote_are_its_majority_and_minority(text, sides):
    first, second = read(text).quantities[:2]
    assert [first.span.text, second.span.text] == sides
    more, fewer = (first, second) if first.value > second.value else (second, first)
    assert (more.unit, fewer.unit) == ("majority votes", "minority votes")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The helicopter flew 72 times instead of five.", QuantityKind.COUNT),
        ("He was arrested three times.", QuantityKind.COUNT),
        ("He trains three times a week.", QuantityKind.COUNT),
        ("It is 72 times larger.", QuantityKind.MULTIPLIER),
        ("Its budget is three times that of Spain.", QuantityKind.MULTIPLIER),
        ("Prices rose 10 times.", QuantityKind.MULTIPLIER),
        ("Net leverage ended at 2.9 times.", QuantityKind.MULTIPLIER),
    ],
)
def test_times_count_occasions_unless_they_multiply(text, kind):
    assert read(text).quantities[0].kind is kind


def test_a_sum_said_after_its_figure_counts_no_noun():
    found = read("The run raised 14,200 and the auction 21,800, so 36,000 total.").quantities
    assert found[-1].unit is None


def test_a_range_of_a_counted_thing_after_a_vote_is_no_vote():
    (q,) = read("They voted to approve 5 to 10 new homes.").quantities
    assert (q.interval.lo, q.interval.hi, q.unit) == (5, 10, "homes")


def test_a_range_before_another_noun_is_no_score():
    (q,) = read("A 20-25 tonnes load.").quantities
    assert (q.interval.lo, q.interval.hi, q.unit) == (20, 25, "tonnes")


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("We are guarding each one of these passes.", []),
        ("No one was hurt in the crash.", []),
        ("Every one of them had left.", []),
        ("A covered business is one that sells data.", []),
        ("Two rooms, one with a view.", ["Two"]),
        ("One of them left.", ["One"]),
        ("He had one car.", ["one"]),
        ("The managing director of One.Tel denied it.", []),  # a name written with a dot
        ("He had one. Then more.", ["one"]),
    ],
)
def test_one_standing_for_a_noun_is_no_count(text, read_as):
    assert [q.span.text for q in read(text).quantities] == read_as


@pytest.mark.parametrize(
    "text", ["Bakery had a very good half.", "We launched 140 products in the half."]
)
def test_half_of_a_year_is_no_share(text):
    assert all(q.kind is not QuantityKind.FRACTION for q in read(text).quantities)


def test_half_of_something_is_a_share():
    assert only("About half of them are new.").kind is QuantityKind.FRACTION


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("A kibibyte is 8x2^10 bits.", "8x2^10", 8192.0),
        ("There are 2^10 of them.", "2^10", 1024.0),
        ("Give me -1e-3 W/min.", "-1e-3", -1e-3),
        ("The drift was −2.5×10^-4 a day.", "−2.5×10^-4", -2.5e-4),
    ],
)
def test_powers_of_another_base_and_signed_scientific_values(text, written, value):
    q = only(text)
    assert q.span.text == written and math.isclose(q.value, value)


@pytest.mark.parametrize(
    "text", ["It is 10^400 big.", "a ratio of 1e999", "10 to the power of 999"]
)
def test_a_power_no_float_holds_is_skipped_not_a_crash(text):
    reading = read(text)
    assert all(abs(q.value) < 1e300 for q in reading.quantities)
    assert "400" not in [q.span.text for q in reading.quantities]


@pytest.mark.parametrize(
    ("text", "written", "ends", "unit"),
    [
        ("They were given 44 mg to 50 mg of it.", "44 mg to 50", (44, 50), "mg"),
        ("They were given between 44 mg and 50 mg.", "between 44 mg and 50", (44, 50), "mg"),
        ("They were given between 44 mg to 50 mg.", "between 44 mg to 50", (44, 50), "mg"),
        ("Tickets cost $5-$7.", "$5-$7", (5, 7), "USD"),
        ("Temperatures ranged from -18 °C to -34 °C.", "-18 °C to -34", (-34, -18), "°C"),
        ("Readings varied from 7 to 10.", "7 to 10", (7, 10), None),
        ("It works at -78-0 degrees.", "-78-0", (-78, 0), "degrees"),
    ],
)
def test_ranges_with_a_unit_at_each_end_or_a_verb_of_range_are_one_range(text, written, ends, unit):
    q = only(text)
    assert (q.span.text, (q.interval.lo, q.interval.hi), q.unit) == (written, ends, unit)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The dose was cut from 50 mg to 44 mg.", ["50", "44"]),  # a change, not a range
        ("Prices rose from -5 to 10.", ["-5", "10"]),
        ("Its share rose 5% to 7%.", ["5%", "7%"]),
        ("It trailed 21 points to 14 points.", ["21", "14"]),  # falling: two figures
        ("It ended in a 1-2 defeat.", ["1", "2"]),  # the sides of a score
    ],
)
def test_a_change_or_falling_pair_of_one_unit_stays_two_figures(text, figures):
    assert [q.span.text for q in read(text).quantities] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("His children, aged seven and nine, were safe.", [7, 9]),
        ("We saw two & three of them.", [2, 3]),
        ("Three million, two hundred & forty, you say?", [3_000_240]),
        ("One hundred and five people came.", [105]),
    ],
)
def test_number_words_that_make_no_one_number_are_the_figures_they_list(text, figures):
    assert [q.value for q in read(text).quantities] == figures


@given(
    st.decimals(min_value=1, max_value="9.99", places=2, allow_nan=False),
    st.integers(min_value=-30, max_value=30),
    st.sampled_from(["{m}e{e}", "{m}×10^{e}", "{m} x 10^{e}"]),
    st.sampled_from(["", "-", "−"]),
)
def test_scientific_values_with_signs_round_trip(mantissa, exponent, form, sign):
    written = sign + form.format(m=mantissa, e=exponent)
    (q,) = read(f"The value was {written} in all.").quantities
    expected = float(mantissa) * 10.0**exponent * (-1 if sign else 1)
    assert q.span.text == written and math.isclose(q.value, expected)


def test_a_range_of_two_sums_each_with_its_sign_and_scale_is_one_range():
    q = only("It saves roughly $37K-$55K a year.")
    assert (q.span.text, q.interval.lo, q.interval.hi, q.unit) == (
        "roughly $37K-$55K",
        37_000,
        55_000,
        "USD",
    )


def test_two_counts_not_called_as_a_vote_are_no_sides():
    found = read("In favor of the plan were 40 residents, and 12 opposed it.").quantities
    assert [q.unit for q in found] == ["residents", "opposed"]


@pytest.mark.parametrize(
    ("text", "span", "lo", "hi"),
    [
        (
            "It has recovered to more than nine-tenths of its size.",
            "more than nine-tenths",
            0.9,
            0.95,
        ),
        ("More than half of them voted.", "More than half", 0.5, 0.75),
        ("Over a quarter of it is stored.", "Over a quarter", 0.25, 0.375),
        ("At least two-thirds of voters agreed.", "At least two-thirds", 2 / 3, 5 / 6),
        ("Less than half of it was spent.", "Less than half", 0.0, 0.5),
        ("About three quarters of them came.", "About three quarters", 0.675, 0.825),
        ("It is not more than half of it.", "not more than half", 0.0, 0.5),
        ("It may not cover more than half of it.", "more than half", 0.0, 0.5),
        ("Two-thirds of voters agreed.", "Two-thirds", 2 / 3, 2 / 3),
    ],
)
def test_a_fraction_in_words_keeps_its_qualifier(text, span, lo, hi):
    q = only(text)
    assert q.span.text == span
    assert math.isclose(q.interval.lo, lo) and math.isclose(q.interval.hi, hi)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Redline would run three fewer buses than Mapleway.", ["buses"]),
        ("Networks must deliver 100/20 Mbps.", ["mbps", "mbps"]),
        ("It runs 45 buses.", ["buses"]),
    ],
)
def test_a_count_counts_the_noun_past_a_comparative_or_a_paired_figure(text, units):
    assert [q.unit for q in read(text).quantities] == units


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Orders rose to 27% of sales from 24%, a 3-point gain.", QuantityKind.PERCENT_POINTS),
        ("The team had a 3-point lead at the break.", QuantityKind.COUNT),  # no percentage
        ("It scored 20 points, 27% of the total.", QuantityKind.COUNT),  # no change
    ],
)
def test_points_of_a_change_beside_a_percentage_are_percentage_points(text, kind):
    (q,) = [q for q in read(text).quantities if q.span.text in ("3", "20")]
    assert q.kind is kind


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("Signing by June 15 halves the fee to $3,000.", [("halves", 0.5), ("$3,000", 3000)]),
        ("It doubles its staff to 40.", [("doubles", 2.0), ("40", 40)]),
        ("The two halves of the game were close.", [("two halves", 1.0)]),
        ("The halves were close.", []),
    ],
)
def test_a_verb_of_multiplying_in_the_present_is_a_multiplier(text, read_as):
    assert [(q.span.text, q.value) for q in read(text).quantities] == read_as


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("It raised its quarterly dividend 2 cents to $0.36.", ["2", "$0.36"]),
        ("Prices rose to between $5 and $7.", ["between $5 and $7"]),
        ("Tickets cost $20 to $35.", ["$20 to $35"]),
    ],
)
def test_a_change_of_a_thing_named_before_its_figures_is_no_range(text, read_as):
    assert [q.span.text for q in read(text).quantities] == read_as


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Guidance is between $2.1 and $2.2 billion.", 2.1e9, 2.2e9),
        ("Guidance is $2.0 to $2.2 billion.", 2.0e9, 2.2e9),
        ("Capex is $500 million to $1.2 billion.", 5e8, 1.2e9),
        ("Tickets cost $20 to $35.", 20, 35),
        ("EBITDA of between two point one and two point two billion.", 2.1e9, 2.2e9),
        ("It has between 10 and 15 stores.", 10, 15),
    ],
)
def test_the_scale_of_a_range_is_given_to_the_end_that_writes_none(text, lo, hi):
    q = only(text)
    assert (q.interval.lo, q.interval.hi) == (lo, hi)


@pytest.mark.parametrize(
    ("text", "value"),
    [("from two point oh to three", 2.0), ("zero point five percent", 0.5), ("two point two", 2.2)],
)
def test_a_transcript_says_a_zero_after_the_point_as_oh(text, value):
    assert read(text).quantities[0].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a blood alcohol level of point oh five percent", 0.05),
        ("After a day, it's like point one.", 0.1),
        ("At that point one of them left.", 1.0),  # the noun
        ("I want to point one thing out.", 1.0),  # the verb
    ],
)
def test_a_decimal_said_aloud_may_begin_with_its_point(text, value):
    assert read(text).quantities[0].value == value


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A third reported getting under six hours.", QuantityKind.FRACTION),
        ("And a third said no.", QuantityKind.FRACTION),
        ("She won a third term.", QuantityKind.ORDINAL),
    ],
)
def test_a_share_that_does_something_is_no_rank(text, kind):
    assert read(text).quantities[0].kind is kind


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It came in at three dollars and five cents.", 3.05),
        ("It cost 4 dollars and 50 cents.", 4.5),
    ],
)
def test_a_price_in_dollars_and_cents_is_one_figure(text, value):
    q = only(text)
    assert (q.kind, q.unit, q.value) == (QuantityKind.MONEY, "USD", value)


@pytest.mark.parametrize(
    ("text", "span", "lo", "hi"),
    [
        ("It cuts costs by thirty to forty percent.", "thirty to forty percent", 30, 40),
        ("Growth of one to two percent.", "one to two percent", 1, 2),
    ],
)
def test_a_range_of_percentages_in_words_keeps_both_ends(text, span, lo, hi):
    q = only(text)
    assert (q.span.text, q.interval.lo, q.interval.hi) == (span, lo, hi)


def test_a_scale_word_a_rate_is_per_is_no_figure():
    q = only("Lead above 10 parts per billion must be shut off.")
    assert (q.span.text, q.unit) == ("above 10", "parts")


@pytest.mark.parametrize(
    ("text", "unit"), [("5 of our customers", "customers"), ("212 of their 260 units", None)]
)
def test_a_possessive_is_read_past_to_the_noun(text, unit):
    assert read(text).quantities[0].unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Ride time is up to thirty-four minutes from twenty-nine.", None),
        ("Ride time is up to thirty-four minutes.", "up to"),
        ("Wages are up to $22 an hour from $19.50.", None),
        ("Wages are up to $22 an hour.", "up to"),
    ],
)
def test_up_to_a_figure_from_another_is_a_level_reached_not_a_bound(text, qualifier):
    reading = read(text)
    first = min([*reading.quantities, *reading.durations], key=lambda x: x.span.start)
    assert first.qualifier == qualifier


def test_business_days_are_days_with_their_weekends():
    (d,) = read("Notify parents within 10 business days.").durations
    assert (d.days.lo, d.days.hi) == (10, 16)


def test_a_vote_written_to_nothing_has_its_side_of_none():
    sides = [(q.value, q.unit) for q in read("It's unanimous, seven to nothing.").quantities]
    assert sides == [(7, "majority votes"), (0, "minority votes")]
    assert [q.unit for q in read("Prices fell from seven to nothing.").quantities] == [None]


@pytest.mark.parametrize(
    ("text", "written", "qualifier"),
    [
        ("five or fewer employees", "five or fewer", "at most"),
        ("adults 65 or older", "65 or older", "at least"),
        ("at 10 or more locations", "10 or more", "at least"),
    ],
)
def test_a_bound_written_after_a_figure(text, written, qualifier):
    q = only(text)
    assert (q.span.text, q.qualifier) == (written, qualifier)


def test_a_bound_written_after_a_length():
    (d,) = read("areas with 10 or more days of smoke").durations
    assert (d.span.text, d.qualifier) == ("10 or more days", "at least")
