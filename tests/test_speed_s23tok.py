"""_scan's ASCII path (possessive quantifiers, no backtracking) gives the tokens and
offsets of the plain pattern, match by match."""

from __future__ import annotations

import random

import pytest

from reconcile.extract import lexicon

TRICKY_ASCII = [
    "well-known, so-called and ex-mayor's two-thirds-",
    "-a - b -- c--d a-'b a'-b o'neill's don't '' ' 'tis",
    "U.S. officials, Dr. Smith and St. Louis (Mo.) at 5 p.m. e.g. i.e.",
    "1,200 people, 3.5 percent, 12:30, 1,234,567.89, 1., 1.,2 .5 ,5 :5 5: 5..6 5,,6",
    "see https://www.example.org/path_to/page?id=12&x=a-b#top or ftp://x.y",
    "tab\tseparated\tvalues\t1,2\t\tend\r\nnext\x0bline\x0cform",
    'What?!... Really??? -- yes; (no) [maybe] {so} "quoted" ***',
    "a1b2 12abc abc12 x-1 1-x a_1 1_a __a__ 9'a a'9",
    "ALL CAPS-WORD O'BRIEN MiXeD-CaSe",
    "\x00\x01\x7f end\x1c\x1d\x1e\x1fword",
    "",
    "   \t\n ",
]


def _reference(text: str, offset: int) -> list[tuple[str, int, int, str]]:
    return [
        (m.group(), m.start() + offset, m.end() + offset, m.group().lower())
        for m in lexicon._TOKEN_RE.finditer(text)
    ]


def _scanned(text: str, offset: int) -> list[tuple[str, int, int, str]]:
    return [(t.text, t.start, t.end, t.lower) for t in lexicon._scan(text, offset)]


@pytest.mark.parametrize("text", TRICKY_ASCII)
@pytest.mark.parametrize("offset", [0, 11])
def test_ascii_scan_gives_the_pattern_matches(text: str, offset: int) -> None:
    assert text.isascii()
    assert _scanned(text, offset) == _reference(text, offset)


def test_ascii_scan_gives_the_pattern_matches_on_random_text() -> None:
    """Random runs of letters, digits, the marks that join them and the ones that do
    not, and every kind of ASCII space."""
    rng = random.Random(23)
    pieces = [
        *"aZqX09-'.,:_/?!;()\"",
        "ab",
        "Word",
        "12",
        "3.5",
        "1,000",
        "o'",
        "-x",
        " ",
        " ",
        "\t",
        "\n",
        "\r",
        "\x0b",
        "\x0c",
        "\x1c",
        "\x1f",
        "\x00",
        "\x7f",
    ]
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 30)))
        assert _scanned(text, 4) == _reference(text, 4), repr(text)


def test_ascii_pattern_splits_as_the_pattern_on_every_four_character_mix() -> None:
    kinds = "aZ09_ -'.,:;\x1c\x00\t"
    for text in (a + b + c + d for a in kinds for b in kinds for c in kinds for d in kinds):
        assert lexicon._ASCII_SPLIT_RE.split(text) == lexicon._TOKEN_SPLIT_RE.split(text), text
