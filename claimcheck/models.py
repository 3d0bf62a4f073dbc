"""The pydantic contract between reading and checking.

Every item read from a text carries a `Span` into that text, so a finding can cite its
evidence to the character. Checks see only these models, never raw LLM output.
"""

from __future__ import annotations

import json
import math
from datetime import date
from enum import StrEnum
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator


class Frozen(BaseModel):
    """A frozen model with no extra keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Frozen):
    """A stretch of the input text: offsets into it and the text they cover."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class SourceSpan(Span):
    """A stretch of one of the source documents a text is checked against."""

    source: int = Field(ge=0)


class Interval(Frozen):
    """A closed or open range of values, the honest form of a written figure."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if math.isnan(self.lo) or math.isnan(self.hi) or self.hi < self.lo:
            raise ValueError(f"empty interval [{self.lo}, {self.hi}]")
        return self

    @classmethod
    def point(cls, value: float) -> Interval:
        """Build the interval holding one value."""
        return cls(lo=value, hi=value)


# -- what code reads --------------------------------------------------------------


class QuantityKind(StrEnum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    PERCENT_POINTS = "percentage_points"
    MULTIPLIER = "multiplier"
    FRACTION = "fraction"
    ORDINAL = "ordinal"
    VAGUE = "vague"


class Quantity(Frozen):
    """A figure in the text: '$350 million', 'more than 300,000 soldiers', 'nearly 6 times'."""

    id: str
    span: Span
    value: float
    interval: Interval
    kind: QuantityKind
    qualifier: str | None = None
    unit: str | None = None
    unit_span: Span | None = None


TimeUnit = Literal[
    "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"
]
YearSource = Literal["text", "publication", "later_than_dated_text"]


class Granularity(StrEnum):
    DAY = "day"
    PART_OF_MONTH = "part_of_month"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class DateRef(Frozen):
    """A date or part of a period; `days` holds proleptic ordinals (date.toordinal)."""

    id: str
    span: Span
    days: Interval
    granularity: Granularity
    year_from: YearSource

    @property
    def first(self) -> date:
        return date.fromordinal(int(self.days.lo))

    @property
    def last(self) -> date:
        return date.fromordinal(int(self.days.hi))

    def label(self) -> str:
        """Render as '2024-03-14' or '2023-11-21..2023-11-30'."""
        first, last = self.first.isoformat(), self.last.isoformat()
        return first if first == last else f"{first}..{last}"


class Duration(Frozen):
    """A length of time: 'more than 3 years', '3.5 months'; `days` is its interval in days."""

    id: str
    span: Span
    amount: float
    unit: TimeUnit
    qualifier: str | None = None
    days: Interval
    amount_is_vague: bool = False


class OrdinalPeriod(Frozen):
    """'has entered its third year', 'in the second year of the conflict'."""

    id: str
    span: Span
    n: int = Field(ge=1)
    unit: TimeUnit
    entered: bool
    event: str | None = None


class Since(Frozen):
    """'since the beginning of the conflict': the time from an event's start until it is said."""

    id: str
    span: Span
    event: str | None = None


class Skipped(Frozen):
    """A number-like or date-like token that was not read as a typed mention, and why."""

    span: Span
    reason: str


class Reading(Frozen):
    """Everything the deterministic reading found in one text."""

    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateRef, ...] = ()
    durations: tuple[Duration, ...] = ()
    ordinals: tuple[OrdinalPeriod, ...] = ()
    since: tuple[Since, ...] = ()
    skipped: tuple[Skipped, ...] = ()


# -- what the extraction stage links -----------------------------------------------


class Role(StrEnum):
    HEADLINE = "headline"
    LEAD = "lead"
    BODY = "body"


class Sentence(Frozen):
    index: int
    span: Span
    role: Role
    paragraph: int


class Party(Frozen):
    """Someone who states, records or declines to comment on a figure."""

    name: str
    span: Span
    cue: Literal["according_to", "said", "recorded", "not_commented"]


class Figure(Frozen):
    """A quantity with what the surrounding text says about it."""

    quantity: Quantity
    sentence: int
    role: Role
    in_quote: bool
    as_of: DateRef | None = None
    sources: tuple[Party, ...] = ()
    metric: Span | None = None


class Change(Frozen):
    """'about 50,000 more soldiers after more than 3 years': an amount, two figures, a period."""

    amount: Quantity
    earlier: Figure
    later: Figure
    duration: Duration | None = None
    falling: bool = False


class PartOf(Frozen):
    """'159,000 ... including' / '5,962 out of 13,387': a part and its whole."""

    part: Figure
    whole: Figure
    cue: Span


class Total(Frozen):
    """'12 cars, 5 vans and 3 lorries, 20 vehicles in all': listed parts and their total."""

    total: Figure
    parts: tuple[Figure, ...]
    cue: Span


class Ratio(Frozen):
    """'180,000 ..., nearly 6 times more than Ukraine': a figure, a factor and the other side."""

    figure: Figure
    factor: Quantity
    other: Span
    candidates: tuple[Figure, ...] = ()


class NonComment(Frozen):
    """'X has not commented on Y's information'."""

    silent: Party
    about: str | None
    span: Span


class Attribution(Frozen):
    """A figure credited to a party that the model judged to be the silent party."""

    figure: Figure
    credited: Party
    silence: NonComment
    others: tuple[Party, ...]


class PeriodClaim(Frozen):
    """An ordinal period with the date it was stated."""

    period: OrdinalPeriod
    as_of: DateRef | None


class EventDuration(Frozen):
    """A duration stated in a sentence that speaks of an event ('since the start of the war')."""

    duration: Duration
    event: str
    as_of: DateRef | None


class Sequel(Frozen):
    """'In 1990 … Two years later, in 1993, …': a stated time between two dated events."""

    duration: Duration
    earlier: DateRef
    later: DateRef


class WeekdaySequel(Frozen):
    """'On Monday … Two days later, on Friday, …': a stated time between two weekdays."""

    duration: Duration
    earlier: Span
    later: Span


class Order(Frozen):
    """'in May 1947, before … in 1952': a sentence that says one dated event came first."""

    first: DateRef
    then: DateRef
    cue: Span


class Elapsed(Frozen):
    """'In 1995, three years after its founding': a time counted from an event the text dates
    elsewhere ('founded in 1998'), at a date of its own."""

    duration: Duration
    relation: Literal["before", "after", "into"]
    cue: Span
    reference: Span
    since: DateRef
    at: DateRef


class Delay(Frozen):
    """How soon one event follows: 'Watson seeks help immediately' (no delay) or 'Watson
    waits several hours before seeking help' (a delay of some hours)."""

    span: Span
    days: Interval
    event: Span
    event_key: str
    subject: Span | None = None
    subject_key: str | None = None
    sentence: int


class Lasting(Frozen):
    """How long one event lasted: written ('served for ten years', 'the six-year war') or
    given by its two dates ('served from 1990 to 1995')."""

    spans: tuple[Span, ...]
    days: Interval
    written: bool
    event_key: str
    subject_key: str | None = None
    sentence: int


class SourceMatch(Frozen):
    """A value of the text and what the sources say of it."""

    span: Span
    kind: str
    value: str
    status: Literal["supported", "contradicted", "unsupported"]
    evidence: tuple[SourceSpan, ...] = ()
    # Why a value that is in a source is contradicted: "the text denies it, the source does not".
    detail: str | None = None


class StatementKind(StrEnum):
    FIGURE = "figure"
    DATE = "date"
    AGE = "age"
    ORDINAL = "ordinal"  # 'Thriller is the sixth studio album by Michael Jackson'


Direction = Literal["up", "down"]
Resolver = Literal["parse", "alias", "carried", "model", "only_candidate"]


class Statement(Frozen):
    """What one figure, date or age says: what it measures, of whom, when, by whose account.

    Every field is a span of the text or empty. The keys are the lower-case lemmas code
    compares, so 'was killed' and 'were killed' are one event.
    """

    id: str
    kind: StatementKind
    value: Span
    interval: Interval
    unit: str | None = None
    sentence: int
    measure: Span | None = None
    event: Span | None = None
    subject: Span | None = None
    period: DateRef | None = None
    party: Span | None = None
    direction: Direction | None = None
    negated: bool = False
    measure_key: str | None = None
    event_key: str | None = None
    subject_key: str | None = None
    subject_from: Resolver | None = None
    # What a dated event was done to: 'X' in 'Smith founded X in 1901' and in 'X was founded
    # in 1901'. Two dates of one event are compared by it, whoever did it.
    patient_key: str | None = None
    # The one event a count was done in: 'the attack' in 'the attack killed 70 people' and
    # in '50 people were killed in the attack'. Two counts of one measure and event in it
    # are compared, whoever reports them.
    occasion_key: str | None = None
    # The named place a figure's deed was done in: 'texas' in 'the storm killed 12 people in
    # Texas'. Two figures of two places are two statements.
    place_key: str | None = None
    # The count is of a whole set the text knows by a deed ('the seven captured pirates':
    # all the pirates captured), so a count of that deed by no one named is of it too.
    whole: bool = False
    # The count is of some of a set it names with 'of' ('four of those counts', 'three of
    # the victims'): a part of that set, never its size.
    some_of: bool = False
    # The verb is in the present tense ('has', 'is valued'): the statement holds now.
    present: bool = False
    # The deed was done in some event named with 'a' ('killed in a crash'): another count
    # of that deed may be of another event.
    some_occasion: bool = False
    # The events of verbs joined to its own that share its counted subject: 'three children
    # swallowed the beads and were hospitalized' counts the children hospitalized too.
    also_events: tuple[str, ...] = ()
    # Which end of a stretch a date is: 'from' 1990 'to' 1995. Either end is compared only
    # with the same end of the deed's other stretches.
    stretch: Literal["from", "to"] | None = None
    # The lemmas of the content words of the value's own clause, which a passage restating
    # it shares ('schoolgirl', 'hospital', 'qom'): see claimcheck.statements.clauses.
    clause: tuple[str, ...] = ()
    # The words of that clause that tell which one of a kind it is of: names and words like
    # 'first' ('the first attack', 'Smith founded Acme'), lower-cased.
    clause_names: tuple[str, ...] = ()
    # The kind of each of those names the parse knows ('place', 'person', 'group',
    # 'organisation' or 'thing'), as (name, kind) pairs.
    clause_name_kinds: tuple[tuple[str, str], ...] = ()


class Restatement(Frozen):
    """A statement whose value, blanked in its sentence, the model filled from another's:
    the rest of the text gives that value again (CC804 compares the two)."""

    statement: str
    answer: str


class Timing(Frozen):
    """'began construction during World War I': an event placed before, during or after another."""

    span: Span
    relation: Literal["before", "during", "after"]
    reference: Span
    # What is compared of the reference: its words, or for a clause ('after graduating from
    # Yale', 'before he graduated from Yale') its verb's lemma and the lemmas of its objects.
    reference_key: str
    event: Span
    event_key: str
    subject: Span | None = None
    subject_key: str | None = None
    subject_named: bool = False
    sentence: int


class Claims(Frozen):
    """Everything the checks judge: figures and the links between them."""

    text: str
    published: date | None
    sentences: tuple[Sentence, ...]
    figures: tuple[Figure, ...]
    dates: tuple[DateRef, ...]
    durations: tuple[Duration, ...]
    ordinals: tuple[OrdinalPeriod, ...]
    changes: tuple[Change, ...] = ()
    parts: tuple[PartOf, ...] = ()
    totals: tuple[Total, ...] = ()
    ratios: tuple[Ratio, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    periods: tuple[PeriodClaim, ...] = ()
    event_durations: tuple[EventDuration, ...] = ()
    sequels: tuple[Sequel, ...] = ()
    weekday_sequels: tuple[WeekdaySequel, ...] = ()
    orders: tuple[Order, ...] = ()
    source_matches: tuple[SourceMatch, ...] = ()
    quotes: tuple[Span, ...] = ()
    statements: tuple[Statement, ...] = ()
    timings: tuple[Timing, ...] = ()
    elapsed: tuple[Elapsed, ...] = ()
    delays: tuple[Delay, ...] = ()
    lastings: tuple[Lasting, ...] = ()
    restatements: tuple[Restatement, ...] = ()


# -- what the checks say ---------------------------------------------------------


class Severity(StrEnum):
    """How serious a finding is. Compares by seriousness: INFO < WARNING < ERROR."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return SEVERITY_RANK[self.value]

    def __lt__(self, other: str) -> bool:
        return self.rank < Severity(other).rank

    def __le__(self, other: str) -> bool:
        return self.rank <= Severity(other).rank

    def __gt__(self, other: str) -> bool:
        return self.rank > Severity(other).rank

    def __ge__(self, other: str) -> bool:
        return self.rank >= Severity(other).rank


SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
# Every rule id, so mypy refuses a misspelt one in a rule, a finding or a question. A rule's
# id is never reused or renumbered; tests/checks/test_registry.py pins the registered set.
RuleId = Literal[
    "CC101", "CC102", "CC103", "CC104",
    "CC201", "CC202", "CC203", "CC204", "CC205", "CC206", "CC207", "CC208", "CC209", "CC210",
    "CC301", "CC302",
    "CC401", "CC402", "CC403",
    "CC501", "CC502",
    "CC601",
    "CC701", "CC702", "CC703", "CC704", "CC705",
    "CC801", "CC802", "CC803", "CC804",
]  # fmt: skip


class Status(StrEnum):
    INCONSISTENT = "inconsistent"
    CONSISTENT = "consistent"
    UNVERIFIABLE = "unverifiable"
    NOT_CHECKED = "not_checked"


class Finding(Frozen):
    rule: RuleId
    severity: Severity
    status: Status
    message: str
    computation: str
    spans: tuple[Span, ...]
    sources: tuple[SourceSpan, ...] = ()


class Failure(Frozen):
    """A part of the work that could not be done, and the checks it held back."""

    part: str
    error: str
    skipped_checks: tuple[RuleId, ...] = ()


class Coverage(Frozen):
    figures: int
    dates: int
    durations: int
    ordinals: int
    checked: int
    skipped: tuple[Skipped, ...]
    llm_calls: int
    prompt_tokens: int = 0
    completion_tokens: int = 0
    # Answers that came from the answer cache instead of a model call.
    cached_answers: int = 0
    not_compared: tuple[Skipped, ...] = ()


# The JSON's schema: 3 added `produced` (version, model, endpoint, the text's hash).
SCHEMA_VERSION = 3
Endpoint = Literal["live", "cassette", "none"]


class Produced(Frozen):
    """What produced a report, so that a reader can reproduce it: the text checked (its hash
    and length in JSON), claimcheck's version, the model and how it was reached."""

    claimcheck_version: str
    model: str
    endpoint: Endpoint
    cassette: str | None = None
    text_sha256: str
    text_chars: int
    # Offsets count a title placed before the text: this many characters (title + "\n\n").
    title_chars: int = 0
    # The file each source index names, when the caller gave names (the CLI does).
    sources: tuple[str, ...] = ()
    # The document the offsets index, title included; kept for rendering, not serialised.
    text: str = Field(default="", exclude=True, repr=False)


class Report(Frozen):
    findings: tuple[Finding, ...]
    coverage: Coverage
    statements: tuple[Statement, ...] = ()
    assumptions: tuple[str, ...] = ()
    failures: tuple[Failure, ...] = ()
    produced: Produced | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def complete(self) -> bool:
        """Tell whether every question was asked and answered, so every check ran in full."""
        return not self.failures

    def to_json(self) -> str:
        """Serialise with a stable key order, so two runs compare byte for byte."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready payload, schema version first."""
        return {"schema_version": SCHEMA_VERSION, **self.model_dump(mode="json")}

    @classmethod
    def from_json(cls, payload: str | bytes) -> Report:
        """Read back what to_json wrote (the text it was checked on is not kept there).

        A report of another schema version is refused, naming both versions."""
        data = json.loads(payload)
        version = data.pop("schema_version", None)
        if version != SCHEMA_VERSION:
            raise ValueError(
                f"report schema version {version}, this claimcheck reads {SCHEMA_VERSION}"
            )
        data.pop("complete", None)  # computed from the failures
        return cls.model_validate(data)

    @property
    def document(self) -> str:
        """The text the offsets index, title included; empty for a report built by hand."""
        return self.produced.text if self.produced else ""

    def _repr_html_(self) -> str:
        """Show the report as its HTML page in a notebook."""
        from claimcheck.report.html import render_html  # the renderer imports this module

        return render_html(self, self.document)
