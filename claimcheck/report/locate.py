"""Line and column of a character offset, as editors and code-scanning views count them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass


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
