"""Many texts: check_many keeps input order and isolates failures; a batch run killed
mid-way and started again writes the same file as an uninterrupted run."""

import json
import os
import signal
import subprocess
import sys
import time

from fake_server import serving
from seed import ARTICLE

import claimcheck
from claimcheck import Item, check_many

TEXTS = [
    ARTICLE,
    "The firm had 100 staff. Two years later it had 150 staff, about 50 more staff.",
    "Sales rose from 120 to 150, an increase of 50.",
]


def test_check_many_keeps_input_order_and_each_failure_to_its_item():
    items = [Item(id=f"t{i}", text=t) for i, t in enumerate(TEXTS)]
    items.insert(1, Item(id="empty", text="   "))
    with serving([("sleep", 0.05)]) as (url, _):
        config = claimcheck.Config(base_url=url)
        many = check_many(items, concurrency=4, config=config)
        one_by_one = [claimcheck.check(i.text, config=config) for i in items if i.id != "empty"]
    assert [c.id for c in many] == ["t0", "empty", "t1", "t2"]
    assert many[1].report is None and "empty" in many[1].error
    assert [c.report.to_json() for c in many if c.report] == [r.to_json() for r in one_by_one]


def _batch(folder, output, url, concurrency=2):
    return subprocess.Popen(
        [sys.executable, "-m", "claimcheck.cli", "batch", str(folder), "-o", str(output),
         "--base-url", url, "--concurrency", str(concurrency), "--allow-incomplete"],
        env=os.environ | {"CLAIMCHECK_CACHE": "0"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip


def test_a_killed_batch_resumes_and_ends_as_an_uninterrupted_run(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for n in range(8):
        (folder / f"{n:02d}.txt").write_text(TEXTS[n % len(TEXTS)].replace("150", str(150 + n)))
    whole, resumed = tmp_path / "whole.jsonl", tmp_path / "resumed.jsonl"
    with serving([("sleep", 0.2)]) as (url, _):
        assert _batch(folder, whole, url).wait(timeout=300) in (0, 1)
        run = _batch(folder, resumed, url)
        while not resumed.exists() or resumed.read_text().count("\n") < 2:
            time.sleep(0.1)
        run.send_signal(signal.SIGKILL)
        run.wait()
        cut = resumed.read_text().count("\n")
        assert 2 <= cut < 8
        assert _batch(folder, resumed, url).wait(timeout=300) in (0, 1)
    assert resumed.read_text() == whole.read_text()
    assert [json.loads(line)["id"] for line in whole.read_text().splitlines()] == [
        f"{n:02d}.txt" for n in range(8)
    ]
