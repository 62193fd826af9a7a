"""Edge cases of the passage readers found in review: a passage that begins inside its
quotation, a clause search that must stop at its sentence's end, a passage at the very
end of a text. Sentences of our own."""

from __future__ import annotations

from reconcile.extract.cue_after import inside, participle_opener
from reconcile.extract.cue_before import before
from reconcile.extract.lexicon import tokenize
from reconcile.extract.passage_cues import read_speaker


def _words(text: str, found: tuple[int, int] | None) -> str | None:
    tokens = tokenize(text)
    return None if found is None else " ".join(t.text for t in tokens[found[0] : found[1]])


def test_a_passage_that_begins_inside_its_quotation_finds_the_verb_after_it() -> None:
    for text in ('The ferry was late," Oru said. "Again.', "The ferry was late,” Oru said. “We"):
        tokens = tokenize(text)
        assert _words(text, inside(tokens, 0, len(tokens))) == "Oru"


def test_a_verb_inside_the_quotation_is_still_passed_over() -> None:
    text = "\"Tell them, 'Wait,' \" said Ana Ruiz."
    tokens = tokenize(text)
    assert _words(text, inside(tokens, 0, len(tokens))) == "Ana Ruiz"


def test_the_clause_after_an_opener_and_a_subordinate_clause_stays_in_its_sentence() -> None:
    text = "Citing the levy, while traders jeered. Next day, Oru Bell resigned."
    assert participle_opener(tokenize(text), 1, 3) is None
    text = "Citing the levy, while traders jeered, Oru Bell resigned."
    assert _words(text, participle_opener(tokenize(text), 1, 3)) == "Oru Bell"


def test_a_passage_at_the_end_of_the_text_raises_nothing() -> None:
    for text in ("and said", "and support", "but"):
        tokens = tokenize(text)
        before(tokens, len(tokens) - 1)


def test_a_plural_noun_after_the_passage_is_no_inverted_verb_of_saying() -> None:
    text = "The fare rose to 12, claims by the ferry guild notwithstanding."
    tokens = tokenize(text)
    assert read_speaker(tokens, 0, 5) is None  # not "by the ferry guild notwithstanding"
    text = "The fare rose to 12, the ferry guild claims."
    tokens = tokenize(text)
    assert _words(text, read_speaker(tokens, 0, 5)) == "the ferry guild"
