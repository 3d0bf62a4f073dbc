import pytest
from seed import ARTICLE, SEED_CASSETTE

import claimcheck
from claimcheck.models import Severity
from claimcheck.testing import assert_consistent


def test_failure_lists_each_finding_with_its_spans():
    with pytest.raises(AssertionError) as err:
        assert_consistent(ARTICLE, config=claimcheck.Config(cassette=SEED_CASSETTE))
    message = str(err.value)
    assert "3 inconsistencies" in message
    assert "CC201" in message and "<text>:9:278 'more than 3 years'" in message


def test_warnings_fail_only_when_asked():
    text, source = "It has 40 shops.", "It has 30 stores in all."
    assert_consistent(text, sources=[source])
    with pytest.raises(AssertionError, match="CC702"):
        assert_consistent(text, sources=[source], fail_on=Severity.WARNING)


def test_a_consistent_text_returns_its_report():
    report = assert_consistent("It has 40 shops.", sources=["The firm runs 40 shops."])
    assert report.findings[0].rule == "CC701"


NEEDS_THE_MODEL = "The firm had 100 staff. Two years later it had 150 staff, about 50 more staff."


def test_a_check_that_could_not_run_fails_unless_allowed(monkeypatch):
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(AssertionError, match="could not run every check"):
        assert_consistent(NEEDS_THE_MODEL)
    report = assert_consistent(NEEDS_THE_MODEL, allow_incomplete=True)
    assert not report.complete and report.failures[0].skipped_checks
