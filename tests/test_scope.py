"""Figures limited to a place: verbless lists and 'N of them in X' (our own sentences)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile
from reconcile.extract.lists import _longest_run, find_place_list


def _numeric(text: str) -> list:
    doc = reconcile.Document(text=text, publisher="Wire", published="2020-05-01")
    return [c for c in reconcile.check([doc]).claims if c.kind == "numeric"]


def test_a_bulleted_list_after_a_heading_takes_its_outcome_and_places() -> None:
    claims = _numeric(
        "The commission said it had confirmed 27 deaths in total.\n\nDeaths by region:\n\n"
        "• Arda – 5\n• Vale – 14\n• Rim – 2\n"
    )
    items = [(c.value, c.outcome, c.scope, c.role, c.variable_id) for c in claims[1:]]
    assert items == [
        (5, "killed", "Arda", "part", "var:killed/people@Arda"),
        (14, "killed", "Vale", "part", "var:killed/people@Vale"),
        (2, "killed", "Rim", "part", "var:killed/people@Rim"),
    ]
    # the list continues the commission's statement, through the heading
    assert {c.attribution.source_id for c in claims} == {"src:commission"}


def test_a_bracketed_list_in_a_sentence() -> None:
    claims = _numeric("The agency listed the dead as Arda (17), Upper Vale (4) and Rim (1).")
    assert [(c.value, c.scope) for c in claims] == [(17, "Arda"), (4, "Upper Vale"), (1, "Rim")]
    assert {c.outcome for c in claims} == {"killed"}


def test_a_part_limited_to_a_place() -> None:
    claims = _numeric("The agency counted 35 deaths, 28 of them in the capital Arda.")
    total, part = claims
    assert (total.value, total.scope, total.role) == (35, None, "total")
    assert (part.value, part.scope, part.role, part.part_of) == (28, "Arda", "part", total.id)


def test_not_a_place_list() -> None:
    assert _numeric("Flight MH-17 crashed; route E-40 was closed.") == []


def test_a_quotation_over_two_sentences_is_its_speakers() -> None:
    claims = _numeric('"Twenty people were killed in the town. It was a massacre," the mayor said.')
    assert [c.attribution.source_id for c in claims] == ["src:mayor"]


def test_a_sentence_opening_of_the_n_gives_its_outcome_to_the_parts() -> None:
    claims = _numeric("Of the 18 injured, 11 had burns and five had broken bones.")
    total, *parts = claims
    assert (total.value, total.outcome, total.role) == (18, "wounded", "total")
    assert [(p.value, p.outcome, p.role, p.part_of) for p in parts] == [
        (11, "wounded", "part", total.id),
        (5, "wounded", "part", total.id),
    ]


def test_a_count_taken_from_the_dead_is_a_part_of_the_group_named_after_be() -> None:
    claims = _numeric("Raiders killed 23 people at the fair. Four of the dead were pupils.")
    total, part = claims
    assert (total.value, total.outcome, total.role) == (23, "killed", None)
    assert (part.value, part.outcome, part.group, part.role) == (4, "killed", "children", "part")
    (one,) = _numeric("One of those wounded was a policeman.")  # not the ranger again
    assert (one.value, one.outcome, one.group, one.role) == (1, "wounded", "police", "part")


def test_a_count_taken_from_the_wounded_that_died_is_no_part() -> None:
    (claim,) = _numeric("Three of the injured died in the clinic.")
    assert (claim.value, claim.outcome, claim.role) == (3, "killed", None)


def test_a_single_death_is_one_person() -> None:
    claims = _numeric("Floods killed 14 herders last week; a lone fatality was recorded in Oru.")
    assert [(c.value, c.outcome) for c in claims] == [(14, "killed"), (1, "killed")]
    assert _numeric("A single death toll was given for the region.") == []


def test_a_figure_compared_with_the_toll_counts_what_was_told_before() -> None:
    claims = _numeric(
        "The chief says up to 90 herders may have died. He insisted the true count was far "
        "beyond the 31 listed by the clinic."
    )
    assert [(c.value, c.outcome) for c in claims] == [(90, "killed"), (31, "killed")]
    claims = _numeric("Raiders killed four drovers. The casualty figure later rose to nine.")
    assert [(c.value, c.outcome) for c in claims] == [(4, "killed"), (9, "casualties")]


def test_a_breakdown_set_off_after_a_place_phrase_is_parts_of_its_count() -> None:
    claims = _numeric(
        "Some 230 herders from the plateau, 90 boys and 110 girls, had still been listed as "
        "missing by the relief agency by Friday."
    )
    total, *parts = claims
    assert (total.value, total.outcome, total.role) == (230, "missing", "total")
    assert [(p.value, p.outcome, p.role, p.part_of) for p in parts] == [
        (90, "missing", "part", total.id),
        (110, "missing", "part", total.id),
    ]


# place items and what comes near them: names, numbers, brackets, dashes, separators
_PIECES = [
    "Oru (7)",
    "Lake Tam – 12",
    "Vale: 3,400",
    "Oru",
    " ",
    "(",
    ")",
    "7",
    "-",
    ":",
    ", ",
    " and ",
    "\n",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24), st.integers(0, 3), st.integers(0, 3))
def test_the_quick_test_of_a_place_list_never_changes_what_it_finds(
    pieces: list[str], cut_start: int, cut_end: int
) -> None:
    """find_place_list skips a text with fewer than two numbers in brackets or after a
    dash or colon; reading every such text gives the same lists."""
    text = "".join(pieces)
    start, end = min(cut_start, len(text)), max(len(text) - cut_end, 0)
    assert find_place_list(text, start, end) == _longest_run(text, start, end)
