"""Who is the source of a passage: the subject of the cue nearest to it.

:func:`attribute_span` attributes ``doc.text[start:end]`` (a quotation, a paraphrase, a
belief): :func:`span_speaker` reads the speaker its own cue names, before, after or
inside it (the readers of :mod:`.passage_cues`), else the passage takes its sentence's
attribution (:func:`.attribution.attribute_sentences`). A pronoun is resolved to the
person it stands for (:func:`.people.person_for_pronoun`), else to the last name
before it (:func:`last_name_before`); a relative 'who' to its antecedent.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reconcile.extract.attribution import attribute_sentences, source_id, source_of_publisher
from reconcile.extract.gender import (
    gender_of,
    may_stand_for,
    names_a_role,
    never_a_person,
    pronoun_gender,
)
from reconcile.extract.lexicon import (
    POSSESSIVE_ENDINGS,
    Token,
    calendar_words,
    lexicon,
    load_data,
    person_titles,
    tokenize,
)
from reconcile.extract.passage_cues import read_speaker
from reconcile.extract.passage_words import (
    DASHES,
    PRONOUNS,
    QUANTIFIERS,
    RELATIVES,
    contracted_pronoun,
    is_possessive,
    phrase_start,
)
from reconcile.extract.people import (
    after_articles,
    between_apostrophes,
    may_name_a_person,
    more_name_words,
    people_book,
    person_for_pronoun,
    without_possessive,
)
from reconcile.models import Attribution, Document, Sentence, Source, Span, SpanAttribution

_DATA = load_data("sources.toml")
_WORDS = _DATA["passages"]
_CALENDAR = calendar_words()
_NAME = re.compile(
    rf"(?:(?:{'|'.join(sorted(person_titles()))})\.?\s+)?"
    r"[A-Z][a-zA-Z'’-]+" + more_name_words(r"[a-zA-Z'’-]")
)
_NOT_NAMES = frozenset(_WORDS["not_names"]) | {word.capitalize() for word in _CALENDAR}
_GROUP_PRONOUNS = QUANTIFIERS | frozenset(_WORDS["group_pronouns"])  # "those who fear"
_HONORIFICS = person_titles()


def span_speaker(
    text: str, start: int, end: int, sentence: tuple[int, int]
) -> tuple[int, int] | None:
    """The character span of the speaker of ``text[start:end]`` in its sentence, or None.

    >>> s = "Ana and Lev agreed to meet again next month."
    >>> a, b = span_speaker(s, 22, len(s), (0, len(s)))
    >>> s[a:b]
    'Ana and Lev'
    >>> s = '"It was calm," the mayor said.'
    >>> a, b = span_speaker(s, 1, 12, (0, len(s)))
    >>> s[a:b]
    'the mayor'
    """
    tokens = tokenize(text[sentence[0] : sentence[1]], sentence[0])
    i = next((n for n, t in enumerate(tokens) if t.start >= start), len(tokens))
    j = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
    found = read_speaker(tokens, i, j)
    if found is None:
        return None
    last = tokens[found[1] - 1]
    pronoun = contracted_pronoun(last) if found[1] - found[0] == 1 else None
    if pronoun is not None:
        return last.start, last.start + pronoun  # "he’s": 'he'
    cut = len(POSSESSIVE_ENDINGS[0]) if is_possessive(last) else 0
    first = _with_honorific(tokens, found[0])
    return tokens[first].start, last.end - cut  # "Jo Bako's claim": "Jo Bako"


def _with_honorific(tokens: list[Token], k: int) -> int:
    """Where a name at ``tokens[k]`` begins with the honorific before it ('Sen. Ada
    Pell', whose full stop ends a clause for the readers)."""
    if k > 1 and tokens[k - 1].text == "." and tokens[k - 2].text in _HONORIFICS:
        return k - 2
    return k


def _without_honorific(words: str) -> str:
    """A speaker's words without the abbreviated honorific before a name, as the source is
    named in the sentence's reading too ('Gov. Ana Lobo' is the source Ana Lobo).

    >>> _without_honorific("Gov. Ana Lobo"), _without_honorific("Governor Ana Lobo")
    ('Ana Lobo', 'Governor Ana Lobo')
    """
    tokens = tokenize(words)
    if len(tokens) > 2 and tokens[0].text in _HONORIFICS and tokens[1].text == ".":
        return words[tokens[2].start :]
    return words


def last_name_before(text: str, offset: int, pronoun: str = "") -> str | None:
    """The last proper name of two or more words written before ``offset``, for a
    pronoun to stand for (a subject-first choice was tried and measured worse), of a gender
    the pronoun may stand for ('she': not 'Mr. Rui Paz', :mod:`.gender`); not one
    the text writes after an article or a preposition of place, here or anywhere
    ('the White House', 'in Green Valley': a place or an institution, no person), nor one
    inside quotation marks, nor one in a sentence the same pronoun opens (the pronoun goes
    on from that one, as in :meth:`.people.PeopleBook.last_between`).

    >>> last_name_before("Senator Jo Bako spoke. Then he left.", 28)
    'Senator Jo Bako'
    >>> last_name_before("Jo Bako spoke at the Town Hall. Then he left.", 40)
    'Jo Bako'
    >>> t = 'Jo Bako spoke. "Ask Ida Brandt," he said.'
    >>> last_name_before(t, t.index("he said"))
    'Jo Bako'
    >>> t = "Ana Lobo met Mr. Rui Paz. Then she left."
    >>> last_name_before(t, t.index("she"), "she")
    'Ana Lobo'
    """
    found = None
    places = _names_after_articles(text)
    book = people_book(text)
    for match in _NAME.finditer(text, max(0, offset - 2000), offset):
        if book.quoted[match.start()] or between_apostrophes(text, match.start(), match.end()):
            continue  # a name in someone's words is not the narrative's person
        if pronoun and book.opened_by(match.start(), pronoun):
            continue  # 'She said she met Ana Lobo. "…," she said': not Ana Lobo
        words = match.group().split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if text.startswith(".", match.end()) and words and words[-1] in _HONORIFICS:
            continue  # 'Like Mr. Paz', 'Velmar Gov. Ana Lobo': the name comes after
        written = " ".join(words)
        name = without_possessive(written)
        if words and (len(words) > 1 or match.group()[:2] in {"Mr", "Ms", "Dr"}):
            if (
                written not in places
                and name not in places
                and not never_a_person(name)
                and not lexicon().roles.match(tokenize(words[-1]), 0)
                and may_stand_for(pronoun, gender_of(text, match.start(), match.group()))
            ):
                found = name
    return found


@lru_cache(maxsize=64)
def _names_after_articles(text: str) -> frozenset[str]:
    """The capitalised names a text writes after an article or a preposition of place
    ('the White House', 'in Green Valley'), at least once, without an honorific; found
    once per document, like its people book."""
    found = set()
    for offset in after_articles(text):
        match = _NAME.match(text, offset)
        if match is None:
            continue
        words = match.group().split()
        if words[0].rstrip(".") in _HONORIFICS:
            continue  # "falls to Mr. Sloan": a person
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        found.add(" ".join(words))
    return frozenset(found)


def attribute_span(
    doc: Document, sentences: list[Sentence], start: int, end: int
) -> SpanAttribution:
    """The attribution of ``doc.text[start:end]``: the speaker the passage's own cue names
    (:func:`span_speaker`), else its sentence's attribution (which carries quotations and
    back-references over from earlier sentences). A pronoun keeps its words as the speaker
    and resolves to the last name before it as the source."""
    publisher = source_of_publisher(doc.publisher)
    clauses, sources = attribute_sentences(doc, sentences, publisher)
    by_id = {s.id: s for s in sources}
    sentence = next((s for s in sentences if s.span.start <= start < s.span.end), None)
    if sentence is None:
        sentence = min(sentences, key=lambda s: abs(s.span.start - start))
    parts = clauses[sentence.id]
    attribution = next((at for a, b, at in parts if a <= start < b), parts[0][2])
    last = next((s for s in sentences if s.span.start < end <= s.span.end), sentence)
    first = _leading_colon(sentences, sentence) or sentence  # 'Jo Bako said: ["…"]'
    window = (first.span.start, max(sentence.span.end, last.span.end))
    following = [s for s in sentences if s.span.start >= window[1]]
    if end >= window[1] - 2 and following:
        window = (window[0], following[0].span.end)  # '"…?" Clinton asked.'
    found = span_speaker(doc.text, start, end, window)
    if found is None:
        source = by_id[attribution.source_id]
        speaker = attribution.surface if attribution.kind != "unattributed" else None
        return SpanAttribution(
            kind=attribution.kind, speaker=speaker, source=source.name, source_id=source.id,
            role=source.role, span=attribution.span, via=attribution.via,
        )  # fmt: skip
    a, b = found
    words = doc.text[a:b]
    span = Span(doc_id=doc.id, start=a, end=b)
    if _overlaps(attribution, a, b) and not _pronoun_read_as_name(attribution.surface, words):
        source = by_id[attribution.source_id]  # the sentence's reading: an institution
    elif words.lower() in PRONOUNS or pronoun_gender(words) is not None:  # 'his' too
        name = _antecedent_of_pronoun(doc.text, a, words, _person_resolved(attribution))
        source = Source(id=source_id(name), name=name, role="unknown")
    elif words.lower() in RELATIVES:
        name = _relative_source(doc.text, window[0], a, b)
        source = Source(id=source_id(name), name=name, role=_role(name))
    else:
        name = _without_honorific(words)
        source = Source(id=source_id(name), name=name, role=_role(name))
    return SpanAttribution(
        kind="explicit", speaker=words, source=source.name, source_id=source.id,
        role=source.role, span=span, via=None,
    )  # fmt: skip


def _overlaps(attribution: Attribution, start: int, end: int) -> bool:
    """Whether the speaker of a sentence's reading overlaps ``start``-``end``."""
    span = attribution.span
    return span is not None and span.start < end and start < span.end


def _pronoun_read_as_name(surface: str | None, words: str) -> bool:
    """Whether a sentence's reading took the pronoun ``words``, bare or contracted, for a
    name ('He praised the plan and said': 'He'; 'He’s'): the pronoun is resolved instead.

    >>> [_pronoun_read_as_name(s, "He") for s in ("He", "He’s", "Hess", None)]
    [True, True, False, False]
    """
    if surface is None or words.lower() not in PRONOUNS or not surface.startswith(words):
        return False
    return surface == words or contracted_pronoun(tokenize(surface)[0]) == len(words)


_BEFORE_RELATIVE = DASHES | {",", "("}  # 'Jo Bako -- who', 'Jo Bako (who'


def _antecedent_range(text: str, floor: int, offset: int) -> tuple[int, int] | None:
    """Where the noun phrase a relative pronoun at ``offset`` stands for ('Senate Republicans'
    in 'Senate Republicans who oppose him', 'Jo Bako' in 'Jo Bako, who said', 'Jo Bako (who
    said', 'Jo Bako ― who said'). It runs
    back to a clause break, a preposition or a verb; a verb no list holds and that does
    not end in -ed ('met') is read as part of the phrase."""
    tokens = tokenize(text[floor:offset], floor)
    j = len(tokens)
    while j > 0 and tokens[j - 1].text in _BEFORE_RELATIVE:
        j -= 1
    i = phrase_start(tokens, j)
    return (tokens[i].start, tokens[j - 1].end) if i < j else None


def _relative_source(text: str, floor: int, start: int, end: int) -> str:
    """The source the relative pronoun at ``start``-``end`` stands for: the phrase before
    it (:func:`_antecedent_range`), or, when that phrase is a word that names a group only with
    its clause, that word and the pronoun ('those who' in 'those who fear', never 'those');
    the pronoun itself when no phrase is found.

    >>> t = "Dara Moss, who chairs it, and those who doubt it"
    >>> [_relative_source(t, 0, t.index(w), t.index(w) + 3) for w in ("who chairs", "who doubt")]
    ['Dara Moss', 'those who']
    """
    found = _antecedent_range(text, floor, start)
    if found is None:
        return text[start:end]
    if text[found[0] : found[1]].lower() in _GROUP_PRONOUNS:
        return text[found[0] : end]
    return text[found[0] : found[1]]


def _leading_colon(sentences: list[Sentence], sentence: Sentence) -> Sentence | None:
    """The sentence before ``sentence`` when it ends with a colon that leads into it ('Jo
    Bako said:' before '"We will win."')."""
    before = [s for s in sentences if s.span.end <= sentence.span.start]
    if before and before[-1].text.rstrip().endswith(":"):
        return before[-1]
    return None


def _person_resolved(attribution: Attribution) -> str | None:
    """What the sentence's reading resolved a pronoun to, as its words name it: the person
    ('Jo Bako'), not the institution that person speaks for, which is the source the
    sentence's claims are counted for."""
    if attribution.span is None and attribution.surface is not None:
        return attribution.surface
    return attribution.resolved_from


def _antecedent_of_pronoun(text: str, offset: int, pronoun: str, resolved: str | None) -> str:
    """What a pronoun at ``offset`` stands for: the source its sentence's attribution
    resolved it to, unless a 'he' or 'she' was resolved to what may name no person ('the
    Velmar Party', 'VBC') or a person of the other gender (the sentence's reading may be of
    another pronoun: 'he said she would go'), when the person named before it is taken
    instead (:func:`_person_before`); else that reading when it names a person by a role
    ('the Texas senator'), else the pronoun itself.

    >>> t = "Ana Lobo spoke. Later he left."
    >>> _antecedent_of_pronoun(t, t.index("he left"), "he", "Ana Lobo")
    'he'
    >>> t = "The summary was read. Later he left."
    >>> [_antecedent_of_pronoun(t, t.index("he left"), "he", r) for r in ("summary", "senator")]
    ['he', 'senator']
    """
    if resolved is not None and (
        pronoun_gender(pronoun) is None
        or (may_name_a_person(resolved) and _fits(pronoun, resolved, text))
    ):
        return resolved
    person = _person_before(text, offset, pronoun)
    if person is None and resolved is not None and names_a_role(resolved):
        return resolved  # 'the Texas senator'
    return person or pronoun


def _fits(pronoun: str, name: str, text: str) -> bool:
    """Whether ``pronoun`` may stand for the person ``name`` by the gender the document's
    people book knows for that name (none known: yes)."""
    return may_stand_for(pronoun, people_book(text).gender(name))


def _person_before(text: str, offset: int, pronoun: str) -> str | None:
    """The person a 'he' or 'she' stands for, when no speaker before it does (other
    pronouns stand for a group or an institution, not for the last name)."""
    if pronoun_gender(pronoun) is None:
        return None
    return person_for_pronoun(text, offset, pronoun) or last_name_before(text, offset, pronoun)


def _role(words: str) -> str:
    tokens = tokenize(words)
    roles = lexicon().roles
    for k in range(len(tokens) - 1, -1, -1):
        hit = roles.match(tokens, k)
        if hit is not None:
            return hit[0]
    return "unknown"
