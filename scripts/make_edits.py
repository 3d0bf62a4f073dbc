"""Build tests/data/internal_edits.jsonl: real clean texts with one contradiction inserted by hand.

Each edit replaces one passage of a consistent text from ../shared/eval/internal_dev.jsonl, so
that it contradicts another passage (the counterpart). The edits were written for claimcheck's
own tests, not taken from any benchmark; they are development data, not a measure. Each text
also gives one clean twin, the text as it was.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

EDITS = [
    # (text id, kind, passage replaced, replacement, counterpart)
    (
        "icd-010",
        "age",
        "Dube had just returned",
        "The 47-year-old Dube had just returned",
        "Dube, 43,",
    ),
    (
        "icd-016",
        "age",
        "Chester Arthur Stiles, 37, a former",
        "Chester Arthur Stiles, 39, a former",
        "Chester Arthur Stiles, 37, of Nevada",
    ),
    (
        "icd-033",
        "date",
        "Van den Berg was born on March 24 , 1932 , in",
        "Van den Berg was born on March 24 , 1936 , in",
        "born March 24 , 1932 )",
    ),
    (
        "icd-033",
        "age",
        "In 1975 , this required Van den Berg to become a naturalized U.S. citizen.",
        "In 1975 , aged 50 , Van den Berg became a naturalized U.S. citizen.",
        "born March 24 , 1932 )",
    ),
    (
        "icd-046",
        "age",
        "identified as Pekka Eric Auvinen, died",
        "identified as Pekka Eric Auvinen, 20, died",
        "An 18-year-old",
    ),
    (
        "icd-031",
        "figure",
        "The captured pirates were being held",
        "The seven captured pirates were being held",
        "five were captured",
    ),
    (
        "icd-007",
        "date",
        "Wistert , who was born in Chicago , Illinois ,",
        "Wistert , who was born in Chicago , Illinois in 1923 ,",
        "December 28 , 1920",
    ),
    (
        "icd-033",
        "age",
        "In 1975 , this required Van den Berg to become a naturalized U.S. citizen.",
        "Van den Berg was 40 when he became a naturalized U.S. citizen in 1975.",
        "born March 24 , 1932 )",
    ),
    (
        "icd-043",
        "duration",
        "Lost 's editors received a Golden Reel Award nomination.",
        "In 2009 , a year after its first broadcast , Lost 's editors received a Golden Reel "
        "Award nomination.",
        "first aired on May 16 , 2007",
    ),
    # Added in session 6, on texts the first nine did not use, before the readings that find
    # some of them were written; the ones still missed are named in the README.
    (
        "icd-006",
        "figure",
        "At Beijing , the British Virgin Islands were represented by two athletes",
        "At Beijing , the British Virgin Islands were represented by three athletes",
        "included two athletes",
    ),
    (
        "icd-012",
        "age",
        "Marcus revolts by setting",
        "The 15-year-old Marcus revolts by setting",
        "Marcus Yallow is a 17-year-old",
    ),
    (
        "icd-012",
        "duration",
        "Darryl's whereabouts are unknown.",
        "Darryl's whereabouts are unknown. The interrogations lasted three days.",
        "over a period of six days",
    ),
    (
        "icd-013",
        "figure",
        "And CNN's Richard Quest",
        "The 300 passengers on the maiden flight paid for the privilege. And CNN's Richard Quest",
        "nearly 500 passengers",
    ),
    (
        "icd-017",
        "figure",
        "put the death toll from the day's clashes at 19",
        "put the death toll from the day's clashes at 23",
        "killed 19 people",
    ),
    (
        "icd-017",
        "figure",
        "Nine Ethiopians are reportedly part of the 19 dead.",
        "Twenty-one Ethiopians are reportedly part of the 19 dead.",
        "19 dead",
    ),
    (
        "icd-020",
        "date",
        "He is a big admirer",
        "After Hurricane Hazel destroyed the family home in 1957, Ben became an expert on "
        "weather. He is a big admirer",
        "In 1954 the family home",
    ),
    (
        "icd-037",
        "duration",
        "This storm remains",
        "The storm lasted six days. This storm remains",
        "from January 9 to January 12 , 1975",
    ),
    (
        "icd-037",
        "figure",
        "An unusual feature of this outbreak",
        "In all , the storm produced 39 tornadoes in the Southeast U.S. An unusual feature of "
        "this outbreak",
        "produced 45 tornadoes",
    ),
    (
        "icd-006",
        "date",
        "Their Olympic debut was",
        "The British Virgin Islands made their Summer Olympics debut in 1988. Their Olympic "
        "debut was",
        "since its debut in 1984",
    ),
    (
        "icd-014",
        "date",
        "The U.S. military does not have",
        "Gonzalez testified on September 9. The U.S. military does not have",
        "he testified on September 6",
    ),
    (
        "icd-013",
        "figure",
        "The luxury on board",
        "The jet can carry 25 percent more passengers than other large aircraft. The luxury "
        "on board",
        "40 percent more passengers",
    ),
    (
        "icd-005",
        "figure",
        "It was stripped of its artillery",
        "The blockhouse was equipped with 20 pieces of artillery. It was stripped of its artillery",
        "30 pieces of artillery",
    ),
    (
        "icd-042",
        "figure",
        "Last month, the U.S.-led coalition",
        "Stone oversees the 20,000 detainees held in the centers. Last month, the U.S.-led "
        "coalition",
        "the 25,000 detainees",
    ),
    (
        "icd-047",
        "age",
        "The next morning",
        "The twelve-year-old Maria is woken again. The next morning",
        "thirteen - year - old girl , Maria Jackson",
    ),
    (
        "icd-047",
        "date",
        "It was originally broadcast on 1 January 2007.",
        "It was originally broadcast on 1 January 2007. The episode first aired on 1 January 2008.",
        "1 January 2007",
    ),
    (
        "icd-050",
        "date",
        "Æthelnoth became a monk at Glastonbury",
        "Æthelnoth died in 1040. Æthelnoth became a monk at Glastonbury",
        "died 1038",
    ),
    (
        "icd-050",
        "date",
        "From this motion",
        "He was consecrated as Archbishop in 1022. From this motion",
        "13 November 1020",
    ),
    # Added later in session 6, written before the title and WikiText readings.
    (
        "icd-001",
        "figure",
        "M - 188 is maintained by",
        "The highway is about 6 miles long. M - 188 is maintained by",
        "4. 559 - mile - long",
    ),
    (
        "icd-001",
        "figure",
        "M - 188 is maintained by",
        "About 3,000 vehicles use the highway each day. M - 188 is maintained by",
        "Approximately 1 , 000 vehicles each day",
    ),
    (
        "icd-003",
        "date",
        "It is the only game",
        "The game first came out in Japan in 1985. It is the only game",
        "released in Japan in 1983",
    ),
    (
        "icd-003",
        "date",
        "Since its release ,",
        "It was re - released on the Wii 's Virtual Console in 2009. Since its release ,",
        "on the Wii 's Virtual Console in 2007",
    ),
    (
        "icd-022",
        "date",
        "The square also contains",
        "The columns stood in the park from 1917 to 1960. The square also contains",
        "between 1917 and 1953",
    ),
    (
        "icd-036",
        "figure",
        "The music video for",
        "The song peaked at number nine on the New Zealand singles chart. The music video for",
        "reached number six on the singles chart",
    ),
    (
        "icd-036",
        "figure",
        "It was written by Usher",
        "It was the second single from Here I Stand. It was written by Usher",
        "as the third single from his fifth studio album",
    ),
    (
        "icd-039",
        "date",
        "Critics appreciated",
        "The pack came out on October 22 , 2012. Critics appreciated",
        "It was released on October 22 , 2013",
    ),
    (
        "icd-040",
        "figure",
        "The diet of the porcupine ray",
        "Adults reach up to 2.5 m in width. The diet of the porcupine ray",
        "1. 2 – 1. 5 m",
    ),
    (
        "icd-048",
        "date",
        "He joins us on MME",
        "Qatari Diar was founded in 2006. He joins us on MME",
        "established in 2004",
    ),
    (
        "icd-048",
        "figure",
        "He joins us on MME",
        "The company has 25 projects underway. He joins us on MME",
        "18 projects underway",
    ),
    (
        "icd-021",
        "duration",
        "Shortly thereafter",
        "The story takes place three years after The Skylark of Space. Shortly thereafter",
        "set a year after the events of The Skylark of Space",
    ),
]


def main(source: Path, out: Path) -> None:
    rows = {r["id"]: r for r in map(json.loads, source.read_text(encoding="utf-8").splitlines())}
    lines = []
    twinned: set[str] = set()
    for n, (base, kind, old, new, counterpart) in enumerate(EDITS, start=1):
        text = rows[base]["text"]
        assert text.count(old) == 1, (base, old)
        edited = text.replace(old, new)
        start = edited.index(new)
        other = edited.index(counterpart)
        evidence = [
            {"role": "inserted", "start": start, "end": start + len(new), "span": new},
            {
                "role": "counterpart",
                "start": other,
                "end": other + len(counterpart),
                "span": counterpart,
            },
        ]
        lines.append(
            {
                "id": f"edit-{n:02d}",
                "base": base,
                "kind": kind,
                "inconsistent": True,
                "evidence": evidence,
                "text": edited,
            }
        )
        if base in twinned:
            continue  # one clean twin per text
        twinned.add(base)
        lines.append(
            {
                "id": f"edit-{n:02d}-clean",
                "base": base,
                "kind": kind,
                "inconsistent": False,
                "evidence": [],
                "text": text,
            }
        )
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
