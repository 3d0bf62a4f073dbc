"""Real texts checked alone, replayed from cassettes: contradictions found, clean texts silent."""

import json

import pytest
from seed import CASSETTES, ROOT

import claimcheck
from claimcheck.eval import main
from claimcheck.eval_internal import Scores, items
from claimcheck.models import Status

DATA = ROOT / "tests" / "data"
SAMPLE = DATA / "internal_sample.jsonl"
EDITS = DATA / "internal_edits.jsonl"
PROBES = DATA / "internal_probes.jsonl"
RECORDED = CASSETTES / "tests" / "internal"


def rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


TEXTS = (SAMPLE, EDITS, PROBES)
CLEAN = [r for path in TEXTS for r in rows(path) if not r["inconsistent"]]
# The edits and the dev texts that the statement checks find; the README names the misses.
FOUND = {
    "icd-004": "CC208",
    "icd-008": "CC801",
    "icd-026": "CC801",
    "icd-029": "CC206",
    "edit-01": "CC801",
    "edit-02": "CC801",
    "edit-03": "CC801",
    "edit-04": "CC802",
    "edit-05": "CC804",
    "edit-07": "CC801",
    "edit-08": "CC802",
    "edit-09": "CC207",
    "edit-11": "CC801",
    "edit-12": "CC209",
    "edit-15": "CC301",
    "edit-16": "CC801",
    "edit-18": "CC801",
    "edit-20": "CC801",
    "edit-22": "CC801",
    "edit-24": "CC801",
    "edit-25": "CC801",
    "edit-26": "CC801",
    "edit-28": "CC801",
    "edit-30": "CC801",
    "edit-31": "CC801",
    "edit-35": "CC801",
    "edit-37": "CC801",
    "edit-40": "CC801",
    "edit-43": "CC801",
    "edit-44": "CC801",
    "edit-46": "CC801",
    "edit-49": "CC801",
    "edit-51": "CC801",
    "edit-52": "CC801",
    "edit-55": "CC801",
    "edit-57": "CC801",
    "edit-59": "CC801",
    "edit-60": "CC801",
    "edit-66": "CC801",
    "edit-67": "CC801",
    "edit-68": "CC801",
    "edit-71": "CC801",
    "edit-06": "CC801",
    "edit-33": "CC801",
    "edit-38": "CC801",
    "edit-45": "CC801",
    "edit-74": "CC801",
    "edit-77": "CC801",
    "edit-79": "CC801",
    "edit-81": "CC801",
    "edit-83": "CC801",
    "edit-86": "CC801",
    "edit-89": "CC801",
    "edit-29": "CC801",
    "edit-102": "CC801",
    "edit-103": "CC801",
    "edit-104": "CC801",
    "edit-91": "CC801",
    "edit-92": "CC801",
    "edit-93": "CC801",
    "edit-95": "CC801",
    "edit-96": "CC801",
    "edit-97": "CC801",
    "edit-94": "CC801",
    "edit-50": "CC803",
    "edit-53": "CC803",
    "edit-100": "CC803",
    "edit-105": "CC803",
    "edit-64": "CC804",
    "edit-78": "CC804",
    "edit-101": "CC804",
    "p22-01": "CC801",
    "p22-02": "CC804",
    "p22-06": "CC801",
    "p22-09": "CC801",
    "p22-10": "CC801",
    "p22-11": "CC804",
    "p22-13": "CC804",
}
POSITIVE = [r for path in TEXTS for r in rows(path) if r["id"] in FOUND]


def inconsistent(row):
    config = claimcheck.Config(cassette=RECORDED / f"{row['id']}.yaml")
    report = claimcheck.check(row["text"], config=config)
    return [f for f in report.findings if f.status is Status.INCONSISTENT]


@pytest.mark.parametrize("row", CLEAN, ids=[r["id"] for r in CLEAN])
def test_a_clean_real_text_raises_no_alarm(row):
    assert inconsistent(row) == []


@pytest.mark.parametrize("row", POSITIVE, ids=[r["id"] for r in POSITIVE])
def test_an_inserted_contradiction_is_found_at_both_of_its_spans(row):
    found = [f for f in inconsistent(row) if f.rule == FOUND[row["id"]]]
    assert found, "the contradiction was not found"
    # as the eval counts it: one finding of the rule holds a span of each passage
    assert any(
        all(
            any(s.start < e["end"] and e["start"] < s.end for s in finding.spans)
            for e in row["evidence"]
        )
        for finding in found
    ), [f.message for f in found]


def test_the_internal_eval_scores_and_prints_its_cost(capsys):
    assert main(["--internal", str(SAMPLE), "--cassettes", str(RECORDED)]) == 0
    out = capsys.readouterr().out
    assert "false alarms                 0/15" in out
    assert "localised (both spans)" in out and "per 1,000 words" in out


def test_the_internal_eval_gives_the_checker_no_label(tmp_path):
    row = rows(SAMPLE)[0] | {"type": "ANSWER", "subtype": "ANSWER", "doc_type": "news"}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(row) + "\n")
    (seen,) = items(path, None)
    assert set(seen) == {"id", "text", "inconsistent", "evidence"}


def test_a_positive_with_no_evidence_is_never_localised():
    scores = Scores()
    report = claimcheck.check("40 out of 30 people agreed.")
    scores.add({"text": "40 out of 30 people agreed.", "inconsistent": True}, report)
    assert scores.texts.tp == 1 and scores.hits == 0
