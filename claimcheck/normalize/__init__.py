"""Deterministic reading: every figure, date, duration and ordinal period, with spans."""

from claimcheck.normalize.reading import read

__all__ = ["read"]
