"""Ask the model one small multiple-choice question, twice, with the options in two orders."""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, create_model

from claimcheck.errors import CassetteMissError, ConfigError, LLMError
from claimcheck.extract.prompts import messages
from claimcheck.llm import LLM
from claimcheck.models import Failure, Span

NONE_OF_THESE = "none of these"


@dataclass
class Chooser:
    """Pose questions about one document; remember what failed instead of raising."""

    llm: LLM
    document: str
    window: int = 6_000
    failures: list[Failure] = field(default_factory=list)
    unstable: int = 0

    def choose(
        self,
        call: str,
        question: str,
        options: list[str],
        checks: tuple[str, ...],
        near: Span | None = None,
    ) -> int | None:
        """Return the index of the option the model picks in both orders, else None.

        A final "none of these" option is always added; picking it returns None. When the model
        fails, the failure and the checks it holds back are recorded and None is returned.
        """
        if not options:
            return None
        document = self._excerpt(near)
        try:
            forward = self._pick(call, document, question, options)
            backward = self._pick(call + ":reversed", document, question, options[::-1])
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

    def _excerpt(self, near: Span | None) -> str:
        """Return the whole document, or the paragraphs around `near` when it is too long."""
        if len(self.document) <= self.window:
            return self.document
        if near is None:
            return self.document[: self.window]
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
