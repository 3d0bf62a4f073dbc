"""One event loop for every question asked of a live endpoint, in a thread of its own.

The checks run in their callers' threads (check_many's pool, or the caller's own), and each
question they ask is a coroutine on this loop, sent with openai's async client through
instructor. A question given up at the check's deadline is cancelled, so its request is
closed rather than left running in a thread. Clients are kept per endpoint, so the checks
of a batch share their connections.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

# How instructor asks for structured output. JSON_SCHEMA adds nothing to the messages:
# the system prompt already says what to reply, and the request's response_format carries
# the schema, which the server enforces as a grammar. (JSON mode would also write the schema
# into the system message, about 170 prompt tokens a call that the grammar makes useless.)
MODE_NAME = "JSON_SCHEMA"

if TYPE_CHECKING:
    import instructor

T = TypeVar("T")

# What a client depends on: the endpoint, its key and the per-request timeout.
ClientKey = tuple[str, str, float]


class _Loop:
    """A daemon thread running an asyncio loop, started on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._clients: dict[ClientKey, instructor.AsyncInstructor] = {}

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> Future[T]:
        """Run a coroutine on the loop; the caller waits on (or cancels) the future."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._running())

    def client(self, key: ClientKey) -> instructor.AsyncInstructor:
        """The async instructor client of an endpoint, made once (called on the loop)."""
        if key not in self._clients:
            import instructor
            import openai

            base_url, api_key, timeout = key
            self._clients[key] = instructor.from_openai(
                openai.AsyncOpenAI(
                    base_url=base_url,
                    api_key=api_key,
                    max_retries=0,  # tenacity retries, so the budget is ours
                    timeout=timeout,
                ),
                mode=instructor.Mode[MODE_NAME],
            )
        return self._clients[key]

    def _running(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(
                    target=loop.run_forever, name="claimcheck-llm-loop", daemon=True
                ).start()
                self._loop = loop
            return self._loop


LOOP = _Loop()
