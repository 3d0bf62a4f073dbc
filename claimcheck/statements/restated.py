"""Which passage gives a figure again: code blanks the figure in its sentence and offers the
values of its kind found elsewhere; the model picks the one the rest of the text gives.

'On February 22, ___ schoolgirls were taken to hospital in Qom', with that sentence taken
out of the text and '15', '18' and '25' offered: a model that reads '15 schoolgirls were
transferred to a hospital in Qom on February 22' elsewhere picks '15'. CC804 then compares
the two values; the model never judges them.

Code asks first about values it ties by their clauses (one thing counted, one deed, one
subject), then takes a second look at a few near values it can neither tie nor tell apart,
whose doers the text may name otherwise.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import threading
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TypeAlias

import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

from claimcheck.extract.ask import Chooser
from claimcheck.models import Interval, Restatement, Sentence, Span, Statement, StatementKind
from claimcheck.normalize.intervals import gap, width
from claimcheck.normalize.names import same_name
from claimcheck.normalize.numbers import CURRENCIES, SHARE
from claimcheck.normalize.units import DIMENSION_NAMES
from claimcheck.statements.clauses import TIME_NAMES, WHICH_ONE
from claimcheck.statements.propose import LENGTH_UNIT, WEEKDAY_UNIT
from claimcheck.statements.sameness import (
    agree,
    another_of_a_kind,
    dated_figures,
    same_shifts,
    steps_of_a_series,
    told_apart,
    unit_of,
)
from claimcheck.statements.vocabulary import (
    BIRTH,
    DEATH,
    INDEFINITE,
    KILLED,
    PRICES,
    SET_DETERMINERS,
    SIDES,
    UNNAMED,
    event_of_noun,
)

# How many statements of one text are asked about: those whose candidates share the most
# words with them first. A question costs two model calls.
MAX_ASKED = 6
# How many values one question offers: its candidates first, then other values of its kind.
MAX_OFFERED = 5
# How many of them may be a second look: values code can neither tie nor tell apart.
SECOND_LOOK = 3
# How near a second look's values must be: figures within a factor, dates within days, both
# written to the month (MONTH_DAYS) or the day.
NEAR_RATIO = 3.0
# Figures code ties are still of two things when this far apart: a figure changed in error
# stays within a few times the one it contradicts.
FAR_RATIO = 10.0
FAR_LENGTHS = 100.0
NEAR_DAYS = 183
MONTH_DAYS = 31
# A bare year is written of too many things to be near by itself: it is a second look only
# within NEAR_YEARS of the other and when the two clauses name one thing ('Hurricane Hazel').
NEAR_YEARS = 3
# How far apart two ages of one person may be written: 58 and 62, 18 and 20, 31 and 35.
AGE_RATIO = 1.5
YEAR_DAYS = 366
# What a second look's values must not name otherwise: what they measure and where.
WHAT_AND_WHERE = ("measure_key", "place_key")
# Words that say a clause adds another of a kind: 'also', 'a further 200 hectares'.
ADDED = re.compile(
    r"\b(?:also|again|a\s+further|an\s+additional|additional|another)\b", re.IGNORECASE
)
# What follows a price per something.
RATE = re.compile(r"\s*(?:/|per\b|an?\s+[a-z])")
# A value that holds only if something else does: '72 hours if the individual was arrested
# on the weekend', '$40 unless paid early'.
CONDITION_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}(?:if|unless|provided)\b", re.IGNORECASE)
MONEY = frozenset(CURRENCIES.values())
# A statement to ask about, its candidates, and its rank: whether code ties them to it, and
# the most words it shares with one.
Question: TypeAlias = tuple[Statement, list[Statement], tuple[bool, int]]
# A value as questions compare it: its kind, unit and interval.
Value: TypeAlias = tuple[StatementKind, str | None, float, float]
# What lists values of one kind: 'one and two', '5, 10 or 20', 'one- and two-'.
LISTED = re.compile(r"-?\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)", re.IGNORECASE)
BLANK = "___"
CUT = "[…]"
# One word written as a noun, a verb or an adjective shares its stem with the others.
STEMMER = snowballstemmer.stemmer("english")
STEMMING = threading.Lock()
# The names of months and days a sentence gives, capitalised ('May', not 'may').
TIME_NAME = re.compile(
    r"\b(?:"
    + "|".join(sorted((n.capitalize() for n in TIME_NAMES), key=len, reverse=True))
    + r")\b"
)
# How many statements on each side of one, among those sharing a word with it, may restate it.
NEAR = 12
# How much of the shorter of two sentences the other must share, of its content words, for
# a second look: code cannot tie the two values, and a small model asked to fill a blank
# picks by topic ('The shuttle is due to return to earth on December 16', 'the first shuttle
# launch since September 11, when hijacked airliners left 3,500 dead' share one word).
SHARED_SENTENCE = 0.3
# How much of the shorter of two sentences the other must share for their counts to be of
# one thing whatever nouns count them, and the fewest content words that may tell so.
TWIN = 0.6
TWIN_WORDS = 3
# The words weighed for it: three letters or more, not figures.
SENTENCE_WORD = re.compile(r"[^\W\d_]{3,}")
# Capitalised words of a party ('The Russian military'), and those that are no name.
CAPITALISED = re.compile(r"\b[A-Z][\w'-]*")
NOT_NAMES = INDEFINITE | {"the"}
# Words before a noun that describe someone rather than name them: 'The singer', 'Her father'.
DETERMINERS = SET_DETERMINERS | INDEFINITE
# What a value and its restatement must not name otherwise. Their events may differ: the
# model reads a deed written with another verb.
KEYS = ("subject_key", "patient_key", "place_key", "measure_key")
# The subject of a person written by an age alone ('The 54-year-old was charged'), which
# names no one in particular.
AGED = "old"
# Words that say a value is a total: 'overall has 48 programs', 'in total'.
TOTALS = frozenset({"overall", "total", "altogether", "combined", "cumulative"})
# The longest name read as initials of others: 'us', 'abc', 'nasa'.
INITIALS = 5
# The keys of who did or underwent a deed, which a text may name and then describe.
DOERS = ("subject_key", "patient_key")


def restatements(
    text: str,
    statements: Sequence[Statement],
    sentences: Sequence[Sentence],
    chooser: Chooser,
    settled: frozenset[tuple[int, int]] = frozenset(),
) -> Iterator[Restatement]:
    """Yield, for the statements code finds a restatement may hold, the one the model fills
    the blanked value from, when it picks the same one in both option orders.

    Two values that sources each state (`settled`: the spans a source supports) restate the
    sources, not each other: a summary's 'committed to 42 points last sprint' and 'committed
    to 31 points' are not asked about."""
    if not chooser.wanted("CC804"):
        return  # the only rule these questions serve is left out: no candidates are sought
    spans = {s.index: s.span for s in sentences}
    asked = _most_telling(_unsettled(_asked(text, statements, spans), settled))
    # Two statements of one value (a count that is also an age) make one question: its
    # answer is asked once.
    answers: dict[tuple[str, tuple[str, ...]], int | None] = {}
    for blanked, candidates, _ in sorted(asked, key=lambda pair: pair[0].value.start):
        sentence = spans[blanked.sentence]
        offered = _offered(blanked, candidates, statements)
        cloze = _blanked(blanked.value, sentence)
        question = (cloze, tuple(s.value.text for s in offered))
        if question not in answers:
            answers[question] = _ask(text, sentence, cloze, offered, chooser, blanked)
        pick = answers[question]
        if pick is not None and offered[pick] in candidates:
            yield Restatement(statement=blanked.id, answer=offered[pick].id)


def _ask(
    text: str,
    sentence: Span,
    cloze: str,
    offered: list[Statement],
    chooser: Chooser,
    blanked: Statement,
) -> int | None:
    """Return which offered value the model fills the blank with, in both orders, reading
    the paragraphs that hold the offered values, the blanked sentence taken out. A value
    that agrees with the blanked one is not confirmed: CC804 would find nothing in it."""
    rest = Chooser(
        chooser.llm, _without(text, sentence), window=chooser.window, wanted=chooser.wanted
    )
    pick = rest.choose(
        f"restated:{blanked.id}",
        f'This sentence was taken out of the document: "{cloze}". '
        f"Which value does the rest of the document give for {BLANK}?",
        [s.value.text for s in offered],
        ("CC804",),
        near=_where(offered, sentence),
        used=lambda pick: not agree(offered[pick], blanked),
    )
    chooser.failures.extend(rest.failures)
    chooser.unstable += rest.unstable
    return pick


def _listed_with(text: str, statements: Sequence[Statement]) -> dict[str, list[Statement]]:
    """Return, for each statement, the values of its kind listed with it in its sentence:
    'one and two player modes', 'in 5, 10 or 20 mg doses'."""
    by_sentence: dict[int, list[Statement]] = defaultdict(list)
    for s in sorted(statements, key=lambda s: s.value.start):
        by_sentence[s.sentence].append(s)
    mates: dict[str, list[Statement]] = defaultdict(list)
    for group in by_sentence.values():
        runs = [[group[0]]]
        for before, s in itertools.pairwise(group):
            listed = LISTED.fullmatch(text, before.value.end, s.value.start)
            if s.kind is before.kind and listed:
                runs[-1].append(s)
            else:
                runs.append([s])
        for run in runs:
            for s in run:
                mates[s.id] = [m for m in run if m.value != s.value]
    return mates


def _asked(
    text: str, statements: Sequence[Statement], sentences: dict[int, Span]
) -> Iterator[Question]:
    """Yield each statement that has candidates, with them, whether code ties them to it
    (else they are a second look) and the most words it shares with one. Candidates are
    looked for among the NEAR statements on each side that share a word with it, so a long
    text costs no more per statement than a short one. A value listed with one that agrees
    with a candidate is not asked about: 'one and two player modes' names both, and so does
    not contradict 'the two player mode'."""
    words = {s.id: _words(s) for s in statements}
    mates = _listed_with(text, statements)
    # The dates figures are given at, with what those figures measure: two dates that figures
    # of one measure are given at are more often two times of a series ('350,000 in
    # September', '383,000 in November') than one time given twice.
    as_of: dict[int, set[str | None]] = defaultdict(set)
    for s in statements:
        if s.period and s.kind is not StatementKind.DATE:
            as_of[s.period.span.start].add(s.measure_key)
    steps = dated_figures(statements)  # 'by 2010 … 40 per cent', 'by 2020 … 70 per cent'
    by_word: dict[str, list[Statement]] = defaultdict(list)
    by_start = sorted(statements, key=lambda s: s.value.start)
    for s in by_start:
        for word in sorted(words[s.id]):
            by_word[word].append(s)
    ages = [s for s in by_start if s.kind is StatementKind.AGE]
    for b in statements:
        if b.sentence not in sentences:
            continue
        near: dict[str, Statement] = {}
        groups = [by_word[word] for word in sorted(words[b.id])]
        # An age is looked for among all ages: a text names a person, then describes them.
        for group in [*groups, ages] if b.kind is StatementKind.AGE else groups:
            at = bisect.bisect_left(group, b.value.start, key=lambda s: s.value.start)
            near |= {s.id: s for s in group[max(0, at - NEAR) : at + NEAR + 1]}
        shared = {a.id: len(words[a.id] & words[b.id]) for a in near.values()}
        near = {i: a for i, a in near.items() if not steps_of_a_series(a, b, steps)}
        if any(_restated_alike(a, b, shared[a.id], sentences) for a in near.values()):
            continue  # the text gives b's value again as b does: when one mention of a value
            # given three times is changed, the changed one is asked about, and finds these
        candidates = [a for a in near.values() if _may_restate(a, b, shared[a.id], sentences)]
        tied = bool(candidates)
        if not tied:
            candidates = [
                a
                for a in near.values()
                if not _one_series(a, b, as_of)
                and _second_look(a, b, sentences)
                and (b.kind is StatementKind.AGE or _told_alike(a, b, sentences))
            ]
        candidates = [
            a
            for a in candidates
            if not any(agree(m, a) for m in mates[b.id])
            and not any(agree(m, b) for m in mates[a.id])
        ]
        if candidates:
            yield b, candidates, (tied, max(shared[a.id] for a in candidates))


def _told_alike(a: Statement, b: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether two statements' sentences, their values left out, share SHARED_SENTENCE
    of the content words of the shorter one ('days' of '20 days' tells of nothing). Ages are
    not weighed so: one person's age is written beside different deeds."""
    shared = _sentences_shared(a, b, sentences)
    return shared is None or shared[0] >= SHARED_SENTENCE * shared[1]


def _sentences_shared(
    a: Statement, b: Statement, sentences: dict[int, Span]
) -> tuple[int, int] | None:
    """Return how many content words two statements' sentences share, their values left
    out, and how many the shorter one has; None when a sentence is not known."""
    one, other = (_sentence_words(s, sentences) for s in (a, b))
    if one is None or other is None:
        return None
    return len(one & other), min(len(one), len(other))


def _sentence_words(s: Statement, sentences: dict[int, Span]) -> frozenset[str] | None:
    """Return the stems of the content words of a statement's sentence, its value left out:
    no stop words, no figures."""
    sentence = sentences.get(s.sentence)
    if sentence is None:
        return None
    start, end = s.value.start - sentence.start, s.value.end - sentence.start
    return _content_stems(f"{sentence.text[:start]} {sentence.text[end:]}")


@functools.lru_cache(maxsize=2**12)
def _content_stems(text: str) -> frozenset[str]:
    found = (w.lower() for w in SENTENCE_WORD.findall(text))
    return frozenset(_stem(w) for w in found if w not in STOP_WORDS)


def _one_series(a: Statement, b: Statement, as_of: dict[int, set[str | None]]) -> bool:
    """Tell whether figures of one measure are given at both dates: two times of a series."""
    return bool(as_of.get(a.value.start, set()) & as_of.get(b.value.start, set()))


def _unsettled(
    asked: Iterator[Question], settled: frozenset[tuple[int, int]]
) -> Iterator[Question]:
    """Drop the candidates that a source states as it states the blanked value."""
    for blanked, candidates, ties in asked:
        if _span(blanked) in settled:
            candidates = [c for c in candidates if _span(c) not in settled]
        if candidates:
            yield blanked, candidates, ties


def _span(s: Statement) -> tuple[int, int]:
    return s.value.start, s.value.end


def _most_telling(asked: Iterator[Question]) -> list[Question]:
    """Return the MAX_ASKED questions to ask: those whose candidates code ties first, then
    at most SECOND_LOOK of the others, each group by the most words shared.

    A value written again and asked with candidates of values already offered for it (the
    same year in a title and in the first sentence) asks what its first question asked: it
    is not asked again. The same pair asked the other way round is still asked: the model
    may read one way what it misses the other ('___ consecutive appearance' with 'fifth'
    offered, and '___ consecutive summer appearance' with 'seventh')."""
    ranked: list[Question] = []
    offered: dict[Value, set[Value]] = defaultdict(set)
    for question in sorted(asked, key=lambda question: question[2], reverse=True):
        blanked, candidates, _ = question
        values = {_value_of(c) for c in candidates}
        if values:
            if values <= offered[_value_of(blanked)]:
                continue
            offered[_value_of(blanked)] |= values
        ranked.append(question)
    tied = [q for q in ranked if q[2][0]]
    return [*tied, *[q for q in ranked if not q[2][0]][:SECOND_LOOK]][:MAX_ASKED]


def _value_of(s: Statement) -> Value:
    return s.kind, unit_of(s), s.interval.lo, s.interval.hi


def _offered(
    blanked: Statement, candidates: list[Statement], statements: Sequence[Statement]
) -> list[Statement]:
    """Return the values to offer, one statement per value as written, whatever its case
    ('Three beggars', 'the three men')."""
    others = [
        s
        for s in statements
        if s.kind is blanked.kind
        and unit_of(s) == unit_of(blanked)
        and s.sentence != blanked.sentence
    ]
    offered: list[Statement] = []
    for s in [*candidates, *others]:
        if s.value.text.lower() not in {o.value.text.lower() for o in offered}:
            offered.append(s)
    return offered[:MAX_OFFERED]


def _blanked(value: Span, sentence: Span) -> str:
    """Return a sentence with a value's place written BLANK, on one line."""
    start, end = value.start - sentence.start, value.end - sentence.start
    return " ".join(f"{sentence.text[:start]}{BLANK}{sentence.text[end:]}".split())


def _without(text: str, sentence: Span) -> str:
    """Return the text with one sentence taken out and marked CUT."""
    return f"{text[: sentence.start]}{CUT}{text[sentence.end :]}"


def _where(offered: list[Statement], sentence: Span) -> list[Span]:
    """Return where the offered values stand in the text without the sentence: the model is
    shown the paragraphs that hold them, not the whole text."""
    shift = len(CUT) - (sentence.end - sentence.start)
    return [
        s.value.model_copy(update={"start": s.value.start + shift, "end": s.value.end + shift})
        if s.value.start >= sentence.end
        else s.value
        for s in offered
    ]


def _may_restate(a: Statement, b: Statement, shared: int, sentences: dict[int, Span]) -> bool:
    """Tell whether a may give b's value again: values that differ, two words of their
    clauses in common (`shared`; one is enough for counts of one thing), and nothing either
    states that tells them apart. Their events may be named otherwise: the model reads
    paraphrase."""
    return not agree(a, b) and _one_statement(a, b, shared, sentences)


def _restated_alike(a: Statement, b: Statement, shared: int, sentences: dict[int, Span]) -> bool:
    """Tell whether a gives b's value again, in a value that agrees with it, where it would
    be a candidate had it differed: 'The plant made 30 cars on Monday' written twice."""
    return a.id != b.id and agree(a, b) and _one_statement(a, b, shared, sentences, by_value=False)


def _one_statement(
    a: Statement, b: Statement, shared: int, sentences: dict[int, Span], *, by_value: bool = True
) -> bool:
    """Tell whether a and b may be one statement: what _may_restate weighs besides whether
    the values differ; `by_value` also keeps apart two values that can both hold."""
    if shared < (1 if _of_one(a, b) else 2):
        return False  # one word in common is enough for an age or a count of one thing,
        # not for '$75/user'
    if a.unit == WEEKDAY_UNIT and a.event_key != b.event_key:
        return False  # the days of two deeds
    if a.kind is StatementKind.FIGURE and _far(a, b):
        return False  # '15 months' and '48 hours', 'three' and '50': of two things
    keys = _keys_told_apart_by(a, b)
    if _twins(a, b, sentences):  # one count told twice with another noun
        keys = tuple(k for k in keys if k != "measure_key")
    return not _kept_apart(a, b, keys, sentences, by_value=by_value)


def _twins(a: Statement, b: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether two near counts of nouns stand in sentences that, their values left out,
    share TWIN of the content words of the shorter one (of TWIN_WORDS or more): one thing
    told twice, whatever noun counts it ('Four victims were taken to the county hospital',
    'Six injured workers were taken to the county hospital')."""
    counts = all(s.measure is not None and unit_of(s) is None for s in (a, b))
    if a.kind is not StatementKind.FIGURE or not counts:
        return False  # sums of two measures stay two: 'Annual revenue came to $4.1bn'
    shared = _sentences_shared(a, b, sentences)
    if shared is None or shared[1] < TWIN_WORDS:
        return False
    return _near(a, b) and shared[0] >= TWIN * shared[1]


def _far(a: Statement, b: Statement) -> bool:
    """Tell whether two positive figures are more than FAR_RATIO times apart, or two lengths
    of time more than FAR_LENGTHS times ('a week' may be written for 'one year')."""
    lo, hi = sorted(_about(s.interval) for s in (a, b))
    far = FAR_LENGTHS if a.unit == b.unit == LENGTH_UNIT else FAR_RATIO
    return lo > 0 and hi > far * lo


def _kept_apart(
    a: Statement,
    b: Statement,
    keys: tuple[str, ...],
    sentences: dict[int, Span],
    *,
    by_value: bool = True,
) -> bool:
    """Tell whether two values can both hold (when `by_value`), or what either states tells
    them apart: what _apart weighs, or a shift in time on one side ('It had 100 staff. Two
    years later it had 150.')."""
    moved = not same_shifts(a, b, sentences) and not _one_day_of_the_year(a, b)
    return moved or _apart(a, b, keys, sentences, by_value=by_value)


def _apart(
    a: Statement,
    b: Statement,
    keys: tuple[str, ...],
    sentences: dict[int, Span],
    *,
    by_value: bool = True,
) -> bool:
    """Tell whether two values can both hold (when `by_value`), or what each states of its
    own tells them apart: what told_apart weighs with `keys`, a later subject written with
    'a', a birth or a death against another deed, names or months on each side that the
    other lacks."""
    alike = by_value and agree(a, b)
    if told_apart(a, b, keys) or alike or _two_lives(a, b) or a.some_of != b.some_of:
        return True  # … 'six counts', 'four of those counts': a set and some of it
    if _added(max(a, b, key=lambda s: s.value.start), sentences):
        return True  # 'on October 2 …', 'gunmen also killed a settler there on December 2'
    if another_of_a_kind(a, b, sentences) and not _done_to_one(a, b):
        return True  # 'A coroner ruled in 2017', 'A coroner had initially ruled in 1989'
    if _whole_and_part(a, b) or _whole_and_part(b, a):
        return True  # 'overall has 48 programs underway', 'four programs in Phase III'
    if _conditional(a, sentences) != _conditional(b, sentences):
        return True  # '72 hours if arrested on the weekend', 'within 48 hours of arrest'
    return _named_apart(a, b) or _timed_apart(a, b, sentences) or _sides_apart(a, b)


def _conditional(s: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether a value holds only on a condition written right after it."""
    sentence = sentences.get(s.sentence)
    if sentence is None:
        return False
    return CONDITION_AFTER.match(sentence.text, s.value.end - sentence.start) is not None


def _sides_apart(a: Statement, b: Statement) -> bool:
    """Tell whether each clause names a side or part of a place and they differ: 'the
    northern two-thirds of Alabama', 'the lower one-third'."""
    ones, others = (SIDES.intersection(s.clause) for s in (a, b))
    return bool(ones) and bool(others) and ones.isdisjoint(others)


def _done_to_one(a: Statement, b: Statement) -> bool:
    """Tell whether the later statement's deed was done to what the other names as its doer
    or as what its deed was done to: 'Apollo 11 lifted off on July 18', 'A Saturn V launched
    Apollo 11 on July 16' are of one Apollo 11, whatever rocket launched it."""
    later, other = sorted((a, b), key=lambda s: s.value.start, reverse=True)
    done_to = later.patient_key
    if done_to is None or done_to in UNNAMED:
        return False
    return any(same_name(done_to, k) for k in (other.subject_key, other.patient_key) if k)


def _added(s: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether a statement's sentence, up to its value, says it adds to what came before
    ('also', 'again', 'a further 200 hectares', 'another'): it is another of its kind, not
    the same one told again."""
    sentence = sentences.get(s.sentence)
    if sentence is None:
        return False
    return ADDED.search(sentence.text, 0, s.value.end - sentence.start) is not None


def _whole_and_part(whole: Statement, part: Statement) -> bool:
    """Tell whether one value is said to be a total and the other is narrowed to a place or
    stage the total is not: a whole and one of its parts."""
    total = bool(TOTALS & set(whole.clause)) and not TOTALS & set(part.clause)
    return total and whole.place_key is None and part.place_key is not None


def _timed_apart(a: Statement, b: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether the two sentences name months or days, none the same: 'in November',
    'on February 22'."""
    times = [_time_names(s, sentences) for s in (a, b)]
    return all(times) and not times[0] & times[1]


def _rate(s: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether a sum is a price per something: '$75/user', '$5 per share', '$31.80 a
    share'."""
    sentence = sentences[s.sentence]
    after = sentence.text[s.value.end - sentence.start :]
    return s.unit in MONEY and RATE.match(after) is not None


def _price_and_rate(a: Statement, b: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether one sum is a price per something and the other is named a price: 'oil
    was trading at $68 a barrel' and 'oil prices hitting $88' may be one price."""
    plain = [s for s in (a, b) if not _rate(s, sentences)]
    return len(plain) == 1 and plain[0].measure_key in PRICES


def _second_look(a: Statement, b: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether a may give b's value again though code cannot tie them: their clauses
    share one word, or name their doers otherwise ('The loan was repaid to the bank within
    20 days', 'The money was back at the bank after 30 days'). Nothing
    that each states of its own may tell them apart, and the values must be near: two
    figures of 2 or more or two shares, the larger at most NEAR_RATIO times the smaller, two
    dates written to the month or the day, at most NEAR_DAYS apart, or two years at most
    NEAR_YEARS apart whose clauses name one thing; two near ranks of one noun; or two ages
    of one person, named on one side and described on the other. A figure
    changed in error stays near the one it contradicts; values further apart are more often
    of two things, and a bare year or 'one' is written of too many. A word of time on one
    side keeps two dates apart, as it keeps code's own candidates ('later went to radio on
    June 15, 2010', 'sent to radio on June 16, 2011'), but not two figures: of a figure, it
    more often tells the order of the telling ('They then dine … with two older men') or is
    the figure's own ('three days later'; 'made two years ago') than a value of another
    time."""
    if a.kind is StatementKind.ORDINAL:
        return _ranks_of_one_thing(a, b, sentences)
    if a.kind is StatementKind.AGE:
        return _ages_of_one(a, b, sentences)
    keys = tuple(k for k in WHAT_AND_WHERE if k != "measure_key" or not _counts_one_deed(a, b))
    apart = _kept_apart if a.kind is StatementKind.DATE else _apart
    if apart(a, b, keys, sentences) or _two_named_doers(a, b):
        return False
    if any(_rate(s, sentences) for s in (a, b)) and not _price_and_rate(a, b, sentences):
        return False  # '$75/user', '$30 a share': prices of many things
    if a.kind is StatementKind.DATE:
        if all(width(s.interval) <= MONTH_DAYS for s in (a, b)):
            return gap(a.interval, b.interval) <= NEAR_DAYS or _a_year_off(a, b)
        years = all(width(s.interval) <= YEAR_DAYS for s in (a, b))
        near = gap(a.interval, b.interval) <= NEAR_YEARS * YEAR_DAYS
        return years and near and bool(_names(a) & _names(b))
    if a.kind is not StatementKind.FIGURE or a.unit == WEEKDAY_UNIT:
        return False
    return _near(a, b)


def _ages_of_one(a: Statement, b: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether two ages may be one person's, though their clauses share no word: a text
    names a person in one place and describes them in another ('The singer died at age
    71', 'Lopez, who was 75'). Two names, a place on each side, or anything else either
    states of its own tells them apart, and so do ages far apart: an age written wrong stays
    within AGE_RATIO of the right one."""
    if _apart(a, b, ("place_key",), sentences):
        return False
    names = [_person_named(s) for s in (a, b)]
    if names[0] and names[1] and not same_name(names[0], names[1]):
        return False  # 'Maria Lopez, 71', 'John Smith, who was 75'
    return _near(a, b, AGE_RATIO)


def _person_named(s: Statement) -> str | None:
    """Return whose age a statement gives when it is a name: every word of its subject
    capitalised ('John Smith, who was 75'), not a description ('The singer', 'Her father')."""
    if s.subject is None or s.subject_key is None or s.subject_key in UNNAMED:
        return None
    words = s.subject.text.split()
    if words[0].lower() in DETERMINERS or not all(w[0].isupper() for w in words):
        return None
    return s.subject_key


def _near(a: Statement, b: Statement, ratio: float = NEAR_RATIO) -> bool:
    """Tell whether two figures, ranks or ages are near: both 2 or more (or two shares, or
    two lengths of time, which are counted in days: 'about 25 seconds', 'about 45
    seconds'), the larger at most `ratio` times the smaller."""
    lo, hi = sorted(_about(s.interval) for s in (a, b))
    if a.unit == SHARE == b.unit or a.unit == LENGTH_UNIT == b.unit:  # 'about half'
        return lo > 0 and hi <= ratio * lo
    return lo >= 2 and hi <= ratio * lo


def _ranks_of_one_thing(a: Statement, b: Statement, sentences: dict[int, Span]) -> bool:
    """Tell whether two ranks may be one thing's: ranks of one noun ('his fifth studio
    album', 'Usher's fourth studio album'; 'a third, more stable personality', 'a fourth,
    stable personality') by one deed or a deed on one side only, near each other, with
    nothing else telling them apart: the model reads whether the rest of the text ranks that
    one thing."""
    if a.measure_key is None or a.measure_key != b.measure_key or b.kind is not a.kind:
        return False
    if a.event_key and b.event_key and a.event_key != b.event_key:
        return False  # 'Smith won the second race', 'Smith crashed in the fourth race'
    one, other = (s.model_copy(update={"event_key": None}) for s in (a, b))
    if _apart(one, other, WHAT_AND_WHERE, sentences):
        return False  # 'the first attack' and 'the second attack' are told apart by code
    return _near(a, b)


def _two_named_doers(a: Statement, b: Statement) -> bool:
    """Tell whether two dates are of deeds whose doers are names, and not one name: 'Moderna
    announced its earnings on 23 February', 'On 22 February, the FDA granted'."""
    one, other = (_named_doer(s) for s in (a, b))
    both = a.kind is StatementKind.DATE and one is not None and other is not None
    return both and not same_name(str(one), str(other))


def _named_doer(s: Statement) -> str | None:
    """Return a statement's subject when it is a name: one its clause names, or an alias."""
    key = s.subject_key
    if key is None or key in UNNAMED:
        return None
    named = s.subject_from == "alias" or set(key.split()) <= set(s.clause_names)
    return key if named else None


def _a_year_off(a: Statement, b: Statement) -> bool:
    """Tell whether two dates fall in one month of years at most NEAR_YEARS apart, as a date
    whose year was written wrong does: 'in December 2005', 'in December 2006'."""
    one, other = _first_day(a), _first_day(b)
    return one.month == other.month and abs(one.year - other.year) <= NEAR_YEARS


def _first_day(s: Statement) -> date:
    return date.fromordinal(int(s.interval.lo))


def _one_day_of_the_year(a: Statement, b: Statement) -> bool:
    """Tell whether two dates are written to the day, the same day of the same month: a date
    carries its own time, and 'later released on June 15, 2010' may still restate 'sent to
    radio on June 15, 2011' whatever 'later' says of the order."""
    if a.kind is not StatementKind.DATE or b.kind is not StatementKind.DATE:
        return False
    if any(width(s.interval) > 0 for s in (a, b)):
        return False
    one, other = _first_day(a), _first_day(b)
    return (one.month, one.day) == (other.month, other.day)


def _two_lives(a: Statement, b: Statement) -> bool:
    """Tell whether two dates are of a birth or a death and of another event: 'born March
    24, 1932' is not restated by 'In 1975, this required'."""
    lifespan = {a.event_key, b.event_key} & {BIRTH, DEATH}
    return a.kind is StatementKind.DATE and bool(lifespan) and a.event_key != b.event_key


def _about(i: Interval) -> float:
    """Return the value an interval is about: its middle, or its one finite end ('at least
    five' is about 5, 'up to three' about 3)."""
    if math.isinf(i.hi):
        return i.lo
    if math.isinf(i.lo) or i.lo <= 0:
        return i.hi
    return (i.lo + i.hi) / 2


def _of_one(a: Statement, b: Statement) -> bool:
    """Tell whether two statements name what they are of, so that one word in common is
    enough to ask: an age; a count of one noun; a date or a weekday of one deed ('Smith
    testified on September 9', 'he testified on September 6'); a sum or a share of one
    measure ('Annual profit came to $4.1bn', 'a profit of $3.4bn for the year') or of one
    named subject ('Lopez's bonus came to $2 million', 'Lopez, who earned $3 million'),
    or of a subject the other's clause names ('Globex received $1.6 billion', '$1.1 billion
    was sent to Globex'). A dimension ('12 m', '3 m wide') names no one thing, and a noun
    after a sum is what it is per ('$75/user')."""
    counted = a.measure_key is not None and a.measure_key == b.measure_key
    if a.kind is StatementKind.AGE or counted and unit_of(a) is None:
        return True
    if a.unit == WEEKDAY_UNIT or a.kind is StatementKind.DATE:
        return a.event_key is not None and a.event_key == b.event_key
    if a.kind is not StatementKind.FIGURE or unit_of(a) in (None, *DIMENSION_NAMES):
        return False
    if all(s.measure and s.measure.start < s.value.start for s in (a, b)):
        return counted
    named = [s for s in (a, b) if s.subject_key and s.subject_key not in UNNAMED]
    if len(named) == 2:
        return same_name(str(a.subject_key), str(b.subject_key))
    if len(named) == 1:
        other = b if named[0] is a else a
        return set(str(named[0].subject_key).split()) <= set(other.clause_names)
    return False


def _keys_told_apart_by(a: Statement, b: Statement) -> tuple[str, ...]:
    """Return the KEYS that tell the two statements apart. A pronoun names nothing: 'It can
    carry 40 percent more' may speak of the jet another sentence names. A doer named on one
    side and described by a noun of its name on the other may be one: 'the central bank'
    and 'the Reserve Bank of New Zealand'; so may two doers each clause names ('Acme's Boston
    to Denver trucks', 'Acme trucks from Boston to Denver', which the parse may give as of
    'Boston' and of 'Acme'), and two nouns counted by one deed ('recall 91 trucks', 'recall
    19 pickups'). The model reads which."""
    return tuple(key for key in KEYS if not _may_be_one(a, b, key))


def _may_be_one(a: Statement, b: Statement, key: str) -> bool:
    one, other = getattr(a, key), getattr(b, key)
    if {one, other} & UNNAMED:
        return True  # 'he', 'it', 'they', 'you'
    if key == "subject_key" and AGED in {one, other}:
        return True  # 'the 13-year-old had been helping'
    both_done_to = a.patient_key is not None and b.patient_key is not None
    if key == "subject_key" and both_done_to and _passive(a) != _passive(b):
        return True  # 'Diar was founded in 2004', 'the QIA founded Diar in 2006': what the
        # deed was done to, and who did it
    if key == "measure_key" and a.event_key and a.event_key == b.event_key:
        return True  # 'recall 91 Falcon trucks', 'recall 19 Falcon pickups'
    if key == "measure_key" and _counts_one_deed(a, b):
        return True  # '15,000 murders were recorded', '19,000 people were murdered'
    if key not in DOERS or not one or not other:
        return False
    if _in_clause(one, b) and _in_clause(other, a):
        return True  # 'Acme's Boston to Denver trucks took', parsed as of 'Boston'
    named = [bool(set(k.split()) & set(s.clause_names)) for k, s in ((one, a), (other, b))]
    if named[0] == named[1]:
        return False
    name, described = (one, other) if named[0] else (other, one)
    return described.split()[-1] in name.split()  # 'the central bank', 'the Reserve Bank'


def _passive(s: Statement) -> bool:
    """Tell whether a date's subject is what its deed was done to: 'Diar was founded'."""
    return s.patient_key is not None and s.subject_key == s.patient_key


def _counts_one_deed(a: Statement, b: Statement) -> bool:
    """Tell whether one figure counts a deed by its noun and the other counts those the deed
    was done to: '15,000 murders were recorded', '19,000 South Africans were murdered'; '457
    deaths', '16 people were killed' (a count of the dead is of those killed)."""
    if a.kind is not StatementKind.FIGURE or unit_of(a) is not None or unit_of(b) is not None:
        return False
    for counted, other in ((a, b), (b, a)):
        deed = event_of_noun(counted.measure_key) if counted.measure_key else None
        if deed is not None and (KILLED if deed == DEATH else deed) == other.event_key:
            return True
    return False


def _in_clause(key: str, s: Statement) -> bool:
    """Tell whether every word of a doer's key is a word of another statement's clause."""
    return set(key.split()) <= set(s.clause) | set(s.clause_names)


def _words(s: Statement) -> set[str]:
    """Return the stems of a clause's words, names and subject, months and days left out:
    'funding' and 'fund' are one word, and so are 'death' and 'die' (a noun of an event is
    its verb). 'The girl, aged 9' is of the girl, though its clause is 'aged'."""
    subject = set(s.subject_key.split()) - UNNAMED if s.subject_key else set()
    words = set(s.clause) | set(s.clause_names) | subject
    return {_stem(event_of_noun(w)) for w in words - TIME_NAMES}


@functools.lru_cache(maxsize=2**16)
def _stem(word: str) -> str:
    with STEMMING:  # a stemmer keeps the word it works on: one thread at a time
        return str(STEMMER.stemWord(word))


def _names(s: Statement) -> set[str]:
    """Return the names of a statement's clause, of the party it is credited to, and of a
    subject the text names by an alias ('its 32,000 employees': the EC's, the European
    Commission's)."""
    party = CAPITALISED.findall(s.party.text) if s.party else []
    alias = s.subject_key.split() if s.subject_key and s.subject_from == "alias" else []
    return set(s.clause_names) | set(alias) | {w.lower() for w in party} - UNNAMED - NOT_NAMES


def _named_apart(a: Statement, b: Statement) -> bool:
    """Tell whether each statement names what the other does not, of one kind: 'visited
    Paris', 'visited Rome'; 'Zelensky said', 'NATO: …'; 'the first attack', 'the second
    attack'. A word that tells which one of a kind ('the first incident') is not weighed
    against a name ('in Qom'), nor a place against a person ('at a bar in Sinop', 'Ribeiro
    lost'): one deed may be told with its place on one side and its doer on the other. A
    name whose kind the parse does not know, and the name of a party a value is credited to
    ('Zelensky said'), are weighed against any: two accounts may differ."""
    names = [_names(s) for s in (a, b)]
    for kind in ([n - WHICH_ONE for n in names], [n & WHICH_ONE for n in names]):
        only = _without_initials(kind[0] - kind[1], kind[1] - kind[0])
        if only[0] and only[1] and _of_one_kind(*only, a, b):
            return True
    return False


def _without_initials(one: set[str], other: set[str]) -> tuple[set[str], set[str]]:
    """Drop a name written as the initials of names on the other side, with those names:
    'us' and 'united', 'states'; 'abc' and 'australian', 'broadcasting', 'corporation'."""
    sides = [set(one), set(other)]
    for mine, theirs in ((0, 1), (1, 0)):
        for name in sorted(sides[mine]):
            spelt = _spelt_out(name, sides[theirs])
            if spelt:
                sides[mine].discard(name)
                sides[theirs] -= spelt
    return sides[0], sides[1]


def _spelt_out(initials: str, names: set[str]) -> set[str]:
    """Return names whose first letters are a short name's letters, one name per letter,
    or nothing."""
    if not 2 <= len(initials) <= INITIALS or not initials.isalpha():
        return set()
    left, used = sorted(names), set()
    for letter in initials:
        found = next((n for n in left if n[0] == letter and n not in used and n != initials), None)
        if found is None:
            return set()
        used.add(found)
    return used


def _of_one_kind(one: set[str], other: set[str], a: Statement, b: Statement) -> bool:
    """Tell whether a name of `one` (a's) and a name of `other` (b's) may be of one kind."""
    kinds = [dict(s.clause_name_kinds) for s in (a, b)]
    ones = {kinds[0].get(name) for name in one}
    others = {kinds[1].get(name) for name in other}
    return None in ones or None in others or bool(ones & others)


def _time_names(s: Statement, sentences: dict[int, Span]) -> set[str]:
    """Return the months and days a statement's sentence names, besides its own value."""
    sentence = sentences[s.sentence].text
    return {
        m.group(0).lower() for m in TIME_NAME.finditer(sentence) if m.group(0) not in s.value.text
    }
