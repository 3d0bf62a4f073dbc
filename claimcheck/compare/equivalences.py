"""Names and codes that name the same thing: 'Q2' and 'second quarter', 'YoY' and 'year over
year', 'Dutch' and 'Netherlands'. The groups are data, in equivalences.toml beside this file."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

FILE = "equivalences.toml"
WORDS = re.compile(r"[^\W_]+")


def key(form: str) -> str:
    """Return a form's words, lower-cased and single-spaced: 'COVID-19' is 'covid 19'."""
    return " ".join(WORDS.findall(form.lower()))


@lru_cache(maxsize=1)
def groups() -> dict[str, frozenset[str]]:
    """Map the key of every form to the keys of every form of its group."""
    data = tomllib.loads((resources.files("claimcheck.compare") / FILE).read_text("utf-8"))
    found: dict[str, frozenset[str]] = {}
    for group in data["group"]:
        keys = frozenset(key(f) for f in group["forms"])
        for k in keys:
            found[k] = found.get(k, frozenset()) | keys
    return found


def forms(written: str) -> frozenset[str]:
    """Return the keys of the forms that name what `written` names (none when not listed)."""
    return groups().get(key(written), frozenset())
