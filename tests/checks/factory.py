"""Build Claims by hand, so each check is tested without reading text or calling a model."""

from datetime import date

from claimcheck.models import (
    Claims,
    DateRef,
    Duration,
    Figure,
    Granularity,
    Interval,
    OrdinalPeriod,
    Party,
    Quantity,
    QuantityKind,
    Role,
    Span,
)

_next = iter(range(0, 10**9, 100))


def span(text):
    start = next(_next)
    return Span(start=start, end=start + len(text), text=text)


def figure(
    lo,
    hi=None,
    *,
    text=None,
    unit="soldiers",
    role=Role.BODY,
    as_of=None,
    metric=None,
    kind=QuantityKind.COUNT,
    sources=(),
    sentence=0,
    lo_open=False,
    hi_open=False,
):
    hi = lo if hi is None else hi
    q = Quantity(
        id=f"Q{lo}",
        span=span(text or f"{lo:,}"),
        value=lo,
        interval=Interval(lo=lo, hi=hi, lo_open=lo_open, hi_open=hi_open),
        kind=kind,
        unit=unit,
    )
    return Figure(
        quantity=q,
        sentence=sentence,
        role=role,
        in_quote=False,
        as_of=as_of,
        sources=tuple(sources),
        metric=span(metric) if metric else None,
    )


def amount(lo, hi, text="about"):
    return figure(lo, hi, text=text).quantity


def day(first, last=None, text="on a day"):
    last = last or first
    return DateRef(
        id="D",
        span=span(text),
        days=Interval(lo=first.toordinal(), hi=last.toordinal()),
        granularity=Granularity.DAY,
        year_from="text",
    )


def duration(lo_days, hi_days, text="a while", lo_open=False, hi_open=False):
    return Duration(
        id="T",
        span=span(text),
        amount=1,
        unit="year",
        days=Interval(lo=lo_days, hi=hi_days, lo_open=lo_open, hi_open=hi_open),
    )


def ordinal(n, entered, event="war", text="its nth year"):
    return OrdinalPeriod(id="P", span=span(text), n=n, unit="year", entered=entered, event=event)


def party(name, cue="said"):
    return Party(name=name, span=span(name), cue=cue)


def claims(published=date(2024, 3, 14), **links):
    return Claims(
        text="",
        published=published,
        sentences=(),
        figures=links.pop("figures", ()),
        dates=(),
        durations=(),
        ordinals=(),
        **links,
    )
