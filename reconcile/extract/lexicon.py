"""The word lists extraction reads: loaded once from ``reconcile/data/*.toml``.

The lists are configuration, not code (see the comments in the data files). This module
turns them into lookup tables and a small tokenizer shared by the extractors.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, repeat
from typing import Any

from reconcile.data import load_data

# Words are letters of any alphabet ("García" is one word, not "Garc" and "a").
# Invisible format characters (bidi marks, zero-width joiners) are not tokens: "17\u200f
# people" is "17 people".
_TOKEN_RE = re.compile(
    r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,:]\d+)*"
    r"|[^\w\s\u200b-\u200f\u061c\u2060\ufeff\u202a-\u202e\u2066-\u2069]"
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark with its offsets in the text it came from, and its
    lower-cased text (made once: the matchers read it millions of times)."""

    text: str
    start: int
    end: int
    lower: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split text into words, numbers and punctuation, keeping character offsets.

    Every extractor reads the same sentence: the tokens of the last texts are kept
    (:func:`_tokens`), so a sentence is tokenized once, and each caller gets its own list.

    >>> [t.text for t in tokenize("17 members, and one civilian's")]
    ['17', 'members', ',', 'and', 'one', "civilian's"]
    >>> [t.text for t in tokenize("Inés Ibáñez-Ortí said")]
    ['Inés', 'Ibáñez-Ortí', 'said']
    """
    return list(_tokens(text, offset))


def first_token(text: str, start: int = 0, end: int | None = None) -> Token | None:
    """The first token of ``text[start:end]`` (offsets into ``text``), None when it has
    none: what :func:`tokenize` gives first, found without tokenizing the rest (the
    pattern has no anchor and no look-around, so its first match from ``start`` is the
    slice's first token).

    >>> first_token("  Of the 31, 13 died.", 2)
    Token(text='Of', start=2, end=4)
    >>> first_token("... ", 3) is None
    True
    """
    found = _TOKEN_RE.search(text, start, len(text) if end is None else end)
    return None if found is None else Token(found.group(), found.start(), found.end())


def none_of(words: AbstractSet[str], tokens: Iterable[Token]) -> bool:
    """Whether no token is one of ``words`` (lower case): one test in C over the tokens'
    words, cheaper than a loop over the tokens that finds none (as most do).

    >>> tokens = tokenize("Two men died.")
    >>> none_of(frozenset({"killed"}), tokens), none_of(frozenset({"men"}), tokens)
    (True, False)
    """
    return words.isdisjoint([t.lower for t in tokens])


def lowered(tokens: Iterable[Token]) -> list[str]:
    """The tokens' lower-case words, in order (a comprehension: the interpreter reads a
    slot at a fraction of the cost of ``map`` calling ``attrgetter`` on each token).

    >>> lowered(tokenize("Two MEN died."))
    ['two', 'men', 'died', '.']
    """
    return [t.lower for t in tokens]


@lru_cache(maxsize=64)
def _tokens(text: str, offset: int) -> tuple[Token, ...]:
    for whole in tuple(_WHOLE):  # a copy: another thread may add to it meanwhile
        found = whole.slice(text, offset)
        if found is not None:
            return found
    found = _scan(text, offset)
    if len(found) >= _WHOLE_TOKENS:
        _WHOLE.appendleft(_Tokenized(text, offset, found, [t.start for t in found]))
    return found


@dataclass(frozen=True, slots=True)
class _Tokenized:
    """A long text (a document) already tokenized: a sentence or clause of it takes its
    tokens from here instead of running the tokenizer again.

    That gives the same tokens: the pattern has no look-around and no anchor, so whether
    it matches at a position, and how far, depends only on the characters it reads; the
    tokens of a slice are the text's tokens inside it, unless a token runs across one of
    its ends (then the slice is tokenized on its own).
    """

    text: str
    offset: int
    tokens: tuple[Token, ...]
    starts: list[int]

    def slice(self, text: str, offset: int) -> tuple[Token, ...] | None:
        """The tokens of ``text`` placed at ``offset``, if it lies in this text with no
        token across its ends; None otherwise."""
        at = offset - self.offset
        if at < 0 or not self.text.startswith(text, at):
            return None
        end = offset + len(text)
        i = bisect_left(self.starts, offset)
        j = bisect_left(self.starts, end, i)
        tokens = self.tokens
        if (i > 0 and tokens[i - 1].end > offset) or (j > 0 and tokens[j - 1].end > end):
            return None
        return tokens[i:j]


# The last long texts tokenized (a document of more than a few sentences).
POSSESSIVE_ENDINGS = ("'s", "’s")  # 'the mayor's', 'the mayor’s': one home for both apostrophes

_WHOLE_TOKENS = 200
_WHOLE: deque[_Tokenized] = deque(maxlen=2)


def _scan(text: str, offset: int) -> tuple[Token, ...]:
    """The tokens of ``text``, made in C loops (``map``) without the calls of a frozen
    dataclass's ``__init__`` and ``__post_init__``: the slots are written through their
    descriptors (the same objects; tokens are made by the hundred thousand).

    ``split`` on the pattern in one group gives the text between the tokens and the
    tokens, alternately (the same matches as ``findall``, the pattern matching no empty
    text): the running sum of their lengths places each token without a loop in Python.
    """
    parts = (_ASCII_SPLIT_RE if text.isascii() else _TOKEN_SPLIT_RE).split(text)
    words = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=offset))
    found = list(map(_new, repeat(Token, len(words))))
    _consume(map(_SET_TEXT, found, words))
    _consume(map(_SET_START, found, bounds[1::2]))  # one more than found: map stops at found's end
    _consume(map(_SET_END, found, bounds[2::2]))
    _consume(map(_SET_LOWER, found, map(str.lower, words)))
    return tuple(found)


# The pattern in one capturing group, for _scan's split.
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
# The same matches as _TOKEN_RE's on ASCII text (a test compares them), where a word is
# [A-Za-z], a digit [0-9] and a mark anything but those, '_' and spaces ('\s': also
# \x1c-\x1f). It opens on one class, every token's first character, so that the regex
# engine skips the spaces between tokens without trying each branch at each: a third
# fewer instructions than the pattern's branches. Its quantifiers are possessive ('*+',
# '++'): nothing follows them that could fail, so the greedy first try is always the
# match, and the engine need not keep a way back at every repeat (a seventh fewer
# instructions in the split).
_ASCII_SPLIT_RE = re.compile(
    r"([^\s_](?:(?<=[A-Za-z])[A-Za-z]*+(?:[-'][A-Za-z]++)*+|(?<=[0-9])[0-9]*+(?:[.,:][0-9]++)*+|))"
)
_new: Any = object.__new__
_SET_TEXT: Any = Token.text.__set__  # type: ignore[attr-defined]
_SET_START: Any = Token.start.__set__  # type: ignore[attr-defined]
_SET_END: Any = Token.end.__set__  # type: ignore[attr-defined]
_SET_LOWER: Any = Token.lower.__set__  # type: ignore[attr-defined]
_consume: Any = deque(maxlen=0).extend  # runs an iterator to its end, keeping nothing


@dataclass(frozen=True)
class PhraseTable:
    """Multi-word phrases mapped to a normalised key, matched longest first on tokens.

    The lengths of the phrases starting (and ending) with each word are indexed, so a
    token that starts no phrase costs one dictionary look-up.
    """

    entries: dict[tuple[str, ...], str]
    longest: int
    by_first: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    by_last: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    # one word of each phrase (see may_occur); None: no test, every text may hold one
    anchors: frozenset[str] | None = field(default=None, compare=False)

    @classmethod
    def build(cls, groups: dict[str, list[str]]) -> PhraseTable:
        entries: dict[tuple[str, ...], str] = {}
        for key, words in groups.items():
            for word in words:
                entries[tuple(t.lower for t in tokenize(word))] = key
        first: dict[str, set[int]] = {}
        last: dict[str, set[int]] = {}
        for phrase in entries:
            first.setdefault(phrase[0], set()).add(len(phrase))
            last.setdefault(phrase[-1], set()).add(len(phrase))
        anchors = [_anchor(phrase) for phrase in entries]
        return cls(
            entries,
            max(len(k) for k in entries),
            {w: tuple(sorted(n, reverse=True)) for w, n in first.items()},
            {w: tuple(sorted(n, reverse=True)) for w, n in last.items()},
            ascii_words(anchors),
        )

    def may_occur(self, text: str) -> bool:
        """Whether a phrase of the table may match among the tokens of ``text``: False only
        when none can (see :func:`words_may_occur`), so that a caller skips tokenizing.

        >>> table = PhraseTable.build({"revision": ["rose to", "revised down"]})
        >>> table.may_occur("The toll Rose to 48."), table.may_occur("Six were hurt.")
        (True, False)
        """
        return self.anchors is None or words_may_occur(self.anchors, text)

    def match(self, tokens: list[Token], i: int) -> tuple[str, int] | None:
        """The key and token count of the longest phrase starting at ``tokens[i]``."""
        try:  # called at every token of every sentence: no len() before the look-up
            sizes = self.by_first.get(tokens[i].lower)
        except IndexError:
            return None
        if sizes is None:
            return None  # most tokens start no phrase
        for size in sizes:
            if i + size <= len(tokens):
                key = self.entries.get(tuple([t.lower for t in tokens[i : i + size]]))
                if key is not None:
                    return key, size
        return None

    def match_ending(self, tokens: list[Token], end: int) -> tuple[str, int] | None:
        """The key and size of the longest phrase ending just before ``tokens[end]``."""
        if end <= 0:
            return None
        for size in self.by_last.get(tokens[end - 1].lower, ()):
            if size <= end:
                key = self.entries.get(tuple([t.lower for t in tokens[end - size : end]]))
                if key is not None:
                    return key, size
        return None


def _anchor(phrase: tuple[str, ...]) -> str | None:
    """The word of a phrase a text must hold for it to match: its longest ASCII word (the
    last of equal length), or None when it has none."""
    words = [w for w in reversed(phrase) if w.isascii()]
    return max(words, key=len) if words else None


def words_may_occur(words: frozenset[str] | None, text: str) -> bool:
    """Whether a token of ``text`` may be one of ``words`` (ASCII, lower case, made by
    :func:`ascii_words`): False only when none is a substring of ``text.lower()``. Exact
    as a filter: a token that lower-cases to an ASCII word is a run of ``text`` whose
    characters lower-case, one by one, to ASCII letters, as they do inside ``text.lower()``
    (the one mapping that depends on context, the Greek final sigma, never gives ASCII).
    ``words`` None turns the test off (True).

    >>> words_may_occur(frozenset({"denied"}), "The army DENIED it")
    True
    >>> words_may_occur(frozenset({"denied"}), "No."), words_may_occur(None, "No.")
    (False, True)
    """
    if words is None:
        return True
    return any(map(text.lower().__contains__, words))


def ascii_words(words: Iterable[str | None]) -> frozenset[str] | None:
    """``words`` as :func:`words_may_occur` takes them: None (no test) when one is not
    ASCII or is None (a phrase without an ASCII word)."""
    found = frozenset(words)
    if None in found or not all(w is not None and w.isascii() for w in found):
        return None
    return found  # type: ignore[return-value]


@dataclass(frozen=True)
class Lexicon:
    """Every word list extraction uses."""

    outcomes: PhraseTable
    groups: PhraseTable
    group_parent: dict[str, str | None]
    not_people: frozenset[str]
    money_measures: PhraseTable
    share_measures: PhraseTable
    vague: dict[str, tuple[int, int]]
    roles: PhraseTable
    speech_verbs: frozenset[str]
    participles: frozenset[str]
    passive: tuple[str, ...]
    saying: frozenset[str]
    opinion: frozenset[str]
    noun_verbs: frozenset[str]
    anonymity: tuple[str, ...]
    denials: frozenset[str]
    disputed: frozenset[str]


@cache
def be_forms(*parts: str) -> frozenset[str]:
    """The forms of 'be' of ``parts`` (``singular``, ``plural``, ``nonfinite``) of
    reconcile/data/grammar.toml [be].

    >>> sorted(be_forms("singular", "plural"))
    ['are', 'is', 'was', 'were']
    """
    table = load_data("grammar.toml")["be"]
    return frozenset(word for part in parts for word in table[part])


@cache
def closed_words(name: str) -> frozenset[str]:
    """A list of closed-class words of reconcile/data/grammar.toml [words] ('modals',
    'object_pronouns', 'articles')."""
    return frozenset(load_data("grammar.toml")["words"][name])


@cache
def person_titles() -> frozenset[str]:
    """Titles and ranks written before a person's name, without their dot ('Dr', 'Gen',
    'Sen'): sentences.toml [abbreviations] titles, the list the splitter reads too."""
    return frozenset(load_data("sentences.toml")["abbreviations"]["titles"])


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names, lower-cased (taxonomy.toml [calendar]): never a speaker."""
    calendar = load_data("taxonomy.toml")["calendar"]
    return frozenset(word.lower() for word in [*calendar["months"], *calendar["weekdays"]])


@cache
def lexicon() -> Lexicon:
    """The lexicon, read once per process from the package's data files."""
    taxonomy = load_data("taxonomy.toml")
    sources = load_data("sources.toml")
    return Lexicon(
        outcomes=PhraseTable.build({k: v["words"] for k, v in taxonomy["outcomes"].items()}),
        groups=PhraseTable.build({k: v["words"] for k, v in taxonomy["groups"].items()}),
        group_parent={k: v.get("parent") for k, v in taxonomy["groups"].items()},
        not_people=frozenset(taxonomy["not_people"]["words"]),
        money_measures=PhraseTable.build(taxonomy["money_measures"]),
        share_measures=PhraseTable.build(taxonomy["share_measures"]),
        vague={k: (int(v[0]), int(v[1])) for k, v in taxonomy["vague"].items()},
        roles=PhraseTable.build(sources["roles"]),
        speech_verbs=frozenset(sources["speech"]["verbs"]),
        participles=frozenset(sources["speech"]["participles"]),
        passive=tuple(sources["speech"]["passive"]),
        saying=frozenset(sources["speech"]["saying"]),
        opinion=frozenset(sources["speech"]["opinion"]),
        noun_verbs=frozenset(sources["speech"]["noun_verbs"]),
        anonymity=tuple(sources["speech"]["anonymity"]),
        denials=frozenset(sources["disputes"]["verbs"]),
        disputed=frozenset(sources["disputes"]["objects"]),
    )


def group_ancestors(group: str) -> list[str]:
    """The group and every wider group it belongs to, narrowest first.

    >>> group_ancestors("children")
    ['children', 'civilians', 'people']
    >>> group_ancestors("USD")
    ['USD']
    """
    parents = lexicon().group_parent
    chain = [group]
    while True:
        parent = parents.get(chain[-1])
        if parent is None or parent in chain:
            return chain
        chain.append(parent)


def common_group(groups: list[str]) -> str:
    """The narrowest group holding every one of ``groups`` (their sum's group); "people"
    when they share none.

    >>> common_group(["police", "security forces"])
    'security forces'
    >>> common_group(["children", "security forces"])
    'people'
    """
    chains = [group_ancestors(g) for g in groups]
    if not chains:
        return "people"
    for candidate in chains[0]:
        if all(candidate in chain for chain in chains[1:]):
            return candidate
    return "people"


def within(group: str, wider: str) -> bool:
    """Whether ``group`` is ``wider`` or lies inside it (children within civilians).

    >>> within("children", "people"), within("people", "children")
    (True, False)
    """
    return wider in group_ancestors(group)
