"""Line and column of a character offset, as editors and code-scanning views count them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from claimcheck.models import Report, Span


@dataclass(frozen=True)
class Position:
    """1-based line and column; columns count characters (Unicode code points)."""

    line: int
    column: int


class Lines:
    """The line starts of a text, to turn offsets into positions in O(log lines)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def at(self, offset: int) -> Position:
        line = bisect.bisect_right(self.starts, offset) - 1
        return Position(line + 1, offset - self.starts[line] + 1)


class InFile:
    """Where a report's spans are in the checked file, which lacks a --title placed before
    the text: the offsets are shifted by the title's length."""

    def __init__(self, report: Report) -> None:
        self.shift = report.produced.title_chars if report.produced else 0
        self.lines = Lines(report.document[self.shift :])

    def offset(self, span: Span) -> int | None:
        """Return the span's offset in the file, or None for a span inside the title."""
        return span.start - self.shift if span.start >= self.shift else None

    def region(self, span: Span) -> tuple[Position, Position] | None:
        """Return where the span starts and ends in the file, or None inside the title."""
        start = self.offset(span)
        if start is None:
            return None
        return self.lines.at(start), self.lines.at(start + span.end - span.start)
