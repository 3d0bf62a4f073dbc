"""CC801 and CC802 on statements built by hand: each on both sides of its edge."""

from datetime import date

from factory import claims, day, party, span

import claimcheck
from claimcheck.checks import RULES
from claimcheck.checks.statements import PARTNERS, _pairs
from claimcheck.models import Interval, Lasting, Restatement, Statement, StatementKind, Status
from claimcheck.statements.vocabulary import BIRTH


def stated(
    lo,
    hi=None,
    *,
    kind=StatementKind.DATE,
    subject="the bridge",
    event="open",
    measure=None,
    unit=None,
    period=None,
    credited=None,
    sentence=None,
    negated=False,
    direction=None,
):
    value = span(str(lo))
    return Statement(
        id=f"S{value.start}",
        kind=kind,
        value=value,
        interval=Interval(lo=lo, hi=lo if hi is None else hi),
        unit=unit,
        sentence=value.start if sentence is None else sentence,
        measure=span(measure) if measure else None,
        event=span(event) if event else None,
        subject=span(subject) if subject else None,
        period=period,
        party=party(credited).span if credited else None,
        direction=direction,
        negated=negated,
        measure_key=measure,
        event_key=event,
        subject_key=subject.removeprefix("the ") if subject else None,
    )


def year(y):
    return (date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal())


def findings(rule, *statements):
    return list(RULES[rule].findings(claims(statements=tuple(statements))))


def test_one_event_dated_twice_with_years_that_do_not_meet_is_flagged():
    opened, again = stated(*year(1931)), stated(*year(1929))
    (found,) = findings("CC801", opened, again)
    assert found.status is Status.INCONSISTENT
    assert {opened.value, again.value} <= set(found.spans)


def test_a_date_inside_the_other_is_no_contradiction():
    may = (date(1931, 5, 1).toordinal(), date(1931, 5, 31).toordinal())
    assert findings("CC801", stated(*year(1931)), stated(*may)) == []


def test_other_subjects_other_events_and_one_sentence_are_not_compared():
    a = stated(*year(1931))
    assert findings("CC801", a, stated(*year(1929), subject="the tunnel")) == []
    assert findings("CC801", a, stated(*year(1929), event="close")) == []
    assert findings("CC801", a, stated(*year(1929), sentence=a.sentence)) == []
    assert findings("CC801", a, stated(*year(1929), negated=True)) == []


def test_a_count_at_two_times_is_two_statements():
    count = {"kind": StatementKind.FIGURE, "measure": "car", "event": "make", "subject": "plant"}
    in_2020 = stated(11.5, 12.5, period=day(date(2020, 6, 1)), **count)
    in_2021 = stated(14.5, 15.5, period=day(date(2021, 6, 1)), **count)
    assert findings("CC801", in_2020, in_2021) == []
    undated = stated(14.5, 15.5, **count)
    assert [f.status for f in findings("CC801", stated(11.5, 12.5, **count), undated)] == [
        Status.INCONSISTENT
    ]


def test_two_sources_that_disagree_are_reported_not_contradicted():
    count = {"kind": StatementKind.FIGURE, "measure": "death", "event": "die", "subject": "city"}
    police = stated(10, credited="the police", **count)
    hospital = stated(14, credited="the hospital", **count)
    assert findings("CC801", police, hospital) == []
    assert len(findings("CC801", police, stated(14, credited="the police", **count))) == 1


def test_ages_at_two_dates_must_grow_with_the_years_between():
    age = {"kind": StatementKind.AGE, "subject": "Smith", "event": None}
    at_40 = stated(40, 41, period=day(date(1990, 6, 1)), **age)
    assert findings("CC801", at_40, stated(45, 46, period=day(date(1995, 6, 1)), **age)) == []
    (found,) = findings("CC801", at_40, stated(50, 51, period=day(date(1995, 6, 1)), **age))
    assert found.status is Status.INCONSISTENT
    assert findings("CC801", stated(40, 41, **age), stated(43, 44, **age))  # both undated


def test_an_age_is_checked_against_the_birth_year():
    born = stated(*year(1950), subject="Smith", event=BIRTH)
    age = {"kind": StatementKind.AGE, "subject": "Smith", "event": None}
    then = day(date(1990, 1, 1), date(1990, 12, 31), text="1990")
    (wrong,) = findings("CC802", born, stated(45, 46, period=then, **age))
    assert wrong.status is Status.INCONSISTENT
    assert "[39, 40]" in wrong.computation
    (right,) = findings("CC802", born, stated(40, 41, period=then, **age))
    assert right.status is Status.CONSISTENT
    assert (
        findings("CC802", born, stated(45, 46, period=then, **(age | {"subject": "Jones"}))) == []
    )


def test_a_long_list_of_one_measure_is_compared_in_linear_pairs():
    many = [
        stated(n, kind=StatementKind.FIGURE, measure="bird", subject="site") for n in range(2_000)
    ]
    assert sum(1 for _ in _pairs(tuple(many))) <= PARTNERS * len(many)


def test_with_no_subject_only_a_near_restatement_is_one_statement():
    text = (
        "Officials later confirmed 12 people were killed. "
        "Officials later confirmed 15 people were killed in the blast. "
        "3 people were killed in Paris. 5 people were killed in Lyon."
    )
    found = [f for f in claimcheck.check(text).findings if f.rule == "CC801"]
    assert [(f.spans[0].text, f.spans[2].text) for f in found] == [("12", "15")]


def restated(blanked, answer):
    return Restatement(statement=blanked.id, answer=answer.id)


def test_a_value_the_model_fills_from_another_that_differs_is_flagged():
    four = stated(4, kind=StatementKind.FIGURE, subject=None, event=None, measure="airline")
    three = stated(3, kind=StatementKind.FIGURE, subject=None, event=None, measure="airline")
    links = claims(statements=(four, three), restatements=(restated(four, three),))
    (found,) = RULES["CC804"].findings(links)
    assert found.status is Status.INCONSISTENT
    assert {four.value, three.value} <= set(found.spans)
    assert "in both option orders" in found.computation


def test_a_value_filled_from_one_that_agrees_or_that_cc801_flags_is_not_flagged_again():
    four = stated(4, kind=StatementKind.FIGURE, subject=None, event=None, measure="airline")
    again = stated(4, kind=StatementKind.FIGURE, subject=None, event=None, measure="airline")
    links = claims(statements=(four, again), restatements=(restated(four, again),))
    assert list(RULES["CC804"].findings(links)) == []
    opened, closed = stated(*year(1931)), stated(*year(1929))
    both = claims(statements=(opened, closed), restatements=(restated(closed, opened),))
    assert [f.rule for f in RULES["CC801"].findings(both)] == ["CC801"]
    assert list(RULES["CC804"].findings(both)) == []


def test_two_lengths_of_one_event_that_cc209_flags_are_not_flagged_again():
    days = {"kind": StatementKind.FIGURE, "subject": "Marcus", "event": "hold", "unit": "days long"}
    three, week = stated(3, **days), stated(7, **days)
    held = [
        Lasting(
            spans=(s.value,),
            days=s.interval,
            written=True,
            event_key="hold",
            subject_key="marcus",
            sentence=s.sentence,
        )
        for s in (three, week)
    ]
    asked = {"statements": (three, week), "restatements": (restated(three, week),)}
    assert [f.rule for f in RULES["CC804"].findings(claims(**asked))] == ["CC804"]
    both = claims(**asked, lastings=tuple(held))
    assert [f.rule for f in RULES["CC209"].findings(both)] == ["CC209"]
    assert list(RULES["CC804"].findings(both)) == []
