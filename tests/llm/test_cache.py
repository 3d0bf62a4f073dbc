"""The answer cache: an unchanged text is re-checked with no model call."""

from fake_server import OK_A, serving
from seed import ARTICLE, SEED_CASSETTE

import claimcheck
from claimcheck.llm.cache import AnswerCache


def config(url, tmp_path, **kw):
    settings = {"cache": True, "cache_dir": tmp_path / "cache"} | kw
    return claimcheck.Config(base_url=url, **settings)


def test_a_second_check_of_the_same_text_asks_nothing(tmp_path):
    with serving([OK_A]) as (url, script):
        first = claimcheck.check(ARTICLE, config=config(url, tmp_path))
        sent = len(script.requests)
        second = claimcheck.check(ARTICLE, config=config(url, tmp_path))
    assert first.coverage.llm_calls == sent > 0
    assert len(script.requests) == sent  # nothing more was sent
    assert second.coverage.llm_calls == 0
    # A question asked twice in one check is answered from the cache the second time too.
    assert second.coverage.cached_answers == sent + first.coverage.cached_answers
    assert second.findings == first.findings


def test_another_model_is_asked_again(tmp_path):
    with serving([OK_A]) as (url, script):
        claimcheck.check(ARTICLE, config=config(url, tmp_path))
        sent = len(script.requests)
        claimcheck.check(ARTICLE, config=config(url, tmp_path, model="another-model"))
    assert len(script.requests) == 2 * sent


def test_the_cache_can_be_turned_off_and_is_never_used_with_a_cassette(tmp_path):
    with serving([OK_A]) as (url, script):
        claimcheck.check(ARTICLE, config=config(url, tmp_path, cache=False))
        claimcheck.check(ARTICLE, config=config(url, tmp_path, cache=False))
        assert script.requests and not (tmp_path / "cache").exists()
    replay = claimcheck.Config(cassette=SEED_CASSETTE, cache=True, cache_dir=tmp_path / "c2")
    claimcheck.check(ARTICLE, config=replay)
    assert not (tmp_path / "c2").exists()


def test_the_least_recently_used_answers_go_when_the_cache_is_full(tmp_path):
    cache = AnswerCache(tmp_path, max_bytes=25)
    cache.put("a", "x" * 10)
    cache.put("b", "y" * 10)
    assert cache.get("a") == "x" * 10  # 'a' is now the more recently used
    cache.put("c", "z" * 10)
    assert cache.get("b") is None and cache.get("a") and cache.get("c")
