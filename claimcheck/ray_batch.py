"""The batch beyond one machine: Ray Data spreads the items over a pool of actors.

Each actor is given the `Config` (any OpenAI-compatible endpoint, or a load balancer in front
of several) and checks the rows of each block it is handed `threads` at a time, as
`check_many` does on one machine. A row that fails keeps its error; the others go on. Needs
the optional extra: pip install "claimcheck[ray]".

    ds = ray.data.read_parquet("s3://bucket/items/")        # id, text, [sources, title, published]
    check_dataset(ds, config=Config(base_url=...), actors=8).write_parquet("s3://bucket/reports/")
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from claimcheck.batch import MAX_CONCURRENCY, Checked, Item, check_many
from claimcheck.config import Config
from claimcheck.errors import ConfigError, InputError
from claimcheck.models import Report

if TYPE_CHECKING:
    import ray.data


class _Checker:
    """One Ray actor: it checks the rows of each batch it is handed against its endpoint."""

    def __init__(self, config: Config, threads: int) -> None:
        self.config = config
        self.threads = threads

    def __call__(self, rows: Any) -> dict[str, list[str | None]]:
        items = [_item(row) for row in rows.to_pylist()]
        done = check_many(items, concurrency=self.threads, config=self.config)
        return {
            "id": [c.id for c in done],
            "report": [c.report.to_json() if c.report else None for c in done],
            "error": [c.error for c in done],
        }


def _item(row: dict[str, Any]) -> Item:
    """An item from a dataset row; a column a row leaves empty takes the item's default."""
    return Item.model_validate({k: v for k, v in row.items() if v is not None})


def check_dataset(
    ds: ray.data.Dataset,
    *,
    config: Config,
    actors: int = 2,
    threads: int = 4,
    batch_size: int = 8,
) -> ray.data.Dataset:
    """Check every row of `ds` (columns id, text, and optionally sources, title, published).

    Returns a dataset of (id, report, error) rows, report being the JSON of Report.to_json;
    Report.from_json reads it back. `actors` actors each check `threads` rows at a time."""
    if not 1 <= threads <= MAX_CONCURRENCY:
        raise InputError(f"threads must be between 1 and {MAX_CONCURRENCY}, not {threads}")
    if actors < 1 or batch_size < 1:
        raise InputError("actors and batch_size must be at least 1")
    return ds.map_batches(
        _Checker,
        fn_constructor_kwargs={"config": config, "threads": threads},
        concurrency=actors,
        batch_size=batch_size,
        batch_format="pyarrow",
    )


def checked_on_ray(
    items: Sequence[Item],
    *,
    config: Config,
    actors: int = 2,
    threads: int = 4,
    batch_size: int = 8,
) -> Iterator[Checked]:
    """Yield each item's outcome in input order, checked by Ray actors: what checked_in_order
    does with threads, on the Ray cluster this process is connected to (a local one, started
    here, when none is)."""
    ray = _ray()  # now, not at the first item: a missing extra is a usage error
    if not ray.is_initialized():
        ray.init(include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    rows = [item.model_dump(mode="json") for item in items]
    if not rows:
        return iter(())
    ds = ray.data.from_items(rows)
    checked = check_dataset(
        ds, config=config, actors=actors, threads=threads, batch_size=batch_size
    )
    return (_checked(row) for row in checked.iter_rows())


def _checked(row: dict[str, Any]) -> Checked:
    report = Report.from_json(row["report"]) if row["report"] is not None else None
    return Checked(id=row["id"], report=report, error=row["error"])


def _ray() -> Any:
    """Import Ray and Ray Data, or say which extra to install."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise ConfigError(
            'Ray is not installed: pip install "claimcheck[ray]" (Ray Data runs the batch)'
        ) from exc
    return ray
