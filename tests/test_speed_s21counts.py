"""The fast paths of the count readers give what the plain readings give."""

from __future__ import annotations

import pytest

from reconcile.extract import count_implied, count_words, victims
from reconcile.extract.count_groups import place_after
from reconcile.extract.count_outcomes import _whole_of_partitive
from reconcile.extract.count_structure import _standing
from reconcile.extract.count_words import _Endings, ends_with
from reconcile.extract.lexicon import lexicon, none_of, tokenize

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


# the gates and fast paths of the count readers, against the plain readings they skip

_TRICKY = [
    "28 of them in the capital Arda were hurt.",
    "Two of the dead were children, and one of those who died was a policeman.",
    "A further 57 remain missing; 12 remained in hospital.",
    "Gunmen shot dead a village chief and his son, al-Kassi said.",
    "No one was hurt.",
    "A guard had been shot.",
    "He had left.",
    "of the",
    "of",
    "",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_none_of_is_no_token_in_the_words(text: str) -> None:
    tokens = tokenize(text)
    for words in (victims.cue_words(), frozenset(lexicon().outcomes.by_first), frozenset()):
        assert none_of(words, tokens) == (not any(t.lower in words for t in tokens))


@pytest.mark.parametrize("text", _TRICKY)
def test_holds_cue_equals_the_scan_of_every_token(text: str) -> None:
    tokens = tokenize(text)
    plain = any(victims._cue_at(tokens, i) for i in range(len(tokens)))
    assert victims.holds_cue(tokens) == plain


@pytest.mark.parametrize("text", _TRICKY)
def test_standing_reads_remain_within_four_words(text: str) -> None:
    tokens = tokenize(text)
    for j in range(len(tokens) + 2):
        plain = bool({t.lower for t in tokens[j : j + 4]} & {"remain", "remained", "remains"})
        assert _standing(tokens, j) == plain


def _plain_place_after(tokens, j):
    words = [t.lower for t in tokens[j : j + 3]]
    if words[:2] not in (["of", "them"], ["of", "whom"], ["of", "which"]):
        return None
    return place_after(tokens, j)


@pytest.mark.parametrize("text", _TRICKY)
def test_place_after_gate(text: str) -> None:
    tokens = tokenize(text)
    for j in range(len(tokens) + 2):
        assert place_after(tokens, j) == _plain_place_after(tokens, j)
    assert place_after(tokenize("28 of them in the capital Arda"), 1) == "Arda"


@pytest.mark.parametrize("text", _TRICKY)
def test_whole_of_partitive_gate(text: str) -> None:
    tokens = tokenize(text)
    for k in range(len(tokens) + 2):
        hit = _whole_of_partitive(tokens, k)
        plain = [t.lower for t in tokens[k : k + 1]] == ["of"] and k + 2 < len(tokens)
        if not plain:
            assert hit is None
    assert _whole_of_partitive(tokenize("Two of the dead were"), 1) == ("killed", 3, 4)


def test_capitalised_reads_a_name_after_a_particle() -> None:
    tokens = tokenize("al-Kassi and al-kassi and alkassi and Bako")
    assert [victims._capitalised(t) for t in tokens[::2]] == [True, False, False, True]


def test_implied_counts_skip_the_words_of_a_number() -> None:
    text = "A soldier and a farmer were killed."
    tokens = tokenize(text)
    free = count_implied.implied_mentions(text, tokens, [])
    taken = count_implied.implied_mentions(text, tokens, [(0, 9)])
    assert [m.surface for m in free] == ["A soldier", "a farmer"]
    assert [m.surface for m in taken] == ["a farmer"]


_VICTIM_SENTENCES = [
    *_TRICKY,
    "A night watchman was shot dead and a guard wounded, with the ferryman killed.",
    "The village head and a driver were killed; Jo Bako had been stabbed and later died.",
    "Raiders beat a guard to death after the murder of a Christian convert.",
    "Gunmen killed a teacher and his brother, a farmer, along with two drivers.",
    "She has reportedly been injured, and he died in hospital.",
]


@pytest.mark.parametrize("text", _VICTIM_SENTENCES)
def test_readings_skipped_at_a_word_find_nothing_there(text: str) -> None:
    tokens = tokenize(text)
    by_word = victims._readings_by_word()
    for k, token in enumerate(tokens):
        verb, subject = by_word.get(token.lower, ((), ()))
        for reading in victims._VERB_READINGS:
            if reading not in verb:
                assert reading(tokens, k) is None, (reading.__name__, k)
        for reading in victims._SUBJECT_READINGS:
            if reading not in subject:
                assert reading(tokens, k) == [], (reading.__name__, k)


@pytest.mark.parametrize("text", _VICTIM_SENTENCES)
def test_find_victims_equals_trying_every_reading(text: str) -> None:
    tokens = tokenize(text)
    found = []
    k = 0
    while k < len(tokens):
        for reading in victims._VERB_READINGS:
            hit = reading(tokens, k)
            if hit is not None:
                read, k = hit
                found += read
                break
        else:
            for subject_reading in victims._SUBJECT_READINGS:
                found += subject_reading(tokens, k)
            k += 1
    assert victims.find_victims(tokens) == victims._distinct(found)


def test_modals_of_a_sentence() -> None:
    from reconcile.extract.count_sentence import CountedSentence

    def modals(text: str) -> list[int]:
        return CountedSentence(tokenize(text), [], [], [], frozenset()).modals

    assert modals("The toll could rise to 50 and may grow.") == [2, 7]
    assert modals("Five people died.") == []
