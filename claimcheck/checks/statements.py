"""One statement, one value: what a text states twice must agree with itself (CC8xx)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from claimcheck.checks.registry import Outcome, rule
from claimcheck.checks.temporal import lengths_at_odds
from claimcheck.models import (
    Claims,
    Interval,
    Severity,
    Span,
    Statement,
    StatementKind,
    Status,
)
from claimcheck.normalize.intervals import overlaps, render
from claimcheck.normalize.names import same_name
from claimcheck.normalize.numbers import CURRENCIES, SHARE
from claimcheck.statements.clauses import TIME_NAMES, WHICH_ONE
from claimcheck.statements.propose import (
    AGO_UNIT,
    DISTANCE,
    LENGTH_UNIT,
    NO_YEAR_UNIT,
    NUMBER,
    PLACE_IN,
    TIMES,
    WEEKDAY_UNIT,
)
from claimcheck.statements.sameness import (
    ages_at_two_times,
    agree,
    dated_figures,
    done_before_that,
    other_kinds,
    same_shifts,
    same_time,
    steps_of_a_series,
    told_apart,
    two_of_a_kind,
    two_sources,
    unit_of,
    years_of_two_deeds,
)
from claimcheck.statements.vocabulary import (
    BIRTH,
    DEATH,
    KILLED,
    PRONOUNS,
    UNNAMED,
    is_birth,
    is_death,
)

LIFE_EVENTS = {BIRTH: "birth", DEATH: "death"}
# Words that tell which one of a kind a clause is of, less 'first' and 'last': they are as
# often adverbs of its verb ('the highway was first paved', 'he was last seen').
TELLS_WHICH = WHICH_ONE - {"first", "last"}

# Two sentences with no subject to compare state one thing when this share of their words
# agree (Jaccard, words of four letters or more), and at least this many: "3 people were
# killed in Paris" and "5 people were killed in Lyon" are two statements.
ECHO = 0.6
ECHO_WORDS = 4
STOP = frozenset(["that", "this", "with", "from", "were", "have", "been", "their", "they"])
# A passage restates another when the clauses of their values share at least this many
# words, and this share of all their words: '15 schoolgirls were transferred to a hospital
# in Qom' and '25 schoolgirls were taken to hospital in Qom' share 3 of 7.
RESTATED_WORDS = 2
RESTATED_SHARE = 0.4
# What two restatements must not name differently.
RESTATED_KEYS = ("subject_key", "patient_key", "place_key", "measure_key", "event_key")
# How many statements of a word are looked at for a third value (see _Saying.values).
LIST_REACH = 50
# A year written out in a date: '1975', '1016', "'98".
YEAR = re.compile(r"\b\d{3,4}\b|'\d\d\b")
# Words by a deed's verb that say it was done another time: 'also worked', 'had again won',
# 'won it again', 'launched another'.
AGAIN_BEFORE = re.compile(r"\b(?:also|again|once\s+more)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
AGAIN_AFTER = re.compile(r"(?:\s+\w+){0,3}?\s+(?:again|another)\b", re.IGNORECASE)
# The label that opens a line of a list: 'Vietic: 10 languages', '- Bahnaric: 40'.
LIST_LABEL = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?P<label>[A-Z][\w'’ -]{0,40}?)[ \t]*:[ \t]")
# How many earlier statements of the same key each statement is compared with.
PARTNERS = 12


@rule(
    "CC801",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "{what} is given as {a} and as {b}",
    },
    pairwise=True,
)
def one_statement_two_values(claims: Claims) -> Iterator[Outcome]:
    """Flag one measure of one subject, at one time, stated with values that cannot both hold."""
    for a, b in _contradictions(claims):
        yield Outcome(
            Status.INCONSISTENT,
            f"{_describe(a)}; {_describe(b)}; {_shown(a)} and {_shown(b)} do not overlap",
            _spans(a) + _spans(b),
            {"what": _what(a), "a": repr(a.value.text), "b": repr(b.value.text)},
        )


def _contradictions(claims: Claims) -> Iterator[tuple[Statement, Statement]]:
    """Yield the pairs of statements of one measure, subject and time whose values differ."""
    words = {s.index: _content_words(s.span.text) for s in claims.sentences}
    sentences = {s.index: s.span for s in claims.sentences}
    steps = dated_figures(claims.statements)
    for a, b, alone in _pairs(claims.statements):
        if not _same_statement(a, b) or agree(a, b):
            continue
        if steps_of_a_series(a, b, steps):
            continue  # 'reduced by 40 per cent by 2010', 'by 2020, reduced by 70 per cent'
        if _undated(a, b) and not same_shifts(a, b, sentences):
            continue  # 'The firm had 100 staff. Two years later it had 150.'
        if a.kind is StatementKind.DATE and _done_again(a, b, sentences):
            continue  # 'worked on the screenplay in 1967', 'in 1975 also worked on one'
        if a.kind is StatementKind.DATE and done_before_that(a, b, sentences):
            continue  # 'announced in late January', 'Prior to that, … in early February'
        if _two_list_items(a, b, claims.text):
            continue  # 'Vietic: 10 languages of Vietnam', 'Bahnaric: 40 languages of Vietnam'

        one_event = a.occasion_key is not None and a.occasion_key == b.occasion_key
        if (
            a.subject_key is None
            and not one_event
            and not (a.whole or b.whole)
            and not (alone and not a.some_occasion and not b.some_occasion)
            and not _rates_of_one_place(a, b)
            and not _echo(words.get(a.sentence), words.get(b.sentence))
        ):
            continue  # with no subject or event to compare, only a near restatement is one
        yield a, b


@rule(
    "CC803",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "what is said of {words} is given as {a} and as {b}",
    },
    pairwise=True,
)
def restated_with_another_value(claims: Claims) -> Iterator[Outcome]:
    """Flag a clause said twice with values that cannot both hold: '15 schoolgirls were
    transferred to a hospital in Qom on February 22' and 'On February 22, 25 schoolgirls
    were taken to hospital in Qom'. The two need not have a subject or a verb in common, only
    most of their clauses' words; a subject, a time, a place or a source that differs makes
    them two statements. Pairs CC801 flags are left to it."""
    for a, b in _restated_otherwise(claims, list(_contradictions(claims))):
        shared = sorted(set(a.clause) & set(b.clause))
        yield Outcome(
            Status.INCONSISTENT,
            f"{_describe(a)}; {_describe(b)}; their clauses share {len(shared)} of "
            f"{len(set(a.clause) | set(b.clause))} words ({', '.join(shared)}); "
            f"{_shown(a)} and {_shown(b)} do not overlap",
            _spans(a) + _spans(b),
            {
                "words": ", ".join(repr(w) for w in shared),
                "a": repr(a.value.text),
                "b": repr(b.value.text),
            },
        )


@rule(
    "CC804",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "{blanked} is given elsewhere in the text as {answer}",
    },
    pairwise=True,
)
def given_again_otherwise(claims: Claims) -> Iterator[Outcome]:
    """Flag a value that the rest of the text gives otherwise: blanked in its sentence, it
    was filled by the model, in both option orders, with another value of its kind that code
    offered as one that may restate it (see claimcheck.statements.restated). Pairs CC801 or
    CC803 flag are left to them, and two lengths of one event to CC209."""
    if not claims.restatements:
        return  # nothing was asked or answered: CC801's and CC803's pairs need not be found
    by_id = {s.id: s for s in claims.statements}
    contradicted = list(_contradictions(claims))
    restated = _restated_otherwise(claims, contradicted)
    flagged = {frozenset((a.id, b.id)) for a, b in [*contradicted, *restated]}
    lengths = {
        frozenset((one.start, other.start))
        for a, b in lengths_at_odds(claims.lastings)
        for one in a.spans
        for other in b.spans
    }
    for r in claims.restatements:
        blanked, answer = by_id.get(r.statement), by_id.get(r.answer)
        pair = frozenset((r.statement, r.answer))
        if blanked is None or answer is None or pair in flagged or agree(blanked, answer):
            continue
        if frozenset((blanked.value.start, answer.value.start)) in lengths:
            continue  # two lengths of one event: CC209 flags them
        flagged.add(pair)
        yield Outcome(
            Status.INCONSISTENT,
            f"{_describe(blanked)}; blanked in its sentence, it was filled by the model from "
            f"{_describe(answer)}, in both option orders; {_shown(blanked)} and "
            f"{_shown(answer)} do not overlap",
            _spans(blanked) + _spans(answer),
            {"blanked": repr(blanked.value.text), "answer": repr(answer.value.text)},
        )


def _restated_otherwise(
    claims: Claims, contradicted: list[tuple[Statement, Statement]]
) -> Iterator[tuple[Statement, Statement]]:
    """Yield the pairs CC803 flags: clauses alike, values that differ, not among CC801's
    `contradicted` pairs."""
    flagged = {(a.id, b.id) for a, b in contradicted}
    sentences = {s.index: s.span for s in claims.sentences}
    saying = _Saying(claims.statements)
    steps = dated_figures(claims.statements)
    for a, b in _restatement_pairs(claims.statements):
        if (a.id, b.id) in flagged or not _restated(a, b) or agree(a, b):
            continue
        if steps_of_a_series(a, b, steps) or _which_ones_differ(a, b) or _two_rankings(a, b):
            continue
        if not same_shifts(a, b, sentences) or two_of_a_kind(a, b, sentences):
            continue  # 'A coroner ruled in 2017', 'A coroner had initially ruled in 1989'
        if saying.values(a, b) > 2:
            continue  # a list: 'Regular price: $50/user … Regular price: $40/user'
        yield a, b


def _two_rankings(a: Statement, b: Statement) -> bool:
    """Tell whether two ranks are by two measures, each clause naming one the other does
    not: 'the 42nd most populous country', 'the 41st largest country'."""
    if a.kind is not StatementKind.ORDINAL:
        return False
    return bool(set(a.clause) - set(b.clause)) and bool(set(b.clause) - set(a.clause))


def _restatement_pairs(statements: tuple[Statement, ...]) -> Iterator[tuple[Statement, Statement]]:
    """Yield the pairs of statements whose clauses share at least RESTATED_WORDS words, each
    with the last PARTNERS earlier statements of each of its words."""
    by_word: dict[str, list[Statement]] = defaultdict(list)
    for b in sorted(statements, key=lambda s: s.value.start):
        if b.unit == LENGTH_UNIT:
            continue  # lengths of time are CC209's and CC804's
        near = [a for word in b.clause for a in by_word[word][-PARTNERS:]]
        shared = Counter(a.id for a in near)
        for a in {a.id: a for a in near}.values():
            if shared[a.id] >= RESTATED_WORDS:
                yield a, b
        for word in b.clause:
            by_word[word].append(b)


def _restated(a: Statement, b: Statement) -> bool:
    """Tell whether two statements say one thing by the words of their clauses: most are
    shared, and nothing that each states of its own tells them apart."""
    if told_apart(a, b, RESTATED_KEYS):
        return False  # 'released', 're-released': the event too
    if a.kind is StatementKind.DATE and _names_year(a) != _names_year(b):
        return False  # '1975' and 'January', whose year the text did not write
    if (a.subject_key is None) != (b.subject_key is None):
        return False  # 'Smith killed 3 people', 'Five people were killed in the city'
    if set(a.clause_names) - set(b.clause_names) and set(b.clause_names) - set(a.clause_names):
        return False  # 'visited Paris', 'visited Rome'; 'the first attack', 'the second attack'
    named = [TIME_NAMES.intersection(s.clause) for s in (a, b)]
    if all(named) and not named[0] & named[1]:
        return False  # 'taken to hospital in November', '… on February 22'
    return _alike(a.clause, b.clause)


def _alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Tell whether two clauses share most of their words (see RESTATED_WORDS), not
    counting the names of months and days."""
    shared, every = (set(a) & set(b)) - TIME_NAMES, (set(a) | set(b)) - TIME_NAMES
    return len(shared) >= RESTATED_WORDS and len(shared) >= RESTATED_SHARE * len(every)


class _Saying:
    """Statements looked up by the words of their clauses, in text order."""

    def __init__(self, statements: Iterable[Statement]) -> None:
        self.in_order: dict[str, list[Statement]] = defaultdict(list)
        self.by_word: dict[str, set[str]] = defaultdict(set)
        for s in sorted(statements, key=lambda s: s.value.start):
            for word in s.clause:
                self.in_order[word].append(s)
                self.by_word[word].add(s.id)

    def values(self, a: Statement, b: Statement) -> int:
        """Return how many values, up to three, are given by the statements of a's kind and
        time whose clauses hold every word a and b share and are like a's or b's: more
        than two say the text lists such things. Only the first LIST_REACH statements of
        the rarest shared word are looked at, so a long list costs no more than a short one."""
        shared = (set(a.clause) & set(b.clause)) - TIME_NAMES
        fewest = min(sorted(shared), key=lambda w: len(self.by_word[w]))  # ties: the first word
        kept: list[Statement] = []
        for s in self.in_order[fewest][:LIST_REACH]:
            if any(s.id not in self.by_word[w] for w in shared) or not _like(s, a, b):
                continue
            if not any(agree(k, s) for k in kept):
                kept.append(s)
                if len(kept) > 2:
                    break
        return len(kept)


def _like(s: Statement, a: Statement, b: Statement) -> bool:
    """Tell whether a statement may be a third of what a and b state: of their kind, of
    their time, and with a clause like one of theirs."""
    times = [o.period for o in (a, b) if o.period is not None]
    then = s.period is None or all(same_time(s.period, t) for t in times)
    return s.kind is a.kind and then and (_alike(s.clause, a.clause) or _alike(s.clause, b.clause))


def _names_year(s: Statement) -> bool:
    return YEAR.search(s.value.text) is not None


@rule(
    "CC802",
    Severity.ERROR,
    {
        Status.INCONSISTENT: "{who} is {age} at {when}, but was born {born} ({expected})",
        Status.CONSISTENT: "{who}'s age {age} at {when} fits the birth date {born}",
    },
)
def age_against_birth(claims: Claims) -> Iterator[Outcome]:
    """Check an age stated at a date against the same person's date of birth.

    The date is the one the age's sentence gives; an age at death ('died aged 80') with no
    date of its own is taken at the death date the text gives that person ('1920 – 2016').
    """
    births = _Named(s for s in claims.statements if is_birth(s))
    deaths = _Named(s for s in claims.statements if is_death(s))
    for age in claims.statements:
        if age.kind is not StatementKind.AGE or age.subject_key is None:
            continue
        birth = births.first(age.subject_key)
        died = deaths.first(age.subject_key) if age.event_key == DEATH else None
        at = (age.period.days, age.period.span) if age.period else None
        if at is None and died is not None:
            at = (died.interval, died.value)
        if birth is None or at is None:
            continue
        expected = _age_between(birth.interval, at[0])
        fits = overlaps(expected, age.interval)
        yield Outcome(
            Status.CONSISTENT if fits else Status.INCONSISTENT,
            f"{_days_label(at[0])} − {_days_label(birth.interval)} = {render(expected)} years; "
            f"stated {render(age.interval)}",
            (*_spans(age), at[1], *_spans(birth)),
            {
                "who": age.subject.text if age.subject else age.subject_key,
                "age": age.value.text,
                "when": at[1].text,
                "born": birth.value.text,
                "expected": f"{render(expected)} years then",
            },
        )


class _Named:
    """Statements looked up by the name of their subject: the first one of that person."""

    def __init__(self, statements: Iterable[Statement]) -> None:
        self.by_word: dict[str, list[Statement]] = defaultdict(list)
        for s in statements:
            for word in set((s.subject_key or "").split()):
                self.by_word[word].append(s)

    def first(self, name: str) -> Statement | None:
        found = {s.id: s for word in name.split() for s in self.by_word.get(word, [])}
        named = [s for s in found.values() if s.subject_key and same_name(name, s.subject_key)]
        return min(named, key=lambda s: s.value.start, default=None)


def _pairs(statements: tuple[Statement, ...]) -> Iterator[tuple[Statement, Statement, bool]]:
    """Yield the pairs of statements of one kind and one key, each with its few predecessors,
    and whether the two are the only statements of that key in the text.

    A long list of one measure ('Site 1 counted …, Site 2 counted …') would otherwise cost
    the square of its length. Two values alone of one thing done ('Eight commissioners
    have been appointed', 'Five commissioners have been appointed') are of one deed even
    with no one named; a third value says the text counts several such deeds.
    """
    groups: dict[tuple[StatementKind, str], list[Statement]] = defaultdict(list)
    for s in statements:
        for key in _keys(s):
            groups[(s.kind, key)].append(s)
    seen: set[tuple[str, str]] = set()
    for group in groups.values():
        alone = _values(group) == 2
        for i, b in enumerate(group):
            for a in group[max(0, i - PARTNERS) : i]:
                if (a.id, b.id) not in seen:
                    seen.add((a.id, b.id))
                    yield a, b, alone


def _values(group: list[Statement]) -> int:
    """Return how many values a group of statements gives, counting as one those that agree
    with the first of theirs ('approximately 1,000' and '986' are one value, '3,000' another);
    more than PARTNERS statements count as many."""
    if len(group) > PARTNERS:
        return len(group)
    kept: list[Statement] = []
    for s in group:
        if not any(agree(k, s) for k in kept):
            kept.append(s)
    return len(kept)


def _keys(s: Statement) -> list[str]:
    """Return the keys a statement is compared by: its own, and for a count of no one, one
    for each verb joined to its own ('swallowed the beads and were hospitalized'). Lengths
    of time are CC209's to compare, by the event that lasts, and CC804's."""
    key = _key(s) if s.unit != LENGTH_UNIT else None
    if key is None:
        return []
    if s.kind is not StatementKind.FIGURE or not s.also_events or not key.endswith("|"):
        return [key]
    stem = key.removesuffix(f"{s.event_key}|")
    return [key, *(f"{stem}{event}|" for event in s.also_events)]


def _key(s: Statement) -> str | None:
    """Return what must be equal for two statements to state the same thing."""
    if s.kind is StatementKind.DATE and (s.patient_key or s.subject_key):
        return s.event_key  # of one deed: see _same_deed
    if s.kind is StatementKind.FIGURE and (s.subject_key is None or s.occasion_key):
        # A count of no one, or of an event ('the attack killed 70 people'): compared with
        # a count done in the same event, or else only with a near restatement (CC801).
        counted = s.measure_key or _currency(s)  # '€1.8 billion … has been devolved'
        return f"{counted}|{unit_of(s)}|{s.event_key}|" if counted and s.event_key else None
    if s.subject_key is None:
        return None
    if s.kind is StatementKind.FIGURE:
        return f"{s.measure_key}|{unit_of(s)}" if s.measure_key else None
    if s.kind is StatementKind.ORDINAL:
        return f"rank|{s.measure_key}" if s.measure_key else None
    return "age"


def _currency(s: Statement) -> str | None:
    """Return a sum's currency code ('EUR'), which is what it counts when no noun says."""
    return s.unit if s.unit in CURRENCIES.values() else None


def _same_statement(a: Statement, b: Statement) -> bool:
    """Tell whether two statements give one measure of one subject at one time."""
    if a.sentence == b.sentence or a.negated != b.negated or a.direction != b.direction:
        return False
    if a.some_of != b.some_of:
        return False  # 'six counts', 'four of those counts': a set and some of it
    if other_kinds(a, b) or years_of_two_deeds(a, b) or ages_at_two_times(a, b):
        return False  # 'three NFL teams', 'five expansion teams'; 'born in 384 BC', '343 BC';
        # 'When he was 43', 'He was 72'
    if a.kind is StatementKind.DATE:
        # 'from 1990 to 1995': each end only with that end; 'November 12' only with another
        # day whose year is not written
        if not _same_deed(a, b) or a.stretch != b.stretch or a.unit != b.unit:
            return False
        if _two_of_a_series(a, b):
            return False
    elif a.occasion_key and a.occasion_key == b.occasion_key:
        pass  # one event: 'the attack killed 70', '50 were killed in the attack'
    elif a.subject_key in UNNAMED or b.subject_key in UNNAMED:
        return False  # 'his four runs', 'his 12 runs': a pronoun not resolved names no one
    elif a.subject_key is None or b.subject_key is None:
        if a.subject_key != b.subject_key:
            return False
    elif not same_name(a.subject_key, b.subject_key) or _two_sets(a, b):
        return False
    if a.place_key and b.place_key and not same_name(a.place_key, b.place_key):
        return False  # 'killed 12 people in Texas', 'killed 3 people in Ohio'
    if two_sources(a, b):
        return False  # two sources that disagree are reported, not contradicted
    if a.kind in (StatementKind.AGE, StatementKind.ORDINAL):
        return True  # one's age, or a thing's rank, does not depend on the verb or the date
    if _which_ones_differ(a, b):
        return False
    if a.event_key and b.event_key and not _one_deed(a, b):
        return False
    if a.kind is StatementKind.DATE:
        return True  # a date is itself the time: the other dates of its sentence do not matter
    return a.period is None and b.period is None or same_time(a.period, b.period)


def _which_ones_differ(a: Statement, b: Statement) -> bool:
    """Tell whether two figures' clauses tell which one of several they are of, otherwise:
    'a second night of raids killed eight' is not 'nearly 100 were killed in the raids'."""
    if a.kind is not StatementKind.FIGURE:
        return False
    return TELLS_WHICH.intersection(a.clause_names) != TELLS_WHICH.intersection(b.clause_names)


def _two_of_a_series(a: Statement, b: Statement) -> bool:
    """Tell whether two dates' clauses each say which one of a series their deed is, and not
    alike: 'reached his first Grand Slam final' in 1990, 'reached his second consecutive
    French Open final' in 1991. One side alone ('released as the second single') is not
    enough: the other may tell the same deed without its rank."""
    ones, others = (WHICH_ONE.intersection(s.clause_names) for s in (a, b))
    return bool(ones) and bool(others) and ones != others


def _done_again(a: Statement, b: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether either date's deed is said to be done another time: 'During 1975,
    Tarkovsky also worked on the screenplay Hoffmanniana', 'won the title again', 'launched
    another'. The word must stand by the deed's verb: '(also Ednoth; died 1038)' names."""
    for s in (a, b):
        sentence = sentences.get(s.sentence)
        if s.event is None or sentence is None:
            continue
        at = s.event.start - sentence.start
        before, after = sentence.text[:at], sentence.text[at + len(s.event.text) :]
        if AGAIN_BEFORE.search(before) or AGAIN_AFTER.match(after):
            return True
    return False


def _two_list_items(a: Statement, b: Statement, text: str) -> bool:
    """Tell whether the two values stand on lines of a list that each open with their own
    label: 'Vietic: 10 languages of Vietnam and Laos', 'Bahnaric: 40 languages of Vietnam'.
    Each line's value is its label's, whatever the line names after it."""
    labels = [LIST_LABEL.match(text, text.rfind("\n", 0, s.value.start) + 1) for s in (a, b)]
    if labels[0] is None or labels[1] is None:
        return False
    return labels[0]["label"].lower() != labels[1]["label"].lower()


def _undated(a: Statement, b: Statement) -> bool:
    """Tell whether two statements whose values change with time give no date for them."""
    changes = a.kind in (StatementKind.FIGURE, StatementKind.AGE)
    return changes and a.period is None and b.period is None


def _same_deed(a: Statement, b: Statement) -> bool:
    """Tell whether two dates of one event are of one deed. A deed done to a thing is keyed
    by that thing, whoever did it ('founded X', 'X was founded'); a deed done to nothing by
    its doer ('they married'), who may be written as the owner of its noun ('their
    marriage')."""
    if a.patient_key and b.patient_key:
        return same_name(a.patient_key, b.patient_key) and _same_agent(a, b)
    ones = [k for k in (a.subject_key, a.patient_key) if k]
    others = [k for k in (b.subject_key, b.patient_key) if k]
    return any(same_name(x, y) for x in ones for y in others)


def _one_deed(a: Statement, b: Statement) -> bool:
    """Tell whether two statements share a deed: their own verbs', or one joined to them."""
    return bool({a.event_key, *a.also_events} & {b.event_key, *b.also_events})


def _two_sets(a: Statement, b: Statement) -> bool:
    """Tell whether two known sets differ: 'the 12 American soldiers' are some of 'the 40
    soldiers', though the names of two people may be written longer and shorter."""
    sets = a.subject is None and b.subject is None
    return sets and a.subject_key != b.subject_key


def _rates_of_one_place(a: Statement, b: Statement) -> bool:
    """Tell whether two statements are rates of one deed in one named place: '10 out of every
    100,000 women are killed' in Guatemala, and 'no women are killed there'. A rate is the
    place's, whoever counted it, where two counts in one place may be of two events."""
    rates = a.unit == b.unit == SHARE
    return rates and a.place_key is not None and a.place_key == b.place_key


def _same_agent(a: Statement, b: Statement) -> bool:
    """Tell whether two deeds done to one thing may be one deed: not when each names who did
    it and they differ ('Smith founded X', 'Jones founded X')."""
    agents = [s.subject_key if s.subject_key != s.patient_key else None for s in (a, b)]
    return None in agents or same_name(agents[0] or "", agents[1] or "")


def _content_words(sentence: str) -> frozenset[str]:
    """Return a sentence's lower-case words, without numbers and short function words."""
    return frozenset(w for w in re.findall(r"[a-z]{4,}", sentence.lower()) if w not in STOP)


def _echo(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Tell whether two sentences share most of their words: one restates the other."""
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= ECHO_WORDS and shared / len(a | b) >= ECHO


def _age_between(born: Interval, at: Interval) -> Interval:
    """Return the whole years of age someone born within `born` has within `at`."""
    # Negative when `at` is before the birth: an age then is a contradiction too.
    return Interval(lo=(at.lo - born.hi) // 365.2425, hi=(at.hi - born.lo) // 365.2425)


def _shown(s: Statement) -> str:
    """Render a statement's value for a computation: a date as its days, '2004-01-01..
    2004-12-31', and a day written with no year as 'August 12', not as day numbers; any other
    value as its interval."""
    if s.kind is not StatementKind.DATE:
        return render(s.interval)
    if s.unit == NO_YEAR_UNIT:
        return _days_label(s.interval, lambda d: f"{d:%B} {d.day}")
    return _days_label(s.interval)


def _days_label(days: Interval, write: Callable[[date], str] = date.isoformat) -> str:
    """Render days as '1950-01-01..1950-12-31', or one day alone, each day as `write` does."""
    first, last = (write(date.fromordinal(int(x))) for x in (days.lo, days.hi))
    return first if first == last else f"{first}..{last}"


def _what(s: Statement) -> str:
    if s.kind is StatementKind.AGE:
        return f"the age of {_who(s)}"
    if s.kind is StatementKind.ORDINAL and s.measure and (s.measure_key or "").startswith(PLACE_IN):
        return f"the place of {_who(s)} in '{s.measure.text}'"  # 'finished second in the race'
    if s.kind is StatementKind.ORDINAL:
        measure = s.measure.text if s.measure else s.measure_key
        return f"the rank of {_who(s)} as {measure}"
    who = _who(s)
    if s.measure_key and s.measure_key.startswith(DISTANCE):  # 'distance north of helsinki'
        return f"the distance of {who} {s.measure_key.removeprefix(DISTANCE)}"
    if s.measure_key == WEEKDAY_UNIT and s.event is not None:  # 'killed Thursday'
        return f"the day of the week '{s.event.text}' happened for {who}"
    if s.measure_key == TIMES and s.event is not None:  # 'named to the team eight times'
        return f"how often '{s.event.text}' happened for {who}"
    if s.measure_key == AGO_UNIT and s.event is not None:
        return f"how long ago '{s.event.text}' happened for {who}"
    if s.measure_key == LENGTH_UNIT and s.event is not None:  # 'the storm lasted six days'
        return f"the length of time of '{s.event.text}' for {who}"
    if s.kind is StatementKind.DATE and s.event_key in LIFE_EVENTS:
        return f"the {LIFE_EVENTS[s.event_key]} date of {who}"
    if s.kind is StatementKind.DATE:
        what = s.patient_key if s.patient_key else who
        return f"the date of {s.event.text if s.event else s.event_key!r} for {what}"
    measure = s.measure.text if s.measure else s.measure_key
    if s.measure_key == NUMBER and s.measure is not None:
        measure = f"{s.measure.text}."  # 'jersey No.', which the tokenizer splits at '.
    if measure is None:
        return f"the {s.unit} sum {s.event.text if s.event else s.event_key}"  # '€1.8 billion'
    if s.occasion_key:
        event = s.event.text if s.event else s.event_key
        return f"the number of {measure} {event} in the {s.occasion_key}"
    if who is None:
        return f"the number of {measure} {_deed_word(s)}"
    if s.subject is None and s.subject_key and s.subject_key.startswith("the "):
        return f"the number of 'the {measure}'"  # a known set: 'the 12 American soldiers'
    return f"the {measure} of {who}"


def _deed_word(s: Statement) -> str | None:
    """Return the verb as written, or its key where the verb is 'be' ('were dead': 'kill')."""
    if s.event is None or s.event.text.lower() in ("is", "are", "was", "were", "be", "been"):
        return "killed" if s.event_key == KILLED else f"'{s.event_key}'"  # 'were dead'
    return s.event.text


def _who(s: Statement) -> str | None:
    """Name a statement's subject as the text writes it, or by its resolved key when the
    text writes a pronoun or an age ('his' → 'tom', 'the 27-year-old' → 'david hicks')."""
    if s.subject is None or s.subject.text.lower() in PRONOUNS or s.subject_from == "carried":
        return s.subject_key
    return s.subject.text


def _describe(s: Statement) -> str:
    parts = [f"{s.value.text!r}"]
    if s.measure:
        parts.append(f"measure {s.measure.text!r}")
    if s.subject:
        parts.append(
            f"subject {s.subject.text!r}"
            + (
                f" (= {s.subject_key}, picked by the {s.subject_from})"
                if s.subject_from in ("model", "only_candidate", "alias")
                else ""
            )
        )
    if s.event:
        parts.append(f"event {s.event.text!r}")
    if s.period:
        parts.append(f"when {s.period.span.text!r}")
    return ", ".join(parts)


def _spans(s: Statement) -> tuple[Span, ...]:
    return tuple(x for x in (s.value, s.subject, s.measure) if x is not None)
