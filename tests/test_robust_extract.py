"""Hostile and broken text (issue 12): extraction never crashes, never hangs, never misreads
a number silently.

BUGS: one example per broken behaviour found by trying the engine as a hostile user would.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import reconcile
from reconcile.extract.dates import find_times
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


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Two people were killed 999999 days ago.", "2020-05-04"),
        ("Two people were killed yesterday.", "0001-01-01"),
        ("Two people were killed overnight.", "0001-01-01"),
        ("Two people were killed last week.", "0001-01-01"),
        ("Two people were killed last month.", "0001-01-01"),
        ("Two people were killed 3 days ago.", "0001-01-02"),
        ("Two people were killed in December.", "9999-12-31"),
    ],
)
def test_a_date_out_of_range_is_left_unresolved(text: str, published: str) -> None:
    when = datetime.fromisoformat(published).replace(tzinfo=UTC)
    assert find_times(text, 0, len(text), "d", when) == []
    (claim,) = _check(text, published).claims
    assert claim.value == 2 and claim.refers_to is None


def test_relative_dates_in_range_still_resolve() -> None:
    text = "Two people were killed 3 days ago."
    (time,) = find_times(text, 0, len(text), "d", datetime(2020, 5, 4, tzinfo=UTC))
    assert time.start.isoformat() == "2020-05-01"
