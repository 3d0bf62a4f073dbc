"""Make text from the checked input safe to show: in a terminal, in Markdown and in HTML.

A checked text is untrusted. Its escape sequences could clear a terminal or set its title,
its raw HTML would render inside a Markdown table, and its bidi controls and zero-width
characters would reorder or hide what a reader sees. Every renderer passes input-derived text
through one of these functions.
"""

from __future__ import annotations

import re
from html import escape

# C0 controls except tab and newline, DEL, and the C1 controls (ESC starts every sequence).
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters that reorder or hide text: bidi embeddings, overrides and isolates, and the
# zero-width characters.
INVISIBLE = re.compile(r"[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def visible(text: str) -> str:
    """Show control characters as escapes (ESC is '\\x1b') and invisible ones as '<U+202E>'."""
    shown = CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", shown)


def markdown_cell(text: str) -> str:
    """Return text that stays inside one Markdown table cell and renders no HTML."""
    cell = visible(text.replace("\r\n", " ").replace("\r", " ").replace("\n", " "))
    return cell.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def html_text(text: str) -> str:
    """Escape text for HTML, and mark each invisible or control character visibly."""

    def marked(m: re.Match[str]) -> str:
        return f'<span class="ctl" title="hidden character">U+{ord(m.group()):04X}</span>'

    escaped = escape(CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text))
    return INVISIBLE.sub(marked, escaped)
