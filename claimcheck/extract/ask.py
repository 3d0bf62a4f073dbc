"""Ask the model one small multiple-choice question, twice, with the options in two orders."""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, create_model

from claimcheck.errors import CassetteMissError, ConfigError, LLMError
from claimcheck.extract.layout import paragraphs
from claimcheck.extract.prompts import messages
from claimcheck.llm import LLM
from claimcheck.models import Failure, RuleId, Span

NONE_OF_THESE = "none of these"
# Options are lettered A to Y, and Z is "none of these"; more are not asked.
MAX_OPTIONS = len(string.ascii_uppercase) - 1


def every_rule(rule: RuleId) -> bool:
    return True


@dataclass
class Chooser:
    """Pose questions about one document; remember what failed instead of raising."""

    llm: LLM
    document: str
    window: int = 6_000
    failures: list[Failure] = field(default_factory=list)
    unstable: int = 0
    # Which rules are run: a question that only rules left out need is not asked.
    wanted: Callable[[RuleId], bool] = every_rule

    def choose(
        self,
        call: str,
        question: str,
        options: list[str],
        checks: tuple[RuleId, ...],
        near: Span | Sequence[Span] | None = None,
        used: Callable[[int], bool] = lambda pick: True,
    ) -> int | None:
        """Return the index of the option the model picks in both orders, else None.

        A final "none of these" option is always added; picking it returns None. When the model
        fails, the failure and the checks it holds back are recorded and None is returned.
        `near` holds the spans the question is about (the claim first, then its candidates):
        the model is shown only the paragraphs that hold them.

        The reversed order is asked only to confirm a pick the caller would use: a first
        answer of "none of these", or one `used` turns down, returns None at once, as any
        second answer would make it.
        """
        if not options or not any(self.wanted(c) for c in checks):
            return None
        if len(options) > MAX_OPTIONS:
            error = f"not asked: {len(options)} candidates, over the {MAX_OPTIONS} a question lists"
            self.failures.append(Failure(part=call, error=error, skipped_checks=checks))
            return None
        document = self._excerpt(near)
        try:
            forward = self._pick(call, document, question, options)
            if forward is None or not used(forward):
                return None
            backward = (  # one option reads the same both ways: it is asked once
                self._pick(call + ":reversed", document, question, options[::-1])
                if len(options) > 1
                else forward
            )
        except CassetteMissError:
            raise  # a replay that cannot go on is the caller's problem, not a model fault
        except ConfigError as exc:  # no endpoint: the question is not asked, the rest runs
            self.failures.append(
                Failure(part=call, error=f"not asked: {exc}", skipped_checks=checks)
            )
            return None
        except LLMError as exc:
            self.failures.append(Failure(part=call, error=str(exc), skipped_checks=checks))
            return None
        backward = None if backward is None else len(options) - 1 - backward
        if forward != backward:
            self.unstable += 1
            return None
        return forward

    def _excerpt(self, near: Span | Sequence[Span] | None) -> str:
        """Return the paragraphs that hold the spans asked about, or the whole document.

        A small model answers better, and a question costs fewer tokens, when it reads only the
        paragraphs its options come from. Paragraphs left out are marked "[…]".
        """
        spans = [near] if isinstance(near, Span) else list(near or ())
        if not spans:
            return self.document[: self.window]
        held = [p for p in self._paragraphs if any(p.start <= s.start <= p.end for s in spans)]
        if not held or sum(len(p.text) for p in held) > self.window:
            return self._window_around(spans[0])
        pieces, end = [], 0
        for p in held:
            if p.start > end + 2:  # a paragraph or more left out
                pieces.append("[…]")
            pieces.append(p.text)
            end = p.end
        if end < len(self.document.rstrip()):
            pieces.append("[…]")
        return "\n\n".join(pieces)

    @cached_property
    def _paragraphs(self) -> list[Span]:
        return paragraphs(self.document)

    def _window_around(self, near: Span) -> str:
        """Return the paragraphs around `near`, within the window."""
        if len(self.document) <= self.window:
            return self.document
        start = max(0, near.start - self.window // 2)
        end = min(len(self.document), start + self.window)
        start = self.document.rfind("\n", 0, start) + 1
        stop = self.document.find("\n", end)
        return self.document[start : stop if stop != -1 else len(self.document)]

    def _pick(self, call: str, document: str, question: str, options: list[str]) -> int | None:
        letters = string.ascii_uppercase[: len(options) + 1]
        listed = "\n".join(
            f"{letter}) {text}"
            for letter, text in zip(letters, [*options, NONE_OF_THESE], strict=True)
        )
        answer = self.llm.ask(
            call,
            messages("choose", document=document, question=question, options=listed),
            _choice_model(letters),
        )
        index = letters.index(answer.answer)  # type: ignore[attr-defined]
        return None if index == len(options) else index


def _choice_model(letters: str) -> type[BaseModel]:
    """Build a response model whose only field is one of the given letters."""
    # An enum of letters in the schema lets the server's grammar allow only those answers.
    letter: Any = Literal[tuple(letters)]
    return create_model("Choice", answer=(letter, ...))
