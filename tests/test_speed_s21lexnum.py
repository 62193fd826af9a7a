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


def test_ascii_pattern_splits_as_the_pattern_on_every_ascii_pair() -> None:
    """_scan's ASCII pattern gives _TOKEN_RE's tokens on ASCII text: every one- and
    two-character text, and every three-character one of a sample of each kind."""
    chars = [chr(c) for c in range(128)]
    texts = chars + [a + b for a in chars for b in chars]
    kinds = "aZ09_ -'.,:;\x1c\x1f\x00\t\n\x7f%"
    texts += [a + b + c for a in kinds for b in kinds for c in kinds]
    for text in texts:
        assert lexicon._ASCII_SPLIT_RE.split(text) == lexicon._TOKEN_SPLIT_RE.split(text), text


def test_ascii_pattern_splits_as_the_pattern_on_random_ascii() -> None:
    """Random runs of words, numbers and the marks that may join them ('a-b-c', '1.2.3')."""
    import random

    rng = random.Random(21)
    pieces = ["ab", "X", "z", "12", "0", "-", "'", ".", ",", ":", " ", "_", "\x1c", "\t", "!"]
    for _ in range(5000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 12)))
        assert lexicon._ASCII_SPLIT_RE.split(text) == lexicon._TOKEN_SPLIT_RE.split(text), text


NUMBER_TEXTS = [
    "",
    "no digits at all",
    "Of 1,200 people, USD 5 each; A4 and 3% of US$ 7 and US$12 or usd12, $ 5, $5",
    "EUR 1 000 000, GBP\u00a0300, CHF 12 345 and TJS12.5bn, 1.000.000, 29.07.2012",
    "x1 2y _3 .4 ,5 /6 :7 -8 $9 €10 £11 ¥12 ₽13 a-14 (15) 16m 17 million 18 percent",
    "\u0661\u066c\u0662\u0660\u0660 people, \u200f17\u200f killed, 1\u200d000, ١٢٣",
    "USDUSD 9, RUBRUB9, 12-15, 20 to 30, +44 20 7946 0958, 99999999999999999999",
    "US$" * 5 + "1" + " " * 12 + "USD" + " 2 ",
]


def _finditer(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    from reconcile.extract import numbers

    return [(m.span(), m.groupdict()) for m in numbers._NUMBER_RE.finditer(text)]


@pytest.mark.parametrize("text", NUMBER_TEXTS)
def test_number_matches_are_finditers(text: str) -> None:
    from reconcile.extract import numbers

    got = [(m.span(), m.groupdict()) for m in numbers._number_matches(text)]
    assert got == _finditer(text)


def test_number_matches_are_finditers_on_random_runs() -> None:
    import random

    from reconcile.extract import numbers

    rng = random.Random(5)
    pieces = ["1", "23", "000", " ", ",", ".", "$", "US$", "USD", "usd ", "a", "%", "-", "k", "m"]
    pieces += ["million", " percent", "\u00a0", "\u200f", "٣", "/", "_", "€", "x"]
    for _ in range(4000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 14)))
        got = [(m.span(), m.groupdict()) for m in numbers._number_matches(text)]
        assert got == _finditer(text), text


def test_no_currency_prefix_holds_a_digit() -> None:
    """_number_matches searches from the first digit less the longest prefix: a digit in a
    currency symbol or code would let a match start further back."""
    from reconcile.extract import numbers

    prefixes = [*numbers._CURRENCY_SYMBOLS, *numbers._CURRENCIES["codes"]]
    assert not [p for p in prefixes if numbers._ANY_DIGIT.search(p)]
    assert numbers._CURRENCY_REACH == max(map(len, prefixes)) + 1
