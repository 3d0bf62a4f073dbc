"""Split a text into paragraphs and sentences, and tell headline, lead and body apart."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from claimcheck.models import Role, Sentence, Span
from claimcheck.normalize.dates import SHORT_MONTHS
from claimcheck.normalize.words import is_wikitext

PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\r\n\s*\r\n")
# A sentence ends at . ! ? (and any closing quote) before a space and an upper-case start.
# WikiText writes a decimal point with a space after it: "a 4. 559 - mile - long highway"
# (in WikiText only: elsewhere "in 12. 30 fans" is two sentences).
WIKITEXT_DECIMAL = re.compile(r".{0,3}?(?<=[^\n\d,.])\d{1,3}\.\x20\d{1,3}(?![\d.,/])")
# A sentence ends at a stop and a space before a capital or a digit, or, as scraped text
# often glues them, at a stop after a lower-case word right before a capitalised word:
# "killings of women worldwide.According to the United Nations".
SENTENCE_END = re.compile(
    r"(?<=[.!?])[”’\"')]*\s+(?=[“‘\"'(]?[A-Z0-9])"
    r"|(?<=[a-z]{2}[.!?])[”’\"')]*(?=[“‘\"]?[A-Z][a-z])"
)
ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Det|Rev|St|Mt|Ft|Jr|Sr|vs?|No|Inc|Ltd"
    r"|Co|Corp|Gov|Sen|Rep|c|ca|approx)"  # 'c.' and 'ca.': circa, before a year
    # An initial ("John F. Kennedy"), but not the Roman numerals that end "World War I."
    r"|\b(?![IVX]\.)[A-Z])\.$"
)
# A month written short before its day ("On Jan. 20, a judge ordered"): no sentence ends there.
MONTH_SHORT = re.compile(rf"\b(?:{SHORT_MONTHS})\.$")
QUOTE = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
HEADLINE_MAX_WORDS = 25


def paragraphs(text: str) -> list[Span]:
    """Return the non-empty paragraphs, split at blank lines."""
    spans, start = [], 0
    for m in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            s, e = start + lead, start + len(chunk.rstrip())
            spans.append(Span(start=s, end=e, text=text[s:e]))
        start = m.end() if m else len(text)
    return spans


def sentences(text: str, has_title: bool = False) -> list[Sentence]:
    """Split into sentences with their role: headline, lead or body."""
    paras = paragraphs(text)
    wikitext = is_wikitext(text)
    headline = has_title or (len(paras) > 1 and _looks_like_headline(paras[0].text))
    out: list[Sentence] = []
    for p, para in enumerate(paras):
        role = (
            Role.HEADLINE
            if headline and p == 0
            else (Role.LEAD if p == (1 if headline else 0) else Role.BODY)
        )
        for start, end in _sentence_bounds(para, wikitext):
            out.append(
                Sentence(
                    index=len(out),
                    span=Span(start=start, end=end, text=text[start:end]),
                    role=role,
                    paragraph=p,
                )
            )
    return out


def _looks_like_headline(line: str) -> bool:
    return (
        "\n" not in line
        and not line.rstrip().endswith((".", "?”", ".”"))
        and len(line.split()) <= HEADLINE_MAX_WORDS
    )


def _sentence_bounds(para: Span, wikitext: bool = False) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in SENTENCE_END.finditer(para.text):
        before = para.text[max(0, m.start() - 8) : m.start()]
        if ABBREVIATIONS.search(before):
            continue
        if MONTH_SHORT.search(before) and para.text[m.end() : m.end() + 1].isdigit():
            continue  # 'Jan. 20'
        decimal = wikitext and WIKITEXT_DECIMAL.match(para.text, max(0, m.start() - 4))
        if decimal and m.group(0) == " ":
            continue  # '4. 559': WikiText's decimal point, not a sentence's end
        bounds.append((para.start + start, para.start + m.start()))
        start = m.end()
    bounds.append((para.start + start, para.end))
    return [(s, e) for s, e in bounds if e > s]


def quotes(text: str) -> list[tuple[int, int]]:
    """Return the spans of quoted passages."""
    return [(m.start(), m.end()) for m in QUOTE.finditer(text)]


def locator(sents: Sequence[Sentence]) -> Callable[[int], Sentence]:
    """Return a function that gives the sentence an offset of the text falls in."""
    starts = [s.span.start for s in sents]

    def at(offset: int) -> Sentence:
        return sents[max(0, bisect.bisect_right(starts, offset) - 1)]

    return at
