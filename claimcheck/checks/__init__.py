"""Deterministic checks: pure functions from Claims to findings, registered by rule id."""

from claimcheck.checks import (
    arithmetic,
    attribution,
    headline,
    partwhole,
    quotes,
    sources,
    statements,
    temporal,
)
from claimcheck.checks.registry import RULES, run_all

__all__ = [
    "RULES",
    "arithmetic",
    "attribution",
    "headline",
    "partwhole",
    "quotes",
    "run_all",
    "sources",
    "statements",
    "temporal",
]
