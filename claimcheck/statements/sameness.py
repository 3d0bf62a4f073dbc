"""Whether two statements can both hold, and what tells two of them apart before that."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from claimcheck.models import DateRef, Interval, Span, Statement, StatementKind
from claimcheck.normalize.intervals import overlaps, width
from claimcheck.normalize.names import same_name
from claimcheck.statements.vocabulary import (
    DEATH,
    ERAS,
    HURT,
    KILLED,
    PRICE_KINDS,
    PRONOUNS,
    STREAK,
    TIME_SHIFTS,
    event_of_noun,
)

# 'A' or 'another' before a subject, with up to two words between: 'a local coroner'.
INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){0,2}$")
# Words of the present, which a verb in the present tense says too: 'It is now valued with
# 18 projects' and 'The company has 25 projects' are of one time.
NOW = frozenset(["now", "currently", "today"])
# A word of the present right before a value: 'who is now 7', 'now aged 9'.
PRESENT_BEFORE = re.compile(r"\b(?:now|currently)\s+(?:aged\s+)?$", re.IGNORECASE)
# A word of time right after a length, which is the length's own: 'three days later', 'two
# years ago'.
OWN_SHIFT = re.compile(r"\s+(?:later|earlier|ago|afterwards?)\b", re.IGNORECASE)
# A model's code: letters, then digits ('bmp-1', 'f-16', 't-72m1', 'a320').
MODEL_CODE = re.compile(r"[a-z]+-?\d[a-z\d-]*")
# The past of 'be', with which a life told in the past gives an age: 'he was 43'.
PAST_BE = frozenset({"was", "were"})
# Where the words after a value stop being of its clause.
CLAUSE_END = re.compile(r"[,;]|\b(?:and|but|while|whereas)\b")


def agree(a: Statement, b: Statement) -> bool:
    """Tell whether two values of one statement can both hold."""
    if a.kind is StatementKind.AGE and a.period and b.period:
        # Ages at two dates must grow with the years between them.
        years = Interval(
            lo=(b.period.days.lo - a.period.days.hi) / 365.25 - 1,
            hi=(b.period.days.hi - a.period.days.lo) / 365.25 + 1,
        )
        grown = Interval(lo=b.interval.lo - a.interval.hi, hi=b.interval.hi - a.interval.lo)
        return overlaps(years, grown)
    if a.kind is StatementKind.AGE and (a.period or b.period):
        return True  # one age is undated: it may be from any time
    if _peak(a.interval) and _peak(b.interval):
        # 'up to ten dens', 'as many as six dens': each gives the most there are
        return math.isclose(a.interval.hi, b.interval.hi)
    wider, narrower = sorted((a.interval, b.interval), key=width, reverse=True)
    if a.kind is StatementKind.FIGURE and width(wider) > width(narrower) and _bare_rounding(wider):
        # '12,000' may be written '10,000' ([5,000, 15,000)), but '25,000' is not written
        # '20,000', though their intervals touch at the edge: the more exact figure itself
        # must round to the rounder one. Of two as exact ('350,000', 'more than 350,000')
        # neither rounds the other, whichever comes first.
        return overlaps(_middle(narrower), wider)
    return overlaps(a.interval, b.interval)


def _peak(i: Interval) -> bool:
    """Tell whether an interval is an upper bound's, which reports its figure as the most
    there is: 'up to 10' is [0, 10], where 'under 10' is [0, 10)."""
    return i.lo == 0 < i.hi and not i.lo_open and not i.hi_open


def _bare_rounding(i: Interval) -> bool:
    """Tell whether an interval is a bare figure's rounding: [v − s/2, v + s/2), s a power of
    ten and v a multiple of it ('20,000' → [15,000, 25,000))."""
    step = width(i)
    if i.lo_open or not i.hi_open or step < 1:
        return False
    power = math.log10(step)
    return power == round(power) and ((i.lo + i.hi) / 2) % step == 0


def _middle(i: Interval) -> Interval:
    mid = (i.lo + i.hi) / 2
    return Interval(lo=mid, hi=mid)


def unit_of(s: Statement) -> str | None:
    """Return a figure's unit when it is not the counted noun itself ('$', 'km')."""
    if s.unit is None or s.measure is not None and s.unit.lower() in s.measure.text.lower():
        return None
    return s.unit


def same_time(a: DateRef | None, b: DateRef | None) -> bool:
    return a is not None and b is not None and overlaps(a.days, b.days)


def told_apart(a: Statement, b: Statement, keys: tuple[str, ...]) -> bool:
    """Tell whether what two statements state of their own keeps them from giving one value
    twice: kind, sentence, negation, direction, stretch, unit, a date each is of, one of
    `keys` named differently ('Smith founded Acme', 'Smith founded Bolt'), a special or
    regular price on one side only, or two sources."""
    if a.kind is not b.kind or a.sentence == b.sentence or a.negated != b.negated:
        return True
    if a.direction != b.direction or a.stretch != b.stretch:
        return True
    if unit_of(a) != unit_of(b) and a.unit != b.unit:
        return True  # '12 km' and '12 minutes'; a weekday and a count; 'November 12', '2012'
    streaks = all(STREAK & set(s.clause) for s in (a, b))  # 'a second straight session'
    if a.kind is StatementKind.ORDINAL and (a.event_key or b.event_key) and not streaks:
        return True  # 'killed in the first attack': which one; 'it was the third' says a rank
    dated = a.kind is not StatementKind.DATE and a.period and b.period
    if dated and not same_time(a.period, b.period):
        return True  # '15 in 2020' and '25 in 2021'
    for key in keys:
        one, other = getattr(a, key), getattr(b, key)
        if one and other and not same_name(one, other):
            return True
    if PRICE_KINDS.intersection(a.clause) != PRICE_KINDS.intersection(b.clause):
        return True  # 'the special rate of $630', 'the plan at $700'
    if {_toll(a), _toll(b)} == {"dead", "hurt"}:
        return True  # 'Three people have been injured', '25 people were killed'
    if years_of_two_deeds(a, b) or other_kinds(a, b) or ages_at_two_times(a, b):
        return True  # 'born in 384 BC', 'tutor to Alexander from 343 BC'; 'three NFL teams',
        # 'five expansion teams'; 'When he was 43', 'He was 72'
    return two_sources(a, b)


def ages_at_two_times(a: Statement, b: Statement) -> bool:
    """Tell whether two ages are each told in the past with 'was' and no date ('When he was
    forty-three, he …', 'He died in 1860. He was 72.'): a life told in the past gives its
    ages at its times, so two such ages are two times of it, whatever the person."""
    ages = a.kind is StatementKind.AGE and b.kind is StatementKind.AGE
    return ages and all(_was(s) and s.period is None for s in (a, b))


def _was(s: Statement) -> bool:
    return s.event is not None and s.event.text.lower() in PAST_BE and not s.present


def years_of_two_deeds(a: Statement, b: Statement) -> bool:
    """Tell whether two years of an era ('384 BC') are not the years of one named deed: a
    year BC is read as a figure, and all of a life's years are of one measure, 'BC'."""
    if a.measure_key not in ERAS and b.measure_key not in ERAS:
        return False
    return a.event_key is None or a.event_key != b.event_key


def _toll(s: Statement) -> str | None:
    """Return whether a count is of the dead or of the hurt, by its deed or its noun."""
    deeds = {s.event_key, event_of_noun(s.measure_key) if s.measure_key else None}
    if deeds & {KILLED, DEATH}:
        return "dead"
    return "hurt" if deeds & HURT else None


def other_kinds(a: Statement, b: Statement) -> bool:
    """Tell whether two counts of one noun each say which kind of it they count, otherwise:
    '128 specified characters' and '95 printable characters'. A count with no word of kind
    ('troops') may be either ('5,000 US troops'), and one whose words of kind the other's
    hold may be the same one told more narrowly ('five engineering societies', 'six Stanton
    engineering societies')."""
    if a.kind is not StatementKind.FIGURE or a.measure is None or b.measure is None:
        return False
    one, other = _kind_words(a.measure.text), _kind_words(b.measure.text)
    return bool(one - other) and bool(other - one)


def _kind_words(measure: str) -> frozenset[str]:
    """Return the words before a counted noun's head, lower-cased: 'printable' in
    'printable characters', and a model's code in 'BMP-1 infantry fighting vehicles'."""
    words = measure.lower().split()[:-1]
    return frozenset(w for w in words if w.isalpha() or MODEL_CODE.fullmatch(w))


def two_sources(a: Statement, b: Statement) -> bool:
    """Tell whether two statements are credited to two sources. A source written as a
    pronoun ('he said') may be the other one ('Bancel said'), so it tells nothing."""
    parties = [s.party.text for s in (a, b) if s.party and s.party.text.lower() not in PRONOUNS]
    return len(parties) == 2 and not same_name(*parties)


def two_of_a_kind(a: Statement, b: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether both subjects are written with 'a' ('A coroner ruled …'): each is some
    one of a kind, and two of them may be two."""
    return _indefinite(a, sentences) and _indefinite(b, sentences)


def another_of_a_kind(a: Statement, b: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether the later subject is written with 'a': it brings in another one of a
    kind ('a nonstop flight on Royal Jordanian' after 'El Al's nonstop flight'), as two
    subjects written with 'a' may be two."""
    return _indefinite(max(a, b, key=lambda s: s.value.start), sentences)


def _indefinite(s: Statement, sentences: dict[int, Span]) -> bool:
    sentence = sentences.get(s.sentence)
    if s.subject is None or sentence is None:
        return False
    before = sentence.text[: max(0, s.subject.start - sentence.start)]
    return INDEFINITE_BEFORE.search(before) is not None


def _shifts(s: Statement, sentences: dict[int, Span]) -> frozenset[str]:
    """Return the words that move a statement's value in time ('later', 'now'), lower-cased.

    A word before the value moves it ('Two years later, it had 150'); a word after it only
    when no comma, semicolon or joined verb stands between them: in '45 tornadoes, while
    later dropping snow' and 'Three men get out and then shove them', 'later' and 'then'
    move the snow and the shoving. 'Now' right before the value says it is of the present,
    whatever else the sentence moves ('Earlier, officials said the girl, who is now 7'). A
    word right after a length is the length's own ('returned three days later'): it says
    how long after, not that the length is of another time. Nor does a word after the count
    of a set known by its deed: in 'the nine suspended midwives will learn their fate next
    week', 'next week' moves the learning, not the suspending.
    """
    sentence = sentences.get(s.sentence)
    if sentence is None:
        return frozenset()
    if PRESENT_BEFORE.search(sentence.text, 0, max(0, s.value.start - sentence.start)):
        return frozenset({"now"})
    offset = s.value.end - sentence.start
    own = OWN_SHIFT.match(sentence.text, offset)  # 'three days later': the length's own word
    rest = "" if s.whole else sentence.text[own.end() if own else offset :]
    after = CLAUSE_END.split(rest, maxsplit=1)[0]
    clause = sentence.text[:offset] + after
    words = {" ".join(m.group(0).lower().split()) for m in TIME_SHIFTS.finditer(clause)}
    return frozenset({"now", *(words - NOW)} if NOW & words else words)


# Words that put a deed at a time before the one told just before it: 'Since 2004 the
# results have been announced in late January. Prior to that, they were announced in early
# February' tells of two times, each with its own date.
# ('Originally' and 'previously' do not: 'It was originally broadcast on 1 January 2007' is
# the first airing, which another sentence may date otherwise.)
BEFORE_THAT = frozenset({"prior to that", "before that", "until then"})


def done_before_that(a: Statement, b: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether exactly one of two statements is said to be of a time before another
    one told ('Prior to that, the results were announced in early February')."""
    before = [bool(BEFORE_THAT & _shifts(s, sentences)) for s in (a, b)]
    return before[0] != before[1]


def same_shifts(a: Statement, b: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether two undated statements are of one time: moved by the same words, or
    both of the present ('It is now valued with 18 projects', 'The company has 25')."""
    shifts = _shifts(a, sentences), _shifts(b, sentences)
    if shifts[0] == shifts[1]:
        return True
    return all(w == {"now"} or not w and s.present for w, s in zip(shifts, (a, b), strict=True))


def dated_figures(statements: Iterable[Statement]) -> dict[str, Statement]:
    """Map each date to a figure its sentence gives of the same deed: 'reduced by 40 per cent
    by 2010'."""
    figures: dict[tuple[int, str], Statement] = {}
    for s in statements:
        if s.kind is StatementKind.FIGURE and s.event_key:
            figures.setdefault((s.sentence, s.event_key), s)
    return {
        s.id: figures[(s.sentence, s.event_key)]
        for s in statements
        if s.kind is StatementKind.DATE and s.event_key and (s.sentence, s.event_key) in figures
    }


def steps_of_a_series(a: Statement, b: Statement, figures: dict[str, Statement]) -> bool:
    """Tell whether two dates of one deed each come with a figure of it, and the figures
    differ: 'reduced by 40 per cent by 2010' and 'by 2020, reduced by 70 per cent' are two
    steps of a series, not one date given twice (`figures` from dated_figures)."""
    return a.id in figures and b.id in figures and not agree(figures[a.id], figures[b.id])
