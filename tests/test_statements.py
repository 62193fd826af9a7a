"""Statement claims: predicate, polarity, actor; hypotheticals are not claims."""

from __future__ import annotations

import pytest

from reconcile.extract.statements import find_statements


@pytest.mark.parametrize(
    ("sentence", "predicate", "polarity", "actor"),
    [
        (
            "The government says young fighters have begun to lay down their arms.",
            "lay down arms",
            "positive",
            "militants",
        ),
        (
            "Prosecutors said militants had refused to lay down their weapons.",
            "lay down arms",
            "negative",
            "militants",
        ),
        (
            "A rebel commander said his fighters will not surrender their weapons.",
            "lay down arms",
            "negative",
            "militants",
        ),
        ("The UN mission said the town was calm on Sunday.", "calm", "positive", None),
        ("Residents said shooting continued overnight.", "calm", "negative", None),
        (
            "The army denied that its troops had withdrawn from the hills.",
            "withdraw",
            "negative",
            "security forces",
        ),
    ],
)
def test_statements(sentence: str, predicate: str, polarity: str, actor: str | None) -> None:
    (found,) = find_statements(sentence, 0, len(sentence))
    assert (found.predicate, found.polarity, found.actor) == (predicate, polarity, actor)
    assert sentence[found.start : found.end].endswith(sentence[found.end - 3 : found.end])


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry promised amnesty to rebels who lay down their weapons.",
        "The governor urged the fighters to lay down their arms.",
        "If the rebels withdraw, talks can begin.",
        "Rebels said they would pull out if attacked.",
    ],
)
def test_hypotheticals_and_demands_are_not_statements(sentence: str) -> None:
    assert find_statements(sentence, 0, len(sentence)) == []
