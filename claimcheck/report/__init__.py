"""Render a Report for people: text, markdown and HTML (JSON is Report.to_json)."""

from claimcheck.report.html import render_html
from claimcheck.report.text import render_markdown, render_text

__all__ = ["render_html", "render_markdown", "render_text"]
