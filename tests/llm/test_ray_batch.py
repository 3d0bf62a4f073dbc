"""The batch on Ray Data: a local Ray cluster checks several texts with a pool of actors and
gives what check_many gives, in input order, through the API, Parquet and the CLI."""

import pytest
from fake_server import serving
from seed import ARTICLE
from typer.testing import CliRunner

import claimcheck
from claimcheck import Item, check_many
from claimcheck.cli import app
from claimcheck.models import Report

ray = pytest.importorskip("ray")
# Ray warns about its own deprecated settings when it reads its context.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray")
from claimcheck.ray_batch import check_dataset, checked_on_ray  # noqa: E402

TEXTS = [
    ARTICLE,
    "The firm had 100 staff. Two years later it had 150 staff, about 50 more staff.",
    "Sales rose from 120 to 150, an increase of 50.",
    "The plant made 12 cars in 2020 and 15 in 2021, 5 more.",
    "40 out of 30 people agreed.",
]
ITEMS = [Item(id=f"t{i}", text=t) for i, t in enumerate(TEXTS)]
ITEMS.insert(2, Item(id="empty", text="   "))


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def endpoint():
    with serving([("sleep", 0.01)]) as (url, _):
        yield claimcheck.Config(base_url=url, cache=False)


def test_ray_actors_give_what_check_many_gives_in_input_order(cluster, endpoint):
    on_ray = list(checked_on_ray(ITEMS, config=endpoint, actors=2, threads=2, batch_size=2))
    here = check_many(ITEMS, concurrency=2, config=endpoint)
    assert [c.id for c in on_ray] == [i.id for i in ITEMS]
    assert "empty" in on_ray[2].error
    assert sum(len(c.report.findings) for c in here if c.report) > 0
    assert [c.to_line() for c in on_ray] == [c.to_line() for c in here]


def test_a_checked_dataset_round_trips_through_parquet(cluster, endpoint, tmp_path):
    rows = [i.model_dump(mode="json") for i in ITEMS if i.id != "empty"]
    check_dataset(ray.data.from_items(rows), config=endpoint, actors=2).write_parquet(tmp_path)
    back = {r["id"]: r for r in ray.data.read_parquet(str(tmp_path)).take_all()}
    for done in check_many([i for i in ITEMS if i.id != "empty"], config=endpoint):
        assert back[done.id]["error"] is None
        assert Report.from_json(back[done.id]["report"]).to_json() == done.report.to_json()


def test_the_batch_command_on_ray_writes_the_file_the_threads_write(cluster, endpoint, tmp_path):
    items = tmp_path / "items.jsonl"
    items.write_text("".join(i.model_dump_json() + "\n" for i in ITEMS))
    runner = CliRunner()
    base = ["batch", str(items), "--base-url", endpoint.base_url, "--allow-incomplete"]
    for name, extra in (("threads", []), ("ray", ["--ray-actors", "2"])):
        result = runner.invoke(app, [*base, "-o", str(tmp_path / f"{name}.jsonl"), *extra])
        assert result.exit_code in (0, 1), result.output
    assert (tmp_path / "ray.jsonl").read_text() == (tmp_path / "threads.jsonl").read_text()
