"""The sentence splitter: where sentences end, and spans that slice back exactly.

Examples are invented. ``DEV`` were written while building the splitter (its rules are
syntok's, whose sentences the extractors were tuned on); ``BUGS`` are cases where syntok
was wrong and the splitter is not.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.segment import sentence_spans

DEV = [
    # a plain full stop, question and exclamation marks, and a semicolon before a new clause
    ("Rain fell on Tarsun. Two died. Why? Nobody knew!", 4),
    ("The dead were nine herders; 14 more were hurt.", 2),
    ("The dead were nine herders; others were hurt.", 1),
    # titles and abbreviations before a name
    ("Gen. Ilyas Doru said so. Dr. Vane agreed.", 2),
    ("Lt. Col. Bram Osei and Sgt. Nia Toller were there.", 1),
    # initials, decimals, "No. 7", a month abbreviation before a day
    ("A report by J. K. Ameda was read. It gave 4.7 as the magnitude.", 2),
    ("Convoy No. 7 left on Sept. 14 at dawn.", 1),
    # a dotted acronym: inside the sentence before a name, at its end before a starter
    ("Aid from the U.N. Refugee Agency came. It was late.", 2),
    ("The team flew to the U.S. The talks began.", 2),
    # a closing quote and bracket stay with the sentence
    ('"Four were taken away." Then the road closed.', 2),
    ("(The toll was four.) Police came.", 2),
    # short bracketed text is passed over, marks and all
    ("Kovra (pop. 12,000) was hit. Help came.", 2),
    # a lower-case word goes on, and so does a number touching the mark
    ("He said no. then left.", 1),
    # an ellipsis ends a sentence; the ellipsis character does not
    ("The toll rose... Then it fell.", 2),
    ("The toll rose… Then it fell.", 1),
    # a blank line always ends a sentence, a single line break does not
    ("Six people died\n\nin the flood", 2),
    ("Six people died\nin the flood.", 1),
]

BUGS = [
    # syntok knew "Gen." but not "Gov.", "Rep.", "Lt.", "Maj.", "Sgt.", "Rev."
    ("Gov. Amra Teel visited. Rep. Joss Lind did not.", 2),
    ("Maj. Gen. Osei Brun confirmed it.", 1),
    ("Rebels freed Sgt. Pol Adan on Friday.", 1),
    # syntok took German and Spanish words as sentence starters ("Du", "El", "La")
    ("He met Mr. DuPree in the city.", 1),
    ("Troops led by Col. El-Amin held the pass.", 1),
]


@pytest.mark.parametrize(("text", "count"), DEV + BUGS)
def test_sentences(text: str, count: int) -> None:
    spans = sentence_spans(text)
    assert len(spans) == count, [text[s:e] for s, e in spans]


def test_an_abbreviation_before_a_starter_ends_the_sentence() -> None:
    text = "They met Gov. Teel. The talks failed."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "They met Gov. Teel.",
        "The talks failed.",
    ]


def test_an_unclosed_bracket_is_no_mark() -> None:
    text = "Police came ( They left."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Police came", "( They left."]
    assert sentence_spans("Police came( They left.") == [(0, 23)]


def test_spans_leave_white_space_out() -> None:
    text = "  Two died.  \n\n  Three were hurt \n"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Two died.", "Three were hurt"]


PIECES = [*"aZ9 .;!?\"')(][\n\t\u200b\u2019-,:…", "...", "Gen", "No", "The", "U.S"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_spans_cover_every_visible_character_once(text: str) -> None:
    spans = sentence_spans(text)
    covered: list[int] = []
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.extend(range(start, end))
    assert covered == sorted(set(covered))
    visible = {i for i, c in enumerate(text) if not c.isspace() and c != "\u200b"}
    assert visible <= set(covered)
