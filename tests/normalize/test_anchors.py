import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.normalize.anchors import Anchors
from claimcheck.normalize.numbers import (
    NUMBER_RE,
    ONE_IN_RE,
    ORDINAL_RE,
    VAGUE_RE,
    number_starts,
    ordinal_starts,
)
from claimcheck.normalize.spans import matches_at

# Pieces that start, end or nearly make figures, glued at random so matches touch and overlap.
PIECES = [
    *"0123456789",
    *" ,.-–$€£¥%:",
    "US",
    "us$",
    "US$",
    "a ",
    "A ",
    "half ",
    "half a dozen",
    "a dozen",
    "a hundred",
    "dozen",
    "hundred",
    "Thousand",
    "two",
    "twenty",
    "One",
    " and ",
    " in ",
    " out of ",
    "bn",
    "k",
    "per cent",
    "times",
    "third",
    "21st",
    "hundreds of ",
    "tens of thousands",
    " of",
    "x",
    "İ",
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def spans(matches):
    return [m.span() for m in matches]


@given(texts)
def test_figures_found_at_anchors_are_those_a_full_scan_finds(text):
    starts = number_starts(Anchors(text))
    assert spans(matches_at(NUMBER_RE, text, starts)) == spans(NUMBER_RE.finditer(text))
    assert spans(matches_at(ONE_IN_RE, text, starts)) == spans(ONE_IN_RE.finditer(text))


@given(texts)
def test_ordinals_and_vague_plurals_found_at_anchors_are_those_a_full_scan_finds(text):
    anchors = Anchors(text)
    ordinals = matches_at(ORDINAL_RE, text, ordinal_starts(anchors))
    assert spans(ordinals) == spans(ORDINAL_RE.finditer(text))
    heads = [start for start, _ in anchors.words(["hundreds", "tens", "thousands"])]
    assert spans(matches_at(VAGUE_RE, text, heads)) == spans(VAGUE_RE.finditer(text))


def test_words_are_found_in_any_case_at_their_place_in_the_original():
    text = "İstanbul had Twenty-one, then FIVE"  # "İ" lower-cases to two characters
    anchors = Anchors(text)
    assert [text[s:e] for s, e in anchors.words(["twenty", "one", "five"])] == [
        "Twenty",
        "one",
        "FIVE",
    ]


def test_words_are_whole_words_only():
    assert Anchors("someone often").words(["one", "ten"]) == []


def test_asking_for_a_word_never_scanned_for_is_an_error():
    with pytest.raises(ValueError, match="zillion"):
        Anchors("a zillion").words(["zillion"])


def test_digit_runs_and_currency_signs():
    anchors = Anchors("$1,200 and €3")
    assert anchors.digit_runs == [(1, 2), (3, 6), (12, 13)]
    assert anchors.currency_signs == [0, 11]
