"""Sentences keep exact spans; verbatim repeats are marked, within and across documents."""

from __future__ import annotations

from reconcile.models import Document
from reconcile.segment import mark_repeats, segment, split_sentences


def _doc(doc_id: str, text: str, published: str = "2020-05-01") -> Document:
    return Document(id=doc_id, text=text, publisher="P", published=published)


def test_spans_slice_back_to_the_sentence() -> None:
    doc = _doc("a", "Gen. Ali said 3 died.\n\nNo. 5 road was shut.  Police said so.")
    for sent in split_sentences(doc):
        assert doc.text[sent.span.start : sent.span.end] == sent.text
    assert split_sentences(doc)[0].text == "Gen. Ali said 3 died."


def test_repeat_within_a_document_points_to_the_first() -> None:
    text = "Three soldiers died in the blast. The army said so today. " * 2
    sentences = segment([_doc("a", text)])
    assert [s.duplicate_of is None for s in sentences] == [True, True, False, False]
    assert sentences[2].duplicate_of == sentences[0].id


def test_repeat_across_documents_points_to_the_earliest_published() -> None:
    line = "Three soldiers died in the blast on Monday."
    later = _doc("a-later", line, "2020-05-03")
    earlier = _doc("z-earlier", line, "2020-05-02")
    sentences = {s.span.doc_id: s for s in segment([later, earlier])}
    assert sentences["z-earlier"].duplicate_of is None
    assert sentences["a-later"].duplicate_of == sentences["z-earlier"].id


def test_marking_again_among_more_documents_moves_and_keeps_marks() -> None:
    """Sentences marked within their document are marked again among an event's: a mark
    moves to an earlier document's sentence, one that stands is the same object, and a
    mark the sentences do not bear out is taken off."""
    line = "Four boats sank near the northern pier at dawn."
    later = _doc("b", f"{line} Crews searched for hours. {line}", "2020-05-03")
    earlier = _doc("c", line, "2020-05-02")
    own = mark_repeats([later], split_sentences(later))
    assert own[2].duplicate_of == own[0].id
    again = mark_repeats([later, earlier], own + split_sentences(earlier))
    first = again[3].id  # the earlier document's sentence
    assert [s.duplicate_of for s in again] == [first, None, first, None]
    assert again[1] is own[1]
    stale = own[1].model_copy(update={"duplicate_of": own[0].id})
    assert mark_repeats([later], [own[0], stale])[1].duplicate_of is None


def test_white_space_does_not_hide_a_repeat() -> None:
    sentences = segment([_doc("a", "Three soldiers died  there.\nThree soldiers\ndied there.")])
    assert sentences[1].duplicate_of == sentences[0].id


def test_short_sentences_are_not_repeats() -> None:
    sentences = segment([_doc("a", "He said. Two died in Khorugh. He said.")])
    assert all(s.duplicate_of is None for s in sentences)


def test_near_repeats_are_not_verbatim() -> None:
    sentences = segment(
        [_doc("a", "Three soldiers died in the blast. Four soldiers died in the blast.")]
    )
    assert all(s.duplicate_of is None for s in sentences)


def test_a_near_repeat_in_a_later_document_points_to_the_earlier() -> None:
    earlier = _doc("b", "Floods cut the road to Pelun and nine villages on Sunday.", "2020-05-01")
    later = _doc("a", "Floods cut the road to Pelun and eight villages on Sunday.", "2020-05-02")
    sentences = {s.span.doc_id: s for s in segment([later, earlier])}
    assert sentences["a"].near_duplicate_of == sentences["b"].id
    assert sentences["b"].near_duplicate_of is None


def test_a_near_repeat_within_one_document_is_not_marked() -> None:
    text = "Floods cut the road to Pelun on Sunday. Floods cut the road to Pelun on Monday."
    assert all(s.near_duplicate_of is None for s in segment([_doc("a", text)]))


def test_word_bags_share_the_words_two_lists_share_counted_with_repeats() -> None:
    # the near-repeat bound counts shared words with repeats through set intersection
    import random
    from collections import Counter

    from reconcile.segment import _word_bag

    rng = random.Random(5)
    for _ in range(300):
        a = [rng.choice("abcde") for _ in range(rng.randint(0, 12))]
        b = [rng.choice("abcde") for _ in range(rng.randint(0, 12))]
        assert len(_word_bag(a) & _word_bag(b)) == sum((Counter(a) & Counter(b)).values())


def test_the_nearest_earlier_sentence_of_another_document_is_chosen() -> None:
    first = _doc(
        "a", "Nine fishermen drowned off the rocky cape of Veltra late on Friday.", "2021-03-01"
    )
    second = _doc(
        "b",
        "Nine fishermen drowned off the rocky cape of Veltra late on Friday night.",
        "2021-03-02",
    )
    third = _doc(
        "c", "Nine fishermen drowned off the rocky cape of Veltra on Friday night.", "2021-03-03"
    )
    sentences = {s.span.doc_id: s for s in segment([third, first, second])}
    assert sentences["a"].near_duplicate_of is None
    assert sentences["b"].near_duplicate_of == sentences["a"].id
    assert sentences["c"].near_duplicate_of == sentences["b"].id


def test_split_marked_is_split_then_marked() -> None:
    import random

    from reconcile.segment import split_marked

    rng = random.Random(11)
    pieces = [
        "Four herders were shot near the well at Oshu.",
        "Police said so.",
        "Four herders were shot near the well  at Oshu.",
        "Dr. Lomas arrived.",
        "\n\n",
        "A curfew held in the town of Berat from dusk!",
    ]
    for n in range(200):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) + " Done."
        doc = _doc(f"d{n}", text)
        expected = mark_repeats([doc], split_sentences(doc))
        got = split_marked(doc)
        assert got == expected
        assert [s.model_fields_set for s in got] == [s.model_fields_set for s in expected]
