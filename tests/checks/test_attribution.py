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
