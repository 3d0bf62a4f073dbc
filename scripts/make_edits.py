"""Build tests/data/internal_edits.jsonl: real clean texts with one contradiction inserted by hand.

Each edit replaces one passage of a consistent text from ../shared/eval/internal_dev.jsonl, so
that it contradicts another passage (the counterpart); the later ones (INSERTIONS) insert one
sentence after a given one, as ContraDoc's contradictions are inserted. The edits were
written for claimcheck's own tests, not taken from any benchmark; they are development data,
not a measure. Each text also gives one clean twin, the text as it was.
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

# Inserted sentences, as ContraDoc inserts them, written in session 8 in four batches of
# 18, 16, 16 and 16, each run before any reading was written for it: (text id, kind, the sentence
# after which it is inserted, the inserted sentence, counterpart).
INSERTIONS = [
    (
        "icd-011",
        "date",
        "It was later included the album 's follow - up set , Versus.",
        "The song was released to rhythmic and urban airplay on June 15 , 2011.",
        "June 15 , 2010",
    ),
    (
        "icd-011",
        "figure",
        "music video features Usher pursuing his love interest in risque scenes.",
        "The song peaked at number thirty on the Billboard Hot 100.",
        "a peak of twenty - five on the Billboard Hot 100",
    ),
    (
        "icd-011",
        "date",
        "video , calling it classic Usher , while some noted its theme was played - out.",
        "Usher won the Grammy Award for the song at the 53rd Grammy Awards in 2012.",
        "in 2011",
    ),
    (
        "icd-011",
        "figure",
        "It follows the chord progression A – Fmaj7 – G.",
        "The song has a tempo of ninety beats per minute.",
        "eighty beats per minute",
    ),
    (
        "icd-015",
        "figure",
        "The AQSIQ did not reveal the name of the toys' producer, Xinhua said.",
        "U.S. officials recalled about 2.4 million of the toys.",
        "recalled about 4.2 million",
    ),
    (
        "icd-015",
        "figure",
        "a CPSC statement warned.",
        "Five children in Australia were hospitalized after swallowing the beads.",
        "three children in Australia swallowed",
    ),
    (
        "icd-015",
        "age",
        "in Australia swallowed large quantities of the beads and were hospitalized.",
        "Charlotte, who is 12, was among them.",
        "10-year-old daughter, Charlotte",
    ),
    (
        "icd-034",
        "date",
        "More than 90 fruits and vegetables worldwide depend on them for pollination.",
        "Colony collapse disorder was first reported in the U.S. in 2006.",
        "first reported in the United States in 2004",
    ),
    (
        "icd-034",
        "figure",
        "Australian bees seem to be resistant to IAPV and do not come down with symptoms.",
        "IAPV was found in bees from collapsed hives 69 percent of the time.",
        "96 percent of the time",
    ),
    (
        "icd-034",
        "figure",
        "on a moveable comb hive at the Bee Research Laboratory, in Beltsville, Maryland.",
        "The USDA says honey bees pollinate $51 billion worth of U.S. crops each year.",
        "$15 billion worth of crops each year",
    ),
    (
        "icd-038",
        "figure",
        "is also boosted by the return from suspension of captain Fabio Cannavaro, .",
        "Italy are second in Group B, one point behind France.",
        "third in Group B, two points behind leaders France",
    ),
    (
        "icd-038",
        "figure",
        "against South Africa, when he scored twice in the world champions' victory.",
        "Lucarelli scored three goals against South Africa.",
        "scoring twice against South Africa",
    ),
    (
        "icd-044",
        "age",
        "and he cannot work.",
        "Hans, who is 13, works hard to support his family.",
        "15-year-old Hans Brinker",
    ),
    (
        "icd-023",
        "figure",
        "The party, with volunteers, returns to the Terran Trade City.",
        "One hundred and fifty Trailmen volunteer to help.",
        "One hundred Trailmen volunteer",
    ),
    (
        "icd-023",
        "duration",
        "to undergo hypnosis.",
        "The fever returns every 24 years.",
        "cyclical 48-year-fever",
    ),
    (
        "icd-027",
        "age",
        "is being sought as a suspect, police say.",
        "The girl, who is now 9, was found Friday.",
        "The girl, now 7",
    ),
    (
        "icd-027",
        "duration",
        '"It was very sad for her to find this out."',
        "The sex video was made two years ago.",
        "made four years ago",
    ),
    (
        "icd-027",
        "figure",
        "Stiles was a distant friend of the girl's family, De Meo said.",
        "Pahrump lies about 160 miles west of Las Vegas.",
        "about 60 miles west of Las Vegas",
    ),
    (
        "icd-009",
        "figure",
        "He says the arrests often result from confrontations with police.",
        "Inmates with severe mental illnesses are held on the seventh floor of the facility.",
        "The ninth floor of the Miami-Dade pretrial detention facility",
    ),
    (
        "icd-019",
        "figure",
        "The problem is as old and ugly as rotten trash.",
        "Five different commissioners have been appointed to solve the crisis.",
        "Eight different commissioners have been appointed",
    ),
    (
        "icd-019",
        "figure",
        "It is still difficult to find out where or how that money has been spent.",
        "Some €3.8 billion in emergency funds has been devolved to deal with the garbage problem.",
        "€1.8 billion",
    ),
    (
        "icd-019",
        "date",
        "can be transformed into various sources of energy and then sold for a profit.",
        "The region's dumps reached full capacity only last year.",
        "reached full capacity more than a decade ago",
    ),
    (
        "icd-045",
        "figure",
        "Mike hears that Psmith is in the same position, as he is sent off to London.",
        "Mike was out for eighty-nine in that match.",
        "get out on ninety-eight",
    ),
    (
        "icd-049",
        "figure",
        "loss of his last ship; and Huish, a dishonest Cockney of various employments.",
        "The four beggars live on the beach.",
        "Three beggars operate in the port",
    ),
    (
        "icd-049",
        "figure",
        'the ship deliberately and claim the full value of the "champagne" on insurance.',
        "Herrick manages the ship with five native crew members.",
        "three native crew members",
    ),
    (
        "icd-049",
        "order",
        "Huish start drinking the cargo and spend almost all of their time intoxicated.",
        "The schooner was carrying champagne from Sydney to San Francisco.",
        "from San Francisco to Sydney",
    ),
    (
        "icd-024",
        "age",
        "She recovers slowly but can make no useful testimony.",
        "Mathilde Stangerson, who is in her fifties, is the professor's daughter.",
        "the 30-something daughter",
    ),
    (
        "icd-024",
        "figure",
        "The game-keeper is murdered during the second attempt.",
        "The perpetrator vanishes on three occasions as they close in.",
        "vanish on two occasions",
    ),
    (
        "icd-030",
        "figure",
        "eyes, who see him as an eccentric and do not frequent his law practice.",
        "Roxy is one-eighth black.",
        "Roxy is only one-sixteenth black",
    ),
    (
        "icd-030",
        "date",
        "Chambers and Tom in their cribs so that her son will live a life of privilege.",
        "The story is set in the second half of the 19th century.",
        "in the first half of the 19th century",
    ),
    (
        "icd-030",
        "duration",
        "master's infant son Tom Driscoll, who is the same age as her own son.",
        "The narrative then moves forward three decades.",
        "moves forward two decades",
    ),
    (
        "icd-041",
        "figure",
        "Dorothy for directions to Butterfield, which is the nearest town on the prairie.",
        "Further on, the road splits into five paths.",
        "the road splits into seven paths",
    ),
    (
        "icd-041",
        "date",
        "a cute and wealthy little boy in a sailor's outfit who is always getting lost.",
        "Princess Ozma's birthday is celebrated on August 12.",
        "August 21",
    ),
    (
        "icd-018",
        "figure",
        "The initial reaction to the invasion is muted.",
        "England is invaded by seven foreign armies at once.",
        "nine invaders",
    ),
    (
        "icd-025",
        "figure",
        "novel begins the two houses are among the most illustrious families in the city.",
        "The Jia clan is divided into three branches.",
        "the two branches of the wealthy",
    ),
    (
        "icd-025",
        "figure",
        "is built to receive her visit.",
        "The novel follows some fifty main characters.",
        "some thirty main characters",
    ),
    (
        "icd-025",
        "figure",
        "of the novel is the carefree adolescent male heir of the family, Jia Baoyu.",
        "Over two hundred minor characters appear in the novel.",
        "over four hundred minor ones",
    ),
    (
        "icd-028",
        "figure",
        "endeavour, as he doesn't cooperate with the relative's attempts to warm to him.",
        "The manuscript is missing its first twelve chapters.",
        "missing the first ten chapters",
    ),
    (
        "icd-032",
        "date",
        "Rabina gives birth to two sons.",
        "The Editor's Narrative begins in 1697 with the Laird's marriage.",
        "starts in 1687 with the marriage",
    ),
    (
        "icd-032",
        "figure",
        "chosen few will have a heavenly reward regardless of how their lives are lived.",
        "Rabina has three sons.",
        "Rabina gives birth to two sons.",
    ),
    (
        "icd-032",
        "figure",
        "becomes a popular young man who enjoys sport and the company of his friends.",
        "George is Rabina's second son.",
        "The first, George,",
    ),
    (
        "icd-035",
        "age",
        "Then comes a Prologue in which Drury introduces himself.",
        "The manuscript Lloyd discovers is twenty years old.",
        "a thirty-year-old manuscript",
    ),
    (
        "icd-035",
        "duration",
        "in Kentucky; there he is led by a cavern dweller on a long subterranean journey.",
        "The events he relates took place fifty years earlier.",
        "occurred thirty years earlier",
    ),
    (
        "icd-035",
        "date",
        "journey of the spirit as much as a geographical trip through underground realms.",
        "The kidnapping of William Morgan took place in 1836.",
        "the 1826 kidnapping of William Morgan",
    ),
    (
        "icd-015",
        "date",
        "The AQSIQ did not reveal the name of the toys' producer, Xinhua said.",
        "The beads had been on sale in U.S. stores since June.",
        "selling since April at major U.S. retail stores",
    ),
    (
        "icd-034",
        "date",
        "adults and plenty of food, but the worker bees responsible for pollination gone.",
        "American beekeepers began importing Australian bees in 2007.",
        "the same year American beekeepers started importing bees from Australia",
    ),
    (
        "icd-027",
        "age",
        "Stiles was a distant friend of the girl's family, De Meo said.",
        "Stiles, who is 41, lives in Pahrump.",
        "Chester Arthur Stiles, 37, is being sought",
    ),
    (
        "icd-038",
        "date",
        "keeps his place in the Italian squad after scoring twice against South Africa.",
        "Italy face the Faroe Islands in Modena on November 12.",
        "November 21",
    ),
    (
        "icd-044",
        "date",
        "and he cannot work.",
        "The great skating race takes place in January.",
        "December's great ice skating race",
    ),
    (
        "icd-049",
        "figure",
        "the ship and three native crew members, despite having no seafaring experience.",
        "Two beggars operate in Papeete.",
        "Three beggars operate in the port of Papeete",
    ),
    (
        "icd-007",
        "figure",
        "He was named to play in the NFL 's first Pro Bowl as an Eagle.",
        "Wistert played seven seasons in the NFL, all with the Eagles.",
        "his entire nine - year NFL career",
    ),
    (
        "icd-007",
        "figure",
        "Wistert played college football at the University of Michigan.",
        "He was named to the All - Pro team six times.",
        "named to the league All - Pro team eight times",
    ),
    (
        "icd-007",
        "figure",
        "Wistert , who was born in Chicago , Illinois , was from a Lithuanian family.",
        "The Wistert brothers wore jersey No. 14 at Michigan.",
        "jersey No. 11 at Michigan",
    ),
    (
        "icd-007",
        "date",
        "first Michigan alumnus to be selected to the National Football League Pro Bowl.",
        "Wistert died on March 5 , 2014.",
        "March 5 , 2016",
    ),
    (
        "icd-010",
        "date",
        "Police said he was shot.",
        "Dube was killed on Wednesday night.",
        "around 8 p.m. local time Thursday",
    ),
    (
        "icd-010",
        "figure",
        "South Africa is one of the most dangerous societies in the world.",
        "More than 25,000 South Africans were murdered from April 2006 to March 2007, "
        "police figures show.",
        "more than 19,000 South Africans were murdered",
    ),
    (
        "icd-031",
        "figure",
        "When the crew members stormed the bridge, the deadly battle began.",
        "Four pirates died in the battle.",
        "two pirates were dead",
    ),
    (
        "icd-031",
        "figure",
        "North Korea and the United States have no diplomatic relations.",
        "Five wounded crew members were treated aboard the destroyer.",
        "Three wounded crew members",
    ),
    (
        "icd-031",
        "figure",
        "It is the second incident of piracy reported in recent days.",
        "The incident took place about 40 miles northeast of Mogadishu.",
        "about 70 miles northeast of the Somali capital",
    ),
    (
        "icd-046",
        "figure",
        "been planned out in graphic videos posted on Internet file-sharing site YouTube.",
        "The gunman shot six people at the school.",
        "shot eight people inside his high school",
    ),
    (
        "icd-046",
        "figure",
        "Police said he took his own life.",
        "Twelve other people were taken to hospital with minor injuries.",
        "Ten other people were taken to a hospital",
    ),
    (
        "icd-046",
        "date",
        "record and had never threatened anyone from the school before, they added.",
        "The Rauma school shooting took place in 1993.",
        "since 1989, when a 14-year-old student shot",
    ),
    (
        "icd-046",
        "figure",
        "Police said Auvinen is from Tuusula and who acted alone.",
        "YouTube removed 98 videos linked to his account.",
        "removed 89 videos linked to his account",
    ),
    (
        "icd-046",
        "figure",
        "Ten other people were taken to a hospital with minor injuries.",
        "Tuusula is about 80 kilometers north of Helsinki.",
        "around 50 kilometers (30 miles) north of Helsinki",
    ),
    (
        "icd-010",
        "age",
        "Reggae star Lucky Dube was much loved by his fellow South Africans.",
        "Lucky Dube, who was 53, was one of the country's best-selling musicians.",
        "Dube, 43,",
    ),
    (
        "icd-031",
        "date",
        "while the crew kept control of the steering gear and engines, the Navy said.",
        "The Navy reported the battle on Monday.",
        "the U.S. Navy reported Tuesday",
    ),
]


def evidence(text: str, start: int, inserted: str, counterpart: str) -> list[dict[str, object]]:
    """Return the two evidence spans of an inserted contradiction: the sentence put in at
    `start`, and the one passage of the text it contradicts."""
    other = text.index(counterpart)
    return [
        {"role": "inserted", "start": start, "end": start + len(inserted), "span": inserted},
        {
            "role": "counterpart",
            "start": other,
            "end": other + len(counterpart),
            "span": counterpart,
        },
    ]


def main(source: Path, out: Path) -> None:
    rows = {r["id"]: r for r in map(json.loads, source.read_text(encoding="utf-8").splitlines())}
    lines = []
    twinned: set[str] = set()
    inserted = [(base, kind, at, f"{at} {new}", other) for base, kind, at, new, other in INSERTIONS]
    for n, (base, kind, old, new, counterpart) in enumerate([*EDITS, *inserted], start=1):
        text = rows[base]["text"]
        assert text.count(old) == 1, (base, old)
        edited = text.replace(old, new)
        start = edited.index(new)
        if n > len(EDITS):  # only the inserted sentence, not the one it follows
            start, new = start + len(old) + 1, new[len(old) + 1 :]
        lines.append(
            {
                "id": f"edit-{n:02d}",
                "base": base,
                "kind": kind,
                "inconsistent": True,
                "evidence": evidence(edited, start, new, counterpart),
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
