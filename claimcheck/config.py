"""Settings for a run: the endpoint, the model, cassettes, retries and limits."""

from __future__ import annotations

import os
from pathlib import Path

from babel import Locale, UnknownLocaleError
from pydantic import BaseModel, ConfigDict, Field, field_validator

DEFAULT_MODEL = "qwen2.5-coder-1.5b-instruct"


class Config(BaseModel):
    """How claimcheck reaches its model. Every field has an environment default."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    base_url: str | None = Field(default_factory=lambda: os.environ.get("OPENAI_BASE_URL"))
    api_key: str | None = Field(
        default_factory=lambda: os.environ.get("OPENAI_API_KEY"), repr=False
    )
    model: str = Field(default_factory=lambda: os.environ.get("CLAIMCHECK_MODEL", DEFAULT_MODEL))
    cassette: Path | None = None
    record: bool = Field(default_factory=lambda: os.environ.get("CLAIMCHECK_RECORD") == "1")
    attempts: int = Field(default=4, ge=1)
    reasks: int = Field(default=2, ge=0)
    timeout: float = Field(default=120.0, gt=0)
    time_budget: float = Field(default=600.0, gt=0)
    # Wall-clock seconds for a whole check(), slow answers included; questions not answered
    # by then are listed in the report's failures, and every other finding is kept.
    deadline: float = Field(default=900.0, gt=0)
    # A persistent cache of answers from a live endpoint (never used with a cassette).
    cache: bool = Field(default_factory=lambda: os.environ.get("CLAIMCHECK_CACHE", "1") != "0")
    cache_dir: Path = Field(
        default_factory=lambda: Path(
            os.environ.get("CLAIMCHECK_CACHE_DIR", Path.home() / ".cache" / "claimcheck")
        )
    )
    cache_max_bytes: int = Field(default=256 * 2**20, gt=0)
    max_chars: int = Field(default=2_000_000, gt=0)
    # How to read a numeric date whose day and month could swap ("03/04/2024"): True for
    # day first (3 April), False for month first (4 March), None to list it as skipped.
    dayfirst: bool | None = None
    # How to read "1.234" and "1,234" (a babel locale: "de_DE" reads 1234 and 1.234); None
    # reads them as English does.
    locale: str | None = None

    @field_validator("locale")
    @classmethod
    def _known_locale(cls, locale: str | None) -> str | None:
        """Refuse a locale babel does not know, naming it ('xx_YY')."""
        if locale is None:
            return None
        try:
            Locale.parse(locale)
        except (UnknownLocaleError, ValueError) as e:
            raise ValueError(f"unknown locale {locale!r} (try 'en_US', 'de_DE', 'fr_FR')") from e
        return locale

    window_chars: int = Field(default=6_000, ge=500)
    # Rules to run, by id or prefix ('CC8', 'CC804'), and rules to leave out; none selected
    # runs every rule. A rule left out costs nothing: its findings are dropped, and a
    # question that only such rules need is not asked.
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
