"""Counts a careful reader sees in real reporting, written in our own words.

Each example is one pattern found while studying misses on real event reports
(../shared/eval/wad-dev.jsonl is for measuring only; none of its sentences is here). The
expected figure is the report's total of killed people (reconcile.estimate.event_totals).
"""

from __future__ import annotations

import pytest

import reconcile
from reconcile.estimate import event_totals

# (text, killed total): the engine's reconciled total for the one report
DEV = [
    # one victim written without a number
    ("Gunmen shot dead a village chief on Monday.", 1),
    ("Militants killed a retired judge in the capital.", 1),
    ("Unknown attackers killed Nelson Garcia outside his home.", 1),
    ("A muezzin was shot dead near his mosque, police said.", 1),
    ("A 52-year-old imam was killed by gunmen in the city.", 1),
    ("Jo Smith, a respected teacher who won a prize, was murdered.", 1),
    ("A well-known local singer who had been living abroad was found dead in his flat.", 1),
    ("The kidnapped king of the town has been reportedly killed by his abductors.", 1),
    ("In the attack, a soldier was killed.", 1),
    ("Famous singer Jo Bako was killed on Monday when he was shot by police.", 1),
    ("Militants claimed responsibility for the murder of a Christian convert.", 1),
    ("A newborn later died.", 1),
    ("Gunmen stormed the house of a councillor and shot him dead.", 1),
    ("Soldiers beat a prisoner to death.", 1),
    ("A Hindu priest was stabbed and then beheaded.", 1),
    # several victims without numbers
    ("The village head and a government employee have been killed by gunmen.", 2),
    ("Gunmen shot dead a village chief and his son.", 2),
    # a total and its parts
    ("At least 29 people, including 10 visitors, were killed in the hotel attack.", 29),
    ("Gunmen killed nine men and four women in the village.", 13),
    ("Attackers killed three soldiers and eight civilians.", 11),
    ("At least 19 militiamen were killed and 15 wounded in clashes.", 19),
    ("Twenty herdsmen and 83 cows were killed over the weekend.", 20),
    # more people, not a rival figure
    ("Hunger killed 12 people in the town this week. Nine others were killed in clashes.", 21),
    ("At least five people were killed on Monday. Two more people were killed on Tuesday.", 7),
    ("Rebels beheaded six village elders and killed at least four other people.", 10),
    ("Clashes in the port claimed 40 lives. 12 were killed by gunfire, nine by fire.", 40),
    # a toll named before its verb, past a clause or a quotation mark
    (
        "The number of people killed when jets struck a camp for displaced families near "
        "the river on Tuesday has risen to 76.",
        76,
    ),
    ('The ministry lowered its count of those killed in the quakes to "over 1,000".', 1000),
    ("Six Arda Red Cross members were killed in the strike.", 6),
    ("Officials said that the editor of a magazine was shot and killed in the resort.", 1),
    ("Jo Bako, 25, was shot several times and died on his way to hospital.", 1),
    ("A man had been killed in the attack.", 1),
    # another incident of the story adds
    (
        "Four civilians were killed in raids on the province. Later that day, three "
        "civilians were killed in a strike on a house.",
        7,
    ),
    ("Four people died in the floods. Elsewhere, two people were killed by a landslide.", 6),
]

# Near misses that must not count (or count differently).
NOT_COUNTS = [
    ("The fighting began after the assassination of a senior official on July 21.", None),
    ("The gap between the two tolls could be explained by people who died later.", None),
    ("The attack was carried out by gunmen.", None),
    ("Two soldiers were killed.", 2),  # the number counts, not 'soldiers' again
    ("A man and two children were killed.", 3),
    # not this event's count
    ("The agency warned that hundreds of deaths could result from the quake.", None),
    ("The toll could rise to 50, officials said.", None),
    ("In March 2019 a flood in the valley left more than 300 people dead.", None),
    ("Gunmen killed 16 people, the deadliest attack since the insurgency began in 2017.", 16),
    ("The two bodies briefed the media on Tuesday.", None),
    ("The two bodies were found near the river.", 2),
]


@pytest.mark.parametrize(("text", "expected"), DEV + NOT_COUNTS, ids=lambda v: str(v)[:50])
def test_killed_total(text: str, expected: int | None) -> None:
    doc = reconcile.Document(text=text, publisher="Wire", published="2020-05-01")
    totals = event_totals(reconcile.check([doc], select=["R5"]))
    assert totals.get("killed") == expected


def test_a_singular_victim_is_implied_and_keeps_its_words() -> None:
    text = "Gunmen shot dead a village chief on Monday."
    doc = reconcile.Document(text=text, publisher="Wire", published="2020-05-01")
    (claim,) = reconcile.check([doc]).claims
    assert claim.implied and claim.value == 1 and claim.outcome == "killed"
    assert text[claim.span.start : claim.span.end] == claim.surface == "a village chief"


def test_a_long_run_of_singular_victims_is_read_whole() -> None:
    """Each verb's subject is looked for within a bounded reach: the reading stays linear
    in the sentence's length (benchmarks/pathological.py prints the time)."""
    from reconcile.extract.lexicon import tokenize
    from reconcile.extract.victims import find_victims

    tokens = tokenize(", ".join(["a guard was killed"] * 2000) + ".")
    assert len(find_victims(tokens)) == 2000
