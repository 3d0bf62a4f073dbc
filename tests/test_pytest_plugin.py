"""The pytest plugin, run inside pytest with pytester: fixture, cassette names, record flag,
severity marker, and a failure message that locates each span."""

import pytest

INCONSISTENT = "The rate was flat.\\nSales rose from 120 to 150, an increase of 50."
WARNING_ONLY = "The rate rose from 10% to 12%, up 2%."
CONSISTENT = "Sales rose from 120 to 150, an increase of 30."


@pytest.fixture
def tests_using_the_plugin(pytester):
    pytester.makepyfile(
        test_summaries=f'''
import pytest


def test_consistent(check_claims):
    check_claims.assert_consistent("{CONSISTENT}")


def test_inconsistent(check_claims):
    check_claims.assert_consistent("{INCONSISTENT}")


def test_warning_passes_by_default(check_claims):
    check_claims.assert_consistent("{WARNING_ONLY}")


@pytest.mark.claimcheck(fail_on="warning")
def test_warning_fails_when_marked(check_claims):
    check_claims.assert_consistent("{WARNING_ONLY}")


@pytest.mark.parametrize("n", [1])
def test_cassette_is_named_after_the_test(check_claims, n, request):
    assert check_claims.cassette.parts[-3:] == (
        "cassettes", "test_summaries", "test_cassette_is_named_after_the_test_1_.yaml"
    )
    assert check_claims.config.record is request.config.getoption("--claimcheck-record")
'''
    )
    return pytester


def test_the_plugin_checks_each_test_with_its_own_cassette(tests_using_the_plugin):
    result = tests_using_the_plugin.runpytest_subprocess("-p", "no:randomly")
    result.assert_outcomes(passed=3, failed=2)
    result.stdout.fnmatch_lines(["*CC101 error*", "*computation*", "*<text>:2:*"])
    out = result.stdout.str()
    assert "FAILED test_summaries.py::test_warning_fails_when_marked" in out
    assert "CC104 warning" in out and "test_warning_passes_by_default" not in out


def test_the_record_flag_reaches_the_config(tests_using_the_plugin):
    result = tests_using_the_plugin.runpytest_subprocess(
        "-p", "no:randomly", "--claimcheck-record", "-k", "cassette_is_named"
    )
    result.assert_outcomes(passed=1)
