from factory import claims, figure, span

from claimcheck.checks.registry import RULES
from claimcheck.models import PartOf, Status


def run(part, whole):
    c = claims(parts=(PartOf(part=part, whole=whole, cue=span("including")),))
    return [f.status for f in RULES["CC301"].findings(c)]


def test_part_within_whole():
    assert run(figure(159_000), figure(383_000)) == [Status.CONSISTENT]


def test_part_equal_to_whole_is_allowed():
    assert run(figure(100), figure(100)) == [Status.CONSISTENT]


def test_part_larger_than_whole_is_an_error():
    assert run(figure(101), figure(100)) == [Status.INCONSISTENT]


def test_open_interval_edge():
    assert run(figure(100, 101, lo_open=True), figure(99, 100)) == [Status.INCONSISTENT]
