"""The words and phrase tests that the readers of counts share.

The lists of ``[counted_phrase]`` and ``[change]`` in ``reconcile/data/taxonomy.toml`` read
once, the phrases a number may follow (:class:`_Endings`, :func:`ends_with`), and small
token helpers. The other ``count_*`` modules import from here; it imports none of them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from reconcile.extract.lexicon import Token, closed_words, lexicon, load_data
from reconcile.extract.numbers import NUMBER_WORD_SET
from reconcile.extract.victims import companion_cues

COUNTED_PHRASE = load_data("taxonomy.toml")["counted_phrase"]
AUX = set(COUNTED_PHRASE["before_outcome"]) | {
    "'",
    '"',
    "“",
    "”",
    "‘",
    "’",
}  # 'Rescuers said "about 40" were injured'
LIST_JOINERS = frozenset(COUNTED_PHRASE["list_joiners"])
CLAUSE_BREAKS = frozenset(COUNTED_PHRASE["clause_breaks"])
MODIFIER_BLOCK = (
    AUX | CLAUSE_BREAKS | NUMBER_WORD_SET | frozenset(COUNTED_PHRASE["modifier_breaks"])
)

_CHANGE = load_data("taxonomy.toml")["change"]  # [change]: words of change and of parts
INCREMENT_AFTER = frozenset(_CHANGE["increment_after"])
REFERRING = frozenset(COUNTED_PHRASE["definite"])  # "The figure later rose to 48"


def token_index(tokens: list[Token], offset: int) -> int:
    """The index of the first token starting at or after ``offset`` (tokens are in order)."""
    return bisect_left(tokens, offset, key=_START)


_START = attrgetter("start")  # in C: bisect calls it at each step


def surface_of(tokens: list[Token], i: int, j: int) -> str:
    """The words of ``tokens[i:j]`` as written, joined by spaces."""
    return " ".join(t.text for t in tokens[i:j])


PASSIVE_AUX = frozenset(COUNTED_PHRASE["passive_auxiliaries"])
AUX_OR_HAVE = PASSIVE_AUX | closed_words("have")


@cache
def vague_first_words() -> frozenset[str]:
    """The first words of the vague quantities ('dozens', 'scores of')."""
    return frozenset(p.split()[0] for p in lexicon().vague)


@dataclass(frozen=True, eq=False)
class _Endings:
    """Phrases the words before a token may end with (:func:`ends_with`), longest first,
    and indexed by their last word: a phrase can end those words only if its last word is
    the token's before (tokens hold no space), so the others need no test. Built once per
    list, not looked up per call in a cache keyed by the whole list."""

    longest_first: tuple[str, ...]
    by_last: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, phrases: Iterable[str]) -> _Endings:
        ordered = tuple(sorted(phrases, key=len, reverse=True))
        if "" in ordered:
            raise ValueError("an empty phrase ends every text")  # ends_with assumes none
        by_last: dict[str, list[str]] = {}
        for phrase in ordered:
            by_last.setdefault(phrase.rsplit(" ", 1)[-1], []).append(phrase)
        return cls(ordered, {word: tuple(found) for word, found in by_last.items()})


def ends_with(tokens: list[Token], i: int, phrases: _Endings) -> str | None:
    """The phrase among ``phrases`` that the words before ``tokens[i]`` end with (the
    longest, when several do)."""
    if 0 < i <= len(tokens):
        candidates = phrases.by_last.get(tokens[i - 1].lower)
        if candidates is None:
            return None  # the word before ends none of them (most calls)
    elif i == 0:
        return None  # no words stand before the first token, and no phrase is empty
    else:
        candidates = phrases.longest_first
    before = " ".join(t.lower for t in tokens[max(0, i - 5) : i])
    for phrase in candidates:
        if before == phrase or before.endswith(" " + phrase):
            return phrase
    return None


INCREMENT_BEFORE = _Endings.of(_CHANGE["increment_before"])
NEW_TOTAL_BEFORE = _Endings.of(_CHANGE["new_total_before"])
PART_CUES = _Endings.of(_CHANGE["part_before"])
PREVIOUS_CUES = _Endings.of(_CHANGE["previous_before"])
COMPANIONS = _Endings.of(companion_cues())
FROM = _Endings.of(["from"])

Outcome = tuple[str, int, int]  # an outcome's key and its token range
