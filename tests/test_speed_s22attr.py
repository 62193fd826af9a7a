"""The speed gates and fast paths of attribution give what the slow paths give."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.extract import attribution as A
from reconcile.extract.lexicon import tokenize
from reconcile.models import Document
from reconcile.segment import split_marked

_PIECES = (
    "Mira Soto Vane Orlin Dock Authority ARC the a an of for at said , 's ’s "
    "spokesman SPOKESWOMAN Chair chairman director general Director-General vice president "
    "press cabinet secretary official head CHIEF executive K senior ahead Headed "
    "chiefly officials"
).split()


def _pieces_text(pieces: list[tuple[str, str]]) -> str:
    return "".join(word + blank for word, blank in pieces)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", "  ", "\n", "\t", "", "-"])),
        max_size=14,
    )
)
def test_a_title_before_a_name_is_found_where_a_search_finds_it(
    pieces: list[tuple[str, str]],
) -> None:
    text = _pieces_text(pieces)
    expected = A._title_before_a_name().search(text) is not None
    assert A._title_before_a_name_in(text, text.lower()) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "The Dock Authority spokesman Mira Soto spoke.",
        "spokesman Mira Soto spoke.",  # at the very start: no blank before the title
        "Ex-chief executive Mira Soto spoke.",
        "The Dock Authority chief executive Mira Soto spoke.",
        "The Dock Authority CHIEF EXECUTIVE Mira Soto spoke.",
        "The Dock Authority Director-General Mira Soto spoke.",
        "The Dock Authority cabinet\nsecretary Mira Soto spoke.",
        "The officials Mira Soto and Jo Bako spoke.",
        "The Dock head\tMira\tSoto spoke.",
        "It was headed by Mira Soto.",
        "A spokesman said the chief had left.",
        "",
    ],
)
def test_a_title_before_a_name_on_written_cases(text: str) -> None:
    expected = A._title_before_a_name().search(text) is not None
    assert A._title_before_a_name_in(text, text.lower()) == expected


def _acronym_mentions_slow(tokens: list, text: str) -> list[A.Speaker]:
    """The loop :func:`A._acronym_mentions` ran before its brackets were picked first."""
    found = []
    if "(" not in text:
        return found
    for k in range(1, len(tokens) - 2):
        acronym = tokens[k + 1]
        if tokens[k].text != "(" or tokens[k + 2].text != ")":
            continue
        if not (acronym.text.isalpha() and acronym.text.isupper() and len(acronym.text) >= 2):
            continue
        if not tokens[k - 1].text.isalpha() or not tokens[k - 1].text.islower():
            continue
        begin = k - 1
        while begin > 0 and k - begin < 6 and tokens[begin - 1].text[0].isalpha():
            if tokens[begin - 1].lower in A._DETERMINERS:
                break
            begin -= 1
        head = " ".join(t.lower for t in tokens[begin:k])
        found.append(
            A.Speaker(acronym.text, A._role_of(head), tokens[begin].start, acronym.end, head)
        )
    return found


@pytest.mark.parametrize(
    "text",
    [
        "(VACO) said it.",
        "the aid coordination office (VACO)",
        "the aid coordination office (VACO) said",
        "the aid office (VACO). The relief agency (TRA) and the rights body (RB)",
        "the office (V)",
        "((AB) (CD) x",
        "a (",
        "(",
        "the office (VACO",
        "Arda (17), Rim (3) and the health office (HO) said.",
    ],
)
def test_acronym_mentions_equal_the_loop_over_every_token(text: str) -> None:
    tokens = tokenize(text)
    assert A._acronym_mentions(tokens, text) == _acronym_mentions_slow(tokens, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from("the a aid office ( ) VACO HO V said , .".split()), max_size=12))
def test_acronym_mentions_equal_the_loop_on_any_words(words: list[str]) -> None:
    text = " ".join(words)
    tokens = tokenize(text)
    assert A._acronym_mentions(tokens, text) == _acronym_mentions_slow(tokens, text)


_DOCUMENTS = [
    # unattributed sentences after unattributed ones, a heading and a list, a breakdown
    "Floods hit Arda. Roads were cut. The Interior Ministry said 31 people were hurt. "
    "Of the 31, 13 were children. Eleven more were treated later. Deaths by county: "
    "Arda – 17; Rim – 3. Roads were cut. Of the 31, 13 were children.",
    # quotations over several sentences, and one standing alone
    '"It was a massacre. Twenty died," Jo Bako said. "We saw it." Nothing else was said. '
    "Another 6 died. Of them, two were soldiers.",
    # a heading ending in a colon after an unattributed sentence
    "Rain fell all week. The toll:\nArda (21), Rim (4) and Vale (1). Six more died, the "
    "Red Cross said. Eleven more were hurt. Then it stopped.",
    # clauses with speakers of their own, a pronoun, a relayed speaker
    "The ministry put the damage at 40, while a charity estimates it at 90. He said 3 died. "
    "Reuters, citing a hospital official, said 12 died; police said 14 died.",
    # a weak (passive) speaker carried over to a breakdown
    "It was reported that 20 died. Of the 20, 5 were children. Roads were cut.",
]


def _attribute(text: str) -> tuple[dict, list]:
    doc = Document(id="d1", publisher="Daily Ledger", published="2024-05-02T00:00:00Z", text=text)
    return A.attribute_sentences(doc, split_marked(doc), A.source_of_publisher(doc.publisher))


@pytest.mark.parametrize("text", _DOCUMENTS)
def test_carrying_over_is_asked_only_where_it_may_change_a_speaker(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _attribute(text)
    # the test before the gate: every unattributed sentence is asked
    monkeypatch.setattr(A, "_may_carry_over", lambda _before, now: now.kind == "unattributed")
    assert _attribute(text) == fast


@pytest.mark.parametrize("text", _DOCUMENTS)
def test_the_one_clause_path_equals_the_clause_path(text: str) -> None:
    doc = Document(id="d1", publisher="Daily Ledger", published="2024-05-02T00:00:00Z", text=text)
    sentences = split_marked(doc)
    for sent in sentences:
        found, parts = A._speaker_and_clauses(text, sent.span.start, sent.span.end)
        assert parts == A.clauses(text, sent.span.start, sent.span.end)
        assert found == A.find_speaker(text, sent.span.start, sent.span.end)
    fast = _attribute(text)
    reader = A._DocumentReader(doc, A.source_of_publisher(doc.publisher))
    read = [A._speaker_and_clauses(text, s.span.start, s.span.end) for s in sentences]
    speakers = A._continued(text, sentences, [found for found, _ in read])
    slow = {}
    for sent, whole, (_, parts) in zip(sentences, speakers, read, strict=True):
        reader.sentence_start = sent.span.start
        found = [A.find_speaker(text, a, b) if len(parts) > 1 else whole for a, b in parts]
        base = reader.attribution_of(whole)
        slow[sent.id] = [
            (a, b, base if f is whole or f.kind == "unattributed" else reader.attribution_of(f))
            for (a, b), f in zip(parts, found, strict=True)
        ]
        reader._done.append(sent)
    assert slow == fast[0]
    assert sorted(reader.sources.values(), key=lambda s: s.id) == fast[1]
