"""What a CI user gets: SARIF, annotations, JSON and JSONL, rule selection, baselines."""

import json

import jsonschema
import pytest
from seed import ARTICLE, ROOT, SEED_CASSETTE
from typer.testing import CliRunner

import claimcheck
from claimcheck.cli import app
from claimcheck.report.locate import Lines, Position
from claimcheck.selection import Selection, fingerprints, selected

ARTICLE_PATH = ROOT / "examples" / "nato_casualties_article.txt"
REPLAY = ["--cassette", str(SEED_CASSETTE)]
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
STAFF = "Sales were flat in spring.\nSales rose from 120 to 150, an increase of 50."
runner = CliRunner()


def run(*args, stdin=None):
    return runner.invoke(app, ["check", *args], input=stdin)


def test_sarif_validates_and_locates_each_result_by_line_and_column():
    result = run(str(ARTICLE_PATH), "-f", "sarif", *REPLAY)
    assert result.exit_code == 1
    log = json.loads(result.output)
    jsonschema.validate(log, SCHEMA)
    (run_,) = log["runs"]
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} >= {"CC101", "CC402", "CC801"}
    lines = ARTICLE.split("\n")
    for r in run_["results"]:
        region = r["locations"][0]["physicalLocation"]["region"]
        line = lines[region["startLine"] - 1]
        start, length = region["startColumn"] - 1, region["charLength"]
        assert (
            line[start : start + length]
            == ARTICLE[region["charOffset"] : region["charOffset"] + length]
        )


def test_github_annotations_name_the_file_line_and_rule(tmp_path):
    path = tmp_path / "staff.txt"
    path.write_text(STAFF)
    result = run(str(path), "-f", "github", "--allow-incomplete")
    (line,) = [x for x in result.output.splitlines() if x.startswith("::")]
    assert line.startswith(f"::error file={path},title=CC101 error,line=2,col=")
    assert "::" in line[2:]


def test_json_of_several_files_is_one_array_and_jsonl_one_line_each(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(STAFF)
    b.write_text("Sales rose to 40 units.")
    array = json.loads(run(str(a), str(b), "-f", "json", "--allow-incomplete").output)
    assert [item["file"] for item in array] == [str(a), str(b)]
    assert all(item["schema_version"] == 3 for item in array)
    lines = run(str(a), str(b), "-f", "jsonl", "--allow-incomplete").output.splitlines()
    assert [json.loads(x)["file"] for x in lines] == [str(a), str(b)]
    assert [json.loads(x) for x in lines] == array  # the same reports, one per line


def test_json_names_its_sources_and_what_produced_it(tmp_path):
    source = tmp_path / "source.txt"
    source.write_text("The firm has 40 engineers.")
    payload = json.loads(
        run("-", "-f", "json", "--source", str(source), stdin="It has 50 engineers.").output
    )
    produced = payload["produced"]
    assert produced["sources"] == [str(source)]
    assert produced["claimcheck_version"] == claimcheck.__version__
    assert produced["endpoint"] in ("live", "none") and produced["text_chars"] == 20
    assert "text" not in produced  # the hash and length stand for the text


def test_select_and_ignore_by_id_or_prefix():
    report = claimcheck.check(ARTICLE, config=claimcheck.Config(cassette=SEED_CASSETTE))
    rules = {f.rule for f in report.findings}
    assert {"CC402", "CC502"} <= rules
    only_cc4 = selected(report, Selection(select=("CC4",)))
    assert {f.rule for f in only_cc4.findings} == {r for r in rules if r.startswith("CC4")}
    without = selected(report, Selection(ignore=("CC402",)))
    assert "CC402" not in {f.rule for f in without.findings} and "CC502" in {
        f.rule for f in without.findings
    }


def test_a_rule_left_out_costs_no_question_and_gives_no_finding():
    text = "Israel's three airlines ended the ban. Israel has four airlines. 40 out of 30 agreed."
    every = claimcheck.check(text)  # no endpoint: each question is listed as not asked
    assert any(f.part.startswith("restated:") for f in every.failures)
    without = claimcheck.check(text, config=claimcheck.Config(ignore=("CC804",)))
    assert not any(f.part.startswith("restated:") for f in without.failures)
    only = claimcheck.check(text, config=claimcheck.Config(select=("CC3",)))
    assert {f.rule for f in only.findings} == {"CC301"} and only.failures == ()


@pytest.mark.parametrize("rule", ["CC1", "CC2", "CC3", "CC4", "CC5", "CC8", "CC201", "CC402"])
def test_a_rule_selected_alone_finds_what_it_finds_among_all(rule):
    # A question skipped for the rules left out must not be one the selected rule needs.
    config = claimcheck.Config(cassette=SEED_CASSETTE)
    every = claimcheck.check(ARTICLE, config=config)
    alone = claimcheck.check(ARTICLE, config=config.model_copy(update={"select": (rule,)}))
    assert alone.findings == tuple(f for f in every.findings if f.rule.startswith(rule))


def test_the_cli_asks_no_question_for_a_rule_it_ignores(tmp_path):
    path = tmp_path / "airlines.txt"
    path.write_text("Israel's three airlines ended it. Israel has four airlines.")
    asked, ignored = run(str(path), "-f", "json"), run(str(path), "--ignore", "CC804", "-f", "json")
    assert [f["part"] for f in json.loads(asked.output)["failures"]] == [
        "restated:Q1",
        "restated:Q2",
    ]
    assert json.loads(asked.output)["complete"] is False  # no model was there to answer
    assert json.loads(ignored.output)["failures"] == []
    assert json.loads(ignored.output)["complete"] is True


def test_pyproject_selects_rules_for_the_cli(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.claimcheck]\nignore = ["CC1"]\n')
    (tmp_path / "staff.txt").write_text(STAFF)
    monkeypatch.chdir(tmp_path)
    assert run("staff.txt", "--allow-incomplete").exit_code == 0  # CC101 ignored
    assert run("staff.txt", "--allow-incomplete", "--ignore", "CC9").exit_code == 1


def test_a_baseline_drops_accepted_findings_and_keeps_new_ones(tmp_path):
    path, accepted = tmp_path / "staff.txt", tmp_path / "baseline.json"
    path.write_text(STAFF)
    assert run(str(path), "--write-baseline", str(accepted), "--allow-incomplete").exit_code == 0
    assert run(str(path), "--baseline", str(accepted), "--allow-incomplete").exit_code == 0
    # An edit elsewhere keeps the accepted finding accepted; a new error is reported.
    path.write_text(
        "A new opening line.\n" + STAFF + "\nIt sold 10 cars in 2020 and 12 in 2021, 5 more."
    )
    result = run(str(path), "--baseline", str(accepted), "--allow-incomplete", "-f", "json")
    found = [f for f in json.loads(result.output)["findings"] if f["status"] == "inconsistent"]
    assert result.exit_code == 1 and [f["spans"][0]["text"] for f in found] == ["5"]


def test_fingerprints_survive_edits_elsewhere_and_change_with_their_sentence():
    def prints(text):
        return fingerprints(claimcheck.check(text, config=claimcheck.Config(base_url=None)))

    assert prints(STAFF) == prints("Preface.\n" + STAFF)
    assert prints(STAFF) != prints(STAFF.replace("Sales rose", "Sales grew"))


def test_version_quiet_and_plurals(tmp_path):
    assert runner.invoke(app, ["--version"]).output == f"claimcheck {claimcheck.__version__}\n"
    path = tmp_path / "staff.txt"
    path.write_text(STAFF)
    quiet = run(str(path), "-q", "--allow-incomplete")
    assert quiet.exit_code == 1 and quiet.output == ""
    text = run("-", "--allow-incomplete", stdin="It had 1 car.").output
    assert "1 figure," in text and "1 figures" not in text


@pytest.mark.parametrize(
    ("offset", "position"), [(0, Position(1, 1)), (4, Position(2, 1)), (6, Position(2, 3))]
)
def test_offsets_become_lines_and_columns(offset, position):
    assert Lines("abc\nde\n").at(offset) == position
