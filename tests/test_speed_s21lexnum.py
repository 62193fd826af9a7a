"""The fast paths of the tokenizer, numbers and dates give what the plain code gives."""

from __future__ import annotations

import pytest

from reconcile.extract import lexicon

TRICKY = [
    "",
    "   ",
    "17 members, and one civilian's",
    "Inés Ibáñez-Ortí said 1,200.5 people_were\u200f17\u200b hurt",
    "__init__ x_y 3_4 a__b",
    "l’armée’s — “quoted” … ¿qué? ¡sí! 12:30 2.500,00",
    "\x1c\x1d\x1e\x1fword\x00\x07\x7f\t\r\n\x0bnext",
    "mixed² x³ ٣٤ १२ ①② ﬁne Σίσυφος ΣΑΣ",
    "trailing-",
    "-leading 'quoted' o'neill rock'n'roll ''",
    "a" * 50 + " " + "9" * 30 + ".",
]


def _reference(text: str, offset: int) -> list[tuple[str, int, int, str]]:
    """The tokens as the pattern's matches give them, one by one."""
    return [
        (m.group(), m.start() + offset, m.end() + offset, m.group().lower())
        for m in lexicon._TOKEN_RE.finditer(text)
    ]


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("offset", [0, 7])
def test_scan_gives_the_pattern_matches(text: str, offset: int) -> None:
    got = [(t.text, t.start, t.end, t.lower) for t in lexicon._scan(text, offset)]
    assert got == _reference(text, offset)


@pytest.mark.parametrize("text", TRICKY)
def test_scanned_tokens_are_tokens(text: str) -> None:
    made = lexicon._scan(text, 3)
    assert all(type(t) is lexicon.Token for t in made)
    assert list(made) == [lexicon.Token(t.text, t.start, t.end) for t in made]
    assert [hash(t) for t in made] == [hash(lexicon.Token(t.text, t.start, t.end)) for t in made]
