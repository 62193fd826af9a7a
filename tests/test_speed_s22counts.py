"""The fast paths of the count readers (second round) give what the plain readings give."""

from __future__ import annotations

import pytest

from reconcile.extract import count_implied, victims
from reconcile.extract.lexicon import tokenize

_TRICKY = [
    "A soldier and a farmer were killed, and no one else was hurt.",
    "Both pilots died; another was wounded and a couple of hours later his wife died.",
    "No reports of casualties. Nobody. a",
    "Gunmen shot dead a village chief and his son, al-Kassi said.",
    "Raiders killed three traders and a driver, and the toll could rise to 50.",
    "A guard had been shot.",
    "With a single death in Oru, a 10-year-old boy was hurt.",
    "an",
    "",
]


def _plain_implied(text: str, tokens, taken) -> list:
    """Every reading tried at every word but the last, as before the gate."""
    found = []
    occupied = {p for x, y in taken for p in range(x, y)}
    for n, token in enumerate(tokens[:-1]):
        for reading in count_implied._IMPLIED_READINGS:
            hit = reading(tokens, n)
            if hit is None:
                continue
            last, value = hit
            start, end = token.start, tokens[last].end
            if occupied.isdisjoint(range(start, end)):
                found.append(count_implied.implied_mention(text, start, end, value))
            break
    return found


@pytest.mark.parametrize("text", _TRICKY)
def test_implied_mentions_equal_trying_every_word(text: str) -> None:
    tokens = tokenize(text)
    for taken in ([], [(0, 9)], [(0, len(text))]):
        assert count_implied.implied_mentions(text, tokens, taken) == _plain_implied(
            text, tokens, taken
        )


def test_a_one_word_cue_is_a_cue_whatever_follows() -> None:
    for word in sorted(victims._one_word_cues()):
        for text in (word, f"{word} of the", f"a {word}."):
            tokens = tokenize(text)
            k = [t.lower for t in tokens].index(word)
            assert victims._cue_at(tokens, k), text
    assert "killed" in victims._one_word_cues()
    assert "had" not in victims._one_word_cues()  # 'had been shot': a phrase


@pytest.mark.parametrize("text", _TRICKY)
def test_holds_cue_equals_the_scan_of_every_token(text: str) -> None:
    for words in (text, text.lower(), text.replace("killed", "had been shot")):
        tokens = tokenize(words)
        plain = any(victims._cue_at(tokens, i) for i in range(len(tokens)))
        assert victims.holds_cue(tokens) == plain


def _plain_cue_at(tokens, k: int) -> bool:
    if any(table.match(tokens, k) is not None for table in victims._cue_tables()):
        return True
    heads = victims._split_heads().get(tokens[k].lower, ())
    return any(tuple(t.lower for t in tokens[k : k + len(head)]) == head for head in heads)


@pytest.mark.parametrize(
    "text", [*_TRICKY, "He had been badly beaten and was found dead; she was shot at."]
)
def test_cue_at_tries_only_the_tables_of_its_word(text: str) -> None:
    tokens = tokenize(text)
    for k in range(len(tokens)):
        assert victims._cue_at(tokens, k) == _plain_cue_at(tokens, k), (text, k)
    for word in sorted(victims.cue_words()):
        tokens = tokenize(f"{word} been shot dead")
        assert victims._cue_at(tokens, 0) == _plain_cue_at(tokens, 0), word


@pytest.mark.parametrize("text", _TRICKY)
def test_implied_readings_skipped_at_a_word_find_nothing_there(text: str) -> None:
    tokens = tokenize(text)
    by_word = count_implied._readings_by_word()
    for n, token in enumerate(tokens[:-1]):
        for reading in count_implied._IMPLIED_READINGS:
            if reading not in by_word.get(token.lower, ()):
                assert reading(tokens, n) is None, (reading.__name__, n)


_SUBJECTS = [
    *_TRICKY,
    "A man and two children, 45, were killed; Jo Bako, 25, was shot.",
    "The Arda and Rim head died and a guard was hurt.",
    "In 2016 a 45-year-old guard and 3 others who said 12 were hurt had been shot.",
]


@pytest.mark.parametrize("text", _SUBJECTS)
def test_last_count_is_the_last_number_counting_people(text: str) -> None:
    tokens = tokenize(text)
    for start in range(len(tokens)):
        for v in range(start, len(tokens) + 1):
            plain = max(
                (n for n in range(start, v) if victims._counts_people(tokens, n)), default=-1
            )
            assert victims._last_count(tokens, start, v) == plain


@pytest.mark.parametrize("text", _SUBJECTS)
def test_a_clause_starts_only_at_its_words(text: str) -> None:
    tokens = tokenize(text)
    for k, token in enumerate(tokens):
        if victims._clause_start(tokens, k):
            assert token.lower in victims._CLAUSE_STARTS or token.lower == "and"


@pytest.mark.parametrize("text", _SUBJECTS)
def test_a_table_matches_nothing_at_a_word_no_phrase_starts_with(text: str) -> None:
    from reconcile.extract.lexicon import lexicon

    tokens = tokenize(text)
    for table in (lexicon().groups, lexicon().outcomes):  # gated so by group/outcome_after
        for k, token in enumerate(tokens):
            if token.lower not in table.by_first:
                assert table.match(tokens, k) is None
