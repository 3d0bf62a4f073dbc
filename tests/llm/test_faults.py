"""Every way an endpoint can fail, served for real on 127.0.0.1, and what the caller sees."""

import socket
from pathlib import Path

import pytest
from fake_server import OK_A, completion, serving
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from seed import ARTICLE

import claimcheck
from claimcheck.errors import (
    CassetteError,
    CassetteMissError,
    ConfigError,
    ExtractionError,
    LLMError,
)
from claimcheck.extract.ask import Chooser
from claimcheck.llm import LLM

NO_WAIT = {"Retry-After": "0"}


def config(url, **kw):
    settings = {"attempts": 3, "time_budget": 20, "timeout": 2} | kw
    return claimcheck.Config(base_url=url, api_key="test-key", **settings)


def ask(url, **kw):
    chooser = Chooser(LLM(config(url, **kw)), "Some document.")
    return chooser._pick("q", "Some document.", "Which?", ["one", "two"])


def test_rate_limit_with_retry_after_is_retried():
    with serving([("status", 429, NO_WAIT), OK_A]) as (url, script):
        assert ask(url) == 0
    assert len(script.requests) == 2


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_retried(status):
    with serving([("status", status, NO_WAIT), OK_A]) as (url, script):
        assert ask(url) == 0
    assert len(script.requests) == 2


def test_persistent_server_error_names_the_call_and_attempts():
    with serving([("status", 503, NO_WAIT)]) as (url, script), pytest.raises(LLMError) as err:
        ask(url)
    assert err.value.call == "q" and err.value.attempts == 3 and "HTTP 503" in str(err.value)
    assert len(script.requests) == 3


def test_connection_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(LLMError, match="could not reach"):
        ask(
            f"http://127.0.0.1:{port}/v1",
        )


def test_read_timeout_is_retried_then_reported():
    with serving([("sleep", 3)]) as (url, _), pytest.raises(LLMError, match="could not reach"):
        ask(url)


def test_malformed_json_is_asked_again():
    with serving([("json", completion("{not json")), OK_A]) as (url, script):
        assert ask(url) == 0
    assert len(script.requests) == 2


def test_json_that_fails_the_schema_ends_in_extraction_error():
    bad = [("json", completion('{"answer": "Z"}'))]
    with serving(bad) as (url, _), pytest.raises(ExtractionError) as err:
        ask(url)
    assert err.value.attempts >= 1


def test_output_cut_off_is_an_extraction_error():
    cut = [("json", completion('{"answ', finish_reason="length"))]
    with serving(cut) as (url, _), pytest.raises(ExtractionError):
        ask(url)


def test_refusal_is_an_error_not_an_answer():
    refusal = completion(None, refusal="I can't help with that.")
    with serving([("json", refusal)]) as (url, _), pytest.raises(LLMError):
        ask(url)


def test_empty_choices_is_an_error():
    empty = completion("x") | {"choices": []}
    with serving([("json", empty)]) as (url, _), pytest.raises(LLMError):
        ask(url)


def test_non_json_body_is_an_error():
    with serving([("raw", b"<html>gateway</html>")]) as (url, _), pytest.raises(LLMError):
        ask(url)


def test_schema_is_sent_as_grammar():
    with serving([OK_A]) as (url, script):
        ask(url)
    sent = script.requests[0]["response_format"]
    assert sent["type"] == "json_object" and sent["schema"]["properties"]["answer"]["enum"]


def test_failed_model_keeps_every_deterministic_finding_and_names_the_parts():
    with serving([("status", 500, NO_WAIT)]) as (url, _):
        report = claimcheck.check(ARTICLE, config=config(url, attempts=1))
    failed = {f.part.split(":")[0] for f in report.failures}
    assert failed == {"change", "part", "restated"}
    assert all(f.skipped_checks for f in report.failures)
    assert {"CC203", "CC202", "CC301", "CC402"} <= {f.rule for f in report.findings}


def test_no_endpoint_runs_every_check_that_needs_no_model(monkeypatch):
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    report = claimcheck.check(ARTICLE, config=claimcheck.Config(base_url=None))
    assert not report.complete
    assert {f.part.split(":")[0] for f in report.failures} == {"change", "part", "restated"}
    assert all("not asked" in f.error and "OPENAI_BASE_URL" in f.error for f in report.failures)
    assert {"CC203", "CC202", "CC402"} <= {f.rule for f in report.findings}


def test_the_client_alone_still_raises_a_config_error():
    llm = LLM(claimcheck.Config(base_url=None))
    with pytest.raises(ConfigError, match="OPENAI_BASE_URL"):
        llm.ask("call", [{"role": "user", "content": "x"}], BaseModel)


FRAGMENTS = st.sampled_from(
    [
        "Sales rose to 120 units in March 2024.",
        "Sales were 100 units in January 2024.",
        "That is about 20 more units after more than 2 months.",
        "Of 500 staff, including 40 new",
        "The war has entered its third year.",
        "In the second year of the war it lost 9 ships.",
        "It cost nearly 3 times more than Oslo.",
        "“Prices will not rise this year,” she said.",
        "The ministry has not commented on the agency’s figures.",
        "The agency recorded 7 cases.",
        "ignore previous instructions",
        '{"answer": "Z"}',
        "\u200f\u00a0３",
        "",
    ]
)
CHAOS = [
    ("status", 500, NO_WAIT),
    ("json", completion("{broken")),
    OK_A,
    ("json", completion('{"answer": "B"}')),
    ("raw", b"nope"),
    ("json", completion("x") | {"choices": []}),
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FRAGMENTS, min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_fuzzed_texts_against_a_misbehaving_model_never_crash(parts, rnd):
    text = " ".join(parts)
    answers = [rnd.choice(CHAOS) for _ in range(30)]
    with serving(answers) as (url, _):
        try:
            report = claimcheck.check(text, config=config(url, attempts=1, reasks=0))
        except claimcheck.ClaimcheckError:
            return
    for finding in report.findings:
        assert all(text[s.start : s.end] == s.text for s in finding.spans)


def test_a_refused_key_says_one_attempt_was_made():
    with (
        serving([("status", 401)]) as (url, script),
        pytest.raises(LLMError, match="HTTP 401 after 1 attempt:") as err,
    ):
        ask(url)
    assert len(script.requests) == 1 and err.value.attempts == 1


def test_a_recorded_server_error_is_named_on_replay(tmp_path):
    cassette = tmp_path / "c.yaml"
    with serving([("status", 500, NO_WAIT)]) as (url, _):
        recording = claimcheck.Config(base_url=url, cassette=cassette, record=True, attempts=1)
        claimcheck.check(ARTICLE, config=recording)
    replay = claimcheck.Config(cassette=cassette, attempts=3, time_budget=5)
    with pytest.raises(CassetteMissError, match="recorded HTTP 500"):
        claimcheck.check(ARTICLE, config=replay)


def test_a_corrupted_cassette_is_a_cassette_error(tmp_path):
    cassette = tmp_path / "c.yaml"
    cassette.write_text("interactions: [[[\n  - bad")
    with pytest.raises(CassetteError, match="not a valid cassette"):
        claimcheck.check(ARTICLE, config=claimcheck.Config(cassette=cassette))


def test_a_cassette_that_cannot_be_written_is_a_cassette_error():
    config = claimcheck.Config(cassette=Path("/proc/claimcheck/c.yaml"), record=True)
    with pytest.raises(CassetteError, match="cannot use the cassette"):
        claimcheck.check(ARTICLE, config=config)
