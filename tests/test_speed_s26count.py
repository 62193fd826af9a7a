"""The quick tests of counting and the other per-sentence extractors (s26count) against
the plain readings they stand for, on texts of our own words."""

from __future__ import annotations

import random

import pytest

from reconcile.extract import lists
from reconcile.extract.lists import (
    _ITEM_NUMBER,
    _longest_run,
    _openers,
    find_place_list,
    place_list_counts,
)
from reconcile.extract.numbers import find_numbers

# place items and what comes near them: names, numbers, brackets, dashes, separators, and
# words of a header
_LIST_PIECES = [
    "Oru (7)", "Lake Tam – 12", "Vale: 3,400", "Rim — 2", "Oru -\t9", "Oru", "Tam", " ",
    "(", ")", "7", "12", "-", "–", "—", ":", ", ", "; ", " and ", "\n", "x", "at least ",
    "killed", "the dead", "Deaths by county:", "were injured", "in 2019", "45-year-old",
]  # fmt: skip


def _list_texts(seed: int, count: int = 1500) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(
            p + rng.choice(["", " ", " "]) for p in rng.choices(_LIST_PIECES, k=rng.randint(0, 12))
        )
        for _ in range(count)
    ]


@pytest.mark.parametrize("seed", range(3))
def test_openers_bound_the_item_numbers(seed: int) -> None:
    """No text holds more numbers an item may have than characters that open one, so a
    text with fewer than two of those holds no list."""
    for text in _list_texts(seed):
        for start, end in [(0, len(text)), (min(3, len(text)), max(len(text) - 2, 0))]:
            assert _openers(text, start, end) >= len(_ITEM_NUMBER.findall(text, start, end))
            assert find_place_list(text, start, end) == _longest_run(text, start, end)


@pytest.mark.parametrize("seed", range(3))
def test_place_list_counts_need_a_figure_where_an_item_number_stands(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Skipping a sentence whose figures stand where no item's number does gives the
    counts that reading it does."""
    texts = _list_texts(seed, 800)
    fast = [_place_counts(t) for t in texts]
    monkeypatch.setattr(lists, "_opens_item", lambda text, at: True)
    assert [_place_counts(t) for t in texts] == fast
    assert any(fast)  # the pieces make lists


def _place_counts(text: str) -> list:
    lead = (0, 18)
    return place_list_counts(text, 0, len(text), lead, find_numbers(text))
