from factory import claims, figure

from claimcheck.checks.registry import RULES
from claimcheck.models import Role, Status


def run(rule_id, *figures):
    return [f.status for f in RULES[rule_id].findings(claims(figures=figures))]


def test_looser_headline_metric_is_a_warning():
    head = figure(350_000, 360_000, role=Role.HEADLINE, metric="lost")
    body = figure(345_000, 355_000, metric="killed or wounded")
    assert run("CC502", head, body) == [Status.INCONSISTENT]


def test_headline_with_the_body_metric_is_consistent():
    head = figure(350_000, role=Role.HEADLINE, metric="killed or wounded")
    body = figure(350_000, metric="killed and wounded")
    assert run("CC502", head, body) == [Status.CONSISTENT]


def test_same_verb_in_another_tense_is_consistent():
    head = figure(350_000, role=Role.HEADLINE, metric="lost")
    body = figure(350_000, metric="lose")
    assert run("CC502", head, body) == [Status.CONSISTENT]


def test_stronger_headline_metric_is_a_warning():
    head = figure(350_000, role=Role.HEADLINE, metric="killed")
    body = figure(350_000, metric="killed or wounded")
    assert run("CC502", head, body) == [Status.INCONSISTENT]


def test_headline_figure_missing_from_body_is_a_warning():
    head = figure(350_000, role=Role.HEADLINE)
    assert run("CC501", head, figure(120_000)) == [Status.INCONSISTENT]
    assert run("CC501", head, figure(350_000)) == []


def test_headline_figure_with_another_unit_does_not_match():
    head = figure(350_000, role=Role.HEADLINE)
    assert run("CC501", head, figure(350_000, unit="USD")) == [Status.INCONSISTENT]
