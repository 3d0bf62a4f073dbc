"""claimcheck: an LLM reads the claims in a text, and plain code judges them."""

from claimcheck.batch import Checked, Item, check_many
from claimcheck.config import Config
from claimcheck.errors import (
    CassetteMissError,
    ClaimcheckError,
    ConfigError,
    ExtractionError,
    InputError,
    InputTooLargeError,
    LLMError,
    ModelFetchError,
)
from claimcheck.models import Finding, Report, Severity, Span, Status
from claimcheck.pipeline import check
from claimcheck.version import __version__ as __version__

__all__ = [
    "CassetteMissError",
    "Checked",
    "ClaimcheckError",
    "Config",
    "ConfigError",
    "ExtractionError",
    "Finding",
    "InputError",
    "InputTooLargeError",
    "Item",
    "LLMError",
    "ModelFetchError",
    "Report",
    "Severity",
    "Span",
    "Status",
    "check",
    "check_many",
]
