"""The speed paths of the s25 extraction round give what the slow paths give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.extract import attribution as A
from reconcile.extract.lexicon import lowered, none_of, tokenize

_PIECES = (
    "Mira Soto Vane Orlin Dock Authority's Authority’s , the a an of for at said 's ’s "
    "spokesman SPOKESWOMAN Chair chairman director general Director-General vice president "
    "press cabinet secretary official head CHIEF senior ahead ,, ' ’ s S"
).split()


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", "  ", "\n", "", ","])),
        max_size=16,
    )
)
def test_a_people_gate_matches_where_a_search_finds_it(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + blank for word, blank in pieces).lower()
    for gate in A._people_gates():
        expected = gate.pattern.search(text) is not None
        assert gate.holds_in(text) == expected, text


def test_the_people_patterns_of_written_texts() -> None:
    texts = [
        "Mira Soto, the Orlin Dock Authority's spokesman, said two died.",
        "Mira Soto, the Orlin Dock Authority’s chief executive, said two died.",
        "Mira Soto, a spokesman for the Orlin Dock Authority, said two died.",
        "Mira Soto, director of the Orlin Dock Authority, said it.",
        "The Authority's spokesman said, however, that two died.",
        "No possessive and no comma here",
        "",
    ]
    patterns = A._people_patterns()
    for text in texts:
        found = A._people_patterns_for(text)
        for pattern in patterns:
            if pattern.search(text):
                assert pattern in found, text


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="abAB .,'’-1é", max_size=40),
    st.sets(st.sampled_from(["a", "ab", ".", "b"])),
)
def test_none_of_and_lowered_read_every_token(text: str, words: set[str]) -> None:
    tokens = tokenize(text)
    assert lowered(tokens) == [t.text.lower() for t in tokens]
    assert none_of(frozenset(words), tokens) == all(t.text.lower() not in words for t in tokens)
