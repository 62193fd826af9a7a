"""The splitter's fast patterns find what the plain patterns find."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from reconcile import segment

#: The patterns as first written: each tried at every character.
_PLAIN_PARAGRAPH = re.compile(r"\r?\n(?:\s*\r?\n)+")
_PLAIN_EVENT = re.compile(
    r"\.\.\.|[" + re.escape("".join(sorted(segment._TERMINALS | segment._OPENING))) + "]"
)

TRICKY = [
    "",
    "\n",
    "\r",
    "\r\n",
    "\r\r\n\n",
    "a\r\n\r\nb",
    "a\n \t\nb\n\n\n c",
    "a\r \r\nb",
    "a\n\u2028\nb\u00a0\n",
    "end.\r\n\r\n\r\nNext. .. ... .... ..... (x) [y] {z}",
    'Lt. Col. Ames spoke. "Two died." Then (at 3 p.m.) rain fell.',
    "What?! No!? Yes;\u3002\uff0e\uff61 \u2983x\u2984 \u203c\u2047",
    "...",
    "..",
    ".",
    "a...b....c.....",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _searches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Every search from every start, as the splitter searches (from a position, to an end)."""
    return [
        m.span() if (m := pattern.search(text, pos, end)) else (-1, -1)
        for pos in range(len(text) + 1)
        for end in range(pos, len(text) + 1)
    ]


@pytest.mark.parametrize("text", TRICKY)
def test_fast_patterns_match_the_plain_ones(text: str) -> None:
    assert _spans(segment._PARAGRAPH, text) == _spans(_PLAIN_PARAGRAPH, text)
    assert _searches(segment._EVENT, text) == _searches(_PLAIN_EVENT, text)


def test_fast_patterns_match_the_plain_ones_on_every_short_text() -> None:
    """Every text of up to four characters drawn from the ones the patterns turn on."""
    alphabet = "\r\n .(a;\t"
    for size in range(5):
        for chars in itertools.product(alphabet, repeat=size):
            text = "".join(chars)
            assert _spans(segment._PARAGRAPH, text) == _spans(_PLAIN_PARAGRAPH, text), text
            assert _searches(segment._EVENT, text) == _searches(_PLAIN_EVENT, text), text


def test_fast_patterns_match_the_plain_ones_on_random_text() -> None:
    rng = random.Random(22)
    alphabet = "\r\n\r\n  ..!?;([{)]}aZ9\t\u00a0\u3002\u2026"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(40)))
        assert _spans(segment._PARAGRAPH, text) == _spans(_PLAIN_PARAGRAPH, text), text
        assert _searches(segment._EVENT, text) == _searches(_PLAIN_EVENT, text), text


def test_ascii_marks_match_all_marks_on_ascii_text() -> None:
    """On ASCII text the ASCII marks' pattern finds what the pattern of every mark finds."""
    rng = random.Random(23)
    alphabet = [chr(c) for c in range(128)] + list("...   aa")
    texts = TRICKY + ["".join(rng.choice(alphabet) for _ in range(30)) for _ in range(200)]
    for text in filter(str.isascii, texts):
        assert _searches(segment._ASCII_EVENT, text) == _searches(segment._EVENT, text), text
