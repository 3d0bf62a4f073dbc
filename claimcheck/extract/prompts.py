"""Load prompts from the prompt files shipped as claimcheck.prompts."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from string import Template

SECTION = re.compile(r"^# (system|user)\s*$", re.MULTILINE)


@cache
def load(name: str) -> dict[str, Template]:
    """Return the 'system' and 'user' templates of prompts/<name>.md."""
    text = resources.files("claimcheck.prompts").joinpath(f"{name}.md").read_text("utf-8")
    parts = SECTION.split(text)
    return {parts[i]: Template(parts[i + 1].strip()) for i in range(1, len(parts), 2)}


def messages(name: str, **fields: str) -> list[dict[str, str]]:
    """Fill the prompt's templates; placeholders left unfilled raise KeyError."""
    templates = load(name)
    return [
        {"role": role, "content": templates[role].substitute(fields)} for role in ("system", "user")
    ]
