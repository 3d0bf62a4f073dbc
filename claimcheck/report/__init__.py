"""Render a Report for people: plain text and markdown (JSON is Report.to_json)."""

from claimcheck.report.text import render_markdown, render_text

__all__ = ["render_markdown", "render_text"]
