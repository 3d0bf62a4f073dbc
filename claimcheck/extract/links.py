"""Link figures to each other: code proposes a few candidates, the model picks among them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet

from claimcheck.extract.ask import Chooser
from claimcheck.extract.parties import non_comments, shares_name_words
from claimcheck.models import (
    Attribution,
    Change,
    Duration,
    Figure,
    NonComment,
    PartOf,
    Party,
    Quantity,
    QuantityKind,
    Ratio,
    Role,
    Sentence,
    Span,
    Total,
)
from claimcheck.normalize.changes import PERCENTS, pool_kinds, readings, windows
from claimcheck.normalize.intervals import overlaps, quotient
from claimcheck.normalize.names import same_name
from claimcheck.normalize.units import physical_of
from claimcheck.normalize.words import TOTAL_AFTER_WORDS, TOTAL_BEFORE_WORDS

CHANGE_AFTER = re.compile(
    r"^\s+(?:more|fewer|less|additional|extra|increase|rise|gain|jump|drop|decline|decrease|fall|cut"
    r"|growth|reduction)\b",
    re.IGNORECASE,
)
CHANGE_BEFORE = re.compile(
    r"\b(?:(?:increase|decrease|rise|drop|decline|fall|jump|gain)s?|growth|up|down|grew|fell|"
    r"rose|increased|decreased|dropped)\s+(?:of|by)\s+$|\b(?:up|down)\s+$"
    # 'rose 20% from 100 to 150': a verb of change right before the amount
    r"|\b(?:rose|grew|fell|increased|decreased|dropped|jumped|climbed|gained|declined|"
    r"slipped|soared|surged|plunged|plummeted|tumbled)\s+$",
    re.IGNORECASE,
)
FALLING = re.compile(
    r"fewer|less|drop|decline|fall|cut|reduction|down|fell|decrease|dropped", re.IGNORECASE
)
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# What follows a change written as a comparison: '$145 less than'.
THAN = re.compile(r"\s+than\b", re.IGNORECASE)
TO = re.compile(r"^\s*(?:\w+\s+){0,3}?to\s+$", re.IGNORECASE)
IN_YEAR = re.compile(r"\s*(?:\w+\s+)?(?:in|by|during)\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b")
PERIOD_BEFORE = re.compile(r"\b(?:after|over|in|within|during|for)\s+$", re.IGNORECASE)
# 'N out of M', 'N of the M', 'N are among the M', 'N were part of the M'.
OUT_OF = re.compile(
    r"^\s*(?:(?:\w+\s+){0,3}?(?:out\s+of|of\s+a\s+total\s+of|among|part\s+of)|of(?=\s+the\s))"
    r"\s+(?:the\s+|a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
CUE_OF = re.compile(r"out\s+of(?:\s+a\s+total\s+of)?|of\s+a\s+total\s+of|among|part\s+of|of")
# 'both of which', 'each of whom': what follows is said of every one, not of a part.
EVERY_ONE = r"(?<!\bboth\s)(?<!\beach\s)(?<!\ball\s)(?<!\bnone\s)(?<!\bneither\s)"
PART_CUE = re.compile(
    rf"\b(?:including|{EVERY_ONE}of\s+whom|{EVERY_ONE}of\s+which|among\s+them|"
    r"the\s+most\s+being|most\s+of\s+them|mostly)\b",
    re.IGNORECASE,
)
# A figure followed by 'of' names some of a whole, not the whole what 'including' lists:
# 'one of several delivery media, including 35 mm film'.
A_PART_ITSELF = re.compile(r"\s+of\b", re.IGNORECASE)
# 'N in all', 'N in total', 'N altogether', 'N combined'; 'a total of N', 'totalling N'.
TOTAL_AFTER = re.compile(
    rf"(?:\s+\w+)?\s+(?P<cue>{TOTAL_AFTER_WORDS})\b(?P<colon>\s*:)?", re.IGNORECASE
)
TOTAL_BEFORE = re.compile(rf"\b(?P<cue>{TOTAL_BEFORE_WORDS})\s+$", re.IGNORECASE)
COLON = re.compile(r"[^.;:]{0,30}:")
COLON_GAP = re.compile(r"^[^.;:]{0,30}:\s*$")
# Between two listed amounts: a comma or 'and', and a few words ('12 cars, 5 vans and 3').
LIST_GAP = re.compile(r"^[\w\s'’-]{0,30}?(?:,|\band\b|,\s*and\b)[\w\s'’-]{0,30}$", re.IGNORECASE)
THAN = re.compile(r"\s*(?:more|less|fewer|higher|lower|greater)?\s*than\s+(?P<other>[^,.;]+)")
AMOUNTS = (QuantityKind.COUNT, QuantityKind.MONEY)
# The level a change reached, written right after it: 'rose 8% to 6.2p'.
TO_LEVEL = re.compile(r"\s+to\s+", re.IGNORECASE)
MAX_OPTIONS = 4
# How far from a party's silence ('X did not comment'), or from a stated change, the figures
# it may concern are looked for: an article's length.
SILENCE_REACH = 20_000


def changes(
    figures: Sequence[Figure], durations: Sequence[Duration], text: str, chooser: Chooser
) -> Iterator[Change]:
    """Link each 'N more' claim to the two figures it compares, among the figures within
    SILENCE_REACH characters of it (so a long text costs time in proportion to its length)."""
    near = _Nearby(figures)
    # The words that make each figure a change, read once: a change is judged by them, and
    # is no level another change is measured between.
    said = {f.quantity.id: m for f in figures if (m := _stated_change(f.quantity, text))}
    for amount in figures:
        q = amount.quantity
        stated = said.get(q.id)
        if q.kind not in (*AMOUNTS, *PERCENTS) or stated is None:
            continue
        falling = bool(FALLING.search(stated.group(0)))
        structural = _structural_pair(amount, figures, text)
        if structural is not None:  # the sentence itself says what is compared
            earlier, later = structural
            yield Change(amount=q, earlier=earlier, later=later, falling=falling)
            continue
        pairs = _candidate_pairs(amount, near(amount.quantity.span), said.keys())
        reached = _reached(amount, figures, text)
        if reached is not None:  # 'the dividend rose 8% to 6.2p': a pair that ends at 6.2p
            pairs = [pair for pair in pairs if reached in pair]
            if not pairs:
                continue
        options = [f"from {_describe(a, text)} to {_describe(b, text)}" for a, b in pairs]
        pick = chooser.choose(
            f"change:{q.id}",
            f'The text says "{context(q.span, text)}". Which two figures of '
            f"the text does this change of {q.span.text} compare?",
            options,
            ("CC101", "CC201"),
            near=[q.span, *(f.quantity.span for pair in pairs for f in pair)],
        )
        if pick is not None:
            earlier, later = pairs[pick]
            if stated.re is CHANGE_AFTER and THAN.match(text, q.span.end + stated.end()):
                # 'about $145 less than the roughly $700': a comparison, not a change over
                # time, has no order of its own, and the model is not asked for one
                small, big = sorted((earlier, later), key=lambda f: f.quantity.value)
                earlier, later = (big, small) if falling else (small, big)
            yield Change(
                amount=q,
                earlier=earlier,
                later=later,
                duration=_period_of(amount, durations, text),
                falling=falling,
            )


def _stated_change(q: Quantity, text: str) -> re.Match[str] | None:
    """Return the words that make a figure a change ('50 more', 'a 30% decrease', 'rose
    20%'), if any."""
    after = text[q.span.end : q.span.end + 20]
    before = text[max(0, q.span.start - 25) : q.span.start]
    return CHANGE_AFTER.match(after) or CHANGE_BEFORE.search(before)


def _structural_pair(
    amount: Figure, figures: Sequence[Figure], text: str
) -> tuple[Figure, Figure] | None:
    """Return the pair a change's own sentence compares: 'from X to Y', 'X in 2020 and Y in 2021'.

    The pair comes from the sentence's words, never from whether its change fits, so the
    check can fail: exactly two figures of one kind and unit stand before the amount in its
    sentence, joined as 'from X to Y' or each followed by its own year; or, when none stand
    before it, two after it joined as 'from X to Y' ('rose 20% from 100 to 150').
    """
    kinds = pool_kinds(amount.quantity)
    same = [f for f in figures if f.sentence == amount.sentence and f.quantity.kind in kinds]
    q = amount.quantity
    before = [f for f in same if f.quantity.span.end <= q.span.start]
    after = [f for f in same if f.quantity.span.start >= q.span.end]
    if len(before) == 2 and _joined(before[0], before[1], text, dated_ok=True):
        return before[0], before[1]
    if len(before) != 2 and len(after) == 2 and _joined(after[0], after[1], text, dated_ok=False):
        return after[0], after[1]  # 'rose 20% from 100 to 150'
    return None


def _reached(amount: Figure, figures: Sequence[Figure], text: str) -> Figure | None:
    """Return the level a change says it reached, written right after it: the 6.2p of 'rose
    8% to 6.2p', which any pair it is measured between must hold."""
    to = TO_LEVEL.match(text, amount.quantity.span.end)
    if to is None:
        return None
    return next((f for f in figures if f.quantity.span.start == to.end()), None)


def _joined(a: Figure, b: Figure, text: str, *, dated_ok: bool) -> bool:
    """Tell whether two figures of one kind and unit are written as a change's two ends:
    'from X to Y', or (before the amount) each followed by its own year."""
    qa, qb = a.quantity, b.quantity
    if qa.kind is not qb.kind or qa.unit != qb.unit and None not in (qa.unit, qb.unit):
        return False
    gap = text[qa.span.end : qb.span.start]
    from_to = FROM_BEFORE.search(text, max(0, qa.span.start - 12), qa.span.start) and TO.search(gap)
    each_dated = dated_ok and IN_YEAR.search(gap) and IN_YEAR.match(text, qb.span.end)
    return bool(from_to or each_dated)


def _candidate_pairs(
    amount: Figure, figures: Sequence[Figure], changes: AbstractSet[str]
) -> list[tuple[Figure, Figure]]:
    """Propose pairs whose change fits the stated amount, one per pair of values. A figure
    that is itself a change (its id in `changes`: 'a 30% decrease', 'fell 0.97%') is no
    level a change is measured between."""
    q = amount.quantity
    kinds = pool_kinds(q)
    any_unit = q.kind in PERCENTS
    groups: dict[tuple[QuantityKind, str | None], dict[float, Figure]] = {}
    for f in sorted(figures, key=_representative_rank):
        fq = f.quantity
        if (
            fq.kind in kinds
            and (any_unit or fq.unit == q.unit)
            and f is not amount
            and f.role is not Role.HEADLINE
            and fq.id not in changes
        ):
            groups.setdefault((fq.kind, fq.unit), {}).setdefault(fq.value, f)
    pairs = []
    for by_value in groups.values():
        ordered = sorted(by_value)
        for x in ordered:  # each value, against the values a change of the amount reaches
            reach = {y for lo, hi in windows(q, x) for y in _between(ordered, lo, hi)}
            for y in sorted(v for v in reach if v > x):
                a, b = by_value[x], by_value[y]
                if any(readings(q, a.quantity, b.quantity).values()):
                    pairs.append(_in_time_order(a, b))
    # A small model chooses well among a few options only: keep the pairs nearest the claim.
    nearest = sorted(pairs, key=lambda p: abs(p[1].sentence - amount.sentence))
    return nearest[:MAX_OPTIONS]


def _between(ordered: list[float], lo: float, hi: float) -> list[float]:
    """Return the sorted values from lo to hi."""
    return ordered[bisect.bisect_left(ordered, lo) : bisect.bisect_right(ordered, hi)]


def _representative_rank(f: Figure) -> tuple[int, int]:
    """Prefer a dated body figure to stand for all mentions of the same value."""
    return (f.as_of is None, f.sentence)


def _in_time_order(a: Figure, b: Figure) -> tuple[Figure, Figure]:
    if a.as_of and b.as_of and b.as_of.days.lo < a.as_of.days.lo:
        return b, a
    return a, b


def _period_of(amount: Figure, durations: Sequence[Duration], text: str) -> Duration | None:
    """Return the duration the change is measured over: 'after more than 3 years'."""
    for d in durations:
        same_sentence = amount.quantity.span.end <= d.span.start
        gap = text[amount.quantity.span.end : d.span.start]
        if same_sentence and PERIOD_BEFORE.search(gap) and not re.search(r"[.;!?]", gap):
            return d
    return None


def parts(figures: Sequence[Figure], text: str, chooser: Chooser) -> Iterator[PartOf]:
    """Link 'N out of M', 'M, including N' and 'the most being N' to their whole."""
    for i, f in enumerate(figures):
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if f.quantity.kind not in AMOUNTS:
            continue
        gap = text[f.quantity.span.end : nxt.quantity.span.start] if nxt else ""
        same_kind = nxt is not None and nxt.quantity.kind is f.quantity.kind
        if nxt and same_kind and nxt.sentence == f.sentence and OUT_OF.match(_after_unit(f, gap)):
            yield PartOf(part=f, whole=nxt, cue=_cue_span(f.quantity.span.end, gap))
            continue
        yield from _part_by_cue(f, _before(figures, i), text, chooser)


def totals(figures: Sequence[Figure], text: str) -> Iterator[Total]:
    """Link a stated total to the parts its sentence lists: 'A, B and C, N in all', 'N: A, B'."""
    for i, f in enumerate(figures):
        q = f.quantity
        if q.kind not in AMOUNTS:
            continue
        after = TOTAL_AFTER.match(text, q.unit_span.end if q.unit_span else q.span.end)
        before = TOTAL_BEFORE.search(text, max(0, q.span.start - 20), q.span.start)
        listed: list[Figure] = []
        if after and not after.group("colon"):
            listed = _listed(figures, i, -1, text)
        elif after or before and COLON.match(text, q.span.end):
            listed = _listed(figures, i, 1, text, first_gap=COLON_GAP)
        cue = after or before
        if len(listed) >= 2 and cue is not None:
            span = Span(start=cue.start("cue"), end=cue.end("cue"), text=cue.group("cue"))
            yield Total(total=f, parts=tuple(listed), cue=span)


def _listed(
    figures: Sequence[Figure],
    i: int,
    step: int,
    text: str,
    first_gap: re.Pattern[str] | None = None,
) -> list[Figure]:
    """Return the amounts listed next to figure i (step −1: before it, 1: after it), each
    separated from the next by a comma or 'and' and a few words (the first after a total by
    `first_gap`, a colon)."""
    total = figures[i].quantity
    found: list[Figure] = []
    j, edge = i + step, figures[i]
    while 0 <= j < len(figures) and figures[j].sentence == figures[i].sentence:
        f = figures[j]
        first, second = (f, edge) if step < 0 else (edge, f)
        gap = text[first.quantity.span.end : second.quantity.span.start]
        pattern = first_gap if first_gap is not None and not found else LIST_GAP
        if f.quantity.kind is not total.kind or not pattern.match(gap):
            break
        found.append(f)
        edge, j = f, j + step
    return found if step > 0 else found[::-1]


def _before(figures: Sequence[Figure], i: int, most: int = MAX_OPTIONS - 1) -> list[Figure]:
    """Return up to `most` amounts just before figure i in its sentence, nearest last."""
    found: list[Figure] = []
    j = i - 1
    while j >= 0 and figures[j].sentence == figures[i].sentence and len(found) < most:
        if figures[j].quantity.kind in AMOUNTS:
            found.insert(0, figures[j])
        j -= 1
    return found


def _after_unit(f: Figure, gap: str) -> str:
    unit = f.quantity.unit_span
    return gap[unit.end - f.quantity.span.end :] if unit else gap


def _part_by_cue(
    part: Figure, earlier: Sequence[Figure], text: str, chooser: Chooser
) -> Iterator[PartOf]:
    measured = _dimension(part, text)
    wholes = [  # a sum of money is no part of a count: '41 breaks … about $25K each'
        w
        for w in earlier
        if w.quantity.kind is part.quantity.kind
        and not A_PART_ITSELF.match(text, w.quantity.span.end)
        and _dimension(w, text) == measured
    ]
    if not wholes:
        return
    gap_start = wholes[-1].quantity.span.end
    cue = PART_CUE.search(text, gap_start, part.quantity.span.start)
    if cue is None:
        return
    pick: int | None = 0
    if len(wholes) > 1:
        pick = chooser.choose(
            f"part:{part.quantity.id}",
            f'In "{context(part.quantity.span, text)}", '
            f"{part.quantity.span.text} is a part of which larger figure?",
            [_describe(w, text) for w in wholes],
            ("CC301",),
            near=[part.quantity.span, *(w.quantity.span for w in wholes)],
        )
    if pick is not None:
        yield PartOf(
            part=part,
            whole=wholes[pick],
            cue=Span(start=cue.start(), end=cue.end(), text=cue.group(0)),
        )


def _dimension(f: Figure, text: str) -> str | None:
    """Return the dimension of a figure's physical unit ('35 mm': length), or None."""
    unit = physical_of(f.quantity.unit, text, f.quantity.span.end)
    return unit.dimension if unit else None


def _cue_span(offset: int, gap: str) -> Span:
    m = CUE_OF.search(gap)
    assert m is not None  # OUT_OF matched this gap
    return Span(start=offset + m.start(), end=offset + m.end(), text=m.group(0))


def ratios(figures: Sequence[Figure], text: str, chooser: Chooser) -> Iterator[Ratio]:
    """Link 'N, nearly 6 times more than X' to N and to any figure that could be X's, within
    SILENCE_REACH characters."""
    near = _Nearby(figures)
    for i, f in enumerate(figures):
        q = f.quantity
        than = THAN.match(text, q.span.end)
        base = _before(figures, i, 1)
        if q.kind is not QuantityKind.MULTIPLIER or than is None or not base:
            continue
        figure = base[-1]
        implied = quotient(figure.quantity.interval, q.interval)
        fitting = [
            c
            for c in near(q.span)
            if c.quantity.kind in AMOUNTS
            and c is not figure
            and implied is not None
            and overlaps(c.quantity.interval, implied)
            and c.quantity.unit == figure.quantity.unit
        ]
        other = Span(
            start=than.start("other"), end=than.end("other"), text=than.group("other").strip()
        )
        pick = (
            chooser.choose(
                f"ratio:{q.id}",
                f'The text says "{context(q.span, text)}". Which figure counts '
                f'the same thing for "{other.text}"?',
                [_describe(c, text) for c in fitting],
                ("CC102",),
                near=[q.span, *(c.quantity.span for c in fitting)],
            )
            if fitting
            else None
        )
        yield Ratio(
            figure=figure,
            factor=q,
            other=other,
            candidates=(fitting[pick],) if pick is not None else (),
        )


def attributions(
    figures: Sequence[Figure], sentences: list[Sentence], text: str, chooser: Chooser
) -> Iterator[Attribution]:
    """Find figures credited to a party that the text says did not comment on them, within
    SILENCE_REACH characters of the silence (an article's length: a long text of many
    articles costs time in proportion to its length)."""
    near = _Nearby(figures)
    for silence in non_comments(sentences):
        for f in near(silence.span):
            if not _credited_to(f, silence.about):
                continue
            for party in f.sources:
                if silence.about and same_name(party.name, silence.about):
                    continue
                if _is_silent_party(party, silence, f, text, chooser):
                    others = tuple(p for p in f.sources if p is not party)
                    yield Attribution(figure=f, credited=party, silence=silence, others=others)


class _Nearby:
    """The figures of a text looked up by place: those within SILENCE_REACH of a span."""

    def __init__(self, figures: Sequence[Figure]) -> None:
        self.figures = figures
        self.starts = [f.quantity.span.start for f in figures]

    def __call__(self, span: Span) -> Sequence[Figure]:
        lo = bisect.bisect_left(self.starts, span.start - SILENCE_REACH)
        hi = bisect.bisect_right(self.starts, span.end + SILENCE_REACH)
        return self.figures[lo:hi]


def _credited_to(f: Figure, about: str | None) -> bool:
    return about is not None and any(same_name(p.name, about) for p in f.sources)


def _is_silent_party(
    party: Party, silence: NonComment, f: Figure, text: str, chooser: Chooser
) -> bool:
    if same_name(party.name, silence.silent.name):
        return True
    options = [silence.silent.name, *sorted({p.name for p in f.sources if p is not party})]
    by_name = shares_name_words(party.name, options)
    if by_name is not None:  # names decide first; the model only breaks ties
        return by_name == 0
    pick = chooser.choose(
        f"party:{f.quantity.id}:{party.span.start}",
        f'The text says "{context(party.span, text)}". Which of these belongs to the same side '
        f'(the same country, government, company or organisation) as "{party.span.text}"?',
        options,
        ("CC402",),
        near=[party.span, silence.span],
    )
    return pick == 0


def _describe(f: Figure, text: str) -> str:
    when = f" (stated {f.as_of.span.text})" if f.as_of else ""
    return f'"{context(f.quantity.span, text, width=60)}"{when}'


def context(span: Span, text: str, width: int = 90) -> str:
    """Return the span with a few words on each side, cut at sentence ends."""
    start = max(0, span.start - width // 2)
    end = min(len(text), span.end + width // 2)
    left = re.split(r"[.!?]\s|\n", text[start : span.start])[-1]
    right = re.split(r"[.!?](?:\s|$)|\n", text[span.end : end])[0]
    if start > 0 and left == text[start : span.start]:
        left = left.partition(" ")[2]  # drop a word cut in half
    if end < len(text) and right == text[span.end : end]:
        right = right.rpartition(" ")[0]
    return " ".join(f"{left}{span.text}{right}".split())
