"""Compare the names of parties: 'Stoltenberg' and 'NATO Secretary General Jens Stoltenberg'."""

from __future__ import annotations

import re

FILLER = frozenset({"the", "of", "for", "s"})


def same_name(a: str, b: str) -> bool:
    """Tell whether one name is the other, or holds all of its words ('Stoltenberg')."""
    wa, wb = _words(a), _words(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", name.lower()) if w not in FILLER}
