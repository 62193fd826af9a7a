"""Whether a person a document names is a woman or a man, for a later 'she' or 'he'.

Read from the words that name the person (``reconcile/data/names.toml``): an honorific
('Mrs. Tal', 'Mr Paz'), a gendered noun just before the name ('the actress Ana Lobo',
'his brother, Rui Paz'), or a common given name ('Ana Lobo'). A surname alone ('Lobo
said') takes the gender of the full mentions of that surname when they all agree. A
clause's subject also shows it by the first pronoun after it in its sentence ('Paz cast
herself as the heir'), before any other name. Nothing is guessed otherwise: a person of
unknown gender may stand for either pronoun. A name ending in a word of place, institution
or group ('Wall Street', 'Fox News') is no person's (:func:`never_a_person`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from reconcile.extract.lexicon import load_data, person_titles

FEMALE = "female"
MALE = "male"
_PRONOUN_GENDER = {"she": FEMALE, "her": FEMALE, "he": MALE, "his": MALE, "him": MALE}


@cache
def _words() -> tuple[dict[str, str], dict[str, str], dict[tuple[str, ...], str]]:
    """Per lower-cased word, the gender of honorifics, given names and (as word tuples)
    nouns."""
    data = load_data("names.toml")
    honorifics = {w: g for g in (FEMALE, MALE) for w in data["honorifics"][g]}
    given = {w: g for g in (FEMALE, MALE) for w in data["given_names"][g]}
    nouns = {tuple(w.split()): g for g in (FEMALE, MALE) for w in data["nouns"][g]}
    nouns |= {(w,): g for w, g in honorifics.items()}
    return honorifics, given, nouns


_WORD = re.compile(r"[^\W\d_]+")  # letters of any alphabet: "José"
_WORD_OR_COMMA = re.compile(r"[^\W\d_]+|,")


def _folded(word: str) -> str:
    """A word lower-cased without its accents, as names.toml writes it ('José': 'jose')."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isascii())


def pronoun_gender(pronoun: str) -> str | None:
    """The gender a personal pronoun asks for ('she': female), None for others.

    >>> pronoun_gender("She"), pronoun_gender("they")
    ('female', None)
    """
    return _PRONOUN_GENDER.get(pronoun.lower())


def gender_of(text: str, offset: int, name: str) -> str | None:
    """The gender of the person named ``name`` at ``text[offset:]``, from the name's
    honorific or given name, or a gendered noun right before it ('Congresswoman Dana
    Ruiz', 'his wife, Ana Lobo'; not 'a spokesman for Ana Lobo'); None when unknown.

    >>> gender_of("Then Mrs. Lobo spoke.", 5, "Mrs. Lobo")
    'female'
    >>> t = "He met the congresswoman, Dana Ruiz, later."
    >>> gender_of(t, t.index("Dana"), "Dana Ruiz")
    'female'
    >>> gender_of("Rui Paz and Ana Lobo met.", 12, "Ana Lobo")
    'female'
    >>> print(gender_of("A spokesman for Ana Lobo said.", 16, "Ana Lobo"))
    female
    >>> gender_of("Sen. Ana Lobo", 0, "Sen. Ana Lobo")
    'female'
    >>> gender_of("Prof. David Paz", 0, "Prof. David Paz")
    'male'
    >>> print(gender_of("Rui Paz and Ana Lobo met.", 0, "Rui Paz"))
    None
    >>> gender_of("José Ruiz spoke.", 0, "José Ruiz")
    'male'
    """
    honorifics, given, nouns = _words()
    words = [_folded(w) for w in _WORD.findall(name)]
    if not words:
        return None
    if words[0] in honorifics:
        return honorifics[words[0]]
    before = _WORD_OR_COMMA.findall(text[max(0, offset - 40) : offset])
    if before and before[-1] == ",":
        before = before[:-1]  # "his wife, Ana Lobo"
    last = [_folded(w) for w in before[-2:]]
    for size in (2, 1):
        if len(last) >= size and "," not in last[-size:] and tuple(last[-size:]) in nouns:
            return nouns[tuple(last[-size:])]
    while len(words) > 1 and words[0] in _titles():
        words = words[1:]  # "Sen. Ana Lobo"
    return given.get(words[0]) if len(words) > 1 else None


@cache
def _titles() -> frozenset[str]:
    """Honorifics that tell no gender ('Dr', 'Sen'), before a given name."""
    return frozenset(w.lower() for w in person_titles())


def genders(
    text: str, people: list[tuple[int, str]], subjects: frozenset[int] = frozenset()
) -> list[str | None]:
    """The gender of each of ``people`` (as (offset, name), in document order): its own
    (:func:`gender_of`), or for one at an offset of ``subjects`` the pronoun after it
    (:func:`gender_after`), else that of the full mentions sharing its surname when all
    that are known agree. A surname takes no gender from a full mention written after it:
    that one is most often another person of the family ('Lobo flew home with her
    husband, Rui Lobo').

    >>> genders("Ana Lobo came. Lobo spoke.", [(0, "Ana Lobo"), (15, "Lobo")])
    ['female', 'female']
    >>> genders("Lobo said she would go.", [(0, "Lobo")], frozenset({0}))
    ['female']
    >>> genders("Lobo left with David Lobo.", [(0, "Lobo"), (15, "David Lobo")])
    [None, 'male']
    """
    own = [
        gender_of(text, offset, name)
        or (gender_after(text, offset + len(name)) if offset in subjects else None)
        for offset, name in people
    ]
    by_surname: dict[str, set[str]] = {}
    result = []
    for (_, name), gender in zip(people, own, strict=True):
        known = by_surname.get(name.split()[-1], set())
        result.append(
            gender if gender is not None else (next(iter(known)) if len(known) == 1 else None)
        )
        if gender is not None:
            by_surname.setdefault(name.split()[-1], set()).add(gender)
    return result


_SENTENCE_END = re.compile(r"[.!?;]")
_CAPITAL_OR_WORD = re.compile(r"[^\W\d_]+")


def gender_after(text: str, end: int) -> str | None:
    """The gender a subject ending at ``end`` shows by the first pronoun of names.toml
    [subject_pronouns] after it in its sentence, before any capitalised word or a pronoun
    that stands for another ('Paz cast herself as the heir': female; not 'Paz met Lobo and
    his aide', nor 'Paz said her plan works but she must listen').

    >>> gender_after("Paz said she would go.", 3), gender_after("Paz met Lobo and his aide.", 3)
    ('female', None)
    >>> print(gender_after("Paz said her plan works but she must listen.", 3))
    None
    """
    stop = _SENTENCE_END.search(text, end)
    for word in _CAPITAL_OR_WORD.findall(text, end, stop.start() if stop else len(text)):
        if word[0].isupper() or word in _other_pronouns():
            return None  # 'Paz met Lobo', 'Paz said her plan …': another person is about
        if word in _subject_pronouns():
            return _subject_pronouns()[word]
    return None


@cache
def _other_pronouns() -> frozenset[str]:
    return frozenset(load_data("names.toml")["subject_pronouns"]["others"])


@cache
def _subject_pronouns() -> dict[str, str]:
    data = load_data("names.toml")["subject_pronouns"]
    return {word: gender for gender in (FEMALE, MALE) for word in data[gender]}


def names_a_role(words: str) -> bool:
    """Whether lower-case words name a person by a role or a gendered noun ('the Texas
    senator', 'the actress'; names.toml [descriptions] and [nouns]), for a 'he' or 'she'
    to stand for when no name does.

    >>> names_a_role("Texas senator"), names_a_role("summary"), names_a_role("Senate")
    (True, False, False)
    """
    last = words.split()[-1] if words.split() else ""
    return last.islower() and (last in _role_nouns() or (last,) in _words()[2])


@cache
def _role_nouns() -> frozenset[str]:
    return frozenset(load_data("names.toml")["descriptions"]["nouns"])


def never_a_person(name: str) -> bool:
    """Whether a capitalised name ends in a word that makes it a place, an institution,
    an outlet or a group, which no 'he' or 'she' stands for.

    >>> never_a_person("Wall Street"), never_a_person("Ana Lobo")
    (True, False)
    """
    words = _WORD.findall(name)
    return bool(words) and words[-1].lower() in _not_people()


@cache
def _not_people() -> frozenset[str]:
    return frozenset(load_data("names.toml")["not_people"]["heads"])


def may_stand_for(pronoun: str, gender: str | None) -> bool:
    """Whether ``pronoun`` may stand for a person of ``gender`` (unknown: yes).

    >>> may_stand_for("he", "female"), may_stand_for("she", None)
    (False, True)
    """
    wanted = pronoun_gender(pronoun)
    return wanted is None or gender is None or gender == wanted
