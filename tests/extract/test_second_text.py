"""A second real text, on another subject, through the same code: read fully, no false alarm."""

from seed import CASSETTES, ROOT

import claimcheck
from claimcheck.models import Status

TEXT = (ROOT / "examples" / "moderna_vaccine_revenue.txt").read_text(encoding="utf-8")
CASSETTE = CASSETTES / "tests" / "second_text" / "moderna_vaccine_revenue.yaml"


def test_second_text_has_no_false_alarm_and_accounts_for_every_number():
    report = claimcheck.check(TEXT, config=claimcheck.Config(cassette=CASSETTE))
    assert [f for f in report.findings if f.status is Status.INCONSISTENT] == []
    assert report.failures == ()
    c = report.coverage
    assert c.figures >= 30 and c.dates >= 15
    assert {s.reason for s in c.skipped} == {"digits inside a name or code"}
