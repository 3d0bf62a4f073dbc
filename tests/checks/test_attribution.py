from factory import claims, figure, party, span

from claimcheck.checks.registry import RULES
from claimcheck.models import Attribution, NonComment, Status


def test_figure_credited_to_the_silent_party_is_an_error():
    credited, nato = party("Russian military", "recorded"), party("NATO chief", "according_to")
    silence = NonComment(
        silent=party("Russian ministry", "not_commented"),
        about="NATO chief",
        span=span("The ministry has not commented."),
    )
    c = claims(
        attributions=(
            Attribution(
                figure=figure(350_000, sources=[credited, nato]),
                credited=credited,
                silence=silence,
                others=(nato,),
            ),
        )
    )
    assert [(f.rule, f.status) for f in RULES["CC402"].findings(c)] == [
        ("CC402", Status.INCONSISTENT)
    ]


def test_no_attribution_link_no_finding():
    assert list(RULES["CC402"].findings(claims())) == []


def test_one_figure_credited_to_two_parties_is_a_warning():
    f = figure(120, sources=[party("the ministry", "recorded"), party("analysts", "according_to")])
    assert [(x.rule, x.status) for x in RULES["CC401"].findings(claims(figures=(f,)))] == [
        ("CC401", Status.INCONSISTENT)
    ]


def test_the_same_party_named_twice_is_one_source():
    f = figure(120, sources=[party("Stoltenberg"), party("NATO chief Jens Stoltenberg")])
    assert list(RULES["CC401"].findings(claims(figures=(f,)))) == []


def test_a_figure_already_flagged_by_cc402_is_left_to_it():
    credited, nato = party("Russian military", "recorded"), party("NATO chief", "according_to")
    fig = figure(350_000, sources=[credited, nato])
    silence = NonComment(
        silent=party("Russian ministry", "not_commented"),
        about="NATO chief",
        span=span("The ministry has not commented."),
    )
    c = claims(
        figures=(fig,),
        attributions=(Attribution(figure=fig, credited=credited, silence=silence, others=(nato,)),),
    )
    assert list(RULES["CC401"].findings(c)) == []


def test_one_figure_credited_to_two_parties_in_two_sentences():
    police, hospital = party("the police"), party("the hospital")
    apart = claims(
        figures=(
            figure(12, sources=[police], sentence=1),
            figure(12, sources=[hospital], sentence=4),
        )
    )
    assert [f.status for f in RULES["CC403"].findings(apart)] == [Status.INCONSISTENT]


def test_the_same_party_twice_or_other_figures_are_not_flagged():
    police = party("the police")
    same = (
        figure(12, sources=[police], sentence=1),
        figure(12, sources=[party("police")], sentence=4),
    )
    other = (figure(12, sources=[police], sentence=1), figure(15, sources=[party("x")], sentence=4))
    one = (figure(12, sources=[police], sentence=1), figure(12, sources=[police], sentence=1))
    for figures in (same, other, one):
        assert list(RULES["CC403"].findings(claims(figures=figures))) == []
