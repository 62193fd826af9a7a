"""Speed changes of session 26 (people): each fast path against the slow path it replaced."""

import random
import re

import pytest

from reconcile.data import load_data
from reconcile.extract import attribution as A
from reconcile.extract import people as P
from reconcile.models import Document
from reconcile.segment import split_marked

_TITLES = [t for t in load_data("sources.toml")["people"]["titles"]]
_WORDS = [
    *_TITLES,
    *(t.upper() for t in _TITLES),
    *(t.title() for t in _TITLES),
    "Mira", "Tal", "Ali", "Daro", "Red", "Crescent", "ARC", "the", "said", "ahead",
    "expressed", "generally", "headed", "of", "for", "that", "Paz", "Lobo's", "Lobo’s",
    "was", "were", "are", "calm", "left", "seems", "to", "In", "May,", "while", "and",
    "Crops", "protests", "Lisbon", "in", "Mr.", "aides", "wife", "remarks", "on", "\n",
    '"', "“", "”", ",", ".", "K", "İ", "ſ",
]  # fmt: skip


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 40))]
        texts.append("".join(w + rng.choice([" ", " ", "  ", "\n", ", ", ". "]) for w in words))
    return texts


def _surname_subjects_slow(text: str, opens=None) -> list[tuple[int, str]]:
    found = []
    for match in P._CAPITALISED.finditer(text):
        after = P._SUBJECT_AFTER.match(text, match.end())
        if after is None or not (opens or P._opens_a_clause)(text, match.start()):
            continue
        word = P.without_possessive(match.group())
        verb, negated, following = after.groups()
        if word != match.group():
            following = None
        if P._is_verb(verb, negated, following) and verb not in P._PLURAL_VERBS:
            found.append((match.start(), word))
    [kept] = P._surnames(text, found)
    return kept


_OPENERS = ["", "In May, ", "while ", "that ", "and that ", "Ivo Lobo recalled that ", "the "]
_NAMES = ["Paz", "Lobo", "Lobo's", "Ekdahl’s", "Crops", "Senate", "Lisbon", "Mr. Paz", "He"]
_VERBS = ["was calm", "said", "are fine", "seems to agree", "remarks on it", "aides left", "waited"]


def _clauses(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        " ".join(
            f"{rng.choice(_OPENERS)}{rng.choice(_NAMES)} {rng.choice(_VERBS)}{rng.choice('.,')}"
            for _ in range(rng.randint(1, 6))
        )
        + rng.choice(["", " in Lisbon", " the protests", " Paz"])
        for _ in range(count)
    ]


@pytest.mark.parametrize("seed", range(4))
def test_clause_subjects_are_the_three_readings(seed: int) -> None:
    texts = [
        *_texts(300, seed),
        *_clauses(300, seed),
        "Lobo said that Paz was calm. Ekdahl’s aides left. Crops are fine.",
        "In May, Paz denied it, while Ekdahl waited, and that Lobo was calm.",
    ]
    for text in texts:
        main, possessors, inner = P._clause_subjects(text)
        assert main == _surname_subjects_slow(text) == P._surname_subjects(text), text
        assert inner == _surname_subjects_slow(text, P._opens_an_inner_clause), text
        assert inner == P._inner_clause_subjects(text), text
        assert possessors == P._possessor_subjects(text), text


_QUOTING = [
    '"It was a massacre. Twenty died," Ruto said. The army denied it.',
    "“We will rebuild. It will take years.” The mayor spoke. “Not now.” Jo Bako said so.",
    "The commission said 31 died. Deaths by region: Arda – 17, Rim – 14.",
    "Police said two died. Of the two, one was a child. Eleven more were hurt.",
    "She left. ”Odd mark.” The agency said it would act. It did.",
]


@pytest.mark.parametrize("text", _QUOTING)
def test_quotations_are_read_only_where_one_may_open(text: str) -> None:
    doc = Document(id="d1", publisher="Daily Ledger", published="2024-05-02T00:00:00Z", text=text)
    sentences = split_marked(doc)
    found = [A._speaker_and_clauses(text, s.span.start, s.span.end)[0] for s in sentences]
    fast = A._continued(text, sentences, found)
    slow = list(found)
    A._carry_quotations(sentences, slow)  # what every text was read for before the gate
    for n in range(1, len(sentences)):
        if A._may_carry_over(slow[n - 1], slow[n]) and A._carries_over(
            text, sentences[n - 1], sentences[n]
        ):
            slow[n] = slow[n - 1]
    assert fast == slow
    if not any(mark in text for mark in A._OPENING_QUOTES):
        unchanged = list(found)
        A._carry_quotations(sentences, unchanged)
        assert unchanged == found


_APPOSITION_WORDS = [
    "wife", "son", "stepson", "Son", "ex-wife", "mother", "his", "her", "Ana", "Rui", "ANA",
    "Élodie", "Paz", "said", "and", "sonny", "king", "queen", "_son", "3son", "brother",
]  # fmt: skip
_IN_APPOSITION_BEFORE = re.compile(
    rf"\b(?:{'|'.join(w for g in ('female', 'male') for w in P._KIN[g] if ' ' not in w)}),"
    r"[^\S\n]+([A-Z][a-z]+),"
)  # the pattern _given_in_apposition searched with before


@pytest.mark.parametrize("seed", range(4))
def test_given_in_apposition_is_the_search_for_a_noun_then_a_name(seed: int) -> None:
    rng = random.Random(seed)
    texts = ["his wife, Ana, and son, Rui, left. Her stepson, Paz, and ex-wife, Ana, too."]
    for _ in range(500):
        words = [rng.choice(_APPOSITION_WORDS) for _ in range(rng.randint(1, 30))]
        texts.append("".join(w + rng.choice([",", ", ", ",  ", ",\n", " ", ". "]) for w in words))
    found = 0
    for text in texts:
        expected = [(m.start(1), m.group(1)) for m in _IN_APPOSITION_BEFORE.finditer(text)]
        assert P._given_in_apposition(text) == expected, text
        found += bool(expected)
    assert found > 50
