"""Who says so: the speaker a sentence's claims are attributed to.

Rule-based, over the lexicon in ``reconcile/data/sources.toml`` (speaker head nouns with a
role, speech verbs, participles, passive markers, and the small words of ``[attribution]``).
The patterns are small functions named for the construction they read, tried in the order
of the tuple ``_PATTERNS`` (and, at each verb of saying, of ``_VERB_PATTERNS``):

* ``according to X`` (X runs to the next comma or clause break);
* ``Reuters, citing X, said``: X speaks, Reuters relays; ``X's latest figures show``;
* at each verb of saying, strong verbs first: ``he said`` (a back-reference), ``X denied
  the Y's figure`` (Y's figure, disputed), ``X said / told / reported …``, ``an official
  who … said``, ``X evacuated … and said``, ``…, X, which said``, ``NAME, the governor,
  said``, and the inverted ``…, said X``;
* ``the toll was confirmed by X``, ``the figure, released by X, …``: the agent of a verb
  of saying in the passive;
* ``X provided a higher death toll, saying …``: a participle carries the attribution to the
  sentence's subject;
* passive or anonymous voice (``it was reported``, ``reportedly``, ``sources said``): weak
  attribution, kind ``passive``;
* a speaker the lexicon does not know before a verb of saying (``opposition leaders said``);
* nothing: the publisher's own voice, kind ``unattributed``.

A short back-reference (``the ministry``, ``the prosecutors``, ``he``) is resolved to the
fullest mention of the same head noun named earlier in the same document (``the Interior
Ministry``, ``Tajik prosecutors``), including mentions that were not speakers ("The
announcement was made by the Interior Ministry"); a ``he`` or ``she`` to the person the
document's people book gives (:mod:`.people`).
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import NamedTuple

from reconcile.extract.cue_after import passive_by
from reconcile.extract.gender import may_stand_for, never_a_person, pronoun_gender
from reconcile.extract.lexicon import (
    POSSESSIVE_ENDINGS,
    Token,
    calendar_words,
    first_token,
    lexicon,
    load_data,
    person_titles,
    tokenize,
    words_may_occur,
)
from reconcile.extract.lists import find_place_list
from reconcile.extract.numbers import is_number_token
from reconcile.extract.passage_words import according_to_at, contracted_pronoun
from reconcile.extract.people import (
    PeopleBook,
    is_name,
    may_name_a_person,
    people_book,
    title_table,
)
from reconcile.models import Attribution, Document, Sentence, Source

_WORDS = load_data("sources.toml")["attribution"]
_NOT_NP = frozenset(_WORDS["not_np"])
_GENERIC_HEADS = frozenset(_WORDS["generic_heads"])
_INVERTIBLE = frozenset(_WORDS["invertible"])
_INVERTING_PREPOSITIONS = frozenset(_WORDS["inverting_prepositions"])
_FIGURE_NOUNS = frozenset(_WORDS["figure_nouns"])
_FIGURE_MODIFIERS = frozenset(_WORDS["figure_modifiers"])
_FIGURE_SOURCE_WORDS = frozenset(load_data("sources.toml")["passages"]["claim_owners"])
_DETERMINERS = frozenset(_WORDS["determiners"])
_PRONOUNS = frozenset(_WORDS["pronouns"])
_NP_LOWER = frozenset(_WORDS["np_words"])
_STOP = frozenset(_WORDS["np_stops"])
_NEVER_SPEAKERS = frozenset(_WORDS["never_speakers"]) | calendar_words()
_ADVERBS = frozenset(_WORDS["adverbs"])
_PASSIVE_AUXILIARIES = frozenset(_WORDS["passive_auxiliaries"])
_RELAYS = frozenset(_WORDS["relays"])
_UNITS = frozenset(_WORDS["units"])
_SPOKES = frozenset(_WORDS["spokes"])
_NATIONAL_ROLES = frozenset(_WORDS["national_roles"])
_DEMONYM_ENDINGS = tuple(_WORDS["demonym_endings"])
_CLAUSE_SPLITS = tuple(tuple(split) for split in _WORDS["clause_splits"])
_STATEMENTS = _FIGURE_NOUNS | frozenset(_WORDS["statements"])
_POSSESSIVES: dict[str, str] = _WORDS["possessives"]
_PERSONAL = frozenset(_WORDS["personal_pronouns"])
_PLURAL = frozenset(_WORDS["plural_pronouns"])
_NEUTER = frozenset(_WORDS["neuter_pronouns"])
_PERSON_ROLES = frozenset(_WORDS["person_roles"])
_TITLE_JOINERS = frozenset(_WORDS["title_joiners"])
_LEAD_INS = frozenset(load_data("sources.toml")["passages"]["lead_ins"])
_ASIDES = _ADVERBS | _LEAD_INS
_RELATIVES = frozenset(_WORDS["relatives"])
_CONTINUATIONS = tuple(tuple(c.split()) for c in _WORDS["continuations"])
_CHANGE = load_data("taxonomy.toml")["change"]
_ADDED_AFTER_NUMBER = frozenset([*_CHANGE["increment_after"], *_WORDS["added_after_number"]])
_ADDED_BEFORE_NUMBER = tuple(tuple(words.split()) for words in _CHANGE["increment_before"])
_ANONYMOUS_HEADS = frozenset(load_data("sources.toml")["roles"]["anonymous"])
_MAX_NP = 9
# Unions the readers test words against, made once rather than at each word they test.
_NOT_A_PLAIN_NP = _PRONOUNS | _NOT_NP | _STATEMENTS  # "the data we hold", "the report"
_OUTSIDE_A_PLAIN_NP = _STOP | _PRONOUNS | _NOT_NP
_DETERMINERS_OR_OF = _DETERMINERS | {"of"}
_BEFORE_DISPUTED = _NP_LOWER | {"new", "latest", "earlier", "official", "initial"}


class Speaker(NamedTuple):
    """A noun phrase naming who speaks, with its role and offsets in the document.

    The readers of this module make tens of them per document: a named tuple is made at
    half the cost of a frozen dataclass, whose ``__init__`` sets each field through
    ``object.__setattr__``. Immutable, compared and hashed by its fields all the same."""

    name: str
    role: str
    start: int
    end: int
    head: str
    definite: bool = False  # written with a determiner: "the ministry"


@lru_cache(maxsize=4096)
def source_id(name: str) -> str:
    """The graph id of a source from its name: lower-cased, words joined by hyphens, and
    "Ministry of Justice" read as "Justice Ministry" (and "Commission on Human Rights" as
    "Human Rights Commission") so both spellings are one source.

    >>> source_id("Interior Ministry")
    'src:interior-ministry'
    >>> source_id("Ministry of Justice") == source_id("the Justice Ministry")
    True
    >>> source_id("Velmar Commission on Human Rights")
    'src:velmar-human-rights-commission'
    """
    words = re.findall(r"[a-z0-9]+", name.lower())
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    for k in range(len(words) - 2):  # "Kenya National Commission on Human Rights"
        if words[k] in _INVERTIBLE and words[k + 1] in _INVERTING_PREPOSITIONS:
            words = [*words[:k], *words[k + 2 :], words[k]]
            break
    return f"src:{'-'.join(words) or 'unknown'}"


def source_of_publisher(publisher: str) -> Source:
    """The source standing for a publisher (a document's own voice). A publisher that is an
    organisation's own release speaks as that organisation, named without its acronym.

    >>> source_of_publisher("Daily Ledger").role
    'publisher'
    >>> source_of_publisher("Tarsa Relief Agency (TRA) press release, via a wire").name
    'Tarsa Relief Agency'
    """
    found = _own_voice().match(publisher)
    if found is None:
        return Source(id=source_id(publisher), name=publisher, role="publisher")
    name = found.group("name")
    return Source(id=source_id(name), name=name, role=_role_of(name))


@cache
def _own_voice() -> re.Pattern[str]:
    words = "|".join(map(re.escape, load_data("sources.toml")["publishers"]["own_voice"]))
    return re.compile(rf"(?P<name>[^,;(]*?\S)\s*(?:\([^)]*\))?\s+(?:{words})\b", re.IGNORECASE)


def _allowed_in_np(token: Token) -> bool:
    if token.lower in _STOP:
        return False
    if token.text[0].isupper() or token.lower in _NP_LOWER or token.lower in _DETERMINERS:
        return True
    return token.lower in _role_words()


@cache
def _role_words() -> frozenset[str]:
    return frozenset(word for phrase in lexicon().roles.entries for word in phrase)


def _words(tokens: list[Token], match: tuple[int, int, str]) -> str:
    return " ".join(t.lower for t in tokens[match[0] : match[1]])


def _is_demonym(token: Token) -> bool:
    """'Tajik', 'Afghan', 'Tajikistan's': a capitalised nationality word before a role."""
    word = token.text
    if not word[0].isupper() or word.lower() in _role_words():
        return False
    return word.endswith(POSSESSIVE_ENDINGS) or (
        len(word) >= 4 and word.lower().endswith(_DEMONYM_ENDINGS)
    )


def _speaker_from(tokens: list[Token], i: int, j: int, text: str) -> Speaker | None:
    """Read a speaker out of ``tokens[i:j]`` if it names one (a role head or a proper name).

    The name is canonical: an organisation rather than its spokesperson ("Interior Ministry"
    for "Interior Ministry spokesman Ali Karimov" or "a spokesman for the Interior
    Ministry"), without a leading nationality word for national institutions ("Interior
    Ministry" for "the Tajik Interior Ministry").
    """
    definite = False
    while i < j and (tokens[i].lower in _DETERMINERS or tokens[i].lower in {"and", "of"}):
        definite = definite or tokens[i].lower in _DETERMINERS
        i += 1
    while j > i and tokens[j - 1].lower in {"and", "of", "'s", "’s", "for"}:
        j -= 1
    while i + 2 < j and _is_title_dot(tokens, i + 1):
        i += 2  # "Sen. Ada Pell" is Ada Pell, as in "Sen. Ada Pell said"
    if i >= j:
        return None
    roles = lexicon().roles
    matches: list[tuple[int, int, str]] = []
    k = i
    while k < j:
        hit = roles.match(tokens, k)
        if hit:
            matches.append((k, k + hit[1], hit[0]))
            k += hit[1]
        else:
            k += 1
    if not matches:
        if not all(t.text[0].isupper() for t in tokens[i:j]):
            return None
        if any(t.lower in _NEVER_SPEAKERS for t in tokens[i:j]) or tokens[i].lower.endswith("ing"):
            return None  # "on Sunday", "Speaking to Reuters": a day or a verb, not a speaker
        start, end = tokens[i].start, tokens[j - 1].end
        return Speaker(text[start:end], "unknown", start, end, tokens[j - 1].lower, definite)
    chosen = matches[-1]
    if len(matches) > 1 and _words(tokens, chosen) in _UNITS and matches[-2][1] == chosen[0]:
        chosen = matches[-2]  # "Coast Guard Command", "Interior Ministry Press Service"
    organisations = [m for m in matches if tokens[m[1] - 1].lower not in _SPOKES]
    if tokens[chosen[1] - 1].lower in _SPOKES and organisations:
        chosen = organisations[-1]  # "Interior Ministry spokesman X" speaks for the ministry
    elif tokens[chosen[1] - 1].lower in _SPOKES and chosen[1] - chosen[0] > 1:
        inner = lexicon().roles.match(tokens[chosen[0] : chosen[1] - 1], 0)
        if inner is not None and inner[1] == chosen[1] - 1 - chosen[0]:
            chosen = (chosen[0], chosen[1] - 1, inner[0])  # "a police spokesman": police
    m_start, m_end, role = chosen
    head = " ".join(t.lower for t in tokens[m_start:m_end])
    first = m_start
    while (
        first > i
        and (tokens[first - 1].text[0].isupper() or tokens[first - 1].lower in _NP_LOWER)
        and tokens[first - 1].lower not in {"and", "of", "for"}
    ):
        first -= 1
    if role in _NATIONAL_ROLES:
        while first < m_start and _is_demonym(tokens[first]):
            first += 1
    last = m_end
    while (
        last + 1 < j
        and tokens[last].lower in {"of", "for", "on"}
        and tokens[last + 1].text[0].isupper()
    ):  # "Ministry of Emergency Situations", "Party of National Renewal"
        last += 2
        while last < j and tokens[last].text[0].isupper():
            last += 1
    proper = last
    while chosen is matches[-1] and proper < j and tokens[proper].text[0].isupper():
        proper += 1
    if proper > last and tokens[last].lower in _TITLE_JOINERS:
        last = proper  # one name: "Doctors Without Borders"
    elif proper > last:  # a name after the role: "Major General Ibrahim Lawal", "the medical
        first, last = last, proper  # charity MedAction International", "agency UNHCR"
    name = text[tokens[first].start : tokens[last - 1].end]
    return Speaker(name, role, tokens[i].start, tokens[j - 1].end, head, definite)


def _np_before(tokens: list[Token], v: int) -> tuple[int, int]:
    """The noun phrase ending before ``tokens[v]``, skipping adverbs and auxiliaries ("the
    army later said", "has said") and a bracketed aside ("the Authority (NDMA) said", "The
    ICRC (International Committee of the Red Cross) said")."""
    while v > 0 and (tokens[v - 1].lower in _ADVERBS or tokens[v - 1].lower.endswith("ly")):
        v -= 1
    if v > 2 and tokens[v - 1].text == ")":  # "the Authority (NDMA) said", "The ICRC (…) said"
        opening = next(
            (n for n in range(v - 2, max(-1, v - 16), -1) if tokens[n].text == "("), None
        )
        if opening is not None:
            v = opening
    if v > 2 and tokens[v - 1].text == "," and tokens[v - 3].text == ",":
        if tokens[v - 2].lower in _ASIDES or tokens[v - 2].lower.endswith("ly"):
            v -= 3  # "Rights groups, however, said"
    if v > 0 and tokens[v - 1].lower == "and":
        return v, v  # "X evacuated residents and said": the subject is further back
    i = v
    while (
        i > 0
        and v - i < _MAX_NP
        and (_allowed_in_np(tokens[i - 1]) or _joins_a_name(tokens, i - 1))
    ):
        i -= 1
    return i, v


def _joins_a_name(tokens: list[Token], n: int) -> bool:
    """'on' in 'Commission on Human Rights': a joiner between capitalised words."""
    return (
        0 < n < len(tokens) - 1
        and tokens[n].lower in _TITLE_JOINERS
        and tokens[n - 1].text[0].isupper()
        and tokens[n + 1].text[0].isupper()
        and tokens[n + 1].lower not in _NEVER_SPEAKERS  # not "the Ministry on Friday"
    )


def _np_after(tokens: list[Token], v: int) -> tuple[int, int]:
    """The noun phrase that starts at ``tokens[v]``, past a title's full stop ('said Sen.
    Ada Pell')."""
    j = v
    while (
        j < len(tokens)
        and j - v < _MAX_NP
        and (_allowed_in_np(tokens[j]) or _is_title_dot(tokens, j))
    ):
        j += 1
    return v, j


def _is_title_dot(tokens: list[Token], n: int) -> bool:
    """Whether ``tokens[n]`` is the full stop of a title written before a name ('Sen.
    Ada Pell', 'Gov. Rui Dantas'), not one that ends a sentence."""
    return (
        0 < n < len(tokens) - 1
        and tokens[n].text == "."
        and tokens[n - 1].text in person_titles()
        and tokens[n - 1].end == tokens[n].start
        and tokens[n + 1].text[0].isupper()
    )


class SentenceSpeaker(NamedTuple):
    """What attribution analysis found in one sentence (a named tuple, as :class:`Speaker`
    is, for the cost of making one)."""

    kind: str  # "explicit", "passive" or "unattributed"
    speaker: Speaker | None
    pronoun: bool = False
    via: str | None = None  # who relays the speaker: "Reuters" in "Reuters, citing X, said"
    disputed: bool = False  # the figures are disputed by another speaker ("denied reports")
    pronoun_word: str = ""  # "he", "she" (a person), "it", "they" (an institution)
    pronoun_at: int = -1  # where the pronoun stands in the text


def find_speaker(text: str, start: int, end: int) -> SentenceSpeaker:
    """The speaker of the sentence ``text[start:end]`` (offsets into ``text``).

    >>> s = "Earlier, Tajik prosecutors said 30 militants were killed."
    >>> find_speaker(s, 0, len(s)).speaker.name
    'prosecutors'
    >>> s = "Two died, according to the Red Cross."
    >>> find_speaker(s, 0, len(s)).speaker.name
    'Red Cross'
    >>> find_speaker("Two people were reportedly killed.", 0, 34).kind
    'passive'
    """
    return _read(text, start, end)[0]


@dataclass(slots=True)
class _SentenceReading:
    """What the words of a sentence alone decide, with offsets into the sentence: its
    speaker, and its clauses once asked (:func:`clauses`; a clause read for its own
    speaker is not split)."""

    speaker: SentenceSpeaker
    cuts: tuple[tuple[int, int], ...] | None = None


#: The readings of the last sentences read, by the sentence's words: a verbatim repeat, in
#: its document or in a syndicated copy, is read once. The readers and :func:`clauses`
#: look at the sentence's own tokens only, so what they find does not depend on where it
#: stands (:func:`_shifted` moves the offsets there).
_READ: dict[str, _SentenceReading] = {}
_READ_KEPT = 4096


def _read(text: str, start: int, end: int) -> tuple[SentenceSpeaker, _SentenceReading]:
    """The speaker of ``text[start:end]`` (offsets into ``text``) and the sentence's
    reading, made the first time its words are seen."""
    sentence = text[start:end]
    reading = _READ.get(sentence)
    if reading is not None:
        return _shifted(reading.speaker, start), reading
    found = _read_speaker(text, start, end)
    reading = _SentenceReading(_shifted(found, -start))
    if len(_READ) >= _READ_KEPT:
        _READ.clear()
    _READ[sentence] = reading
    return found, reading


def _speaker_and_clauses(
    text: str, start: int, end: int
) -> tuple[SentenceSpeaker, list[tuple[int, int]]]:
    """:func:`find_speaker` and :func:`clauses` of one sentence, from one reading."""
    found, reading = _read(text, start, end)
    if reading.cuts is None:
        reading.cuts = tuple((a - start, b - start) for a, b in clauses(text, start, end))
    if reading.cuts == ((0, end - start),):
        return found, [(start, end)]  # most sentences: one clause, the whole sentence
    return found, [(start + a, start + b) for a, b in reading.cuts]


def _read_speaker(text: str, start: int, end: int) -> SentenceSpeaker:
    """:func:`find_speaker` read afresh: the first reader that finds a speaker; a named one
    in words that keep the speaker anonymous ("an official who declined to be named")
    is weak."""
    found = _find_speaker(text, start, end)
    if found.kind != "explicit":
        return found
    sentence = " ".join(text[start:end].lower().split())
    if any(map(sentence.__contains__, lexicon().anonymity)):  # no generator frame
        return SentenceSpeaker("passive", found.speaker, via=found.via, disputed=found.disputed)
    return found


def _shifted(found: SentenceSpeaker, offset: int) -> SentenceSpeaker:
    """``found`` with its offsets moved by ``offset`` (made field by field: the generic
    ``_replace`` of a named tuple goes through a dictionary of the fields)."""
    if offset == 0 or (found.speaker is None and found.pronoun_at < 0):
        return found
    speaker = found.speaker
    if speaker is not None:
        start, end = speaker.start + offset, speaker.end + offset
        speaker = Speaker(speaker.name, speaker.role, start, end, speaker.head, speaker.definite)
    at = found.pronoun_at + offset if found.pronoun_at >= 0 else found.pronoun_at
    return SentenceSpeaker(
        found.kind, speaker, found.pronoun, found.via, found.disputed, found.pronoun_word, at
    )


def _find_speaker(text: str, start: int, end: int) -> SentenceSpeaker:
    """find_speaker without the anonymity check: the first of :data:`_PATTERNS` that
    reads a speaker, else the publisher's own voice."""
    sentence = _Sentence.read(text, start, end)
    for pattern in _PATTERNS:
        found = pattern(sentence)
        if found is not None:
            return found
    return SentenceSpeaker("unattributed", None)


@cache
def _strong_verbs() -> frozenset[str]:
    """The verbs of saying and of opinion ("said", "believes"), made once."""
    return lexicon().saying | lexicon().opinion


@cache
def _verbs_by_strength() -> tuple[frozenset[str], frozenset[str]]:
    """The speech verbs that are strong (:func:`_strong_verbs`), and the speech verbs and
    noun-verbs that are not ('reported', 'estimates'), made once."""
    lex = lexicon()
    strong = _strong_verbs()
    return lex.speech_verbs & strong, (lex.speech_verbs | lex.noun_verbs) - strong


class _Sentence(NamedTuple):
    """One sentence as the speaker patterns read it: its tokens (offsets into ``text``),
    their lower-cased words, and its verbs of saying, strong ones (saying, opinion) first
    (a named tuple, as :class:`Speaker` is)."""

    text: str
    tokens: list[Token]
    lowered: list[str]
    strong: list[int]
    weak: list[int]

    @classmethod
    def read(cls, text: str, start: int, end: int) -> _Sentence:
        tokens = tokenize(text[start:end], start)
        lowered = [t.lower for t in tokens]
        strong_verbs, weak_verbs = _verbs_by_strength()
        strong, weak = _where(strong_verbs, lowered), _where(weak_verbs, lowered)
        return cls(text, tokens, lowered, strong, weak)


def _where(words: frozenset[str], lowered: list[str]) -> list[int]:
    """The indices of the words of ``lowered`` that are in ``words``, in order; the list is
    made only when one is (a test in C: most sentences hold no verb of a given strength).

    >>> _where(frozenset({"said", "told"}), ["he", "said", "and", "told", "us"])
    [1, 3]
    """
    if words.isdisjoint(lowered):
        return []
    return [n for n, word in enumerate(lowered) if word in words]


def _according_to(s: _Sentence) -> SentenceSpeaker | None:
    """'according to X' (X runs to the next comma or clause break), with a name after the
    role: 'according to its chief surgeon, Bakyt Omarov.'"""
    tokens = s.tokens
    for n in according_to_at(s.lowered):
        a, b = _np_after(tokens, n + 2)
        speaker = _speaker_from(tokens, a, b, s.text)
        if speaker is not None:
            speaker = _with_name_after_role(s, speaker, b)
        else:
            speaker = _plain_np_after(tokens, n + 2, s.text)  # "according to the groups"
        if speaker:
            return _explicit(speaker)
    return None


def _with_name_after_role(s: _Sentence, speaker: Speaker, b: int) -> Speaker:
    """The speaker named after its role and a comma that end the sentence ('its chief
    surgeon, Bakyt Omarov.'), else ``speaker`` as read."""
    tokens, lowered = s.tokens, s.lowered
    if not (b + 1 < len(tokens) and lowered[b] == ","):
        return speaker
    name_end = b + 1
    while name_end < len(tokens) and tokens[name_end].text[0].isupper():
        name_end += 1
    if name_end > b + 1 and (name_end == len(tokens) or lowered[name_end] == "."):
        name = s.text[tokens[b + 1].start : tokens[name_end - 1].end]
        return Speaker(name, speaker.role, speaker.start, tokens[name_end - 1].end, speaker.head)
    return speaker


def _plain_np_after(tokens: list[Token], k: int, text: str) -> Speaker | None:
    """'the groups,': a determiner and up to three lower-case words closed by a comma or
    the sentence's end, for a speaker the lexicon does not know (not a document or a
    clause: 'the report', 'the data we hold')."""
    if k >= len(tokens) or tokens[k].lower not in _DETERMINERS:
        return None
    j = k + 1
    while j < len(tokens) and j - k <= 3 and tokens[j].text[0].islower():
        j += 1
    if j == k + 1 or (j < len(tokens) and tokens[j].text not in {",", "."}):
        return None
    words = {t.lower for t in tokens[k + 1 : j]}
    if words & _NOT_A_PLAIN_NP:
        return None  # "according to the data we hold", "according to the report"
    start, end = tokens[k + 1].start, tokens[j - 1].end
    return Speaker(text[start:end], "unknown", start, end, tokens[j - 1].lower, True)


def _citing(s: _Sentence) -> SentenceSpeaker | None:
    """'Reuters, citing a hospital official, said': the official speaks, Reuters relays."""
    if _RELAYS.isdisjoint(s.lowered):
        return None  # most sentences relay no one
    for n, word in enumerate(s.lowered):
        if word in _RELAYS:
            origin = _speaker_from(s.tokens, *_np_after(s.tokens, n + 1), s.text)
            if origin:
                relay_end = n - 1 if n and s.lowered[n - 1] == "," else n
                relay = _speaker_from(s.tokens, *_np_before(s.tokens, relay_end), s.text)
                return _explicit(origin, via=relay.name if relay else None)
    return None


def _owner_of_figures(s: _Sentence) -> SentenceSpeaker | None:
    """'The Authority's latest figures show …': the owner of the figures; 'the figure from
    the relief agencies rose to 40': a source after a figure noun and 'from' or 'by'."""
    if _FIGURE_NOUNS.isdisjoint(s.lowered):
        return None  # both readings need a figure noun: most sentences have none
    tokens = s.tokens
    for n in range(len(tokens) - 2):
        if s.lowered[n] in _FIGURE_NOUNS and s.lowered[n + 1] in _FIGURE_SOURCE_WORDS:
            a, b = _np_after(tokens, n + 2)
            speaker = _speaker_from(tokens, a, b, s.text)
            if speaker is not None and speaker.role != "unknown":  # not "from Saturday's"
                return _explicit(speaker)
    for n, token in enumerate(tokens[:-1]):
        if not token.text.endswith(POSSESSIVE_ENDINGS) or not token.text[0].isupper():
            continue
        nxt = n + 1
        while nxt < len(tokens) and s.lowered[nxt] in _FIGURE_MODIFIERS:
            nxt += 1
        if nxt < len(tokens) and s.lowered[nxt] in _FIGURE_NOUNS:
            start_np, _ = _np_before(tokens, n)
            named = Token(token.text[:-2], token.start, token.end - 2)
            speaker = _speaker_from([*tokens[start_np:n], named], 0, n - start_np + 1, s.text)
            if speaker is not None:
                return _explicit(speaker)
    return None


def _verb_of_saying(s: _Sentence) -> SentenceSpeaker | None:
    """The speaker at the first verb of saying (strong verbs first) where one of
    :data:`_VERB_PATTERNS` reads one; a passive verb ('were reported') is left to
    :func:`_passive_voice`."""
    for v in s.strong + s.weak:
        if v > 0 and s.lowered[v - 1] in _PASSIVE_AUXILIARIES:
            continue
        found = next((f for pattern in _VERB_PATTERNS if (f := pattern(s, v)) is not None), None)
        if found is not None and not _noun_not_verb(s, v, found):
            return found
    return None


def _noun_not_verb(s: _Sentence, v: int, found: SentenceSpeaker) -> bool:
    """'Preliminary estimates put …': a plural noun, not a verb after an unknown speaker
    (unless 'that' follows)."""
    followed_by_that = v + 1 < len(s.tokens) and s.lowered[v + 1] == "that"
    return (
        found.speaker is not None
        and s.lowered[v] in lexicon().noun_verbs
        and found.speaker.role == "unknown"
        and not followed_by_that
    )


def _pronoun_said(s: _Sentence, v: int) -> SentenceSpeaker | None:
    """'he said', 'she later told', 'its report said': a back-reference, resolved across
    sentences."""
    n = v
    while n > 0 and (s.lowered[n - 1] in _ADVERBS or s.lowered[n - 1].endswith("ly")):
        n -= 1
    if n > 0 and s.lowered[n - 1] in _PRONOUNS:
        return _pronoun(s.tokens[n - 1], s.lowered[n - 1])
    if n > 1 and s.lowered[n - 1] in _STATEMENTS and s.lowered[n - 2] in _POSSESSIVES:
        return _pronoun(s.tokens[n - 2], _POSSESSIVES[s.lowered[n - 2]])  # "its report said"
    return None


def _pronoun(token: Token, word: str) -> SentenceSpeaker:
    return SentenceSpeaker(
        "explicit", None, pronoun=True, pronoun_word=word, pronoun_at=token.start
    )


def _disputed_figure(s: _Sentence, v: int) -> SentenceSpeaker | None:
    """'X denied reports from the Y Movement that …': the figures are Y's, disputed."""
    if s.lowered[v] in lexicon().denials:
        return _disputed_source(s.tokens, v + 1, s.text)
    return None


def _x_said(s: _Sentence, v: int) -> SentenceSpeaker | None:
    """'the army (later) said', 'Tajik prosecutors told'."""
    return _explicit_or_none(_speaker_from(s.tokens, *_np_before(s.tokens, v), s.text))


def _relative_clause_said(s: _Sentence, v: int) -> SentenceSpeaker | None:
    """'An official who spoke on condition of anonymity said'."""
    return _explicit_or_none(_subject_of_relative(s.tokens, v, s.text))


def _and_said(s: _Sentence, v: int) -> SentenceSpeaker | None:
    """'X evacuated residents and said': the sentence's subject; a pronoun that opens
    it, bare or contracted ('He praised …', 'He’s praised …'), is a back-reference."""
    if v > 0 and s.lowered[v - 1] == "and":
        return _opening_pronoun(s) or _explicit_or_none(
            _speaker_from(s.tokens, *_np_after(s.tokens, 0), s.text)
        )
    return None


def _opening_pronoun(s: _Sentence) -> SentenceSpeaker | None:
    """The back-reference of a pronoun that opens the sentence ('He', 'She’s'), or None."""
    if not s.tokens:
        return None
    first = s.tokens[0]
    length = contracted_pronoun(first) or len(first.text)
    word = first.text[:length].lower()
    return _pronoun(first, word) if word in _PRONOUNS else None


def _which_said(s: _Sentence, v: int) -> SentenceSpeaker | None:
    """'…, the ministry, which said': the noun phrase before ', which'."""
    if v > 2 and s.lowered[v - 1] in {"which", "who"} and s.lowered[v - 2] == ",":
        return _explicit_or_none(_speaker_from(s.tokens, *_np_before(s.tokens, v - 2), s.text))
    return None


def _before_adverbs(s: _Sentence, v: int) -> int:
    """Where the words before ``tokens[v]`` end, less adverbs ('X, the governor, also said')."""
    while v > 0 and (s.lowered[v - 1] in _ADVERBS or s.lowered[v - 1].endswith("ly")):
        v -= 1
    return v


def _subject_before_asides(s: _Sentence, v: int) -> SentenceSpeaker | None:
    """'Jo Bako, who leads Operation Dawn, the army's campaign, told': the sentence's
    subject before a relative clause or two asides."""
    n = _before_adverbs(s, v)
    commas = [k for k in range(n) if s.lowered[k] == ","]
    if len(commas) < 2 or commas[-1] != n - 1:
        return None
    relative = s.lowered[commas[0] + 1] in _RELATIVES
    if not relative and len(commas) < 3:
        return None
    a, b = _np_before(s.tokens, commas[0])
    if a != 0 or b != commas[0]:
        return None
    return _explicit_or_none(_speaker_from(s.tokens, a, b, s.text))


def _appositive_said(s: _Sentence, v: int) -> SentenceSpeaker | None:
    """'Ali Karimov, the governor, said'."""
    n = _before_adverbs(s, v)
    if n > 1 and s.lowered[n - 1] == ",":
        return _explicit_or_none(_appositive(s.tokens, n - 1, s.text))
    return None


def _said_x(s: _Sentence, v: int) -> SentenceSpeaker | None:
    """'…, said X' and '"…," said X': the speaker after the verb."""
    if v > 0 and s.lowered[v - 1] in {",", '"', "”"}:
        return _explicit_or_none(_speaker_from(s.tokens, *_np_after(s.tokens, v + 1), s.text))
    return None


def _passive_agent(s: _Sentence) -> SentenceSpeaker | None:
    """'The toll was confirmed by the health ministry', 'The figure, released by the
    Interior Ministry, …': the agent of a verb of saying in the passive
    (:func:`.cue_after.passive_by`)."""
    if "by" not in s.lowered:
        return None  # passive_by finds only a 'by': most sentences have none
    for v in s.strong + s.weak:
        by = passive_by(s.tokens, v)
        if by is not None:
            speaker = _speaker_from(s.tokens, *_np_after(s.tokens, by + 1), s.text)
            if speaker is not None:
                return _explicit(speaker)
    return None


def _participle(s: _Sentence) -> SentenceSpeaker | None:
    """'X provided a higher death toll, saying …': the sentence's subject."""
    participles = lexicon().participles
    if participles.isdisjoint(s.lowered):
        return None  # most sentences have no participle of saying
    for p, word in enumerate(s.lowered):
        if word in participles and p > 0:
            if s.lowered[0] in _PRONOUNS:  # "It later retracted the estimate, saying …"
                return _pronoun(s.tokens[0], s.lowered[0])
            speaker = _speaker_from(s.tokens, *_np_after(s.tokens, 0), s.text)
            if speaker:
                return _explicit(speaker)
    return None


def _passive_voice(s: _Sentence) -> SentenceSpeaker | None:
    """'it was reported', 'reportedly', 'sources said': a weak attribution."""
    if _passive_markers().search(" ".join(s.lowered)):
        return SentenceSpeaker("passive", None)
    return None


@cache
def _passive_markers() -> re.Pattern[str]:
    """The passive markers of the lexicon as one pattern (one search per sentence), their
    common beginnings shared (:func:`_alternation`: 'is reported', 'is said to' as
    ``is\\ (?:reported|said\\ to)``), so that the search tests each letter once at each
    position instead of every marker in turn. Only whether it matches is read."""
    return re.compile(r"\b(?:" + _alternation(list(lexicon().passive)) + r")\b")


def _unlisted_speaker(s: _Sentence) -> SentenceSpeaker | None:
    """'opposition leaders said': a speaker the lexicon does not know, before a strong verb."""
    for v in s.strong:
        unknown = _plain_np_before(s.tokens, v, s.text)
        if unknown is not None:
            return SentenceSpeaker("explicit", unknown)
    return None


def _explicit_or_none(speaker: Speaker | None) -> SentenceSpeaker | None:
    return _explicit(speaker) if speaker is not None else None


# What each verb of saying may have as its speaker, tried in order.
_VERB_PATTERNS: tuple[Callable[[_Sentence, int], SentenceSpeaker | None], ...] = (
    _pronoun_said,
    _disputed_figure,
    _x_said,
    _relative_clause_said,
    _and_said,
    _which_said,
    _subject_before_asides,
    _appositive_said,
    _said_x,
)
# The speaker patterns of a sentence, tried in order; the first that reads one wins.
_PATTERNS: tuple[Callable[[_Sentence], SentenceSpeaker | None], ...] = (
    _according_to,
    _citing,
    _owner_of_figures,
    _verb_of_saying,
    _passive_agent,
    _participle,
    _passive_voice,
    _unlisted_speaker,
)


def _plain_np_before(tokens: list[Token], v: int, text: str) -> Speaker | None:
    """A speaker the lexicon does not know, before a verb of saying: a plural noun phrase
    ("opposition leaders said", "rescue workers said") or a proper name; for "residents of
    the Old Bazaar quarter said", the head before "of" when it is a known role."""
    while v > 0 and tokens[v - 1].lower in _ADVERBS:
        v -= 1  # "The commission also said"
    i = v
    while (
        i > 0
        and v - i < 6
        and tokens[i - 1].text[0].isalpha()
        and tokens[i - 1].lower not in _OUTSIDE_A_PLAIN_NP
    ):
        i -= 1
    while i < v and tokens[i].lower in _DETERMINERS_OR_OF:
        i += 1
    if i >= v:
        return None
    words = [t.lower for t in tokens[i:v]]
    if "of" in words:
        head = _speaker_from(tokens, i, i + words.index("of"), text)
        if head is not None and head.role != "unknown":
            return head
        return None
    last = tokens[v - 1]
    definite = (
        i > 0
        and tokens[i - 1].lower in {"the", "a", "an", "its", "their"}
        and tokens[v].lower in lexicon().saying
    )
    if not (definite or last.lower.endswith("s") or all(t.text[0].isupper() for t in tokens[i:v])):
        return None  # "The commission said", "opposition leaders said", "Jo Bako said"
    start, end = tokens[i].start, last.end
    return Speaker(text[start:end], "unknown", start, end, last.lower)


def _subject_of_relative(tokens: list[Token], v: int, text: str) -> Speaker | None:
    """'A prison official who spoke on condition of anonymity said': the NP before 'who'."""
    for n in range(v - 1, max(0, v - 12), -1):
        word = tokens[n].lower
        if word in {",", ";", "."}:
            return None
        if word == "who" and n > 0 and tokens[n - 1].lower != ",":
            return _speaker_from(tokens, *_np_before(tokens, n), text)
    return None


def _disputed_source(tokens: list[Token], k: int, text: str) -> SentenceSpeaker | None:
    """'denied reports from the X Movement that …': the figures are X's, disputed."""
    if k < len(tokens) and tokens[k].lower in {"the", "a"}:
        k += 1
    while (
        k < len(tokens)
        and tokens[k].lower not in lexicon().disputed
        and (tokens[k].lower in _BEFORE_DISPUTED or tokens[k].text.endswith(POSSESSIVE_ENDINGS))
    ):
        k += 1  # "the ministry's new figure"
    if k >= len(tokens) or tokens[k].lower not in lexicon().disputed:
        return None
    if k + 1 < len(tokens) and tokens[k + 1].lower in {"from", "by", "of"}:
        origin = _speaker_from(tokens, *_np_after(tokens, k + 2), text)
        if origin is not None:
            return _explicit(origin, disputed=True)
    if tokens[k].lower in {"reports", "report", "claims", "allegations", "accounts"}:
        return SentenceSpeaker("passive", None, disputed=True)
    return None


def _appositive(tokens: list[Token], comma: int, text: str) -> Speaker | None:
    """The speaker of 'NAME, the regional governor, said': the name, with the role of the
    phrase between the commas."""
    previous = max((n for n in range(comma) if tokens[n].lower == ","), default=None)
    if previous is None:
        return None
    inner = _speaker_from(tokens, previous + 1, comma, text)
    outer_start, outer_end = _np_before(tokens, previous)
    outer = _speaker_from(tokens, outer_start, outer_end, text)
    if inner is None:
        return outer
    if inner.role == "unknown":
        if outer is not None and outer.role != "unknown":
            # "the chairman of the council, Haruna Bello, told": the person, in that role
            return Speaker(
                inner.name,
                outer.role,
                outer.start,
                tokens[comma - 1].end,
                outer.head,
                outer.definite,
            )
        return outer or inner
    proper = outer is not None and all(
        t.text[0].isupper() or t.lower in {"of", "for", "and"}
        for t in tokens[outer_start:outer_end]
        if t.lower not in _DETERMINERS
    )
    if outer is None or not proper:
        return inner
    role = outer.role if outer.role != "unknown" else inner.role
    return Speaker(outer.name, role, outer.start, tokens[comma - 1].end, inner.head, outer.definite)


def _explicit(speaker: Speaker, via: str | None = None, disputed: bool = False) -> SentenceSpeaker:
    """An explicit speaker, or a weak one when anonymous ("sources", "an official who
    spoke on condition of anonymity")."""
    anonymous = speaker.role == "anonymous" or speaker.head in _ANONYMOUS_HEADS
    kind = "passive" if anonymous else "explicit"
    return SentenceSpeaker(kind, speaker, via=via, disputed=disputed)


def _is_short_reference(speaker: Speaker) -> bool:
    """'the ministry', 'the prosecutors': a determiner and the head, no other word."""
    return speaker.definite and speaker.name.lower() == speaker.head


def _is_description(speaker: Speaker) -> bool:
    """'the medical charity', 'the rights body': a determiner and lower-case words before
    the head, describing an organisation rather than naming it."""
    words = speaker.name.split()
    return speaker.definite and len(words) > 1 and all(w.islower() for w in words)


def _described(speaker: Speaker, mentions: _Mentions) -> str | None:
    """The last organisation named before a description whose role a word of the
    description names ('the medical charity': the last medical source); not a
    description whose words name no role ('the city authorities' are their own)."""
    roles = {word.lower() for word in speaker.name.split()} & _role_names()
    picks = [
        pick
        for role in roles - {"unknown", "anonymous"}
        if (pick := mentions.last_ending_by(mentions.by_role.get(role, []), speaker.start))
    ]
    return max(picks, key=_start).name if picks else None


@cache
def _role_names() -> frozenset[str]:
    """The names of the roles of ``sources.toml`` ('medical', 'military')."""
    return frozenset(load_data("sources.toml")["roles"])


def _mentions(doc: Document) -> list[Speaker]:
    """Named mentions of sources in a document, for back-references: a capitalised
    modifier plus a role head ("the Interior Ministry"), or a name with a role in
    apposition ("Civic Shield, an independent human rights centre, …")."""
    tokens = tokenize(doc.text)
    roles = lexicon().roles
    starts = roles.by_first
    found: list[Speaker] = []
    after = 0  # where the last mention ended
    # most tokens start no role: one pass picks those that may, before any look-up
    for k in [k for k, token in enumerate(tokens) if token.lower in starts]:
        if k < after:
            continue
        hit = roles.match(tokens, k)
        if not hit:
            continue
        speaker, after = _mention_at(tokens, k, hit, doc.text)
        if speaker is not None:
            found.append(speaker)
    return found + _acronym_mentions(tokens, doc.text)


def _mention_at(
    tokens: list[Token], k: int, hit: tuple[str, int], text: str
) -> tuple[Speaker | None, int]:
    """The mention around the role ``hit`` at ``tokens[k]``, if it names a source, and
    the token where it ends."""
    i = k
    while (
        i > 0
        and tokens[i - 1].text[0].isupper()
        and tokens[i - 1].lower not in _STOP
        and tokens[i - 1].lower not in _DETERMINERS
    ):
        i -= 1
    j = k + hit[1]
    if tokens[j - 1].text[0].isupper() and _joins_a_name(tokens, j):
        j += 1  # "Doctors Without Borders"
        while j < len(tokens) and (tokens[j].text[0].isupper() or _joins_a_name(tokens, j)):
            j += 1
    named = i < k or any(t.text[0].isupper() for t in tokens[k:j])
    speaker = (
        _speaker_from(tokens, i, j, text)
        if named
        else _named_in_apposition(tokens, k, j, hit[0], text)
    )
    return speaker, j


def _acronym_mentions(tokens: list[Token], text: str) -> list[Speaker]:
    """Organisations named by an acronym in brackets after a description in lower case:
    'the aid coordination office (VACO)' is VACO. (A capitalised name before the
    brackets is read by :func:`acronyms`.)"""
    found: list[Speaker] = []
    if "(" not in text:
        return found  # the acronym stands in brackets: most documents have none
    # the opening brackets first, in one pass: most tokens are none
    for k in [k for k, token in enumerate(tokens[: len(tokens) - 2]) if token.text == "("]:
        acronym = tokens[k + 1]
        if k == 0 or tokens[k + 2].text != ")":
            continue
        if not (acronym.text.isalpha() and acronym.text.isupper() and len(acronym.text) >= 2):
            continue
        if not tokens[k - 1].text.isalpha() or not tokens[k - 1].text.islower():
            continue
        begin = k - 1
        while begin > 0 and k - begin < 6 and tokens[begin - 1].text[0].isalpha():
            if tokens[begin - 1].lower in _DETERMINERS:
                break
            begin -= 1
        head = " ".join(t.lower for t in tokens[begin:k])
        found.append(Speaker(acronym.text, _role_of(head), tokens[begin].start, acronym.end, head))
    return found


def _named_in_apposition(
    tokens: list[Token], k: int, j: int, role: str, text: str
) -> Speaker | None:
    """'Civic Shield, an independent human rights centre': the name before the comma."""
    if j >= len(tokens) or tokens[j].lower != ",":
        return None  # an apposition is closed by a comma
    a = k
    while (
        a > 0
        and tokens[a - 1].lower not in _DETERMINERS
        and tokens[a - 1].lower != ","
        and k - a < 4
    ):
        a -= 1
    if a == 0 or tokens[a - 1].lower not in {"a", "an", "the"} or a < 3:
        return None
    if tokens[a - 2].lower != ",":
        return None
    end = a - 2
    begin = end
    while begin > 0 and (
        tokens[begin - 1].text[0].isupper()
        or (tokens[begin - 1].lower in {"of", "for"} and begin - 1 > 0)
    ):
        begin -= 1
    if begin == end or not tokens[begin].text[0].isupper():
        return None
    name = text[tokens[begin].start : tokens[end - 1].end]
    head = " ".join(t.lower for t in tokens[k:j])
    return Speaker(name, role, tokens[begin].start, tokens[end - 1].end, head)


def _head_word(head: str) -> str:
    return head.split()[-1]


_SPLIT_STARTS = frozenset(split[0] for split in _CLAUSE_SPLITS)
#: The last word of each split: a sentence whose text holds none has one clause.
_SPLIT_ENDS = frozenset(split[-1] for split in _CLAUSE_SPLITS)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence at ', while', ', whereas', ';' and ', but' (each clause may have its
    own speaker: "The ministry put the damage at X, while a charity estimates it at Y").

    >>> t = "A said 1 died, while B said 2 died."
    >>> [t[a:b] for a, b in clauses(t, 0, len(t))]
    ['A said 1 died', ', while B said 2 died.']
    """
    if not words_may_occur(_SPLIT_ENDS, text[start:end]):
        return [(start, end)] if end > start else []  # most sentences: no split can match
    tokens = tokenize(text[start:end], start)
    cuts = [start]
    for n, token in enumerate(tokens):
        if n == 0 or token.lower not in _SPLIT_STARTS:
            continue
        for split in _CLAUSE_SPLITS:
            if tuple(t.lower for t in tokens[n : n + len(split)]) == split:
                cuts.append(token.start)
    cuts.append(end)
    return [(a, b) for a, b in pairwise(cuts) if b > a]


class _Mentions:
    """The fuller mentions of sources in a document, indexed for back-references: per head
    word, per role, and all with a known role, each list in document order (by start, then
    as added). A look-up bisects instead of scanning every mention, so a long document
    costs linear time, not quadratic."""

    def __init__(self, mentions: list[Speaker]) -> None:
        self.by_head: dict[str, list[Speaker]] = {}
        self.by_role: dict[str, list[Speaker]] = {}
        self.known: list[Speaker] = []
        for mention in sorted(mentions, key=_start):
            self._append(mention)

    def _lists_of(self, mention: Speaker) -> list[list[Speaker]]:
        """The lists a mention belongs in: by its head word, and, with a known role, by
        role and among the known; none for a mention that merely repeats its head
        ("Authority", which is not fuller)."""
        head = _head_word(mention.head)
        if mention.name.lower() == head:
            return []
        lists = [self.by_head.setdefault(head, [])]
        if mention.role != "unknown":
            lists += [self.by_role.setdefault(mention.role, []), self.known]
        return lists

    def _append(self, mention: Speaker) -> None:
        """:meth:`add` for a mention that starts after every one held (as in document
        order): appended where :meth:`add` would insert it, without bisecting."""
        for held in self._lists_of(mention):
            held.append(mention)

    def add(self, mention: Speaker) -> None:
        """Add a mention, in order of where it starts."""
        for held in self._lists_of(mention):
            insort(held, mention, key=_start)

    @staticmethod
    def last_ending_by(mentions: list[Speaker], offset: int) -> Speaker | None:
        """The last of ``mentions`` (in order) that ends at or before ``offset``."""
        n = bisect_right(mentions, offset, key=_start)
        while n > 0:
            n -= 1
            if mentions[n].end <= offset:
                return mentions[n]
        return None


def _start(mention: Speaker) -> int:
    return mention.start


def _resolve(speaker: Speaker, mentions: _Mentions, sentence_start: int = 0) -> str | None:
    """The fuller earlier mention a short back-reference ('the ministry') stands for.

    Same head noun first, then same role; a generic head ('the agency', 'the
    organisation') takes an organisation named earlier in the same sentence, else the
    last organisation named before the sentence.
    """
    if _is_description(speaker):
        described = _described(speaker, mentions)
        if described is not None:
            return described  # "the medical charity" after "Doctors Without Borders"
    if not _is_short_reference(speaker):
        return None
    if _head_word(speaker.head) in _GENERIC_HEADS:
        here = mentions.last_ending_by(mentions.known, speaker.start)
        if here is not None and here.start >= sentence_start:
            return here.name  # "A team from Velmar Aid counted 50, the group said"
    # fuller mentions only: "Authority" alone does not resolve "the Authority"
    pick = mentions.last_ending_by(
        mentions.by_head.get(_head_word(speaker.head), []), speaker.start
    )
    if pick is None and speaker.role != "unknown":
        pick = mentions.last_ending_by(mentions.by_role.get(speaker.role, []), speaker.start)
    if pick is None and _head_word(speaker.head) in _GENERIC_HEADS:
        # "the company" after "Velmar Mining Corporation"
        pick = mentions.last_ending_by(mentions.known, min(sentence_start, speaker.start))
    return pick.name if pick else None


#: Two to eight capitalised words (each may be followed by 'of', 'for', 'and' or 'on'), then
#: the acronym in brackets. Written to open with the capital letter itself, outside any
#: repeat, so that the search skips at once the positions where none stands.
_ACRONYM = re.compile(
    r"([A-Z](?:[\w&'’-]*\s+(?:(?:of|for|and|on)\s+)?[A-Z]){1,7}[\w&'’-]*)"
    r"\s*\(([A-Z][A-Za-z]{1,9})\)"
)


def acronyms(text: str) -> dict[str, str]:
    """Acronyms a text defines: 'the World Migration Agency (WMA)' → {'WMA': ...}.

    >>> acronyms("The National Disaster Management Authority (NDMA) said.")
    {'NDMA': 'National Disaster Management Authority'}
    """
    found: dict[str, str] = {}
    if "(" not in text:
        return found  # an acronym is defined in brackets
    for match in _ACRONYM.finditer(text):
        words = match.group(1).split()
        while words and words[0] in {"The", "A", "An"}:
            words = words[1:]
        found.setdefault(match.group(2), " ".join(words))
    return found


def source_before(text: str, start: int, offset: int) -> Speaker | None:
    """The last source named in ``text[start:offset]`` ('government forces launched an
    operation against what it called …' → government forces)."""
    tokens = tokenize(text[start:offset], start)
    roles = lexicon().roles
    last = None
    k = 0
    while k < len(tokens):
        hit = roles.match(tokens, k)
        if hit is None:
            k += 1
            continue
        i = k
        while i > 0 and _allowed_in_np(tokens[i - 1]) and tokens[i - 1].lower not in _DETERMINERS:
            i -= 1
        last = _speaker_from(tokens, i, k + hit[1], text) or last
        k += hit[1]
    return last


_OPENING_QUOTES = ('"', "“")


def _quote_state(text: str, state: tuple[int, bool]) -> tuple[int, bool]:
    """How many curly quotations and whether a straight one are open after ``text``,
    from the ``state`` before it."""
    curly = max(0, state[0] + text.count("“") - text.count("”"))
    return curly, state[1] ^ bool(text.count('"') % 2)


def _continued(
    text: str, sentences: list[Sentence], speakers: list[SentenceSpeaker]
) -> list[SentenceSpeaker]:
    """Speakers carried over to the sentences that continue another's words:

    * a quotation running over several sentences takes the speaker named in any of them
      ('"It was a massacre. Twenty died," Ruto said.': both sentences are Ruto's), and a
      quotation that names none, the speaker of the quotation beside it;
    * a heading ending in a colon, the verbless list after it, and a sentence that is a list
      of figures by place take the speaker of the sentence before ("The commission said …
      Deaths by region: • Arda – 17 …").
    """
    result = list(speakers)
    if any(mark in text for mark in _OPENING_QUOTES):  # most reports quote no one
        _carry_quotations(sentences, result)
    for n in range(1, len(sentences)):
        if _may_carry_over(result[n - 1], result[n]) and _carries_over(
            text, sentences[n - 1], sentences[n]
        ):
            result[n] = result[n - 1]
    return result


def _carry_quotations(sentences: list[Sentence], result: list[SentenceSpeaker]) -> None:
    """The speakers of :func:`_continued` carried over to the sentences of a quotation
    (``result``: the speakers, changed in place). Asked only of a text with an opening
    quotation mark: in one without, no quotation opens and no sentence opens with one."""
    run: list[int] = []
    unnamed: dict[int, list[int]] = {}  # quotations over several sentences, by the first
    state = (0, False)
    for n, sent in enumerate(sentences):
        if run:
            run.append(n)
        state = _quote_state(sent.text, state)
        open_ = state[0] > 0 or state[1]
        if open_ and not run:
            run = [n]
        if not open_ and run:
            named = [result[m] for m in run if result[m].kind != "unattributed"]
            if named:
                for m in run:
                    if result[m].kind == "unattributed":
                        result[m] = named[-1]
            else:
                unnamed[run[0]] = run
            run = []
    for n, sent in enumerate(sentences):
        if result[n].kind == "unattributed" and sent.text.lstrip()[:1] in _OPENING_QUOTES:
            found = _quoted_neighbour(sentences, result, n)
            for m in unnamed.get(n, [n]) if found is not None else []:
                result[m] = found  # every sentence of a quotation alone


def _may_carry_over(before: SentenceSpeaker, speaker: SentenceSpeaker) -> bool:
    """Whether taking the speaker ``before`` would change the unattributed ``speaker``:
    not when that one is unattributed too (every unattributed reading is the same value,
    ``SentenceSpeaker("unattributed", None)``), so :func:`_carries_over` is not asked."""
    return speaker.kind == "unattributed" and before.kind != "unattributed"


def _carries_over(text: str, before: Sentence, sentence: Sentence) -> bool:
    """Whether an unattributed sentence takes the speaker of the one before: it breaks
    down or adds to its figures ('… 31 were hurt, the union said. Of the 31, 13 …'), or
    the two are a heading and what it introduces, or it lists figures by place ('Deaths
    by county:', 'The dead: Arda (21), …'). Asked only of a sentence with no speaker.
    The figure tests read the sentence's words only when its first word may open one."""
    if before.text.rstrip().endswith(":") or sentence.text.rstrip().endswith(":"):
        return True
    first = first_token(text, sentence.span.start, sentence.span.end)
    return (
        (_may_open_a_breakdown(first) and _continues_figures(sentence.text, sentence.span.start))
        or (
            _may_open_an_addition(first)
            and _adds_to_figures(sentence.text, before.text, sentence.span.start, before.span.start)
        )
        or bool(find_place_list(text, sentence.span.start, sentence.span.end))
    )


#: The first words of :data:`_CONTINUATIONS` and of the openings of :func:`_opens_with_more`.
_BREAKDOWN_OPENINGS = frozenset(c[0] for c in _CONTINUATIONS)
_ADDITION_OPENINGS = frozenset(opening[0] for opening in _ADDED_BEFORE_NUMBER)


def _may_open_a_breakdown(first: Token | None) -> bool:
    """Whether a sentence whose first token is ``first`` may be read by
    :func:`_continues_figures` ('Of the 31 …', 'Among them …'): a speed gate, exact (every
    continuation starts with one of these words)."""
    return first is not None and first.lower in _BREAKDOWN_OPENINGS


def _may_open_an_addition(first: Token | None) -> bool:
    """Whether a sentence whose first token is ``first`` may be read by
    :func:`_opens_with_more` ('Eleven more …', 'Another 6 …'): a number, or the first word
    of an opening before a number; a speed gate, exact."""
    return first is not None and (is_number_token(first) or first.lower in _ADDITION_OPENINGS)


def _quoted_neighbour(
    sentences: list[Sentence], speakers: list[SentenceSpeaker], n: int
) -> SentenceSpeaker | None:
    """The speaker of a quotation that stands alone in its sentence: the speaker of the
    quotation just before it ('"…," Jo Bako said. "…"'), else of the quotation just after
    it ('"…" "…," Jo Bako said.')."""
    if n > 0 and speakers[n - 1].kind == "explicit":
        if any(mark in sentences[n - 1].text for mark in _OPENING_QUOTES):
            return speakers[n - 1]
    if n + 1 < len(sentences) and speakers[n + 1].kind == "explicit":
        if sentences[n + 1].text.lstrip()[:1] in _OPENING_QUOTES:
            return speakers[n + 1]
    return None


def _continues_figures(sentence: str, at: int = 0) -> bool:
    """'Of the 31 hurt, …', 'Among them …': a breakdown of the sentence before (``at``:
    where the sentence stands in its document, so that its tokens are the document's)."""
    words = tuple(t.lower for t in tokenize(sentence, at)[:3])
    return any(words[: len(c)] == c for c in _CONTINUATIONS)


def _adds_to_figures(sentence: str, before: str, at: int = 0, before_at: int = 0) -> bool:
    """'Eleven more were treated', 'Another 6 died' after a sentence that gives figures:
    more of the same count (``at``, ``before_at``: where the sentences stand in their
    document, so that their tokens are the document's).

    >>> _adds_to_figures("Eleven more were treated.", "Of the 31 hurt, 13 were shot.")
    True
    >>> _adds_to_figures("Two more days passed.", "The talks went on.")
    False
    """
    words = tokenize(sentence, at)[:4]
    return _opens_with_more(words) and any(
        is_number_token(t) for t in tokenize(before, before_at)
    )  # the opening first: most sentences have none, and the sentence before is longer


def _opens_with_more(words: list[Token]) -> bool:
    """Whether a sentence's first words add to a count: a number and a word of more
    ('Eleven more', '6 others'), or an opening before a number ('Another 6')."""
    if len(words) > 1 and is_number_token(words[0]) and words[1].lower in _ADDED_AFTER_NUMBER:
        return True
    lower = tuple(t.lower for t in words)
    return any(
        lower[: len(opening)] == opening
        and len(words) > len(opening)
        and is_number_token(words[len(opening)])
        for opening in _ADDED_BEFORE_NUMBER
    )


_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}"
#: One to six capitalised words, opening with the capital letter outside the repeat (a
#: search skips at once the positions where none stands).
_ORG = r"[A-Z](?:[\w'’&.-]*\s+[A-Z]){0,5}[\w'’&.-]*"


@cache
def _title() -> str:
    """A person's title, case-blind, behind a look-ahead for the titles' first letters (the
    search skips, at one test each, the positions where none can start)."""
    titles = load_data("sources.toml")["people"]["titles"]
    first = "".join(sorted({t[0] for t in titles}))
    ordered = sorted(titles, key=len, reverse=True)
    return f"(?=(?i:[{re.escape(first)}]))(?i:" + "|".join(re.escape(t) for t in ordered) + ")"


@cache
def _title_before_a_name() -> re.Pattern[str]:
    """A title, then two capitalised words ('spokesman Ali Karimov'): what the first of
    :func:`_people_patterns` holds wherever it matches. A text without one is not searched
    with it, which would try an organisation's name at every capital letter."""
    return re.compile(rf"\s{_title()}\s+[A-Z][\w'’-]+\s+[A-Z]")


def _alternation(words: list[str]) -> str:
    """``words`` as one regular expression that shares their common beginnings ('chair',
    'chairman' as ``chair(?:man)?``), so that a search tests each letter once instead of
    each word in turn.

    >>> _alternation(["chair", "chairman", "chief"])
    'ch(?:air(?:man)?|ief)'
    """
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _alternation(rest) for first, rest in by_first.items()]
    if not branches:
        return ""
    if len(branches) > 1:
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in words else "")
    return f"(?:{branches[0]})?" if "" in words else branches[0]


class _Gate(NamedTuple):
    """What one of :func:`_people_patterns` holds wherever it matches: ``pattern``, which
    opens on one of ``openings`` (it is built from them: see :func:`_people_gates`)."""

    openings: tuple[str, ...]
    pattern: re.Pattern[str]

    def holds_in(self, text: str) -> bool:
        """Whether ``pattern`` matches in ``text``, tried only where one of ``openings``
        stands, found by ``str.find``: a search would try it at every character, at ten
        times the cost on a report's few possessives and commas.

        >>> gate = _Gate((",",), re.compile(", the"))
        >>> gate.holds_in("he said, the"), gate.holds_in("he said the,them")
        (True, False)
        """
        for opening in self.openings:
            at = text.find(opening)
            while at >= 0:
                if self.pattern.match(text, at):
                    return True
                at = text.find(opening, at + 1)
        return False


@cache
def _people_gates() -> tuple[_Gate, ...]:
    """For each of :func:`_people_patterns` but the first, what it holds wherever it
    matches, written for the lower-cased text with a title in lower case (a text where a
    title is written in any case reads it so): a possessive ending, then a title; a comma,
    then a title followed by 'of', 'for' or 'at'. The first is gated by
    :func:`_title_before_a_name_in`.
    """
    titles = _alternation([t.lower() for t in load_data("sources.toml")["people"]["titles"]])
    gates = (
        (("'s", "’s"), rf"\s+(?:[a-z]+\s+)?{titles}\b"),
        ((",",), rf"\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?{titles}\s+(?:of|for|at)\s"),
    )
    return tuple(
        _Gate(openings, re.compile(f"(?:{'|'.join(map(re.escape, openings))}){rest}"))
        for openings, rest in gates
    )


#: Letters that a case-blind pattern reads as an ASCII letter but that do not lower-case to
#: one letter of ASCII ('İ' is two characters in lower case): a text holding one is searched
#: with every pattern, ungated.
_ODD_CASES = ("İ", "ı", "ſ")


def _people_patterns_for(text: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of :func:`_people_patterns` that may match ``text``: those whose gate
    (:func:`_people_gates`) holds in ``text.lower()``, where a search costs a fraction of
    the pattern's own, which tries a name at every capital letter."""
    patterns = _people_patterns()
    if any(odd in text for odd in _ODD_CASES):
        return patterns
    lowered = text.lower()
    gates = _people_gates()
    rest = [p for p, gate in zip(patterns[1:], gates, strict=True) if gate.holds_in(lowered)]
    return (patterns[0], *rest) if _title_before_a_name_in(text, lowered) else tuple(rest)


@cache
def _title_openings() -> tuple[str, ...]:
    """The first words of the titles in lower case, less those that begin with another
    ('chair' finds 'chairman' too): a title, written in any case, starts where one of
    these starts in the lower-cased text."""
    firsts = {t.lower().split()[0] for t in load_data("sources.toml")["people"]["titles"]}
    return tuple(sorted(w for w in firsts if not any(w != o and w.startswith(o) for o in firsts)))


def _title_before_a_name_in(text: str, lowered: str) -> bool:
    """Whether :func:`_title_before_a_name` matches in ``text`` (``lowered`` its lower-cased
    copy, with the same offsets: a text with none of :data:`_ODD_CASES`). It is tried only
    just before where a title may start (:func:`_title_openings`, found by ``str.find``),
    rather than searched at every blank, where it would try each title in turn.

    >>> text = "The Dock Authority spokesman Mira Soto Vane spoke."
    >>> _title_before_a_name_in(text, text.lower())
    True
    >>> text = "A spokesman said the chief had left."
    >>> _title_before_a_name_in(text, text.lower())
    False
    """
    match = _title_before_a_name().match
    for word in _title_openings():
        at = lowered.find(word, 1)
        while at > 0:
            if match(text, at - 1):
                return True
            at = lowered.find(word, at + 1)
    return False


@cache
def _people_patterns() -> tuple[re.Pattern[str], ...]:
    title = _title()
    return (
        # "ARC chairperson Mira Tal", "Interior Ministry spokesman Ali Karimov"
        re.compile(rf"(?P<org>{_ORG})(?:'s|’s)?\s+{title}\s+(?P<name>{_NAME})"),
        # "Janan Sayeq, the National Disaster Management Authority's spokesman,"
        re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+|a\s+|an\s+)?(?P<org>{_ORG})(?:'s|’s)\s+"
                   rf"(?:[a-z]+\s+)?{title}\b"),
        # "Ali Daro, a spokesperson for the Red Crescent", "Amina Sarov, director of the …"
        re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?{title}\s+"
                   rf"(?:of|for|at)\s+(?:the\s+)?(?P<org>{_ORG})"),
    )  # fmt: skip


def _role_of(name: str) -> str:
    """The role of an institution from its name's head ('Eastern Hills Movement':
    armed_group), 'unknown' when no head of sources.toml ends it."""
    tokens = tokenize(name)
    hit = lexicon().roles.match_ending(tokens, len(tokens))
    return hit[0] if hit is not None else "unknown"


def _institution(name: str, people: dict[str, str]) -> str | None:
    """The institution a person speaks for, by full name, by surname, or by a title and
    name ('Ms Tal')."""
    words = name.split()
    return people.get(name) or (people.get(words[-1]) if words else None)


def institutions_of_people(text: str) -> dict[str, str]:
    """People a document names as speaking for an institution, by full name and by
    surname: {'Mira Tal': 'ARC', 'Tal': 'ARC'}. The institution must end in a
    source head of ``sources.toml`` or be an acronym.

    >>> institutions_of_people("ARC chairperson Mira Tal rejected it.")
    {'Mira Tal': 'ARC', 'Tal': 'ARC'}
    >>> people = institutions_of_people("Ali Daro, a spokesperson for the Red Crescent, said.")
    >>> people["Daro"]
    'Red Crescent'
    """
    found: dict[str, str] = {}
    roles = lexicon().roles
    for pattern in _people_patterns_for(text):
        for match in pattern.finditer(text):
            org = " ".join(w for w in match.group("org").split() if w not in {"The", "A", "An"})
            words = org.split()
            if not words:
                continue
            acronym = words[-1].isupper() and len(words[-1]) >= 2
            tokens = tokenize(org)
            if not acronym and roles.match_ending(tokens, len(tokens)) is None:
                continue
            name = match.group("name")
            found.setdefault(name, org)
            found.setdefault(name.split()[-1], org)
    return found


def _is_person(speaker: Speaker) -> bool:
    """'Jo Bako', 'Bako': a name, not an institution or a role (nor a name written with
    an article: 'the Coastal Survey')."""
    return (
        speaker.role == "unknown"
        and not speaker.definite
        and may_name_a_person(speaker.name)  # not 'I', 'VBC', 'Velmar Party'
    )


def _may_be_a_person(speaker: Speaker) -> bool:
    """'the official', 'Bako': a speaker a later 'he' may stand for; not 'the ministry',
    'the Coastal Survey'."""
    if never_a_person(speaker.name):
        return False
    if speaker.role == "unknown":
        return not speaker.definite
    return speaker.role in _PERSON_ROLES


def _same_person(person: str, last: tuple[Source, Speaker] | None) -> bool:
    """Whether the last speaker is that person ('Major General Jo Bako' is 'Jo Bako')."""
    return last is not None and person.split()[-1] in f"{last[0].name} {last[1].name}".split()


def _is_institution(mention: Speaker) -> bool:
    """A mention that names an organisation: an acronym, or a known role that is neither a
    person's name, nor a person's role or title."""
    if mention.name.isalpha() and mention.name.isupper():
        return True
    if mention.role in {"unknown", "anonymous"} or _may_be_a_person(mention):
        return False  # "the official"
    tokens = tokenize(mention.name)
    return not is_name(mention.name) and title_table().match(tokens, 0) is None  # not "Mayor"


def _subject_of(text: str, sentence: Sentence, subjects: list[Speaker]) -> Speaker | None:
    """The organisation that opens a sentence as its subject ('The relief office (VACO),
    however, offered another count'), if any."""
    n = bisect_right(subjects, sentence.span.start - 1, key=_start)
    if n < len(subjects) and subjects[n].start < sentence.span.end:
        before = text[sentence.span.start : subjects[n].start].strip().lower()
        if before in {"", "the", "a", "an"}:
            return subjects[n]
    return None


def attribute_sentences(
    doc: Document, sentences: list[Sentence], publisher: Source
) -> tuple[dict[str, list[tuple[int, int, Attribution]]], list[Source]]:
    """Attribute every clause of every sentence of one document.

    Returns, per sentence id, its clauses as ``(start, end, attribution)``, and the sources
    named. A clause with no speaker of its own takes its sentence's speaker. Sentences that
    are verbatim repeats are attributed too, but carry no claims of their own.
    """
    reader = _DocumentReader(doc, publisher)
    read = [_speaker_and_clauses(doc.text, s.span.start, s.span.end) for s in sentences]
    speakers = _continued(doc.text, sentences, [found for found, _ in read])
    result = {
        sent.id: reader.attribute_clauses(sent, whole, parts)
        for sent, whole, (_, parts) in zip(sentences, speakers, read, strict=True)
    }
    return result, sorted(reader.sources.values(), key=lambda s: s.id)


class _DocumentReader:
    """Attributions of one document's sentences, in order: what the document has named so
    far (mentions, acronyms, people and their institutions), the sources found, and the
    last speaker and the last institution for the pronouns that follow."""

    def __init__(self, doc: Document, publisher: Source) -> None:
        named = _mentions(doc)
        self.doc = doc
        self.publisher = publisher
        self.mentions = _Mentions(named)
        self._named = named
        self._subjects: list[Speaker] | None = None
        self.defined = acronyms(doc.text)
        self._people: dict[str, str] | None = None
        self._book: PeopleBook | None = None
        self.sources: dict[str, Source] = {publisher.id: publisher}
        self.own_voice = Attribution(kind="unattributed", source_id=publisher.id)
        self.sentence_start = 0
        self.last: tuple[Source, Speaker] | None = None
        # the last institution that spoke, and how many sentences were done before it did
        self._spoke: tuple[Source, Speaker] | None = None
        self._spoke_after = 0
        self._done: list[Sentence] = []  # the sentences attributed, in order
        self._checked = 0  # how many of them were looked at for a subject
        self._subject: tuple[int, tuple[Source, Speaker]] | None = None  # the last found

    @property
    def subjects(self) -> list[Speaker]:
        """The mentions that name an institution (:func:`_is_institution`), in document
        order, found the first time a pronoun needs them."""
        if self._subjects is None:
            self._subjects = sorted((m for m in self._named if _is_institution(m)), key=_start)
        return self._subjects

    @property
    def last_institution(self) -> tuple[Source, Speaker] | None:
        """The institution a later 'it' or 'they' stands for: the organisation that opens
        the last sentence done that opens with one ('The agency (VACO) offered another
        count. Its report …'), unless an institution spoke after that sentence was done.
        The sentences are looked at only when a pronoun asks (few documents have one)."""
        for n in range(self._checked, len(self._done)):
            subject = _subject_of(self.doc.text, self._done[n], self.subjects)
            if subject is not None:
                name = self.defined.get(subject.name, subject.name)
                source = Source(id=source_id(name), name=name, role=subject.role)
                self._subject = (n, (source, subject))
        self._checked = len(self._done)
        if self._subject is not None and self._subject[0] >= self._spoke_after:
            return self._subject[1]
        return self._spoke

    @property
    def people(self) -> dict[str, str]:
        """The people the document names as speaking for an institution
        (:func:`institutions_of_people`), read the first time a name needs it."""
        if self._people is None:
            self._people = institutions_of_people(self.doc.text)
        return self._people

    @property
    def book(self) -> PeopleBook:
        """The document's people book, built the first time a pronoun needs it: most
        documents resolve none (10 of 300 in the scale corpus)."""
        if self._book is None:
            self._book = people_book(self.doc.text)
        return self._book

    def attribute_clauses(
        self, sent: Sentence, whole: SentenceSpeaker, parts: list[tuple[int, int]]
    ) -> list[tuple[int, int, Attribution]]:
        """The clauses of ``sent`` (``parts``, :func:`clauses`) with their attributions: a
        clause's own speaker, else the sentence's (``whole``)."""
        self.sentence_start = sent.span.start
        if len(parts) == 1:  # most sentences: one clause, the sentence's speaker
            [(a, b)] = parts
            result = [(a, b, self.attribution_of(whole))]
            self._done.append(sent)
            return result
        text = self.doc.text
        found = [find_speaker(text, a, b) for a, b in parts]
        base = self.attribution_of(whole)
        result = [
            (a, b, base if f is whole or f.kind == "unattributed" else self.attribution_of(f))
            for (a, b), f in zip(parts, found, strict=True)
        ]
        self._done.append(sent)
        return result

    def attribution_of(self, found: SentenceSpeaker) -> Attribution:
        """The attribution of a speaker found in a sentence; a named speaker becomes the
        last one, for the pronouns after it."""
        if found.kind == "unattributed":
            return self.own_voice  # one frozen model for every such clause
        resolved_pronoun = self._antecedent(found) if found.pronoun else None
        if resolved_pronoun is not None:
            source, words = resolved_pronoun
            return Attribution(
                kind="explicit", source_id=source.id, surface=words, resolved_from=source.name
            )
        speaker = found.speaker
        if speaker is None or found.pronoun:
            self.sources.setdefault(_UNNAMED.id, _UNNAMED)
            return _UNNAMED_VOICE  # one frozen model for every such clause
        resolved = self._resolved(speaker)
        name = resolved or speaker.name
        role = speaker.role if speaker.role != "unknown" or resolved is None else _role_of(name)
        source = self._source(name, role)
        if resolved is None:
            self.mentions.add(speaker)
        self.last = (source, speaker)
        if role not in {"unknown", "anonymous"} and not is_name(speaker.name):
            # "the Port Authority", not "Mayor Ilse Brandt"
            self._spoke, self._spoke_after = self.last, len(self._done)
        return _validate_attribution(
            {
                "kind": found.kind,
                "source_id": source.id,
                "surface": self.doc.text[speaker.start : speaker.end],
                "span": {"doc_id": self.doc.id, "start": speaker.start, "end": speaker.end},
                "resolved_from": resolved,
                "via": found.via,
            }
        )

    def _resolved(self, speaker: Speaker) -> str | None:
        """The fuller name a speaker stands for: an earlier mention ('the ministry'), the
        name of an acronym ('WMA'), or a person's institution ('Tal said': her commission)."""
        resolved = _resolve(speaker, self.mentions, self.sentence_start)
        if resolved is None and speaker.name in self.defined:
            resolved = self.defined[speaker.name]  # "WMA" after "World Migration Agency (WMA)"
        if resolved is None and speaker.role == "unknown":
            resolved = _institution(speaker.name, self.people)
            if resolved is not None and resolved in self.defined:
                resolved = self.defined[resolved]
        return resolved

    def _source(self, name: str, role: str) -> Source:
        """The source of that name, the first one made for it (a later one is not built)."""
        key = source_id(name)
        source = self.sources.get(key)
        if source is None:
            source = self.sources[key] = Source(id=key, name=name, role=role)
        return source

    def _antecedent(self, found: SentenceSpeaker) -> tuple[Source, str] | None:
        """What a pronoun stands for: 'he' or 'she' the last person named since the last
        speaker (or that speaker), 'it' or 'they' the last institution that spoke."""
        word, last = found.pronoun_word, self.last
        last_fits = last is not None and self._may_stand_for(word, last[1])
        if word in _PERSONAL and (last is None or not _is_person(last[1]) or not last_fits):
            person = self._person_for(found, last if last_fits else None)
            if person is not None and not _same_person(person, last):
                name = _institution(person, self.people) or person
                role = "unknown" if name == person else _role_of(name)
                return self._source(name, role), person
        elif word in _PERSONAL and last is not None:
            since = self.book.opener_after(last[1].start, found.pronoun_at, word)
            since = since or self.book.subject_before(last[1].start, word)
            if since is not None and not _same_person(since, last):
                name = _institution(since, self.people) or since
                role = "unknown" if name == since else _role_of(name)
                return self._source(name, role), since
        elif word not in _PERSONAL and (institution := self.last_institution) is not None:
            return self.sources.setdefault(institution[0].id, institution[0]), institution[1].name
        if last is None or not last_fits or self._no_one_for(word, last[1]):
            return None
        return last[0], last[1].name

    def _may_stand_for(self, word: str, speaker: Speaker) -> bool:
        """:func:`.gender.may_stand_for` the pronoun ``word`` and the gender the people book
        gives the speaker; the book is built only for a pronoun of a gender ('he', 'she'):
        any other may stand for anyone, whatever the book says (it costs more than all the
        rest of a document's attribution, and 'it' or 'they' after an institution that
        spoke need none)."""
        if pronoun_gender(word) is None:
            return True
        return may_stand_for(word, self.book.gender(speaker.name))

    def _no_one_for(self, word: str, speaker: Speaker) -> bool:
        """Whether a pronoun that is no 'he' or 'she' cannot stand for a speaker: a 'they'
        for any person's name ('Lobo'), an 'it' for one the people book knows to be a man
        or a woman ('Mrs. Lobo'); a 'we' may stand for the person who speaks for a group."""
        if word in _PLURAL:
            return _is_person(speaker)
        return word in _NEUTER and self.book.gender(speaker.name) is not None

    def _person_for(
        self, found: SentenceSpeaker, fitting: tuple[Source, Speaker] | None
    ) -> str | None:
        """The person a 'he' or 'she' stands for: named since the last speaker when that
        one may be meant (``fitting``), else anywhere before when the last speaker is no
        person ('the ministry')."""
        word = found.pronoun_word
        since = fitting[1].start if fitting is not None else 0
        person = self.book.last_between(since, found.pronoun_at, word)
        if person is None and self.last is not None and not _may_be_a_person(self.last[1]):
            person = self.book.last_between(0, found.pronoun_at, word)  # not "the ministry"
        return person


_UNNAMED = Source(id="src:unnamed", name="unnamed", role="anonymous")
#: The attribution of a passive or anonymous voice ('it was reported'): one for all.
_UNNAMED_VOICE = Attribution(kind="passive", source_id=_UNNAMED.id)
#: An Attribution validated from a dict whose span is a dict too: one call of pydantic's
#: validator builds both (``Attribution(span=Span(...))`` is two, each through the model's
#: Python ``__init__``; ``model_validate`` adds its keyword checks). Made per speaker.
_validate_attribution = Attribution.__pydantic_validator__.validate_python
