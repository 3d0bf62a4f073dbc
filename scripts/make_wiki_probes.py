"""Build batch 25: Wikipedia articles no session had read, clean and with one contradiction each.

gensim's test data holds a shortened English Wikipedia dump (206 pages, most of them
redirects). This script keeps the articles of 3,000 characters of wikitext or more, turns
each into plain text with mwparserfromhell (templates, references and tables dropped), keeps
its first paragraphs up to about 2,600 characters, and keeps the 65 with 8 digits or more.
It writes them as clean items, and 20 probes, each an article with one sentence inserted
that contradicts a figure, a date, an age, a length, a rank or the order of events it
states. The probes were written in session 21 before any run on them. Neither file is
shipped; mwparserfromhell is needed only here:

    pip install mwparserfromhell
    pip download gensim==4.3.3 --no-deps -d /tmp/gensim
    unzip -j /tmp/gensim/gensim-*.whl 'gensim/test/test_data/enwiki-*-shortened.bz2' -d /tmp
    python scripts/make_wiki_probes.py /tmp/enwiki-latest-pages-articles1.xml-*.bz2 \\
        wiki_clean.jsonl wiki_probes.jsonl

With `--later` in place of the probes file it writes only clean items, of the paragraphs
that follow the ones kept above (session 22: text no session had read); with `--third`, of
the paragraphs after those (session 23; `--fourth`, the next ones, session 25; `--fifth`,
the next, session 26), and with a fourth file batch 26's probes into the third part's texts
(batch 27's into the fourth's, batch 28's into the fifth's):

    python scripts/make_wiki_probes.py DUMP wiki_part2.jsonl --third batch26.jsonl
"""

from __future__ import annotations

import bz2
import contextlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from typing import Any

import mwparserfromhell as mw  # type: ignore[import-not-found, unused-ignore]
from make_lee_probes import probe

SHORTEST = 3000  # characters of wikitext
CUT = 2600  # characters of plain text kept
DIGITS = 8
DROPPED_TAGS = ("ref", "table", "gallery", "math")
# The flag in place of the probes file: which part of the articles.
LATER = {"--later": 1, "--third": 2, "--fourth": 3, "--fifth": 4}

# (article number, kind, counterpart, inserted sentence, sentence it follows; None: the end)
PROBES = [
    (
        3,
        "length",
        "in which he served for twelve years",
        "Lincoln sat in the Illinois House for eight years before turning to national politics.",
        "in which he served for twelve years.",
    ),
    (
        5,
        "date",
        "December\u00a013, 1928",  # a no-break space, as the article writes it
        "The piece was first performed at Carnegie Hall on December 31, 1928.",
        "less than four weeks before the work's premiere.",
    ),
    (
        9,
        "figure",
        "over 50 national laboratories",
        "The clocks behind TAI sit in about 20 national laboratories.",
        "two-way satellite time and frequency transfer.",
    ),
    (
        10,
        "date",
        "moved to the United States in 1926",
        "Rand arrived in the United States in 1929.",
        "She had a play produced on Broadway in 1935–1936.",
    ),
    (
        12,
        "age",
        "when he was seven years old",
        "The Dwans crossed into Detroit when Allan was eleven.",
        "became a physician.",
    ),
    (
        19,
        "figure",
        "an eight-time Grand Slam champion",
        "Agassi won six Grand Slam singles titles in all.",
        "by Sports Illustrated.",
    ),
    (
        33,
        "figure",
        "six Stanton engineering societies",
        "The committee's founders were five engineering societies and three government agencies.",
        "The present name was adopted in 1969.",
    ),
    (
        34,
        "length",
        "a total of about 21½ hours on the lunar surface",
        "The crew spent about 12 hours on the lunar surface before lifting off.",
        "landed in the Pacific Ocean on July 24.",
    ),
    (
        35,
        "figure",
        "It orbited ten times",
        "In all, the spacecraft circled the Moon 14 times.",
        "the most watched TV program ever.",
    ),
    (
        24,
        "date",
        "first published in England on 17 August 1945",
        "The novella first appeared in British bookshops in August 1946.",
        '"A Contemporary Satire".',
    ),
    (
        26,
        "figure",
        "in seven different years",
        "Huxley was put forward for the Nobel Prize nine times.",
        "one of the pre-eminent intellectuals of his time.",
    ),
    (
        39,
        "figure",
        "his seven feature films",
        "Tarkovsky made eight feature films in all.",
        "are described as Tarkovskian.",
    ),
    (
        43,
        "figure",
        "a total of 102,484 inhabitants at the 2010 Census",
        "Aruba's 2010 census counted about 80,000 people.",
        "It lies outside Hurricane Alley.",
    ),
    (
        54,
        "rank",
        "graduated eighth of 41 cadets",
        "He finished twelfth in his West Point class.",
        "Gen. Henry Atkinson.",
    ),
    (
        57,
        "date",
        "the 1921 Nobel Prize in Physics",
        "Einstein was awarded the Nobel Prize in Physics in 1925.",
        "the photon theory of light.",
    ),
    (
        6,
        "figure",
        "Fifteen statuettes were awarded",
        "Twelve statuettes were handed out at that first ceremony.",
        "The post-awards party was held at the Mayfair Hotel.",
    ),
    (
        4,
        "length",
        "At eighteen, he joined Plato's Academy in Athens and remained there until the age of "
        "thirty-seven",
        "Aristotle spent some twelve years at the Academy.",
        "an abundance of supplies.",
    ),
    (
        25,
        "order",
        "organized as a territory on May 11, 1912",
        "Statehood came just three decades after Alaska became a territory.",
        "It was admitted as the 49th state of the U.S. on January 3, 1959.",
    ),
    (
        62,
        "figure",
        "Twelve other colonies supported Massachusetts",
        "Nine other colonies joined Massachusetts in the Continental Congress.",
        "that effectively seized power.",
    ),
    (
        13,
        "figure",
        "48 provinces",
        "Algeria is divided into 58 provinces.",
        "Abdelaziz Bouteflika has been President since 1999.",
    ),
]

# Batch 26 (session 23): probes into the third part's texts, written after the false alarms
# of those clean texts were read and before any run on the probes.
THIRD_PROBES = [
    (
        1,
        "figure",
        "an albedo of 0.96",
        "Eris reflects light with an albedo of 0.86.",
        "A typical comet nucleus has an albedo of 0.04.",
    ),
    (
        3,
        "date",
        "at Old Mobile in 1702",
        "The French settlement at Old Mobile dates from 1708.",
        "as part of La Louisiane.",
    ),
    (
        5,
        "length",
        "for the next twelve years",
        "Aristotle taught at the Lyceum for eight years in all.",
        "a virtual encyclopedia of Greek knowledge.",
    ),
    (
        8,
        "date",
        "in 1971 the name",
        "The name International Atomic Time was adopted in 1974.",
        "but this was disproven in 1968.",
    ),
    (
        10,
        "date",
        "death in 148 BC",
        "Massinissa died in 118 BC, leaving a divided realm.",
        "annexed to the Roman Empire.",
    ),
    (
        15,
        "age",
        "at the age of 16",
        "Agassi was 18 when he became a professional player.",
        "Most Improved Player of the Year for 1988.",
    ),
    (
        18,
        "order",
        "On 12 July 1934",
        "Skossyreff proclaimed himself king of Andorra on 21 July 1934.",
        "ultimately expelled from Spain.",
    ),
    (
        21,
        "date",
        "in 1919 John Middleton Murry",
        "Huxley joined the staff of the Athenaeum in 1917.",
        "where Huxley would visit his friend D. H. Lawrence.",
    ),
    (
        29,
        "date",
        "on July 16, 1969",
        "Apollo 11 lifted off from Launch Pad 39A on July 18, 1969.",
        "from the Oval Office of the White House.",
    ),
    (
        30,
        "date",
        "in June 1968",
        "The lunar module for Apollo 8 reached Cape Canaveral in March 1968.",
        "a lunar landing before the end of 1969.",
    ),
    (
        33,
        "date",
        "Henry Moseley in 1913",
        "Moseley carried out his experiments in 1915.",
        "This proved eventually to be the case.",
    ),
    (
        34,
        "date",
        "Ivan's Childhood in 1962",
        "Ivan's Childhood, his first feature, was completed in 1964.",
        "who had to abort the project.",
    ),
    (
        36,
        "figure",
        "up to ten dens",
        "A pair of aardwolves can keep as many as six dens in its territory.",
        "upwards of 200 per night.",
    ),
    (
        39,
        "figure",
        "a committee of 13",
        "The committee that drafted the constitution had 11 members.",
        "and voting procedures.",
    ),
    (
        40,
        "age",
        "He was 72",
        "Schopenhauer was 76 when he died in Frankfurt.",
        "named Atman and Butz.",
    ),
    (
        44,
        "date",
        "on April 25, 1974",
        "The coup in Lisbon began on 25 March 1974.",
        "maintain its well-developed infrastructure.",
    ),
    (
        47,
        "figure",
        "five children",
        "Johnston and his wife had seven children at the time.",
        "Johnston remained there until May.",
    ),
    (
        49,
        "age",
        "In 1895, at the age of 16",
        "Einstein was 14 when he sat the entrance examinations for the Polytechnic.",
        "lost in strict rote learning.",
    ),
    (
        52,
        "length",
        "remaining in France for seven years",
        "Abe stayed in France for ten years before returning to Japan.",
        None,
    ),
    (
        54,
        "figure",
        "four times more to administer",
        "Collecting those duties cost Britain twice what they brought in.",
        "much higher levels of exploitation.",
    ),
]


def plain(wikitext: str, part: int = 0) -> str:
    """Return an article's paragraphs as plain text: part 0 is the first ones, up to about
    CUT characters, and part N the ones after N such cuts, up to about CUT more."""
    code = mw.parse(wikitext)
    for node in [*code.filter_templates(recursive=False), *code.filter_tags(recursive=False)]:
        if not hasattr(node, "tag") or str(node.tag).lower() in DROPPED_TAGS:
            with contextlib.suppress(ValueError):  # already gone with its parent
                code.remove(node)
    lines = []
    for line in code.strip_code(normalize=True, collapse=True).splitlines():
        line = line.strip()
        if not line or line.startswith(("Category:", "File:", "Image:", "thumb|")):
            continue
        if re.match(r"^[a-z\-]{2,12}:", line) or len(line) < 80 and not line.endswith("."):
            continue  # interwiki links, headings, list stubs
        lines.append(line)
    kept, rest = _first(lines)
    for _ in range(part):
        kept, rest = _first(rest)
    return "\n\n".join(kept)


def _first(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Split paragraphs after about CUT characters: at least one is kept, if any is left."""
    kept: list[str] = []
    for paragraph in paragraphs:
        if kept and sum(map(len, kept)) + len(paragraph) > CUT:
            break
        kept.append(paragraph)
    return kept, paragraphs[len(kept) :]


# Batch 27 (session 25): probes into the fourth part's texts, written after its false alarms
# were read and before any run on the probes; each sentence is added at the text's end.
FOURTH_PROBES = [
    (5, "date", '"Oscar" in 1939', 'The Academy formally adopted the name "Oscar" in 1934.'),
    (26, "length", "108 minutes", "Gagarin's flight aboard Vostok 1 lasted 89 minutes."),
    (
        47,
        "date",
        "founded by Gozo Shioda in 1955",
        "Gozo Shioda established Yoshinkan Aikido in 1950.",
    ),
    (
        38,
        "date",
        "On September 10, 1861",
        "Johnston was assigned to the western command on September 20, 1861.",
    ),
    (31, "figure", "just over 100,000 inhabitants", "The island is home to about 60,000 people."),
    (
        40,
        "figure",
        "about 18 hours of daylight",
        "In summer, northern Alberta receives roughly 14 hours of daylight.",
    ),
    (44, "figure", "99 Names of God", "Islamic tradition lists 72 names of God."),
    (
        15,
        "figure",
        "approximately 65% of Alaska",
        "The federal government owns and manages about 40% of Alaska.",
    ),
    (
        17,
        "date",
        "the 1939 James Tait Black Memorial Prize",
        "Huxley received the James Tait Black Memorial Prize for the novel in 1945.",
    ),
    (
        24,
        "figure",
        "about 25 seconds of fuel",
        "When the lunar module touched down, it had about 45 seconds of fuel left.",
    ),
    (
        4,
        "length",
        "30 to 40 years",
        "The full edition of the series is expected to take about 10 years.",
    ),
]


# Batch 28 (session 26): probes into the fifth part's texts, written before any run on them
# (its clean texts were run first, once); each sentence is added at the text's end.
FIFTH_PROBES = [
    (3, "date", "On October 5, 1818", "Nancy Lincoln died of milk sickness on October 5, 1817."),
    (
        4,
        "date",
        "In 1945, Arturo Toscanini",
        "Toscanini recorded the work with the NBC Symphony in 1949.",
    ),
    (5, "figure", "$60,500", "Russell's statuette fetched $45,000 at the auction."),
    (
        6,
        "figure",
        "rejected by twelve publishers",
        "The Fountainhead was turned down by eight publishers before Bobbs-Merrill took it.",
    ),
    (12, "figure", "seven titles total", "Agassi finished 1995 with nine titles."),
    (19, "figure", "48 articles", "In all, Huxley wrote 36 articles for Vedanta and the West."),
    (
        23,
        "length",
        "five-hour sleep period",
        "The flight plan had scheduled a four-hour rest after the landing.",
    ),
    (
        25,
        "date",
        "In 1991, Helen Sharman",
        "Helen Sharman flew to the Mir space station in 1989, becoming the first Briton in space.",
    ),
    (27, "date", "April 1978", "Tarkovsky's heart attack in April 1977 halted the shooting."),
    (
        32,
        "figure",
        "eight opposition parties",
        "Five opposition parties called the 1992 vote rigged.",
    ),
    (38, "date", "2 June 1919", "Einstein and Elsa Löwenthal wed in 1917."),
    (
        39,
        "age",
        "16-year-old Ahmad Shah Durrani",
        "Ahmad Shah Durrani was 19 when Nader Shah's forces freed him at Kandahar.",
    ),
]


# The probes written into each later part, and their batch: each is (article, kind,
# counterpart, inserted sentence[, the sentence it follows]).
LATER_PROBES: dict[int, tuple[str, list[tuple[Any, ...]]]] = {
    2: ("p26", THIRD_PROBES),
    3: ("p27", FOURTH_PROBES),
    4: ("p28", FIFTH_PROBES),
}


def articles(dump: str, part: int = 0) -> list[str]:
    """Return the plain text of each article long enough and with figures enough (of the
    given part of its paragraphs: see `plain`)."""
    texts = []
    with bz2.open(dump) as xml:
        for _, element in ET.iterparse(xml, events=("end",)):
            if element.tag.rsplit("}", 1)[-1] != "page":
                continue
            body = element.find(".//{*}text")
            wikitext = body.text or "" if body is not None else ""
            element.clear()
            if wikitext.lower().startswith("#redirect") or len(wikitext) < SHORTEST:
                continue
            text = plain(wikitext, part)
            if len(re.findall(r"\d", text)) >= DIGITS and len(text) > 1200:
                texts.append(text)
    return texts


def main(dump: str, clean_out: str, probes_out: str, third_probes_out: str | None = None) -> None:
    if probes_out in LATER:  # clean texts from the paragraphs after those, no probes
        write_later(dump, clean_out, LATER[probes_out], third_probes_out)
        return
    texts = articles(dump)
    write_clean(texts, "wiki", clean_out)
    with open(probes_out, "w", encoding="utf-8") as out:
        for n, (at, kind, counter, inserted, after) in enumerate(PROBES, start=1):
            one = probe(f"p25-{n:02d}", texts[at], kind, counter, inserted, after)
            out.write(json.dumps(one) + "\n")
    print(f"{len(texts)} clean texts -> {clean_out}; {len(PROBES)} probes -> {probes_out}")


def write_later(dump: str, clean_out: str, part: int, probes_out: str | None) -> None:
    """Write clean items of a later part of the articles than batch 25 used: text no session
    had read, for false alarms (part 1 in session 22, part 2 in session 23, part 3 in
    session 25, part 4 in session 26); with `probes_out`, batch 26's probes into part 2's
    texts too (27's into part 3's, 28's into part 4's)."""
    prefix = "wiki-later" if part == 1 else f"wiki-part{part}"
    texts = articles(dump, part)
    write_clean(texts, prefix, clean_out)
    if probes_out is not None and part in LATER_PROBES:
        batch, probes = LATER_PROBES[part]
        with open(probes_out, "w", encoding="utf-8") as out:
            for n, (at, kind, counter, inserted, *after) in enumerate(probes, start=1):
                where = after[0] if after else None  # None: at the text's end
                one = probe(f"{batch}-{n:02d}", texts[at], kind, counter, inserted, where)
                out.write(json.dumps(one) + "\n")
        print(f"{len(probes)} probes -> {probes_out}")
    print(f"clean texts of later paragraphs -> {clean_out}")


def write_clean(texts: list[str], prefix: str, path: str) -> None:
    """Write texts as clean items, numbered after a prefix ('wiki-000')."""
    with open(path, "w", encoding="utf-8") as clean:
        for i, text in enumerate(texts):
            item = {"id": f"{prefix}-{i:03d}", "text": text, "inconsistent": False, "evidence": []}
            clean.write(json.dumps(item) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:5])
