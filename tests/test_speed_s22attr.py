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


def _passive_agent_slow(s: A._Sentence) -> A.SentenceSpeaker | None:
    """:func:`A._passive_agent` before its gate on 'by'."""
    for v in s.strong + s.weak:
        by = A.passive_by(s.tokens, v)
        if by is not None:
            speaker = A._speaker_from(s.tokens, *A._np_after(s.tokens, by + 1), s.text)
            if speaker is not None:
                return A._explicit(speaker)
    return None


@pytest.mark.parametrize(
    "text",
    [
        "The toll was confirmed by the health ministry.",
        "The figure, released by the Interior Ministry, rose.",
        "The toll was confirmed BY the health ministry.",
        "The toll was confirmed on Friday by the Red Cross.",
        "The toll was reported bythe ministry.",
        "The ministry reported the toll.",
        "It was said to be high, by all accounts.",
        "",
    ],
)
def test_the_passive_agent_is_read_only_where_by_stands(text: str) -> None:
    s = A._Sentence.read(text, 0, len(text))
    assert A._passive_agent(s) == _passive_agent_slow(s)


@pytest.mark.parametrize(
    "text",
    [
        "He said, and she told them; it was reported, as they estimated.",
        "Nothing here.",
        "said said SAID",
    ],
)
def test_the_verbs_of_a_sentence_are_where_the_words_are(text: str) -> None:
    s = A._Sentence.read(text, 0, len(text))
    strong, weak = A._verbs_by_strength()
    assert s.strong == [n for n, w in enumerate(s.lowered) if w in strong]
    assert s.weak == [n for n, w in enumerate(s.lowered) if w in weak]


_PEOPLE_TEXT = (
    "Mrs. Ana Lobo met Rui Paz. The Port Authority said 3 died. She said 4 died. "
    "He said 5 died. It said 6 died. They said 7 died. We said 8 died."
)


@pytest.mark.parametrize("word", ["he", "she", "it", "they", "we", "He", "his", "her", "its"])
@pytest.mark.parametrize("name", ["Ana Lobo", "Lobo", "Rui Paz", "Port Authority", "Nobody"])
def test_a_pronoun_may_stand_for_whom_the_book_allows(word: str, name: str) -> None:
    doc = Document(
        id="d1", publisher="Daily Ledger", published="2024-05-02T00:00:00Z", text=_PEOPLE_TEXT
    )
    reader = A._DocumentReader(doc, A.source_of_publisher(doc.publisher))
    speaker = A.Speaker(name, "unknown", 0, len(name), name.split()[-1].lower())
    fast = reader._may_stand_for(word, speaker)
    assert fast == A.may_stand_for(word, A.people_book(_PEOPLE_TEXT).gender(name))


def test_it_after_an_institution_that_spoke_needs_no_people_book(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "The Port Authority said 3 died. It said 6 more were hurt."
    built = []
    real = A.people_book
    monkeypatch.setattr(A, "people_book", lambda text: built.append(text) or real(text))
    clauses, _ = _attribute(text)
    assert [at.source_id for parts in clauses.values() for *_, at in parts] == [
        "src:port-authority",
        "src:port-authority",
    ]
    assert built == []
