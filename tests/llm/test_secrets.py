"""Secrets in an endpoint URL never reach a cassette, a report or an error message."""

import yaml
from fake_server import OK_A, serving
from seed import ARTICLE

import claimcheck
from claimcheck.llm.urls import redact, redact_text


def test_secrets_in_an_endpoint_url_are_removed():
    url = "http://user:SECRET1@127.0.0.1:8080/v1?api-key=SECRET2&region=eu"
    assert redact(url) == "http://127.0.0.1:8080/v1?api-key=REDACTED&region=eu"
    assert "SECRET" not in redact_text(f"Connection error to {url}: refused")


def test_a_recorded_cassette_holds_no_secret_from_the_url(tmp_path):
    cassette = tmp_path / "c.yaml"
    with serving([OK_A]) as (url, _):
        host = url.removeprefix("http://")
        config = claimcheck.Config(
            base_url=f"http://user:SECRET1@{host}?api-key=SECRET2",
            api_key="SECRET3",
            cassette=cassette,
            record=True,
        )
        report = claimcheck.check(ARTICLE, config=config)
    assert report.complete
    recorded = cassette.read_text()
    assert "SECRET" not in recorded
    assert all("REDACTED" in i["request"]["uri"] for i in yaml.safe_load(recorded)["interactions"])


def test_an_unreachable_endpoint_names_no_secret():
    config = claimcheck.Config(
        base_url="http://user:SECRET1@127.0.0.1:9/v1?token=SECRET2", attempts=1, timeout=1
    )
    report = claimcheck.check(ARTICLE, config=config)
    assert report.failures and not any("SECRET" in f.error for f in report.failures)
