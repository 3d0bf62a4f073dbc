"""Retry transient transport failures with backoff, inside a total time budget."""

from __future__ import annotations

from functools import cache
from typing import Any

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential,
)


@cache
def _transient() -> tuple[type[BaseException], ...]:
    """Return the failures worth another try (openai is imported when first needed)."""
    import openai

    return (
        openai.RateLimitError,
        openai.InternalServerError,
        openai.APIConnectionError,  # includes APITimeoutError
    )


MAX_RETRY_AFTER = 30.0


def causes(exc: BaseException) -> list[BaseException]:
    """Return the exception and every cause behind it (instructor wraps the transport's)."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def is_transient(exc: BaseException) -> bool:
    """Tell whether a failure is worth another try: rate limit, 5xx, timeout, refused."""
    return any(isinstance(cause, _transient()) for cause in causes(exc))


def _wait(state: RetryCallState) -> float:
    """Wait what the server asked for in Retry-After, else back off exponentially."""
    exc = state.outcome.exception() if state.outcome else None
    responses = [getattr(c, "response", None) for c in causes(exc)] if exc else []
    response = next((r for r in responses if r is not None), None)
    header = response.headers.get("retry-after") if response is not None else None
    try:
        if header is not None:
            return min(float(header), MAX_RETRY_AFTER)
    except ValueError:
        pass
    return float(wait_exponential(multiplier=0.5, max=8)(state))


def _policy(attempts: int, budget: float) -> dict[str, Any]:
    return {
        "stop": stop_after_attempt(attempts) | stop_after_delay(budget),
        "wait": _wait,
        "retry": retry_if_exception(is_transient),
        "reraise": True,
    }


def retrying(attempts: int, budget: float) -> Retrying:
    """Build the retry policy for one model call."""
    return Retrying(**_policy(attempts, budget))


def async_retrying(attempts: int, budget: float) -> AsyncRetrying:
    """The same policy for a call made on the event loop (its waits do not block the loop)."""
    return AsyncRetrying(**_policy(attempts, budget))
