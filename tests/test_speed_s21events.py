"""The fast paths of sentence splitting, repeat marking and event grouping give exactly
what the plain code they replace gave (kept here, as written before, as the reference)."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Hashable, Iterable
from difflib import SequenceMatcher

from pydantic import ConfigDict

from reconcile.models import (
    Document,
    Sentence,
    Span,
    _Model,
    trusted_sentence,
    trusted_span,
)
from reconcile.segment import (
    MIN_REPEAT_WORDS,
    NEAR_REPEAT_RATIO,
    _lower_words,
    _repeat_key,
    _word_bag,
    mark_near_repeats,
    mark_repeats,
    normalise,
    publication_rank,
    split_sentences,
)


def _doc(doc_id: str, text: str, published: str = "2020-05-01") -> Document:
    return Document(id=doc_id, text=text, publisher="P", published=published)


# --- models made without validation ----------------------------------------------------


def test_trusted_models_equal_validated_ones() -> None:
    for start, end in [(0, 0), (0, 7), (12, 40)]:
        span = trusted_span("doc-1", start, end)
        valid = Span(doc_id="doc-1", start=start, end=end)
        assert span == valid
        assert span.model_fields_set == valid.model_fields_set
        assert span.model_dump_json() == valid.model_dump_json()
        for duplicate_of in [None, "sent:doc-0:3-9"]:
            marks = {} if duplicate_of is None else {"duplicate_of": duplicate_of}
            sentence = trusted_sentence("sent:doc-1:0-7", span, "Rain. A", 4, duplicate_of)
            expected = Sentence(id="sent:doc-1:0-7", span=valid, text="Rain. A", index=4, **marks)
            assert sentence == expected
            assert sentence.model_fields_set == expected.model_fields_set
            assert sentence.model_dump_json() == expected.model_dump_json()
            assert list(sentence.__dict__) == list(expected.__dict__)
            copied = sentence.model_copy(update={"near_duplicate_of": "x"})
            assert copied == expected.model_copy(update={"near_duplicate_of": "x"})
            assert sentence.near_duplicate_of is None  # the copy shares nothing mutable


def test_split_sentences_equal_validated_sentences() -> None:
    doc = _doc("a", "Gen. Ali said 3 died.\n\nNo. 5 road was shut.  Police said so. (Two more.)")
    for index, sent in enumerate(split_sentences(doc)):
        start, end = sent.span.start, sent.span.end
        valid = Sentence(
            id=f"sent:a:{start}-{end}",
            span=Span(doc_id="a", start=start, end=end),
            text=doc.text[start:end],
            index=index,
        )
        assert sent == valid
        assert sent.model_fields_set == valid.model_fields_set
        assert sent.span.model_fields_set == valid.span.model_fields_set


# --- near repeats: the plain search, as it was written before ---------------------------


def _reference_near_repeats(
    documents: Iterable[Document], sentences: list[Sentence]
) -> list[Sentence]:
    if len({s.span.doc_id for s in sentences}) < 2:
        return list(sentences)
    rank = publication_rank(documents)
    words = {s.id: _lower_words(s.text) for s in sentences}
    bags: dict[str, set[Hashable]] = {}

    def bag(sid: str) -> set[Hashable]:
        if sid not in bags:
            bags[sid] = _word_bag(words[sid])
        return bags[sid]

    frequency: Counter[str] = Counter()
    for sent in sentences:
        frequency.update(set(words[sent.id]))
    index: dict[str, dict[str, list[Sentence]]] = {}
    marked = []
    for sent in sorted(sentences, key=lambda s: (rank[s.span.doc_id], s.span.start)):
        mine = words[sent.id]
        best = None
        if sent.duplicate_of is None and len(mine) >= MIN_REPEAT_WORDS:
            keys = [w for _, w in sorted([(frequency[w], w) for w in set(mine)])[:3]]
            best_ratio, seen = 0.0, set()
            for key in keys:
                for doc_id, in_doc in index.get(key, {}).items():
                    if doc_id == sent.span.doc_id:
                        continue
                    for other in in_doc:
                        if other.id in seen:
                            continue
                        seen.add(other.id)
                        theirs = words[other.id]
                        if min(len(mine), len(theirs)) / max(len(mine), len(theirs)) < 0.8:
                            continue
                        shared = len(bag(sent.id) & bag(other.id))
                        bound = 2 * shared / (len(mine) + len(theirs))
                        if bound < NEAR_REPEAT_RATIO or (best is not None and bound <= best_ratio):
                            continue
                        ratio = SequenceMatcher(None, mine, theirs, autojunk=False).ratio()
                        if (
                            ratio >= NEAR_REPEAT_RATIO
                            and normalise(other.text) != normalise(sent.text)
                            and (best is None or ratio > best_ratio)
                        ):
                            best_ratio, best = ratio, other.id
            for key in keys:
                index.setdefault(key, {}).setdefault(sent.span.doc_id, []).append(sent)
        marked.append(sent.model_copy(update={"near_duplicate_of": best}) if best else sent)
    order = {s.id: n for n, s in enumerate(sentences)}
    return sorted(marked, key=lambda s: order[s.id])


def _random_corpus(rng: random.Random, vocabulary: list[str]) -> list[Document]:
    """Documents of sentences drawn from few words, so that many pairs tie on their ratio
    and on its bound (the order of the search then decides)."""
    docs = []
    base = [
        " ".join(rng.choice(vocabulary) for _ in range(rng.randint(3, 9))).capitalize() + "."
        for _ in range(4)
    ]
    for n in range(rng.randint(2, 6)):
        sentences = []
        for line in base:
            words = line.rstrip(".").split()
            for _ in range(rng.randint(0, 2)):  # a small edit, or none
                k = rng.randrange(len(words))
                edit = rng.choice(["swap", "drop", "add", "case"])
                if edit == "swap":
                    words[k] = rng.choice(vocabulary)
                elif edit == "drop" and len(words) > 1:
                    del words[k]
                elif edit == "add":
                    words.insert(k, rng.choice(vocabulary))
                else:
                    words[k] = words[k].upper()
            sentences.append(" ".join(words) + rng.choice([".", ".", "!"]))
        rng.shuffle(sentences)
        day = f"2021-03-{rng.randint(1, 3):02d}"
        docs.append(_doc(f"d{n}", " ".join(sentences), day))
    return docs


def test_near_repeats_equal_the_plain_search_on_random_corpora() -> None:
    rng = random.Random(21)
    for round_ in range(300):
        vocabulary = ["floods", "cut", "road", "to", "pelun", "on", "sunday", "Veltra", "the"]
        docs = _random_corpus(rng, vocabulary[: 4 + round_ % 6])
        sentences = mark_repeats(docs, [s for d in docs for s in split_sentences(d)])
        got = mark_near_repeats(docs, sentences)
        expected = _reference_near_repeats(docs, sentences)
        assert got == expected
        assert [s.model_fields_set for s in got] == [s.model_fields_set for s in expected]


def test_near_repeats_tie_goes_to_the_first_found() -> None:
    # b and c repeat a's sentence equally nearly; b comes first in visiting order
    docs = [
        _doc("a", "Nine fishermen drowned off the cape of Veltra.", "2021-03-01"),
        _doc("b", "Nine fishermen drowned off the cape at Veltra.", "2021-03-02"),
        _doc("c", "Nine fishermen drowned off a cape of Veltra.", "2021-03-03"),
        _doc("d", "Nine fishermen drowned off the cape in Veltra.", "2021-03-04"),
    ]
    sentences = mark_repeats(docs, [s for d in docs for s in split_sentences(d)])
    assert mark_near_repeats(docs, sentences) == _reference_near_repeats(docs, sentences)


# --- pickling ----------------------------------------------------------------------------


class _Open(_Model):
    """A model that allows extra fields (none of reconcile's does)."""

    model_config = ConfigDict(extra="allow", frozen=True)
    value: int


def test_a_model_with_extra_fields_keeps_them_through_pickle() -> None:
    import pickle

    model = _Open(value=3, more="kept")
    back = pickle.loads(pickle.dumps(model))
    assert back == model
    assert back.__pydantic_extra__ == {"more": "kept"}
    assert back.model_fields_set == model.model_fields_set


def test_pickled_models_come_back_equal() -> None:
    import pickle

    from reconcile.events import process_document

    doc = _doc(
        "a",
        "Police said 12 people died and 31 or more were hurt in Kano on Monday. "
        "The army said 14 died. Police said 12 people died and 31 or more were hurt "
        "in Kano on Monday.",
    )
    result = process_document(doc)
    back = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == result
    for mine, theirs in zip(
        back.sentences + back.extraction.claims,
        result.sentences + result.extraction.claims,
        strict=True,
    ):
        assert mine.model_fields_set == theirs.model_fields_set
        assert mine.__pydantic_extra__ is None and mine.__pydantic_private__ is None
        assert mine.model_dump_json() == theirs.model_dump_json()
    assert back.extraction.claims, "the text has claims to compare"


# --- repeat keys, names and kinds of documents --------------------------------------------


def test_repeat_key_is_the_folded_text_of_sentences_long_enough() -> None:
    rng = random.Random(3)
    pieces = ["Two", "men", "died.", " ", "  ", "\n", "\t", "\u00a0", "-", "U.S.-led", ""]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", ""]) for _ in range(rng.randint(0, 9)))
        key = normalise(text)
        expected = key if key.count(" ") + 1 >= MIN_REPEAT_WORDS else None
        assert _repeat_key(text) == expected


def _reference_names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    import sys

    from reconcile.events import _NAME, _SENTENCE_END, _WORD, _ignored, _place_words

    before, after = _place_words()
    ignored = _ignored()
    parts = _WORD.split(text)
    words = parts[1::2]
    mid: set[str] = set()
    initial: set[str] = set()
    places: set[str] = set()
    for k, word in enumerate(words):
        if word[0] > "Z" or not _NAME.fullmatch(word):
            continue
        key = sys.intern(word.lower().removesuffix("'s").removesuffix("’s"))
        if key in ignored or len(key) < 3:
            continue
        if _SENTENCE_END.search(parts[2 * k][-3:]):
            initial.add(key)
            continue
        mid.add(key)
        j = k - 1
        while j >= 0 and _NAME.fullmatch(words[j]) and j > k - 4:
            j -= 1
        prev = words[j].lower() if j >= 0 else ""
        if j >= k - 3 and prev in before:
            places.add(key)
        if k + 1 < len(words) and words[k + 1].lower() in after:
            places.add(key)
    written = set(words)
    names = frozenset(mid | {w for w in initial if w not in written and not w.endswith("ing")})
    return names, frozenset(places & names)


def _reference_kind(text: str) -> str | None:
    """The incident kind read plainly: the regex's words, every word tried."""
    from reconcile.events import _kind_words

    table, longest = _kind_words()
    words = re.findall(r"[a-z]+", text.lower())
    counts = dict.fromkeys(sorted(set(table.values())), 0)
    for k in range(len(words)):
        for size in range(1, longest + 1):
            kind = table.get(tuple(words[k : k + size]))
            if kind is not None:
                counts[kind] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    best, runner = ranked[0], ranked[1]
    if best[1] >= 2 and best[1] >= 2 * runner[1]:
        return best[0]
    return None


def test_names_and_kinds_equal_the_plain_reading() -> None:
    from pathlib import Path

    from reconcile.events import _kind, _names

    rng = random.Random(8)
    words = [
        "Kano",
        "KANO",
        "in",
        "near",
        "province",
        "district",
        "Police",
        "police",
        "said",
        "Gunmen",
        "killed",
        "Speaking",
        "Tarsun",
        "Tarsun's",
        "air",
        "strike",
        "quake",
        "earthquake",
        "protest",
        "Mr",
        "Al-Amin",
        "O’Neil",
        "U.N.",
        "-",
        "—",
        "Ali",
        "Gen.",
    ]
    marks = [" ", "  ", ". ", ", ", "; ", "\n", '" ', ' "', " - ", " — ", ": ", "! ", "(", ") "]
    texts = [p.read_text() for p in sorted(Path("cases").glob("*/documents/*.txt"))]
    for _ in range(1500):
        texts.append(
            "".join(rng.choice(words) + rng.choice(marks) for _ in range(rng.randint(1, 30)))
        )
    for text in texts:
        assert _names(text) == _reference_names(text)
        assert _kind(text) == _reference_kind(text)


def _phrases() -> list[str]:
    from reconcile.events import _kind_words

    return [" ".join(phrase) for phrase in _kind_words()[0]]


def test_kind_is_as_before_on_texts_made_of_incident_words() -> None:
    from reconcile.events import _kind

    phrases = _phrases()
    assert len(phrases) > 10
    texts: list[str] = []  # (tricky characters: the s22plumb tests of _lower_words)
    for k in range(0, len(phrases), 3):  # phrases side by side, repeated, cut, shouted
        some = phrases[k : k + 4]
        texts.append(". ".join(some + some[:1]))
        texts.append(" ".join(p.upper() for p in some) + " " + some[0].title())
        texts.append("–".join(some) + "’s " + some[-1])
    found = {_kind(text) for text in texts}
    assert len(found - {None}) > 3  # the texts tell several kinds apart
    for text in texts:
        assert _kind(text) == _reference_kind(text), text
