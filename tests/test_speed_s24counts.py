"""The fast paths of finding numbers and counting (s24counts) against the plain readings
they stand for, on texts of our own words."""

from __future__ import annotations

import random
import re

import pytest

from reconcile.extract import numbers
from reconcile.extract.numbers import (
    _CAPACITY_BEFORE,
    _CAPACITY_LAST_WORDS,
    _INVISIBLE,
    _MONTH_BEFORE,
    _MONTH_NAMES,
    _UNIT_CONTEXT,
    _UNIT_WORD,
    _WORDS,
    _alnum_tail,
    _last_word,
    _read_digits,
    _tail_word,
    _without_trailing_space,
)

_PIECES = [
    "a", "the", "killed", "at least", "more than", "up to", "built for", "to hold", "can",
    "house", "accommodate", "capacity of", "room for", "about", "designed", "meant",
    "intended", "of", "for", "hold", "jan", "jan.", "may", "sept.", "march", "mayor",
    "über", "café", "x_may", "(c)", "c.", "2012,", "17", "-", "'", "’", "K", "İ", ",", ";",
    "\u200f", "\u200b", "\u2066", "\ufeff", "\u00a0", "\t", "\n", "\n\n", " ", "  ",
]  # fmt: skip


def _texts(seed: int, count: int = 3000) -> list[str]:
    """Random runs of the pieces above, joined by nothing or a space, as words before a
    number may be."""
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        parts = rng.choices(_PIECES, k=rng.randint(0, 7))
        found.append("".join(p + rng.choice(["", " ", " ", "  "]) for p in parts))
    return found


_TRAILING_SPACE = re.compile(rf"[\s{_INVISIBLE}]+$")


@pytest.mark.parametrize("seed", range(3))
def test_without_trailing_space_is_the_pattern(seed: int) -> None:
    for text in _texts(seed):
        assert _without_trailing_space(text) == _TRAILING_SPACE.sub("", text), repr(text)


@pytest.mark.parametrize("seed", range(3))
def test_tail_word_is_the_alnum_tail(seed: int) -> None:
    for text in _texts(seed):
        stripped = _TRAILING_SPACE.sub("", text)
        assert _tail_word(stripped) == _alnum_tail(stripped), repr(text)


@pytest.mark.parametrize("seed", range(3))
def test_last_word_and_its_gates(seed: int) -> None:
    for text in _texts(seed):
        before = text.lower()
        found = _WORDS.findall(before)
        prev = _last_word(before)
        assert prev == (found[-1].rstrip(".") if found else ""), repr(text)
        if _CAPACITY_BEFORE.search(before):
            assert prev in _CAPACITY_LAST_WORDS, repr(text)
        if _MONTH_BEFORE.search(before):
            assert prev in _MONTH_NAMES, repr(text)


@pytest.mark.parametrize(
    "before",
    [
        "a prison built for ",
        "a jail designed to hold up to ",
        "a capacity of about ",
        "a capacity for up to ",
        "there is room for ",
        "the hall can accommodate ",
        "the camp can house up to ",
        "on Sept. ",
        "since March\n",
    ],
)
def test_gated_patterns_still_match(before: str) -> None:
    low = before.lower()
    assert _CAPACITY_BEFORE.search(low) or _MONTH_BEFORE.search(low)
    assert _last_word(low) in _CAPACITY_LAST_WORDS | _MONTH_NAMES


_OLD_UNIT_WORD = re.compile(
    r"[ \u00a0-]?(?P<word>°?[^\W\d_][\w/'’²³]*)(?P<context>(?: [\w/'’-]+){0,3})"
)


@pytest.mark.parametrize(
    "text",
    [
        "12 km north of the town",
        "12 in Kabul on Friday",
        "a 3-day curfew was set",
        "12 °C at dawn",
        "40 litres/day of it's water",
        "7 soldiers",
        "7",
        "7 ",
        "7 s",
        "7\u00a0kg-heavy bags and more words after them",
        "7 km" + " word" * 30,
    ],
)
def test_unit_word_then_context_is_the_one_pattern(text: str) -> None:
    reach = min(len(text), 1 + 60)
    old = _OLD_UNIT_WORD.match(text, 1, reach)
    new = _UNIT_WORD.match(text, 1, reach)
    assert (old is None) == (new is None)
    if old is not None and new is not None:
        assert old.group("word") == new.group("word") and old.start("word") == new.start("word")
        context = _UNIT_CONTEXT.match(text, new.end(), reach)
        assert context is not None and context.group() == old.group("context")


@pytest.mark.parametrize("number", ["0", "7", "17", "2012", "0017", "123456789012345"])
def test_ascii_digits_read_as_the_patterns_read_them(number: str) -> None:
    assert numbers._PLAIN_DIGITS.fullmatch(number)
    assert not numbers._THOUSANDS_DOT.fullmatch(number)
    assert _read_digits(number) == _read_digits(number, "million") == (float(number), None)


def test_other_digits_still_read_by_the_patterns() -> None:
    assert _read_digits("\u0661\u0662") == (12.0, None)
    assert _read_digits("1\u200d000") == (1000.0, None)
    assert _read_digits("2.500")[0] is None
