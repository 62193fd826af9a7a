"""Counts implied by words, not digits: 'a soldier was shot dead' is one, 'nobody' none.

:func:`implied_mentions` gives them as number mentions (``implied=True``) where no number
stands; each reading (:data:`_IMPLIED_READINGS`) decides one kind, tried in order.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from reconcile.extract.count_words import (
    AUX_OR_HAVE,
    COUNTED_PHRASE,
    MODIFIER_BLOCK,
    vague_first_words,
)
from reconcile.extract.lexicon import Token, lexicon
from reconcile.extract.numbers import NumberMention, is_number_token
from reconcile.extract.victims import active_verb, age_word, plural_noun, singular_np, thing_noun

_NEWS_OF = sorted(COUNTED_PHRASE["news_of"], key=len, reverse=True)
_PAIR_NOUNS = frozenset(COUNTED_PHRASE["pair_nouns"])
_PAIR_WORDS = frozenset(COUNTED_PHRASE["pair_words"])
_ONE_MORE_WORDS = frozenset(COUNTED_PHRASE["one_more_words"])
_SINGLE_WORDS = frozenset(COUNTED_PHRASE["single_words"])
_IMPLYING_DETERMINERS = frozenset(COUNTED_PHRASE["implying_determiners"])


def implied_mentions(
    text: str, tokens: list[Token], taken: list[tuple[int, int]]
) -> list[NumberMention]:
    """Counts implied by words, not digits: one person for a determiner and a singular noun
    ('a soldier', 'his wife', 'a 10-year-old boy'), two for a couple; none for 'nobody',
    'no one' or 'no' before a counted noun or an outcome ('no soldiers were hurt', 'no
    deaths'). At each word the readings of :data:`_IMPLIED_READINGS` are tried in order;
    a reading gives the index of the last word and the value."""
    found = []
    occupied: set[int] | None = None  # made at the first reading: most sentences have none
    readings_of = _readings_by_word()
    for n, token in enumerate(tokens[:-1]):
        if token.lower not in readings_of:
            continue  # no reading opens on this word (most words)
        for reading in readings_of[token.lower]:
            hit = reading(tokens, n)
            if hit is None:
                continue
            last, value = hit
            start, end = token.start, tokens[last].end
            if occupied is None:  # not a scan of taken per reading
                occupied = {p for x, y in taken for p in range(x, y)}
            if occupied.isdisjoint(range(start, end)):
                found.append(implied_mention(text, start, end, value))
            break
    return found


@cache
def _readings_by_word() -> dict[str, tuple[Callable[[list[Token], int], _Implied], ...]]:
    """Per word a reading of :data:`_IMPLIED_READINGS` may open on, those that may (in
    their order): each finds nothing at a word outside its own first words."""
    opens = {
        _nobody_at: frozenset({"nobody", "no"}),
        _no_before_count_at: frozenset({"no"}),
        _no_news_at: frozenset({"no"}),
        _one_person_at: _IMPLYING_DETERMINERS,
        _another_at: _ONE_MORE_WORDS,
        _both_at: _PAIR_WORDS,
        _a_death_at: frozenset({"a", "an"}),
    }
    words = frozenset().union(*opens.values())
    return {w: tuple(r for r in _IMPLIED_READINGS if w in opens[r]) for w in words}


def implied_mention(text: str, start: int, end: int, value: float) -> NumberMention:
    """A mention of ``value`` people written by the words ``text[start:end]``."""
    return NumberMention(
        start, end, text[start:end], value, "exact", value, value, True, True, "count",
        implied=True,
    )  # fmt: skip


# A reading of an implied count at ``tokens[n]``: (index of its last word, value), or
# None when it does not apply.
_Implied = tuple[int, float] | None


def _nobody_at(tokens: list[Token], n: int) -> _Implied:
    """'nobody', 'no one': zero people."""
    word = tokens[n].lower
    if word == "nobody":
        return n, 0.0
    return (n + 1, 0.0) if word == "no" and tokens[n + 1].lower == "one" else None


def _no_before_count_at(tokens: list[Token], n: int) -> _Implied:
    """'no soldiers were hurt', 'no deaths': 'no' before a counted noun or an outcome."""
    if tokens[n].lower != "no":
        return None
    lex = lexicon()
    return (
        (n, 0.0) if lex.groups.match(tokens, n + 1) or lex.outcomes.match(tokens, n + 1) else None
    )


def _no_news_at(tokens: list[Token], n: int) -> _Implied:
    """'no reports of casualties': 'no', a phrase of news and an outcome."""
    if tokens[n].lower != "no":
        return None
    after = _past_news_of(tokens, n + 1)
    return (after - 1, 0.0) if after > n + 1 and lexicon().outcomes.match(tokens, after) else None


def _one_person_at(tokens: list[Token], n: int) -> _Implied:
    """A determiner, up to five modifiers and a singular noun of the group lexicon ('a
    soldier', 'his wife', 'a 10-year-old boy'), or a noun of two people ('a Chinese
    couple'); not 'a fighter jet' (a thing's kind) nor the subject of a verb of saying
    ('killing 17 people, a police officer said': the source)."""
    if tokens[n].lower not in _IMPLYING_DETERMINERS:
        return None
    groups = lexicon().groups
    for k in range(n + 1, min(len(tokens), n + 7)):
        word = tokens[k].lower
        if word in _PAIR_NOUNS and _pair_at(tokens, k):
            return k, 2.0
        hit = groups.match(tokens, k) if word in groups.by_first else None  # most: no call
        if hit:
            after = k + hit[1]
            following = tokens[after].lower if after < len(tokens) else ""
            if plural_noun(tokens[after - 1].lower) or thing_noun(following):
                return None
            if following in lexicon().speech_verbs:
                return None
            return after - 1, 1.0
        if tokens[k].text.isdigit() or tokens[k].text == "-" or age_word(word):
            continue  # "a 10-year-old boy"
        if word in MODIFIER_BLOCK or not tokens[k].text[0].isalpha():
            return None
    return None


def _another_at(tokens: list[Token], n: int) -> _Implied:
    """'stabbed six people and wounded another': 'another' standing for one more person,
    as the object of a verb of killing or wounding, with no noun after it."""
    if tokens[n].lower not in _ONE_MORE_WORDS or singular_np(tokens, n) is not None:
        return None
    following = tokens[n + 1]
    if is_number_token(following) or following.lower in vague_first_words():
        return None  # "wounded another 17", "another dozen": the number counts
    if any(n >= size and active_verb(tokens, n - size) == size for size in (1, 2)):
        return n, 1.0
    return None


def _both_at(tokens: list[Token], n: int) -> _Implied:
    """'Both pilots were killed', 'Both died on the spot': two people, before a plural noun
    of people or a verb; not 'both the driver and …' (the list counts), nor after a comma
    (the count before it)."""
    if tokens[n].lower not in _PAIR_WORDS or (n and tokens[n - 1].text == ","):
        return None  # not 'two brothers, both members of the guild, were …': the two
    following = tokens[n + 1]
    verb = following.lower in AUX_OR_HAVE or lexicon().outcomes.match(tokens, n + 1)
    people = following.text[0].islower() and plural_noun(following.lower)
    return (n, 2.0) if verb or (people and following.lower not in lexicon().not_people) else None


def _a_death_at(tokens: list[Token], n: int) -> _Implied:
    """'with a single death in Oru', 'a lone fatality': 'a' and a word of ``[counted_phrase]
    single_words`` before a singular noun of an outcome is one person; the count stops
    before the noun, which gives its outcome. Not 'a single death toll' (a phrase of its
    own) nor a plural."""
    if tokens[n].lower not in {"a", "an"}:
        return None
    k = n + 1
    if tokens[k].lower not in _SINGLE_WORDS or k + 1 >= len(tokens):
        return None
    hit = lexicon().outcomes.match(tokens, k + 1)
    if hit is None or hit[1] != 1 or plural_noun(tokens[k + 1].lower):
        return None
    return k, 1.0


_IMPLIED_READINGS: tuple[Callable[[list[Token], int], _Implied], ...] = (
    _nobody_at,
    _no_before_count_at,
    _no_news_at,
    _one_person_at,
    _another_at,
    _both_at,
    _a_death_at,
)


def _pair_at(tokens: list[Token], k: int) -> bool:
    """A noun of two people (``[counted_phrase] pair_nouns``), not 'a couple of hours'."""
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return tokens[k].lower in _PAIR_NOUNS and after != "of"


def _past_news_of(tokens: list[Token], k: int) -> int:
    """Where the words after a phrase of news ('reports of', ``[counted_phrase]
    news_of``) starting at ``tokens[k]`` stand, else ``k``."""
    for phrase in _NEWS_OF:
        words = phrase.split()
        if [t.lower for t in tokens[k : k + len(words)]] == words:
            return k + len(words)
    return k
