"""The command line on the founding example, replayed from its cassette, in every format."""

import io
import json

import pytest
from rich.console import Console
from rich.progress import Progress
from seed import ARTICLE, ROOT, SEED_CASSETTE
from typer.testing import CliRunner

import claimcheck.cli as cli
from claimcheck.cli import _Tracker, app

ARTICLE_PATH = ROOT / "examples" / "nato_casualties_article.txt"
REPLAY = ["--cassette", str(SEED_CASSETTE)]
runner = CliRunner()


def run(*args, stdin=None):
    return runner.invoke(app, ["check", *args], input=stdin)


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_every_format_reports_the_errors_and_exits_1(fmt):
    result = run(str(ARTICLE_PATH), "--format", fmt, *REPLAY)
    assert result.exit_code == 1, result.output
    assert "CC201" in result.output and "CC402" in result.output


def test_json_has_a_schema_version_and_spans():
    report = json.loads(run(str(ARTICLE_PATH), "-f", "json", *REPLAY).output)
    assert report["schema_version"] == 3
    finding = next(f for f in report["findings"] if f["rule"] == "CC201")
    assert {"rule", "severity", "status", "message", "computation", "spans"} <= set(finding)
    span = finding["spans"][0]
    assert ARTICLE[span["start"] : span["end"]] == span["text"]


def test_html_is_self_contained_and_highlights_spans():
    html = run(str(ARTICLE_PATH), "-f", "html", *REPLAY).output
    assert html.startswith("<!doctype html>") and 'class="error"' in html
    assert "http://" not in html and "https://" not in html and "<script" not in html


def test_standard_input():
    result = run("-", *REPLAY, stdin=ARTICLE)
    assert result.exit_code == 1 and "CC203" in result.output


def test_a_consistent_text_exits_0():
    result = run("-", stdin="Sales rose from 100 units to 120 units.")
    assert result.exit_code == 0, result.output


def test_fail_on_warning_fails_on_an_unsupported_value(tmp_path):
    source = tmp_path / "source.txt"
    source.write_text("Sales rose to 120 units, the firm said.")
    text = "Sales rose to 120 units. The firm was founded by 40 engineers."
    assert run("-", "--source", str(source), stdin=text).exit_code == 0
    assert run("-", "--source", str(source), "--fail-on", "warning", stdin=text).exit_code == 1


def test_the_report_says_which_file_each_source_index_is(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Sales rose to 120 units.")
    second.write_text("The firm has 40 engineers.")
    result = run("-", "--source", str(first), "--source", str(second), stdin="It has 40 engineers.")
    assert f"sources: 0 = {first}; 1 = {second}" in result.output
    assert "source 1" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["nowhere.txt"],
        [str(ARTICLE_PATH), "--published", "14 March"],
        [str(ARTICLE_PATH), str(ARTICLE_PATH), "--format", "html"],
    ],
)
def test_usage_and_input_errors_exit_2(args):
    result = run(*args)
    assert result.exit_code == 2


def test_several_files_to_an_output_dir(tmp_path):
    out = tmp_path / "out"
    result = run(str(ARTICLE_PATH), "-f", "html", "--output-dir", str(out), *REPLAY)
    assert result.exit_code == 1
    assert (out / "nato_casualties_article.html").read_text().startswith("<!doctype")


def test_inputs_sharing_a_name_get_reports_of_their_own(tmp_path):
    for folder, figure in (("a", 5), ("b", 9)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "r.txt").write_text(f"Sales rose from 3 to {figure} units.")
    out = tmp_path / "out"
    paths = [str(tmp_path / "a" / "r.txt"), str(tmp_path / "b" / "r.txt")]
    result = run(*paths, "-f", "json", "--output-dir", str(out), "--allow-incomplete")
    assert result.exit_code == 0, result.output
    reports = sorted(out.iterdir())
    assert len(reports) == 2 and all(p.suffix == ".json" for p in reports)


def test_a_report_already_written_is_not_overwritten_unless_asked(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "stdin.json").write_text("an earlier report")
    args = ["-", "-f", "json", "--output-dir", str(out), "--allow-incomplete"]
    refused = run(*args, stdin="Sales rose to 5 units.")
    assert refused.exit_code == 2 and "--overwrite" in refused.output
    assert (out / "stdin.json").read_text() == "an earlier report"
    replaced = run(*args, "--overwrite", stdin="Sales rose to 5 units.")
    assert replaced.exit_code == 0
    assert json.loads((out / "stdin.json").read_text())["schema_version"]


def test_an_output_dir_that_is_a_file_is_a_usage_error(tmp_path):
    taken = tmp_path / "taken"
    taken.write_text("x")
    result = run("-", "--output-dir", str(taken), stdin="Sales rose to 5 units.")
    assert result.exit_code == 2 and "is a file" in result.output


def test_reading_stops_at_the_size_limit_and_names_the_flag():
    result = run("-", "--max-chars", "100", stdin="x" * 1_000_000)
    assert result.exit_code == 2
    assert "longer than 100 characters" in result.output and "--max-chars" in result.output


def test_an_internal_error_has_its_own_exit_code_and_one_line(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "check", broken)
    result = run("-", stdin="Sales rose to 5 units.")
    assert result.exit_code == cli.EXIT_BUG
    assert "internal error" in result.output and "Traceback" not in result.output
    verbose = run("-", "-v", stdin="Sales rose to 5 units.")
    assert "Traceback" in verbose.output


def test_progress_names_the_file_and_counts_its_model_calls():
    console = Console(file=io.StringIO(), force_terminal=True)
    with Progress(console=console) as progress:
        tracker = _Tracker(progress, progress.add_task("checking", total=2))
        asked = tracker.asking(ARTICLE_PATH)
        asked("links:CC101")
        asked("links:CC201")
        tracker.advance()
        (task,) = progress.tasks
        assert (task.description, task.completed) == (
            "nato_casualties_article.txt: model call 2",
            1,
        )


def test_exit_3_when_the_model_was_not_reached_unless_allowed(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    path = tmp_path / "staff.txt"
    path.write_text(
        "The firm had 100 staff. Two years later it had 150 staff, about 50 more staff."
    )
    result = run(str(path), "--format", "json")
    assert result.exit_code == 3, result.output
    assert json.loads(result.output)["complete"] is False
    assert run(str(path), "--allow-incomplete").exit_code == 0


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/v1", "not a url at all"])
def test_exit_3_when_the_endpoint_refuses_or_is_not_a_url(tmp_path, url):
    path = tmp_path / "staff.txt"
    path.write_text(
        "The firm had 100 staff. Two years later it had 150 staff, about 50 more staff."
    )
    result = run(str(path), "--base-url", url)
    assert result.exit_code == 3, result.output
    assert "FAILED" in result.output


def test_dayfirst_reads_a_numeric_date_that_could_swap(tmp_path):
    path = tmp_path / "deal.txt"
    path.write_text("The deal was signed on 03/04/2024.")
    unset = json.loads(run(str(path), "--format", "json", "--allow-incomplete").output)
    assert unset["coverage"]["dates"] == 0 and unset["coverage"]["skipped"]
    day_first = json.loads(
        run(str(path), "--dayfirst", "--format", "json", "--allow-incomplete").output
    )
    assert day_first["coverage"]["dates"] == 1 and not day_first["coverage"]["skipped"]


def test_locale_reads_a_group_of_three_as_that_locale_writes_it(tmp_path):
    text, source = tmp_path / "text.txt", tmp_path / "source.txt"
    text.write_text("The town has 1.234 residents.")
    source.write_text("The town has 1234 residents.")
    args = (str(text), "--source", str(source), "--format", "json", "--allow-incomplete")
    english = json.loads(run(*args).output)
    german = json.loads(run(*args, "--locale", "de_DE").output)
    assert [f["rule"] for f in german["findings"] if f["status"] == "inconsistent"] == []
    assert "CC701" in [f["rule"] for f in english["findings"] if f["status"] == "inconsistent"]


def test_an_unknown_locale_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The town has 1.234 residents.")
    result = run(str(path), "--locale", "xx_YY")
    assert result.exit_code == 2
    assert "unknown locale 'xx_YY'" in result.output


def test_html_shows_each_source_with_the_passages_findings_cite(tmp_path):
    text, source = tmp_path / "text.txt", tmp_path / "source.txt"
    text.write_text("The plant made 12 cars in 2020.")
    source.write_text("In 2020 the plant made 15 cars.")
    page = run(str(text), "--source", str(source), "--format", "html", "--allow-incomplete").output
    assert f'<section class="source" id="s0"><h2>source 0: {source}</h2>' in page
    # the contradicting source figure is marked, links to its card, and the card links back
    assert '<a class="hl" href="#f0"><mark class="error" title="CC701">15</mark></a>' in page
    assert 'id="s0-0"' in page and 'href="#s0-0"' in page
