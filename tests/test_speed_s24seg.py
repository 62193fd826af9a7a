"""Fast paths of the s24seg round against the plain readings they replace."""

from __future__ import annotations

import random
from collections import Counter

from reconcile.models import Document, trusted_copy
from reconcile.segment import (
    _rarest,
    mark_near_repeats,
    mark_repeats,
    split_sentences,
)

_WORDS = ["rain", "fell", "on", "the", "town", "and", "river", "rose", "two", "bridges"]


def _doc(doc_id: str, text: str, day: int = 1) -> Document:
    return Document(id=doc_id, text=text, publisher="P", published=f"2021-03-{day:02d}")


def test_trusted_copy_is_model_copy() -> None:
    doc = _doc("a", "The ferry left late. Two boats sank near the pier.")
    for sent in split_sentences(doc):
        for mark in ("duplicate_of", "near_duplicate_of"):
            for value in (None, "sent:b:0-9"):
                fast = trusted_copy(sent, {mark: value})
                plain = sent.model_copy(update={mark: value})
                assert fast == plain
                assert fast.model_dump() == plain.model_dump()
                assert fast.model_fields_set == plain.model_fields_set
                assert getattr(fast, mark) == value


def test_rarest_is_sorted_by_frequency_then_word() -> None:
    rng = random.Random(7)
    for _ in range(300):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 12))]
        frequency = Counter({w: rng.randint(1, 4) for w in _WORDS})
        plain = [w for _, w in sorted([(frequency[w], w) for w in set(words)])[:3]]
        assert _rarest(words, frequency) == plain


def test_near_repeats_skip_white_space_copies() -> None:
    first = _doc("a", "Heavy rain fell on the old town overnight.", 1)
    spaced = _doc("b", "Heavy  rain fell on the old\ntown overnight.", 2)
    edited = _doc("c", "Heavy rain fell on the old town late overnight.", 3)
    docs = [first, spaced, edited]
    sentences = [s for d in docs for s in split_sentences(d)]
    marked = mark_near_repeats(docs, mark_repeats(docs, sentences))
    by_doc = {s.span.doc_id: s for s in marked}
    assert by_doc["b"].duplicate_of == by_doc["a"].id  # a verbatim repeat, not a near one
    assert by_doc["b"].near_duplicate_of is None
    assert by_doc["c"].near_duplicate_of == by_doc["a"].id


def test_near_repeats_of_the_same_words() -> None:
    # three words to split, six to compare: never a verbatim repeat, always a ratio of 1
    first = _doc("a", "U.S.-led raid-hit town.", 1)
    spaced = _doc("b", "U.S.-led  raid-hit\ttown.", 2)
    cased = _doc("c", "u.s.-led raid-hit Town.", 3)
    docs = [first, spaced, cased]
    sentences = [s for d in docs for s in split_sentences(d)]
    marked = {s.span.doc_id: s for s in mark_near_repeats(docs, mark_repeats(docs, sentences))}
    assert all(s.duplicate_of is None for s in marked.values())
    assert marked["b"].near_duplicate_of is None  # the same text but for white space
    assert marked["c"].near_duplicate_of == marked["a"].id


def test_is_name_is_the_name_pattern() -> None:
    from itertools import product

    from reconcile.events import _NAME, _WORD, _is_name

    words = {"".join(p) for n in range(1, 6) for p in product("AKZakz'’-", repeat=n)}
    words |= set(_WORD.split("The UN-backed NATO team met O'Neil and US-led X-Ray crews.")[1::2])
    for word in words:
        if word[0].isupper() and _WORD.fullmatch(word):
            assert _is_name(word) == bool(_NAME.fullmatch(word)), word
