"""Whom a subject names: code lists the names near it, the model picks one of them."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from claimcheck.extract.ask import Chooser
from claimcheck.extract.links import context
from claimcheck.models import Resolver, Span, Statement, StatementKind
from claimcheck.normalize.names import same_name
from claimcheck.statements.propose import (
    WEEKDAY_UNIT,
    Parsed,
    clause_verb,
    named_as,
    subject_key_of,
)
from claimcheck.statements.vocabulary import (
    PERSONAL_PRONOUNS,
    PRONOUN_CASES,
    PRONOUNS,
    SUBJECTS,
    THING_PRONOUNS,
    is_birth,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as Span_
    from spacy.tokens import Token

NAMES_FOR = {
    "personal": ("PERSON",),
    "thing": ("ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"),
}
MAX_NAMES = 3
# How many sentences back a subject pronoun carries a subject from.
CARRY = 3
# Entity types a 'he' or an 'it' never stands for.
NEVER_HOLDERS = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL"})
# The word an age written as a noun is parsed as: 'The 54-year-old was charged'.
AGE_AS_NOUN = "old"
# The pronouns of one person or thing, which never stand for a plural.
SINGULAR = frozenset({"it", "he", "she"})
# How many names back a pronoun's candidates are looked for.
LOOK_BACK = 50


def resolve(
    statements: list[Statement],
    parsed: Parsed,
    text: str,
    chooser: Chooser,
    title: str | None = None,
    aliases: dict[str, str] | None = None,
) -> Iterator[Statement]:
    """Give a pronoun subject the name it stands for, where a comparison depends on it.

    A pronoun ('he', 'it') stands for a name before it: with one candidate code decides,
    with more the model picks. A common noun ('the singer') is left as it is: asked whom
    'the girl' is, the model named the suspect of the same article, in both option orders.
    """
    names = _names(parsed)
    compared = _Comparable(statements)
    for s in statements:
        said = s.subject.text.lower() if s.subject is not None else ""
        # 'The 54-year-old was charged': an age that is its own subject names a person
        bare_age = s.kind is StatementKind.AGE and said == AGE_AS_NOUN
        if s.subject is None or said not in PRONOUNS and not bare_age or not compared(s):
            yield s
            continue
        pronoun = said
        owner = _clause_subject(parsed, s.subject, pronoun, aliases)
        if owner is not None:  # 'The manuscript is missing its first twelve chapters'
            yield named_as(s, owner, "carried")
            continue
        carried = _carried(parsed, s.subject, None if bare_age else pronoun, title, aliases)
        if carried is None and bare_age:
            carried = _only_person_before(parsed, s.subject)
        if carried is None and bare_age:
            yield s  # a common noun is not put to the model (see above)
            continue
        if carried is not None:
            yield named_as(s, carried, "carried")
            continue
        kinds = NAMES_FOR["personal" if pronoun in PERSONAL_PRONOUNS else "thing"]
        candidates = _nearest(names, s.subject.start, kinds)
        if not candidates:
            candidates = _subject_before(parsed, s.subject.start, _kind(pronoun))
        pick: int | None = 0 if len(candidates) == 1 else None
        if len(candidates) > 1:
            pick = chooser.choose(
                f"subject:{s.id}",
                f'The text says "{context(s.subject, text)}". Who or what is '
                f'"{s.subject.text}" here?',
                [c.text for c in candidates],
                ("CC801", "CC802", "CC803", "CC804"),
                near=[s.subject, *candidates],
            )
        if pick is None:
            yield s
            continue
        chosen: Resolver = "only_candidate" if len(candidates) == 1 else "model"
        yield named_as(s, candidates[pick].text.lower(), chosen)


class _Comparable:
    """Tell whether another statement could state the same thing, so the subject decides."""

    def __init__(self, statements: list[Statement]) -> None:
        self.keys = Counter(k for s in statements for k in _keys(s))

    def __call__(self, s: Statement) -> bool:
        if s.kind is StatementKind.AGE:
            return self.keys["age"] > 1 or self.keys["birth"] > 0
        if is_birth(s):
            return self.keys["age"] > 0 or self.keys["birth"] > 1
        return any(self.keys[k] > 1 for k in _keys(s))


def _keys(s: Statement) -> list[str]:
    if s.kind is StatementKind.AGE:
        return ["age"]
    if is_birth(s):
        return ["birth"]
    if s.kind is StatementKind.FIGURE and s.measure_key == WEEKDAY_UNIT:
        return []  # a day of the week is compared where code names its doer, never asked
    if s.kind is StatementKind.FIGURE and s.measure_key:
        return [f"figure|{s.measure_key}"]
    if s.kind is StatementKind.DATE and s.event_key:
        return [f"date|{s.event_key}"]
    if s.kind is StatementKind.ORDINAL and s.measure_key:
        return [f"rank|{s.measure_key}"]
    return []


def _kind(pronoun: str) -> Callable[[Token], bool]:
    """Return what a subject must be for a pronoun to stand for it."""
    if pronoun in THING_PRONOUNS:
        return _definite_noun
    if pronoun in PERSONAL_PRONOUNS:
        return lambda t: t.pos_ == "PROPN"
    return lambda t: t.pos_ == "PROPN" or _definite_noun(t)  # 'they': the couple, the Smiths


def _subject_before(parsed: Parsed, offset: int, fits: Callable[[Token], bool]) -> list[Span]:
    """Return what a pronoun most likely stands for when the parse found no name of its
    kind near it: the last subject before it that can be, in its own sentence or the CARRY
    before (passing over subjects that are pronouns: 'The bridge opened. It is long. Since
    its opening …'). For
    'it', a subject written as 'the' and a noun ('The bridge opened in 1931. … when it
    opened'); for 'he' or 'she', a proper noun (the parse may tag a surname as a company);
    for 'they', either."""
    at = bisect.bisect_right(parsed.chunks, offset, key=lambda chunk: chunk[0]) - 1
    for chunk_offset, doc in reversed(parsed.chunks[max(0, at - CARRY) : at + 1]):
        found = [t for t in doc if t.dep_ in SUBJECTS and chunk_offset + t.idx < offset and fits(t)]
        if found:
            noun = found[-1]
            key = subject_key_of(noun) or noun.lower_
            start = chunk_offset + noun.idx
            return [Span(start=start, end=start + len(noun.text), text=key)]
    return []


def _carried(
    parsed: Parsed,
    pronoun: Span,
    word: str | None,
    title: str | None = None,
    aliases: dict[str, str] | None = None,
) -> str | None:
    """Return the name a sentence's subject pronoun carries on from the sentences before it.

    A pronoun that is its sentence's subject most often names the subject of the sentence
    before ('Æthelnoth became a monk. He was consecrated in 1020.'), or of the last one
    whose subject was not itself a pronoun. That subject must be a name, and not a place;
    for 'he' and 'she', not a thing either (the parse's tag of a person is not trusted for
    'it': it calls 'Milton Blockhouse' a person). Otherwise there is no answer here, and the
    names near the pronoun are weighed instead. With no pronoun (`word` None: 'the
    54-year-old was charged'), the subject is a person, carried past 'he' or 'she'. An 'it'
    that reaches a sentence opening with the text's title is the title ('= Enter the
    Dominatrix =' … 'Enter the Dominatrix draws on …' … 'It was released …'). A subject
    written as a common noun the text defined as a name is that name ('X is a song by …'
    … 'The song appeared …' … 'It peaked …'). A pronoun of a clause whose sentence has the
    same pronoun as its subject is that one ('It peaked in New Zealand, where it reached …').
    """
    tokens = parsed.tokens(pronoun)
    if len(tokens) != 1 or tokens[0].dep_ not in SUBJECTS:
        return None
    if tokens[0].head != tokens[0].sent.root:
        main = _main_pronoun(tokens[0])
        if main is None:
            return None
        tokens = [main]
    person = word is None or word in PERSONAL_PRONOUNS
    for sentence, subject in _earlier_subjects(parsed, pronoun.start):
        opens = sentence.doc.text.lstrip(' "').startswith(title) if title else False
        if title and word in THING_PRONOUNS and opens and sentence.start == 0:
            return title.lower()
        if subject is None:
            continue  # a fragment with no subject ('( sometimes released as … )')
        if subject.lower_ in PRONOUNS:
            case = PRONOUN_CASES.get(subject.lower_, subject.lower_)
            if case != word and not (word is None and case in PERSONAL_PRONOUNS):
                return None
            word = case  # 'He … He …': the chain goes on, and a 'he' says it is a person
            continue
        if _plural_for(word, subject):
            return None  # 'Critics praised it. … it topped the chart': 'it' is not the critics
        defined = (aliases or {}).get(subject.lemma_.lower()) if _definite_noun(subject) else None
        if defined is not None:
            return defined
        if not _named(subject) or subject.ent_type_ in NEVER_HOLDERS:
            return None
        said_person = word is not None and word in PERSONAL_PRONOUNS
        if person and not said_person and subject.ent_type_ not in ("PERSON", ""):
            return None  # the small parse tags things as people ('Milton Blockhouse')
        entity = [e for e in subject.doc.ents if e.start <= subject.i < e.end]
        return entity[0].text.lower() if entity else subject_key_of(subject)
    return None


def _only_person_before(parsed: Parsed, age: Span) -> str | None:
    """Return the one person the sentence before an age written as a noun names, wherever
    in it: '… have access to suspected Taliban fighter David Hicks. The 27-year-old is on
    board …'. Two people named there, or none, give no answer."""
    for sentence, _ in _earlier_subjects(parsed, age.start):
        people: list[str] = []
        for ent in sentence.ents:
            if ent.label_ == "PERSON" and not any(same_name(ent.text, p) for p in people):
                people.append(ent.text)
        return people[0].lower() if len(people) == 1 else None
    return None


def _clause_subject(
    parsed: Parsed, pronoun: Span, word: str, aliases: dict[str, str] | None
) -> str | None:
    """Return whom a possessive pronoun names when its clause's subject can be its owner:
    'The manuscript is missing its first twelve chapters', 'Smith sold his two cars'. The
    subject must be a name or a noun with 'the' of the pronoun's kind, singular for 'its',
    'his' and 'her', and not itself a pronoun."""
    tokens = parsed.tokens(pronoun)
    if len(tokens) != 1 or tokens[0].dep_ != "poss":
        return None
    verb = clause_verb(tokens[0].head)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < tokens[0].i]
    if not subjects or subjects[0].lower_ in PRONOUNS or subjects[0].i == tokens[0].head.i:
        return None
    subject, case = subjects[0], PRONOUN_CASES.get(word, word)
    if _plural_for(case, subject):
        return None
    person = subject.pos_ == "PROPN" and subject.ent_type_ in ("PERSON", "")
    if case in ("he", "she") and not person or case == "it" and subject.ent_type_ == "PERSON":
        return None
    if subject.pos_ == "PROPN":
        return subject_key_of(subject)
    if not _definite_noun(subject):
        return None
    return (aliases or {}).get(subject.lemma_.lower()) or subject_key_of(subject)


def _plural_for(pronoun: str | None, subject: Token) -> bool:
    """Tell whether a subject is plural where the pronoun stands for one person or thing
    (None: an age written as a noun, 'the 27-year-old', is one person too)."""
    return (pronoun is None or pronoun in SINGULAR) and subject.tag_ in ("NNS", "NNPS")


def _main_pronoun(pronoun: Token) -> Token | None:
    """Return the subject of a pronoun's sentence when it is the same pronoun, written
    before it ('It peaked in New Zealand, where it reached number six')."""
    main = [c for c in pronoun.sent.root.children if c.dep_ in SUBJECTS]
    if not main or main[0].i >= pronoun.i:
        return None
    same = PRONOUN_CASES.get(main[0].lower_, main[0].lower_)
    return main[0] if same == PRONOUN_CASES.get(pronoun.lower_, pronoun.lower_) else None


def _named(token: Token) -> bool:
    """Tell whether a subject is a name: a proper noun, or a capitalised noun with no
    determiner, which the small parse gives names it does not know ('Æthelnoth')."""
    bare = token.pos_ == "NOUN" and not any(c.dep_ == "det" for c in token.children)
    return token.pos_ == "PROPN" or bare and token.text[:1].isupper()


def _earlier_subjects(parsed: Parsed, offset: int) -> Iterator[tuple[Span_, Token | None]]:
    """Yield each sentence before an offset with its main subject (None when the parse
    tells none), nearest first, up to CARRY sentences back."""
    at = bisect.bisect_right(parsed.chunks, offset, key=lambda chunk: chunk[0]) - 1
    seen = 0
    for chunk_offset, doc in reversed(parsed.chunks[max(0, at - CARRY) : at + 1]):
        for sent in reversed(list(doc.sents)):
            if chunk_offset + sent.end_char > offset:
                continue
            seen += 1
            if seen > CARRY:
                return
            subjects = [c for c in sent.root.children if c.dep_ in SUBJECTS]
            yield sent, subjects[0] if subjects else None


def _definite_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )


def _names(parsed: Parsed) -> list[tuple[Span, str]]:
    """Return every named entity the parse found, with its type, in text order."""
    found = []
    for offset, doc in parsed.chunks:
        for ent in doc.ents:
            start = offset + ent.start_char
            found.append((Span(start=start, end=start + len(ent.text), text=ent.text), ent.label_))
    return found


def _nearest(names: list[tuple[Span, str]], offset: int, kinds: tuple[str, ...]) -> list[Span]:
    """Return the nearest distinct names of the given kinds before an offset, nearest first."""
    picked: list[Span] = []
    before = bisect.bisect_left(names, offset, key=lambda n: n[0].start)
    for span, label in reversed(names[max(0, before - LOOK_BACK) : before]):
        if label not in kinds or any(same_name(span.text, p.text) for p in picked):
            continue
        picked.append(span)
        if len(picked) == MAX_NAMES:
            break
    return picked
