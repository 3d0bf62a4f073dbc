"""A whole check is bounded by Config.deadline, however slowly the server answers."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fake_server import serving
from pydantic import BaseModel
from seed import ARTICLE

import claimcheck
from claimcheck.errors import DeadlineError
from claimcheck.llm import LLM

# Generous: the bound checked is "the deadline, not the server, ends the check".
MARGIN = 10.0


def config(url, **kw):
    settings = {"attempts": 2, "time_budget": 60, "timeout": 60, "deadline": 3} | kw
    return claimcheck.Config(base_url=url, api_key="test-key", **settings)


def checked_within_deadline(answer):
    with serving([answer]) as (url, _):
        started = time.monotonic()
        report = claimcheck.check(ARTICLE, config=config(url))
        took = time.monotonic() - started
    return report, took


def test_a_server_that_never_answers_is_given_up_at_the_deadline():
    report, took = checked_within_deadline(("sleep", 600))
    assert took < 3 + MARGIN
    assert not report.complete
    assert all("deadline" in f.error for f in report.failures)
    # What needs no model is kept.
    assert {"CC203", "CC202", "CC402"} <= {f.rule for f in report.findings}


def test_a_server_that_drips_one_byte_a_second_is_given_up_at_the_deadline():
    report, took = checked_within_deadline(("drip", 1.0))
    assert took < 3 + MARGIN
    assert report.failures and all("deadline" in f.error for f in report.failures)


def test_every_question_after_the_deadline_is_listed_not_asked():
    with serving([("sleep", 600)]) as (url, script):
        report = claimcheck.check(ARTICLE, config=config(url, deadline=1))
    # One request reached the server; every later question failed without being sent.
    assert len(script.requests) == 1
    assert len(report.failures) >= 2


def test_the_client_raises_a_deadline_error_naming_the_call():
    llm = LLM(claimcheck.Config(base_url="http://127.0.0.1:9/v1", deadline=0.001))
    time.sleep(0.01)
    with pytest.raises(DeadlineError, match="the-call.*Config.deadline"):
        llm.ask("the-call", [{"role": "user", "content": "x"}], BaseModel)


def test_chaos_eight_threads_a_slow_server_and_a_deadline():
    """Every report is the sequential one, or incomplete with its failures listed; the whole
    run ends near the deadline, not when the slow server would have finished."""
    # Each check asks a few questions in turn: at 1 s an answer, they outlast a 3 s deadline.
    with serving([("sleep", 1.0)]) as (url, _):
        reference = claimcheck.check(ARTICLE, config=config(url, deadline=120)).to_json()
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=8) as pool:
            reports = list(
                pool.map(lambda _: claimcheck.check(ARTICLE, config=config(url)), range(8))
            )
        took = time.monotonic() - started
    assert took < 3 + MARGIN
    for report in reports:
        assert report.to_json() == reference or (not report.complete and report.failures)
    assert any(not r.complete for r in reports)  # the deadline did cut some short
