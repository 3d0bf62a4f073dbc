"""A pytest plugin: check texts inside tests, each test replaying its own cassette.

    def test_summary(check_claims):
        check_claims.assert_consistent(summary, sources=[source])

The cassette of a test is `cassettes/<test module>/<test name>.yaml` beside the test module,
as pytest-recording names them. `pytest --claimcheck-record` records the answers a cassette
lacks (with OPENAI_BASE_URL set); without it, a missing answer fails the test loudly.
`@pytest.mark.claimcheck(fail_on="warning")` makes warnings fail too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from claimcheck.config import Config
from claimcheck.models import Report, Severity
from claimcheck.pipeline import check
from claimcheck.testing import assert_consistent

RECORD_OPTION = "--claimcheck-record"
MARKER = "claimcheck"
UNSAFE = re.compile(r"[^\w.-]+")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("claimcheck").addoption(
        RECORD_OPTION,
        action="store_true",
        help="record the model answers missing from each test's cassette (needs OPENAI_BASE_URL)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}(fail_on='warning'): the lowest severity that fails check_claims"
    )


@dataclass(frozen=True)
class Claims:
    """Check texts with the test's own cassette."""

    cassette: Path
    record: bool
    fail_on: Severity = Severity.ERROR
    file: str | None = None

    @property
    def config(self) -> Config:
        return Config(cassette=self.cassette, record=self.record)

    def check(
        self,
        text: str,
        *,
        sources: Sequence[str] = (),
        title: str | None = None,
        published: date | None = None,
    ) -> Report:
        return check(text, sources=sources, title=title, published=published, config=self.config)

    def assert_consistent(
        self,
        text: str,
        *,
        sources: Sequence[str] = (),
        title: str | None = None,
        published: date | None = None,
        allow_incomplete: bool = False,
    ) -> Report:
        """Fail the test on each inconsistency at or above the marker's severity."""
        return assert_consistent(
            text,
            sources=sources,
            title=title,
            published=published,
            config=self.config,
            fail_on=self.fail_on,
            allow_incomplete=allow_incomplete,
            file=self.file,
        )


@pytest.fixture
def check_claims(request: pytest.FixtureRequest) -> Claims:
    """Check texts in this test, replaying (or with --claimcheck-record, recording) its cassette."""
    module = Path(request.node.path)
    cassette = (
        module.parent / "cassettes" / module.stem / f"{UNSAFE.sub('_', request.node.name)}.yaml"
    )
    marker = request.node.get_closest_marker(MARKER)
    fail_on = Severity(marker.kwargs.get("fail_on", "error")) if marker else Severity.ERROR
    return Claims(cassette, bool(request.config.getoption(RECORD_OPTION)), fail_on)
