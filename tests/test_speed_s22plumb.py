"""The plumbing's fast paths give what the plain code gave."""

from __future__ import annotations

import pickle
import re

import lz4.block
import pytest

from reconcile.backends.local import _packed, _unpacked
from reconcile.events import _lower_words, process_document
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


def test_a_packed_result_is_an_lz4_block_and_comes_back_equal() -> None:
    doc = Document(
        id="s22",
        publisher="Kelm Herald",
        published="2021-03-04",
        text="Police said 12 people were killed in Kelm on Monday. Later, the mayor said "
        "the toll had risen to 14. Police said 12 people were killed in Kelm on Monday.",
    )
    result = process_document(doc)
    data = _packed(result)
    assert pickle.loads(lz4.block.decompress(data)) is not None  # an LZ4 block, size first
    back = _unpacked(data)
    assert back.document == result.document
    assert back.sentences == result.sentences
    assert back.extraction == result.extraction
    assert back.features == result.features
