"""The plumbing's fast paths give what the plain code gave."""

from __future__ import annotations

import re
import zlib

import pytest

from reconcile.backends.local import _packed, _unpacked
from reconcile.events import _kind, _kind_words, _lower_words, process_document
from reconcile.models import Document

TEXTS = [
    "",
    "   ",
    "The quake struck at dawn; the earthquake's magnitude was 6.3.",
    "The quake’s toll — 6.3 — rose: “earthquake” Größe naïve café",
    "İstanbul KELVIN \u212a degrees: 40\u212a, ﬁre ﬂood",  # lower() makes ASCII of these
    "air strike, air-strike, AIRSTRIKE; an air\nstrike\tand a strike-air",
    "emoji 🔥fire🔥 and a lone surrogate \ud800 here",
    "x" * 3 + "-" * 3 + "y_z 1a2b3c",
]


@pytest.mark.parametrize("text", TEXTS)
def test_lower_words_are_the_runs_of_a_to_z_of_the_lowered_text(text: str) -> None:
    assert _lower_words(text) == re.findall(r"[a-z]+", text.lower())


def _kind_as_before(text: str) -> str | None:
    """The incident kind as it was computed before (regex words, a scan of every word)."""
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


def _phrases() -> list[str]:
    return [" ".join(phrase) for phrase in _kind_words()[0]]


def test_kind_is_as_before_on_texts_made_of_incident_words() -> None:
    phrases = _phrases()
    assert len(phrases) > 10
    texts = list(TEXTS)
    for k in range(0, len(phrases), 3):  # phrases side by side, repeated, cut, shouted
        some = phrases[k : k + 4]
        texts.append(". ".join(some + some[:1]))
        texts.append(" ".join(p.upper() for p in some) + " " + some[0].title())
        texts.append("–".join(some) + "’s " + some[-1])
    found = {_kind(text) for text in texts}
    assert len(found - {None}) > 3  # the texts tell several kinds apart
    for text in texts:
        assert _kind(text) == _kind_as_before(text), text


def test_a_packed_result_is_raw_deflate_and_comes_back_equal() -> None:
    doc = Document(
        id="s22",
        publisher="Kelm Herald",
        published="2021-03-04",
        text="Police said 12 people were killed in Kelm on Monday. Later, the mayor said "
        "the toll had risen to 14. Police said 12 people were killed in Kelm on Monday.",
    )
    result = process_document(doc)
    data = _packed(result)
    with pytest.raises(zlib.error):
        zlib.decompress(data)  # no zlib header: raw deflate
    back = _unpacked(data)
    assert back.document == result.document
    assert back.sentences == result.sentences
    assert back.extraction == result.extraction
    assert back.features == result.features
