"""The words statements are proposed with: what is not a measure, which verbs name no event."""

from __future__ import annotations

import re
from typing import Literal

from claimcheck.models import Statement, StatementKind
from claimcheck.normalize.words import spaced as words


def _phrases(group: str) -> list[str]:
    """Split a group of verbs, keeping the two-word ones ('set up', 'pass away') whole."""
    return re.findall(r"\w+ (?:up|away|out)\b|\w+", group)


# What a figure counts is the noun it modifies; these say how much, not what.
NOT_MEASURES = words(
    "time times year years month months day days week weeks hour hours minute minutes "
    "percent per cent % point points number total lot lots couple dozen"
)
# The pronouns a part is counted of: '14 of them Australians', 'eleven of those who died',
# '14 of whom were Australians'.
PART_PRONOUNS = words("them those these whom which")
# The words that make 'N of … X' some of a known set X: 'four of those counts', 'three of
# the victims', 'two of his sons'.
SET_DETERMINERS = words("the those these his her its their our my your")
# Nouns too general to tell two figures' roles apart: 'a total of 500', 'the amount of $5'.
GENERIC_MEASURES = NOT_MEASURES | words("amount sum figure level period")
# A 'no' that denies what a value states ('there is no 10% discount'), and the words that
# make it a bound instead ('no more than 50').
NEGATING = words("no")
NOT_NEGATING = words("more less fewer later earlier longer sooner greater")
# 'may not exceed $25,000,000', "can't go above 12.50": a negated verb of passing a figure sets a
# bound on it, it does not deny it.
PASSING = words("exceed surpass top outstrip")
PAST_A_FIGURE = words("above over beyond below under past")
# A value written as a bound ('more than 75 percent', 'at least 25 Mbps'): a denial of its
# clause turns the bound over ('may not cover more than 75 percent' is at most 75), or makes
# it a threshold ('no household with service of at least 25 Mbps'); it does not deny the value.
BOUNDS = NOT_NEGATING | PAST_A_FIGURE | words("least most")
# What opens a condition: a denial inside one ('if we can't fill them by June 1') sets the
# condition, it denies no value.
CONDITIONS = words("if unless")
# Verbs of change: denied, they state that a value stands ('the budget has not changed').
CHANGING = words("change move budge shift alter vary")
# Nouns of time: 'in' one says when a value holds ('0.27% in the third quarter'), not what it
# measures.
WHEN_NOUNS = words("year quarter month week day decade century period half season term")
# 'not … until 1997': the value dates the event, the negation does not deny it.
UNTIL = words("until till")
# The one phrase that may follow a ranked noun without narrowing the rank: its author
# ('the sixth album by Michael Jackson').
RANK_AUTHORS = words("by")
# Verbs that name one event in several words: 'founded in 1901' and 'established in 1905' date
# one founding. Each verb maps to the first of its group.
_SAME_EVENT = [
    "found establish form set up",
    "open inaugurate",
    "release publish launch come out",
    "air broadcast premiere",
    "build construct",
    "marry wed",
    "die pass away",
    "begin start commence",
    "end finish conclude",
]
# Words that make a price one of several a thing has: 'the special rate of $630' and 'the
# Platinum Plan at $700' are two prices of one plan, not one price said twice.
PRICE_KINDS = words(
    "special discount discounted introductory promotional promo sale reduce reduced regular "
    "original usual"
)
# What a sum that is named a price measures: each is per something ('oil prices hitting $88'
# are per barrel).
PRICES = words("price cost fare")
# Prepositions whose noun is the stretch of time a clause happens in: 'during his three terms'.
TIME_SPANS = words("during throughout")
# A count of people who died is a count of those an event killed.
KILLED = "kill"
# Words after a year that name its era: '384 BC' is a year, not 384 of something.
ERAS = words("bc bce b.c. ad ce")
# Deeds and nouns of a count of the hurt, which is never a count of the dead: 'Three people
# have been injured', '25 people were killed'.
HURT = words("injure wound hurt injury")
ONE_EVENT = {verb: group.split()[0] for group in _SAME_EVENT for verb in _phrases(group)}
# Verbs too general to name an event: 'was', 'had', 'said'.
LIGHT_VERBS = words(
    "be have do say tell add note report state claim include make take get give come go "
    "see show become"
)
# Verbs whose deed, written after 'to', may not have been done: 'tried to sell', 'planned to
# open'. The date or count is of the attempt, not of the deed.
ATTEMPTS = words("try attempt seek plan hope want intend fail refuse threaten propose aim wish")
UP = words("rise increase grow climb jump gain soar surge swell double triple")
DOWN = words("fall drop decline decrease shrink plunge slump cut reduce halve sink")


def inflected(verbs: frozenset[str]) -> set[str]:
    """The regular forms of verbs: 'drop', 'drops', 'dropped', 'dropping'; 'rise', 'rises'."""
    out = set()
    for v in verbs:
        if v.endswith("e"):
            out |= {v, f"{v}s", f"{v}d", f"{v[:-1]}ing"}
        else:
            base = v + v[-1] if re.search(r"[^aeiou][aeiou][bdgmnpt]$", v) else v
            out |= {v, f"{v}s", f"{base}ed", f"{base}ing"}
    return out


PERSONAL_PRONOUNS = words("he she him her his")
THING_PRONOUNS = words("it its")
# The subject form of each pronoun, so that 'their marriage' and 'they married' are one doer.
PRONOUN_CASES = {
    "his": "he",
    "him": "he",
    "her": "she",
    "its": "it",
    "their": "they",
    "them": "they",
}
# Named entities that are not people: 'Paris was 30' is no age.
NOT_PERSONS = ("GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL")
PRONOUNS = PERSONAL_PRONOUNS | THING_PRONOUNS | words("they their them")
# Who speaks and who is spoken to: in an interview 'you' may be the country or firm a
# question names. They are never resolved to an earlier subject.
SPEAKER_PRONOUNS = words("i me my we us our you your")
# Subjects that name no one: pronouns, and who speaks or is spoken to.
UNNAMED = PRONOUNS | SPEAKER_PRONOUNS
RELATIVE_PRONOUNS = words("who which that whom")
# Determiners that leave a noun unidentified: 'a coroner' twice may be two coroners.
INDEFINITE = words("a an another some any one each every")
# Lower-case words inside a name: 'Lodewijk van den Berg', 'Charles de Gaulle'.
NAME_PARTICLES = words("van von der den de du da di la le al bin ibn")
BIRTH = "bear"
DEATH = "die"


def is_birth(s: Statement) -> bool:
    """Tell whether a statement dates someone's birth, with its year."""
    return s.kind is StatementKind.DATE and s.unit is None and s.event_key == BIRTH


def is_death(s: Statement) -> bool:
    """Tell whether a statement dates someone's death, with its year."""
    return s.kind is StatementKind.DATE and s.unit is None and s.event_key == DEATH


# A lifespan in parentheses after a name: '(born 1932)', '(December 28, 1920 – March 5, 2016)'.
LIFESPAN_OPEN = re.compile(r"\(\s*(?:[^()]*;\s*)?(?:born\s+)?$")
LIFESPAN_DASH_AFTER = re.compile(r"\s*[–—-]\s*")
LIFESPAN_DASH_BEFORE = re.compile(r"[–—-]\s*$")
LIFESPAN_CLOSE = re.compile(r"\s*\)")
# The dependency labels of a subject, and of the clauses that share their head's subject.
SUBJECTS = ("nsubj", "nsubjpass")
# ("acomp": the small parse makes "It was re - released" a verb that complements "was".)
CLAUSE_LINKS = ("conj", "xcomp", "advcl", "ccomp", "pcomp", "acomp")
# Clauses that describe a noun: that noun is their subject.
MODIFIER_CLAUSES = ("relcl", "acl", "appos")
# The words of a subject that tell one thing from another of its kind: 'Site 2', 'new bridge';
# of a name, only its other name words ('Chester Arthur Stiles').
KEY_MODIFIERS = ("compound", "nummod", "amod", "flat")
NAME_MODIFIERS = ("compound", "flat")
# 'Smith, 45,' / '45-year-old Smith' / 'aged 45' / 'at the age of 45' / '45 years old' /
# 'she turned 18'.
AGE_BEFORE = re.compile(
    r"(?:\baged|\bage(?:\s+of)?|\bages|,\s*then|,\s*now|\bturn(?:s|ed|ing)?"
    r"|\b(?:died|dies|dying|retired|married|wed|graduated|emigrated|debuted)\s+at)\s+$",
    re.IGNORECASE,
)
# 'At 30, she married', 'At 30, in 1975, Smith married', 'Though only 17, he enrolled': an
# age that opens a clause whose subject is a person.
AGE_OPENING = re.compile(
    r"(?:^|[.;:]\s+|\n\s*)(?:At|(?:Though|Although|When|While)(?:\s+(?:only|just|still|barely))?)"
    r"\s+$|,\s+at\s+$"
)
AGE_OPENING_AFTER = re.compile(
    r"\s*,\s*(?:(?:in|on)\s+[\w ]{4,20}?,\s*)?"  # 'At 30, in 1975, she married'
    r"(?:he|she|I|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+[a-z]+)\b"
)
AGE_AFTER = re.compile(r"^(?:-|\s)years?(?:-|\s)old\b|^\s*-\s*year\s*-\s*old\b", re.IGNORECASE)
AGE_AFTER_DURATION = re.compile(r"\s*-?\s*old\b|\s+of\s+age\b", re.IGNORECASE)
# Nouns an age hangs from that are not its holder: 'at the age of 80', 'her 15th birthday'.
AGE_WORDS = words("age ages year years birthday birthdays")
# A rank that is an age: 'her fifteenth birthday', 'on his 60th birthday'.
BIRTHDAY_AFTER = re.compile(r"\s+birthday\b", re.IGNORECASE)
# Ages given by their decade: 'in her fifties', 'in his early 40s', 'a 30-something'.
DECADES = {
    word: 10 * n
    for n, word in enumerate(
        ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties"], 2
    )
}
DECADES["nineties"] = 90
DECADE_AGE = re.compile(
    r"\bin\s+(?:his|her|their)\s+(?:(?P<part>early|mid|late)(?:\s*-\s*|\s+))?"
    r"(?P<decade>" + "|".join(DECADES) + r"|[2-9]0'?s)\b",
    re.IGNORECASE,
)
SOMETHING_AGE = re.compile(r"(?P<decade>\b[2-9]0)\s?-\s?something\b", re.IGNORECASE)
# Where in a decade 'early', 'mid' and 'late' put an age: years from the decade's start.
DECADE_PARTS = {"early": (0, 4), "mid": (3, 7), "late": (6, 10), None: (0, 10)}
# 'Smith, 45,' and 'the suspect, 25,': a name, or a role with 'the', then the age.
AGE_APPOSITION = re.compile(r"(?:[A-Z][\w'’.-]+|\b[Tt]he\s+[a-z]+)\s*,\s*$")
# Not a list: "the votes, 25, 30".
AGE_APPOSITION_AFTER = re.compile(r"^\s*,(?!\s*\d)")
# An event placed against another: 'during World War I', 'after the war', 'before the merger'.
RELATIONS: dict[str, Literal["before", "during", "after"]] = {
    "before": "before",
    "during": "during",
    "after": "after",
    "following": "after",
}
# A time counted from an event: 'three years after its founding', 'two weeks into the trial'.
ELAPSED_CUES: dict[str, Literal["before", "after", "into"]] = {
    "before": "before",
    "after": "after",
    "following": "after",
    "into": "into",
}
# Verbs that date the start of what a noun names: 'the trial began on March 3' dates 'the
# trial' for 'two weeks into the trial'.
STARTS = words("begin start open commence break")
# Nouns of an event, with the verb that dates the same event ('his death in 1950' and 'he
# died in 1950'). A noun in '-ing' is its verb ('founding', 'opening'); a noun that is a
# verb too ('release', 'launch', 'crash') is itself.
NOUN_EVENTS = {
    "death": "die",
    "birth": "bear",
    "marriage": "marry",
    "wedding": "marry",
    "sale": "sell",
    "election": "elect",
    "completion": "complete",
    "construction": "build",
    "publication": "publish",
    "creation": "create",
    "formation": "form",
    "establishment": "establish",
    "foundation": "found",
    "inauguration": "inaugurate",
    "demolition": "demolish",
    "destruction": "destroy",
    "retirement": "retire",
    "resignation": "resign",
    "arrival": "arrive",
    "departure": "depart",
    "graduation": "graduate",
    "closure": "close",
    "dissolution": "dissolve",
    "appointment": "appoint",
    "invasion": "invade",
    "premiere": "premiere",
    "debut": "debut",
    "release": "release",
    "launch": "launch",
}


# Nouns of works that a year before them dates the release of: 'a 2005 film'. Not games
# or seasons ('the 1984 Summer Olympics', 'the 2007 season'), which a year names.
WORKS = words("film movie album single song novel book play opera documentary")
RELEASE = "release"
# The prepositions that date a noun of an event: 'his death in 1952', 'its opening on 1 May'.
DATING_PREPOSITIONS = words("in on")


def is_event_noun(noun: str) -> bool:
    """Tell whether a noun names an event that a verb could date ('founding', 'death')."""
    return noun in NOUN_EVENTS or _ing_verb(noun) is not None


def _ing_verb(noun: str) -> str | None:
    """Return the verb of a noun in '-ing' ('founding' → 'found'), not of a short one ('king')."""
    return noun.removesuffix("ing") if noun.endswith("ing") and len(noun) > 6 else None


# Nouns of events that people are counted in: 'killed in the attack', 'the storm killed'.
OCCASIONS = words(
    "attack assault blast explosion bombing shooting crash collision accident fire storm "
    "hurricane tornado typhoon cyclone earthquake quake tsunami flood flooding landslide "
    "avalanche eruption war battle clash clashes fighting riot riots raid ambush massacre "
    "strike incident disaster outbreak epidemic pandemic violence uprising siege stampede"
)


def is_occasion(noun: str) -> bool:
    """Tell whether a noun names an event that people are counted in ('the attack')."""
    return noun in OCCASIONS or is_event_noun(noun)


def event_of_noun(noun: str) -> str:
    """Return the event key of a noun of an event: 'founding' gives 'found', 'death' gives
    'die', 'premiere' gives 'air' (one event with 'aired'); other nouns stay themselves."""
    verb = NOUN_EVENTS.get(noun) or _ing_verb(noun) or noun
    return ONE_EVENT.get(verb, verb)


# Verbs that say only that their subject, an event, happened ('the wedding occurred in
# 1990'), beside 'took place'.
OCCURS = words("occur happen")
# Words that make an ordinal the length of a run, whatever was done in it: 'for a second
# straight session', 'its third consecutive loss'.
STREAK = words("straight consecutive successive")
# Adverbs that say an event followed at once, and verbs that put a delay before one
# ('waited two days before calling the police').
AT_ONCE = words("immediately instantly straightaway forthwith")
WAITS = words("wait delay hesitate")
# What names the event a count was done in, in the passive: 'killed in the attack',
# 'injured during the riot', 'destroyed by the storm'.
OCCASION_PREPOSITIONS = words("in during by")
# Where a deed was done: 'killed 12 people in Texas' and '3 in Ohio' are two tolls.
PLACE_PREPOSITIONS = words("in at near across throughout")
# Sides and parts of a place, which tell two parts of it apart: 'the northern two-thirds',
# 'the lower one-third' (whose 'lower' is read as 'low').
SIDES = words(
    "north south east west northern southern eastern western northeast northwest southeast "
    "southwest upper lower low central inner outer"
)
PLACES = ("GPE", "LOC", "FAC")
# Words that move a sentence away from the time of the sentences around it: 'The firm had
# 100 staff. Two years later it had 150.' Undated statements of two such times may differ.
# 'Earlier this month' names a time, as 'this month' does: it moves nothing.
TIME_SHIFTS = re.compile(
    r"\b(?:(?:later|earlier)(?!\s+th(?:is|at)\s+(?:year|month|week|day|season)\b)|afterwards?|subsequently|previously|ago|eventually|initially|"
    r"originally|formerly|now|currently|today|then|by\s+then|at\s+the\s+time|"
    r"(?:prior\s+to|before|after|since|until)\s+th(?:at|en)|"
    r"(?:the\s+)?(?:following|next|previous|last)\s+(?:year|month|week|day|season))\b",
    re.IGNORECASE,
)
# Words after a figure that make it a difference, not a level: '50 more staff'.
DIFFERENCE = re.compile(r"\s+(?:more|fewer|less|additional|extra)\b", re.IGNORECASE)
# The event key of a length written before a noun ('the six-year war'), and of 'lasted'.
LASTS = "last"
# Nouns that a length before them is the length of: 'the six-year war', 'his ten-year
# reign'; with the nouns of events people are counted in. Not 'a 14-year high', '10-year
# bonds' or 'a five-year plan'.
LASTING = words(
    "war reign tenure career marriage rule occupation journey voyage trial campaign conflict "
    "presidency premiership administration dynasty era partnership relationship friendship "
    "exile imprisonment captivity sentence absence stay residency interrogation questioning "
    "negotiation talks strike siege blockade standoff drought famine outage shutdown lockdown "
    "festival tour hearing investigation inquiry treatment recovery trip visit meeting session "
    "ceremony ordeal expedition mission cruise concert show performance game match speech "
    "interview operation surgery procedure rally protest"
)
# Verbs that say how long their subject lasted when it is an event: 'the war lasted six
# years', 'the talks went on for a week', 'interrogations that took place over six days'.
LASTING_VERBS = words("last continue run rage take go stretch span drag persist occur wait")


def lasts_as(noun: str) -> bool:
    """Tell whether a length written before a noun is how long it lasted."""
    return noun in LASTING or is_occasion(noun)


# Nouns that count one thing, each mapped to the first of its group: 'a population of 300'
# and '450 inhabitants' count the residents of one place.
_SAME_MEASURE = [
    "resident inhabitant population",
    "employee staff worker workforce",
    "pupil student",
    "soldier troop",
]
SAME_MEASURE = {noun: group.split()[0] for group in _SAME_MEASURE for noun in group.split()}
# People a census counts are the residents of its place: 'the 2010 census counted 80,000
# people' and 'a total of 102,484 inhabitants at the 2010 Census'.
PERSONS = words("people person")
CENSUS = words("census")
# Common nouns that name one holder in other words: 'the company employs 500' and 'the
# firm's 600 employees' are one firm's staff.
_SAME_HOLDER = ["company firm corporation"]
SAME_HOLDER = {noun: group.split()[0] for group in _SAME_HOLDER for noun in group.split()}
# What one has for good, counted the same whatever the verb of the sentence: kin, and the
# parts of a thing ('his three brothers', 'the ship's four funnels').
KIN = words(
    "brother sister son daughter child sibling grandchild grandson granddaughter wife husband "
    "cousin nephew niece uncle aunt parent stepson stepdaughter twin"
)
KIN_AND_PARTS = KIN | words(
    "floor storey story room wing engine wheel funnel mast deck tower gate door window "
    "chapter verse movement act stanza branch"
)
# Nouns that name a person, whose bare whole number after 'is' is an age ('Her daughter
# Charlotte is 12', whatever the tagger makes of 'Charlotte').
PERSON_NOUNS = KIN | words("girl boy man woman kid baby toddler teenager teen youngster")
# Before the highest place on a chart: 'peaked at number 25', 'a peak of twenty-five',
# 'a peak position of No. 3'. Not 'reached', which may be any week's place.
PEAK_BEFORE = re.compile(
    r"\bpeak(?:ed|ing|s)?\s+(?:at|(?:position\s+)?of)\s+(?:number\s+|No\.\s*)?$",
    re.IGNORECASE,
)
# Before a place a chart entry held some week: 'reached number six', 'debuted at No. 12',
# 'climbed to number 3'. The peak is that place or a higher one.
REACHED_BEFORE = re.compile(
    r"\b(?:reach(?:ed|es|ing)?|hit|debut(?:ed|s|ing)?\s+at|enter(?:ed|s|ing)?\s+at"
    r"|(?:climb|move|jump)(?:ed|s|ing)?\s+to|r(?:o|i)se\s+to)\s+(?:number\s+|No\.\s*)$",
    re.IGNORECASE,
)
# Verbs whose times are counts of a thing: 'scored twice' is two goals.
COUNTED_BY_TIMES = {"score": "goal"}
# People counted as the audience of a thing, whatever the verb: 'watched by 8.5 million
# viewers' and 'drew 10.2 million viewers' count one episode's viewers.
AUDIENCES = words("viewer visitor attendee spectator reader listener subscriber")
# Words that count no one, and the measure they count: 'nobody was hurt' is a count of people.
NOBODY = words("nobody none")
PEOPLE = "people"

# Verbs that begin the deed of the verb they govern: 'started importing bees'.
BEGINNING = words("begin start")

# Contests one finishes in a place: 'won the girls' race', 'finished second in the race'.
CONTESTS = words(
    "race contest competition championship tournament election marathon final primary prix "
    "cup regatta derby"
)
# Verbs that place a finisher by an ordinal: 'finished second', 'came third', 'placed fourth'.
FINISHING = words("finish come place end")
# Verbs that place a finisher first: 'won the race'.
WINNING = words("win")

# Groups a count of members sizes: 'a crew of five sailors' and 'three crew members' are
# both the crew's size.
GROUPS = words("crew team staff squad family fleet cast panel jury committee board delegation")
