"""The gates of number words and dates give what the plain code gives."""

from __future__ import annotations

import itertools
import random

import pytest

from reconcile.extract import dates, numbers
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


def _old_patterns_for(window: str) -> list[tuple[str, object]]:
    """_patterns_for testing every need word of every pattern."""
    if not window.isascii():
        return dates._PATTERNS if dates._names_a_time(window) else []
    low = window.lower()
    present = [
        any(w in (window if written else low) for w in words)
        for words, written in zip(dates._NEED_SETS, dates._AS_WRITTEN, strict=True)
    ]
    return [kp for kp, n in zip(dates._PATTERNS, dates._NEED_SET_OF, strict=True) if present[n]]


DATE_TRICKY = [
    "",
    "Clashes went on.",
    "On Monday night, 19 people died; 2020 figures.",
    "OVERNIGHT, overnight, Tonight, TODAY, yesterday, MONDAY, monday, Mondays.",
    "since Sept. 3, since May, since mayday, the Mayor, MAY, in 1999, 20 days ago",
    "this year, last week, THIS MONTH, earlier this month, so far this YEAR",
    "Janjaweed, Decided, Augusta, Octopus, Novel, Junta, Julian, Marines, Aprils",
    "todayesterday nighttoday agovernight yesterdayear 1920 2019",
    "Él dijo el lunes, 3 de julio, el martes.",
]


@pytest.mark.parametrize("text", DATE_TRICKY)
def test_patterns_for_as_every_need_tested(text: str) -> None:
    assert dates._patterns_for(text) == _old_patterns_for(text)


def test_patterns_for_as_every_need_tested_on_random_text() -> None:
    rng = random.Random(22)
    words = [w for ws in dates._NEED_SETS for w in ws]
    pieces = [*words, *(w.lower() for w in words), *(w.upper() for w in words)]
    pieces += ["day", "DAY", "nigh", "t", "o", "in", " ", "-", "1", "9", "2", "0", "x"]
    for _ in range(5000):
        glue = rng.choice(["", " ", "-"])
        text = glue.join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert dates._patterns_for(text) == _old_patterns_for(text), text


def test_every_need_word_is_tested_under_a_gate_it_holds() -> None:
    members = [(g, w) for g, ms in dates._GATED_NEEDS for w, _ in ms]
    assert sorted(w for _, w in members) == sorted({w for ws in dates._NEED_SETS for w in ws})
    assert all(g is None or g in w.lower() for g, w in members)
