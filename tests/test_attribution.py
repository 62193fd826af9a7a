"""Attribution: who each sentence's claims are attributed to, and back-references."""

from __future__ import annotations

import pytest

from reconcile.extract import publisher_source
from reconcile.extract.attribution import attribute_sentences, find_speaker
from reconcile.models import Document
from reconcile.segment import split_sentences


@pytest.mark.parametrize(
    ("sentence", "kind", "speaker"),
    [
        ("Tajik prosecutors said 30 militants were killed.", "explicit", "Tajik prosecutors"),
        ("At least 12 people died, police said.", "explicit", "police"),
        ("According to the health ministry, 40 people were hurt.", "explicit", "health ministry"),
        ("Four soldiers were killed, according to local officials.", "explicit", "local officials"),
        (
            "In a statement on Monday, the Defence Ministry said two soldiers died.",
            "explicit",
            "Defence Ministry",
        ),
        ("The army provided a lower toll, saying 5 soldiers died.", "explicit", "army"),
        (
            "Five people were killed, said Interior Ministry spokesman Ali Karimov.",
            "explicit",
            "Interior Ministry spokesman Ali Karimov",
        ),
        ("Two people were reportedly killed in the raid.", "passive", None),
        ("It was reported that 30 people were detained.", "passive", None),
        ("Sources said four were arrested.", "passive", "Sources"),
        ("At least 40 people were killed in the clashes.", "unattributed", None),
        ("Witnesses told the agency that 12 bodies lay in the street.", "explicit", "Witnesses"),
    ],
)
def test_speaker_patterns(sentence: str, kind: str, speaker: str | None) -> None:
    found = find_speaker(sentence, 0, len(sentence))
    assert found.kind == kind
    assert (found.speaker.name if found.speaker else None) == speaker
    if found.speaker:
        assert sentence[found.speaker.start : found.speaker.end] == found.speaker.name


def _attribute(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Document(id="d", text=text, publisher="Wire", published="2020-05-01")
    sentences = split_sentences(doc)
    attributions, sources = attribute_sentences(doc, sentences, publisher_source(doc))
    names = {s.id: s.name for s in sources}
    return [
        (
            attributions[s.id].kind,
            names.get(attributions[s.id].source_id),
            attributions[s.id].resolved_from,
        )
        for s in sentences
    ]


def test_back_reference_resolves_to_the_earlier_full_name() -> None:
    text = (
        "The announcement was made by the Interior Ministry on Friday. "
        "Late on Friday, the ministry said 12 people were detained."
    )
    assert _attribute(text)[1] == ("explicit", "Interior Ministry", "Interior Ministry")


def test_back_reference_to_an_earlier_speaker() -> None:
    text = (
        "Kyrgyz prosecutors said 7 men were arrested. "
        "The prosecutors later said 3 of them were released."
    )
    assert _attribute(text)[1][1] == "Kyrgyz prosecutors"


def test_pronoun_takes_the_last_named_speaker() -> None:
    text = "The regional governor said 4 houses burned. He said 2 people were hurt."
    assert _attribute(text)[1][:2] == ("explicit", "regional governor")


def test_unattributed_sentence_is_the_publishers_voice() -> None:
    assert _attribute("Three soldiers died on Monday.") == [("unattributed", "Wire", None)]
