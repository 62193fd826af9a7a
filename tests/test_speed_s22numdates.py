"""The gates of number words and dates give what the plain code gives."""

from __future__ import annotations

import itertools
import random

import pytest

from reconcile.extract import numbers
from reconcile.extract.lexicon import Token, tokenize

WORD_TRICKY = [
    "",
    "A few soldiers died.",
    "a handful of people, a handful, a",
    "Half a million fled; half an hour later, half the town.",
    "a half-dozen, an half-dozen, half-dozen, a dozen, an hundred, a thousand, a million.",
    "No one died; someone said one hundred and twenty-three were hurt.",
    "Twenty-three-year-old men, forty-five, FORTY-FIVE, Forty-Five.",
    "tens of thousands of people, hundreds of thousands of, millions of, scores, several",
    "ſix people, SİX people, twenty\u200bthree, ＴＷＯ people",
    "Money, phone, often, attention, written: no number words at all here.",
    "half",
    "a",
    "an a a an half a",
    "They are a few; a a few; half half a dozen.",
    "one-off, two-thirds, a-one, half-a-dozen, thousand-strong",
]


def _old_starts(tokens: list[Token]) -> list[int]:
    starts = numbers._word_starts()
    return [
        n
        for n, t in enumerate(tokens)
        if t.lower in starts
        or ("-" in t.lower and t.lower.split("-", 1)[0] in numbers.NUMBER_WORD_SET)
    ]


def _old_word_numbers(text: str, start: int, end: int) -> list[numbers.NumberMention]:
    """_word_numbers without its gates: every start word tried."""
    tokens = tokenize(text[start:end], start)
    found = []
    i = 0
    for n in _old_starts(tokens):
        if n < i:
            continue
        mention, i = numbers._word_number_at(text, tokens, n)
        if mention is not None:
            found.append(mention)
    return found


@pytest.mark.parametrize("text", WORD_TRICKY)
def test_word_numbers_as_without_gates(text: str) -> None:
    for start in (0, min(2, len(text))):
        assert numbers._word_numbers(text, start, len(text)) == _old_word_numbers(
            text, start, len(text)
        )


def test_word_numbers_as_without_gates_on_every_triple() -> None:
    """Every run of three words among the starts, what follows them, and others."""
    words = [
        "a", "an", "A", "half", "Half", "one", "no", "dozen", "few", "handful", "of",
        "hundred", "thousands", "tens", "and", "twenty-three", "half-dozen", "men", ",",
    ]  # fmt: skip
    for triple in itertools.product(words, repeat=3):
        text = " ".join(triple)
        assert numbers._word_numbers(text, 0, len(text)) == _old_word_numbers(text, 0, len(text)), (
            text
        )


def test_word_numbers_as_without_gates_on_random_text() -> None:
    rng = random.Random(22)
    pieces = [
        *sorted(numbers._word_starts()), "dozen", "few", "handful", "of", "half-dozen",
        "people", "km", "hours", "no", "and", "Two", "ONE", "-", "twenty-", "often", ".",
    ]  # fmt: skip
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert numbers._word_numbers(text, 0, len(text)) == _old_word_numbers(text, 0, len(text)), (
            text
        )


def test_number_cues_cover_every_reading_word() -> None:
    """Tokens holding no cue and no hyphen hold no start word but the articles, and no
    word that may follow an article."""
    cues = numbers._number_cues()
    assert (numbers._word_starts() - numbers._ARTICLES) | numbers._next_words()["a"] <= cues
    assert "a" not in cues and "an" not in cues
    assert numbers._number_word_starts(tokenize("a man, an hour, half the town"), False) == []
