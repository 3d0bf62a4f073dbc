"""Check many texts: concurrently, in input order, each failure kept to its own text, and a
JSONL run that resumes where it was stopped.

The checks run in a bounded pool of threads; their questions to a live endpoint go through
openai's async client on one shared event loop (llm/aio.py). Checks with a cassette take
turns (see llm/cassette.py); checks against a live endpoint run together.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from pathlib import Path

from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.models import Frozen, Report
from claimcheck.pipeline import check

MAX_CONCURRENCY = 64
TEXT_SUFFIXES = (".txt", ".md")


class Item(Frozen):
    """One text to check, with its id and what check() takes beside it."""

    id: str
    text: str
    sources: tuple[str, ...] = ()
    title: str | None = None
    published: date | None = None


class Checked(Frozen):
    """What became of one item: its report, or the error that stopped it."""

    id: str
    report: Report | None = None
    error: str | None = None

    def to_line(self) -> str:
        """One JSONL line: the item's id, then its report or its error."""
        body = self.report.to_dict() if self.report else {"error": self.error}
        return json.dumps({"id": self.id, **body}, ensure_ascii=False) + "\n"


def check_many(
    items: Iterable[Item | str],
    *,
    concurrency: int = 4,
    config: Config | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Checked]:
    """Check every item, `concurrency` at a time; return what became of each, in input order.

    A plain string is an item whose id is its position. One item's failure is recorded in its
    `Checked.error`; the others go on.
    """
    return list(
        checked_in_order(_items(items), concurrency=concurrency, config=config, progress=progress)
    )


def checked_in_order(
    items: Sequence[Item],
    *,
    concurrency: int,
    config: Config | None,
    progress: Callable[[str], None] | None = None,
) -> Iterator[Checked]:
    """Yield each item's outcome in input order, as soon as it and all before it are done."""
    if not 1 <= concurrency <= MAX_CONCURRENCY:
        raise InputError(f"concurrency must be between 1 and {MAX_CONCURRENCY}, not {concurrency}")
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="claimcheck") as pool:
        futures: list[Future[Checked]] = [
            pool.submit(_check_one, item, config, progress) for item in items
        ]
        for future in futures:
            yield future.result()


def _check_one(
    item: Item, config: Config | None, progress: Callable[[str], None] | None
) -> Checked:
    try:
        report = check(
            item.text,
            sources=item.sources,
            title=item.title,
            published=item.published,
            config=config,
            progress=progress,
        )
    except ClaimcheckError as exc:
        return Checked(id=item.id, error=f"{type(exc).__name__}: {exc}")
    return Checked(id=item.id, report=report)


def _items(items: Iterable[Item | str]) -> list[Item]:
    found = [i if isinstance(i, Item) else Item(id=str(n), text=i) for n, i in enumerate(items)]
    ids = [i.id for i in found]
    if len(set(ids)) != len(ids):
        raise InputError("item ids must be unique")
    return found


def read_items(source: Path) -> list[Item]:
    """Read a folder of texts (id: the file's path inside it) or a JSONL file of items."""
    if source.is_dir():
        files = sorted(p for p in source.rglob("*") if p.suffix in TEXT_SUFFIXES and p.is_file())
        return [
            Item(id=p.relative_to(source).as_posix(), text=p.read_text(encoding="utf-8"))
            for p in files
        ]
    items = []
    with source.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if line.strip():
                try:
                    items.append(Item.model_validate_json(line))
                except ValueError as exc:
                    raise InputError(f"{source}:{n}: not an item ({exc})") from exc
    return _items(items)


def done_ids(output: Path) -> list[str]:
    """Return the ids an earlier run already wrote, dropping a last line cut off mid-write."""
    if not output.exists():
        return []
    lines = output.read_text(encoding="utf-8").splitlines(keepends=True)
    complete = [line for line in lines if line.endswith("\n")]
    if len(complete) != len(lines):  # killed while writing: keep the whole lines only
        output.write_text("".join(complete), encoding="utf-8")
    return [str(json.loads(line)["id"]) for line in complete]
