"""A text against its sources: rewordings agree, changed values are caught, with both spans."""

import json
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from seed import ARTICLE, ROOT

import claimcheck
import claimcheck.compare as compare_module
from claimcheck.compare.match import match
from claimcheck.compare.names import Vocabulary, unmentioned
from claimcheck.compare.values import values
from claimcheck.models import Status
from claimcheck.normalize import read
from claimcheck.statements.roles import parsed

SOURCE = (
    "Acme said on March 3, 2021 that revenue reached $1.2bn in Q4 2020, up 14.8% on the year, "
    "and that it now employs 3 engineers in Oslo. The trial lasts 14 days. Sales rose last year."
)


def verdicts(text, sources=(SOURCE,), **kw):
    report = claimcheck.check(text, sources=list(sources), config=claimcheck.Config(), **kw)
    return {
        (f.spans[0].text, f.rule, f.status) for f in report.findings if f.rule.startswith("CC7")
    }, report


@pytest.mark.parametrize(
    ("reworded", "kind"),
    [
        ("Acme has three engineers in Oslo.", "three"),
        ("Revenue hit 1,200 million dollars in the quarter.", "1,200 million"),
        ("Revenue was high in the fourth quarter of 2020.", "the fourth quarter of 2020"),
        ("Revenue grew about 15% on the year.", "about 15%"),
        ("The trial lasts two weeks.", "two weeks"),
    ],
)
def test_rewordings_are_consistent(reworded, kind):
    found, _ = verdicts(reworded)
    assert (kind, "CC701", Status.CONSISTENT) in found
    assert not any(status is Status.INCONSISTENT for _, _, status in found)


def test_last_year_resolves_against_the_publication_date():
    found, _ = verdicts("Sales rose in 2020.", published=date(2021, 3, 3))
    assert ("2020", "CC701", Status.CONSISTENT) in found


def test_contradicted_figure_cites_both_spans():
    found, report = verdicts("Revenue reached $1.5bn in Q4 2020.")
    assert ("$1.5bn", "CC701", Status.INCONSISTENT) in found
    (f,) = [f for f in report.findings if f.spans[0].text == "$1.5bn"]
    (evidence,) = f.sources
    assert (evidence.source, evidence.text) == (0, "$1.2bn")
    assert SOURCE[evidence.start : evidence.end] == "$1.2bn"


def test_contradicted_date():
    found, _ = verdicts("Revenue reached $1.2bn in Q3 2020.")
    assert ("Q3 2020", "CC701", Status.INCONSISTENT) in found


def test_unsupported_figure_is_a_warning():
    found, report = verdicts("Acme plans 250 new stores.")
    assert ("250", "CC702", Status.INCONSISTENT) in found
    assert all(f.severity.value == "warning" for f in report.findings if f.rule == "CC702")


def test_two_sources_each_support_their_own_figure():
    other = "Acme opened 40 stores in Norway."
    found, report = verdicts("Acme has 3 engineers and 40 stores.", sources=(SOURCE, other))
    assert {("3", "CC701", Status.CONSISTENT), ("40", "CC701", Status.CONSISTENT)} <= found
    sources_cited = {s.source for f in report.findings for s in f.sources}
    assert sources_cited == {0, 1}


def test_what_is_not_compared_is_listed():
    _, report = verdicts("It was the first of thousands of such deals.")
    assert {s.span.text for s in report.coverage.not_compared} >= {"thousands"}


def test_year_less_dates_compare_by_month_and_day():
    found, _ = verdicts(
        "They meet at the station on June 25th.",
        sources=("Let's meet at the station on June 26th, at noon.",),
    )
    assert ("June 25th", "CC701", Status.INCONSISTENT) in found


def test_same_qualifier_with_another_number_is_not_support():
    found, _ = verdicts(
        "Revenue may grow by up to 50% a year.", sources=("Revenue may grow by up to 30% a year.",)
    )
    assert ("up to 50%", "CC701", Status.INCONSISTENT) in found


def test_an_upper_bound_states_its_figure_as_the_peak():
    found, _ = verdicts(
        "Clients saw revenue rise by up to 50%.", sources=("Clients saw a 30% rise in revenue.",)
    )
    assert ("up to 50%", "CC701", Status.INCONSISTENT) in found
    found, _ = verdicts(
        "Clients saw revenue rise by up to 30%.", sources=("Clients saw a 30% rise in revenue.",)
    )
    assert ("up to 30%", "CC701", Status.CONSISTENT) in found


def test_a_figure_must_lie_in_what_the_other_states_not_just_overlap_it():
    # Read as rounded, "32,000" reaches up to 32,500 and "32,500" down to 32,450.
    found, _ = verdicts(
        "The EU told its 32,500 staff to delete the app.",
        sources=("The EU told its 32,000 staff to delete the app.",),
    )
    assert ("32,500", "CC701", Status.INCONSISTENT) in found
    found, _ = verdicts(
        "The EU told its 32,000 staff to delete the app.",
        sources=("The EU told its 32,012 staff to delete the app.",),
    )
    assert ("32,000", "CC701", Status.CONSISTENT) in found


def test_qualifiers_that_mean_the_same_agree():
    found, _ = verdicts(
        "It left over 50 people missing.", sources=("It left more than 50 people missing.",)
    )
    assert ("over 50", "CC701", Status.CONSISTENT) in found


@pytest.mark.parametrize(
    ("written", "status", "rule"),
    [
        ("7:55 PM", Status.INCONSISTENT, "CC701"),
        ("18:55", Status.CONSISTENT, "CC701"),
        ("6:55 pm", Status.CONSISTENT, "CC701"),
    ],
)
def test_times_of_day_are_compared_on_a_twelve_hour_dial(written, status, rule):
    found, _ = verdicts(
        f"The train leaves at 1:34 PM and reaches Bedford at {written}.",
        sources=("The train leaves at 1:34 PM and reaches Bedford at 6:55 PM.",),
    )
    assert (written, rule, status) in found


def test_a_time_no_source_has_is_unsupported():
    found, _ = verdicts("They meet at 5:55.", sources=("They meet at noon.",))
    assert ("5:55", "CC702", Status.INCONSISTENT) in found


def test_a_figure_per_another_period_differs():
    source = "It saves 200 man-hours per month and costs $499 per month."
    found, _ = verdicts("It saves 200 man-hours per week.", sources=(source,))
    assert ("200", "CC701", Status.INCONSISTENT) in found
    found, _ = verdicts("It costs $499 monthly.", sources=(source,))
    assert ("$499", "CC701", Status.CONSISTENT) in found


def test_a_rise_is_not_a_fall_of_the_same_size():
    found, _ = verdicts(
        "Clients report a 50% increase in productivity and a 35% reduction in lead times.",
        sources=(
            "Clients report a 35% increase in productivity and a 50% reduction in lead times.",
        ),
    )
    assert {("50%", "CC701", Status.INCONSISTENT), ("35%", "CC701", Status.INCONSISTENT)} <= found


def test_ordinal_periods_differ_by_their_unit():
    found, _ = verdicts(
        "Get a 10% discount on the first quarter of your subscription.",
        sources=("Get a 10% discount on the first year of your subscription.",),
    )
    assert ("first", "CC701", Status.INCONSISTENT) in found


def _documents():
    sample = ROOT / "tests" / "data" / "summedits_sample.jsonl"
    docs = {json.loads(line)["doc"] for line in sample.read_text().splitlines()}
    return [ARTICLE, *sorted(docs)]


def test_a_text_checked_against_itself_has_nothing_contradicted_or_missing():
    def arbiter(value, candidates):
        raise AssertionError("the text's own span always fits best; nothing to ask")

    for doc in _documents():
        reading = read(doc)
        own = [values(reading, doc, source=True)]
        matched = [match(v, own, arbiter) for v in values(reading, doc)]
        assert all(m is None or m.status == "supported" for m in matched), doc[:60]
        assert list(unmentioned(doc, reading, parsed(doc), Vocabulary([doc]))) == [], doc[:60]


def test_a_date_without_a_year_compares_with_a_source_that_has_one():
    source = ("Troops left for Poland on 3 May 2024 and returned in June 2024.",)
    found, _ = verdicts("Troops left for Poland on 3 May.", sources=source)
    assert ("3 May", "CC701", Status.CONSISTENT) in found
    found, _ = verdicts("Troops left for Poland on 4 May.", sources=source)
    assert ("4 May", "CC701", Status.INCONSISTENT) in found


def test_a_less_precise_source_date_does_not_contradict_nor_support():
    found, _ = verdicts(
        "They returned on 5 June 2024.", sources=("They returned in June 2024, said the army.",)
    )
    assert found == {("5 June 2024", "CC702", Status.INCONSISTENT)}


def _verdict(text, source):
    def arbiter(value, candidates):
        raise AssertionError("one candidate each: nothing to ask")

    (v,) = [v for v in values(read(text), text) if v.kind == "count"]
    m = match(v, [values(read(source), source, source=True)], arbiter)
    return m.status if m else None


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1_000, max_value=10**9))
@example(5_000)
def test_a_count_rewritten_or_rounded_is_supported_and_a_doubled_one_contradicted(n):
    source = f"The firm employs {n:,} people in its plants."
    assert _verdict(f"The firm employs {n} people in its plants.", source) == "supported"
    rounded = round(n, -(len(str(n)) - 2))  # two significant digits
    about = f"The firm employs about {rounded:,} people in its plants."
    assert _verdict(about, source) == "supported"
    if n >= 10_000_000:
        millions = f"The firm employs about {n / 1e6:.1f} million people in its plants."
        assert _verdict(millions, source) == "supported"
    # Doubled and written to the unit: a round "10,000" is read as rounded to the ten
    # thousand, 5,000 to 15,000, and so would hold a source's 5,000.
    doubled = f"The firm employs {2 * n + 1:,} people in its plants."
    assert _verdict(doubled, source) == "contradicted"


def test_a_source_is_read_once_for_all_the_texts_checked_against_it(monkeypatch):
    read_texts = []

    def counting_read(text, published=None, dayfirst=None, locale=None):
        read_texts.append(text)
        return read(text, published, dayfirst, locale)

    monkeypatch.setattr(compare_module, "read", counting_read)
    source = "A source used by this test only: the plant employs 4,321 people."
    for text in ("The plant employs 4,321 people.", "It has 4,321 staff."):
        found, _ = verdicts(text, sources=(source,))
        assert ("4,321", "CC701", Status.CONSISTENT) in found
    assert read_texts.count(source) == 1


def test_an_upper_bound_in_a_source_does_not_hold_every_smaller_figure():
    source = "Save up to $2,000 a month on lighting. Plans start at $300 a month."
    found, _ = verdicts("Plans start at $500 a month.", sources=(source,))
    assert ("$500", "CC701", Status.INCONSISTENT) in found


def test_the_kept_source_indexes_are_bounded_by_their_size():
    kept = compare_module._Kept(limit=100)
    first, second = ("a" * 60,), ("b" * 60,)
    kept.get((first, None, None, None))
    kept.get((second, None, None, None))  # 120 characters: the least recently used list is dropped
    assert list(kept.entries) == [(second, None, None, None)] and kept.size == 60


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        # a fraction and a percentage are one share
        ("Roughly 50% would pay more.", "About half would pay more.", "Roughly 50%"),
        ("About a third of revenue is cloud.", "Cloud is 33% of revenue.", "About a third"),
        # hundredths in their whole unit
        ("The dividend rises to $0.45 a share.", "The dividend rises to 45 cents.", "$0.45"),
        (
            "Margin grew 1.5 percentage points.",
            "It grew 150 basis points.",
            "1.5 percentage points",
        ),
        # a bare figure after money in its sentence is money
        (
            "Funding was £400k more.",
            "It got 3.2 million pounds, 400,000 more than before.",
            "£400k",
        ),
        ("Sales hit $5m, up from 4.2 million.", "Sales: $5m, from $4.2m.", "4.2 million"),
        # a bare figure after a percentage is a percentage, in the text and in the source
        ("Errors fell from 21% to about 17.", "Errors: 21% before, 17% after.", "about 17"),
        ("Accuracy rose to 62% from 58%.", "It got 62% accuracy. That's up from 58 before?", "58%"),
        # a call's large bare figure supports money that names its currency
        ("Revenue passed $40 million.", "Revenue? We crossed 40 million last year.", "$40 million"),
        # and one written with cents
        ("The unit cost is €9.70.", "Anna: That gives us 9.70 per unit.", "€9.70"),
        # 'doubled' and a rise of 100%; '4.3 out of 5' and its two figures
        ("Revenue rose 100% to $840M.", "Revenue doubled, to $840 million.", "100%"),
        ("It was rated 4.3/5.", "It was rated 4.3 out of 5.", "4.3"),
        # 'points' that a percentage changed by
        (
            "Margin fell 0.6 percentage points.",
            "Margin fell 60 basis points to 18%.",
            "0.6 percentage points",
        ),
        ("Margin fell 0.6 points to 18.4%.", "Margin fell 60 basis points to 18.4%.", "0.6"),
        # times of day said aloud, and a small amount after money
        ("The bus leaves at 8:15.", "The bus leaves at a quarter past eight.", "8:15"),
        ("Be here by 8:00.", "So be here by eight.", "8:00"),
        ("They return at about 4:30.", "We'll be back around four thirty.", "4:30"),
        ("It ends at 8:45.", "It ends at a quarter to nine.", "8:45"),
        ("It rises to €1.10 from €1.00.", "A dividend of 1.10 euros, up from 1.00.", "€1.00"),
    ],
)
def test_a_value_written_another_way_is_supported(text, source, value):
    found, _ = verdicts(text, sources=(source,))
    assert (value, "CC701", Status.CONSISTENT) in found
    assert not any(status is Status.INCONSISTENT for _, _, status in found)


def test_a_value_read_another_way_in_a_source_contradicts_nothing():
    def contradicted(text, source):
        found, _ = verdicts(text, sources=(source,))
        return {v for v, rule, status in found if rule == "CC701" and status is Status.INCONSISTENT}

    assert contradicted("Cloud is 40% of revenue.", "Cloud is half of revenue.") == set()
    assert contradicted("Cloud is a third of revenue.", "Cloud is half of revenue.") == {"a third"}


def test_a_year_earlier_says_when_not_how_long():
    found, _ = verdicts(
        "EPS was $2.15 versus $1.90 a year earlier.",
        sources=("EPS was $2.15, against $1.90 in the prior-year quarter.",),
    )
    assert not any(status is Status.INCONSISTENT for _, _, status in found)


def test_a_source_value_the_sentence_states_elsewhere_is_no_rival():
    source = "She has run seven marathons since then, including Boston twice."
    found, _ = verdicts("She has run seven marathons since, two in Boston.", sources=(source,))
    assert not any(status is Status.INCONSISTENT for _, _, status in found)
    found, _ = verdicts("She has run two marathons since then, in Boston.", sources=(source,))
    assert ("two", "CC701", Status.INCONSISTENT) in found


@pytest.mark.parametrize("went", ["down", "slipped", "fell"])
def test_a_change_that_went_the_other_way_is_contradicted(went):
    source = f"Revenue was $2.1 billion, {went} 3 percent."
    found, report = verdicts("Revenue rose 3% to $2.1 billion.", sources=(source,))
    assert ("3%", "CC701", Status.INCONSISTENT) in found
    (f,) = [f for f in report.findings if f.spans[0].text == "3%"]
    assert "went up, the source down" in f.message + (f.computation or "")
    found, _ = verdicts("Revenue fell 3% to $2.1 billion.", sources=(source,))
    assert not any(status is Status.INCONSISTENT for _, _, status in found)


def test_a_year_is_about_a_year_not_six_months():
    found, _ = verdicts("Support is free for six months.", sources=("Support is free for a year.",))
    assert ("six months", "CC701", Status.CONSISTENT) not in found
    found, _ = verdicts("Support is free for 12 months.", sources=("Support is free for a year.",))
    assert ("12 months", "CC701", Status.CONSISTENT) in found


def test_a_price_per_year_is_no_length_of_a_year():
    source = "The plan is $1,200 a year, with free support for the first 6 months."
    found, _ = verdicts("Support is free for six months.", sources=(source,))
    assert found == {("six months", "CC701", Status.CONSISTENT)}


def test_no_in_a_phrase_beside_the_value_denies_nothing():
    source = "We add premium support at no charge for the first 6 months."
    found, _ = verdicts("Premium support is free for six months.", sources=(source,))
    assert ("six months", "CC701", Status.CONSISTENT) in found
    found, _ = verdicts("There is a 10% discount.", sources=("There is no 10% discount.",))
    assert ("10%", "CC701", Status.INCONSISTENT) in found


def test_a_year_counted_from_another_is_supported():
    source = "Guest: I joined in 1998, when I was 17. We toured for the first time two years later."
    found, _ = verdicts("The guest joined in 1998 and first toured in 2000.", sources=(source,))
    assert ("2000", "CC701", Status.CONSISTENT) in found
    found, _ = verdicts("The guest joined in 1998 and first toured in 2001.", sources=(source,))
    assert ("2001", "CC701", Status.CONSISTENT) not in found


def test_a_length_and_a_time_later_are_different_roles():
    source = "We toured two years later, playing forty shows in three months."
    found, _ = verdicts("They played 40 shows over three months.", sources=(source,))
    assert ("over three months", "CC701", Status.CONSISTENT) in found
    found, _ = verdicts("They played 40 shows over two years.", sources=(source,))
    assert ("over two years", "CC701", Status.INCONSISTENT) not in found


def test_a_rounded_percentage_of_a_qualified_share_is_supported():
    found, _ = verdicts(
        "The drug cut the rate by around 33%.", sources=("It cut the rate by roughly a third.",)
    )
    assert ("around 33%", "CC701", Status.CONSISTENT) in found
    found, _ = verdicts(
        "The drug cut the rate by around 40%.", sources=("It cut the rate by roughly a third.",)
    )
    assert ("around 40%", "CC701", Status.CONSISTENT) not in found


def test_a_time_said_aloud_contradicts_nothing():
    found, _ = verdicts("The bus leaves at 9:15.", sources=("It leaves at a quarter past eight.",))
    assert ("9:15", "CC701", Status.CONSISTENT) not in found


def test_the_following_year_is_a_year_counted_from_another():
    source = "Fourteen wolves came in 1995, and seventeen more the following year."
    found, _ = verdicts("Wolves were brought in 1995 and 1996.", sources=(source,))
    assert ("1996", "CC701", Status.CONSISTENT) in found
    found, _ = verdicts("Wolves were brought in 1995 and 1997.", sources=(source,))
    assert ("1997", "CC702", Status.INCONSISTENT) in found


def test_a_year_of_accounts_supports_its_calendar_year():
    source = "Looking ahead to fiscal 2024, we expect organic sales growth of 3% to 5%."
    found, _ = verdicts("For 2024 the company guides to 3-5% organic growth.", sources=(source,))
    assert ("2024", "CC701", Status.CONSISTENT) in found
    assert ("2024", "CC702", Status.INCONSISTENT) not in found  # nor as a count
    found, _ = verdicts("For 2025 the company guides to 3-5% organic growth.", sources=(source,))
    assert ("2025", "CC702", Status.INCONSISTENT) in found


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        (
            "Inventories have fallen to about ten weeks from sixteen.",
            "Inventory is down to about ten weeks, from sixteen weeks at the start of the year.",
            "sixteen",
        ),
        (
            "There is a 10-year workmanship warranty and 12 years of inverter coverage.",
            "Our workmanship warranty is ten years, and the inverters are covered for twelve.",
            "12 years",
        ),
    ],
)
def test_a_bare_figure_after_a_length_is_in_its_unit(text, source, value):
    found, _ = verdicts(text, sources=(source,))
    assert (value, "CC701", Status.CONSISTENT) in found


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        (
            "Grants are capped at $25 million per project.",
            "A grant under this section may not exceed $25,000,000 for any single project.",
            "$25 million",
        ),
        (
            "To stay under the €12.50 cost target, the team chose plastic.",
            "Our price is 25 euros, and the production cost can't go above 12.50.",
            "€12.50",
        ),
    ],
)
def test_a_negated_verb_of_passing_a_figure_bounds_it(text, source, value):
    # 'may not exceed' had been read as a denial of the figure, so its restatement was
    # contradicted
    found, _ = verdicts(text, sources=(source,))
    assert (value, "CC701", Status.CONSISTENT) in found
    found, _ = verdicts("Sales rose 5% in May.", sources=("Sales did not rise 5% in May.",))
    assert ("5%", "CC701", Status.INCONSISTENT) in found


def test_a_vaguer_source_date_in_the_same_role_keeps_another_date_from_contradicting():
    source = "The pool would reopen on June 15 if the work starts in February. We need staff."
    found, _ = verdicts("It reopens 15 June if work starts in early February.", sources=(source,))
    assert ("early February", "CC701", Status.INCONSISTENT) not in found
    found, _ = verdicts("It reopens 15 June if work starts in early March.", sources=(source,))
    assert ("early March", "CC701", Status.INCONSISTENT) in found


def test_a_rounded_figure_in_a_unit_is_rounded_in_that_unit():
    # 'about 16 grams' had been taken as 'around 19 grams' rounded: 0.016 kg and 0.019 kg lie
    # within half a unit of each other once compared in kilograms
    source = "The average adult eats around 19 grams. Revenue came to roughly $1.23 billion."
    found, _ = verdicts("The average adult eats only about 16 grams.", sources=(source,))
    assert ("about 16", "CC701", Status.INCONSISTENT) in found
    found, _ = verdicts("Revenue was about $1.2bn.", sources=(source,))
    assert ("about $1.2bn", "CC701", Status.CONSISTENT) in found


def test_a_signed_percentage_is_a_fall():
    source = "For fiscal 2024 we expect comparable sales between down 1% and up 1%."
    found, _ = verdicts("It guides to comparable sales between -1% and +1%.", sources=(source,))
    assert ("-1%", "CC701", Status.CONSISTENT) in found
    rise = "For fiscal 2024 we expect comparable sales between up 1% and up 3%."
    found, _ = verdicts("It guides to comparable sales between -1% and +3%.", sources=(rise,))
    assert ("-1%", "CC701", Status.INCONSISTENT) in found


def test_a_count_of_a_noun_ends_what_money_carries_to_a_bare_figure():
    source = (
        "We expect EPS of $5.00 to $5.40. We ended the year with 1,146 stores, "
        "and sales of $3.05 billion."
    )
    text = (
        "It guides to EPS of $5.00-$5.40, and plans 15 new stores after ending the year with 1,146."
    )
    found, _ = verdicts(text, sources=(source,))
    assert ("1,146", "CC701", Status.CONSISTENT) in found


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        (
            "The US recommends roughly 25g a day for women and 38g for men.",
            "In the US it's about 25 grams for women and 38 for men.",
            "38",
        ),
        (
            "Supplement users lost about 2 kg, while plant eaters lost closer to 3 kg.",
            "People lost about 2 kilograms, but those who ate more plants lost closer to 3.",
            "3",
        ),
        (
            "They cut page load from 4.2s to under 2.5s.",
            "Page load on mobile is at 4.2 seconds and the target is under 2.5.",
            "2.5s",
        ),
    ],
)
def test_a_bare_figure_after_a_measure_is_in_its_unit(text, source, value):
    found, _ = verdicts(text, sources=(source,))
    assert (value, "CC701", Status.CONSISTENT) in found


def test_an_age_written_as_a_length_is_no_length():
    source = "Our current sensors are nine years old. The new sensor has a 5-year warranty."
    found, _ = verdicts("The practice has nine-year-old sensors.", sources=(source,))
    assert not any(rule == "CC701" and status == Status.INCONSISTENT for _, rule, status in found)


def test_a_source_date_placed_only_after_the_dates_before_it_does_not_contradict():
    # 'last year' after 'fiscal 2023', with no publication date, is a guess at a year
    source = "Welcome to the fiscal 2023 call. EPS was $5.10, compared with $5.48 last year."
    dates = {v.span.text: v for v in values(read(source), source, source=True) if v.kind == "date"}
    assert dates["last year"].may_contradict is False
    assert dates["fiscal 2023"].may_contradict is True


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Margin was about 16%.", Status.INCONSISTENT),  # the source's 17% is 'about 17%'
        ("Margin was about 15%.", Status.CONSISTENT),  # rounded to the five
        ("Headcount was about 4,000.", Status.CONSISTENT),  # to the thousand
        ("Headcount was around 4,100.", Status.CONSISTENT),  # to the hundred
        ("Margin rose about 50%.", Status.INCONSISTENT),  # 44% is not about 50%
    ],
)
def test_an_approximate_figure_is_an_exact_one_rounded_to_its_last_digit(text, status):
    source = "Margin was 17%. Headcount was 4,147. Margin rose 44%."
    found, _ = verdicts(text, sources=(source,))
    assert [s for _, rule, s in found if rule == "CC701"] == [status]


def test_a_bare_figure_after_money_is_also_read_as_a_count():
    source = "We ended with 2,340 customers paying us more than $100,000 a year, up from 1,980."
    text = "Customers paying more than $100,000 a year rose to 2,340 from 1,980."
    found, _ = verdicts(text, sources=(source,))
    assert ("2,340", "CC701", Status.CONSISTENT) in found
    assert not any(s == Status.INCONSISTENT for _, _, s in found)


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        (
            "Sales are averaged over the prior three years.",
            "Sales are averaged over the 3 preceding years.",
            "three years",
        ),
        (
            "Beginning farmers may get five extra percentage points.",
            "The rate may rise by an additional 5 percentage points.",
            "five extra percentage points",
        ),
    ],
)
def test_a_word_between_a_figure_and_its_unit(text, source, value):
    found, _ = verdicts(text, sources=(source,))
    assert (value, "CC701", Status.CONSISTENT) in found


@pytest.mark.parametrize(
    ("text", "value", "status"),
    [
        # '31 sites in the UK and two in Ireland' are 33 sites
        ("It employs staff at 33 sites.", "33", Status.CONSISTENT),
        ("It employs staff at 35 sites.", "35", Status.INCONSISTENT),
        # '198 million pounds, up from 176 million' is a rise of £22m
        ("Profit rose to £198m from £176m, a £22m increase.", "£22m", Status.CONSISTENT),
        # '94% of doses, up from 81%' is a rise of 13 percentage points
        ("Scanning covers 94% of doses, up 13 points.", "13", Status.CONSISTENT),
    ],
)
def test_a_sum_or_difference_the_source_leaves_to_its_reader(text, value, status):
    source = (
        "Profit was 198 million pounds, up from 176 million. "
        "We work across 31 sites in the UK and two in Ireland. "
        "Scanning is now used in 94% of doses, up from 81% in June."
    )
    found, _ = verdicts(text, sources=(source,))
    assert (value, "CC701", status) in found


def test_a_difference_the_source_leaves_to_its_reader_only_supports():
    source = "Scanning is now used in 94% of doses, up from 81% in June."
    found, _ = verdicts("Scanning covers 94% of doses, up 12 points.", sources=(source,))
    assert ("12", "CC702", Status.INCONSISTENT) in found


def test_a_bare_figure_soon_after_a_price_may_be_money():
    source = "The agency charges 22.50 an hour per worker, up from 21 last year."
    found, _ = verdicts("The rate is $22.50 an hour, up from $21.", sources=(source,))
    assert ("$21", "CC701", Status.CONSISTENT) in found
    found, _ = verdicts("The rate is $22.50 an hour, up from $20.", sources=(source,))
    assert ("$20", "CC702", Status.INCONSISTENT) in found


def test_a_bare_figure_before_to_and_a_length_is_in_its_unit():
    source = "The new system has cut average pick time from 42 seconds to 31."
    found, _ = verdicts("It cut pick time from 42 to 31 seconds.", sources=(source,))
    assert ("42", "CC701", Status.CONSISTENT) in found
    found, report = verdicts("It cut pick time from 45 to 31 seconds.", sources=(source,))
    (wrong,) = [f for f in report.findings if f.spans[0].text == "45"]  # one finding, in seconds
    assert (wrong.status, wrong.sources[0].text) == (Status.INCONSISTENT, "42 seconds")


def test_a_bare_sum_after_money_is_money_in_a_source():
    source = "The run raised 14,200 dollars and the auction 21,800, so 36,000 total."
    found, _ = verdicts("Fundraising brought in $36K in total.", sources=(source,))
    assert ("$36K", "CC701", Status.CONSISTENT) in found


def test_a_count_of_occasions_is_a_count():
    source = "Ingenuity was meant to make five flights and ended up making 72."
    found, _ = verdicts("The helicopter flew 72 times, not five.", sources=(source,))
    assert ("72 times", "CC701", Status.CONSISTENT) in found


def test_a_bare_figure_per_month_may_be_a_price():
    source = "It is 85 dollars per device per month. With six devices that's 510 a month."
    found, _ = verdicts("Six devices cost $510 a month.", sources=(source,))
    assert ("$510", "CC701", Status.CONSISTENT) in found


def test_an_undecided_pick_goes_to_the_value_of_the_same_measure():
    source = (
        "An individual is eligible after at least 180 days of active duty. Priority goes to "
        "programs that place participants in jobs within 90 days of completion."
    )
    found, _ = verdicts("Veterans need at least 90 days of active duty.", sources=(source,))
    assert ("at least 90 days", "CC701", Status.INCONSISTENT) in found


def test_a_number_that_names_which_one_is_judged_only_against_another():
    source = "Scope one and two emissions fell. The drug is in a Phase 2 trial."
    found, _ = verdicts("Scope 1 and 2 emissions fell.", sources=(source,))
    # the source spells it out: 'one and two' are read, so '1' is supported or not judged
    assert not [f for f in found if f[0] == "1" and f[2] is not Status.CONSISTENT]
    found, _ = verdicts("The drug is in a Phase 3 trial.", sources=(source,))
    assert ("3", "CC701", Status.INCONSISTENT) in found


def test_parts_of_one_whole_play_one_role():
    source = "Six of the 14 shuttles are electric now. We'll replace four more buses."
    found, _ = verdicts("Seven of the 14 campus shuttles are now electric.", sources=(source,))
    assert ("Seven", "CC701", Status.INCONSISTENT) in found
    found, _ = verdicts("Six of the 14 campus shuttles are now electric.", sources=(source,))
    assert ("Six", "CC701", Status.CONSISTENT) in found


def test_a_side_of_a_vote_is_compared_with_that_side():
    source = "The route adds six new stops. Motion carries five to two."
    found, _ = verdicts("The council approved it by a vote of six to one.", sources=(source,))
    assert ("six", "CC701", Status.INCONSISTENT) in found  # not the six stops
    found, _ = verdicts("The council approved the route 5-2.", sources=(source,))
    assert {("5", "CC701", Status.CONSISTENT), ("2", "CC701", Status.CONSISTENT)} <= set(found)
    # the sides are compared whatever nouns the parse hangs them on
    source = "All in favor? That's three. Opposed? One. The motion passes 3 to 1."
    found, _ = verdicts("It recommended approval by a vote of three to two.", sources=(source,))
    assert ("two", "CC701", Status.INCONSISTENT) in found


def test_a_quarter_a_value_is_in_is_when_it_holds_not_what_it_measures():
    source = (
        "Return on average assets was 1.18% for the quarter. Net charge-offs were 0.31% of "
        "average loans, compared with 0.27% in the third quarter."
    )
    text = "Net charge-offs rose to 0.31% of average loans from 0.21% in the third quarter."
    report = claimcheck.check(text, sources=[source], config=claimcheck.Config(base_url=None))
    (finding,) = [f for f in report.findings if f.status is Status.INCONSISTENT]
    assert finding.message.endswith("says: '0.27%'")  # not the return on assets


@pytest.mark.parametrize(
    ("text", "value", "rule", "status"),
    [
        ("Error rates were cut in half to 0.4%.", "half", "CC701", Status.CONSISTENT),
        ("Error rates fell 50% to 0.4%.", "50%", "CC701", Status.CONSISTENT),
        ("Error rates were cut by a third to 0.4%.", "a third", "CC701", Status.INCONSISTENT),
    ],
)
def test_the_share_a_change_is_by_is_compared_with_changes_not_levels(text, value, rule, status):
    # 'cut in half' is no level of 50% against the source's 0.8%
    found, _ = verdicts(text, sources=("Error rates halved, from 0.8% to 0.4%.",))
    assert (value, rule, status) in found


@pytest.mark.parametrize(
    ("text", "value", "rule", "status"),
    [
        ("Revenue rose 25% to $150 million.", "25%", "CC701", Status.CONSISTENT),
        ("Revenue rose by a quarter.", "a quarter", "CC701", Status.CONSISTENT),
        ("Error rates were cut in half.", "half", "CC701", Status.CONSISTENT),
        ("Revenue rose 30% to $150 million.", "30%", "CC702", Status.INCONSISTENT),
    ],
)
def test_a_change_in_percent_the_source_leaves_to_its_reader(text, value, rule, status):
    source = (
        "Revenue rose from 120 million dollars to 150 million dollars. "
        "Error rates went from 0.8% to 0.4%."
    )
    found, _ = verdicts(text, sources=(source,))
    assert (value, rule, status) in found


def test_a_change_the_source_leaves_to_its_reader_holds_no_level():
    source = "We will resurface 38 miles of road, compared with 31 last year."
    found, _ = verdicts("It will resurface 23% more road.", sources=(source,))
    assert ("23%", "CC701", Status.CONSISTENT) in found
    found, _ = verdicts("The state pays about 25 percent of the cost.", sources=(source,))
    assert ("about 25 percent", "CC702", Status.INCONSISTENT) in found  # no rise of 23%


def test_half_of_one_unit_written_with_a():
    source = "Storage grew to 10 gigawatts, up from less than half a gigawatt in 2020."
    found, _ = verdicts("Storage grew from under 0.5 GW in 2020.", sources=(source,))
    assert ("under 0.5", "CC701", Status.CONSISTENT) in found
    found, _ = verdicts("Storage grew from under 0.8 GW in 2020.", sources=(source,))
    assert [status for text, _, status in found if text == "under 0.8"] == [Status.INCONSISTENT]


def test_a_lower_bound_holds_no_other_figure_above_it():
    source = "Upload speeds must be at least 20 megabits per second."
    found, _ = verdicts("Uploads must reach 25 megabits per second.", sources=(source,))
    assert ("25", "CC701", Status.INCONSISTENT) in found
    found, _ = verdicts("Uploads must reach 20 megabits per second.", sources=(source,))
    assert ("20", "CC701", Status.CONSISTENT) in found


def test_a_round_source_figure_holds_only_text_figures_near_it():
    source = "The race has 10,000 metres of climbing and a 15% grade."
    found, _ = verdicts("It has 12,000 metres of climbing.", sources=(source,))
    assert ("12,000", "CC701", Status.INCONSISTENT) in found
    found, _ = verdicts("It has a 14.8% grade.", sources=(source,))
    assert ("14.8%", "CC701", Status.CONSISTENT) in found
    ranged = "It saves roughly 180,000 to 275,000 a year."  # a range holds both its ends
    found, _ = verdicts("It saves $180,000 to $275,000 a year.", sources=(ranged,))
    assert ("$180,000 to $275,000", "CC701", Status.CONSISTENT) in found
    found, _ = verdicts("At best it saves $275,000 a year.", sources=(ranged,))
    assert ("$275,000", "CC701", Status.CONSISTENT) in found


def test_an_approximate_share_in_words_against_a_share():
    source = "We launched 140 products, about a third of them plant-based."
    found, _ = verdicts("It launched 140 products, roughly a third plant-based.", sources=(source,))
    assert ("roughly a third", "CC701", Status.CONSISTENT) in found


def test_a_figure_orders_of_magnitude_away_is_another_measure_when_one_fits():
    source = (
        "Capital expenditures for the year should come in between $520 million and $560 "
        "million, down from our earlier range of $600 million to $650 million, because we are "
        "buying fewer trucks. For the full year we now expect adjusted EPS of $2.35 to $2.45, "
        "narrowed from $2.30 to $2.50."
    )
    text = (
        "It cut its 2024 capex outlook to $520-560 million from $600-650 million and narrowed "
        "EPS guidance to $2.35-$2.45."
    )
    found, _ = verdicts(text, sources=(source,))
    assert ("$520-560 million", "CC701", Status.CONSISTENT) in found
    assert ("$600-650 million", "CC701", Status.CONSISTENT) in found
    # a scale written wrong leaves no fit, and is still flagged
    found, _ = verdicts("Capex will be $520-560 billion.", sources=(source,))
    assert {(t, s) for t, _, s in found} == {("$520-560 billion", Status.INCONSISTENT)}


def test_an_age_written_as_a_length_supports_the_bare_number():
    source = "Rebates go to residents of the state who are 18 years of age or older."
    found, _ = verdicts("Rebates go to residents 18 and older.", sources=(source,))
    assert ("18", "CC701", Status.CONSISTENT) in found
    found, _ = verdicts("Rebates go to residents 21 and older.", sources=(source,))
    assert ("21", "CC701", Status.CONSISTENT) not in found


@pytest.mark.parametrize(
    ("source", "text", "written", "status"),
    [
        # a range holds a range with its own ends, not one that merely overlaps it
        (
            "We expect EPS of $2.35 to $2.45.",
            "EPS of $2.30 to $2.45 is expected.",
            "$2.30 to $2.45",
            Status.INCONSISTENT,
        ),
        (
            "We expect EPS of $2.35 to $2.45.",
            "EPS of $2.35-$2.45 is expected.",
            "$2.35-$2.45",
            Status.CONSISTENT,
        ),
        (
            "Permitting usually takes eight to ten weeks.",
            "Permitting takes 8-10 weeks.",
            "8-10 weeks",
            Status.CONSISTENT,
        ),
        # two figures that state both ends hold the range; one of them alone does not
        (
            "Fleets cut idling by 30% to 40% in six months.",
            "Fleets cut idling 30-40%.",
            "30-40%",
            Status.CONSISTENT,
        ),
    ],
)
def test_a_range_is_held_only_by_both_its_ends(source, text, written, status):
    found, _ = verdicts(text, sources=(source,))
    assert (written, "CC701", status) in found


def test_one_end_alone_does_not_hold_a_range():
    source = "EPS guidance was narrowed from $2.30 to $2.50 and revenue was $2.3 billion."
    found, _ = verdicts("EPS guidance is $2.30 to $2.45.", sources=(source,))
    assert ("$2.30 to $2.45", "CC701", Status.CONSISTENT) not in found


def test_a_period_named_by_its_rank_needs_more_than_its_noun_to_be_contradicted():
    source = (
        "In the third quarter, revenue rose 5%. About 60% of our contracts renew between "
        "January and March."
    )
    found, _ = verdicts("About 60% of contracts renew in the first quarter.", sources=(source,))
    assert not [f for f in found if f[0] == "first"]
    found, _ = verdicts("In the second quarter, revenue rose 5%.", sources=(source,))
    assert ("second", "CC701", Status.INCONSISTENT) in found


@pytest.mark.parametrize(
    ("source", "text", "written", "status"),
    [
        # a denied bound is the other bound: 'may not cover more than 75 percent' is at most 75
        (
            "A grant may not cover more than 75 percent of the cost of the project.",
            "Grants are capped at 75% of a project's cost.",
            "75%",
            Status.CONSISTENT,
        ),
        (
            "Not less than 10 percent shall be reserved for projects on tribal lands.",
            "At least 15 percent is reserved for tribal lands.",
            "At least 15 percent",
            Status.INCONSISTENT,
        ),
        # a denied verb of change states the figure: 'has not changed' is 'unchanged'
        (
            "The budget is unchanged at $6.4 million.",
            "Its $6.4 million budget has not changed.",
            "$6.4 million",
            Status.CONSISTENT,
        ),
        # a sum for each of several years, written out as their total
        (
            "There are authorized $2,000,000,000 for each of fiscal years 2026 through 2030.",
            "The bill authorizes $2 billion a year for 2026 through 2030, $10 billion in total.",
            "$10 billion",
            Status.CONSISTENT,
        ),
        (
            "The city will pay $5 million a year for five years.",
            "The city will pay $25 million over five years.",
            "$25 million",
            Status.CONSISTENT,
        ),
        # a stopwatch time is a length: '6:25.4' is 6 minutes 25.4 seconds
        (
            "Their time was 6 minutes 25.4 seconds.",
            "The crew won in 6:25.4.",
            "6:25.4",
            Status.CONSISTENT,
        ),
    ],
)
def test_bounds_denied_changes_denied_yearly_totals_and_stopwatch_times(
    source, text, written, status
):
    found, _ = verdicts(text, sources=(source,))
    assert (written, "CC701", status) in found


def test_a_date_of_the_figure_compared_with_is_no_rival_of_the_statement_s_date():
    source = (
        "Welcome to the fourth quarter and full year 2024 call.\n\nWe earned $148 million, or "
        "$1.12 per diluted share, compared with $131 million, or $0.98 per share, in the "
        "fourth quarter of 2023."
    )
    text = (
        "It earned $148 million, or $1.12 per diluted share, in the fourth quarter of 2024, up "
        "from $131 million, or $0.98, a year earlier."
    )

    def arbiter(value, candidates):
        raise AssertionError("the 2023 quarter is no rival: nothing to ask")

    (v,) = [v for v in values(read(text), text) if v.kind == "date"]
    assert match(v, [values(read(source), source, source=True)], arbiter).status == "supported"
    # a base against a base is compared as before
    text = "It earned $148 million, compared with $131 million in the fourth quarter of 2022."
    found, _ = verdicts(text, sources=(source,))
    assert ("the fourth quarter of 2022", Status.INCONSISTENT) in {(t, s) for t, _, s in found}


def test_a_sum_of_a_figure_and_one_added_to_it_supports_a_value_no_source_states():
    source = (
        "A business shall delete the data within 45 days. It may extend the period once by an "
        "additional 45 days if it tells the consumer why."
    )
    found, report = verdicts("With the extension a deletion can take up to 90 days.", (source,))
    assert ("up to 90 days", "CC701", Status.CONSISTENT) in found
    (summed,) = [f for f in report.findings if f.spans[0].text == "up to 90 days"]
    assert "the sum of '45 days' and '45 days'" in summed.message
    found, _ = verdicts("With the extension a deletion can take up to 100 days.", (source,))
    assert ("up to 100 days", "CC702", Status.INCONSISTENT) in found
    # two figures that are not written as added are not summed: 4 + 1 is no 5 years here
    source = "A project must be done within 4 years. A report is due within 1 year of enactment."
    found, _ = verdicts("A project must be done within 5 years.", (source,))
    assert ("5 years", Status.INCONSISTENT) in {(t, s) for t, _, s in found}


@pytest.mark.parametrize(
    ("source", "text", "written", "right"),
    [
        (
            "Live services made up 64% of net bookings, compared with 71% last year.",
            "Live services' share of bookings fell seven points to 64%.",
            "64%",
            True,  # 'made up 64%' is a share, no rise to set against 'fell'
        ),
        (
            "We have $48,000 from the state grant and $12,500 from the PTA.",
            "The program has $60,500 in all.",
            "$60,500",
            True,
        ),
        (
            "We have $48,000 from the state grant and $12,500 from the PTA.",
            "The program has $61,500 in all.",
            "$61,500",
            False,
        ),
        (
            "It sold 4.2 million copies in three weeks, well ahead of our plan of 3 million.",
            "It beat the 3 million plan by 40%.",
            "40%",
            True,
        ),
        (
            "It sold 4.2 million copies in three weeks, well ahead of our plan of 3 million.",
            "It beat the 3 million plan by 30%.",
            "30%",
            False,
        ),
        (
            "We fitted 52 birds in 2019 and recovered data from 31 of them the next summer.",
            "Data came back from about 60% of the tagged birds.",
            "about 60%",
            True,
        ),
    ],
)
def test_shares_sums_and_margins_a_source_leaves_to_its_reader(source, text, written, right):
    found, _ = verdicts(text, sources=(source,))
    assert ((written, "CC701", Status.CONSISTENT) in found) is right


def test_a_base_figure_is_no_rival_of_a_figure_that_is_none():
    source = (
        "Wholesale power prices averaged €71 per megawatt-hour, down from €94, which took "
        "roughly €180 million off revenue compared with last year."
    )
    text = (
        "Prices fell by roughly a quarter to €71 per MWh, which cut revenue by around €180 million."
    )

    def arbiter(value, candidates):
        raise AssertionError("'down from €94' is no rival of '€71': nothing to ask")

    (v,) = [v for v in values(read(text), text) if v.span.text == "€71"]
    assert match(v, [values(read(source), source, source=True)], arbiter).status == "supported"
    # a base of the text is judged against the source's base
    source = "Inventory accuracy was 98.6%, up from 97.1% last quarter. On-time rate was 96%."
    text = "Accuracy rose to 98.6% from 96.1% last quarter."
    asked = []

    def the_rival(value, candidates):
        asked.append([c.value.span.text for c in candidates])
        return 1

    (v,) = [v for v in values(read(text), text) if v.span.text == "96.1%"]
    assert match(v, [values(read(source), source, source=True)], the_rival).status == (
        "contradicted"
    )
    assert asked == [["96%", "97.1%"]]


@pytest.mark.parametrize(
    ("source", "text", "written", "status"),
    [
        # a share of a whole the text names meets no share of another whole
        (
            "Occupancy is 96.3%. Elm Street has 64 units; phase one, 32 units, finished in April.",
            "Half of Elm Street's 64 units were renovated by April.",
            "Half",
            None,
        ),
        # the whole a share is of keeps the unit before the share
        (
            "You used 9,800 kilowatt-hours, and the system would produce about 9,100 a year.",
            "It would make 9,100 kilowatt-hours a year, 93% of the 9,800 the household used.",
            "9,800",
            Status.CONSISTENT,
        ),
        # what a part leaves of a count just given
        (
            "We have 3,400 Housing Choice Vouchers, and 3,112 are in use.",
            "Of the 3,400 vouchers, 288 are unused.",
            "288",
            Status.CONSISTENT,
        ),
        # a range holds only a range whose both ends the source states
        (
            "A supplement shall be not less than $2,000 and not more than $6,000 a year.",
            "Supplements run between $2,000 and $8,000 a year.",
            "between $2,000 and $8,000",
            Status.INCONSISTENT,
        ),
        (
            "A supplement shall be not less than $2,000 and not more than $6,000 a year.",
            "Supplements run between $2,000 and $6,000 a year.",
            "between $2,000 and $6,000",
            Status.CONSISTENT,
        ),
    ],
)
def test_wholes_parts_and_range_ends(source, text, written, status):
    found, _ = verdicts(text, sources=(source,))
    statuses = {s for t, _, s in found if t == written}
    assert statuses == ({status} if status else set())


@pytest.mark.parametrize(
    ("source", "text", "written", "right"),
    [
        # a part and the whole it is of make a share
        (
            "About 90 of the 310 courses lose it.",
            "90 of 310 courses, nearly 30%, lose it.",
            "nearly 30%",
            True,
        ),
        (
            "About 90 of the 310 courses lose it.",
            "90 of 310 courses, nearly 40%, lose it.",
            "nearly 40%",
            False,
        ),
        (
            "We've dug 23 houses so far, out of perhaps 150.",
            "It has dug about 15% of the houses.",
            "about 15%",
            True,
        ),
        # a change between figures per month is no change per month
        (
            "Your team processed about 3,100 invoices a month, up from 2,400 a year ago.",
            "Invoice volume is up about 29% from a year ago.",
            "about 29%",
            True,
        ),
        # 'after' a day leaves the next day
        (
            "This Act shall apply to beer removed after December 31, 2025.",
            "It applies to beer removed from January 1, 2026.",
            "January 1, 2026",
            True,
        ),
        (
            "This Act shall apply to beer removed after December 31, 2025.",
            "It applies to beer removed from January 2, 2026.",
            "January 2, 2026",
            False,
        ),
    ],
)
def test_shares_of_a_whole_changes_per_month_and_days_after(source, text, written, right):
    found, _ = verdicts(text, sources=(source,))
    assert ((written, "CC701", Status.CONSISTENT) in found) is right


@pytest.mark.parametrize(
    ("source", "text", "written"),
    [
        # a part of a whole with 'our' before it leaves the rest
        ("We've filled 610 of our 750 spots.", "140 spots are still open.", "140"),
        # a denial inside a condition denies no date
        (
            "We have 31 hired and 9 in certification classes, so we're short 8. If we can't "
            "fill them by June 1, the Westside pool would open only four days a week.",
            "It has 31 hired and 9 in certification, leaving it 8 short; without them by June "
            "1, the Westside pool would open only four days a week.",
            "June 1",
        ),
        # 'end-2026' is a date, not a code
        (
            "Eight more ships are due by the end of 2026.",
            "Eight more are due by end-2026.",
            "end-2026",
        ),
    ],
)
def test_rests_conditions_and_parts_of_a_year(source, text, written):
    found, _ = verdicts(text, sources=(source,))
    assert {s for t, _, s in found if t == written} == {Status.CONSISTENT}


def test_a_chemical_formula_names_what_a_source_spells_out():
    source = "Carbon dioxide swung between 180 and 280 parts per million."
    report = claimcheck.check("CO2 swung between 180 and 280 ppm.", sources=[source])
    assert "CC703" not in {f.rule for f in report.findings if f.status is Status.INCONSISTENT}


def test_a_vaguer_source_date_keeps_off_no_rival_day_against_a_day():
    source = "Let's revisit this in August. The next committee meeting is August 19."
    found, _ = verdicts("The committee's next meeting is August 26.", sources=(source,))
    assert ("August 26", "CC701", Status.INCONSISTENT) in found
    found, _ = verdicts("The committee's next meeting is August 19.", sources=(source,))
    assert ("August 19", "CC701", Status.CONSISTENT) in found


def test_two_fiscal_years_are_two_years_though_their_spans_overlap():
    # a fiscal year may start in the calendar year before: fiscal 2030 and 2031 overlap
    source = "There is authorized $3,000,000,000 for each of fiscal years 2027 through 2031."
    text = "The bill authorizes $3 billion for each of fiscal years 2027 through 2030."
    found, _ = verdicts(text, sources=(source,))
    assert ("2030", "CC701", Status.INCONSISTENT) in found
    found, _ = verdicts(text.replace("2030", "2031"), sources=(source,))
    assert ("2031", "CC701", Status.CONSISTENT) in found


def test_a_section_number_is_no_count_and_is_compared_with_section_numbers():
    bill = "SEC. 3. REPORT.\n\nEach center shall certify not fewer than 5 employees."
    report = claimcheck.check("Each center must certify at least 3 employees.", sources=[bill])
    (finding,) = [f for f in report.findings if f.rule.startswith("CC70")]
    assert finding.status is Status.INCONSISTENT
    report = claimcheck.check("Each center must certify at least 5 employees.", sources=[bill])
    assert [f.status for f in report.findings if f.rule.startswith("CC70")] == [Status.CONSISTENT]
