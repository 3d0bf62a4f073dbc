"""Assemble Claims from the deterministic reading, the layout, the cues and the model's picks."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date

from claimcheck.extract import links
from claimcheck.extract.ask import Chooser
from claimcheck.extract.layout import locator, quotes, sentences
from claimcheck.extract.parties import parties_in
from claimcheck.models import (
    Claims,
    DateRef,
    Duration,
    EventDuration,
    Figure,
    Order,
    Party,
    PeriodClaim,
    Quantity,
    QuantityKind,
    Reading,
    Sentence,
    Sequel,
    Span,
    WeekdaySequel,
)
from claimcheck.normalize.spans import Occupied
from claimcheck.normalize.words import WEEKDAY

METRIC_AFTER = re.compile(
    r"[\s”’\"]*(?:(?:had|have|has|were|was|been|are|is|being)\s+)*(?P<m>\w+ed|\w+en|died|dead|"
    r"lost|missing)(?:\s+(?:or|and)\s+(?:\w+ed|\w+en|died|dead|missing))?\b"
)
METRIC_BEFORE = re.compile(r"(?P<m>\b[a-z]{3,})[\s“\"]+$")
# 'two years later', 'three years on', 'five years afterwards'.
LATER = re.compile(r"[,\s]+(?:later|on|afterwards?)\b", re.IGNORECASE)
SEQUEL_REACH = 3
# 'two days later, on Friday' and 'two days later, Friday'.
ON_WEEKDAY = re.compile(rf"[,\s]+(?:on\s+)?(?P<day>{WEEKDAY.pattern})")
# 'in 1947, before … in 1952': the first date's event came first; 'after' turns it round.
ORDER_CUE = re.compile(
    r"\b(?P<cue>before|after|until|following|prior\s+to|(?<=and\s)then|(?<=,\s)then)\b",
    re.IGNORECASE,
)
# A cue that opens a sentence and the clause of its first date: 'After graduating in 1952, …'.
LEADING_CUE = re.compile(
    r"\s*[\"“(]?\s*(?P<cue>after|before|following|prior\s+to)\b[^,;]*$", re.IGNORECASE
)
AFTER_WORDS = {"after", "following"}
# A new clause between a date and an order cue: the cue orders that clause's event, not the
# date's ('approved in 1867, but he died three weeks after his fall in 1869').
NEW_CLAUSE = re.compile(r"[;:]|,\s*(?:but|and|while|whereas|yet|so|although|though)\b", re.I)
ORDER_REACH = 120
NOT_METRIC = {
    "that",
    "with",
    "from",
    "than",
    "about",
    "including",
    "and",
    "the",
    "for",
    "had",
    "have",
    "has",
    "were",
    "was",
    "are",
    "over",
    "some",
    "only",
    "least",
    "total",
}


def extract(
    text: str, reading: Reading, chooser: Chooser, published: date | None, has_title: bool = False
) -> Claims:
    """Build every figure with its context, then the links the checks judge."""
    sents = sentences(text, has_title)
    at = locator(sents)

    def sentence_of(span: Span) -> Sentence:
        return at(span.start)

    first_date = first_dates(reading.dates, at)
    dated = [d for d in reading.dates if d.year_from == "text"]  # in text order
    quote_spans = quotes(text)
    quoted = Occupied(quote_spans)
    sources = _sources(sents)
    figures = [
        _figure(q, sentence_of(q.span), first_date, quoted, sources, text)
        for q in reading.quantities
        if q.kind is not QuantityKind.ORDINAL
    ]
    return Claims(
        text=text,
        published=published,
        sentences=tuple(sents),
        figures=tuple(figures),
        dates=reading.dates,
        durations=reading.durations,
        ordinals=reading.ordinals,
        changes=tuple(links.changes(figures, reading.durations, text, chooser)),
        parts=tuple(links.parts(figures, text, chooser)),
        totals=tuple(links.totals(figures, text)),
        ratios=tuple(links.ratios(figures, text, chooser)),
        attributions=tuple(links.attributions(figures, sents, text, chooser)),
        periods=tuple(
            PeriodClaim(period=p, as_of=first_date.get(sentence_of(p.span).index))
            for p in reading.ordinals
        ),
        event_durations=tuple(_event_durations(reading, sentence_of, first_date)),
        weekday_sequels=tuple(_weekday_sequels(reading.durations, text, sentence_of)),
        sequels=tuple(_sequels(reading.durations, dated, text, sentence_of)),
        orders=tuple(_orders(dated, text, sentence_of)),
        quotes=tuple(Span(start=s, end=e, text=text[s:e]) for s, e in quote_spans),
    )


def _sources(sents: list[Sentence]) -> dict[int, tuple[Party, ...]]:
    """Return the parties each sentence credits, carrying 'he said' back to the last name."""
    out: dict[int, tuple[Party, ...]] = {}
    previous: Party | None = None
    for s in sents:
        found = [p for p in parties_in(s, previous) if p.cue != "not_commented"]
        out[s.index] = tuple(found)
        previous = found[-1] if found else previous
    return out


def _figure(
    q: Quantity,
    sentence: Sentence,
    first_date: dict[int, DateRef],
    quoted: Occupied,
    sources: dict[int, tuple[Party, ...]],
    text: str,
) -> Figure:
    return Figure(
        quantity=q,
        sentence=sentence.index,
        role=sentence.role,
        in_quote=quoted.covers(q.span.start),
        as_of=first_date.get(sentence.index),
        sources=sources[sentence.index],
        metric=_metric(q, text),
    )


def _metric(q: Quantity, text: str) -> Span | None:
    """Return the words that say what a figure counts: 'killed or wounded', 'lost'."""
    end = q.unit_span.end if q.unit_span else q.span.end
    after = METRIC_AFTER.match(text, end)
    if after:
        start = after.start("m")
        return Span(start=start, end=after.end(), text=text[start : after.end()])
    before = METRIC_BEFORE.search(text, max(0, q.span.start - 30), q.span.start)
    if before and before.group("m") not in NOT_METRIC:
        return Span(start=before.start("m"), end=before.end("m"), text=before.group("m"))
    return None


def first_dates(dates: Sequence[DateRef], at: Callable[[int], Sentence]) -> dict[int, DateRef]:
    """Return the first date of each sentence, by sentence index: it says when the sentence's
    figures were given. `dates` are in text order, as the reading gives them."""
    found: dict[int, DateRef] = {}
    for d in dates:
        found.setdefault(at(d.span.start).index, d)
    return found


# 'ten years after', and what may stand between the date it counts to and the length: 'In
# 1995, ten years after …', 'released in 2005, two years after …'.
AFTER_CLAUSE = re.compile(r"\s+after\b", re.IGNORECASE)
BEFORE_LENGTH = re.compile(r"^\s*[,(–—-]\s*(?:some\s+|about\s+|just\s+|only\s+)?$")
# How many words may stand between a date and the 'N years later' that it is the date of.
NEAR_WORDS = 3
# Between 'five years later' and the date that says when: ', in 1998', ' (1998'.
AT_ONCE_AFTER = re.compile(r"^\s*[,(]?\s*(?:in|on|by)?\s*$", re.IGNORECASE)


def _sequels(
    durations: Sequence[Duration],
    dated: list[DateRef],
    text: str,
    sentence_of: Callable[[Span], Sentence],
) -> Iterator[Sequel]:
    """Pair 'N years later' with the date of its sentence and the last date before it.

    Both dates must be written with their year (`dated`, in text order), and the earlier one
    must stand within the few sentences before: further back, 'later' may count from an event
    the text left.
    """
    starts = [d.span.start for d in dated]
    for t in durations:
        counted = _counted_back(t, dated, starts, text)
        if counted is not None:
            yield counted
            continue
        later = LATER.match(text, t.span.end)
        if later is None or t.amount_is_vague:
            continue
        sentence = sentence_of(t.span)
        first = bisect.bisect_left(starts, sentence.span.start)
        own = dated[first : bisect.bisect_left(starts, sentence.span.end)]
        before = [d for d in own if d.span.end <= t.span.start]
        after = [d for d in own if d.span.start >= later.end()]
        if before and after and AT_ONCE_AFTER.match(text[later.end() : after[0].span.start]):
            # 'married in 1990 and divorced five years later, in 1998'
            yield Sequel(duration=t, earlier=before[-1], later=after[0])
            continue
        if len(own) != 1 or first == 0 or _counts_from(own[0], t, text):
            continue
        earlier = dated[first - 1]
        if sentence.index - sentence_of(earlier.span).index <= SEQUEL_REACH:
            yield Sequel(duration=t, earlier=earlier, later=own[0])


def _counts_from(date: DateRef, t: Duration, text: str) -> bool:
    """Tell whether 'N years later' counts from a date before it in its sentence, not to it:
    'resigned in 1834 to care for his wife, who succumbed two years later'. A date just
    before the length is the later event's own ('In 1993, two years later, …')."""
    gap = text[date.span.end : t.span.start]
    return date.span.end <= t.span.start and len(gap.split()) > NEAR_WORDS


def _counted_back(t: Duration, dated: list[DateRef], starts: list[int], text: str) -> Sequel | None:
    """Pair 'In 1995, ten years after founding the firm in 1985' with its two dates: the one
    just before the length, and the one inside its 'after' clause (no comma between)."""
    cue = AFTER_CLAUSE.match(text, t.span.end)
    if cue is None or t.amount_is_vague:
        return None
    at = bisect.bisect_left(starts, t.span.start)
    if at == 0 or at >= len(dated):
        return None
    later, earlier = dated[at - 1], dated[at]
    if not BEFORE_LENGTH.match(text[later.span.end : t.span.start]):
        return None
    if re.search(r"[,;:.()]", text[cue.end() : earlier.span.start]):
        return None
    return Sequel(duration=t, earlier=earlier, later=later)


def _weekday_sequels(
    durations: Sequence[Duration], text: str, sentence_of: Callable[[Span], Sentence]
) -> Iterator[WeekdaySequel]:
    """Pair 'two days later, on Friday' with the last weekday named before it, within the
    few sentences before."""
    days = [Span(start=m.start(), end=m.end(), text=m.group(0)) for m in WEEKDAY.finditer(text)]
    for t in durations:
        later = LATER.match(text, t.span.end)
        if later is None or t.amount_is_vague or t.unit not in ("day", "week"):
            continue
        on = ON_WEEKDAY.match(text, later.end())
        if on is None:
            continue
        stated = Span(start=on.start("day"), end=on.end("day"), text=on.group("day"))
        before = [d for d in days if d.end <= t.span.start]
        if before and sentence_of(t.span).index - sentence_of(before[-1]).index <= SEQUEL_REACH:
            yield WeekdaySequel(duration=t, earlier=before[-1], later=stated)


def _orders(
    dated: list[DateRef], text: str, sentence_of: Callable[[Span], Sentence]
) -> Iterator[Order]:
    """Find two dated events of one sentence put in order: 'in 1947, before … in 1952',
    'in 1952 and then … in 1950', or 'After graduating in 1952, he joined … in 1950'."""
    for a, b in zip(dated, dated[1:], strict=False):
        sentence = sentence_of(a.span)
        if sentence.index != sentence_of(b.span).index or b.span.start - a.span.end > ORDER_REACH:
            continue
        cue = ORDER_CUE.search(text, a.span.end, b.span.start)
        if cue is not None:  # 'A before B', 'A after B', 'A and then B'
            if cue.group("cue").lower() != "then" and NEW_CLAUSE.search(
                text, a.span.end, cue.start()
            ):
                continue
            b_first = cue.group("cue").lower() in AFTER_WORDS
        else:  # 'After A, B' and 'Before A, B': the cue opens the first date's clause
            cue = LEADING_CUE.match(text, sentence.span.start, a.span.start)
            if cue is None or "," not in text[a.span.end : b.span.start]:
                continue
            b_first = cue.group("cue").lower() not in AFTER_WORDS
        span = Span(start=cue.start("cue"), end=cue.end("cue"), text=cue.group("cue"))
        first, then = (b, a) if b_first else (a, b)
        yield Order(first=first, then=then, cue=span)


def _event_durations(
    reading: Reading, sentence_of: Callable[[Span], Sentence], first_date: dict[int, DateRef]
) -> list[EventDuration]:
    """Pair each duration with the events that ordinal periods name in its sentence."""
    events = {p.event for p in reading.ordinals if p.event}
    out = []
    for d in reading.durations:
        sentence = sentence_of(d.span)
        words = set(re.findall(r"\w+", sentence.span.text.lower()))
        for event in sorted(events & words):
            out.append(EventDuration(duration=d, event=event, as_of=first_date.get(sentence.index)))
    return out
