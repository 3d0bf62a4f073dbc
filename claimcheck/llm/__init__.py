"""The model, behind one small interface: ask a multiple-choice question about a text."""

from claimcheck.llm.client import LLM, Usage

__all__ = ["LLM", "Usage"]
