"""The quick tests of counting and the other per-sentence extractors (s26count) against
the plain readings they stand for, on texts of our own words."""

from __future__ import annotations

import random

import pytest

from reconcile.extract import lists, numbers
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


# numbers and what stands near them: digits, separators, ranges, phone numbers, currencies
_NUMBER_PIECES = [
    "17", "1,200", "3.5", "20-30", "20 to 30", "between 4 and 9", "555 0134 889", "+44 20",
    "USD 5", "$3 million", "45%", "-", "–", "to", "and", " ", "  ", "people", "from",
    "\u0663", "\u00a0", "x", ",", ".",
]  # fmt: skip


def _number_texts(seed: int, count: int = 1500) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(
            p + rng.choice(["", " ", " "])
            for p in rng.choices(_NUMBER_PIECES, k=rng.randint(0, 10))
        )
        for _ in range(count)
    ]


@pytest.mark.parametrize("seed", range(3))
def test_searches_from_the_first_digit_are_the_whole_windows(seed: int) -> None:
    """The hints and numbers searched from a window's first digit are those of the whole
    window."""
    for text in _number_texts(seed):
        first = numbers._ANY_DIGIT.search(text)
        if first is None:
            continue
        for pattern, hint in [
            (numbers._PHONE_RE, numbers._PHONE_HINT),
            (numbers._RANGE_RE, numbers._RANGE_HINT),
        ]:
            found = numbers._hinted_matches(pattern, hint, text, first.start())
            assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]
        found = numbers._number_matches(text, first.start())
        assert [m.span() for m in found] == [m.span() for m in numbers._NUMBER_RE.finditer(text)]


def test_separate_incidents_are_read_when_asked() -> None:
    """The sentences asked about one by one are those that open on another incident."""
    from reconcile.extract import _separate_incidents, _separate_opening
    from reconcile.io import make_document
    from reconcile.segment import split_marked

    text = (
        "Two soldiers were killed on Monday. Separately, three women were killed in Oru. "
        "On the 23rd, a guard was shot dead. On 4 May, five people died. Five people died. "
        "Separately, three women were killed in Oru. Later that day, a bus overturned."
    )
    doc = make_document("d", text=text, publisher="Wire", published="2020-05-30")
    sentences = split_marked(doc)
    separate = _separate_incidents(sentences)
    opening = _separate_opening()
    expected = {
        s.id
        for s in sentences
        if s.duplicate_of is None and opening.match(" ".join(s.text.split()))
    }
    assert {s.id for s in sentences if separate(s.id)} == expected
    assert 3 <= len(expected) < len(sentences)


_CUE_PIECES = [
    "a", "guard", "had", "been", "shot", "dead", "killed", "He", "has", "left", "found",
    "set", "on", "fire", "the", "body", "of", "gun", "down", "seriously", "hurt", ",", ".",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(3))
def test_holds_cue_reads_the_words_once_as_the_plain_tests_do(seed: int) -> None:
    from reconcile.extract import victims
    from reconcile.extract.lexicon import none_of, tokenize

    rng = random.Random(seed)
    for _ in range(1500):
        tokens = tokenize(" ".join(rng.choices(_CUE_PIECES, k=rng.randint(0, 8))))
        words = victims.cue_words()
        plain = not none_of(words, tokens) and (
            not none_of(victims._one_word_cues(), tokens)
            or any(victims._cue_at(tokens, i) for i, t in enumerate(tokens) if t.lower in words)
        )
        assert victims.holds_cue(tokens) == plain
