"""Physical units against sources: one length, speed or mass in any of its units (pint)."""

import subprocess
import sys

import pytest

import claimcheck
from claimcheck.models import Status
from claimcheck.normalize.units import physical


def verdict(text, source):
    report = claimcheck.check(text, sources=[source])
    return [(f.rule, f.status) for f in report.findings]


@pytest.mark.parametrize(
    ("text", "source", "status"),
    [
        ("The race is 5 km long.", "The race is 5,000 metres long.", Status.CONSISTENT),
        ("The race is 5 km long.", "The race is 5 miles long.", Status.INCONSISTENT),
        ("The car drove at 60 mph.", "The car drove at 97 km/h.", Status.CONSISTENT),
        ("The car drove at 60 mph.", "The car drove at 80 km/h.", Status.INCONSISTENT),
        ("The bag weighs 3 kg.", "The bag weighs 3,000 grams.", Status.CONSISTENT),
        ("The tank holds 2.5 litres.", "The tank holds 2,500 millilitres.", Status.CONSISTENT),
        # a unit in two words: 'kilowatt-hours' had been read as kilowatts, a power
        ("It makes 580 kWh a year.", "It makes 580 kilowatt-hours a year.", Status.CONSISTENT),
        ("It makes 3 MWh a year.", "It makes 3,000 kilowatt hours a year.", Status.CONSISTENT),
        # a measure per unit of time written out supports the measure written without it
        ("She took in 300 calories.", "I aim for 300 calories an hour.", Status.CONSISTENT),
        # one unit written with 'a'
        ("She drank about one litre.", "I drank roughly a litre an hour.", Status.CONSISTENT),
        # data and its rate: pint counts bits as no dimension, so they are told by their units
        ("It offers 25 Mbps.", "It offers 25 megabits per second.", Status.CONSISTENT),
        ("It offers 25 Mbps.", "It offers 20 megabits per second.", Status.INCONSISTENT),
        ("The phone has 4 GB of memory.", "The phone has 4,000 MB of memory.", Status.CONSISTENT),
        ("The phone has 4 GB of memory.", "The phone has 4 MB of memory.", Status.INCONSISTENT),
    ],
)
def test_a_figure_is_compared_with_a_source_in_any_unit_of_its_dimension(text, source, status):
    assert verdict(text, source) == [("CC701", status)]


@pytest.mark.parametrize(
    ("text", "source", "status"),
    [
        ("The race took 2 hours and 15 minutes.", "She ran it in 135 minutes.", Status.CONSISTENT),
        (
            "The race took 2 hours and 45 minutes.",
            "She ran it in 135 minutes.",
            Status.INCONSISTENT,
        ),
        ("Her time was 2h 15m.", "She ran it in 135 minutes.", Status.CONSISTENT),
        ("The ad ran for 30 seconds.", "The ad ran for half a minute.", Status.CONSISTENT),
        ("The ad ran for 45 seconds.", "The ad ran for 30 seconds.", Status.INCONSISTENT),
        ("In FY2023 sales rose.", "Sales rose in fiscal 2023, it said.", Status.CONSISTENT),
    ],
)
def test_lengths_in_parts_seconds_and_years_of_accounts_against_a_source(text, source, status):
    assert verdict(text, source) == [("CC701" if status == Status.CONSISTENT else "CC702", status)]


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("5 km", "length"),
        ("97 km/h", "speed"),
        ("a 10-mile walk", "length"),
        ("3 kW", "power"),
        ("3 kilowatt-hours", "energy"),
        ("25 Mbps", "data rate"),
        ("25 megabits per second", "data rate"),
        ("4 GB", "data"),
    ],
)
def test_a_unit_word_after_a_figure_is_read_with_its_dimension(written, unit):
    end = next(i for i, c in enumerate(written) if c.isdigit()) + 1
    while end < len(written) and written[end].isdigit():
        end += 1
    found = physical(written, end)
    assert found is not None and found.dimension == unit


@pytest.mark.parametrize(
    "written", ["300 soldiers", "5 points", "12 percent", "4 in Paris", "7 pm", "5 are missing"]
)
def test_nouns_and_words_of_prose_stay_nouns(written):
    assert physical(written, written.index(" ")) is None


def test_a_text_with_no_unit_word_never_loads_pint():
    code = (
        "import sys, claimcheck; claimcheck.check('The race drew 5,000 runners and 30 cars.'); "
        "print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("word", ["has", "bags", "buses", "pins"])
def test_english_words_after_a_figure_are_not_units(word):
    assert physical(f"€3.8 billion {word} been spent", len("€3.8 billion")) is None


def test_a_plural_age_written_as_a_length_is_no_length():
    report = claimcheck.check(
        "She advises 25-year-olds to save.", sources=["For a twenty-five-year-old, save 15%."]
    )
    assert not [f for f in report.findings if f.status is Status.INCONSISTENT]
