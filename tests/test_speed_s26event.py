"""The event stage's shortcuts give what the plain computations give (session 26)."""

from __future__ import annotations

import random

import pytest

from reconcile.rules import r201_count_revised as r201

_PIECES = [
    "The ministry",
    "revised the toll",
    "after",
    "double counting",
    "DOUBLE-Counting",
    "bodies were found",
    "Bodies Were Recovered",
    "two more succumbed",
    "a technical error",
    "an Error",
    "errors",
    "terror",
    "verification",
    "unverified",
    "mistake,",
    "mistaken",
    "rescue workers reached",
    "17 people died",
    "in hospital",
    "died in hospital",
    "Ünal said",
    "ſuccumbed",  # long s: matches 's' case-insensitively, not in a lowered text
    "\u212aILLED",  # Kelvin sign
    "(search continued)",
    ".",
]


def _plain_reason(sentence: str) -> str | None:
    match = r201._reasons().search(sentence)
    return match.group(1) if match else None


@pytest.mark.parametrize("seed", range(40))
def test_reason_equals_the_plain_search(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(50):
        sentence = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 7)))
        assert r201._reason(sentence) == _plain_reason(sentence), sentence


def test_reason_found_in_a_non_ascii_text_the_lowered_test_would_miss() -> None:
    sentence = "Two more ſuccumbed overnight."
    assert _plain_reason(sentence) == "ſuccumbed"
    assert r201._reason(sentence) == "ſuccumbed"


def test_no_reason_in_an_ascii_sentence_without_its_words() -> None:
    assert not r201._may_give_reason("The ministry said 17 people died.")
    assert r201._may_give_reason("It was a MISTAKE.")
    assert r201._reason("It was a MISTAKE.") == "MISTAKE"


def test_document_figure_of_one_claim_is_what_the_tests_give() -> None:
    import reconcile
    from reconcile.graph import document_figure

    doc = reconcile.Document(
        text="The ministry raised the toll to 48, up from 12. Dozens were hurt. At least "
        "17 people died, police said. Three more soldiers were killed. The mayor denied it. "
        "About 40 homes burned.",
        publisher="Wire",
        published="2020-05-01",
    )
    claims = reconcile.check([doc]).claims
    kinds = {(getattr(c, "change", None), getattr(c, "qualifier", None)) for c in claims}
    assert len(kinds) >= 3  # updates, earlier numbers, vague and precise figures
    # the same claim twice takes the tests the shortcut skips, and each gives that claim
    for claim in claims:
        assert document_figure([claim]) is document_figure([claim, claim]) is claim


def test_publication_order_reads_what_the_sort_keys_read() -> None:
    import reconcile
    from reconcile.models import PUBLICATION_ORDER

    docs = [
        reconcile.Document(
            text=f"At least {n} people died in the blast, police said. {n + 3} were hurt.",
            publisher=publisher,
            published=day,
        )
        for n, publisher, day in [(5, "Wire", "2020-05-02"), (9, "Post", "2020-05-01")]
    ]
    claims = reconcile.check(docs).claims
    assert claims
    for c in claims:
        assert PUBLICATION_ORDER(c) == (c.published, c.span.doc_id, c.span.start)
