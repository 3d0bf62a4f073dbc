"""check(): read the text, let the model link what code proposes, run every rule, report."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import date

from claimcheck.checks import run_all
from claimcheck.compare import compare, not_compared, terms
from claimcheck.config import Config
from claimcheck.errors import InputError, InputTooLargeError
from claimcheck.extract import Chooser, extract
from claimcheck.llm import LLM
from claimcheck.llm.cassette import cassette
from claimcheck.models import (
    Coverage,
    Endpoint,
    Finding,
    Produced,
    Reading,
    Report,
    SourceMatch,
    Span,
)
from claimcheck.normalize import read
from claimcheck.selection import Selection
from claimcheck.statements import restated, statements
from claimcheck.version import __version__

TITLE_SEPARATOR = "\n\n"


def check(
    text: str,
    *,
    title: str | None = None,
    published: date | None = None,
    sources: Sequence[str] = (),
    config: Config | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Check the figures, dates and attributions of a text, and against its sources if given.

    `progress`, when given, is called with the name of each model call before it is sent,
    so that a long check can show it is moving.
    """
    _check_arguments(sources, published, config, progress)
    config = config or Config()
    document = _validated(text, title, config)
    docs = [_validated(s, None, config, what=f"source {i}") for i, s in enumerate(sources)]
    reading = read(document, published, config.dayfirst, config.locale)
    effective, assumptions = _publication(reading, published)
    if title is not None:
        assumptions.insert(
            0, f"offsets count the title and {len(TITLE_SEPARATOR)} newlines placed before the text"
        )
    llm = LLM(config, on_call=progress)
    rules = Selection(config.select, config.ignore)
    chooser = Chooser(llm, document, window=config.window_chars, wanted=rules.keeps)
    with cassette(config.cassette, record=config.record):
        claims = extract(document, reading, chooser, effective, has_title=title is not None)
        said = statements(document, reading, claims, chooser, restate=not docs)
        matches = compare(
            document,
            reading,
            said.parsed,
            claims.quotes,
            docs,
            published,
            chooser,
            dayfirst=config.dayfirst,
            locale=config.locale,
        )
        if docs:
            said = restated(said, document, claims, chooser, _supported(matches))
    everything = run_all(
        claims.model_copy(
            update={
                "source_matches": tuple(matches),
                "statements": said.statements,
                "timings": said.timings,
                "elapsed": said.elapsed,
                "delays": said.delays,
                "lastings": said.lastings,
                "restatements": said.restatements,
            }
        )
    )
    findings = [f for f in everything if rules.keeps(f.rule)]
    assumptions += _window_notes(document, config, chooser)
    return Report(
        findings=tuple(findings),
        statements=said.statements,
        coverage=_coverage(reading, claims.quotes, findings, llm, compared=bool(docs)),
        assumptions=tuple(assumptions),
        failures=tuple(chooser.failures),
        produced=_produced(document, config, title),
    )


def _supported(matches: Sequence[SourceMatch]) -> frozenset[tuple[int, int]]:
    """The spans of the text's values that a source supports."""
    return frozenset((m.span.start, m.span.end) for m in matches if m.status == "supported")


def _produced(document: str, config: Config, title: str | None) -> Produced:
    """Say what produced the report: the text, claimcheck's version, the model and endpoint."""
    endpoint: Endpoint = "live" if config.base_url else "none"
    if config.cassette is not None and not config.record:
        endpoint = "cassette"
    return Produced(
        claimcheck_version=__version__,
        model=config.model,
        endpoint=endpoint,
        cassette=str(config.cassette) if config.cassette else None,
        text_sha256=hashlib.sha256(document.encode("utf-8")).hexdigest(),
        text_chars=len(document),
        title_chars=len(title) + len(TITLE_SEPARATOR) if title is not None else 0,
        text=document,
    )


def _window_notes(document: str, config: Config, chooser: Chooser) -> list[str]:
    """Say what the model saw of a long text, and which of its answers were not used."""
    notes = []
    if len(document) > config.window_chars:
        notes.append(
            f"the text is longer than the model's window: each question showed it excerpts of "
            f"at most {config.window_chars:,} characters around the claim asked about"
        )
    if chooser.unstable:
        notes.append(
            f"{chooser.unstable} model answer(s) changed when the options were "
            "reordered and were not used"
        )
    return notes


def _coverage(
    reading: Reading, quotes: Sequence[Span], findings: list[Finding], llm: LLM, compared: bool
) -> Coverage:
    """Count what was read, what a check cited, what was skipped, and what the model cost."""
    cited = {(s.start, s.end) for f in findings for s in f.spans}
    figures = [q.span for q in reading.quantities]
    return Coverage(
        figures=len(figures),
        dates=len(reading.dates),
        durations=len(reading.durations),
        ordinals=len(reading.ordinals),
        checked=sum((s.start, s.end) in cited for s in figures),
        skipped=reading.skipped,
        llm_calls=llm.usage.calls,
        cached_answers=llm.usage.cached,
        prompt_tokens=llm.usage.prompt_tokens,
        completion_tokens=llm.usage.completion_tokens,
        not_compared=tuple(not_compared(reading) + terms(quotes)) if compared else (),
    )


def _check_arguments(sources: object, published: object, config: object, progress: object) -> None:
    """Refuse arguments of the wrong type with what was expected, before any work."""
    if isinstance(sources, str | bytes) or not isinstance(sources, Sequence):
        raise InputError(
            f"sources must be a list of texts, not {type(sources).__name__}; "
            "pass one source as [text]"
        )
    if published is not None and not isinstance(published, date):
        raise InputError(
            f"published must be a datetime.date, not {type(published).__name__}; "
            "for a string use date.fromisoformat('2024-03-14')"
        )
    if config is not None and not isinstance(config, Config):
        raise InputError(f"config must be a claimcheck.Config, not {type(config).__name__}")
    if progress is not None and not callable(progress):
        raise InputError(f"progress must be callable, not {type(progress).__name__}")


def _validated(text: object, title: str | None, config: Config, what: str = "the text") -> str:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{what} is not UTF-8 (byte {exc.start}); decode it first") from exc
    if not isinstance(text, str):
        raise InputError(f"{what} must be str, not {type(text).__name__}")
    if title is not None and not isinstance(title, str):
        raise InputError(f"title must be str, not {type(title).__name__}")
    if "\x00" in text:
        raise InputError(f"{what} holds NUL bytes: it looks binary, not text")
    if not text.strip():
        raise InputError(f"{what} is empty")
    document = f"{title}{TITLE_SEPARATOR}{text}" if title is not None else text
    if len(document) > config.max_chars:
        raise InputTooLargeError(
            f"{what} has {len(document):,} characters, over the limit of {config.max_chars:,}; "
            "raise it with Config(max_chars=...)",
            size=len(document),
            limit=config.max_chars,
        )
    return document


def _publication(reading: Reading, published: date | None) -> tuple[date | None, list[str]]:
    """Return the publication date to reason with, and say so when it was inferred."""
    if published is not None:
        return published, []
    if not reading.dates:
        return None, [
            "no publication date given and none in the text: relative periods "
            "such as 'entered its third year' are not placed in time"
        ]
    latest = max(reading.dates, key=lambda d: d.days.hi)
    year_less = sum(d.year_from == "later_than_dated_text" for d in reading.dates)
    notes = [
        f"no publication date given: taken as {latest.last}, the latest date in the text "
        f"({latest.span.text!r})"
    ]
    if year_less:
        notes.append(
            f"{year_less} date(s) without a year placed after the latest dated one, as "
            "news copy writes the current year without its number"
        )
    return latest.last, notes
