"""Hostile and broken text (issue 12): extraction never crashes, never hangs, never misreads
a number silently.

BUGS: one example per broken behaviour found by trying the engine as a hostile user would.
"""

from __future__ import annotations

import pytest

import reconcile
from reconcile.extract.numbers import find_numbers


def _check(text: str, published: str = "2020-05-04") -> reconcile.Report:
    return reconcile.check([reconcile.Document(text=text, publisher="Wire", published=published)])


# --- crashes on valid text ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They injured several", 3.0),  # a vague word ending the text, no full stop
        ("Gunmen killed dozens", 24.0),  # a headline
        ("Hundreds of", 200.0),
    ],
)
def test_vague_word_at_the_end_of_the_text(text: str, value: float) -> None:
    mentions = find_numbers(text)
    assert [m.value for m in mentions] == [value]
    assert all(text[m.start : m.end] == m.surface for m in mentions)
    _check(text)  # the whole pipeline, too
