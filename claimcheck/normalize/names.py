"""Compare the names of parties: 'Stoltenberg' and 'NATO Secretary General Jens Stoltenberg'."""

from __future__ import annotations

import re

from claimcheck.normalize.words import spaced

FILLER = frozenset({"the", "of", "for", "s", "and"})
# Titles and ranks a person's name is written with or without.
TITLES = spaced(
    "mr mrs ms dr sir dame president general prime minister senator sen governor gov mayor "
    "premier chancellor colonel col captain capt major lieutenant lt sergeant sgt admiral "
    "commander king queen prince princess lord lady judge justice professor prof bishop pope "
    "sheikh"
)
# Shortest acronym compared with the words it stands for: 'UN', 'USDA', 'CPSC'.
ACRONYM = 2
# Words an acronym leaves out: 'USDA' is the U.S. Department of Agriculture.
UNLETTERED = frozenset({"the", "of", "for", "and"})


def same_name(a: str, b: str) -> bool:
    """Tell whether one name is the other, holds all of its words ('Stoltenberg'), titles
    aside ('General Musharraf'), or is its acronym ('the USDA' and 'the U.S. Department of
    Agriculture')."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    # 'General Musharraf' and 'President Pervez Musharraf' are one man: titles aside, one
    # name holds the other's words
    ta, tb = wa - TITLES, wb - TITLES
    untitled = bool(ta and tb) and (ta <= tb or tb <= ta)
    return wa <= wb or wb <= wa or untitled or _acronym_of(a, b) or _acronym_of(b, a)


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", name.lower()) if w not in FILLER}


def _acronym_of(short: str, long: str) -> bool:
    """Tell whether a one-word name is the initials of another's words, written in capitals
    in the text ('USDA' of 'U.S. Department of Agriculture', 'UN' of 'United Nations')."""
    letters = [w for w in re.findall(r"\w+", short) if w.lower() not in UNLETTERED]
    if len(letters) != 1 or not letters[0].isupper() or len(letters[0]) < ACRONYM:
        return False
    return bool(initials(long).upper() == letters[0])


def initials(name: str) -> str:
    """Return the first letters of a name's words, those an acronym leaves out left out:
    'U.S. Department of Agriculture' gives 'USDA'."""
    return "".join(w[0] for w in re.findall(r"\w+", name) if w.lower() not in UNLETTERED)
