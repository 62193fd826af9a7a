"""Speed changes of the count readers give the same results as the plain readings."""

from __future__ import annotations

import pytest

from reconcile.extract import counts as C
from reconcile.extract.count_structure import listed_with_victims, structure
from reconcile.extract.count_words import surface_of
from reconcile.extract.cue_after import _BEFORE_BY, passive_by
from reconcile.extract.lexicon import lexicon, tokenize
from reconcile.extract.numbers import find_numbers
from reconcile.extract.passage_words import AUXILIARIES, IRREGULAR_PARTICIPLES, WORDS

SENTENCES = [
    "Officials said 17 soldiers, 30 militants and one civilian were killed.",
    "48 people, including 17 soldiers, lost their lives.",
    "The toll rose to 48 from 12, and five more died in hospital.",
    "A soldier was shot dead and a farmer and his two sons were wounded.",
    "Ilo Marr, a soldier, was shot dead near the market.",
    "Hundreds of deaths could result, the agency warned.",
    "The 2011 killing of five women was not solved.",
    "Both bodies issued a joint statement on Monday.",
    "The bodies were found in a field outside the town.",
    "The budget rose by 5 percent to $3 million.",
    "Three guards were killed along with two drivers and a cook.",
    "Of the 48 hurt, 9 were children, 28 of them in Arda.",
    "Two of the dead were children; one of those killed was a teacher.",
    "The meeting was held on 12 March with 40 delegates.",
    "Nineteen of the 23 convicts who escaped had been caught.",
    "An inmate who suffered burns died, and 14 tribesmen were injured.",
    "The report was first made public on Friday by the council.",
    "Police said a gunman opened fire, killing 18 people.",
    "Another trader was killed and the injured were taken to hospital.",
    "There were three or four people at the door.",
    "A 45-year-old teacher and a U.N. peacekeeper were among the dead.",
    "Nobody was hurt.",
    "",
]


def _counts_reading_all(s: C.CountedSentence) -> tuple[list[C.Count], dict[int, C.Count]]:
    """The counts of ``s`` read the plain way: the structure first, then each mention kept."""
    tokens = s.tokens
    st = structure(s)
    listed_with_victims(s, st)
    counts: list[C.Count] = []
    index_of: dict[int, int] = {}
    for n, mention in enumerate(s.mentions):
        if not C._kept(s, n):
            continue
        outcome = s.outcomes[n]
        is_count = mention.unit == "count"
        index_of[n] = len(counts)
        counts.append(
            C.Count(
                mention=mention,
                outcome=outcome[0] if outcome else None,
                outcome_surface=surface_of(tokens, outcome[1], outcome[2]) if outcome else None,
                outcome_span=(tokens[outcome[1]].start, tokens[outcome[2] - 1].end)
                if outcome
                else None,
                group=C._group_within_total(s, n, st.totals[n]) if is_count else "-",
                group_surface=s.groups[n][1] if is_count else None,
                change=st.changes[n],
                role=st.roles[n] if is_count else None,
                total_index=st.totals[n],
                implied=mention.implied,
                scope=C.place_after(tokens, s.spans[n][1]) if is_count else None,
            )
        )
    totals_of = {
        n: counts[index_of[t]]
        for n, t in enumerate(c.total_index for c in counts)
        if t is not None and t in index_of
    }
    return counts, totals_of


@pytest.mark.parametrize("text", SENTENCES)
def test_counts_equal_the_plain_reading(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    mentions = find_numbers(text)
    fast = C.count_mentions(text, 0, len(text), mentions)
    monkeypatch.setattr(C, "_counts", _counts_reading_all)
    assert fast == C.count_mentions(text, 0, len(text), mentions)


def test_outcome_match_needs_a_first_word() -> None:
    """The gate before ``outcomes.match``: a token whose word starts no outcome matches none."""
    outcomes = lexicon().outcomes
    for text in [*SENTENCES, "in hospital were killed shot dead the dead wounded"]:
        tokens = tokenize(text)
        for k, token in enumerate(tokens):
            if token.lower not in outcomes.by_first:
                assert outcomes.match(tokens, k) is None


def test_words_before_by_are_the_union() -> None:
    assert _BEFORE_BY == IRREGULAR_PARTICIPLES | frozenset(WORDS["agent_fillers"]) | AUXILIARIES
    tokens = tokenize("first made public on Friday by the council")
    assert passive_by(tokens, 0) == 5
    assert passive_by(tokenize("is being reported by X"), 0) == 3
    assert passive_by(tokenize("Jo said by then"), 0) is None
