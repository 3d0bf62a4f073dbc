"""Build batch 23: unseen news texts (the Lee corpus), clean and with one contradiction each.

The Lee corpus is 300 short Australian news texts (2001) that gensim ships as test data; no
earlier session read it. This script writes two files from it: every text as a clean item
(for false alarms on news no rule was written for), and 21 probes, each text with one
sentence inserted that contradicts a figure, an age, a date, a length or the order of
events it states. The probes were written in session 20 before any run on them. The corpus
is not shipped with claimcheck; get it from gensim's wheel:

    pip download gensim==4.3.3 --no-deps -d /tmp/gensim
    unzip -j /tmp/gensim/gensim-*.whl 'gensim/test/test_data/lee_background.cor' -d /tmp
    python scripts/make_lee_probes.py /tmp/lee_background.cor lee_clean.jsonl lee_probes.jsonl \
        lee_probes_24.jsonl
    OPENAI_BASE_URL=http://127.0.0.1:8080/v1 python -m claimcheck.eval --internal lee_probes.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# (text number, kind, counterpart, inserted sentence, sentence it follows; None: the end)
PROBES = [
    (
        296,
        "figure",
        "40 million people",
        "Around 25 million people worldwide now carry the virus, the report says.",
        None,
    ),
    (
        248,
        "duration",
        "lodged seven years ago",
        "The claim had been before the courts for four years.",
        "first claim to be settled in the Darwin region.",
    ),
    (
        96,
        "figure",
        "Vaughan was on 64",
        "Vaughan had made 46 when he was given out.",
        "England finished the opening day at 6 for 255.",
    ),
    (
        284,
        "figure",
        "a total of 1,500 to 2,000 troops",
        "About 5,000 US troops are now on the ground in Afghanistan, officials say.",
        None,
    ),
    (263, "figure", "14 of them Australians", "Eleven of those who died were Australians.", None),
    (
        22,
        "date",
        "built prior to 1986",
        "Only cars made before 1990 will need the replacement fuel.",
        None,
    ),
    (
        4,
        "figure",
        "Six midwives have been suspended",
        "The nine suspended midwives will learn their fate next week.",
        None,
    ),
    (
        189,
        "duration",
        "covering the past three decades",
        "The report covers lung cancer figures from the past 20 years.",
        None,
    ),
    (
        102,
        "duration",
        "detain suspects for 48 hours",
        "Under the plan, suspects could be held for up to a week without a lawyer.",
        None,
    ),
    (
        124,
        "figure",
        "affected 360 fairy penguins",
        "More than 500 penguins were covered in oil in the spill.",
        None,
    ),
    (
        172,
        "figure",
        "Up to 12 per cent of Australia's children",
        "About one in five Australian children is now obese, the study found.",
        None,
    ),
    (
        225,
        "date",
        "left Australia in December 1998",
        "He flew out of Australia in March 1999, Mr Williams said.",
        None,
    ),
    (
        135,
        "figure",
        "involving 3,000 maintenance workers",
        "About 5,000 maintenance workers are involved in the dispute.",
        "voted against the company's latest offer.",
    ),
    (
        14,
        "figure",
        "killed three Palestinian militants",
        "The two militants killed had fired on an Israeli armoured vehicle.",
        None,
    ),
    (
        17,
        "date",
        "with her brother Emilio in 1990",
        "Sanchez-Vicario first won the Hopman Cup in 1993, partnering her brother.",
        None,
    ),
    (
        6,
        "age",
        "The 28-year-old Seles",
        "Seles is 31 and has played the event several times.",
        None,
    ),
    (
        266,
        "money",
        "fined $8,250",
        "The $5,000 fine is the largest handed to an Australian player this season.",
        None,
    ),
    (215, "duration", "a rewarding three years", "Cahill had coached Hewitt for five years.", None),
    (
        208,
        "figure",
        "struck three buildings",
        "The F-16 hit five buildings in the police compound.",
        None,
    ),
    (107, "age", "The 27-year-old", "Hicks, 24, was captured by the Northern Alliance.", None),
    (
        225,
        "order",
        "trained as a pilot in Australia in 1997 and 1998",
        "He began his pilot training only after he left Australia.",
        None,
    ),
]

# Batch 24, written in session 21 before any run on it, from texts 161-299 that batch 23 did
# not use.
BATCH_24 = [
    (
        161,
        "figure",
        "killed 21 people",
        "The Swiss court heard that 19 people died in the canyon.",
        "Two guides who survived were acquitted.",
    ),
    (
        163,
        "figure",
        "$400 to $500 million",
        "Cabinet approved a budget of $700 million for the Pacific solution.",
        "guarding asylum seekers.",
    ),
    (
        168,
        "date",
        "July 27, 1999",
        "The canyoning trip set out on the afternoon of July 17, 1999.",
        None,
    ),
    (
        169,
        "figure",
        "10 militia gang members",
        "All 12 convicted men are expected to appeal.",
        "torture, persecution and forced deportation.",
    ),
    (
        170,
        "figure",
        "1.75 per cent",
        "The federal funds rate now sits at 2 per cent.",
        "attacks in New York and Washington.",
    ),
    (
        178,
        "age",
        "A 31-year-old",
        "The 35-year-old mother arrived on the island last month.",
        "Hygiene measures have also been stepped up.",
    ),
    (
        180,
        "figure",
        "an extra 400 asylum seekers",
        "Under the new agreement, Nauru will accept an extra 600 asylum seekers.",
        None,
    ),
    (
        181,
        "length",
        "about four kilometres short of the runway",
        "Investigators say the wreckage lies about 10 kilometres from the runway.",
        "breaking up and catching fire.",
    ),
    (
        191,
        "age",
        "The champion 19-year-old",
        "Thorpe, 21, also won the award in 1999 and 2000.",
        "has been named coach of the year.",
    ),
    (
        205,
        "share",
        "80 per cent",
        "Gambling made up 60 per cent of the casinos' income, the bureau said.",
        None,
    ),
    (
        211,
        "figure",
        "Four victims were taken to Goshen General Hospital",
        "Six wounded workers were taken to Goshen General Hospital.",
        None,
    ),
    (
        213,
        "figure",
        "Eight staff of the now-defunct Adventure World company",
        "The seven Adventure World staff on trial deny the charges.",
        None,
    ),
    (
        226,
        "age",
        "Staff Sergeant Brian Cody Prosser, 28",
        "Prosser, who was 31, had served in the Army for 10 years.",
        None,
    ),
    (
        231,
        "figure",
        "3.5 tonnes of equipment",
        "The Raffaello module carries about 5 tonnes of supplies.",
        None,
    ),
    (
        244,
        "figure",
        "taking the cash rate to 4.25 per cent",
        "The cash rate now stands at 4.5 per cent.",
        "a host of smaller lenders.",
    ),
    (
        255,
        "figure",
        "about 800 volunteers",
        "More than 1,500 SES volunteers have been working since Monday.",
        'most jobs completed by about Friday," Ms Goodin said.',
    ),
    (
        258,
        "figure",
        "Adam Gilchrist not out 83",
        "Gilchrist was unbeaten on 63 at the close.",
        None,
    ),
    (
        224,
        "order",
        "received an OBE for services to yachting in 1991",
        "Blake was given his OBE three years after the Jules Verne record.",
        None,
    ),
    (
        260,
        "figure",
        "leaving more than 550 staff seeking other jobs",
        "About 300 Traveland staff are now out of work.",
        "to ensure they receive every cent.",
    ),
    (
        274,
        "age",
        "died of cancer at age 58",
        "Harrison, who was 62, had been ill for several years.",
        None,
    ),
    (
        279,
        "date",
        "started almost two years ago",
        "The Olivier index began in early 1998.",
        None,
    ),
    (
        281,
        "length",
        "If convicted they face one year jail sentence",
        "If convicted, the eight face up to three years in jail.",
        "swept them to their deaths.",
    ),
]


def probe(
    name: str, text: str, kind: str, counter: str, inserted: str, after: str | None
) -> dict[str, object]:
    """Return one probe: the text with the sentence inserted, and both evidence spans."""
    text = text.rstrip()
    at = len(text) if after is None else text.index(after) + len(after)
    new = f"{text[:at]} {inserted}{text[at:]}"
    start, counterpart = at + 1, new.index(counter)
    evidence = [
        {"role": "inserted", "start": start, "end": start + len(inserted), "span": inserted},
        {
            "role": "counterpart",
            "start": counterpart,
            "end": counterpart + len(counter),
            "span": counter,
        },
    ]
    return {
        "id": name,
        "kind": kind,
        "text": new,
        "inconsistent": True,
        "evidence": evidence,
    }


def main(corpus: str, clean_out: str, probes_out: str, batch_24_out: str | None = None) -> None:
    texts = [
        line.strip()
        for line in Path(corpus).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    with open(clean_out, "w", encoding="utf-8") as clean:
        for i, text in enumerate(texts):
            clean.write(
                json.dumps(
                    {"id": f"lee-{i:03d}", "text": text, "inconsistent": False, "evidence": []}
                )
                + "\n"
            )
    batches = [("p23", PROBES, probes_out)]
    if batch_24_out:
        batches.append(("p24", BATCH_24, batch_24_out))
    for prefix, probes, path in batches:
        with open(path, "w", encoding="utf-8") as out:
            for n, (at, kind, counter, inserted, after) in enumerate(probes, start=1):
                one = probe(f"{prefix}-{n:02d}", texts[at], kind, counter, inserted, after)
                out.write(json.dumps(one) + "\n")
        print(f"{len(probes)} probes -> {path}")
    print(f"{len(texts)} clean texts -> {clean_out}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
