"""Build held-out probes: SummEdits news documents, each with one contradicting sentence inserted.

Three batches, written as ContraDoc inserts its contradictions (one sentence after a given
one, contradicting a counterpart passage): on 2026-11-27, batch 13 (24 probes) before that
day's readings were written and batch 14 (14 probes) after them, neither used to write a
reading; in session 12, batch 15 (23 probes), after that session's readings and before any
run on it. Their scores estimate recall on unseen news. The documents come from
../shared/eval/summedits_dev.jsonl, which a user's clone does not have; the output is not
shipped. Each probe is cut at 2,000 characters, or after both passages when they run later.

    python scripts/make_news_probes.py ../shared/eval/summedits_dev.jsonl probes.jsonl
    OPENAI_BASE_URL=http://127.0.0.1:8080/v1 python -m claimcheck.eval --internal probes.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from make_edits import evidence

CUT = 2000
# (batch, news document number in file order, kind, sentence inserted after, inserted, counterpart)
PROBES = [
    (
        13,
        5,
        "figure",
        "Rescuers brought out three people, two of whom showed no signs of life.",
        "State media said 53 people remained missing after the collapse.",
        "gave the total number of missing at 57",
    ),
    (
        13,
        5,
        "date",
        "Rescuers brought out three people, two of whom showed no signs of life.",
        "The collapse happened on Tuesday.",
        "region on Wednesday",
    ),
    (
        13,
        3,
        "figure",
        "As of Tuesday, none of the four detainees has been formally charged.",
        "The court extended the detention by 60 days.",
        "for another 30 days",
    ),
    (
        13,
        3,
        "figure",
        "The Tates appealed the judge's decision but lost on Feb. 1.",
        "It was the fourth extension since the arrests.",
        "the third one granted",
    ),
    (
        13,
        3,
        "date",
        "As of Tuesday, none of the four detainees has been formally charged.",
        "The brothers have been in custody since their arrest on Jan. 29.",
        "arrested on Dec. 29. 2022",
    ),
    (
        13,
        4,
        "figure",
        "No deaths have been reported.",
        "On February 22, 25 schoolgirls were taken to hospital in Qom.",
        "15 schoolgirls were transferred to a hospital in Qom on February 22",
    ),
    (
        13,
        4,
        "date",
        "Dozens have received treatment, while others have been hospitalized.",
        "The first cases were reported in January.",
        "occurred in November",
    ),
    (
        13,
        9,
        "age",
        "Local officials have taken samples from dead birds at a conservation area near the girl's home, with teams in the region warning residents about touching dead and ill birds.",
        "The girl, aged 9, lived near the conservation area.",
        "An 11-year-old girl",
    ),
    (
        13,
        9,
        "date",
        "The girl was from the rural province of Prey Veng, in south-eastern Cambodia, and became ill on 16 February.",
        "Cambodia's previous bird flu death was recorded in 2016.",
        "since 2014",
    ),
    (
        13,
        9,
        "figure",
        "However, there have been fears that the virus could have evolved to spread more easily between people.",
        "Of Cambodia's 56 H5N1 cases between 2003 and 2014, 41 ended in death.",
        "37 of which were fatal",
    ),
    (
        13,
        10,
        "age",
        "Military Police say he was shot and taken to a regional hospital but later succumbed to his injuries.",
        "The gunman, who was 29, had killed seven people.",
        "Ezequias Souza Ribeiro, 27,",
    ),
    (
        13,
        10,
        "figure",
        "Military Police say he was shot and taken to a regional hospital but later succumbed to his injuries.",
        "The pair killed nine people at the bar.",
        "slaughtered seven",
    ),
    (
        13,
        11,
        "figure",
        "No further explanations were made.",
        "The order applies to the Commission's 23,000 staff.",
        "its 32,000 employees",
    ),
    (
        13,
        11,
        "date",
        'In a statement, the EC said the decision was made to ban TikTok from its devices to "protect data and increase cybersecurity".',
        "Employees have until March 31 to remove the app.",
        "until March 15",
    ),
    (
        13,
        12,
        "figure",
        "But the firm is keen to establish itself as a multi-product company.",
        "Bancel said the company had 38 programs in development.",
        "overall has 48 programs underway",
    ),
    (
        13,
        12,
        "figure",
        "But the firm is keen to establish itself as a multi-product company.",
        "Full-year revenue came to $21.3bn.",
        "full year revenues of $19.3bn",
    ),
    (
        13,
        14,
        "figure",
        "She declined to disclose how many vehicles in total the company has produced and delivered to customers since production started in September.",
        "The company said it would recall 91 Endurance trucks.",
        "recall 19 Endurance pickups",
    ),
    (
        13,
        14,
        "date",
        "She declined to disclose how many vehicles in total the company has produced and delivered to customers since production started in September.",
        "Lordstown went public in 2021 through a SPAC merger.",
        "went public via a special purpose acquisition company in 2020",
    ),
    (
        13,
        15,
        "duration",
        "A large group of spectators gathered to watch the protest as cars continued to pass through, picking up yellow and blue paint on their tires.",
        "The protest took place a week before the anniversary of the invasion.",
        "on the eve of the one-year anniversary",
    ),
    (
        13,
        17,
        "figure",
        'He said he started adding it to his coffee and found it produced an "unexpected, velvety, buttery flavour that enhanced the coffee and lingers beautifully on the palate".',
        "The drinks will launch in Starbucks' 25 Italian stores.",
        "its 20 Italian stores",
    ),
    (
        13,
        17,
        "date",
        'He said he started adding it to his coffee and found it produced an "unexpected, velvety, buttery flavour that enhanced the coffee and lingers beautifully on the palate".',
        "Starbucks first opened in Italy in 2016.",
        "opened its first branch in Italy in 2018",
    ),
    (
        13,
        6,
        "age",
        "He watched the Sydney court hearing online from the United States.",
        "Johnson was 31 when he died.",
        "the 27-year-old mathematician",
    ),
    (
        13,
        6,
        "duration",
        "He watched the Sydney court hearing online from the United States.",
        "White's murder conviction had been overturned six months earlier.",
        "three months after he had his conviction",
    ),
    (
        13,
        16,
        "figure",
        "The guilty pleas were first reported by the Wall Street Journal.",
        "Three of the company's top executives had pleaded guilty earlier this month.",
        "two of the company's top executives pleaded guilty this month",
    ),
    (
        14,
        1,
        "figure",
        "The central bank said it expected to keep tightening further to ensure inflation returned to its target range over the medium term.",
        "The Reserve Bank of New Zealand lifted its official cash rate by 25 basis points on Wednesday.",
        "raised interest rates by 50 basis points",
    ),
    (
        14,
        1,
        "figure",
        "China's benchmark shed 0.68% and Hong Kong's Hang Seng index dropped down 0.27%.",
        "Tokyo's Nikkei ended Wednesday down 2.1%.",
        "Japan's Nikkei share index fell 1.25% on Wednesday",
    ),
    (
        14,
        1,
        "figure",
        "reaching the highest level since Jan. 18.",
        "It was the third straight session in which the yield topped the cap.",
        "touched 0.505% for a second straight session",
    ),
    (
        14,
        2,
        "figure",
        "The beneficiaries included Justin Sun, Cumberland, and Sam Bankman-Fried's Alameda Research.",
        "Cumberland alone received about $1.6 billion of the funds.",
        "nearly $1.1 billion was sent to Cumberland",
    ),
    (
        14,
        2,
        "date",
        "A spokesperson for the exchange clarified that there was no commingling of funds.",
        "The first transfer was made in October last year, Forbes said.",
        "the transfers started on 17 August last year",
    ),
    (
        14,
        2,
        "figure",
        "Interestingly, Sam Bankman-Fried's crypto hedge fund Alameda Research received $20 million from the exchange.",
        "Sun's share came to $183 million.",
        "Justin Sun, who received $138 million",
    ),
    (
        14,
        7,
        "date",
        "That's the primary recommendation included in proposed guidelines, drafted by the U.S. Food and Drug Administration, for the naming and labeling of PBMA products.",
        "A 2016 study found that most shoppers know plant-based drinks contain no milk.",
        "Research conducted in 2018 found that consumers generally understand",
    ),
    (
        14,
        8,
        "figure",
        "The speech comes after months of intense lobbying from the semiconductor sector.",
        "Raimondo is overseeing some $80 billion in government funding for chipmakers.",
        "about $50 billion in government funds",
    ),
    (
        14,
        8,
        "date",
        "The speech comes after months of intense lobbying from the semiconductor sector.",
        "Biden signed the CHIPS and Science Act into law in 2021.",
        "The money was approved in 2022",
    ),
    (
        14,
        8,
        "figure",
        "The situation is even worse with the world's most advanced semiconductors, 100% of which were manufactured overseas in 2019.",
        "The U.S. share of global chip production has dropped to about 20% in recent years.",
        "to only 12% in recent years",
    ),
    (
        14,
        13,
        "duration",
        "The reason? Israeli airlines were banned from the airspace of both Oman and Saudi Arabia.",
        "Israeli carriers' flights took roughly four hours longer than rivals'.",
        "take around two hours more",
    ),
    (
        14,
        13,
        "figure",
        "Now, all that is set to change.",
        "Israel has four airlines.",
        "Israel's three airlines",
    ),
    (
        14,
        13,
        "date",
        "Now, all that is set to change.",
        "Saudi Arabia opened its airspace to all carriers in July 2021.",
        "announcement in July 2022",
    ),
    (
        14,
        13,
        "duration",
        "As the announcement was made, El Al swiftly posted a map of their old and new routes to Southeast Asia on Instagram.",
        "Before the change, El Al's Tel Aviv to Mumbai flights took eight hours 45 minutes.",
        "took seven hours 45 minutes",
    ),
    # Batch 15, written in session 12 after its readings and before any run on it.
    (
        15,
        3,
        "figure",
        "The two Romanian women are to be placed on house arrest.",
        "Prosecutors had asked to keep the Tates in custody for 60 more days.",
        "to continue to hold the Tates for 30 more days",
    ),
    (
        15,
        3,
        "date",
        "Andrew Tate also turned to Twitter before the decision.",
        "The judge's earlier order to keep the brothers in custody came on Jan. 25.",
        "On Jan. 20, a judge ordered",
    ),
    (
        15,
        4,
        "figure",
        "Some parents have refused to let their children attend school.",
        "In the first incident, 28 schoolgirls were hospitalized after complaining of nausea "
        "and headaches.",
        "when 18 schoolgirls in Qom were taken to a hospital",
    ),
    (
        15,
        4,
        "date",
        "Authorities said they have not yet been able to determine the cause of the mysterious "
        "wave of sickness, despite conducting toxicology tests.",
        "Montazeri wrote to the Qom prosecutor on February 24 to warn that the poisonings "
        "might be deliberate.",
        "suggested on February 21 that the incidents could be deliberate",
    ),
    (
        15,
        5,
        "figure",
        "Inner Mongolia is a key region for mining coal and other minerals in China, which "
        "critics say has ravaged the original landscape of mountains, grassy steppe and deserts.",
        "Xinhua said at least five people were killed in the collapse.",
        "killing at least two people",
    ),
    (
        15,
        6,
        "duration",
        "He watched the Sydney court hearing online from the United States.",
        "Scott Johnson's fall from the clifftop happened 25 years ago.",
        "who fell to his death 35 years ago from a Sydney cliff top",
    ),
    (
        15,
        6,
        "date",
        "Breakthrough evidence came last October when police intercepted a prison phone call "
        "between White and a niece in which he confessed to striking his victim at the "
        "clifftop, Johnson said.",
        "White is due to be sentenced on July 6.",
        "when White returns to court on June 6 to be sentenced",
    ),
    (
        15,
        8,
        "figure",
        "The money was approved in 2022 when President Biden signed the CHIPs and Science Act "
        "into law.",
        "The plan calls for at least four manufacturing and research hubs.",
        "the creation of at least two semiconductor manufacturing and research hubs",
    ),
    (
        15,
        9,
        "age",
        "Local officials have taken samples from dead birds at a conservation area near the "
        "girl's home, with teams in the region warning residents about touching dead and ill "
        "birds.",
        "The 13-year-old had been helping her family raise chickens.",
        "An 11-year-old girl from Cambodia",
    ),
    (
        15,
        9,
        "date",
        "However, there have been fears that the virus could have evolved to spread more easily "
        "between people.",
        "The girl first showed symptoms on 19 February.",
        "became ill on 16 February",
    ),
    (
        15,
        10,
        "age",
        "Military Police say he was shot and taken to a regional hospital but later succumbed "
        "to his injuries.",
        "Oliveira, 34, was the older of the two men.",
        "30-year-old Edgar Ricardo de Oliveira",
    ),
    (
        15,
        10,
        "figure",
        "The pair are then seen to kill their captives at near-point-blank range.",
        "Ribeiro had lost about 6,000 reais in the games.",
        "he lost around 4,000 reais (PS640) playing at a bar in Sinop",
    ),
    (
        15,
        11,
        "date",
        "ByteDance has consistantly denied these accusations.",
        "The US congressional ban on TikTok takes effect on March 27.",
        "go into effect on February 27",
    ),
    (
        15,
        12,
        "figure",
        'He added that the company is on track to expand its commercial portfolio "very soon" '
        "and overall has 48 programs underway.",
        "Bancel said the company held $13bn in cash at the end of the year.",
        "Our $18bn of cash balance at the end of the year",
    ),
    (
        15,
        12,
        "figure",
        "For the full year of 2023, Moderna expects Spikevax to have sales contracted for "
        "delivery of $5bn.",
        "Fourth-quarter profit came to $2.5bn.",
        "Profit for the fourth quarter was $1.5bn",
    ),
    (
        15,
        2,
        "duration",
        "A spokesperson for the exchange clarified that there was no commingling of funds.",
        "The funds were returned to the peg wallet three days later, Forbes found.",
        "The assets were returned to the peg wallet after seven days",
    ),
    (
        15,
        1,
        "figure",
        "The central bank said it expected to keep tightening further to ensure inflation "
        "returned to its target range over the medium term.",
        "The Reserve Bank of New Zealand's move took its cash rate to 4.25%.",
        "a more than 14-year high of 4.75%",
    ),
    (
        15,
        13,
        "duration",
        "For years, journey times flying east from Israel depended on who you were flying with.",
        "The new routes will save Israeli airlines as much as five hours on flights to Asia.",
        "by up to three hours",
    ),
    (
        15,
        14,
        "figure",
        "Robar confirmed the problems have not resulted in any fires, like a battery issue "
        "earlier this month with an electric Ford F-150 Lightning pickup.",
        "Only nine of the Endurance trucks built so far have reached customers.",
        "delivered six of those to customers",
    ),
    (
        15,
        14,
        "date",
        "Lordstown Motors said Thursday it will suspend production and deliveries of its "
        "all-electric Endurance pickup to address performance and quality issues with certain "
        "components.",
        "Lordstown stock peaked at $31.80 in February 2021.",
        "all-time high of $31.80 a share in September 2020",
    ),
    (
        15,
        15,
        "figure",
        "A large group of spectators gathered to watch the protest as cars continued to pass "
        "through, picking up yellow and blue paint on their tires.",
        "Police said five people were arrested at the scene.",
        "Four people, three men and one woman, were arrested",
    ),
    (
        15,
        16,
        "date",
        "The guilty pleas were first reported by the Wall Street Journal.",
        "The Times story that exposed the impersonation ran in September 2021.",
        "New York Times reported in October 2021",
    ),
    (
        15,
        17,
        "date",
        'He said he started adding it to his coffee and found it produced an "unexpected, '
        "velvety, buttery flavour that enhanced the coffee and lingers beautifully on the "
        'palate".',
        "The range goes on sale in Italy on Friday.",
        "it's launching in Italy on Wednesday",
    ),
]

# Batch 16, written in session 13 on the clean texts of ../shared/eval/internal_dev.jsonl
# (Wikipedia, book summaries, news), after that session's second look and before any run on
# it: (batch, text id, kind, sentence inserted after, inserted, counterpart). Batches 17 and
# 18 were written the same way on other clean texts, in sessions 14 and 15.
PAGE_PROBES = [
    (
        16,
        "icd-005",
        "figure",
        "An invasion of England now appeared certain.",
        "The blockhouse was fitted with 20 guns and manned by a small garrison.",
        "Equipped with 30 pieces of artillery",
    ),
    (
        16,
        "icd-005",
        "date",
        "An invasion of England now appeared certain.",
        "France and the Empire formally allied against Henry in 1536.",
        "declaring an alliance against Henry in 1538",
    ),
    (
        16,
        "icd-014",
        "date",
        "He also doesn't know what would happen to his young son, Eduardo Jr., if that happens.",
        "Gonzalez's wife left Guatemala in 1993 and has not been back since.",
        "her home country that she hasn't seen since 1989",
    ),
    (
        16,
        "icd-014",
        "date",
        "The U.S. military does not have a policy to deal with such cases.",
        "He told the panel on September 8 that he wanted to serve his country fully.",
        "he testified on September 6",
    ),
    (
        16,
        "icd-020",
        "age",
        "He hides in the forest, burying himself up to the neck in soil.",
        "Jakob was only five when the soldiers broke into his family's house.",
        "Jakob Beer is a 7 year old child",
    ),
    (
        16,
        "icd-020",
        "date",
        "when Ben himself has trouble coping with the horrors his parents must have endured.",
        "Hurricane Hazel struck Weston in 1956, wrecking the house where Ben grew up.",
        "In 1954 the family home in Weston, Ontario is destroyed by Hurricane Hazel",
    ),
    (
        16,
        "icd-022",
        "duration",
        "The square also contains a large lawn and a public fountain.",
        "The original peristyle stood in Grant Park for 40 years before it was torn down.",
        "between 1917 and 1953",
    ),
    (
        16,
        "icd-022",
        "figure",
        "The area broadcasts free wifi wireless technology.",
        "The park's 65 original benches were kept during the 2005 improvements.",
        "added to the 56 original benches",
    ),
    (
        16,
        "icd-039",
        "date",
        "The pack also casts characters from Saints Row : The Third who did not return in the "
        "sequel.",
        "Enter the Dominatrix was released on October 24 , 2013 as a download.",
        "It was released on October 22 , 2013",
    ),
    (
        16,
        "icd-040",
        "figure",
        "The diet of the porcupine ray consists mainly of benthic invertebrates and bony fishes , "
        "which it digs up from the sea floor.",
        "The species lives at depths of up to 50 m ( 160 ft ) near shore.",
        "to a depth of 30 m ( 100 ft )",
    ),
    (
        16,
        "icd-040",
        "date",
        "Later authors have regarded the two as synonymous.",
        "Bloch and Schneider's description appeared in 1810.",
        "in their 1801 work Systema Ichthyologiae",
    ),
    (
        16,
        "icd-042",
        "figure",
        "helps break the cycle of violence and poverty in the country.",
        "Stone said the U.S. holds some 21,000 detainees, most of them Sunni.",
        "the 25,000 detainees -- mostly Sunnis",
    ),
    (
        16,
        "icd-042",
        "figure",
        "cited the centers as one reason for quitting the government during the summer.",
        "Sunnis account for 73 percent of those held at the two camps.",
        "who make up 83 percent of the detainees held",
    ),
    (
        16,
        "icd-043",
        "figure",
        "Lost 's editors received a Golden Reel Award nomination.",
        "The episode was watched by 15 million viewers in the United States.",
        "was viewed by 12 million Americans",
    ),
    (
        16,
        "icd-043",
        "duration",
        "persuades her boyfriend Karl ( Blake Bashoff ) to canoe to the survivors ' beach to warn "
        "them.",
        "The events of the episode happen 96 days after Flight 815 went down.",
        "92 days after the crash of Oceanic Airlines Flight 815",
    ),
    (
        16,
        "icd-043",
        "figure",
        "are selected to stay behind to shoot the dynamite - rigged tents when the Others arrive.",
        "Ben sends twelve of his people to raid the beach camp.",
        "orders ten of the Others to go to the survivors ' camp",
    ),
    (
        16,
        "icd-045",
        "figure",
        "Mike hears that Psmith is in the same position, as he is sent off to London.",
        "Mike is out for ninety-two after Bickersdyke wanders behind the bowler.",
        "causing Mike to get out on ninety-eight",
    ),
    (
        16,
        "icd-009",
        "figure",
        "That's also why they have no shoes, laces or mattresses.",
        "Leifman estimates that about half of the inmates in the county's jails are mentally ill.",
        "about one-third of all people in Miami-Dade county jails are mentally ill",
    ),
    (
        16,
        "icd-021",
        "date",
        "Shortly thereafter, DuQuesne and a henchman disappear from Earth.",
        "Skylark Three, published in 1946, continues the series.",
        "Skylark Three (1948)",
    ),
    (
        16,
        "icd-018",
        "figure",
        "The initial reaction to the invasion is muted.",
        "Eight foreign armies land in England at once.",
        "beneath the heels of nine invaders",
    ),
    # Batch 17: written after session 14's readings, run once.
    (
        17,
        "icd-007",
        "date",
        "He was named to play in the NFL 's first Pro Bowl as an Eagle.",
        "Wistert died in March 2014.",
        "March 5 , 2016",
    ),
    (
        17,
        "icd-007",
        "figure",
        "He was the first Michigan alumnus to be selected to the National Football League Pro Bowl.",
        "He spent eleven years in the NFL, all of them with the Eagles.",
        "entire nine - year NFL career",
    ),
    (
        17,
        "icd-007",
        "figure",
        "He was the first Michigan alumnus to be selected to the National Football League Pro Bowl.",
        "He was chosen for the league's All-Pro team six times.",
        "named to the league All - Pro team eight times",
    ),
    (
        17,
        "icd-013",
        "figure",
        "And the time had finally come for it to receive some admiration.",
        "The superjumbo entered service three years behind schedule.",
        "It was two years late",
    ),
    (
        17,
        "icd-013",
        "figure",
        "Making history: the first double bed on a commercial jet .",
        "The suite beds measure three meters in length.",
        "This is two meters long",
    ),
    (
        17,
        "icd-017",
        "figure",
        "They will be like wounded animals.",
        "Eleven Ethiopians were among those killed, witnesses said.",
        "Nine Ethiopians are reportedly part of the 19 dead.",
    ),
    (
        17,
        "icd-017",
        "date",
        "The Islamists responded by launching an insurgency against Somali government and Ethiopian troops that has lasted nearly a year.",
        "Ethiopia sent its troops into Somalia in December 2005.",
        "Ethiopian troops arrived in Somalia in December 2006",
    ),
    (
        17,
        "icd-017",
        "date",
        "They will be like wounded animals.",
        "The 1994 battle in which U.S. troops were dragged through Mogadishu still haunts the city.",
        "a 1993 battle involving Somali militias",
    ),
    (
        17,
        "icd-037",
        "figure",
        "as well as one of the largest January tornado outbreaks on record in the United States.",
        "In the Southeast, the storm's 45 tornadoes killed 16 people.",
        "resulting in 12 fatalities",
    ),
    (
        17,
        "icd-037",
        "date",
        "just north of the Minnesota border in Canada.",
        "The storm first reached the Pacific Northwest coast on January 6 , 1975.",
        "coast with damaging gale - force winds on January 8 , 1975",
    ),
    (
        17,
        "icd-046",
        "age",
        "Police said he took his own life.",
        "The gunman was 19 years old, police said.",
        "An 18-year-old authorities say shot eight people",
    ),
    (
        17,
        "icd-046",
        "figure",
        "He had no previous criminal record and had never threatened anyone from the school before, they added.",
        "Twelve other people were treated in hospital for minor injuries.",
        "Ten other people were taken to a hospital with minor injuries.",
    ),
    (
        17,
        "icd-046",
        "date",
        "Police said Auvinen is from Tuusula and who acted alone.",
        "Finland's previous school shooting took place in 1991 in Rauma.",
        "the first school shooting in Finland since 1989",
    ),
    (
        17,
        "icd-050",
        "date",
        "Although he was regarded as a saint after his death , there is little evidence of his veneration or of a cult in Canterbury or elsewhere.",
        "Æthelnoth was made Archbishop of Canterbury in November 1022.",
        "on 13 November 1020 Æthelnoth was consecrated as Archbishop of Canterbury",
    ),
    (
        17,
        "icd-050",
        "date",
        "From this motion , Dunstan is said to have prophesied that Æthelnoth would become an archbishop.",
        "Cnut executed Æthelnoth's brother Æthelweard in 1019.",
        "had been executed in 1017 by Cnut",
    ),
    # Batch 18: written in session 15 after its readings, run once.
    (
        18,
        "icd-010",
        "age",
        "Police said he was shot.",
        "The 45-year-old singer was pronounced dead at the scene.",
        "Dube, 43, was killed",
    ),
    (
        18,
        "icd-010",
        "figure",
        "Sutherland said Dube was an extremely respected musician who toured extensively around the world.",
        "Over a 30-year career, Dube became one of Africa's best-selling artists.",
        "after a 25-year career",
    ),
    (
        18,
        "icd-010",
        "figure",
        "South Africa is one of the most dangerous societies in the world.",
        "Police figures show about 15,000 murders were recorded between April 2006 and March 2007.",
        "more than 19,000 South Africans were murdered",
    ),
    (
        18,
        "icd-010",
        "date",
        "Reggae star Lucky Dube was much loved by his fellow South Africans.",
        "The singer was shot dead on Wednesday evening.",
        "around 8 p.m. local time Thursday",
    ),
    (
        18,
        "icd-015",
        "figure",
        "The AQSIQ did not reveal the name of the toys' producer, Xinhua said.",
        "On Wednesday, U.S. regulators recalled roughly 2.4 million of the toys.",
        "recalled about 4.2 million of the Chinese-made toys Wednesday",
    ),
    (
        18,
        "icd-015",
        "figure",
        '"Children who swallow the beads can become comatose, develop respiratory depression or have seizures," a CPSC statement warned.',
        "In Australia, five children were hospitalized after swallowing the beads.",
        "after three children in Australia swallowed large quantities of the beads and were hospitalized",
    ),
    (
        18,
        "icd-015",
        "age",
        "The Bindeez toys were recalled Tuesday by Melbourne-based Moose Enterprise Pty. Ltd. after three children in Australia swallowed large quantities of the beads and were hospitalized.",
        "Lehane's daughter Charlotte is 12.",
        "her 10-year-old daughter, Charlotte",
    ),
    (
        18,
        "icd-015",
        "date",
        'China suspended exports of the Aqua Dots toys that contain a chemical that converts into a "date rape" drug.',
        "The beads first went on sale in U.S. stores in June.",
        "which have been selling since April",
    ),
    (
        18,
        "icd-031",
        "figure",
        "The captured pirates were being held aboard the North Korean vessel, the Navy said.",
        "Four of the pirates were captured alive.",
        "five were captured",
    ),
    (
        18,
        "icd-031",
        "figure",
        "After the crew regained control, Navy sailors boarded the Dai Hong Dan to help with the injured.",
        "Six crew members were wounded in the fighting.",
        "Three wounded crew members from the cargo ship",
    ),
    (
        18,
        "icd-031",
        "figure",
        "North Korea and the United States have no diplomatic relations.",
        "The freighter was attacked some 50 miles northeast of Mogadishu.",
        "about 70 miles northeast of the Somali capital, Mogadishu",
    ),
    (
        18,
        "icd-031",
        "ordinal",
        "A second U.S. Navy destroyer was searching waters off Somalia for pirates who hijacked a Japanese-owned ship, military officials said.",
        "The Dai Hong Dan attack is the third act of piracy reported this week.",
        "It is the second incident of piracy reported in recent days.",
    ),
    (
        18,
        "icd-033",
        "date",
        "He is married and has two children.",
        "Van den Berg was born in 1934 in Sluiskil.",
        "was born on March 24 , 1932 , in Sluiskil",
    ),
    (
        18,
        "icd-033",
        "date",
        "In 1975 , this required Van den Berg to become a naturalized U.S. citizen.",
        "He completed his doctorate at Delaware in 1972.",
        "followed by a PhD degree in 1974",
    ),
    (
        18,
        "icd-033",
        "duration",
        "Van den Berg gathered years of research and management experience in the preparation of crystalline materials — in particular , the growth of single crystals of chemical compounds , and the investigation of associated defect chemistry and electronic properties.",
        "He studied at Delft for eight years.",
        "from 1949 to 1961",
    ),
    (
        18,
        "icd-033",
        "figure",
        "As of 2014 , he resides in Florida and works as a chief scientist at the Constellation Technology Corporation.",
        "Van den Berg and his wife have three children.",
        "has two children",
    ),
    (
        18,
        "icd-033",
        "date",
        "He was the first Dutch - born astronaut , a fact that is often ignored in the Netherlands because he was a naturalized American and no longer a Dutch citizen at the time of flight.",
        "His only spaceflight, aboard Challenger, took place in 1983.",
        "who flew on a 1985 Space Shuttle Challenger mission",
    ),
]


def main(source: Path, target: Path, pages: Path | None = None) -> int:
    docs: dict[str, str] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["domain"] == "news":
            docs.setdefault(row["doc"], row["doc"])
    news = list(docs)
    texts = {}
    if pages is not None:
        rows = (json.loads(line) for line in pages.read_text(encoding="utf-8").splitlines())
        texts = {row["id"]: row["text"] for row in rows}
    chosen = [(b, news[k - 1], *rest) for b, k, *rest in PROBES]
    chosen += [(b, texts[i], *rest) for b, i, *rest in PAGE_PROBES if i in texts]
    numbers: dict[int, int] = {}
    with target.open("w", encoding="utf-8") as out:
        for batch, text, kind, anchor, inserted, counterpart in chosen:
            numbers[batch] = numbers.get(batch, 0) + 1
            row = {"id": f"p{batch}-{numbers[batch]:02d}", "kind": kind}
            row |= _probe(text, anchor, inserted, counterpart)
            out.write(json.dumps(row) + "\n")
    print(f"wrote {sum(numbers.values())} probes to {target}")
    return 0


def _probe(text: str, anchor: str, inserted: str, counterpart: str) -> dict[str, object]:
    """Insert one sentence after its anchor and cut the text after both passages."""
    if text.count(anchor) != 1 or text.count(counterpart) != 1:
        raise SystemExit(f"a passage is not found once: {anchor!r} or {counterpart!r}")
    at = text.index(anchor) + len(anchor)
    text = f"{text[:at]} {inserted}{text[at:]}"
    i, c = text.index(inserted), text.index(counterpart)
    text = text[: max(CUT, i + len(inserted) + 1, c + len(counterpart) + 1)]
    return {
        "inconsistent": True,
        "evidence": evidence(text, i, inserted, counterpart),
        "text": text,
    }


if __name__ == "__main__":
    sys.exit(main(*(Path(arg) for arg in sys.argv[1:4])))
