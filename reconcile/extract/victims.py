"""Victims written without a number: one person, named or described in the singular.

"Gunmen shot dead a village chief", "a reporter was beaten to death", "the killing of a
local leader", "Jo Smith, a teacher, was murdered", "he died in hospital": each counts one
person. Three readings, over the word lists of ``[victims]`` in
``reconcile/data/taxonomy.toml``:

* **active**: a verb that takes the victim as its object (``killed a village chief``,
  ``shot dead Sheikh Ali``); coordinated objects count each (``killed a man and his son``);
* **passive** or **intransitive**: a singular subject before ``was`` / ``has been`` and a
  participle (``A night watchman was shot dead``), or before ``died``; an appositive between the
  subject and the verb is passed over (``Jo Smith, a teacher who …, was murdered``);
* **nominal**: a noun of killing and ``of`` (``the murder of a Christian convert``).

A singular noun phrase is a determiner and a head noun (``a prominent ally``, ``the head``),
a proper name (``Tomas Verdi``) or ``he`` / ``she`` / ``him``. Plural heads, things
(``[victims.not_persons]``) and time words are not victims. The victim's group comes from
the group lexicon when its head is listed (``a soldier``: security forces), else people.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from reconcile.extract.lexicon import (
    PhraseTable,
    Token,
    be_forms,
    calendar_words,
    closed_words,
    lexicon,
    load_data,
    lowered,
    person_titles,
)
from reconcile.extract.numbers import is_number_token

_PHRASE = load_data("taxonomy.toml")["victim_phrase"]  # [victim_phrase]: the words below
_DETERMINERS = frozenset(_PHRASE["determiners"])
_PERSON_PRONOUNS = frozenset(_PHRASE["person_pronouns"])
POSSESSIVES = frozenset(_PHRASE["kin_possessives"])  # 'a farmer and his two sons': kin counted
_BE = be_forms("singular")
_HAVE = closed_words("have")
# the unions the readings test, made once rather than at each test
_BE_OR_HAVE = _BE | _HAVE
_BE_OR_WERE = _BE | {"were"}
_BE_OR_BEEN = _BE | {"been"}
_ADVERBS = frozenset(_PHRASE["adverbs"])
_TIME = load_data("taxonomy.toml")["calendar"]  # [calendar]: days, months, time words
_TIME_WORDS = frozenset(_TIME["times"])
_CALENDAR = calendar_words() | frozenset(_TIME["days"])  # "Monday", "June", "today"
_BEFORE_PARTICIPLE = _ADVERBS | _CALENDAR | _TIME_WORDS  # 'was Sunday afternoon killed'
_TIME_OPENERS = frozenset(_TIME["openers"])
_AGES = frozenset(load_data("taxonomy.toml")["counted_phrase"]["ages"])
_AGE_ENDINGS = tuple("-" + age for age in sorted(_AGES))
_TITLES = frozenset(t.lower() for t in person_titles())  # before their dot: "Dr."
_SUBJECT_BREAKS = frozenset(_PHRASE["subject_breaks"])
_SUBJECTS_BREAKS = _SUBJECT_BREAKS - {"and"}  # what ends a list of subjects joined by 'and'
_CLAUSE_STARTS = frozenset(_PHRASE["clause_starts"])
_APPOSITION = frozenset(_PHRASE["apposition"])
_POSTMODIFIERS = frozenset(_PHRASE["postmodifiers"])
_NP_BREAKS = frozenset(_PHRASE["np_breaks"])
_HEAD_PREPOSITIONS = frozenset(_PHRASE["head_prepositions"])
# Function words that are no one-word name even when capitalised ('Out of 300 families').
_NOT_NAMES = (
    _NP_BREAKS
    | _POSTMODIFIERS
    | _HEAD_PREPOSITIONS
    | frozenset(_PHRASE["capitalised_function_words"])
)
_PERSON_ENDINGS = tuple(_PHRASE["person_endings"])
_NOUNS_IN_ING = frozenset(_PHRASE["nouns_in_ing"])


@dataclass(frozen=True)
class Victim:
    """One person implied by words: token range of the noun phrase, outcome and group."""

    start: int  # token index of the first word
    end: int  # token index after the head
    outcome: str
    cue: tuple[int, int]  # token range of the verb or noun saying what happened
    group: str
    joined: bool = False  # one of two or more victims of one verb ("a man and his son")


@dataclass(frozen=True)
class _Cues:
    active: PhraseTable
    passive: PhraseTable
    intransitive: PhraseTable
    nominal: PhraseTable
    split: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]  # outcome, head, tail
    not_persons: frozenset[str]
    companions: PhraseTable
    person_nouns: frozenset[str]
    name_particles: tuple[str, ...]


_NOT_OUTCOMES = (
    "not_persons",
    "companions",
    "person_nouns",
    "name_particles",
    "participles_before",
)


@cache
def _cues() -> _Cues:
    data = load_data("taxonomy.toml")["victims"]
    outcomes = {k: v for k, v in data.items() if k not in _NOT_OUTCOMES}

    def table(kind: str) -> PhraseTable:
        return PhraseTable.build(
            {outcome: entry[kind] for outcome, entry in outcomes.items() if entry[kind]}
        )

    return _Cues(
        active=table("active"),
        passive=table("passive"),
        intransitive=table("intransitive"),
        nominal=table("nominal"),
        split=tuple(
            (outcome, tuple(head.split()), tuple(tail.split()))
            for outcome, entry in outcomes.items()
            for head, _, tail in (phrase.partition(" * ") for phrase in entry["split"])
        ),
        not_persons=frozenset(data["not_persons"]["words"]),
        companions=PhraseTable.build({"with": data["companions"]["words"]}),
        person_nouns=frozenset(data["person_nouns"]["words"]),
        name_particles=tuple(data["name_particles"]["words"]),
    )


def thing_noun(word: str) -> bool:
    """Whether ``word`` (lower case) names a thing, never a person ('jet', 'convoy'):
    ``[victims.not_persons]``."""
    return word in _cues().not_persons


def companion_cues() -> tuple[str, ...]:
    """The words after a victim that name others who met the same fate ('along with')."""
    return tuple(load_data("taxonomy.toml")["victims"]["companions"]["words"])


def active_verb(tokens: list[Token], k: int) -> int | None:
    """The length of a verb at ``tokens[k]`` that takes its victim as object ('killed',
    'shot dead', 'injuring'), else None.

    >>> from reconcile.extract.lexicon import tokenize
    >>> active_verb(tokenize("shot dead a guard"), 0), active_verb(tokenize("died"), 0)
    (2, None)
    """
    hit = _cues().active.match(tokens, k)
    return hit[1] if hit is not None else None


def _participle(word: str) -> bool:
    """'allied', 'living': a verb form after a head noun, not the noun itself."""
    return (len(word) > 4 and word.endswith("ed")) or (
        word.endswith("ing") and word not in _NOUNS_IN_ING
    )


@cache
def _plurals() -> tuple[frozenset[str], tuple[str, ...]]:
    data = load_data("taxonomy.toml")["plurals"]
    return frozenset(data["words"]), tuple(data["not_plural_endings"])


def plural_noun(word: str) -> bool:
    """Whether a lower-cased noun names many ('guards', 'gunmen', 'police'), not one
    ('guard', 'boss', "a guard's"); the lists are ``[plurals]`` in taxonomy.toml.

    >>> [plural_noun(w) for w in ("guards", "gunmen", "staff", "boss", "guard's", "guard")]
    [True, True, True, False, False, False]
    """
    words, not_endings = _plurals()
    return (
        word in words
        or word.endswith("men")
        or (word.endswith("s") and not word.endswith(not_endings))
    )


def _word(token: Token) -> bool:
    return token.text[0].isalpha()


def _capitalised(token: Token) -> bool:
    """A capitalised word, or a name after a lowercase particle ('al-Kassi')."""
    text = token.text
    if text[0].isupper():
        return True
    particles = _cues().name_particles
    if not text.startswith(particles):
        return False  # most lowercase words: no particle at all, one C-level test
    particle = next((p for p in particles if text.startswith(p)), None)
    return particle is not None and text[len(particle) : len(particle) + 1].isupper()


def singular_np(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The token range of a noun phrase naming one person that starts at ``tokens[i]``.

    >>> from reconcile.extract.lexicon import tokenize
    >>> t = tokenize("a prominent ally of the president")
    >>> singular_np(t, 0)
    (0, 3)
    >>> singular_np(tokenize("five people"), 0) is None
    True
    """
    age = _past_age(tokens, i)
    if age > i:  # "killed 45-year-old Jo Bako": the age opens the phrase
        np = singular_np(tokens, age)
        return (i, np[1]) if np is not None else None
    if i >= len(tokens) or not _word(tokens[i]):
        return None
    first = tokens[i].lower
    if first in _PERSON_PRONOUNS:
        return i, i + 1
    if first in _DETERMINERS:
        return _common_np(tokens, i, i + 1)
    if _capitalised(tokens[i]):
        return None if _counted(tokens, i) else _proper_np(tokens, i)
    return _bare_np(tokens, i)


def year(text: str) -> bool:
    """Whether a token's text is a year of the last two centuries ('2011').

    >>> [year(t) for t in ("2011", "1998", "2500", "45")]
    [True, True, False, False]
    """
    return len(text) == 4 and text.isdigit() and text[:2] in {"19", "20"}


def _counted(tokens: list[Token], i: int) -> bool:
    """Whether a number before a capitalised word counts it ('43 Kelani died'), not a year
    ('in 2016 Bako was …') nor 'one' before a name ('one Ilo Marr': a certain Ilo Marr)."""
    if i == 0 or not is_number_token(tokens[i - 1]):
        return False
    number = tokens[i - 1].lower
    return number not in {"one", "1"} and not year(number)


def _past_age(tokens: list[Token], i: int) -> int:
    """Where the words after an age written as '45-year-old' start, else ``i``."""
    words = [t.lower for t in tokens[i : i + 3]]
    if len(words) == 3 and words[0].isdigit() and words[1] == "-" and age_word(words[2]):
        return i + 3
    return i


def _bare_np(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A singular noun phrase without a determiner, as headlines and wires write them
    ('killing local journalist', 'senior local official was shot dead'): its head must
    name a person (a listed group or a person's ending: 'official', 'leader')."""
    if i > 1 and is_number_token(tokens[i - 2]):
        return None  # "one wounded person": the number counts the person
    np = _common_np(tokens, i, i)
    if np is None or any(t.lower in _NOT_BARE or _participle(t.lower) for t in tokens[i : np[1]]):
        return None  # "when a bomber", "included Jo": a clause or a verb, no bare phrase
    return np if _person_head(tokens, np) else None


_NOT_BARE = _DETERMINERS | _CLAUSE_STARTS | _SUBJECT_BREAKS | frozenset(_PHRASE["not_bare"])


def _person_head(tokens: list[Token], np: tuple[int, int]) -> bool:
    """Whether the last word of a phrase names a person: a listed group, a word of
    ``[victims.person_nouns]`` or a person's ending ('teacher', 'activist')."""
    head = tokens[np[1] - 1].lower
    person = (
        lexicon().groups.match(tokens, np[1] - 1)
        or head in _cues().person_nouns
        or head.endswith(_PERSON_ENDINGS)
    )
    return bool(person) and head not in _ADVERBS


def _common_np(tokens: list[Token], i: int, k: int) -> tuple[int, int] | None:
    """Determiner at ``i``, modifiers from ``k``: the phrase up to its singular head."""
    lex = lexicon()
    head = None
    while k < len(tokens) and k - i <= 7:
        token = tokens[k]
        word = token.lower
        if word in {"-", "."} and (_joining_hyphen(tokens, k) or _initial_dot(tokens, k)):
            k += 1  # "a 45-year-old", "a U.N. peacekeeper"; not an aside's dash
            continue
        first = token.text[0]
        if not (first.isalpha() or first.isdigit()):  # not a word (_word) nor a number
            break
        if word in lex.not_people or word in _CALENDAR or word in _HEAD_PREPOSITIONS:
            break
        if token.text[0].isdigit() or age_word(word):
            k += 1  # "a 45-year-old teacher"
            continue
        if word in _ADVERBS or (head is not None and lex.outcomes.match(tokens, k)):
            break
        if token.text[0].islower():
            if head is not None and _participle(word):
                break  # "a judge allied with": a participle after the head
            if word in _NP_BREAKS:
                break
            head = k
        elif _titled_head(tokens, k):
            head = k  # "the Chairman of the guild", "an Elder who"
        k += 1
    if head is None:
        return None
    word = tokens[head].lower
    if plural_noun(word) or word in _TIME_WORDS or word in _cues().not_persons:
        return None
    if lex.outcomes.match(tokens, head) is not None:
        return None  # "the injured", "the dead": all of them, no one person
    return i, _name_after(tokens, head + 1)


def _joining_hyphen(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a hyphen inside a word ('45-year-old'), not a dash set off
    by spaces or doubled ('A porter -- the man who … -- was')."""
    if tokens[k].text != "-" or k == 0 or k + 1 >= len(tokens):
        return False
    return tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start


def _initial_dot(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the dot after a capital letter of an initialism followed by
    another word ('U.N. peacekeeper', 'U.S. envoy')."""
    if tokens[k].text != "." or k == 0 or k + 1 >= len(tokens):
        return False
    letter = tokens[k - 1].text
    return len(letter) == 1 and letter.isupper() and _word(tokens[k + 1])


def _titled_head(tokens: list[Token], k: int) -> bool:
    """A capitalised word naming a person, written as a title, that ends its phrase
    ('the Chairman of', 'an Elder who'): a person noun not followed by a name."""
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is not None and following.text[0].isupper():
        return False
    word = tokens[k].lower
    named = word in _cues().person_nouns or lexicon().groups.match(tokens, k) is not None
    return (named or word.endswith(("man", "woman"))) and not plural_noun(word)


def _name_after(tokens: list[Token], k: int) -> int:
    """The end of a name standing right after a head noun ('the mayor Jo Bako')."""
    end = k
    while end < len(tokens) and end - k < 4 and _capitalised(tokens[end]):
        if tokens[end].lower in _CALENDAR or not _word(tokens[end]):
            break
        end += 1
    return end


#: How many capitalised words a name with its titles may hold ('Former Arda Bar
#: President Omar Ali Vell').
_NAME_REACH = 7


def _proper_np(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A proper name ('Tomas Verdi', 'Sheikh Omar Dal'), or capitalised modifiers and a
    singular head, with or without a name after it ('Hindu priest', 'Famous singer Jo
    Bako')."""
    k = i
    while k < len(tokens) and k - i < _NAME_REACH and _capitalised(tokens[k]):
        if tokens[k].lower in _CALENDAR or not _word(tokens[k]):
            return None
        k += 1
        if k < len(tokens) and tokens[k].text == "." and tokens[k - 1].lower in _TITLES:
            k += 1
    if k == i or (k == i + 1 and tokens[i].lower in _NOT_NAMES):
        return None  # not 'Out' of 'Out of 300 families, some died': a capitalised preposition
    if k >= len(tokens) or not _word(tokens[k]) or not tokens[k].text[0].islower():
        return i, k
    word = tokens[k].lower
    if word in _NP_BREAKS or word in _ADVERBS:
        return i, k  # "Tomas Verdi was", "Jo Bako has": a verb, not a head noun
    if plural_noun(word):
        return None  # "Afghan soldiers"
    if word in _cues().not_persons or word in _TIME_WORDS or word in lexicon().not_people:
        return i, k
    if lexicon().groups.match(tokens, k) or word.endswith(_PERSON_ENDINGS):
        longer = _common_np(tokens, i, k)  # "Local government official"
        if longer is not None and longer[1] > k + 1 and _person_head(tokens, longer):
            return longer
        return i, _name_after(tokens, k + 1)  # "Taliban commander", "Hindu priest"
    return i, k


def _group_of(tokens: list[Token], start: int, end: int) -> str:
    groups = lexicon().groups
    hit = groups.match_ending(tokens, end)
    if hit is not None and end - hit[1] >= start:
        return hit[0]
    return "people"


def _objects(tokens: list[Token], k: int) -> list[tuple[int, int]]:
    """Singular noun phrases from ``tokens[k]``, joined by 'and' or ','; a description
    after a name, or a name after a description, set off by a comma names the same
    person ('Jo Bako, a teacher'; 'a teacher, Jo Bako'), as does a phrase set off by a
    comma after the item that 'and' ends the list with ('a teacher and his brother, a
    farmer')."""
    found: list[tuple[int, int]] = []
    after_and = False  # whether the last item came after 'and'
    while True:
        np = singular_np(tokens, k)
        if np is None or (found and _speaks(tokens, np[1])):
            return found  # not 'killed a ferryman, a local elder said': the source
        comma = bool(found) and tokens[np[0] - 1].text == ","
        if not (comma and (after_and or _appositive(tokens, found[-1], np))):
            found.append(np)  # not 'the teacher and his brother, a farmer': the brother
        after_and = tokens[np[0] - 1].lower == "and"
        k = _past_of_phrase(tokens, np[1])
        if k + 1 < len(tokens) and tokens[k].lower in {"and", ","}:
            k += 1
            if tokens[k].lower == "and":
                k += 1
            continue
        return found


def _speaks(tokens: list[Token], k: int) -> bool:
    """Whether a verb of saying stands at ``tokens[k]``, after a phrase that is its
    subject."""
    return k < len(tokens) and tokens[k].lower in lexicon().speech_verbs


_OF_PHRASE_REACH = 8


def _past_of_phrase(tokens: list[Token], k: int) -> int:
    """Where a list goes on after an 'of' or 'for' phrase that carries on one of its
    people ('the head of the water board and a clerk', 'the son of the mayor, and a
    guard'): the 'and' or comma ending the phrase, else ``k``."""
    if k >= len(tokens) or tokens[k].lower not in {"of", "for"}:
        return k
    end, limit = k + 1, k + _OF_PHRASE_REACH
    while end < min(len(tokens), limit):
        if _bracketed_name(tokens, end):
            end, limit = end + 3, limit + 3  # "the head of the Rim Party (RP) and his son"
            continue
        word = tokens[end].lower
        if word in {"and", ","}:
            following = tokens[end + 1 :][:2]
            starts = [t.lower for t in following]
            if starts and (starts[0] in _DETERMINERS or starts[:1] == ["and"]):
                return end
            return k
        if (
            word in _NP_BREAKS
            or word in _CLAUSE_STARTS
            or not (_word(tokens[end]) or word in {"'s", "-"})
        ):
            return k
        end += 1
    return k


def _bracketed_name(tokens: list[Token], k: int) -> bool:
    """Whether an initialism in brackets stands at ``tokens[k]`` ('(RP)')."""
    if k + 2 >= len(tokens) or tokens[k].text != "(" or tokens[k + 2].text != ")":
        return False
    name = tokens[k + 1].text
    return len(name) > 1 and name.isupper()


def _appositive(tokens: list[Token], first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether of two phrases one is a proper name and the other a common noun phrase."""

    def named(np: tuple[int, int]) -> bool:
        return tokens[np[0]].text[0].isupper() and tokens[np[0]].lower not in _DETERMINERS

    return named(first) != named(second)


#: How many tokens before its verb a subject may start (an appositive included).
_SUBJECT_REACH = 40


def _subject_before(tokens: list[Token], v: int) -> tuple[int, int] | None:
    """The singular subject whose verb starts at ``tokens[v]``: a phrase at the start of its
    clause or after a comma in it ('In the attack, a soldier was killed'), followed by
    nothing but adverbs, an appositive, a relative clause or a prepositional phrase ('Jo
    Smith, a teacher, was murdered'; 'a singer who lived abroad was found dead')."""
    start = v
    floor = max(0, v - _SUBJECT_REACH)  # bounded: a thousand "a guard was killed," stay linear
    while start > floor:
        word = tokens[start - 1].lower  # a clause starts only at one of these words
        if (word in _CLAUSE_STARTS or word == "and") and _clause_start(tokens, start - 1):
            break
        start -= 1
    candidates = [_past_opening_time(tokens, start, v)]  # 'On 2 June a clerk was …'
    candidates += [n + 1 for n in range(start, v) if tokens[n].text == ","]
    # computed once, not per candidate: a clause listing thousands of numbers stays linear
    next_word = list(range(start, v + 1))
    for n in range(v - 1, start - 1, -1):  # _word, read in the loop
        next_word[n - start] = n if tokens[n].text[0].isalpha() else next_word[n - start + 1]
    last_count = _last_count(tokens, start, v)
    tried: set[int] = set()
    for begin in candidates:
        begin = next_word[begin - start]
        if begin in tried:
            continue  # the same phrase, already read
        tried.add(begin)
        np = singular_np(tokens, begin)
        if np is None or np[1] > v:
            continue
        between = tokens[np[1] : v]
        if last_count >= np[1]:
            return None  # "A man and two children were killed": the number counts
        if all(t.lower in _ADVERBS for t in between) or _postmodified(between[0]):
            return np
    return None


def _last_count(tokens: list[Token], start: int, v: int) -> int:
    """The index of the last number counting people (:func:`_counts_people`) in
    ``tokens[start:v]``, else -1."""
    for n in range(v - 1, start - 1, -1):
        if tokens[n].text[0].isdigit() and _counts_people(tokens, n):  # most: no digit
            return n
    return -1


def age_word(word: str) -> bool:
    """Whether a lower-cased token writes an age ('year-old' after '45 -', or a whole
    'six-year-old'): ``[counted_phrase] ages`` in taxonomy.toml.

    >>> [age_word(w) for w in ("year-old", "six-year-old", "month-old", "old", "gold")]
    [True, True, True, False, False]
    """
    return word in _AGES or word.endswith(_AGE_ENDINGS)


def time_word(word: str) -> bool:
    """Whether a lower-cased word belongs to a time phrase: a day or a month, a relative
    day, a noun of time or a word opening one (``[calendar]`` in taxonomy.toml)."""
    return word in _CALENDAR or word in _TIME_WORDS or word in _TIME_OPENERS


def _clause_start(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` opens a clause: a word of ``_CLAUSE_STARTS``, but not 'and'
    inside a name ('the Arda and Rim council')."""
    word = tokens[k].lower
    if word != "and":
        return word in _CLAUSE_STARTS
    inside = 0 < k < len(tokens) - 1
    return not (inside and tokens[k - 1].text[0].isupper() and tokens[k + 1].text[0].isupper())


def _past_opening_time(tokens: list[Token], start: int, v: int) -> int:
    """Where the words after a time phrase opening a clause without a comma start ('On 2
    June a clerk was …', 'Late on Monday night a guard was …'), else ``start``: the
    phrase holds only days, months, times of day, numbers and 'the' / 'of'."""
    if start >= v or not (tokens[start].lower in _TIME_OPENERS or _time_token(tokens, start)):
        return start
    k = start
    timed = False
    while k < v and (tokens[k].lower in _TIME_LINKS or _time_token(tokens, k)):
        timed = timed or tokens[k].lower not in _TIME_LINKS
        k += 1
    return k if timed else start


_TIME_LINKS = _TIME_OPENERS | frozenset(_PHRASE["time_links"])
_ORDINAL_ENDINGS = frozenset(_PHRASE["ordinal_endings"])


def _time_token(tokens: list[Token], k: int) -> bool:
    """A word of a date or a time of day: 'June', 'Monday', 'night', '2', the 'th' of
    '8th'."""
    word = tokens[k].lower
    if word in _ORDINAL_ENDINGS:
        return k > 0 and tokens[k - 1].text[0].isdigit()
    return word in _CALENDAR or word in _TIME_WORDS or tokens[k].text[0].isdigit()


def _postmodified(token: Token) -> bool:
    """Whether a subject goes on past its head with an appositive, a relative clause, a
    prepositional phrase or a participle ('Jo Bako, a teacher', 'a reporter for the Post',
    'a clerk covering the courts')."""
    word = token.lower
    if token.text in _APPOSITION or word in _POSTMODIFIERS:
        return True
    return token.text[0].islower() and word.endswith("ing") and word not in _NOUNS_IN_ING


def _counts_people(tokens: list[Token], n: int) -> bool:
    """A number in a subject ('and two children'), not an age ('a 45-year-old')."""
    if not tokens[n].text[0].isdigit():
        return False
    if year(tokens[n].text):
        return False  # "who won the prize in 2005": a year
    following = tokens[n + 1].lower if n + 1 < len(tokens) else ""
    if n and tokens[n - 1].text == "," and following == ",":
        return False  # "Jo Bako, 25, was shot": an age between commas
    return following != "-" and not age_word(following) and not following.startswith("year")


_EARLIER_EVENT = frozenset(_PHRASE["earlier_event"])
_EARLIER_EVENT_LINKS = frozenset(_PHRASE["earlier_event_links"])


def _earlier_event(tokens: list[Token], k: int) -> bool:
    """'following the assassination of an official': a killing that led to the news, not
    the news itself."""
    j = k - 1
    while j >= 0 and tokens[j].lower in _EARLIER_EVENT_LINKS:
        j -= 1
    return j >= 0 and tokens[j].lower in _EARLIER_EVENT


@cache
def _split_starts() -> frozenset[str]:
    """The first words of the split cues' heads."""
    return frozenset(_split_heads())


def _split_at(
    tokens: list[Token], k: int
) -> tuple[str, list[tuple[int, int]], tuple[int, int]] | None:
    """A verb split around its victims ('shot him dead', 'beat a guard to death'): the
    outcome, the victims and the token range from the verb to the particle's end."""
    if k >= len(tokens) or tokens[k].lower not in _split_starts():
        return None

    def words(a: int, b: int) -> tuple[str, ...]:  # not the whole sentence per call
        return tuple(t.lower for t in tokens[a:b])

    for outcome, head, tail in _cues().split:
        if words(k, k + len(head)) != head:
            continue
        objects = _objects(tokens, k + len(head))
        end = objects[-1][1] if objects else None
        if end is not None and words(end, end + len(tail)) == tail:
            return outcome, objects, (k, end + len(tail))
    return None


def split_verb(tokens: list[Token], k: int) -> bool:
    """Whether a verb split around its victims starts at ``tokens[k]`` ('shot him dead',
    'beat a guard to death').

    >>> from reconcile.extract.lexicon import tokenize
    >>> split_verb(tokenize("shot Jo Bako to death"), 0), split_verb(tokenize("shot dead"), 0)
    (True, False)
    """
    return _split_at(tokens, k) is not None


_COORDINATED_BREAKS = frozenset(_PHRASE["coordinated_breaks"])


def _subject_of_first_verb(tokens: list[Token], v: int) -> tuple[int, int] | None:
    """The subject of a verb joined to an earlier one: 'Jo Bako, 25, was shot several
    times and died': the subject of 'was shot'."""
    k = v
    while k > 0 and tokens[k - 1].lower in _ADVERBS:
        k -= 1
    if k == 0 or tokens[k - 1].lower != "and":
        return None
    for n in range(k - 2, -1, -1):
        if tokens[n].lower in _BE_OR_HAVE and n > 0:
            return _subject_before(tokens, n)
        if tokens[n].lower in _COORDINATED_BREAKS:
            return None
    return None


def _participle_at(tokens: list[Token], k: int) -> int | None:
    """Where the participle of a passive starting at ``tokens[k]`` stands: after 'was',
    'were', 'has been', 'have been', 'had been' and adverbs ('has reportedly been') or a
    day ('was Sunday afternoon killed')."""
    word = tokens[k].lower
    v = k + 1
    if word in {"has", "have", "had"}:
        while v < len(tokens) and tokens[v].lower in _ADVERBS:
            v += 1
        if v >= len(tokens) or tokens[v].lower != "been":
            return None
        v += 1
    elif word not in _BE_OR_WERE:
        return None
    while v < len(tokens) and tokens[v].lower in _BEFORE_PARTICIPLE:
        v += 1  # 'was Sunday afternoon killed'
    return v


# Participles that do not end in -ed, before the one that names the outcome ('was shot
# and killed', 'was hit and later died').
_IRREGULAR = frozenset(load_data("taxonomy.toml")["victims"]["participles_before"]["words"])
# the words that may stand between joined participles ('was stabbed and then beheaded')
_JOINING_PARTICIPLES = _IRREGULAR | {"and", "then"} | _ADVERBS


def _passive_at(tokens: list[Token], v: int) -> tuple[str, tuple[int, int]] | None:
    """The passive participle at ``tokens[v]``, or after other participles joined to it
    ('was stabbed and then beheaded'): its outcome and token range."""
    passive = _cues().passive
    k = v
    while k < len(tokens) and k - v < 5:
        hit = passive.match(tokens, k)
        if hit is not None:
            return hit[0], (k, k + hit[1])
        word = tokens[k].lower
        if not (word.endswith("ed") or word in _JOINING_PARTICIPLES):
            return None
        k += 1
    return None


def _subjects_before(tokens: list[Token], v: int, plural: bool) -> list[tuple[int, int]]:
    """One singular subject before a singular verb; two or more joined by 'and' before a
    plural one ('The village head and a driver were killed'), or one or more joined to a
    count ('A guide and two porters were killed': the guide)."""
    if not plural:
        np = _subject_before(tokens, v)
        return [np] if np is not None else []
    start = v
    digits = False
    while start > 0 and tokens[start - 1].lower not in _SUBJECTS_BREAKS:
        digits = digits or tokens[start - 1].text[0].isdigit()
        start -= 1
    found = _objects(tokens, start)
    if not found:
        return []
    rest = tokens[found[-1][1] : v]
    if len(rest) > 2 and rest[1].lower in POSSESSIVES:
        rest = rest[:1] + rest[2:]  # "A widow and her three sons were killed"
    if len(rest) > 1 and rest[0].lower == "and" and is_number_token(rest[1]):
        return found  # "A guide and two porters were killed": the count is read apart
    end = _past_appositive(tokens, found[-1][1], v)
    return found if len(found) > 1 and end == v and not digits else []


def _past_appositive(tokens: list[Token], k: int, v: int) -> int:
    """Where a subject ending at ``tokens[k]`` ends: past an appositive set off by commas
    up to the verb at ``tokens[v]`` ('Bako and his brother, Emeka Bako, were shot')."""
    if v - k < 3 or tokens[k].text != "," or tokens[v - 1].text != ",":
        return k
    np = singular_np(tokens, k + 1)
    return v if np is not None and np[1] == v - 1 else k


def find_victims(tokens: list[Token]) -> list[Victim]:
    """Every singular victim in a sentence's tokens, in order.

    >>> from reconcile.extract.lexicon import tokenize
    >>> t = tokenize("Gunmen shot dead a village chief and his son on Monday.")
    >>> [(" ".join(x.text for x in t[v.start:v.end]), v.outcome) for v in find_victims(t)]
    [('a village chief', 'killed'), ('his son', 'killed')]
    >>> t = tokenize("A reporter, who covered crime, was beaten to death.")
    >>> [(" ".join(x.text for x in t[v.start:v.end]), v.group) for v in find_victims(t)]
    [('A reporter', 'people')]
    """
    found: list[Victim] = []
    if not holds_cue(tokens):
        return found  # no cue: no reading can apply (most sentences)
    readings_of = _readings_by_word()
    k, size = 0, len(tokens)
    while k < size:
        word = tokens[k].lower
        if word not in readings_of:
            k += 1  # no reading opens on this word (most words)
            continue
        verb_readings, subject_readings = readings_of[word]
        for reading in verb_readings:
            hit = reading(tokens, k)
            if hit is not None:
                victims, k = hit
                found += victims
                break
        else:
            for subject_reading in subject_readings:
                found += subject_reading(tokens, k)
            k += 1
    return _distinct(found)


@cache
def cue_words() -> frozenset[str]:
    """The words a victim's cue may start with: every reading of :func:`find_victims`
    needs a phrase of ``[victims]`` (active, passive, intransitive, nominal or split), so
    tokens holding none of these words hold no victim."""
    return frozenset(w for table in _cue_tables() for w in table.by_first) | _split_starts()


def holds_cue(tokens: list[Token]) -> bool:
    """Whether a phrase of ``[victims]`` stands among the tokens: a nominal, active,
    passive or intransitive cue, or the head of a split one ('shot … dead'). Every reading
    of :func:`find_victims` needs one, so tokens without any hold no victim; a sentence's
    tokens rarely start one (most start no cue word at all).

    >>> from reconcile.extract.lexicon import tokenize
    >>> holds_cue(tokenize("He had left.")), holds_cue(tokenize("A guard had been shot."))
    (False, True)
    """
    words = cue_words()
    lowers = lowered(tokens)  # read once for the three tests below
    if words.isdisjoint(lowers):
        return False  # no word a cue starts with (most sentences)
    if not _one_word_cues().isdisjoint(lowers):
        return True  # 'killed', 'died': a cue by itself (most sentences that hold one)
    return any(_cue_at(tokens, i) for i in [i for i, w in enumerate(lowers) if w in words])


@cache
def _one_word_cues() -> frozenset[str]:
    """The cues of one word ('killed', 'died'; a split cue's head 'shot'): at a token that
    is one, :func:`_cue_at` holds whatever follows it."""
    phrases = {p[0] for table in _cue_tables() for p in table.entries if len(p) == 1}
    heads = {h[0] for found in _split_heads().values() for h in found if len(h) == 1}
    return frozenset(phrases | heads)


def _cue_at(tokens: list[Token], k: int) -> bool:
    """Whether a phrase of ``[victims]`` (or a split cue's head) starts at ``tokens[k]``."""
    word = tokens[k].lower
    for table in _cue_tables_by_word().get(word, ()):  # a loop, not a generator per token
        if table.match(tokens, k) is not None:
            return True
    heads = _split_heads().get(word, ())
    return any(tuple(t.lower for t in tokens[k : k + len(head)]) == head for head in heads)


@cache
def _cue_tables() -> tuple[PhraseTable, ...]:
    """The tables of the nominal, active, passive and intransitive cues."""
    cues = _cues()
    return cues.nominal, cues.active, cues.passive, cues.intransitive


@cache
def _cue_tables_by_word() -> dict[str, tuple[PhraseTable, ...]]:
    """Per first word of a cue, the tables of :func:`_cue_tables` holding a phrase that
    starts with it (in their order): the others match nothing there."""
    tables = _cue_tables()
    words = {w for table in tables for w in table.by_first}
    return {w: tuple(t for t in tables if w in t.by_first) for w in words}


@cache
def _split_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The distinct heads of the split cues, by first word."""
    heads: dict[str, dict[tuple[str, ...], None]] = {}
    for _, head, _ in _cues().split:
        heads.setdefault(head[0], {})[head] = None
    return {word: tuple(found) for word, found in heads.items()}


@cache
def _reading_starts() -> frozenset[str]:
    """The words a reading of victims may open on: the first words of its cues, 'with'
    (:func:`_absolute_at`) and the auxiliaries of a passive (:func:`_participle_at`)."""
    cues = _cues()
    tables = (cues.nominal, cues.active, cues.intransitive)
    words = {w for table in tables for w in table.by_first} | _split_starts()
    return frozenset(words | {"with", "were"} | _HAVE | _BE)


# A reading of victims after a cue at ``tokens[k]``: the victims and where reading goes on
# (past the cue and its objects), or None when the cue is not there.
_Read = tuple[list[Victim], int] | None

_Readings = tuple[
    tuple[Callable[[list[Token], int], _Read], ...],
    tuple[Callable[[list[Token], int], list[Victim]], ...],
]


@cache
def _readings_by_word() -> dict[str, _Readings]:
    """Per word of :func:`_reading_starts`, the verb and subject readings (in their order
    in :data:`_VERB_READINGS` and :data:`_SUBJECT_READINGS`) that may open on it: each
    reading finds nothing at a word outside its own first words (the other cues' words,
    'with', a passive's auxiliary), so it is not called there."""
    cues = _cues()
    opens: dict[Callable[..., object], frozenset[str]] = {
        _nominal_reading: frozenset(cues.nominal.by_first),
        _split_reading: _split_starts(),
        _active_reading: frozenset(cues.active.by_first),
        _absolute_reading: frozenset({"with"}),  # _absolute_at
        _passive_reading: _BE_OR_WERE | _HAVE,  # _participle_at
        _intransitive_reading: frozenset(cues.intransitive.by_first),
    }
    return {
        word: (
            tuple(r for r in _VERB_READINGS if word in opens[r]),
            tuple(r for r in _SUBJECT_READINGS if word in opens[r]),
        )
        for word in _reading_starts()
    }


def _after_be(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` follows 'was', 'is' or 'been': a passive, read by its subject."""
    return k > 0 and tokens[k - 1].lower in _BE_OR_BEEN


def _nominal_reading(tokens: list[Token], k: int) -> _Read:
    """'the murder of a Christian convert': a noun of killing, 'of' and one person; not a
    pronoun ('his murder') nor an earlier killing that led to the news."""
    hit = _cues().nominal.match(tokens, k)
    if hit is None or k + hit[1] >= len(tokens) or tokens[k + hit[1]].lower != "of":
        return None
    np = singular_np(tokens, k + hit[1] + 1)
    victims = []
    if np is not None and tokens[np[0]].lower not in _PERSON_PRONOUNS:
        if not _earlier_event(tokens, k):
            victims = _accompanied(tokens, [_victim(tokens, *np, hit[0], (k, k + hit[1]))])
    return victims, k + hit[1]


def _split_reading(tokens: list[Token], k: int) -> _Read:
    """'shot him dead', 'beat a guard to death': a verb split around its victims."""
    split = None if _after_be(tokens, k) else _split_at(tokens, k)
    if split is None:
        return None
    outcome, objects, cue = split
    joined = len(objects) > 1
    victims = [_victim(tokens, a, b, outcome, cue, joined) for a, b in objects]
    return _accompanied(tokens, victims, cue[1]), cue[1]


def _active_reading(tokens: list[Token], k: int) -> _Read:
    """'killed a village chief and his son': an active verb and its objects."""
    hit = None if _after_be(tokens, k) else _cues().active.match(tokens, k)
    if hit is None:
        return None
    objects = _objects(tokens, k + hit[1])
    cue = (k, k + hit[1])
    joined = len(objects) > 1
    victims = [_victim(tokens, a, b, hit[0], cue, joined) for a, b in objects]
    return _accompanied(tokens, victims), k + hit[1]


def _absolute_reading(tokens: list[Token], k: int) -> list[Victim]:
    """', with the ferryman killed at the jetty' (:func:`_absolute_at`)."""
    absolute = _absolute_at(tokens, k)
    return [absolute] if absolute is not None else []


def _passive_reading(tokens: list[Token], k: int) -> list[Victim]:
    """'A night watchman was shot dead', 'The village head and a driver were killed': the
    subjects of a passive whose auxiliary stands at ``tokens[k]``."""
    v = _participle_at(tokens, k)
    hit = _passive_at(tokens, v) if v is not None else None
    if hit is None:
        return []
    word = tokens[k].lower
    subjects = _subjects_before(tokens, k, word in {"were", "have"})
    if not subjects and word == "had":  # "A man had been killed", or two had
        subjects = _subjects_before(tokens, k, True)
    joined = len(subjects) > 1
    victims = [_victim(tokens, a, b, hit[0], hit[1], joined) for a, b in subjects]
    if victims:
        victims += _elided_passive(tokens, hit[1][1])
    return _accompanied(tokens, victims, hit[1][1])


def _elided_passive(tokens: list[Token], k: int) -> list[Victim]:
    """'A clerk was killed and a guard wounded': after a passive ending at ``tokens[k]``,
    'and', one person and a participle of the same passive whose auxiliary is left out."""
    if k >= len(tokens) or tokens[k].lower != "and":
        return []
    np = singular_np(tokens, k + 1)
    if np is None or tokens[np[0]].lower in _PERSON_PRONOUNS:
        return []
    hit = _cues().passive.match(tokens, np[1])
    if hit is None:
        return []
    return [_victim(tokens, *np, hit[0], (np[1], np[1] + hit[1]))]


def _intransitive_reading(tokens: list[Token], k: int) -> list[Victim]:
    """'A toddler later died', 'Rafi Dan was stabbed twice and died': the subject of an
    intransitive verb of death at ``tokens[k]``."""
    hit = _cues().intransitive.match(tokens, k)
    if hit is None or k == 0 or tokens[k - 1].lower in _BE:
        return []
    np = _subject_before(tokens, k) or _subject_of_first_verb(tokens, k)
    if np is None:
        return []
    return _accompanied(tokens, [_victim(tokens, *np, hit[0], (k, k + hit[1]))], k + hit[1])


#: Readings of a cue that takes its victims after it; the first that applies reads on past
#: them.
_VERB_READINGS: tuple[Callable[[list[Token], int], _Read], ...] = (
    _nominal_reading,
    _split_reading,
    _active_reading,
)
#: Readings of a verb whose victims are its subject, all tried at each other word.
_SUBJECT_READINGS: tuple[Callable[[list[Token], int], list[Victim]], ...] = (
    _absolute_reading,
    _passive_reading,
    _intransitive_reading,
)


_VERBS_AFTER_SUBJECT = be_forms("singular", "plural") | _HAVE


def listed_after(tokens: list[Token], k: int, outcome: str, cue: tuple[int, int]) -> list[Victim]:
    """The people named without a number after a count's phrase that ends at
    ``tokens[k]``, joined by 'and' ('killed three traders and a driver', 'Seven herders and
    a cook were killed'), with the count's outcome and its cue: items of one list. Not the
    subject of a clause of its own ('killed two guards and a clerk was hurt').

    >>> from reconcile.extract.lexicon import tokenize
    >>> t = tokenize("Raiders killed three traders and a driver.")
    >>> [" ".join(x.text for x in t[v.start:v.end]) for v in listed_after(t, 4, "killed", (1, 2))]
    ['a driver']
    """
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if k >= len(tokens) or tokens[k].lower != "and":
        return []
    objects = _objects(tokens, k + 1)
    if not objects or any(_plural_name(tokens, np) for np in objects):
        return []  # "40 foreigners and Afghans": a people, not one person
    end = objects[-1][1]
    if cue[0] < k and end < len(tokens) and tokens[end].lower in _VERBS_AFTER_SUBJECT:
        return []  # a clause of its own
    if k <= cue[0] < end:
        return []  # the outcome stands inside the phrases: no list of one fate
    return [_victim(tokens, a, b, outcome, cue, True) for a, b in objects]


def _plural_name(tokens: list[Token], np: tuple[int, int]) -> bool:
    """A one-word capitalised plural: a people or a faith ('Afghans'), not one person."""
    return (
        np[1] - np[0] == 1 and tokens[np[0]].text[0].isupper() and plural_noun(tokens[np[0]].lower)
    )


def _absolute_at(tokens: list[Token], k: int) -> Victim | None:
    """', with' and a singular subject of a passive participle, no verb between ('…, with
    the ferryman killed at the jetty'); not 'came with a friend killed in the war'."""
    if tokens[k].lower != "with" or k == 0 or tokens[k - 1].text != ",":
        return None
    np = singular_np(tokens, k + 1)
    if np is None or tokens[np[0]].lower in _PERSON_PRONOUNS:
        return None
    hit = _cues().passive.match(tokens, np[1])
    return _victim(tokens, *np, hit[0], (np[1], np[1] + hit[1])) if hit is not None else None


#: How many words of place or time may stand between a victim's verb and 'along with'.
_COMPANION_REACH = 8
# Words that end the clause of a victim's verb before 'along with' could be reached.
_COMPANION_BREAKS = (
    _CLAUSE_STARTS | be_forms("singular", "plural") | _HAVE | frozenset(_PHRASE["companion_breaks"])
)


def _companions_at(tokens: list[Token], k: int) -> int | None:
    """Where the people after 'along with' (``[victims.companions]``) start, when the cue
    stands at ``tokens[k]`` or after a few words of place or time in the same clause ('was
    killed Tuesday along with two other men', 'was shot dead at her home along with her
    son'); no verb, clause break or number stands before the cue."""
    companions = _cues().companions
    for n in range(k, min(len(tokens), k + _COMPANION_REACH)):
        hit = companions.match(tokens, n)
        if hit is not None:
            return n + hit[1]
        token = tokens[n]
        if token.lower in _COMPANION_BREAKS or is_number_token(token):
            return None
        if not (_word(token) or token.text == ","):
            return None
    return None


def _accompanied(
    tokens: list[Token], victims: list[Victim], end: int | None = None
) -> list[Victim]:
    """The victims of one reading and those named after them with 'along with': all of
    them items of one list ('the mayor was killed along with his driver': two). ``end``
    is where the reading ends (by default, after its last victim)."""
    if not victims:
        return victims
    after = _companions_at(tokens, victims[-1].end if end is None else end)
    if after is None:
        return victims
    first = victims[0]
    return [replace(v, joined=True) for v in victims] + [
        _victim(tokens, a, b, first.outcome, first.cue, True) for a, b in _objects(tokens, after)
    ]


def _victim(
    tokens: list[Token], a: int, b: int, outcome: str, cue: tuple[int, int], joined: bool = False
) -> Victim:
    return Victim(a, b, outcome, cue, _group_of(tokens, a, b), joined)


def _distinct(found: list[Victim]) -> list[Victim]:
    """One victim per noun phrase: a phrase read twice keeps its first reading, unless a
    later one says the person died ('Jo Bako was injured … and later died': killed)."""
    kept: list[Victim] = []
    for _, victim in sorted(enumerate(found), key=lambda item: (item[1].start, item[0])):
        if kept and victim.start < kept[-1].end:  # overlaps the phrase kept before it
            last = kept[-1]
            if victim.start == last.start and _final_death(last, victim):
                kept[-1] = replace(last, outcome=victim.outcome, cue=victim.cue)
            continue
        kept.append(victim)
    return kept


def _final_death(first: Victim, second: Victim) -> bool:
    """Whether a second reading of one person names a death after another fate."""
    return first.outcome != "killed" and second.outcome == "killed" and second.cue > first.cue
