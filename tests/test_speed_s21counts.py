"""The fast paths of the count readers give what the plain readings give."""

from __future__ import annotations

import pytest

from reconcile.extract import count_words
from reconcile.extract.count_words import _Endings, ends_with
from reconcile.extract.lexicon import tokenize

_SENTENCES = [
    "17 soldiers were killed.",
    "Another 5 people died, up from 38, bringing the toll to 23.",
    "A further 57 remain missing along with two drivers.",
    "The toll rose to 48 from 12 on Monday, including 17 soldiers.",
    "five more",
    "Another 5 died",
    "",
]
_LISTS = ["INCREMENT_BEFORE", "NEW_TOTAL_BEFORE", "PART_CUES", "PREVIOUS_CUES", "COMPANIONS"]


def _slow_ends_with(tokens, i, phrases: _Endings) -> str | None:
    before = " ".join(t.lower for t in tokens[max(0, i - 5) : i])
    for phrase in phrases.longest_first:
        if before == phrase or before.endswith(" " + phrase):
            return phrase
    return None


@pytest.mark.parametrize("name", _LISTS)
@pytest.mark.parametrize("text", _SENTENCES)
def test_ends_with_equals_the_plain_reading(name: str, text: str) -> None:
    phrases = getattr(count_words, name)
    tokens = tokenize(text)
    for i in range(-1, len(tokens) + 3):
        assert ends_with(tokens, i, phrases) == _slow_ends_with(tokens, i, phrases), (text, i)


def test_ends_with_finds_a_phrase_at_the_sentence_start() -> None:
    phrases = _Endings.of(["another", "a further"])
    tokens = tokenize("A further 57 died")
    assert ends_with(tokens, 2, phrases) == "a further"
    assert ends_with(tokens, 0, phrases) is None


def test_no_empty_phrase() -> None:
    with pytest.raises(ValueError):
        _Endings.of(["rose to", ""])
