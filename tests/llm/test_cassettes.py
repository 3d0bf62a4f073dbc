"""Cassettes hold no secret and no path of the recording machine, and they replay or fail loudly."""

import re

import pytest
import yaml
from seed import ARTICLE, CASSETTES, SEED_CASSETTE

import claimcheck
from claimcheck.config import DEFAULT_MODEL

SECRET = re.compile(
    r"sk-[A-Za-z0-9_-]{16,}|[Bb]earer\s+\S{8,}|api[_-]?key\s*[:=]\s*\S{8,}"
    # the header, as a key; a bill's 'AUTHORIZATION OF APPROPRIATIONS' in a prompt is text
    r"|authorization['\"]?\s*:",
    re.IGNORECASE,
)
MACHINE_PATH = re.compile(r"(?:/(?:root|home|work|tmp|Users|var/folders)/|[A-Z]:\\\\)")
ALL = sorted(CASSETTES.rglob("*.yaml"))


def test_there_are_cassettes():
    assert SEED_CASSETTE in ALL


@pytest.mark.parametrize("path", ALL, ids=lambda p: str(p.relative_to(CASSETTES)))
def test_no_secret_or_machine_path(path):
    text = path.read_text(encoding="utf-8")
    assert not SECRET.search(text), SECRET.search(text)
    assert not MACHINE_PATH.search(text), MACHINE_PATH.search(text)


@pytest.mark.parametrize("path", ALL, ids=lambda p: str(p.relative_to(CASSETTES)))
def test_recorded_from_the_local_model(path):
    episodes = yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]
    assert episodes
    for episode in episodes:
        assert set(episode["request"]["headers"]) <= {"content-type"}
        assert f'"model":"{DEFAULT_MODEL}"' in episode["response"]["body"]["string"].replace(
            " ", ""
        )


def test_scan_catches_a_key_and_a_path():
    assert SECRET.search("Authorization: Bearer abcdefghijklmnop")
    assert MACHINE_PATH.search("model: /root/.cache/x.gguf")


def test_missing_cassette_names_itself_and_the_record_command(tmp_path):
    missing = tmp_path / "nothing.yaml"
    with pytest.raises(claimcheck.CassetteMissError) as err:
        claimcheck.check(ARTICLE, config=claimcheck.Config(cassette=missing))
    assert str(missing) in str(err.value) and "CLAIMCHECK_RECORD=1" in str(err.value)


def test_changed_text_does_not_replay_a_stale_answer():
    changed = ARTICLE.replace("about 50,000 more", "about 60,000 more")
    changed = changed.replace("350,000 soldiers killed", "360,000 soldiers killed")
    with pytest.raises(claimcheck.CassetteMissError, match="holds no answer"):
        claimcheck.check(changed, config=claimcheck.Config(cassette=SEED_CASSETTE))
