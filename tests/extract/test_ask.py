"""The reversed order is asked only to confirm a pick the caller would use."""

from __future__ import annotations

from claimcheck.extract.ask import Chooser


class Scripted:
    """A model that answers each question with the next letter of a script."""

    def __init__(self, *letters: str) -> None:
        self.letters = list(letters)
        self.calls: list[str] = []

    def ask(self, call, messages, response_model):
        self.calls.append(call)
        return response_model(answer=self.letters.pop(0))


def choose(llm: Scripted, **kw: object) -> int | None:
    chooser = Chooser(llm, "Sales rose to 150 in 2021.")  # type: ignore[arg-type]
    return chooser.choose("q", "Which?", ["120", "150"], ("CC804",), **kw)  # type: ignore[arg-type]


def test_a_pick_is_confirmed_in_the_reversed_order():
    llm = Scripted("B", "A")  # '150' both ways: the reversed options are 150, 120
    assert choose(llm) == 1
    assert llm.calls == ["q", "q:reversed"]


def test_a_pick_that_changes_with_the_order_is_dropped():
    llm = Scripted("B", "B")
    assert choose(llm) is None
    assert llm.calls == ["q", "q:reversed"]


def test_none_of_these_is_not_asked_again():
    llm = Scripted("C")
    assert choose(llm) is None
    assert llm.calls == ["q"]


def test_a_pick_the_caller_would_not_use_is_not_asked_again():
    llm = Scripted("B", "A")
    assert choose(llm, used=lambda pick: pick == 0) is None
    assert llm.calls == ["q"]
    llm = Scripted("A", "B")
    assert choose(llm, used=lambda pick: pick == 0) == 0
    assert llm.calls == ["q", "q:reversed"]
