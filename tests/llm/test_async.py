"""Questions to a live endpoint go through openai's async client on one shared event loop:
the checks of a batch share its connections, and a question past the deadline is cancelled."""

import threading
import time

from fake_server import OK_A, serving
from pydantic import BaseModel

import claimcheck
from claimcheck.errors import DeadlineError
from claimcheck.llm.aio import LOOP
from claimcheck.llm.client import LLM

ASK = [{"role": "user", "content": "Which? A or B"}]


class Answer(BaseModel):
    answer: str


def test_a_live_question_is_asked_on_the_shared_event_loop():
    threads: list[str] = []
    with serving([OK_A]) as (url, script):
        config = claimcheck.Config(base_url=url, cache=False)
        for _ in range(2):  # two checks of one endpoint
            llm = LLM(config, on_call=lambda call: threads.append(threading.current_thread().name))
            assert llm.ask("q", ASK, Answer).answer == "A"
    assert threads == ["claimcheck-llm-loop"] * 2
    assert len(script.requests) == 2
    assert sum(key[0] == url for key in LOOP._clients) == 1  # one client, shared


def test_a_question_past_the_deadline_is_cancelled_and_the_loop_goes_on():
    with serving([("sleep", 30)]) as (url, _):
        llm = LLM(claimcheck.Config(base_url=url, cache=False, deadline=0.5))
        started = time.monotonic()
        try:
            llm.ask("slow", ASK, Answer)
        except DeadlineError as exc:
            assert "deadline" in str(exc)
        else:
            raise AssertionError("the deadline did not stop the question")
        assert time.monotonic() - started < 10
    with serving([OK_A]) as (url, _):  # the loop is free for the next question
        assert LLM(claimcheck.Config(base_url=url, cache=False)).ask("q", ASK, Answer).answer == "A"
