"""The people a document names, and the person a 'he' or 'she' stands for.

The people book of a document (:func:`people_book`): the names of people it writes
(:func:`people_named`: 'Ana Lobo', 'Mr. Paz', not 'the Velmar Party' nor a name inside
someone's words), the surnames and possessors that open a clause as its subject ('In May,
Paz said', 'Lobo's long speech'), their genders (:mod:`.gender`) and where each stands,
so that :func:`person_for_pronoun` can give the person a pronoun at an offset stands for.
The sentence readers (:mod:`.attribution`, :mod:`.spans`) ask it; it asks no reader.
Words come from ``names.toml`` and ``sources.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache, lru_cache

from reconcile.extract.gender import genders, may_stand_for, never_a_person
from reconcile.extract.lexicon import (
    POSSESSIVE_ENDINGS,
    PhraseTable,
    Token,
    calendar_words,
    lexicon,
    load_data,
    person_titles,
    tokenize,
)
from reconcile.segment import sentence_spans

_DATA = load_data("sources.toml")
_LEAD_INS = frozenset(_DATA["passages"]["lead_ins"])
_NOT_NAMES = frozenset(_DATA["passages"]["not_names"]) | {
    word.capitalize() for word in [*calendar_words(), *_LEAD_INS]
}
_NOT_BEFORE_PEOPLE = frozenset(_DATA["attribution"]["not_before_people"])
_PERSONAL = frozenset(_DATA["attribution"]["personal_pronouns"])
_BOOKS = 64  # how many documents' people books are kept


_WORD = re.compile(r"\b[A-Za-z][\w'’-]*")
_AFTER_ARTICLE = re.compile(rf"\b(?i:{'|'.join(map(re.escape, _NOT_BEFORE_PEOPLE))})\s+(?=[A-Z])")


@lru_cache(maxsize=_BOOKS)
def after_articles(text: str) -> frozenset[int]:
    """Where a text writes a capitalised word right after an article or a preposition of
    place ('the White House', 'in Green Valley'): names of places and institutions, not of
    people. Kept for the last documents: the people book and the passages each ask.

    >>> sorted(after_articles("Jo Bako spoke in Green Valley at the Town Hall."))
    [17, 37]
    """
    return frozenset(match.end() for match in _AFTER_ARTICLE.finditer(text))


# one to four capitalised words on one line ('I.' ending one paragraph and 'On' opening
# the next are no name), none after a possessive ('The Velmar Herald's Ana Lobo': two
# names, the paper's and its reporter's)
def more_name_words(word: str) -> str:
    """The pattern of up to three more capitalised words of a name, each ``word`` after
    its first letter, with an initial between them at most: on one line, and none after a
    possessive (shared with :data:`.spans._NAME`)."""
    return rf"(?:(?<!['’]s)(?<!s['’])[^\S\n]+(?:[A-Z]\.[^\S\n]+)?[A-Z]{word}+){{0,3}}"


_PERSON_NAME = re.compile(r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’-]*)" + more_name_words(r"[\w'’-]"))


def people_named(text: str, quoted: bytearray | None = None) -> list[tuple[int, str]]:
    """Where a text names a person, as (offset, name): two to four capitalised words,
    outside quotation marks, that hold no source head and follow no article or place
    preposition unless an honorific opens them ('of Mr. Paz'); later, the surname alone
    ('Lobo said'); a given name alone in apposition to a noun of gender ('his wife, Ana,').

    >>> people_named("The Red Cross said so. Then Dr Ana Lobo spoke in New Delhi. Lobo left.")
    [(31, 'Ana Lobo'), (60, 'Lobo')]
    """
    found = []
    surnames: set[str] = set()
    quoted = quoted_chars(text) if quoted is None else quoted
    after = after_articles(text)
    for match in _PERSON_NAME.finditer(text):
        start = match.start()
        if quoted[start] or between_apostrophes(text, start, match.end()):
            continue  # a name in someone's words is not the narrative's person
        words = match.group().split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        start = _skip_words(text, start, len(match.group().split()) - len(words))
        while words and words[-1] in _NOT_NAMES:
            words = words[:-1]  # 'Paz. In May': the next sentence's opener
        if not words or _describes_the_next(text, match.end(), words):
            continue
        words[-1] = without_possessive(words[-1])  # "Ana Lobo's office": Ana Lobo
        if start in after and words[0].rstrip(".") not in person_titles():
            continue
        if len(words) == 1 and words[0] not in surnames:
            continue
        name = " ".join(words)
        if may_name_a_person(name):  # not 'VELMAR TIMES REPORTS'
            found.append((start, name))
            surnames.add(words[-1])
    given = [(o, n) for o, n in _given_in_apposition(text) if not quoted[o]]
    return sorted({*found, *given})


_KIN = load_data("names.toml")["nouns"]
_KIN_NOUNS = [w for g in ("female", "male") for w in _KIN[g] if " " not in w]
_KIN_BEFORE = re.compile(rf"\b(?:{'|'.join(_KIN_NOUNS)})\Z")  # searched up to a comma
_LONGEST_KIN = max(map(len, _KIN_NOUNS))
# a name between commas, the search skipping at once to the next comma; a name written in
# lower case is none, so no match hides one whose noun is the name of another
_NAME_BETWEEN_COMMAS = re.compile(r",[^\S\n]+([A-Z][a-z]+),")


def _given_in_apposition(text: str) -> list[tuple[int, str]]:
    """A single name between commas after a noun that tells a gender ('his wife, Ana,
    said'): a person named by a given name, whose gender that noun gives. The names
    between commas are found first, then the noun before each: a search for the nouns
    would try each of them at every word.

    >>> _given_in_apposition("Paz and his wife, Ana, left. His son, Rui Paz, stayed.")
    [(18, 'Ana')]
    """
    return [
        (m.start(1), m.group(1))
        for m in _NAME_BETWEEN_COMMAS.finditer(text)
        if _KIN_BEFORE.search(text, max(0, m.start() - _LONGEST_KIN), m.start()) is not None
    ]


_WORD_AND_SPACE = re.compile(r"\S+\s*")


def _skip_words(text: str, start: int, count: int) -> int:
    """Where the word ``count`` words after the one at ``start`` begins."""
    for _ in range(count):
        start = _WORD_AND_SPACE.match(text, start).end()  # type: ignore[union-attr]
    return start


def between_apostrophes(text: str, start: int, end: int) -> bool:
    """Whether two apostrophes, the quotation marks of some copy, open or close right at
    the words ``text[start:end]`` (''Sunday Night Baseball''); they are not read as
    quotation marks in general, as a passage may open inside a quotation.

    >>> between_apostrophes("He watched ''Night Games'' again.", 13, 26)
    True
    """
    return text.startswith("''", max(0, start - 2)) or text[start:end].endswith("''")


def without_possessive(name: str) -> str:
    """A name without its possessive ending ('Ana Lobo’s': 'Ana Lobo').

    >>> without_possessive("Ana Lobo’s"), without_possessive("Rui Paz")
    ('Ana Lobo', 'Rui Paz')
    """
    return name[:-2] if len(name) > 3 and name.endswith(POSSESSIVE_ENDINGS) else name


def _describes_the_next(text: str, end: int, words: list[str]) -> bool:
    """Whether capitalised words ending at ``end`` describe the person named next, and
    name no one: they end in a title and its full stop ('Velmar Gov. Ana Lobo'), or a
    noun of description stands between them and the name ('Former Ostland governor Rui
    Paz')."""
    if text.startswith(".", end) and words[-1] in person_titles():
        return True
    after = _DESCRIBED.match(text, end)
    return after is not None and after.group(1) in _DESCRIPTION_NOUNS


_DESCRIPTION_NOUNS = frozenset(load_data("names.toml")["descriptions"]["nouns"])
_DESCRIBED = re.compile(r"\s+(?:[a-z]+\s+)?([a-z]+)\s+[A-Z]")  # "presidential nominee Ana"


_QUOTE_MARK = re.compile("''|[“”\"]")  # two apostrophes: the quotation marks of some copy


def person_for_pronoun(text: str, offset: int, pronoun: str) -> str | None:
    """The last person named before ``offset`` whom ``pronoun`` may stand for: 'she' skips
    a person known to be a man, 'he' one known to be a woman (:mod:`.gender`); a person of
    unknown gender stays eligible.

    >>> person_for_pronoun("Ana Lobo met Rui Paz in Lisbon. Later she spoke.", 37, "she")
    'Ana Lobo'
    """
    return people_book(text).last_between(0, offset, pronoun)


@lru_cache(maxsize=_BOOKS)
def people_book(text: str) -> PeopleBook:
    """The people a document's text names, with their genders, built once per document
    (the sentence attribution and every passage of it share one book)."""
    quoted = quoted_chars(text)
    return PeopleBook(text, people_named(text, quoted), quoted)


def quoted_chars(text: str) -> bytearray:
    """Per character of ``text``, whether it stands inside quotation marks (an opening
    mark included). A straight mark opens or closes by where it stands (:func:`_opens`),
    so copy that mixes the kinds ('"We won.” Paz left') closes what it opened; a closing
    mark with nothing open (a passage that begins inside a quotation) changes nothing.

    >>> t = '"We won.” Paz left. “He said "no" twice,” Lobo wrote.'
    >>> "".join(c if q else "_" for c, q in zip(t, quoted_chars(t)))
    '"We won.____________“He said "no" twice,_____________'

    Two apostrophes are a straight mark (some copy writes its quotations so).

    >>> t = "Paz said, ''We won.'' Lobo left."
    >>> "".join(c if q else "_" for c, q in zip(t, quoted_chars(t)))
    "__________''We won._____________"

    A text whose first mark closes a quotation begins inside one
    (:func:`_inside_up_to`).
    """
    inside = bytearray(len(text))
    depth, open_from = 0, 0
    for mark in _QUOTE_MARK.finditer(text):
        if _opens(text, mark.start()):
            open_from = mark.start() if depth == 0 else open_from
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                inside[open_from : mark.start()] = b"\x01" * (mark.start() - open_from)
    if depth > 0:
        inside[open_from:] = b"\x01" * (len(text) - open_from)
    end = _inside_up_to(text)
    inside[:end] = b"\x01" * end
    return inside


def _inside_up_to(text: str) -> int:
    """Where the quotation a text begins inside ends (0 when it begins inside none): at
    its first quotation mark, when that is a closing '”' (or two apostrophes that close)
    and no verb of saying stands right before it (some copy opens a quotation with one:
    'Paz says,” we won').

    >>> [_inside_up_to(t) for t in ("… we won.” Paz left.", "Paz says,” we won")]
    [9, 0]
    >>> [_inside_up_to(t) for t in ("… we won.'' Paz left.", "Paz left. ''")]
    [9, 0]
    """
    first = _QUOTE_MARK.search(text)
    if first is None or first.group() in '“"' or _opens(text, first.start()):
        return 0
    words = _WORD.findall(text, max(0, first.start() - 24), first.start())
    return first.start() if not words or words[-1].lower() not in _SPEECH_VERBS else 0


_SPEECH_VERBS = lexicon().speech_verbs


def _opens(text: str, at: int) -> bool:
    """Whether the quotation mark at ``at`` opens a quotation: a curly '“', or a straight
    one (or two apostrophes) at the start of a word (after a space, a bracket or nothing,
    before a non-space)."""
    mark = text[at]
    if mark not in "\"'":
        return mark == "“"
    width = 2 if mark == "'" else 1
    before = text[at - 1] if at > 0 else " "
    after = text[at + width] if at + width < len(text) else ""  # the text's end: opens
    return (before.isspace() or before in "([{—–-") and not after.isspace()


def may_name_a_person(name: str) -> bool:
    """Whether a speaker's name may be a person's, for a 'he' or 'she' to stand for: a
    name (:func:`is_name`) that is no acronym, opens with no common sentence opener
    ('That’s', 'Some', 'She’d') and ends in no word of place or institution.

    >>> [may_name_a_person(n) for n in ["Ana Lobo", "Lobo’s", "Velmar Party", "VBC", "Some"]]
    [True, True, False, False, False]
    """
    words = name.split()
    first = re.sub(r"['’]\w*$", "", words[0]) if words else ""
    return (
        is_name(name)
        and not (name.isupper() and len(name) > 1)
        and first not in _NOT_NAMES
        and not never_a_person(name)
    )


@lru_cache(maxsize=4096)
def is_name(name: str) -> bool:
    """'Jo Bako', 'Mr. Bako': capitalised words that hold no source head. Kept per name:
    a document asks of the same names again and again, and a name tokenized anew would
    push its sentences out of the tokenizer's cache."""
    tokens = [t for t in tokenize(name) if t.text[0].isalpha()]
    return bool(tokens) and all(t.text[0].isupper() for t in tokens) and not _names_a_source(tokens)


@cache
def title_table() -> PhraseTable:
    """The titles of people (sources.toml [people] titles) as a phrase table."""
    return PhraseTable.build({"title": load_data("sources.toml")["people"]["titles"]})


def _names_a_source(tokens: list[Token]) -> bool:
    """Whether capitalised words hold a source head other than a person's title
    ('Doctors Without Borders', 'Kenya Police'; not 'Cabinet Secretary Jo Bako')."""
    k = 0
    while k < len(tokens):
        title = title_table().match(tokens, k)
        if title is not None:
            k += title[1]
        elif lexicon().roles.match(tokens, k) is not None:
            return True
        else:
            k += 1
    return False


class PeopleBook:
    """The people a document names (:func:`people_named`, and a surname that opens a
    sentence or a clause as its subject: 'Paz was tired', 'In May, Paz said'), in order,
    with their genders (:func:`.gender.genders`) and whether each is a clause's subject
    (:func:`_is_clause_subject`), for the person a 'he' or 'she' stands for."""

    def __init__(self, text: str, people: list[tuple[int, str]], quoted: bytearray) -> None:
        self.quoted = quoted  # per character, inside quotation marks (:func:`quoted_chars`)
        self.text = text
        subjects, possessors, inner = (
            [(o, n) for o, n in found if not quoted[o]] for found in _clause_subjects(text)
        )
        named = {o: start for start, name in people for o in range(start, start + len(name))}
        subject_at = {named.get(o, o) for o, _ in subjects}  # 'Mr. Paz was': 'Mr. Paz'
        own = {o: n for o, n in [*inner, *possessors, *subjects] if o not in named}
        self.people = sorted([*people, *own.items()])
        subject_at |= {o for o, name in people if _is_clause_subject(text, o, name)}
        subject_at |= {named.get(o, o) for o, _ in possessors}  # 'Paz's speech ended'
        self.genders = genders(text, self.people, frozenset(subject_at))
        self.breaks = [start for start, _ in sentence_spans(text)]
        self.opens = [
            _opens_sentence(text, self.breaks, offset) or offset in subject_at
            for offset, _ in self.people
        ]
        self.after_pronoun = [
            _opening_pronoun(text, self.breaks, o, subject=o in subject_at) for o, _ in self.people
        ]
        self.likely = [
            gender is not None or offset in subject_at or opens
            for (offset, _), gender, opens in zip(
                self.people, self.genders, self.opens, strict=True
            )
        ]
        by_name: dict[str, set[str | None]] = {}
        for (_, name), gender in zip(self.people, self.genders, strict=True):
            by_name.setdefault(name, set()).add(gender)
            by_name.setdefault(name.split()[-1], set()).add(gender)
        self._by_name = {name: found.pop() for name, found in by_name.items() if len(found) == 1}

    def gender(self, name: str) -> str | None:
        """The gender of a person by the name a speaker gives ('Mr. Paz', 'Paz')."""
        words = name.split()
        return self._by_name.get(name) or (self._by_name.get(words[-1]) if words else None)

    def last_between(self, after: int, before: int, pronoun: str) -> str | None:
        """The person named in ``text[after:before]`` whom ``pronoun`` stands for: the last
        sentence naming one known to be a person (by gender or as a subject) whom the
        pronoun may stand for, and in it the first such person; else the last name the
        pronoun may stand for ('he' after 'Rui Paz toured Green Valley' is Rui Paz). A
        sentence opened by the same pronoun names none of its people for it: the pronoun
        goes on from that one."""
        n = bisect_right(self.people, (before, ""))
        while n > 0 and _ends_after(self.people[n - 1], before):
            n -= 1  # not 'U.S. He' read as a name holding the pronoun
        fallback = None
        while n > 0 and self.people[n - 1][0] >= after:
            n -= 1
            if not may_stand_for(pronoun, self.genders[n]):
                continue
            if self.after_pronoun[n] == pronoun.lower():
                continue  # 'Rui Paz came. He met Ana Lobo's son. He said': Rui Paz
            if self.likely[n]:
                return self.people[self._first_in_sentence(n, after, pronoun)][1]
            fallback = fallback or self.people[n][1]
        return fallback

    def subject_before(self, offset: int, pronoun: str) -> str | None:
        """The subject of the sentence holding ``offset``, named before it, whom ``pronoun``
        may stand for, when the person at ``offset`` is no subject of a clause of its own
        ('Rui Paz wrote back, saying that Ivo Lobo had resigned': Rui Paz)."""
        n = bisect_right(self.people, (offset, ""))
        if n < len(self.people) and self.people[n][0] == offset and self.opens[n]:
            return None
        if _after_a_verb_of_saying(self.text, offset):
            return None  # '…, said Ivo Lobo': the inverted subject
        k = bisect_right(self.breaks, offset)
        start = self.breaks[k - 1] if k > 0 else 0
        for m in range(bisect_right(self.people, (start, "")), n):
            if self.opens[m] and may_stand_for(pronoun, self.genders[m]):
                return self.people[m][1]
        return None

    def opener_after(self, offset: int, before: int, pronoun: str) -> str | None:
        """The person who opens the last sentence, after the one holding ``offset`` and
        before ``before``, that has one (a person who opens it or is a clause's subject)
        whom ``pronoun`` may stand for: its first such ('Rui Paz spoke. Ivo Lobo, his aide,
        wrote back. "No," he said': Ivo Lobo, the subject named since Rui Paz; 'In May,
        Ivo Lobo wrote back' too; 'Ivo Lobo recalled that before May, Rui Paz was calm':
        Ivo Lobo, the subject of the sentence rather than of its inner clause)."""
        k = bisect_right(self.breaks, offset)
        after = self.breaks[k] if k < len(self.breaks) else before
        n = bisect_right(self.people, (before, ""))
        found: int | None = None
        while n > 0 and self.people[n - 1][0] >= after:
            n -= 1
            if found is not None and self.people[n][0] < self._sentence_start(found):
                break  # the sentence of the last one is read to its start
            if self.opens[n] and not _ends_after(self.people[n], before):
                if may_stand_for(pronoun, self.genders[n]):
                    found = n
        return None if found is None else self.people[found][1]

    def _sentence_start(self, n: int) -> int:
        """Where the sentence naming ``self.people[n]`` begins."""
        k = bisect_right(self.breaks, self.people[n][0])
        return self.breaks[k - 1] if k > 0 else 0

    def opened_by(self, offset: int, pronoun: str) -> bool:
        """Whether ``pronoun`` opens the sentence holding ``offset`` as its subject, after
        lead-in words at most ('She said she met Ana Lobo': a later 'she' goes on from
        that one, not from Ana Lobo)."""
        return _opening_pronoun(self.text, self.breaks, offset, subject=True) == pronoun.lower()

    def _first_in_sentence(self, n: int, after: int, pronoun: str) -> int:
        """The first person known to be one, whom ``pronoun`` may stand for, in the
        sentence of ``self.people[n]`` (most often its subject: 'Rui Paz met Ana Lobo's
        brother Ivo. He said' is Rui Paz)."""
        k = bisect_right(self.breaks, self.people[n][0])
        start = max(after, self.breaks[k - 1] if k > 0 else 0)
        first = bisect_right(self.people, (start, ""))
        for m in range(first, n):
            if self.likely[m] and may_stand_for(pronoun, self.genders[m]):
                return m
        return n


def _after_a_verb_of_saying(text: str, offset: int) -> bool:
    """Whether the word right before ``offset`` is a verb of saying ('said Ivo Lobo')."""
    words = _WORD.findall(text, max(0, offset - 24), offset)
    return bool(words) and words[-1].lower() in _subject_verbs()


def _opens_sentence(text: str, breaks: list[int], offset: int) -> bool:
    """Whether the name at ``offset`` opens its sentence, after lead-in words at most
    ('But Ana Lobo said'), as its subject most often is."""
    k = bisect_right(breaks, offset)
    start = breaks[k - 1] if k > 0 else 0
    return all(word.lower() in _LEAD_INS for word in _WORD.findall(text[start:offset]))


def _opening_pronoun(text: str, breaks: list[int], offset: int, subject: bool) -> str | None:
    """The 'he' or 'she' that opens the sentence of the name at ``offset`` as its
    subject, after lead-in words at most ('But she met Ana Lobo'), if any; for a name that
    is no clause's subject, any 'he' or 'she' before it in its sentence ('When he took the
    stage after Ana Lobo's speech'), while a subject after one is what it stands for ('As
    she left, Ana Lobo waved')."""
    k = bisect_right(breaks, offset)
    start = breaks[k - 1] if k > 0 else 0
    words = [word.lower() for word in _WORD.findall(text[start:offset])]
    opening = next((word for word in words if word not in _LEAD_INS), None)
    if opening in _PERSONAL:
        return opening
    return None if subject else next((word for word in words if word in _PERSONAL), None)


def _ends_after(person: tuple[int, str], offset: int) -> bool:
    """Whether a person's name, as (offset, name), runs on past ``offset``."""
    return person[0] + len(person[1]) > offset


@cache
def _subject_verbs() -> frozenset[str]:
    """Verbs and auxiliaries after which a capitalised word is a clause's subject."""
    data = load_data("sources.toml")
    speech = data["speech"]
    pasts = load_data("names.toml")["subjects"]["irregular_pasts"]
    return frozenset(
        [*data["passages"]["auxiliaries"], *speech["verbs"], *speech["stance"], *pasts]
    )


_OPENERS = [
    *load_data("sources.toml")["passages"]["subordinators"],
    *load_data("names.toml")["subjects"]["clause_openers"],
]
_CLAUSE_OPENERS = "|".join(_OPENERS)
_OPENER_REACH = max(map(len, _OPENERS)) + 2  # how far before its spaces an opener starts
# a sentence's end or a comma, inside a closing quotation mark or not ('"We won," Paz
# said': Paz opens the clause of the verb of saying), a line break or an opener
_CLAUSE_START = rf"(?:^|(?<=[.!?,])[\"”’']?\s+|\n\s*|\b(?i:{_CLAUSE_OPENERS})\s+)"
# a verb after a subject, past an aside in brackets, an aside between commas that opens in
# lower case or with a number, or both ('Paz, who …, said', 'Paz, 33, said', 'Paz (D-Ore.)
# said', 'Paz (D-Ore.), a critic, said');
# not past an attribution ('Paz, she said, would win': Paz is no speaker); an adverb in
# -ly, one of names.toml [subjects] or a reflexive may stand before the verb ('Paz quietly
# left', 'Paz later left', 'Paz himself went'); the word after the verb is kept, for a verb
# in -s ('Paz seems to')
_NAMES_DATA = load_data("names.toml")
_ADVERBS = "|".join(_NAMES_DATA["subjects"]["adverbs"])
_VERB_AFTER = (
    r"(?:\s+\([^()]{1,60}\))?(?:,\s+(?!(?:he|she|they|we|it)\s)[a-z\d][^,.;:!?()]{0,120},)?"
    rf"\s+(?:(?:[a-z]+ly|{_ADVERBS}|himself|herself)\s+)?([a-z]+?)(n[’']t)?\b"
    r"(?:[^\S\n]+([a-z]+))?"
)
_SUBJECT_BEFORE = re.compile(rf"{_CLAUSE_START}$")
# a capitalised word after a space (where every clause start ends), and one with its
# possessive and the first three words after it ('Paz's long speech'); whether a clause
# opens before it is asked after (:func:`_opens_a_clause`), a pattern that opened with the
# clause start being tried at every character
_CAPITALISED = re.compile(r"(?:^|(?<=\s))[A-Z][a-z][\w'’-]*")
_POSSESSOR = re.compile(r"(?:^|(?<=\s))([A-Z][a-z][\w-]*)['’]s\s+([a-z]+(?:\s+[a-z]+){0,2}|\d)")
_NAMED_AFTER_PEOPLE = frozenset(_NAMES_DATA["subjects"]["named_after_people"])
_PERSON_NOUNS = frozenset(
    [
        *_NAMES_DATA["descriptions"]["nouns"],
        *_NAMES_DATA["nouns"]["female"],
        *_NAMES_DATA["nouns"]["male"],
    ]
)
_SUBJECT_AFTER = re.compile(_VERB_AFTER)


def _is_verb(verb: str, negated: str | None, following: str | None = None) -> bool:
    """Whether a word after a capitalised one is a verb whose subject it is: a verb or an
    auxiliary of the lists, a form in -ed, or one in -s before a word that opens its object
    or complement ('Paz seems to', 'Lobo talks about'; not 'Velmar voters said').

    >>> _is_verb("seems", None, "to"), _is_verb("voters", None, "said")
    (True, False)
    """
    if bool(negated) or verb in _subject_verbs() or verb.endswith("ed"):
        return True
    return following in _OBJECT_OPENERS and _present_form(verb)


def _present_form(verb: str) -> bool:
    """Whether a word may be a verb's present form in -s ('seems'; not 'press', 'bonus')."""
    return len(verb) > 3 and verb.endswith("s") and not verb.endswith(("ss", "us", "is"))


_OBJECT_OPENERS = frozenset(_NAMES_DATA["subjects"]["object_openers"])


def _is_clause_subject(text: str, offset: int, name: str) -> bool:
    """Whether the name at ``offset`` is the subject of a clause: it opens a sentence or a
    clause (after a comma or an opener of names.toml [subjects]) and a verb follows it
    ('In a letter, Gov. Ana Lobo wrote', 'when Rui Paz, the mayor, arrived').

    >>> t = "The ship sank. In May, Rui Paz, the mayor, said so to Ana Lobo."
    >>> _is_clause_subject(t, 23, "Rui Paz"), _is_clause_subject(t, 55, "Ana Lobo")
    (True, False)
    """
    after = _SUBJECT_AFTER.match(text, offset + len(name))
    return (
        after is not None
        and _is_verb(*after.groups())
        and _opens_a_clause(text, _description_before(text, offset))
    )


_DESCRIPTION_WORDS = re.compile(r"(?:[A-Za-z][\w-]*\.?\s+){1,5}$")  # 'Velmar Party nominee '


def _description_before(text: str, offset: int) -> int:
    """Where the words that describe the person named at ``offset`` begin, when a title
    or a noun of description stands right before the name ('Ostland Sen. Ana Lobo',
    'Velmar Party campaign manager Rui Paz'): the earliest of up to five words before it,
    with no mark between them, after which a clause opens; else ``offset``.

    >>> t = "In May, Velmar Party nominee Ana Lobo spoke."
    >>> _description_before(t, t.index("Ana")), _description_before(t, 8)
    (8, 8)
    """
    words = _DESCRIPTION_WORDS.search(text, max(0, offset - 80), offset)
    if words is None or not _describes(words.group().split()[-1]):
        return offset
    starts = [m.start() for m in re.finditer(r"\S+", words.group())]
    for start in starts:
        if _opens_a_clause(text, words.start() + start):
            return words.start() + start
    return offset


def _describes(word: str) -> bool:
    """Whether a word right before a name describes the person: a title with its full
    stop ('Sen.') or a noun of names.toml [descriptions] ('nominee')."""
    if word.endswith("."):
        return word[:-1] in person_titles()
    return word in _DESCRIPTION_NOUNS


def _opens_a_clause(text: str, offset: int) -> bool:
    """Whether a sentence or a clause opens right before ``offset``: the text's start, a
    sentence's end or a comma (a closing quotation mark after either), a line break or an
    opener of names.toml [subjects] (or sources.toml's subordinators), then spaces, and
    lead-in words at most ('And even Paz left').

    >>> [_opens_a_clause("In May, Paz left while Lobo stayed.", n) for n in (0, 8, 23, 17)]
    [True, True, True, False]
    >>> _opens_a_clause("Lobo came. And even Paz left.", 20)
    True
    >>> _opens_a_clause('"We won," Paz said.', 10)
    True
    """
    while True:
        start = offset
        while start > 0 and text[start - 1].isspace():
            start -= 1
        if _SUBJECT_BEFORE.search(text, max(0, start - _OPENER_REACH), offset) is not None:
            return True
        lead_in = _LAST_WORD.search(text, max(0, start - 12), start)
        if lead_in is None or lead_in.group().lower() not in _LEAD_INS:
            return False
        offset = lead_in.start()


_LAST_WORD = re.compile(r"\b[A-Za-z]+$")


def _inner_clause_subjects(text: str) -> list[tuple[int, str]]:
    """A single capitalised word that opens an inner clause before a verb ('Ivo Lobo
    recalled that Paz was calm'; the openers of names.toml [subjects] inner_openers): a
    person named by surname, whom a 'he' or 'she' stands for when no subject of a main
    clause is found before it (such a subject is kept out of ``subject_at``).

    >>> _inner_clause_subjects("Ivo Lobo recalled that Paz was calm, and that Senate votes fell.")
    [(23, 'Paz')]
    """
    [inner] = _surnames(text, _before_verbs(text, _opens_an_inner_clause))
    return inner


_INNER_OPENER = re.compile(rf"\b(?:{'|'.join(_NAMES_DATA['subjects']['inner_openers'])})\s+$")


def _opens_an_inner_clause(text: str, offset: int) -> bool:
    """Whether an opener of an inner clause ('that') stands right before ``offset``."""
    return _INNER_OPENER.search(text, max(0, offset - 12), offset) is not None


def _clause_subjects(
    text: str,
) -> tuple[list[tuple[int, str]], list[tuple[int, str]], list[tuple[int, str]]]:
    """The surnames that open a clause before a verb (:func:`_surname_subjects`), whose
    possessive opens one (:func:`_possessor_subjects`) and that open an inner clause
    (:func:`_inner_clause_subjects`), the words before a verb found in one pass for the
    main and the inner clauses, and the words the text shows are no surname read once.

    >>> _clause_subjects("Lobo said that Paz was calm. Ekdahl’s aides left.")
    ([(0, 'Lobo')], [(29, 'Ekdahl')], [(15, 'Paz')])
    """
    words = _subject_words(text)
    main = [(o, word) for o, word in words if _opens_a_clause(text, o)]
    inner = [(o, word) for o, word in words if _opens_an_inner_clause(text, o)]
    main, possessors, inner = _surnames(text, main, _possessors(text), inner)
    return main, possessors, inner


def _surname_subjects(text: str) -> list[tuple[int, str]]:
    """A single capitalised word that opens a sentence or a clause before a verb ('Paz was
    tired', 'Lobo said', 'Paz took it', 'In May, Lobo denied it', 'while Paz waited'; the
    openers of names.toml [subjects]): a person named by surname (:func:`_surnames`).

    >>> _surname_subjects("Lobo took the wheel. In May, Paz denied it, while Ekdahl waited.")
    [(0, 'Lobo'), (29, 'Paz'), (50, 'Ekdahl')]
    >>> _surname_subjects('Ostby, he said, would recover. Paz, who calls it "a mess", left.')
    [(31, 'Paz')]
    >>> _surname_subjects("Lobo seems to agree. Paz later left. Ostby's remarks on it")
    [(0, 'Lobo'), (21, 'Paz')]
    """
    [main] = _surnames(text, _before_verbs(text, _opens_a_clause))
    return main


def _before_verbs(text: str, opens: Callable[[str, int], bool]) -> list[tuple[int, str]]:
    """The words of :func:`_subject_words` before which a clause ``opens``."""
    return [(o, word) for o, word in _subject_words(text) if opens(text, o)]


def _subject_words(text: str) -> list[tuple[int, str]]:
    """Each single capitalised word (its possessive ending dropped) that a verb follows as
    its subject's, with its offset, whatever stands before it: not before a plural verb
    ('Crops are'), nor before a noun in -s after a possessive ('Paz's remarks on').

    >>> _subject_words("Ostby's remarks on it. Crops are fine. Lobo seems to agree.")
    [(39, 'Lobo')]
    """
    found = []
    for match in _CAPITALISED.finditer(text):
        after = _SUBJECT_AFTER.match(text, match.end())
        if after is None:
            continue
        word = without_possessive(match.group())
        verb, negated, following = after.groups()
        if word != match.group():
            following = None  # "Paz's remarks on": a noun in -s, its owner's
        if _is_verb(verb, negated, following) and verb not in _PLURAL_VERBS:
            found.append((match.start(), word))
    return found


_PLURAL_VERBS = frozenset(_NAMES_DATA["subjects"]["plural_verbs"])  # 'Crops are': no one


def _possessor_subjects(text: str) -> list[tuple[int, str]]:
    """A single capitalised word whose possessive opens a sentence or a clause ('Paz's
    long speech ended', 'while Lobo’s aides waited'): a person named by surname
    (:func:`_surnames`), the one the sentence is about; not before words that name another
    person or a source (:func:`_names_another`), nor after a title ('Mr. Paz's').

    >>> _possessor_subjects("Lobo’s first speech ended. Ostby's new wife left. Mr. Ruiz's aide")
    [(0, 'Lobo')]
    """
    [found] = _surnames(text, _possessors(text))
    return found


def _possessors(text: str) -> list[tuple[int, str]]:
    """The words of :func:`_possessor_subjects` before they are asked whether they may be
    a surname (:func:`_surnames`)."""
    return [
        (match.start(1), match.group(1))
        for match in _POSSESSOR.finditer(text)
        if _opens_a_clause(text, match.start(1))
        and not _names_another(match.group(2))
        and text[match.start(1) : match.end(1) + 2] not in _NOT_NAMES  # not "Let's"
        and not _is_title_before(text, match.start(1))
    ]


def _names_another(words: str) -> bool:
    """Whether the words after a possessive name another person or a source ('wife',
    'campaign manager', 'government'): what follows stands for them, not for the possessor."""
    tokens = tokenize(words)
    return not _PERSON_NOUNS.isdisjoint(words.split()) or any(
        lexicon().roles.match(tokens, k) is not None for k in range(len(tokens))
    )


def _is_title_before(text: str, offset: int) -> bool:
    """Whether a title and its full stop stand right before ``offset`` ('Mr. Paz')."""
    before = text[max(0, offset - 12) : offset].split()
    return bool(before) and before[-1].rstrip(".") in person_titles()


def _surnames(text: str, *founds: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """For each of ``founds``, its words that may be a person's surname: they name no
    source, are no common sentence opener ('He’s been', 'Voters said'), and the text never
    writes them in lower case or after a preposition ('the protests', 'in Lisbon'; read
    once for all of ``founds``, and only when one holds a word that may be a name)."""
    kept = [
        [(o, word) for o, word in found if word not in _NOT_NAMES and may_name_a_person(word)]
        for found in founds
    ]
    if not any(kept):
        return kept
    elsewhere = _not_surnames(text)
    return [
        [(o, w) for o, w in found if w not in elsewhere and not _names_a_source(tokenize(w))]
        for found in kept
    ]


def _not_surnames(text: str) -> set[str]:
    """Words a text shows are no person's surname: written in lower case ('protests'), or
    capitalised alone after a preposition or an article ('in Lisbon', 'the Senate'; not
    'at Paz Tower', whose place the longer name is).

    >>> sorted(_not_surnames("Paz spoke at Paz Tower in Lisbon."))
    ['At', 'In', 'Lisbon', 'Spoke']
    """
    lower = {word.capitalize() for word in _WORD.findall(text) if word[0].islower()}
    return lower | {
        _word_at(text, offset)
        for offset in after_articles(text)
        if not _modifies_a_noun(text, offset) and not _NAME_RUNS_ON.match(text, offset)
    }


_NAME_RUNS_ON = re.compile(r"[A-Z][\w'’-]*[^\S\n]+[A-Z]")  # 'Paz Tower'


_NOUN_AFTER = re.compile(r"[A-Z][a-z][\w-]*\s+([a-z]+)\b")


def _modifies_a_noun(text: str, offset: int) -> bool:
    """Whether the capitalised word at ``offset``, after an article, modifies the noun
    after it ('the Paz campaign', 'the Lobo administration'), as a surname may; not 'the
    Senate voted' nor 'the Lisbon office'."""
    found = _NOUN_AFTER.match(text, offset)
    return found is not None and found.group(1) in _NAMED_AFTER_PEOPLE


def _word_at(text: str, offset: int) -> str:
    """The word that starts at ``offset``, a capital after white space (so no word of
    :data:`_WORD` runs across it)."""
    match = _WORD.match(text, offset)
    assert match is not None
    return match.group()
