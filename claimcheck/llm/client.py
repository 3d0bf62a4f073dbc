"""The one place claimcheck talks to a model: openai + instructor, schema sent as grammar."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from claimcheck.config import Config
from claimcheck.errors import (
    CassetteMissError,
    ConfigError,
    DeadlineError,
    ExtractionError,
    LLMError,
)
from claimcheck.llm.aio import LOOP, MODE_NAME
from claimcheck.llm.cache import AnswerCache, request_key
from claimcheck.llm.cassette import RECORD_HINT
from claimcheck.llm.retry import async_retrying, causes, retrying
from claimcheck.llm.urls import redact, redact_text

if TYPE_CHECKING:  # imported when first used: openai alone takes half a second to import
    import instructor
    import openai

T = TypeVar("T", bound=BaseModel)
# instructor logs every failed attempt at ERROR; claimcheck reports failures itself.
logging.getLogger("instructor").setLevel(logging.CRITICAL)
# Replay matches on method, path and body, so the host of a replayed call does not matter.
REPLAY_URL = "http://replay.invalid/v1"


@dataclass
class Usage:
    """What the model cost in this run."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    # Answers taken from the answer cache: no call was made for them.
    cached: int = 0


class LLM:
    """Ask the model for output that validates against a pydantic model."""

    def __init__(self, config: Config, on_call: Callable[[str], None] | None = None) -> None:
        self.config = config
        self.usage = Usage()
        self.on_call = on_call
        self._client: instructor.Instructor | None = None
        self._openai: openai.OpenAI | None = None
        self.deadline_at = time.monotonic() + config.deadline
        self._cache: AnswerCache | None = None
        if config.cache and config.base_url and config.cassette is None:
            # A folder that cannot be written: every question is asked, as with no cache.
            with contextlib.suppress(ConfigError):
                self._cache = AnswerCache(config.cache_dir, config.cache_max_bytes)

    def _instructor(self) -> instructor.Instructor:
        _load_client_libraries()
        import instructor
        import openai

        if self._client is None:
            replaying = self.config.cassette is not None and not self.config.record
            if not self.config.base_url and not replaying:
                raise _no_endpoint()
            self._openai = openai.OpenAI(
                base_url=self.config.base_url or REPLAY_URL,
                api_key=self.config.api_key or "no-key",
                max_retries=0,  # tenacity retries, so the budget is ours
                timeout=self.config.timeout,
            )
            self._client = instructor.from_openai(self._openai, mode=instructor.Mode[MODE_NAME])
        return self._client

    def ask(self, call: str, messages: list[dict[str, str]], response_model: type[T]) -> T:
        """Send one structured call; raise an LLMError subclass naming `call` when it fails.

        The call runs in a worker thread that is given up when the check's deadline passes,
        so a server that never answers, or drips a byte at a time, cannot hold the check."""
        key = ""
        if self._cache is not None:
            schema = response_model.model_json_schema()
            key = request_key(self.config.model, messages, schema)
            if (cached := self._cache.get(key)) is not None:
                self.usage.cached += 1
                return response_model.model_validate_json(cached)
        remaining = self.deadline_at - time.monotonic()
        if remaining <= 0:
            raise self._late(call)
        if self.config.cassette is None:
            answer = self._ask_on_loop(call, messages, response_model, remaining)
        else:
            answer = self._ask_in_thread(call, messages, response_model, remaining)
        if self._cache is not None:
            self._cache.put(key, answer.model_dump_json())
        return answer

    def _ask_on_loop(
        self, call: str, messages: list[dict[str, str]], response_model: type[T], remaining: float
    ) -> T:
        """Ask a live endpoint with the async client, on the loop all checks share; a question
        not answered by the deadline is cancelled, and its request closed."""
        if not self.config.base_url:
            raise _no_endpoint()
        _load_client_libraries()
        future = LOOP.submit(self._ask_async(call, messages, response_model, remaining))
        try:
            return future.result(timeout=remaining)
        except FutureTimeout:
            future.cancel()
            raise self._late(call) from None

    def _ask_in_thread(
        self, call: str, messages: list[dict[str, str]], response_model: type[T], remaining: float
    ) -> T:
        """Ask through a cassette with the sync client (vcrpy records and replays it), in a
        worker thread given up at the deadline."""
        worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimcheck-llm")
        try:
            return worker.submit(self._ask, call, messages, response_model, remaining).result(
                timeout=remaining
            )
        except FutureTimeout:
            self._abandon()
            raise self._late(call) from None
        finally:
            worker.shutdown(wait=False)

    def _late(self, call: str) -> DeadlineError:
        return DeadlineError(
            f"call {call!r}: not answered within the check's deadline of "
            f"{self.config.deadline:g} s (Config.deadline)",
            call=call,
            attempts=0,
        )

    def _abandon(self) -> None:
        """Close the connection of a call given up on, so its worker thread ends too."""
        if self._openai is not None:
            self._openai.close()
        self._client = self._openai = None

    def _ask(
        self, call: str, messages: list[dict[str, str]], response_model: type[T], remaining: float
    ) -> T:
        client = self._instructor()
        request = self._started(call, messages, response_model)
        # Each attempt's failure, so an error can say how many requests were really sent.
        failed: list[BaseException] = []
        try:
            for attempt in retrying(self.config.attempts, min(self.config.time_budget, remaining)):
                with attempt:
                    try:
                        result, completion = client.chat.completions.create_with_completion(
                            **request
                        )
                    except Exception as exc:
                        failed.append(exc)
                        raise
        except Exception as exc:  # the boundary: nothing from openai or httpx goes out raw
            raise self._mapped(call, exc, failed) from exc
        self._count(completion)
        return result  # type: ignore[no-any-return]

    async def _ask_async(
        self, call: str, messages: list[dict[str, str]], response_model: type[T], remaining: float
    ) -> T:
        """What _ask does, with the async client on the shared loop."""
        assert self.config.base_url is not None  # checked by _ask_on_loop
        client = LOOP.client(
            (self.config.base_url, self.config.api_key or "no-key", self.config.timeout)
        )
        request = self._started(call, messages, response_model)
        failed: list[BaseException] = []
        try:
            budget = min(self.config.time_budget, remaining)
            async for attempt in async_retrying(self.config.attempts, budget):
                with attempt:
                    try:
                        result, completion = await client.chat.completions.create_with_completion(
                            **request
                        )
                    except Exception as exc:
                        failed.append(exc)
                        raise
        except Exception as exc:  # the boundary: nothing from openai or httpx goes out raw
            raise self._mapped(call, exc, failed) from exc
        self._count(completion)
        return result  # type: ignore[no-any-return]

    def _started(
        self, call: str, messages: list[dict[str, str]], response_model: type[T]
    ) -> dict[str, Any]:
        """Count a call, tell the progress callback, and return the request to send."""
        self.usage.calls += 1
        if self.on_call is not None:
            self.on_call(call)
        # The schema, which the server enforces as a grammar (see MODE_NAME).
        schema = {"type": "json_object", "schema": response_model.model_json_schema()}
        return {
            "model": self.config.model,
            "messages": messages,
            "response_model": response_model,
            "max_retries": self.config.reasks,
            "temperature": 0,
            "extra_body": {"response_format": schema},
        }

    def _count(self, completion: Any) -> None:
        usage = getattr(completion, "usage", None)
        if usage is not None:
            self.usage.prompt_tokens += usage.prompt_tokens or 0
            self.usage.completion_tokens += usage.completion_tokens or 0

    def _mapped(self, call: str, exc: BaseException, failed: list[BaseException]) -> LLMError:
        _load_client_libraries()
        import openai
        from instructor.core.exceptions import InstructorError, InstructorRetryException
        from vcr.errors import CannotOverwriteExistingCassetteException

        chain = causes(exc)
        if any(isinstance(c, CannotOverwriteExistingCassetteException) for c in chain):
            cassette = str(self.config.cassette)
            recorded = [s for e in failed[:-1] for s in causes(e)]
            status = next((s for s in recorded if isinstance(s, openai.APIStatusError)), None)
            why = (
                f"it recorded HTTP {status.status_code} from a failing server, and a retry "
                "has nothing more to replay"
                if status is not None
                else "the text, prompt or model changed"
            )
            return CassetteMissError(
                f"call {call!r}: the cassette {cassette} holds no answer for this request "
                f"({why}); re-record with: {RECORD_HINT}",
                call=call,
                cassette=cassette,
            )
        transport = next((c for c in chain if isinstance(c, openai.OpenAIError)), None)
        if transport is not None:
            return self._transport_error(call, transport, max(1, len(failed)))
        if isinstance(exc, InstructorRetryException):
            return ExtractionError(
                f"call {call!r}: the model's output did not validate after "
                f"{exc.n_attempts} attempts: {_short(exc)}",
                call=call,
                attempts=exc.n_attempts,
            )
        if isinstance(exc, InstructorError):
            return ExtractionError(f"call {call!r}: {_short(exc)}", call=call, attempts=1)
        return LLMError(
            f"call {call!r} failed: {type(exc).__name__}: {_short(exc)}", call=call, attempts=1
        )

    def _transport_error(self, call: str, exc: openai.OpenAIError, attempts: int) -> LLMError:
        import openai

        tries = f"{attempts} attempt{'s' if attempts > 1 else ''}"
        if isinstance(exc, openai.APIStatusError):
            return LLMError(
                f"call {call!r}: the endpoint answered HTTP {exc.status_code} "
                f"after {tries}: {_short(exc)}",
                call=call,
                attempts=attempts,
            )
        if isinstance(exc, openai.APIConnectionError):
            return LLMError(
                f"call {call!r}: could not reach {redact(self.config.base_url or '')} "
                f"after {tries}: {_short(exc)}",
                call=call,
                attempts=attempts,
            )
        return LLMError(
            f"call {call!r}: {type(exc).__name__}: {_short(exc)}", call=call, attempts=1
        )


def _no_endpoint() -> ConfigError:
    return ConfigError(
        "no model endpoint: set OPENAI_BASE_URL (and OPENAI_API_KEY if it needs one), "
        "or replay from a cassette"
    )


_IMPORTING = threading.Lock()


def _load_client_libraries() -> None:
    """Import openai, instructor and vcrpy once, one thread at a time.

    They are imported on first use so `import claimcheck` stays quick; two threads importing
    them at once can each meet the other's half-imported httpx."""
    with _IMPORTING:
        import instructor  # noqa: F401
        import openai  # noqa: F401
        import vcr.errors  # noqa: F401


def _short(exc: BaseException, limit: int = 300) -> str:
    text = redact_text(" ".join(str(exc).split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"
