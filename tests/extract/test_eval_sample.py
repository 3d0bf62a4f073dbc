"""The evaluation command on a fixed SummEdits sample, replayed from cassettes."""

import json

from seed import CASSETTES, ROOT

from claimcheck.eval import Tally, items, main

SAMPLE = ROOT / "tests" / "data" / "summedits_sample.jsonl"


def test_sample_scores_and_prints_every_group(tmp_path, capsys):
    predictions = tmp_path / "predictions.jsonl"
    assert (
        main(
            [
                str(SAMPLE),
                "--cassettes",
                str(CASSETTES / "tests" / "eval"),
                "--predictions",
                str(predictions),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    for group in ("all", "selection=consistent_numeric_edit", "domain=news", "cost:"):
        assert group in out
    assert "items flagged" in out and "\nCC701 " in out  # what each rule flagged
    rows = [json.loads(line) for line in predictions.read_text().splitlines()]
    assert len(rows) == 59
    tally = Tally()
    for r in rows:
        tally.add(r["flagged"], r["label"] == 0)
    # Floors, not exact figures: the README gives the measured ones.
    assert tally.tp / (tally.tp + tally.fn) >= 0.6
    assert tally.fp / (tally.fp + tally.tn) <= 0.1


def test_answer_fields_are_never_read(tmp_path):
    item = {
        "id": "x",
        "doc": "d",
        "summary": "s",
        "label": 1,
        "original_summary": "ANSWER",
        "edit_types": ["x"],
        "numeric_tokens_added": ["1"],
    }
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(item) + "\n")
    (seen,) = items(path, None)
    assert set(seen) == {"id", "doc", "summary", "label"}
