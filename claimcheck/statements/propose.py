"""Propose what each figure, date and age is about, from the dependency parse alone."""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from claimcheck.extract.layout import locator
from claimcheck.models import (
    Direction,
    Duration,
    Interval,
    Quantity,
    QuantityKind,
    Reading,
    Resolver,
    Sentence,
    Span,
    Statement,
    StatementKind,
    Timing,
)
from claimcheck.normalize.dates import DAYS_PER, MONTH_TOKEN, NO_YEAR, find_dates
from claimcheck.normalize.intervals import scale
from claimcheck.normalize.numbers import CURRENCIES, SHARE
from claimcheck.normalize.units import DIMENSION_NAMES, physical_of
from claimcheck.statements.clauses import OTHER_CLAUSES, clause_of
from claimcheck.statements.vocabulary import (
    AGE_AFTER,
    AGE_AFTER_DURATION,
    AGE_APPOSITION,
    AGE_APPOSITION_AFTER,
    AGE_BEFORE,
    AGE_OPENING,
    AGE_OPENING_AFTER,
    AGE_WORDS,
    ATTEMPTS,
    AUDIENCES,
    BEGINNING,
    BIRTH,
    BIRTHDAY_AFTER,
    CENSUS,
    CLAUSE_LINKS,
    CONTESTS,
    COUNTED_BY_TIMES,
    DATING_PREPOSITIONS,
    DEATH,
    DECADE_AGE,
    DECADE_PARTS,
    DECADES,
    DIFFERENCE,
    DOWN,
    FINISHING,
    GROUPS,
    INDEFINITE,
    KEY_MODIFIERS,
    KILLED,
    KIN_AND_PARTS,
    LIFESPAN_CLOSE,
    LIFESPAN_DASH_AFTER,
    LIFESPAN_DASH_BEFORE,
    LIFESPAN_OPEN,
    LIGHT_VERBS,
    MODIFIER_CLAUSES,
    NAME_MODIFIERS,
    NAME_PARTICLES,
    NOT_MEASURES,
    NOT_PERSONS,
    OCCASION_PREPOSITIONS,
    OCCURS,
    ONE_EVENT,
    PART_PRONOUNS,
    PEAK_BEFORE,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    PERSONS,
    PLACE_PREPOSITIONS,
    PLACES,
    PRONOUN_CASES,
    PRONOUNS,
    RANK_AUTHORS,
    REACHED_BEFORE,
    RELATIONS,
    RELATIVE_PRONOUNS,
    RELEASE,
    SAME_HOLDER,
    SAME_MEASURE,
    SET_DETERMINERS,
    SOMETHING_AGE,
    SUBJECTS,
    TIME_SPANS,
    UP,
    WORKS,
    event_of_noun,
    is_event_noun,
    is_occasion,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Parsed:
    """The parses of a text's sentences, each with its offset, looked up by character offset."""

    chunks: list[tuple[int, Doc]]

    def tokens(self, span: Span) -> list[Token]:
        """Return the tokens that overlap a span, or none when its sentence was not parsed."""
        at = bisect.bisect_right(self.chunks, span.start, key=lambda chunk: chunk[0]) - 1
        if at < 0:
            return []
        offset, doc = self.chunks[at]
        found = doc.char_span(span.start - offset, span.end - offset, alignment_mode="expand")
        return list(found) if found is not None else []


# Verbs in the past or present tense, and what may stand between a subject and its verb.
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
HELPERS = frozenset({"aux", "auxpass", "neg", "advmod"})
# 'the' right before a value.
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A value to state: its id, kind, span, interval, and the unit a figure is counted in."""

    id: str
    kind: StatementKind
    span: Span
    interval: Interval
    unit: str | None = None


def _named_by_size(value: Span, text: str) -> bool:
    """Tell whether a size written after 'the' and before its unit word names a thing of
    that size ('in the 100 metres butterfly', 'won the 1,500 m'), as a race is named, and
    does not measure it ('the 250-kilometre river', joined by a hyphen, does)."""
    return THE_BEFORE.search(text, max(0, value.start - 5), value.start) is not None and (
        text[value.end : value.end + 1] != "-"
    )


def each_token(parsed: Parsed, sentences: list[Sentence]) -> Iterator[tuple[int, int, Token]]:
    """Yield every parsed token with the index of its sentence and its chunk's offset."""
    at = locator(sentences)
    for offset, doc in parsed.chunks:
        sentence = at(offset).index
        for token in doc:
            yield sentence, offset, token


def propose(
    text: str, reading: Reading, parsed: Parsed, sentences: list[Sentence]
) -> Iterator[Statement]:
    """Yield a statement for each figure, date and age, with what the parse says of it."""
    at = locator(sentences)
    for m in mentions(text, reading):
        yield _statement(m, at(m.span.start).index, parsed.tokens(m.span), text)


def mentions(text: str, reading: Reading) -> Iterator[Mention]:
    """Yield the figures, ages and dates of a reading; an age is a count or a duration, or
    a decade of life ('in her fifties')."""
    decades = list(_decade_ages(text))
    yield from decades
    yield from _weekdays(text)
    taken = {m.span.start for m in decades}
    for q in reading.quantities:
        if q.span.start in taken:
            continue
        if q.kind is QuantityKind.ORDINAL and BIRTHDAY_AFTER.match(text, q.span.end):
            yield Mention(q.id, StatementKind.AGE, q.span, _age_interval(q.value))
            continue
        if q.kind is QuantityKind.ORDINAL:
            yield Mention(q.id, StatementKind.ORDINAL, q.span, q.interval)
            continue
        if q.kind is QuantityKind.VAGUE:
            continue
        if q.kind is QuantityKind.FRACTION and q.unit == SHARE and not EVERY.search(q.span.text):
            # 'nearly half of the money' and 'a good 20% of the money' are two shares of one
            # thing: a part of a whole is stated in percent, as percentages are. A rate ('10
            # out of every 100,000') stays a share, of a place or a deed.
            yield Mention(q.id, StatementKind.FIGURE, q.span, scale(q.interval, 100), "%")
            continue
        if _is_age(q, text):
            yield Mention(
                q.id, StatementKind.AGE, q.span, _age_of(q.value, q.interval, q.qualifier)
            )
            continue
        worded = q.unit is not None or WORD_AFTER.match(text, q.span.end) is not None
        unit = physical_of(q.unit, text, q.span.end) if worded else None
        if unit is not None and _named_by_size(q.span, text):
            continue  # 'in the 100 metres butterfly', 'the 50 metres races': which race
        if unit is not None:  # '300 km' and 'the 250-kilometre river' are lengths in metres
            yield Mention(
                q.id, StatementKind.FIGURE, q.span, unit.scaled(q.interval), unit.dimension
            )
        else:
            yield Mention(q.id, StatementKind.FIGURE, q.span, q.interval, q.unit)
    lengths = []
    for t in reading.durations:  # '41-year-old' is read as a duration of 41 years
        if t.unit == "year" and AGE_AFTER_DURATION.match(text, t.span.end):
            years = t.days.model_copy(
                update={"lo": t.days.lo / DAYS_PER["year"], "hi": t.days.hi / DAYS_PER["year"]}
            )
            yield Mention(t.id, StatementKind.AGE, t.span, _age_of(t.amount, years, t.qualifier))
        elif AGO.match(text, t.span.end) and not t.amount_is_vague:
            # 'made four years ago': how long ago, in days, counted from one 'now' for all
            yield Mention(t.id, StatementKind.FIGURE, t.span, t.days, AGO_UNIT)
        elif not t.amount_is_vague and not per_time(text, t):
            lengths.append(t)  # 'The storm lasted six days': a length of time, in days
    yield from _lengths(text, lengths)
    for d in reading.dates:  # a year the reading guessed is not one the text wrote
        guessed = d.year_from == "later_than_dated_text"
        yearless = NO_YEAR_UNIT if guessed else None
        yield Mention(d.id, StatementKind.DATE, d.span, d.days, yearless)
        again = _same_time(text, d.span.end, d.days)
        if again is not None:  # '… in 2004, the same year beekeepers started importing bees'
            span, days = again
            yield Mention(f"same@{span.start}", StatementKind.DATE, span, days, yearless)
    yield from _yearless(reading)


def _same_time(text: str, end: int, days: Interval) -> tuple[Span, Interval] | None:
    """Return a time that a date is named again by, right after it, with the whole of that
    year, month or day: 'in 2004, the same year …', 'in May 2010, the month his son was
    born'. A time before or after the date ('the year before') is another time."""
    again = SAME_TIME.match(text, end)
    if again is None:
        return None
    first, last = date.fromordinal(int(days.lo)), date.fromordinal(int(days.hi))
    unit = again.group("unit").lower()
    if unit == "year" and first.year == last.year:
        first, last = date(first.year, 1, 1), date(first.year, 12, 31)
    elif unit == "month" and (first.year, first.month) == (last.year, last.month):
        days_in_month = calendar.monthrange(first.year, first.month)[1]
        first, last = first.replace(day=1), first.replace(day=days_in_month)
    elif unit != "day" or first != last:
        return None  # '2004–2006, the same year': not one time
    at = again.start("time")
    span = Span(start=at, end=again.end(), text=text[at : again.end()])
    return span, Interval(lo=first.toordinal(), hi=last.toordinal())


def per_time(text: str, t: Duration) -> bool:
    """Tell whether a time is what a rate is counted per: 'an hour' in '30 kilometres an
    hour', 'a day' in '10 hours a day'."""
    first = t.span.text.split(maxsplit=1)[0].lower()
    before = RATE_OF.search(text, max(0, t.span.start - RATE_REACH), t.span.start)
    return first in ("a", "an", "per") and before is not None


def _lengths(text: str, durations: list[Duration]) -> Iterator[Mention]:
    """Yield each length of time in days, its parts written one after the other, each in a
    smaller unit, taken as one: 'takes 10 hours 45 minutes', 'two years and three months'."""
    parts: list[Duration] = []
    for t in sorted(durations, key=lambda t: t.span.start):
        if parts and not _goes_on(text, parts[-1], t):
            yield _length(text, parts)
            parts = []
        parts.append(t)
    if parts:
        yield _length(text, parts)


def _goes_on(text: str, before: Duration, t: Duration) -> bool:
    """Tell whether t, in a smaller unit right after `before`, is a part of its length."""
    smaller = DAYS_PER[t.unit] < DAYS_PER[before.unit]
    return smaller and COMPOUND_GAP.fullmatch(text, before.span.end, t.span.start) is not None


def _length(text: str, parts: list[Duration]) -> Mention:
    """Return one length of its parts. A part followed by a smaller one is exact: 'eight
    hours 45 minutes' is 8 hours and 45 minutes give or take their rounding, not 7.5 to 8.5
    hours and then 45 minutes."""
    start, end = parts[0].span.start, parts[-1].span.end
    *whole, last = parts
    exact = sum(t.amount * DAYS_PER[t.unit] for t in whole)
    days = last.days.model_copy(update={"lo": exact + last.days.lo, "hi": exact + last.days.hi})
    span = Span(start=start, end=end, text=text[start:end])
    return Mention(parts[0].id, StatementKind.FIGURE, span, days, LENGTH_UNIT)


def _yearless(reading: Reading) -> Iterator[Mention]:
    """Yield each day of a month the text writes with no year and nothing to place it in
    one ('on November 12'), placed in one year for all: two such days of one deed may still
    be compared, and only with each other (their unit is NO_YEAR_UNIT)."""
    for skipped in reading.skipped:
        if skipped.reason != NO_YEAR or not MONTH_TOKEN.search(skipped.span.text):
            continue
        days, _ = find_dates(skipped.span.text, ONE_YEAR_FOR_ALL)
        if len(days) == 1 and days[0].span.text == skipped.span.text:
            at = f"Y{skipped.span.start}"
            yield Mention(at, StatementKind.DATE, skipped.span, days[0].days, NO_YEAR_UNIT)


def _weekdays(text: str) -> Iterator[Mention]:
    """Yield each day of the week a deed is placed on ('killed Thursday', 'on Wednesday
    night'), as a figure from 0 (Monday) to 6, compared only with the same deed's."""
    for m in WEEKDAY.finditer(text):
        day = WEEKDAYS.index(m.group(1).lower())
        span = Span(start=m.start(1), end=m.end(1), text=m.group(1))
        yield Mention(
            f"weekday@{span.start}",
            StatementKind.FIGURE,
            span,
            Interval(lo=day, hi=day),
            WEEKDAY_UNIT,
        )


def _decade_ages(text: str) -> Iterator[Mention]:
    """Yield the ages written as a decade of life: 'in her early fifties' is 50 to 53,
    'the 30-something daughter' 30 to 39."""
    for pattern in (DECADE_AGE, SOMETHING_AGE):
        for m in pattern.finditer(text):
            written = m.group("decade").lower()
            decade = DECADES.get(written) or int(written.rstrip("s").rstrip("'"))
            part = m.groupdict().get("part")
            first, last = DECADE_PARTS[part.lower() if part else None]
            start = m.start("part") if part else m.start("decade")
            span = Span(start=start, end=m.end(), text=text[start : m.end()])
            interval = Interval(lo=decade + first, hi=decade + last, hi_open=True)
            yield Mention(f"age@{span.start}", StatementKind.AGE, span, interval)


# A day of the week, not a holiday named by one ('Good Friday', 'Super Tuesday') nor a plural.
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY = re.compile(
    r"(?<!Good )(?<!Black )(?<!Super )(?<!Cyber )(?<!Holy )(?<!Palm )(?<!Easter )(?<!Ash )"
    r"\b(" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b(?!s\b)"
)
# Units of a level a noun comes to ('profit came to $4.1bn', 'its share fell to 20%'),
# the verbs that say it besides those of a direction, and the prepositions they take.
LEVEL_UNITS = frozenset(["%", *CURRENCIES.values()])
LEVEL_VERBS = frozenset(["be", "come", "reach", "total", "stand", "amount", "hit", "top"])
LEVEL_PREPOSITIONS = ("to", "at")
WEEKDAY_UNIT = "day of the week"
# After a length that places a thing from another: '50 kilometers (30 miles) north of
# Helsinki', '12 km south-east of Oxford'.
# Nouns of a place that a name may follow: 'the Somali capital, Mogadishu'.
SETTLEMENTS = frozenset(["capital", "city", "town", "village", "port"])
DISTANCE_FROM = re.compile(
    r"\s*-?\s*[A-Za-z]+\.?\s*(?:\([^()]{0,40}\)\s*)?"
    r"(?P<direction>(?:north|south)(?:\s*-?\s*(?:east|west))?|east|west)\s+of\s+"
    # 'the Somali capital, Mogadishu' and 'the Finnish capital Helsinki' are of the city named
    rf"(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+)?(?:{'|'.join(sorted(SETTLEMENTS))})\s*,?\s+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
# Words before a number that labels a thing rather than counting: 'No. 11', 'number 7'.
NUMBER_LABELS = frozenset({"no", "nos", "number"})
NUMBER = "number"
DISTANCE = "distance "
# The measure of a count of times a deed was done.
TIMES = "times done"
# After a length of time that places an event before now: 'four years ago'.
AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
AGO_UNIT = "days ago"
# The unit of a length of time that is not an age nor how long ago: 'lasted six days'.
LENGTH_UNIT = "days long"
# What stands between the parts of one length of time: '10 hours 45 minutes'.
COMPOUND_GAP = re.compile(r",?\s*(?:and\s+)?")
# Light verbs that, with the state they lead to, name an event: 'went public', 'got married'.
BECOMING = frozenset(["go", "get", "become", "come"])
# The unit of a day written with no year ('November 12'), and the year all such days are
# placed in: a leap year, so that 'February 29' is a day.
NO_YEAR_UNIT = "day of a year not written"
ONE_YEAR_FOR_ALL = date(2000, 12, 31)
# A figure and its unit right before a time it is counted per: '30 kilometres ' an hour.
# A figure, and its noun if it has one, right before 'a'/'an'/'per' and a time: '30
# kilometres an hour', '$950 a month', '$1.2bn a year' (not 'in 1990 a year later').
RATE_OF = re.compile(
    r"(?<![\d.,])(?!(?:1[6-9]|20)\d\d\s)\d(?:[\d,.]*\d)?[A-Za-z%]*\s+(?:[A-Za-z]+\s+)?$"
)
RATE_REACH = 40
# Inside a rate of a place or a deed written as a fraction: '10 out of every 100,000', 'one
# in every five'. 'One in five voters' is a share of the voters, as '20% of voters' is.
EVERY = re.compile(r"\s(?:in|out\s+of)\s+every\s", re.IGNORECASE)
# A date named again right after it, with the deed of that time: 'in 2004, the same year
# beekeepers started importing bees', 'in 1931, the year the war ended'. Not a time before
# or after it ('the year before'), nor one with no deed ('the same year.').
SAME_TIME = re.compile(
    r",\s+(?P<time>(?:the|that)\s+(?:same\s+|very\s+)?(?P<unit>year|month|day))"
    r"(?=\s+(?!before\b|after\b|earlier\b|later\b|prior\b|following\b|of\b|in\b|on\b)[A-Za-z])",
    re.IGNORECASE,
)
# The measure of a place in a contest, before the contest's key: 'place in girl race'.
PLACE_IN = "place in "
# How an ordinal hangs on the verb that places a finisher: 'finished second', 'came in third'.
PLACED = frozenset(["advmod", "npadvmod", "oprd", "dobj", "acomp", "attr"])
# A word joined to a figure by a hyphen: '6-mile', and in WikiText '4. 559 - mile'.
WORD_AFTER = re.compile(r"\s?-\s?[A-Za-z]")


def _age_interval(years: float) -> Interval:
    """Return the ages someone 'N years old' can be: from N up to, not including, N + 1."""
    return Interval(lo=years, hi=years + 1, hi_open=True)


def _age_of(years: float, written: Interval, qualifier: str | None) -> Interval:
    """Return the ages a figure of years gives, with its qualifier (`written` in years):
    'some fifty years old' is from 45 up to 56, as 'fifty years old' is from 50 up to 51;
    'under 18 years old' stays under 18."""
    if not qualifier:
        return _age_interval(years)
    below = written.hi_open and written.hi <= years  # 'under 18', 'less than 30'
    return written.model_copy(update={"hi": written.hi if below else written.hi + 1})


def _is_age(q: Quantity, text: str) -> bool:
    """Tell whether a count gives someone's age: 'aged 45', '45-year-old', 'Smith, 45,'."""
    if q.kind is not QuantityKind.COUNT or not 0 < q.value < 130:
        return False
    after = text[q.span.end : q.span.end + 14]
    if q.qualifier:  # 'some fifty years old'; not 'Smith, about 45,'
        return AGE_AFTER.match(after) is not None
    if q.value != int(q.value) or q.unit_span is not None and "year" not in q.unit_span.text:
        return False
    before = text[max(0, q.span.start - 20) : q.span.start]
    apposition = AGE_APPOSITION.search(before) and AGE_APPOSITION_AFTER.match(after)
    opening = AGE_OPENING.search(before) and AGE_OPENING_AFTER.match(text, q.span.end)
    return bool(AGE_BEFORE.search(before) or AGE_AFTER.match(after) or apposition or opening)


def _statement(m: Mention, sentence: int, tokens: list[Token], text: str) -> Statement:
    """Fill a statement's fields from the parse of its sentence."""
    root = value_root(tokens)
    level = m.kind is StatementKind.FIGURE and not DIFFERENCE.match(text, m.span.end)
    measure = _measure(root, tokens) if root is not None and level else None
    part = _part_named(root) if root is not None and level and measure is None else None
    if part is not None:  # '21 people, 14 of them Australians': Australians of that deed
        measure = part.noun
    if measure is None and root is not None and level and m.unit in LEVEL_UNITS:
        measure = _level_of(root)  # 'Annual profit came to $4.1bn'
    compared = _compared_with(root) if root is not None and m.unit == "%" else None
    noun = _event_noun(root) if m.kind is StatementKind.DATE and root is not None else None
    words, names, kinds = clause_of(root, tokens) if root is not None else ((), (), ())
    if noun is not None:
        said = _noun_statement(m, sentence, noun)
        return said.model_copy(
            update={"clause": words, "clause_names": names, "clause_name_kinds": kinds}
        )
    # A figure's clause is its counted noun's, unless that noun is only borrowed from
    # another clause ('two pirates were dead and five were captured')
    holder = (
        measure if measure is not None and root is not None and measure.is_ancestor(root) else root
    )
    verb = clause_verb(holder) if holder is not None else None
    if part is not None and part.verb is not None:
        verb = part.verb
    if m.kind is StatementKind.DATE and root is not None:
        verb = _deed_of_time(root) or verb
    subject = subject_of(verb, measure, tokens)
    if part is not None and subject is not None:
        # 'eleven of those who died': 'those' names no one; '21 people dying, 14 of them':
        # the people are the whole, not whose part it is
        subject = None if subject.lower_ in PART_PRONOUNS or subject == part.whole else subject
    away = _distance_from(m, text)
    if away is not None and root is not None:  # 'a town 50 km north of Helsinki'
        subject = _described(root) or subject
    done = _participle(measure) if measure is not None else None
    if done is not None:  # 'the 30 homes destroyed by the fire': what the fire did
        verb, subject = done, _agent(done)
    elif measure is not None and _in_span_of_time(measure):
        # 'During his three terms as governor, Brown cut taxes': the terms are his, and
        # cutting taxes is not what was counted
        verb = None
        subject = subject_of(None, measure, tokens)
    age = _age_by_copula(m, root, subject) if m.kind is StatementKind.FIGURE else None
    if age is not None:
        m = Mention(m.id, StatementKind.AGE, m.span, _age_interval(age))
    if m.kind is StatementKind.AGE and root is not None:
        subject = _age_holder(root, tokens) or subject
    contest = _contest_placed_in(root) if m.kind is StatementKind.ORDINAL and root else None
    ranking = None
    if m.kind is StatementKind.ORDINAL and contest is None:
        ranking = _ranking(root) if root is not None else None
        measure = ranking.noun if ranking else _ranked(root) if root is not None else None
        subject = _named_rank_holder(measure) if measure is not None else None
    # Kin and parts are someone's whatever the verb: 'lives with his three brothers' and
    # 'Tom's four brothers leave' count one thing ('his three goals' may be of one match).
    owned = (
        measure is not None
        and subject is not None
        and measure.i
        in (subject.head.i, subject.head.head.i)  # 'its two wings', 'the two wings of it'
        and measure.lemma_.lower() in KIN_AND_PARTS
    )
    audience = measure is not None and measure.lemma_.lower() in AUDIENCES
    ago = m.unit == AGO_UNIT
    event_key = _deed(verb) if ago else None if owned or audience else event_key_of(verb)
    if away is not None:
        event_key = None  # where a thing lies does not depend on the verb that says it
    form = _done_as(verb) if m.kind is StatementKind.DATE and event_key == RELEASE else None
    if form is not None:  # 'released Animalia as an application': a release of that form
        event_key = f"{event_key} as {form}"
    if m.kind is StatementKind.FIGURE and (event_key == DEATH or _said_dead(verb)):
        event_key = KILLED  # '15 people died in the bombing': the bombing killed them
    life = _life_event(m, text) if m.kind is StatementKind.DATE else None
    if life is not None:  # '( December 28, 1920 – March 5, 2016 )' after a name
        event_key = life
    if tokens and life is not None:  # a lifespan's person is the name before it
        subject = _named_before_parenthesis(tokens[0]) or subject or _main_subject(tokens[0])
    elif tokens and subject is None and event_key == BIRTH:
        subject = _named_before_parenthesis(tokens[0]) or _main_subject(tokens[0])
    times = _times_counted(m, verb) if measure is None else None
    if times is None and measure is None and m.unit == "times" and event_key_of(verb):
        times = TIMES  # 'named to the All-Pro team eight times': how often it was done
    if ago:  # how long ago one deed was done ('was made four years ago'): only of that deed
        measure, times = None, AGO_UNIT if event_key else None
    if m.unit == LENGTH_UNIT:  # how long a deed took, or how far apart two were: of that deed
        measure, times = None, LENGTH_UNIT if event_key else None
    if m.unit == WEEKDAY_UNIT:  # the day a deed was done: of an event, by a named doer
        if verb is not None and subject is not None and _occurs(verb):
            # 'The collapse happened on Tuesday': the day of the collapse, whoever's it was
            event_key = event_of_noun(subject.lemma_.lower())
            subject = next(iter(_owner_of(subject)), None)
        named = subject is not None and subject.lower_ not in PRONOUNS
        measure, times = None, WEEKDAY_UNIT if event_key and named else None
    said = Statement(
        id=m.id,
        kind=m.kind,
        value=m.span,
        interval=m.interval,
        # 'twice' counts goals, not times; 'them' in '14 of them Australians' is no unit
        unit=None if times and m.unit == "times" or part is not None else m.unit,
        sentence=sentence,
        measure=_span(measure, tokens) if measure is not None else None,
        event=token_span(verb) if verb is not None else None,
        subject=_span(subject, _with_old(m, tokens)) if subject is not None else None,
        direction=verb_direction(verb),
        negated=_denied(verb, tokens),
        present=_present(verb),
        some_occasion=_some_occasion(verb),
        also_events=_joined_events(verb, measure),
        measure_key=away
        or compared
        or (ranking and ranking.key)
        or _measure_key(m, measure)
        or times,
        event_key=event_key,
        subject_key=subject_key_of(subject),
        subject_from="parse" if subject is not None else None,
        patient_key=subject_key_of(_patient(verb, subject)) if _done_to(m, event_key) else None,
        occasion_key=(
            occasion_of(verb, (part.whole if part else None) or measure or root)
            if m.kind is StatementKind.FIGURE
            else None
        ),
        place_key=_place_key(m, verb, root),
        clause=words,
        clause_names=names,
        clause_name_kinds=kinds,
        # a count only: '$1.6 billion of the funds' is an amount of them, not some of a set
        some_of=m.unit not in (*CURRENCIES.values(), "%", *DIMENSION_NAMES)
        and root is not None
        and measure is not None
        and _some_of(root, measure),
    )
    if contest is not None:  # 'finished second in the girls' race': a place in that race
        return said.model_copy(
            update={
                "measure": _span(contest, tokens),
                "measure_key": contest_key(contest),
                "event_key": None,
            }
        )
    # 'the 100 metres butterfly' is a distance, not a set of metres
    counted = m.kind is StatementKind.FIGURE and m.unit not in DIMENSION_NAMES
    the_set = _definite_set(root, measure) if counted else None
    if isinstance(the_set, str):  # 'the 20,000 detainees': the set's own size, whatever is done
        said = said.model_copy(
            update={
                "subject": None,
                "subject_key": the_set,
                "event_key": None,
                "occasion_key": None,
            }
        )
    elif the_set is not None:  # 'the seven captured pirates': all the pirates captured
        said = said.model_copy(
            update={
                "subject": None,
                "subject_key": None,
                "unit": None,
                "event": token_span(the_set),
                "event_key": event_key_of(the_set),
                "occasion_key": None,
                "whole": True,
            }
        )
    chart = _chart(m, tokens, text) if m.kind is StatementKind.FIGURE else None
    if chart is None:
        return said
    # 'peaked at number 25 on the Billboard Hot 100': a rank on that chart, whatever the verb;
    # 'reached number 25 on …' puts the peak there or higher: from number 1 to 25
    peak, reached = chart
    rank = Interval(lo=1, hi=m.interval.hi, hi_open=m.interval.hi_open) if reached else m.interval
    return said.model_copy(
        update={
            "kind": StatementKind.ORDINAL,
            "measure_key": peak,
            "event_key": None,
            "interval": rank,
        }
    )


def _definite_set(root: Token | None, measure: Token | None) -> str | Token | None:
    """Key a count written as a known set, 'the 20,000 detainees', by that set: a text that
    says 'the 25,000 detainees' later gives the same set another size. Its adjectives are
    part of the key ('the 12 American soldiers' are not 'the 40 soldiers'). A set known by
    a deed ('the seven captured pirates') gives the participle of that deed instead. A set
    narrowed by a phrase ('the 300 passengers on the first flight', 'the 12 members of the
    board'), a clause or a participle after it ('the 1,000 detainees freed in recent weeks'
    are some of them) or an owner ('his three sons') is left to the other keys."""
    if root is None or measure is None or root.dep_ != "nummod" or root.head.i != measure.i:
        return None
    if measure.tag_ not in ("NNS", "NNPS") or root.i == 0:
        return None
    the = root.doc[root.i - 1]
    if the.lower_ != "the" or the.head.i != measure.i:
        return None
    if any(c.dep_ in ("prep", "poss", "relcl", "acl") for c in measure.children):
        return None
    modifiers = [
        c for c in measure.children if c.dep_ in ("amod", "compound") and root.i < c.i < measure.i
    ]
    deeds = [c for c in modifiers if c.tag_ == "VBN"]
    if deeds:
        return deeds[0]
    return " ".join(["the", *(c.lemma_.lower() for c in modifiers), measure.lemma_.lower()])


def _event_noun(root: Token) -> Token | None:
    """Return the noun of an event a date hangs from: 'death' in 'after his death in 1952',
    'founding' in 'since its founding in 1905', 'film' in 'a 2005 film' (its release)."""
    at = root.head
    if root.dep_ == "pobj" and at.dep_ == "prep" and at.lower_ in DATING_PREPOSITIONS:
        noun = at.head
        if _occurs(noun):  # 'The kidnapping of William Morgan took place in 1836'
            subjects = [c for c in noun.children if c.dep_ in SUBJECTS]
            noun = subjects[0] if subjects else noun
        elif noun.pos_ in ("VERB", "AUX") and noun.lemma_.lower() in LIGHT_VERBS:
            # 'made their debut in 1988', 'held its first meeting in May'
            objects = [c for c in noun.children if c.dep_ == "dobj"]
            noun = objects[0] if objects else noun
        return noun if noun.pos_ == "NOUN" and is_event_noun(noun.lemma_.lower()) else None
    if root.dep_ == "poss":  # 'December's great race', 'Monday's meeting': of that noun
        return at if at.pos_ == "NOUN" else None
    if root.dep_ in ("nummod", "compound", "amod"):
        lemma = at.lemma_.lower()
        # 'a 2005 film' (its release), 'the 1826 kidnapping of William Morgan'; and any noun
        # the year dates inside a phrase of its own ('gained independence in 1975, after the
        # 1974 coup'): the date is the coup's, not the gaining's
        named = lemma in WORKS or is_event_noun(lemma) or at.dep_ == "pobj"
        return at if at.pos_ == "NOUN" and named or lemma in WORKS else None
    return None


def _deed_of_time(root: Token) -> Token | None:
    """Return the deed a time names by its own clause: 'started' in 'the same year American
    beekeepers started importing bees'."""
    if root.lemma_.lower() not in ("year", "month", "day"):
        return None
    deed = next((c for c in root.children if c.dep_ == "relcl"), None)
    begun = [c for c in deed.children if c.dep_ == "xcomp"] if deed is not None else []
    if deed is not None and deed.lemma_.lower() in BEGINNING and begun:
        return begun[0]  # 'started importing bees': the importing, as 'began importing in 2007'
    return deed


def _occurs(verb: Token) -> bool:
    """Tell whether a verb says only that its subject happened: 'took place', 'occurred'."""
    lemma = verb.lemma_.lower()
    place = any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return verb.pos_ == "VERB" and (lemma in OCCURS or lemma == "take" and place)


def _noun_statement(m: Mention, sentence: int, noun: Token) -> Statement:
    """State the date of an event a noun names: whose it is is the noun's owner ('his
    death', 'the death of Smith'), or the name the noun is said to be ('X is a 2005 film')."""
    lemma = noun.lemma_.lower()
    event_key = RELEASE if lemma in WORKS else event_of_noun(lemma)
    owners = [
        c for c in noun.children if c.dep_ == "poss" and not m.span.start <= _at(c) < m.span.end
    ] or _owner_of(noun)  # not the date itself: "December's race"
    subject = owners[0] if owners else _named_by_copula(noun)
    if noun.dep_ == "dobj" and (subject is None or subject.pos_ == "PRON"):
        # 'The team made its debut in 1988': the debut is the team's
        subject = subject_of(noun.head, None, []) or subject
    if subject is None and lemma in WORKS:
        subject = noun  # 'the 2005 film', named by the alias the text gives 'film'
    key = subject_key_of(subject)
    return Statement(
        id=m.id,
        kind=m.kind,
        value=m.span,
        interval=m.interval,
        unit=m.unit,  # a day whose year is not written stays one
        sentence=sentence,
        event=token_span(noun),
        subject=_span(subject, []) if subject is not None else None,
        event_key=event_key,
        subject_key=key,
        subject_from="parse" if subject is not None else None,
        patient_key=key if _done_to(m, event_key) else None,
    )


def _age_by_copula(m: Mention, root: Token | None, subject: Token | None) -> int | None:
    """Return the age a bare whole number gives a person: 'Lopez was 30 when she joined',
    'when he was 17'. The number must be all that the verb 'be' says of a person."""
    if root is None or subject is None or m.unit is not None:
        return None
    if any(c.lower_ not in ("now", "then", "still") and not _when_clause(c) for c in root.children):
        return None  # 'who is now 9' is an age, 'who was 30 points clear' is not
    if root.dep_ not in ("attr", "acomp") or root.head.lemma_ != "be":
        return None
    named = subject.pos_ == "PROPN" and subject.ent_type_ not in NOT_PERSONS
    person = named or subject.ent_type_ == "PERSON" or subject.lower_ in PERSONAL_PRONOUNS
    person = person or subject.lemma_.lower() in PERSON_NOUNS
    # 'Charlotte, who is 12': 'who' says a person, whatever the parse tags the name
    person = person or any(c.lower_ == "who" and c.dep_ in SUBJECTS for c in root.head.children)
    value = _stated(m.interval)
    return value if person and value is not None and 0 < value < 130 else None


def _when_clause(token: Token) -> bool:
    """Tell whether a token heads a clause opened by 'when', which the parse may hang on the
    number it dates: 'Schopenhauer was 76 when he died'."""
    opener = token.left_edge
    return token.dep_ in ("relcl", "advcl", "acl") and opener.lower_ == "when"


def _stated(interval: Interval) -> int | None:
    """Return the whole number a figure's rounding interval stands for ('30' is [29.5, 30.5))."""
    middle = (interval.lo + interval.hi) / 2
    return int(middle) if interval.hi - interval.lo == 1 and middle.is_integer() else None


def occasion_of(verb: Token | None, counted: Token | None) -> str | None:
    """Return the one event a count was done in, when the count is what the verb acted on:
    'the attack' in 'the attack killed 70 people' and in '50 people were killed in the
    attack'. Only a definite noun of an event is one ('in an attack' may be any attack, and
    'in the city' is a place, where many things happen)."""
    if verb is None or counted is None or event_key_of(verb) is None:
        return None
    if counted.dep_ == "dobj" and counted.head.i == verb.i:
        done_by = [c for c in verb.children if c.dep_ == "nsubj"]
    elif _undergoes(counted, verb):
        done_by = [
            g
            for c in verb.children
            if c.dep_ in ("prep", "agent") and c.lower_ in OCCASION_PREPOSITIONS
            for g in c.children
            if g.dep_ == "pobj"
        ]
    else:
        return None
    if counted.dep_ == "dobj":
        done_by = done_by[:1]  # the doer itself, or nothing
    found = [t for t in done_by if _definite(t) and is_occasion(t.lemma_.lower())]
    return subject_key_of(found[0]) if found else None


def _joined_events(verb: Token | None, counted: Token | None) -> tuple[str, ...]:
    """Return the events of the verbs joined to a verb whose subject is the counted noun,
    when they have no subject of their own: 'three children swallowed the beads and were
    hospitalized'."""
    if verb is None or counted is None or counted.dep_ not in SUBJECTS or counted.head != verb:
        return ()
    joined = [
        c
        for c in verb.children
        if c.dep_ == "conj" and not any(g.dep_ in SUBJECTS for g in c.children)
    ]
    return tuple(k for k in (event_key_of(c) for c in joined) if k)


def _some_occasion(verb: Token | None) -> bool:
    """Tell whether a verb's deed was done in an event named with 'a': 'killed in a crash',
    'hurt in a separate attack'."""
    if verb is None:
        return False
    events = [
        g
        for c in verb.children
        if c.dep_ in ("prep", "agent")
        for g in c.children
        if g.dep_ == "pobj" and is_occasion(g.lemma_.lower())
    ]
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for e in events for c in e.children)


def _place_key(m: Mention, verb: Token | None, root: Token | None) -> str | None:
    """Return where a figure's deed was done, or where a date's event happened: the last
    place its clause names before the date ('released in Japan in 1983, in North America …
    in 1986' dates two releases)."""
    if m.kind is StatementKind.FIGURE:
        return place_of(verb)
    if m.kind is not StatementKind.DATE or verb is None or root is None:
        return None
    return place_of(verb, before=root.i)


# The place of a deed done 'there': the last place the text named before it.
THERE = "there"


def place_of(verb: Token | None, before: int | None = None) -> str | None:
    """Return the named place a verb's clause says its deed was done in: 'Texas' in 'the
    storm killed 12 people in Texas'."""
    if verb is None:
        return None
    if any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children):
        return THERE  # the place named before: resolved by the statements' builder
    where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)
    if where and verb.dep_ == "relcl" and verb.head.ent_type_ in PLACES:
        return " ".join(t.lower_ for t in _name_run(verb.head))  # 'in Guatemala, where …'
    found = None
    # a place of a clause joined to this one is that clause's: 'Fourteen homes were destroyed
    # in the Hawkesbury area, and 20 properties were ruined at Jervis Bay'
    joined = {t.i for c in verb.children if c.dep_ in OTHER_CLAUSES for t in c.subtree}
    for token in verb.subtree:
        if before is not None and token.i >= before:
            break
        if token.i in joined:
            continue
        placed = token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS
        if placed and token.ent_type_ in PLACES:
            found = " ".join(t.lower_ for t in _name_run(token))
            if before is None:
                return found
    return found


def _definite(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ not in INDEFINITE for c in noun.children
    )


def _done_to(m: Mention, event_key: str | None) -> bool:
    """Tell whether a date is of something done to a thing ('X was founded'), not of a life
    ('X was born', which is X's own birth)."""
    return m.kind is StatementKind.DATE and event_key not in (BIRTH, DEATH)


def _ranked(root: Token) -> Token | None:
    """Return the noun an ordinal ranks ('sixth studio album' gives 'album'), when nothing
    else narrows the rank: not 'the fourth episode of the second season', nor 'the 28th
    episode overall', which rank within something else."""
    noun = root
    while noun.dep_ in ("amod", "compound", "nummod") and noun.head.i != noun.i:
        noun = noun.head
    if noun is root or noun.pos_ != "NOUN":
        return None
    narrowed = any(
        c.dep_ == "advmod" or (c.dep_ == "prep" and c.lower_ not in RANK_AUTHORS)
        for c in noun.children
    )
    return None if narrowed else noun


class Ranking(NamedTuple):
    """A rank by a superlative: the noun ranked, and what ranks it, as its key: 'large
    country world' for 'the tenth-largest country in the world'."""

    noun: Token
    key: str


def _ranking(root: Token) -> Ranking | None:
    """Return the ranking an ordinal gives with a superlative: 'the tenth-largest country in
    the world', 'the 42nd most populous country', 'the 17th largest oil reserves in the
    world and the second largest in Africa'. Its key is the superlative, the noun and the
    place ranked in, if one is named: ranks by two measures, of two things or in two places
    are of two rankings."""
    superlative = root.head if _superlative(root.head) else None
    if superlative is None and root.head.pos_ == "NOUN":
        superlative = next((c for c in root.head.children if _superlative(c)), None)
    if superlative is None:
        return None
    noun = superlative
    while noun.dep_ in ("amod", "conj") and noun.pos_ != "NOUN" and noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ != "NOUN":
        return None
    scopes = [
        g.lemma_.lower()
        for t in (superlative, noun)
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in ("in", "among", "of")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    kinds = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
    words = [superlative.lemma_.lower(), *kinds, noun.lemma_.lower(), *scopes[:1]]
    return Ranking(noun, " ".join(words))


def _superlative(word: Token) -> bool:
    """Tell whether a word is a superlative: 'largest', or 'most populous'."""
    if word.tag_ == "JJS":
        return True
    return word.pos_ == "ADJ" and any(c.lower_ in ("most", "least") for c in word.children)


def _contest_placed_in(root: Token) -> Token | None:
    """Return the contest an ordinal places a finisher in: 'race' in 'Gretel finished second
    in the girls' race', 'championship' in 'He placed fourth at the national championship'."""
    verb = root.head
    if root.dep_ not in PLACED or verb.lemma_.lower() not in FINISHING:
        return None
    held = [
        noun
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]
    return next((noun for noun in held if noun.lemma_.lower() in CONTESTS), None)


def contest_key(contest: Token) -> str:
    """Key a place in a contest by the contest and the words that tell which one it is: the
    girls' race is 'place in girl race', the Monaco Grand Prix 'place in monaco grand prix'."""
    which = [
        c.lemma_.lower()
        for c in contest.children
        if c.i < contest.i and c.dep_ in ("poss", *KEY_MODIFIERS)
    ]
    return PLACE_IN + " ".join([*which, contest.lemma_.lower()])


def _named_rank_holder(noun: Token) -> Token | None:
    """Return the name an ordinal ranks: 'Thriller is the sixth album', 'Thriller, his
    seventh album', 'the seventh album, Bad'. Nothing else ('his first goal') is one thing."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holder = [c for c in noun.head.children if c.dep_ in SUBJECTS]
    elif noun.dep_ == "appos":
        holder = [noun.head]
    else:
        holder = [c for c in noun.children if c.dep_ == "appos"]
    return holder[0] if holder and holder[0].pos_ == "PROPN" else None


def _patient(verb: Token | None, subject: Token | None) -> Token | None:
    """Return what a verb's event was done to: its object, or its subject in the passive."""
    if verb is None:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return objects[0]
    return subject if subject is not None and subject.dep_ == "nsubjpass" else None


def value_root(tokens: list[Token]) -> Token | None:
    """Return the token of a mention whose head lies outside it."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return tokens[-1] if tokens else None


def _compared_with(root: Token) -> str | None:
    """Key a percentage that compares two things: '40 percent more passengers than other
    large aircraft' is 'more passenger than aircraft'. Only such a comparison, with its
    'than', is one measure: '5 more cars' alone is a change, not a level."""
    more = root.head
    noun = more.head
    if more.lower_ not in ("more", "fewer", "less") or noun.pos_ != "NOUN":
        return None
    than = [g for c in noun.children if c.lower_ == "than" for g in c.children if g.dep_ == "pobj"]
    if not than or than[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return f"{more.lower_} {measure_key_of(noun)} than {than[0].lemma_.lower()}"


def _measure(root: Token, tokens: list[Token]) -> Token | None:
    """Return the noun a figure counts: 'two ... early warning aircraft' gives 'aircraft'."""
    inside = {t.i for t in tokens}
    noun = root.head if root.dep_ in ("nummod", "quantmod", "compound", "amod") else None
    if noun is None and root.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass", "attr", "appos"):
        of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [g for c in of for g in c.children if g.dep_ == "pobj"]
        noun = objects[0] if objects else None
    if noun is None and root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head  # 'a population of 5,000', 'a crew of 12'
    if noun is None and root.dep_ in SUBJECTS and root.n_lefts + root.n_rights == 0:
        noun = _elided(root)  # 'two pirates were dead and five were captured'
    if noun is None:  # '10 out of every 100,000 women': the whole's noun
        wholes = [t.head for t in tokens if t.dep_ == "nummod" and t.head.i not in inside]
        noun = wholes[-1] if wholes else None
    if noun is not None and noun.i > 0 and not any(c.isalpha() for c in noun.text):
        label = noun.doc[noun.i - 1]  # 'jersey No. 11', which the tokenizer splits at '.'
        noun = label if label.lower_ in NUMBER_LABELS else None
    if noun is None or noun.i in inside or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = _group_of(noun) or noun
    return None if noun.lower_ in NOT_MEASURES else noun


def _done_as(verb: Token | None) -> str | None:
    """Return the form a work was released in, 'as' a noun: 'application' in 'released
    Animalia as an application for iPad', 'single' in 'issued as a single'. ('consecrated
    as archbishop' names a role, not a form: only releases are asked.)"""
    if verb is None:
        return None
    forms = [
        g.lemma_.lower()
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
    ]
    return forms[0] if forms else None


def _some_of(root: Token, measure: Token) -> bool:
    """Tell whether a figure counts some of a set it names with 'of' and 'the', 'those' or
    an owner: 'four of those counts', 'three of the victims', 'two of his sons'."""
    of = measure.head
    if measure.dep_ != "pobj" or of.lower_ != "of" or of.head.i != root.i:
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in SET_DETERMINERS for c in measure.children)


class Part(NamedTuple):
    """A part counted 'of' a pronoun: the noun that names it, the verb of its whole's deed
    and the whole ('14 of them Australians' after 'killed 21 people')."""

    noun: Token
    verb: Token | None
    whole: Token | None


def _part_named(root: Token) -> Part | None:
    """Return the part a figure counts 'of' a pronoun: 'killed 21 people, 14 of them
    Australians' and '21 people, 14 of whom were Australians' count Australians killed;
    'Eleven of those who died were Australians' counts Australians who died. The whole of
    'of them' is the last noun counted before."""
    if root.dep_ not in SUBJECTS:
        return None
    pronouns = [
        g
        for c in root.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj" and g.lower_ in PART_PRONOUNS
    ]
    if not pronouns:
        return None
    head = root.head
    if head.pos_ in ("NOUN", "PROPN"):  # '14 of them Australians'
        noun = head
    elif head.lemma_.lower() == "be":  # '… of whom were Australians'
        named = [c for c in head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
        if not named:
            return None
        noun = named[0]
    else:
        return None
    # the whole is the last noun counted before the part, wherever the parse hangs the part
    counted = [
        t
        for t in root.doc[root.sent.start : root.i]
        if t.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in t.children)
    ]
    whole = counted[-1] if counted else None
    deeds = [c for c in pronouns[0].children if c.dep_ == "relcl" and c.pos_ == "VERB"]
    verb = deeds[0] if deeds else clause_verb(whole) if whole is not None else None
    return Part(noun, verb, whole)


def _group_of(noun: Token) -> Token | None:
    """Return the group a count of members sizes: 'crew' in 'the schooner's crew of five
    sailors', which counts the crew as 'three crew members' does (see measure_key_of)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in GROUPS:
        return noun.head.head
    return None


def _level_of(root: Token) -> Token | None:
    """Return the common noun whose level a sum or a share completes its verb with: 'profit'
    in 'Annual profit came to $4.1bn', 'bonus' in 'Lopez's bonus was $2 million', 'share' in
    'its share dropped to 20%'. A name or a pronoun there ('Acme earned $5bn') is whose it
    is, not what is measured."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in LEVEL_PREPOSITIONS:
        verb = verb.head
    elif root.dep_ not in ("attr", "dobj", "oprd"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() not in LEVEL_VERBS and verb_direction(verb) is None:
        return None
    nouns = [c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN"]
    return nouns[0] if nouns and nouns[0].lower_ not in NOT_MEASURES else None


def _elided(number: Token) -> Token | None:
    """Return the noun a bare number subject leaves out, from the clause it is joined to:
    'two pirates were dead and five were captured' counts five pirates."""
    verb = number.head
    if verb.dep_ != "conj":
        return None
    nouns = [c for c in verb.head.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN"]
    counted = [n for n in nouns if any(c.dep_ == "nummod" for c in n.children)]
    return counted[0] if counted else None


def _chart(m: Mention, tokens: list[Token], text: str) -> tuple[str, bool] | None:
    """Return the chart a figure is a position on, keyed as 'peak on billboard hot', and
    whether it is a place reached ('reached number 25 on the Billboard Hot 100') rather
    than the peak itself ('peaked at number 25 on …', 'a peak of twenty-five on …'); None
    when the figure is neither or names no chart."""
    before = max(0, m.span.start - 40)
    peaked = PEAK_BEFORE.search(text, before, m.span.start)
    if not tokens or not peaked and not REACHED_BEFORE.search(text, before, m.span.start):
        return None
    sentence = tokens[-1].sent
    after = [t for t in sentence if t.i > tokens[-1].i and t.lower_ == "on" and t.dep_ == "prep"]
    charts = [c for t in after[:1] for c in t.children if c.dep_ == "pobj"]
    key = subject_key_of(charts[0]) if charts else None
    return (f"peak on {key}", not peaked) if key else None


def _deed(verb: Token | None) -> str | None:
    """Return the key of what a verb did, light verbs too ('the video was made'), but not
    'be'."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() == "be":
        return None
    return event_key_of(verb) or verb.lemma_.lower()


def _said_dead(verb: Token | None) -> bool:
    """Tell whether a verb says its subject died: 'two pirates were dead'."""
    if verb is None or verb.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "acomp" and c.lower_ == "dead" for c in verb.children)


def _distance_from(m: Mention, text: str) -> str | None:
    """Key a length that places a thing from another: '50 kilometers (30 miles) north of
    Helsinki' is 'distance north of helsinki'."""
    if m.unit != "length":
        return None
    found = DISTANCE_FROM.match(text, m.span.end)
    if found is None:
        return None
    direction = found.group("direction").lower().replace("-", "")
    return f"{DISTANCE}{direction} of {found.group('place').lower()}"


def _described(root: Token) -> Token | None:
    """Return what a length set beside a noun places: 'Tuusula, a quiet town around 50
    kilometers north of Helsinki' places Tuusula."""
    unit = root.head
    if unit.dep_ != "appos":
        return None
    noun = unit.head
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _times_counted(m: Mention, verb: Token | None) -> str | None:
    """Return what a count of times counts, where the verb says it: 'scored twice' is two
    goals."""
    if m.unit != "times" or verb is None:
        return None
    return COUNTED_BY_TIMES.get(verb.lemma_.lower())


def _measure_key(m: Mention, measure: Token | None) -> str | None:
    """Key what a figure measures: its dimension for a physical unit ('300 km' and 'the
    250-kilometre river' are lengths), else its counted noun, and what that is counted per
    ('24.81 deaths per 1,000 citizens', '184.44 deaths for every 1,000 live births': two
    rates, and neither is a count of deaths)."""
    if m.unit in DIMENSION_NAMES:
        return m.unit
    if measure is None:
        return None
    base = _counted_per(measure)
    key = measure_key_of(measure)
    return f"{key} per {base}" if base else key


def _counted_per(noun: Token) -> str | None:
    """Return the noun a count is given per: 'per 1,000 citizens', 'for every 1,000 live
    births', 'per day'."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("per", "for"):
            continue
        for base in prep.children:
            every = any(c.lower_ in ("every", "each") for c in base.children)
            if base.dep_ == "pobj" and (prep.lower_ == "per" or every):
                return str(base.lemma_.lower())
    return None


def measure_key_of(noun: Token) -> str:
    """Return what a counted noun measures, one word for its synonyms: 'inhabitants' and
    'population' count residents, and so do 'people' a census counts or a place is home to;
    'crew members' count
    a crew; a number that labels a thing ('jersey No. 11') is a number, whatever the parse
    hangs on it."""
    lemma = noun.lemma_.lower()
    if noun.lower_ in NUMBER_LABELS:
        return NUMBER
    groups = [c.lemma_ for c in noun.children if c.dep_ == "compound" and c.lemma_ in GROUPS]
    if lemma == "member" and groups:
        return groups[0]  # 'three crew members' count the crew
    if lemma in PERSONS and any(t.lemma_.lower() in CENSUS for t in noun.sent):
        return SAME_MEASURE["inhabitant"]  # 'the census counted 80,000 people'
    if lemma in PERSONS and _home_to(noun):
        return SAME_MEASURE["inhabitant"]  # 'the island is home to about 60,000 people'
    return SAME_MEASURE.get(lemma, lemma)


def _denied(verb: Token | None, tokens: list[Token]) -> bool:
    """Tell whether the verb a figure hangs on is denied, and the figure is not a part of its
    subject: 'The island, with a population of 100,000, does not have major cities' denies
    the cities, not the population."""
    if verb is None or not any(c.dep_ == "neg" for c in verb.children):
        return False
    path = [tokens[0], *tokens[0].ancestors] if tokens else []
    for token in itertools.islice(itertools.takewhile(lambda t: t != verb, path), 12):
        if token.dep_ in SUBJECTS and token.head == verb:
            return False
    return True


def _home_to(noun: Token) -> bool:
    """Tell whether people are those a place is home to: its residents."""
    before = noun.doc[noun.sent.start : noun.i]
    return any(t.lower_ == "home" and t.i + 1 < noun.i and t.nbor(1).lower_ == "to" for t in before)


def clause_verb(token: Token) -> Token | None:
    """Walk up from a token to the verb of its clause."""
    seen = 0
    while seen < 12:
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
        seen += 1
    return None


def subject_of(verb: Token | None, measure: Token | None, tokens: list[Token]) -> Token | None:
    """Return whose figure it is: the possessor of the counted noun, else the clause's subject."""
    if measure is not None:
        owner = [c for c in measure.children if c.dep_ == "poss"] or _owner_of(measure)
        if owner:
            return owner[0]
    hops = 0
    while verb is not None and hops < 4:
        # the parse may hang the subject on the auxiliary ('Math was re - released')
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        subjects = [c for v in (verb, *auxiliaries) for c in v.children if c.dep_ in SUBJECTS]
        if subjects:
            found = subjects[0]
            if found.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head  # "Wistert, who was born in 1923"
            inside = {t.i for t in tokens}
            if found.i in inside or (measure is not None and found.i == measure.i):
                return None  # the figure is its own subject: '350,000 soldiers were killed'
            return found
        if verb.dep_ in MODIFIER_CLAUSES and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head  # 'the bridge, opened in 1931' / 'Berg (born 1932)'

        if verb.dep_ not in CLAUSE_LINKS:
            return None
        misread = _subject_hung_elsewhere(verb)
        if misread is not None:
            return misread
        # 'bees are responsible for pollinating …': past the preposition to what it hangs on
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
        hops += 1
    return None


def _subject_hung_elsewhere(verb: Token) -> Token | None:
    """Return the noun right before a joined verb with no subject, when the parse joined that
    noun to another noun instead: in 'the Articles were replaced by the Constitution and the
    new government began operations', 'government' is whose beginning it is, not the
    Articles'. A noun written right before a verb in the past or present tense, helpers and
    adverbs aside, is its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE and not _helped(verb):
        return None
    helpers = {c.i for c in verb.children if c.dep_ in HELPERS and c.i < verb.i}
    at = verb.i - 1
    while at in helpers:
        at -= 1
    before = verb.doc[at] if at >= 0 else None
    if before is None or before.dep_ != "conj" or before.pos_ not in ("NOUN", "PROPN"):
        return None
    return before


def _helped(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children)


def _undergoes(counted: Token, verb: Token) -> bool:
    """Tell whether a counted noun is what a verb happened to: its passive subject ('50
    were killed'), the subject of a verb with no object ('15 people died'), or the noun a
    participle describes ('the homes destroyed')."""
    if verb.dep_ == "acl" and verb.head.i == counted.i:
        return True
    if counted.head.i != verb.i:
        return False
    intransitive = counted.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in verb.children)
    return counted.dep_ == "nsubjpass" or intransitive


def _in_span_of_time(counted: Token) -> bool:
    """Tell whether a counted noun is the stretch of time a clause happens in ('during his
    three terms')."""
    return counted.dep_ == "pobj" and counted.head.lower_ in TIME_SPANS


def _participle(counted: Token) -> Token | None:
    """Return the past participle that says what was done to a counted noun: 'destroyed' in
    'the 30 homes destroyed by the fire were old'."""
    done = [c for c in counted.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return done[0] if done and event_key_of(done[0]) is not None else None


def _agent(participle: Token) -> Token | None:
    """Return who did a participle's deed: the noun of its 'by' ('destroyed by the fire')."""
    for c in participle.children:
        if c.dep_ == "agent":
            nouns = [g for g in c.children if g.dep_ == "pobj"]
            return nouns[0] if nouns else None
    return None


def _owner_of(measure: Token) -> list[Token]:
    """Return the one thing a counted noun belongs to: 'the expedition' in '15 members of the
    expedition', but not 'measles' in '3 cases of measles', which may be anyone's."""
    of = [c for c in measure.children if c.dep_ == "prep" and c.lower_ == "of"]
    owners = [g for c in of for g in c.children if g.dep_ == "pobj"]
    return [
        g
        for g in owners[:1]
        if g.pos_ == "PROPN"
        or any(c.dep_ in ("det", "poss") and c.lower_ not in INDEFINITE for c in g.children)
    ]


def _life_event(m: Mention, text: str) -> str | None:
    """Tell a birth or death date from its place in a lifespan: '( 1920 – 2016 )'."""
    before = text[max(0, m.span.start - 80) : m.span.start]
    after = text[m.span.end : m.span.end + 80]
    if LIFESPAN_OPEN.search(before) and LIFESPAN_DASH_AFTER.match(after):
        return BIRTH
    if LIFESPAN_DASH_BEFORE.search(before) and LIFESPAN_CLOSE.match(after) and "(" in before:
        return DEATH
    return None


def _named_before_parenthesis(token: Token) -> Token | None:
    """Return the last word of the name that a parenthesis holding a token follows."""
    doc = token.doc
    opening = next((t for t in reversed(doc[: token.i]) if t.text in "()"), None)
    if opening is None or opening.text != "(" or opening.i == 0:
        return None
    name = doc[opening.i - 1]
    return name if name.pos_ == "PROPN" else None


def _main_subject(token: Token) -> Token | None:
    """Return whose life a lifespan gives: the first name of its sentence, before it."""
    names = [e for e in token.doc.ents if e.label_ in ("PERSON", "ORG") and e.end <= token.i]
    if names:
        return names[0].root
    subjects = [c for c in token.sent.root.children if c.dep_ in SUBJECTS and c.i < token.i]
    return subjects[0] if subjects else None


def _age_holder(root: Token, tokens: list[Token]) -> Token | None:
    """Return who an age belongs to: the name before 'Smith, 45,' or after '45-year-old'.

    A name written right after the age is its holder even when the parse hangs it on a later
    noun ('The 15-year-old Marcus revolts'), and a role noun gives way to the name set beside
    it ('the 18-year-old gunman, Pekka Auvinen').
    """
    named = _name_after_age(tokens)
    if named is not None:
        return named
    token = root
    for _ in range(3):
        holder = token.pos_ in ("PROPN", "NOUN", "PRON") and token.lower_ not in AGE_WORDS
        if holder and token not in tokens:
            names = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if token.pos_ == "NOUN" and token.dep_ == "appos" and token.head.pos_ == "PROPN":
                names.append(token.head)  # 'Mathilde, the 30-something daughter of …'
            return _named_by_copula(token) or (names[0] if names else token)
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _name_after_age(tokens: list[Token]) -> Token | None:
    """Return the proper noun that follows '45-year-old' or '45 years old', if one does."""
    if not tokens:
        return None
    doc, i = tokens[-1].doc, tokens[-1].i + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].lower_ in ("year", "years", "old")):
        i += 1
    if i >= len(doc) or doc[i - 1].lower_ != "old" or doc[i].pos_ != "PROPN":
        return None
    return doc[i]


def _named_by_copula(noun: Token) -> Token | None:
    """Return the name a noun is said to be: 'Marcus Yallow is a 17-year-old hacker'."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    subjects = [c for c in noun.head.children if c.dep_ in SUBJECTS and c.pos_ == "PROPN"]
    return subjects[0] if subjects else None


def verb_direction(verb: Token | None) -> Direction | None:
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    return "up" if lemma in UP else "down" if lemma in DOWN else None


def _present(verb: Token | None) -> bool:
    """Tell whether a verb is in the present tense: 'has', 'is valued', 'are held'."""
    if verb is None:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (auxiliaries[0] if auxiliaries else verb).tag_ in ("VBZ", "VBP")


def event_key_of(verb: Token | None) -> str | None:
    """Return the lemma of a verb that names an event, with its particle ('set up')."""
    if verb is None:
        return None
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    key = " ".join([verb.lemma_.lower(), *particles])
    if _prefixed_re(verb):
        return f"re{key}"  # 're-released', 're - released': another release
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ATTEMPTS:
        return f"{verb.head.lemma_.lower()} {key}"  # 'tried to sell' is no sale
    if key in ONE_EVENT:  # 'came out' is a release, though 'come' alone names nothing
        return ONE_EVENT[key]
    states = [c.lemma_.lower() for c in verb.children if c.dep_ == "acomp"]
    if verb.lemma_.lower() in BECOMING and states:
        return f"{key} {states[0]}"  # 'went public', 'went bankrupt', 'got married'
    return None if verb.lemma_.lower() in LIGHT_VERBS else key


def _prefixed_re(verb: Token) -> bool:
    """Tell whether a verb is written with 're-' split off before it ('re - released')."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "re"


def named_as(s: Statement, name: str, found_by: Resolver) -> Statement:
    """Return a statement whose subject is known by another name ('it' → 'the bridge'); a
    deed done to that subject is done to the name too."""
    patient = name if s.patient_key == s.subject_key else s.patient_key
    return s.model_copy(
        update={"subject_key": name, "subject_from": found_by, "patient_key": patient}
    )


def subject_key_of(subject: Token | None) -> str | None:
    """Return a noun's lemma with the words that tell it apart ('site 2', 'new bridge')."""
    if subject is None:
        return None
    if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in subject.children):
        return None  # 'a coroner ruled in 1989', 'a coroner ruled in 2017': two coroners
    if subject.pos_ == "PROPN":  # a name is all its words: 'Lodewijk van den Berg'
        return " ".join(t.lower_ for t in _name_run(subject))
    if _name_tagged_as_noun(subject):
        return subject.lower_
    if subject.pos_ == "PRON":  # 'their marriage' is the marriage of 'they'
        return PRONOUN_CASES.get(subject.lower_, subject.lower_)
    names = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if subject.pos_ == "NOUN" and len(names) == 1 and not _listed(names[0]):
        # 'the state's chief prosecutor, Ana Ruiz, said', but not 'the firm's two units,
        # the North Division and the South Division'
        return subject_key_of(names[0])
    modifiers = NAME_MODIFIERS if subject.pos_ == "PROPN" else KEY_MODIFIERS
    words = [c for c in subject.children if c.dep_ in modifiers and _telling(c)] + [subject]
    # a name set before a noun, in quotes or brackets: 'the "Greenwich Atomic" (GA) scale'
    words += [
        t
        for c in subject.children
        if c.dep_ == "nmod" and c.pos_ == "PROPN" and subject.pos_ == "NOUN"
        for t in _name_run(c)
    ]
    head = subject.lemma_.lower()
    return " ".join(
        SAME_HOLDER.get(head, head) if w is subject else w.lower_
        for w in sorted(set(words), key=lambda w: w.i)
    )


def _name_tagged_as_noun(token: Token) -> bool:
    """Tell whether a noun that opens its sentence is a name the text writes elsewhere after a
    lower-case word: 'Hans had just turned twelve', '… the skates Hans bought'."""
    opening = token.i == token.sent.start and token.pos_ == "NOUN"
    return opening and token.text in token.doc.user_data.get("names", ())


def _listed(name: Token) -> bool:
    """Tell whether a name is one of a list ('the North Division and the South Division')."""
    return any(c.dep_ == "conj" for c in name.children) or name.dep_ == "conj"


def _telling(modifier: Token) -> bool:
    """Tell whether a modifier tells its noun apart, rather than giving a figure of it: not
    the 'old' of an age ('the 18-year-old gunman') nor a counted unit ('the 6-mile highway',
    'the 60,000-seat stadium')."""
    age = modifier.lower_ == "old" and any(c.dep_ == "npadvmod" for c in modifier.children)
    counted = any(c.dep_ == "nummod" or c.like_num for c in modifier.children)
    return not (age or counted)


def _name_run(token: Token) -> list[Token]:
    """Return the words of the name a proper noun ends or stands in, 'van' and 'den' included."""
    doc, first, last = token.doc, token.i, token.i
    while first > 0 and _in_name(doc[first - 1]):
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
        last += 1
    return [t for t in doc[first : last + 1] if t.is_alpha]


def _in_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.lower_ in NAME_PARTICLES and token.i > 0


def _at(token: Token) -> int:
    """Return a token's offset in the whole text."""
    return int(token.doc.user_data["offset"]) + token.idx


def _with_old(m: Mention, tokens: list[Token]) -> list[Token]:
    """Return a value's tokens, with the '-old' of an age written '11-year-old', so that the
    subject is 'girl', not 'old girl'."""
    if m.kind is not StatementKind.AGE or not tokens:
        return tokens
    after = list(tokens[-1].doc[tokens[-1].i + 1 : tokens[-1].i + 3])
    while after and after[-1].lower_ != "old":
        after.pop()
    return tokens + after if after and all(t.text in ("-", "old") for t in after) else tokens


def _span(token: Token, value_tokens: list[Token]) -> Span:
    """Return a noun with its compound and adjective words before it, never over the value."""
    first = token.i
    while first > 0:
        left = token.doc[first - 1]
        if left.head.i != token.i or left.dep_ not in ("compound", "amod", "flat"):
            break
        first -= 1
    start, end = _at(token.doc[first]), _at(token) + len(token.text)
    for t in value_tokens:
        if start <= _at(t) < end:
            start = max(start, _at(t) + len(t.text) + 1)
    start = min(start, _at(token))
    offset = int(token.doc.user_data["offset"])
    return Span(start=start, end=end, text=token.doc.text[start - offset : end - offset])


def token_span(token: Token) -> Span:
    return Span(start=_at(token), end=_at(token) + len(token.text), text=token.text)


# Named entities that are times, not events: ordered by their dates (CC205).
NOT_EVENTS = ("DATE", "TIME", "CARDINAL")


def timings(parsed: Parsed, sentences: list[Sentence]) -> Iterator[Timing]:
    """Yield each event placed 'before', 'during' or 'after' another that is named, not dated."""
    at = locator(sentences)
    for offset, doc in parsed.chunks:  # each chunk is one sentence of the text
        sentence = at(offset).index
        yield from (t for t in (_timing(prep, sentence) for prep in doc) if t is not None)


def _timing(prep: Token, sentence: int) -> Timing | None:
    """Read 'began construction during World War I', 'joined the army after graduating' or
    'before he graduated, he joined the army' from its preposition, or return None."""
    relation = RELATIONS.get(prep.lower_)
    if relation is None:
        return None
    referred = _referred(prep)
    if referred is None:
        return None
    reference, reference_key, placed = referred
    verb = clause_verb(placed)
    event_key = event_key_of(verb)
    if verb is None or event_key is None:
        return None
    done = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    subject = subject_of(verb, None, [])
    return Timing(
        span=token_span(prep),
        relation=relation,
        reference=reference_span(reference),
        reference_key=reference_key,
        event=token_span(verb),
        event_key=f"{event_key} {done[0].lemma_.lower()}" if done else event_key,
        subject=_span(subject, []) if subject is not None else None,
        subject_key=subject_key_of(subject),
        subject_named=subject is not None and subject.pos_ == "PROPN",
        sentence=sentence,
    )


def _referred(prep: Token) -> tuple[Token, str, Token] | None:
    """Return the event a 'before/during/after' refers to, its key, and the word it places."""
    if prep.dep_ == "mark" and prep.head.dep_ == "advcl":  # 'before he graduated from Yale'
        clause = prep.head
        return clause, clause_key(clause), clause.head
    if prep.dep_ != "prep":
        return None
    clauses = [c for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
    if clauses:  # 'after graduating from Yale'
        return clauses[0], clause_key(clauses[0]), prep.head
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    named = objects[0]
    if named.pos_ not in ("NOUN", "PROPN") or named.like_num or named.ent_type_ in NOT_EVENTS:
        return None  # dates are ordered by CC205; 'after it' names nothing
    return named, " ".join(reference_span(named).text.lower().split()), prep.head


def clause_key(verb: Token) -> str:
    """Key a clause by what happens in it: 'graduate yale' for 'graduating from Yale' and for
    'he graduated from Yale'."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "attr", "xcomp")]
    things += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    nouns = sorted(t.lemma_.lower() for t in things if t.pos_ in ("NOUN", "PROPN"))
    return " ".join([ONE_EVENT.get(verb.lemma_.lower(), verb.lemma_.lower()), *nouns])


def reference_span(head: Token) -> Span:
    """Return the words of the event an event is placed against, without end punctuation."""
    words = [t for t in head.subtree if not t.is_punct and t.dep_ != "mark"] or [head]
    first, last = words[0], words[-1]
    written = head.doc.text[first.idx : last.idx + len(last.text)].rstrip(".")
    return Span(start=_at(first), end=_at(first) + len(written), text=written)


def aliases(parsed: Parsed, title: str | None = None) -> dict[str, str]:
    """Map a common noun to the one name the text defines it as: 'X is a song by …' (or
    'X, a song by …') gives 'song' → 'x', so that a later 'the song' is X. A noun defined
    as two names maps to none.

    A sentence that opens with the text's title names the title, whatever the parse makes of
    it ('Enter the Dominatrix is a downloadable content pack …': the pack is that title)."""
    found: dict[str, str | None] = {}
    for _, doc in parsed.chunks:
        for attr in doc:
            name: str | None
            if _defined_by_apposition(attr):  # 'Qatari Diar, a real estate company'
                name = subject_key_of(attr.head)
            elif attr.dep_ != "attr" or attr.pos_ != "NOUN" or attr.head.lemma_ != "be":
                continue
            elif title is not None and doc.text.lstrip(' "').startswith(title):
                name = title.lower()
            else:
                subjects = [c for c in attr.head.children if c.dep_ in SUBJECTS]
                if not subjects or subjects[0].pos_ != "PROPN":
                    continue
                name = subject_key_of(subjects[0])
            noun = attr.lemma_.lower()
            found[noun] = name if found.get(noun, name) == name else None
    return {noun: name for noun, name in found.items() if name}


def _defined_by_apposition(noun: Token) -> bool:
    """Tell whether a common noun names what a name is, beside it: 'Qatari Diar, a
    state-owned real estate company'."""
    beside = noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN"
    return beside and written_with_a(noun)


def written_with_a(noun: Token) -> bool:
    """Tell whether a noun is written with 'a' or 'an': 'a thirty-year-old manuscript'."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
