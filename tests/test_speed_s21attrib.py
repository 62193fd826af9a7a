"""Speed-ups of attribution that must read exactly as the plain code did: each fast path is
checked against the slower writing it replaced, on tricky inputs written for the purpose."""

from __future__ import annotations

import random
import re

import pytest

from reconcile.extract import attribution
from reconcile.extract.attribution import (
    _ACRONYM,
    _ORG,
    Speaker,
    _mention_at,
    _mentions,
    _people_patterns,
    _title,
    attribute_sentences,
)
from reconcile.extract.lexicon import lexicon, tokenize
from reconcile.models import Attribution, Document, Span
from reconcile.segment import split_marked

# The patterns as first written: the capital letter inside the repeat.
_PLAIN_ORG = r"(?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&.-]*"
_PLAIN_ACRONYM = re.compile(
    r"((?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|on)\s+)?){1,7}[A-Z][\w&'’-]*)"
    r"\s*\(([A-Z][A-Za-z]{1,9})\)"
)

_TRICKY = [
    "The National Disaster Management Authority (NDMA) said 4 died.",
    "Commission on Human Rights and Justice for All (CHRJA) reported.",
    "A B C D E F G H I J (ABC) and Of The (OT) (X) ( Y ) (TooLongAcronymHere)",
    "Interior Ministry spokesman Ali Karimov said; Ministry's spokesman Ali Karimov.",
    "Ali Daro, a spokesperson for the Red Crescent, said. Amina Sarov, director of the U.N. Agency",
    "Janan Sayeq, the National Disaster Management Authority's spokesman, said.",
    "Janan Sayeq, the Authority’s chief spokesman, O'Neil-Smith & Co. Ltd. director Jo Bako",
    "ARC chairperson Mira Tal rejected it. ARC  CHAIRPERSON  Mira Tal.\nWHO\tdirector Ana Lobo",
    "Ministry of Health and Social Welfare of the Republic of Velmar (MHSWRV) said.",
]


def _random_texts(n: int) -> list[str]:
    rng = random.Random(21)
    words = [
        "Ministry", "of", "Health", "and", "the", "A", "(WHO)", "(", ")", "WHO", "spokesman",
        "Ali", "Karimov", "'s", "’s", "Red", "Crescent", ",", "a", "spokesperson", "for",
        "director", "on", "Human", "Rights", "X.", "O'Neil", "  ", "\n", "Jean-Luc", "U.N.",
        "chief", "said", "(NDMA)", "Authority", "Co.", "&",
    ]  # fmt: skip
    return [
        " ".join(rng.choice(words) for _ in range(rng.randint(2, 30))).replace(" 's", "'s")
        for _ in range(n)
    ]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def test_acronym_pattern_reads_as_first_written() -> None:
    for text in _TRICKY + _random_texts(3000):
        assert _matches(_ACRONYM, text) == _matches(_PLAIN_ACRONYM, text), text


def test_people_patterns_read_as_first_written() -> None:
    plain = [re.compile(p.pattern.replace(_ORG, _PLAIN_ORG)) for p in _people_patterns()]
    assert all(_ORG in p.pattern for p in _people_patterns())  # the replacement took
    assert _title() in _people_patterns()[0].pattern
    for text in _TRICKY + _random_texts(3000):
        for fast, slow in zip(_people_patterns(), plain, strict=True):
            assert _matches(fast, text) == _matches(slow, text), (slow.pattern, text)


def _plain_mentions(doc: Document) -> list[Speaker]:
    """:func:`_mentions` as first written: every token tried in turn."""
    tokens = tokenize(doc.text)
    roles = lexicon().roles
    found: list[Speaker] = []
    after = 0
    for k, token in enumerate(tokens):
        if k < after or token.lower not in roles.by_first:
            continue
        hit = roles.match(tokens, k)
        if not hit:
            continue
        speaker, after = _mention_at(tokens, k, hit, doc.text)
        if speaker is not None:
            found.append(speaker)
    return found + attribution._acronym_mentions(tokens, doc.text)


def _document(text: str) -> Document:
    return Document(text=text, publisher="Daily Ledger", published="2020-05-04")


@pytest.mark.parametrize(
    "text",
    [
        "The Interior Ministry said 4 died. The ministry later said 6. Police police police.",
        "Doctors Without Borders, the medical charity, said. The Red Cross Red Crescent said.",
        "Civic Shield, an independent human rights centre, counted 9. The aid office (VACO) said.",
        "Interior Ministry spokesman Ali Karimov said the army and police and the ministry met.",
        "police",
        "Police. The",
    ],
)
def test_mentions_equal_the_plain_reading(text: str) -> None:
    doc = _document(text)
    assert _mentions(doc) == _plain_mentions(doc)


def test_attributions_equal_models_built_field_by_field() -> None:
    text = (
        "The Interior Ministry said 4 people died. It was reported that 6 died. "
        "Ali Karimov, the governor, said 7 were hurt, while police said 9 were."
    )
    doc = _document(text)
    clauses, _ = attribute_sentences(doc, split_marked(doc), attribution.source_of_publisher("X"))
    built = [a for parts in clauses.values() for _, _, a in parts]
    explicit = [a for a in built if a.span is not None]
    assert explicit and any(a.kind == "passive" for a in built)
    for a in explicit:
        plain = Attribution(
            kind=a.kind,
            source_id=a.source_id,
            surface=a.surface,
            span=Span(doc_id=a.span.doc_id, start=a.span.start, end=a.span.end),
            resolved_from=a.resolved_from,
            via=a.via,
        )
        assert a == plain and a.model_fields_set == plain.model_fields_set
        assert a.model_dump_json() == plain.model_dump_json()
    for a in built:
        if a.kind == "passive" and a.span is None:
            plain = Attribution(kind="passive", source_id="src:unnamed")
            assert a == plain and a.model_fields_set == plain.model_fields_set


def test_passive_markers_match_where_the_plain_alternation_does() -> None:
    markers = sorted(lexicon().passive, key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in markers) + r")\b")
    words = sorted({w for m in markers for w in m.split()} | {"it", "is", "reportedlyx", "x"})
    rng = random.Random(7)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(20000)]
    texts += [m[:-1] for m in markers] + [m + "s" for m in markers] + ["_" + m for m in markers]
    assert any(plain.search(t) for t in texts) and not all(plain.search(t) for t in texts)
    for text in texts + markers:
        assert bool(attribution._passive_markers().search(text)) == bool(plain.search(text)), text


def test_speakers_stay_immutable_and_compare_by_their_fields() -> None:
    speaker = Speaker("the ministry", "government", 4, 16, "ministry", True)
    found = attribution.SentenceSpeaker("explicit", speaker)
    for made, field in ((speaker, "start"), (found, "kind")):
        with pytest.raises(AttributeError):
            setattr(made, field, None)
    assert speaker == Speaker("the ministry", "government", 4, 16, "ministry", True)
    assert speaker != Speaker("the ministry", "government", 4, 17, "ministry", True)
    assert len({speaker, Speaker("the ministry", "government", 4, 16, "ministry", True)}) == 1
    assert Speaker("Bako", "unknown", 0, 4, "bako").definite is False
    assert (found.pronoun, found.via, found.pronoun_word, found.pronoun_at) == (False, None, "", -1)
