"""All claimcheck errors derive from one root, so callers can catch a single class."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class for all claimcheck errors."""


# -- bad input ----------------------------------------------------------------


class InputError(ClaimcheckError):
    """The text or an argument cannot be checked as given."""


class InputTooLargeError(InputError):
    """The text is longer than the configured limit."""

    def __init__(self, msg: str, *, size: int, limit: int) -> None:
        super().__init__(msg)
        self.size = size
        self.limit = limit


# -- configuration ------------------------------------------------------------


class ConfigError(ClaimcheckError):
    """The endpoint, model or cassette settings are missing or contradictory."""


# -- the LLM ------------------------------------------------------------------


class CassetteError(ConfigError):
    """A cassette that cannot be read (corrupted) or written (a folder that cannot be made)."""


class LLMError(ClaimcheckError):
    """A call to the model failed after every retry."""

    def __init__(self, msg: str, *, call: str, attempts: int) -> None:
        super().__init__(msg)
        self.call = call
        self.attempts = attempts


class ExtractionError(LLMError):
    """The model's output never validated against the schema."""


class DeadlineError(LLMError):
    """The whole check's deadline (Config.deadline) passed before this call was answered."""


class CassetteMissError(LLMError):
    """Replay was requested but the cassette holds no answer for this call."""

    def __init__(self, msg: str, *, call: str, cassette: str) -> None:
        super().__init__(msg, call=call, attempts=1)
        self.cassette = cassette


# -- local model --------------------------------------------------------------


class ModelFetchError(ClaimcheckError):
    """The local model could not be downloaded, assembled or verified."""
