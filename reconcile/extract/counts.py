"""What a number counts: each number mention of a sentence linked to its outcome and group.

:func:`count_mentions` takes the mentions :func:`reconcile.extract.numbers.find_numbers`
found and links each to the outcome it counts ("killed", "wounded"…) and the group counted
("security forces", "militants"…) from the lexicon in ``reconcile/data/taxonomy.toml``,
handling lists ("17 soldiers, 30 militants and one civilian were killed": three counts
sharing one outcome), changes ("rose to 48", "from 12 to 17"), totals with their parts and
counts implied by words ("a soldier was shot dead").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from reconcile.extract.lexicon import (
    Token,
    be_forms,
    closed_words,
    lexicon,
    load_data,
    tokenize,
    within,
)
from reconcile.extract.numbers import NUMBER_WORD_SET, NumberMention, is_number_token
from reconcile.extract.victims import (
    POSSESSIVES,
    Victim,
    active_verb,
    age_word,
    companion_cues,
    find_victims,
    holds_cue,
    listed_after,
    plural_noun,
    singular_np,
    split_verb,
    thing_noun,
    time_word,
    year,
)

_COUNTED_PHRASE = load_data("taxonomy.toml")["counted_phrase"]
_AUX = set(_COUNTED_PHRASE["before_outcome"]) | {
    "'",
    '"',
    "“",
    "”",
    "‘",
    "’",
}  # 'Rescuers said "about 40" were injured'

# [counted_phrase] before_filler: "a death toll of 48", "killed at least 17".
_BEFORE_FILLER = frozenset(_COUNTED_PHRASE["before_filler"])
_LIST_JOINERS = frozenset(_COUNTED_PHRASE["list_joiners"])
_AFTER_ONLY = frozenset(_COUNTED_PHRASE["after_only"])  # "were held"
_CLAUSE_BREAKS = frozenset(_COUNTED_PHRASE["clause_breaks"])
_MODIFIER_BLOCK = (
    _AUX | _CLAUSE_BREAKS | NUMBER_WORD_SET | frozenset(_COUNTED_PHRASE["modifier_breaks"])
)


@dataclass(frozen=True)
class Count:
    """A number mention read as a count or amount of something."""

    mention: NumberMention
    outcome: str | None
    outcome_surface: str | None
    outcome_span: tuple[int, int] | None
    group: str
    group_surface: str | None
    change: str | None = None  # "new_total", "previous", "increment"
    role: str | None = None  # "total", "part"
    total_index: int | None = None  # index (in the returned list) of the total of a part
    implied: bool = False  # "a soldier was shot dead": the count is implied, not written
    scope: str | None = None  # the place a part is limited to ("28 of them in Arda")


_CHANGE = load_data("taxonomy.toml")["change"]  # [change]: words of change and of parts
_INCREMENT_AFTER = frozenset(_CHANGE["increment_after"])
_NOT_A_HEAD = frozenset(_COUNTED_PHRASE["not_heads"])  # "killed 40 this week"

_NEWS_OF = sorted(_COUNTED_PHRASE["news_of"], key=len, reverse=True)
_ING_PREPOSITIONS = frozenset(_COUNTED_PHRASE["ing_prepositions"])
_PAIR_NOUNS = frozenset(_COUNTED_PHRASE["pair_nouns"])
_PAIR_WORDS = frozenset(_COUNTED_PHRASE["pair_words"])
_ONE_MORE_WORDS = frozenset(_COUNTED_PHRASE["one_more_words"])
_SINGLE_WORDS = frozenset(_COUNTED_PHRASE["single_words"])
_OBJECT_PREPOSITIONS = frozenset(_COUNTED_PHRASE["object_prepositions"])
_REFERRING = frozenset(_COUNTED_PHRASE["definite"])  # "The figure later rose to 48"
_IMPLYING_DETERMINERS = frozenset(_COUNTED_PHRASE["implying_determiners"])


def _token_index(tokens: list[Token], offset: int) -> int:
    """The index of the first token starting at or after ``offset`` (tokens are in order)."""
    return bisect_left(tokens, offset, key=lambda t: t.start)


def _group_after(tokens: list[Token], i: int) -> tuple[str, str, int] | None:
    """The counted group starting at ``tokens[i]``: (group, surface, index after it)."""
    groups = lexicon().groups
    j = i
    # "17 members of the security forces", "17 of the soldiers"
    if j + 1 < len(tokens) and tokens[j].lower == "members" and tokens[j + 1].lower == "of":
        hit = groups.match(tokens, j)
        if hit:
            return hit[0], _surface(tokens, j, j + hit[1]), j + hit[1]
        j += 2
        if j < len(tokens) and tokens[j].lower in {"the", "a"}:
            j += 1
    elif (
        j + 1 < len(tokens)
        and tokens[j].lower == "of"
        and tokens[j + 1].lower in {"the", "them", "its", "their", "his", "her", "our"}
    ):
        j += 2
    for skip in range(0, 4):
        k = j + skip
        if k >= len(tokens):
            break
        hit = groups.match(tokens, k)
        if hit:
            return hit[0], _surface(tokens, i, k + hit[1]), k + hit[1]
        if (
            skip == 0
            and j > i
            and (tokens[k].text[0].isdigit() or tokens[k].lower in NUMBER_WORD_SET)
        ):
            continue  # partitive: "Nineteen of the 23 convicts"
        if tokens[k].lower in _MODIFIER_BLOCK or not tokens[k].text[0].isalpha():
            break
    return None


def _unknown_noun_after(tokens: list[Token], i: int) -> tuple[str, str, int] | None:
    """A counted noun the lexicon does not list, right after a number: up to two modifiers
    and a plural head ('14 tribesmen', 'eight Arda nationals'). It counts people, unless
    it is listed in ``[not_people]`` ('83 cows'), when the group is the noun itself."""
    lex = lexicon()
    for k in range(i, min(len(tokens), i + 5)):
        word = tokens[k].lower
        if k >= i + 3 and not tokens[k - 1].text[0].isupper():
            return None  # beyond two modifiers only after names: "six Red Cross members"
        if not tokens[k].text[0].isalpha() or word in _MODIFIER_BLOCK:
            return None
        if lex.outcomes.match(tokens, k) or word in _NOT_A_HEAD:
            return None
        if word in lex.not_people:
            return word, _surface(tokens, i, k + 1), k + 1
        if _plural_head(tokens, k) or (k == i and _people_before_verb(tokens, k)):
            return "people", _surface(tokens, i, k + 1), k + 1
    return None


def _people_before_verb(tokens: list[Token], k: int) -> bool:
    """'43 Kelani died', 'ten Dorani have been killed': one capitalised word right after a
    number and before a verb names a people, whatever its ending."""
    if not tokens[k].text[0].isupper() or k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    return following.lower in _AUX_OR_HAVE or lexicon().outcomes.match(tokens, k + 1) is not None


def _past_partitive(tokens: list[Token], j: int) -> int:
    """Where the counted noun starts after a partitive 'of the' ('one of the founding
    members', 'two of its senior staff'), else ``j`` (also before a quantity: 'one of the
    thousands')."""
    words = [t.lower for t in tokens[j : j + 3]]
    if len(words) < 3 or words[0] != "of" or words[1] not in _REFERRING:
        return j
    quantity = is_number_token(tokens[j + 2]) or words[2] in _vague_first_words()
    return j if quantity else j + 2


def _one_person_after(tokens: list[Token], j: int, value: float) -> tuple[str, str, int] | None:
    """'One ward official': after 'one', a singular noun phrase naming a person."""
    np = singular_np(tokens, j) if value == 1 else None
    if np is None or np[0] != j:
        return None
    return "people", _surface(tokens, j, np[1]), np[1]


def _plural_head(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` ends a counted phrase as a plural noun: a common one ('14
    tribesmen'), or a capitalised one not followed by a common plural ('19 Ardans', '12
    Kelatis', 'six Rohingya Muslims'; not 'six Arda' in 'six Arda nationals')."""
    word = tokens[k].lower
    if tokens[k].text[0].islower():
        return plural_noun(word)
    demonym = word.endswith(("ese", "is")) and len(word) > 4  # "Kelatis", "Lanese"
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is not None and following.text[0].islower() and plural_noun(following.lower):
        return False  # "six Kelati herders": the head comes next
    return plural_noun(word) or demonym


def _surface(tokens: list[Token], i: int, j: int) -> str:
    return " ".join(t.text for t in tokens[i:j])


def _outcome_after(tokens: list[Token], k: int) -> tuple[str, int, int] | None:
    """An outcome right after a counted phrase: '... were killed', '... dead', past a short
    'of' or 'from' phrase ('three members of the Rim sect were killed')."""
    outcomes = lexicon().outcomes
    whole = _whole_of_partitive(tokens, k)
    if whole is not None:
        return whole  # "Two of the dead were children": taken from the dead
    k = _past_postmodifier(tokens, _past_aside(tokens, k))
    for step in range(0, 6):
        idx = k + step
        if idx >= len(tokens):
            return None
        hit = outcomes.match(tokens, idx)
        if hit:
            return hit[0], idx, idx + hit[1]
        word = tokens[idx].lower
        if word not in _AUX and word not in _INCREMENT_AFTER and not time_word(word):
            if step or not _describes_dead(tokens, idx):
                return None
    return None


def _whole_of_partitive(tokens: list[Token], k: int) -> Outcome | None:
    """The outcome named as the whole a count is taken from, right after it: 'of the
    dead', 'of those killed'."""
    if [t.lower for t in tokens[k : k + 1]] != ["of"] or k + 2 >= len(tokens):
        return None
    if tokens[k + 1].lower not in {"the", "those"}:
        return None
    hit = lexicon().outcomes.match(tokens, k + 2)
    return (hit[0], k + 2, k + 2 + hit[1]) if hit is not None else None


def _describes_dead(tokens: list[Token], idx: int) -> bool:
    """'Ten charred bodies', 'four headless corpses': a lower-case modifier before a
    plural noun of the dead."""
    if idx + 1 >= len(tokens) or not tokens[idx].text.isalpha() or tokens[idx].text[0].isupper():
        return False
    hit = lexicon().outcomes.match(tokens, idx + 1)
    return (
        hit is not None
        and hit[0] == "killed"
        and hit[1] == 1
        and plural_noun(tokens[idx + 1].lower)
    )


_POSTMODIFIER_REACH = 6
_ASIDE_REACH = 16
_CLOSING = {"(": ")", "[": "]", "—": "—", "–": "–"}


def _past_aside(tokens: list[Token], k: int) -> int:
    """Where the words after a breakdown set off after a counted phrase start: '15 people
    (10 civilians and five police) were killed', 'Eighteen people -- seven herders and
    11 raiders -- have been killed', 'Five people, four traders and a driver, were
    killed'; else ``k``. A comma's aside must open with a number and close before a verb."""
    if k >= len(tokens):
        return k
    opening = tokens[k].text
    if opening == "-" and k + 1 < len(tokens) and tokens[k + 1].text == "-":
        opening, k = "--", k + 1  # a dash typed as two hyphens
    closing = _CLOSING.get(opening, "--" if opening == "--" else ",")
    if opening not in _CLOSING and opening != "--":
        if opening != "," or k + 1 >= len(tokens) or not is_number_token(tokens[k + 1]):
            return k
    for end in range(k + 1, min(len(tokens), k + _ASIDE_REACH)):
        text = tokens[end].text
        if (
            closing == "--"
            and text == "-"
            and end + 1 < len(tokens)
            and tokens[end + 1].text == "-"
        ):
            return end + 2
        if text == closing and closing != "--":
            after = end + 1
            if closing == "," and (after >= len(tokens) or tokens[after].lower not in _AUX):
                return k - (opening == "--")
            return after
        if text in {";", "."}:
            break
    return k - (opening == "--")


def _participle_at(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a participle in -ing opening a phrase that describes the
    noun before it ('people posing as protesters'), not a preposition ('during') nor an
    outcome ('injuring')."""
    word = tokens[k].lower
    return (
        word.endswith("ing")
        and len(word) > 4
        and tokens[k].text.isalpha()
        and word not in _ING_PREPOSITIONS
        and lexicon().outcomes.match(tokens, k) is None
    )


def _past_postmodifier(tokens: list[Token], k: int) -> int:
    """Where the words after a counted phrase's 'of', 'from' or participle phrase start
    ('members of the Rim sect were …', 'workers from a power company were …', '270
    people posing as protesters have been …'), when a verb follows it
    within a few words; else ``k``. No list, clause or number may stand inside."""
    if k >= len(tokens) or not (tokens[k].lower in {"of", "from"} or _participle_at(tokens, k)):
        return k
    for end in range(k + 1, min(len(tokens), k + _POSTMODIFIER_REACH + 1)):
        token = tokens[end]
        if token.lower in _PASSIVE_AUX or token.lower in {"have", "has", "had"}:
            return end
        if end == k + 1 and token.lower == "as" and _participle_at(tokens, k):
            continue  # "posing as", "working as"
        if token.text == "," and (after := _past_aside(tokens, end)) > end:
            return after  # "workers from the mill, two of them women, were …"
        if token.lower in _LIST_JOINERS or token.lower in _CLAUSE_BREAKS or is_number_token(token):
            return k
    return k


def _outcome_before(tokens: list[Token], i: int, floor: int) -> tuple[str, int, int] | None:
    """An outcome just before a number: 'killed 17', 'a death toll of 48', 'injuring 30';
    not one whose agents follow it ('was shot dead by two men')."""
    outcomes = lexicon().outcomes
    for end in range(i, max(floor, i - 6), -1):
        hit = outcomes.match_ending(tokens, end)
        if hit:
            if tokens[end - 1].lower in _AFTER_ONLY:
                return None  # "the prison held 1,100": housed, not detained
            if tokens[end].lower == "by":
                return None  # "killed by two gunmen": the number counts the agents
            return hit[0], end - hit[1], end
        word = tokens[end - 1].lower
        if word not in _BEFORE_FILLER:
            return None
    return None


_PASSIVE_AUX = frozenset(_COUNTED_PHRASE["passive_auxiliaries"])
_AUX_OR_HAVE = _PASSIVE_AUX | closed_words("have")


@cache
def _vague_first_words() -> frozenset[str]:
    """The first words of the vague quantities ('dozens', 'scores of')."""
    return frozenset(p.split()[0] for p in lexicon().vague)


def _acts_on_object(tokens: list[Token], outcome: Outcome, starts: frozenset[int]) -> bool:
    """Whether an outcome is an active verb with its victims right after it, a count
    (``starts``: where counts start) or one person ('Two bombings killed 12', 'opened
    fire, killing a guard'): the phrase before it names the agents, not the victims."""
    size = active_verb(tokens, outcome[1])
    if size is None or (outcome[1] and tokens[outcome[1] - 1].lower in _PASSIVE_AUX):
        return False  # "12 remain injured": a state, no verb with an object
    after = outcome[1] + size
    return after in starts or singular_np(tokens, after) is not None


@dataclass(frozen=True, eq=False)
class _Endings:
    """Phrases the words before a token may end with (:func:`_ends_with`), longest first,
    and indexed by their last word: a phrase can end those words only if its last word is
    the token's before (tokens hold no space), so the others need no test. Built once per
    list, not looked up per call in a cache keyed by the whole list."""

    longest_first: tuple[str, ...]
    by_last: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, phrases: Iterable[str]) -> _Endings:
        ordered = tuple(sorted(phrases, key=len, reverse=True))
        by_last: dict[str, list[str]] = {}
        for phrase in ordered:
            by_last.setdefault(phrase.rsplit(" ", 1)[-1], []).append(phrase)
        return cls(ordered, {word: tuple(found) for word, found in by_last.items()})


def _ends_with(tokens: list[Token], i: int, phrases: _Endings) -> str | None:
    """The phrase among ``phrases`` that the words before ``tokens[i]`` end with (the
    longest, when several do)."""
    if 0 < i <= len(tokens):
        candidates = phrases.by_last.get(tokens[i - 1].lower)
        if candidates is None:
            return None  # the word before ends none of them (most calls)
    else:
        candidates = phrases.longest_first
    before = " ".join(t.lower for t in tokens[max(0, i - 5) : i])
    for phrase in candidates:
        if before == phrase or before.endswith(" " + phrase):
            return phrase
    return None


_INCREMENT_BEFORE = _Endings.of(_CHANGE["increment_before"])
_NEW_TOTAL_BEFORE = _Endings.of(_CHANGE["new_total_before"])
_PART_CUES = _Endings.of(_CHANGE["part_before"])
_PREVIOUS_CUES = _Endings.of(_CHANGE["previous_before"])
_COMPANIONS = _Endings.of(companion_cues())
_FROM = _Endings.of(["from"])


def _implied_mentions(
    text: str, tokens: list[Token], taken: list[tuple[int, int]]
) -> list[NumberMention]:
    """Counts implied by words, not digits: one person for a determiner and a singular noun
    ('a soldier', 'his wife', 'a 10-year-old boy'), two for a couple; none for 'nobody',
    'no one' or 'no' before a counted noun or an outcome ('no soldiers were hurt', 'no
    deaths'). At each word the readings of :data:`_IMPLIED_READINGS` are tried in order;
    a reading gives the index of the last word and the value."""
    found = []
    occupied = {p for x, y in taken for p in range(x, y)}  # not a scan of taken per word
    starts = _implied_starts()
    for n, token in enumerate(tokens[:-1]):
        if token.lower not in starts:
            continue  # no reading opens on this word (most words)
        for reading in _IMPLIED_READINGS:
            hit = reading(tokens, n)
            if hit is None:
                continue
            last, value = hit
            start, end = token.start, tokens[last].end
            if occupied.isdisjoint(range(start, end)):
                found.append(_implied(text, start, end, value))
            break
    return found


@cache
def _implied_starts() -> frozenset[str]:
    """The words a reading of :data:`_IMPLIED_READINGS` may open on."""
    return frozenset(
        {"nobody", "no", "a", "an"} | _IMPLYING_DETERMINERS | _ONE_MORE_WORDS | _PAIR_WORDS
    )


def _implied(text: str, start: int, end: int, value: float) -> NumberMention:
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
    for k in range(n + 1, min(len(tokens), n + 7)):
        if _pair_at(tokens, k):
            return k, 2.0
        hit = lexicon().groups.match(tokens, k)
        if hit:
            after = k + hit[1]
            following = tokens[after].lower if after < len(tokens) else ""
            if plural_noun(tokens[after - 1].lower) or thing_noun(following):
                return None
            if following in lexicon().speech_verbs:
                return None
            return after - 1, 1.0
        if tokens[k].text.isdigit() or tokens[k].text == "-" or age_word(tokens[k].lower):
            continue  # "a 10-year-old boy"
        if tokens[k].lower in _MODIFIER_BLOCK or not tokens[k].text[0].isalpha():
            return None
    return None


def _another_at(tokens: list[Token], n: int) -> _Implied:
    """'stabbed six people and wounded another': 'another' standing for one more person,
    as the object of a verb of killing or wounding, with no noun after it."""
    if tokens[n].lower not in _ONE_MORE_WORDS or singular_np(tokens, n) is not None:
        return None
    following = tokens[n + 1]
    if is_number_token(following) or following.lower in _vague_first_words():
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
    verb = following.lower in _AUX_OR_HAVE or lexicon().outcomes.match(tokens, n + 1)
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


Outcome = tuple[str, int, int]  # an outcome's key and its token range


@dataclass
class _Sentence:
    """One sentence being read: its tokens, its mentions (number and implied) with their
    token ranges, the singular victims written without a number (:func:`find_victims`),
    the token indexes where a mention starts, and what each mention has been linked to so
    far. ``groups`` holds per mention (group, surface or None, index of the token after
    the counted phrase).

    Victims and starts are read by every sentence, so they are made with it; the modals,
    read for a few counts only, once asked (a plain property: ``functools.cached_property``
    takes a lock on first use, ~3 us, more than these cost)."""

    tokens: list[Token]
    mentions: list[NumberMention]
    spans: list[tuple[int, int]]
    victims: list[Victim]
    starts: frozenset[int]
    groups: list[tuple[str, str | None, int]] = field(default_factory=list)
    direct: list[Outcome | None] = field(default_factory=list)
    shared: list[Outcome | None] = field(default_factory=list)
    outcomes: list[Outcome | None] = field(default_factory=list)
    # the outcome and group of the last count of the text before this sentence
    before: tuple[str, str] | None = None
    _modals: list[int] | None = None

    @property
    def modals(self) -> list[int]:
        """The indexes of the modals among the tokens, in order."""
        if self._modals is None:
            self._modals = [k for k, t in enumerate(self.tokens) if t.lower in _MODALS]
        return self._modals


def count_mentions(
    text: str,
    start: int,
    end: int,
    mentions: list[NumberMention],
    before: tuple[str, str] | None = None,
) -> list[Count]:
    """Link each count-like mention of a sentence to its outcome and group.

    Also reads change ("rose to 48", "from 12 to 17", "five more"), totals with parts
    ("48 people, including 17 soldiers"), breakdowns (a list of groups sharing an outcome)
    and implied single counts ("a soldier was shot dead"). Mentions with no outcome and no
    money or percent unit are dropped: a bare number is not a claim reconcile can compare.
    Each mention's outcome is the first found by the readings of :data:`_OUTCOME_RULES`,
    in their order. ``before`` is the outcome and group of the last count of the text
    before the sentence, for a figure that refers back to it ("The figure rose to 48").

    >>> from reconcile.extract.numbers import find_numbers
    >>> text = "Officials said 17 soldiers, 30 militants and one civilian were killed."
    >>> [(c.mention.value, c.outcome, c.group, c.role) for c in
    ...  count_mentions(text, 0, len(text), find_numbers(text))]
    [(17.0, 'killed', 'security forces', 'part'), (30.0, 'killed', 'militants', 'part'), \
(1.0, 'killed', 'civilians', 'part')]
    """
    tokens = tokenize(text[start:end], start)
    if not _may_count(tokens, mentions):
        return []  # no figure and no word of a fate: nothing is counted (most sentences)
    s = _sentence(text, tokens, mentions)
    s.before = before
    _link_groups(s)
    # a fate read past later mentions needs their groups: read once all are linked
    s.direct = [_fate_of_partitive(s, n, s.direct[n]) for n in range(len(s.mentions))]
    s.direct = [_fate_past_modifier(s, n, s.direct[n]) for n in range(len(s.mentions))]
    s.shared = _list_outcomes(tokens, s.spans, s.groups, s.direct)
    for n in range(len(s.mentions)):
        s.outcomes.append(_first_outcome(s, n))
    _outcome_of_the_list_after(s)
    _whole_of_opening_keeps_its_words(s)
    _partitive_count_takes_the_verb(s)
    _link_measures(s)
    counts, totals_of = _counts(s)
    covered = [c.mention for c in counts] + [m for m in mentions if m.not_a_count is None]
    listed = {v.start for n in range(len(s.mentions)) if (v := _listed_with_victim(s, n))}
    victims = sorted(s.victims + _victims_after_counts(s), key=lambda v: v.start)
    found = counts + _victim_counts(text, tokens, covered, victims, listed)
    order = sorted(range(len(found)), key=lambda n: found[n].mention.start)
    position = {id(found[n]): rank for rank, n in enumerate(order)}
    return [
        _with_total_index(found[n], position[id(totals_of[n])] if n in totals_of else None)
        for n in order
    ]


def _with_total_index(count: Count, index: int | None) -> Count:
    """``count`` with its total at ``index``: itself when it has that index already (most
    counts have no total), for ``replace`` costs a new object's every field."""
    return count if count.total_index == index else replace(count, total_index=index)


def _may_count(tokens: list[Token], mentions: list[NumberMention]) -> bool:
    """Whether a sentence may hold a count: a number that may be one, an outcome phrase or
    a victim's cue (:func:`reconcile.extract.victims.holds_cue`). Without these, a count
    implied by words ('a soldier') finds no outcome and is dropped (every reading of one
    matches an outcome phrase, a victim or the outcome of another count), and no victim
    is read. The whole phrase is tested, not its first word: 'in', 'at' and 'had' start
    outcomes and cues ('in hospital', 'had been shot') but stand in most sentences."""
    if any(m.not_a_count is None for m in mentions):
        return True
    return _holds_outcome(tokens) or holds_cue(tokens)


def _holds_outcome(tokens: list[Token]) -> bool:
    """Whether an outcome phrase of the lexicon ('were killed', 'in hospital') stands
    among the tokens."""
    outcomes = lexicon().outcomes
    starts = [i for i, t in enumerate(tokens) if t.lower in outcomes.by_first]
    return any(outcomes.match(tokens, i) is not None for i in starts)


def _sentence(text: str, tokens: list[Token], mentions: list[NumberMention]) -> _Sentence:
    """The sentence's counts to read: its number mentions that may be counts, and the
    counts implied by words where no number stands, in order."""
    usable = [m for m in mentions if m.not_a_count is None]
    taken = [(m.start, m.end) for m in usable]
    usable = sorted(usable + _implied_mentions(text, tokens, taken), key=lambda m: m.start)
    spans = [(_token_index(tokens, m.start), _token_index(tokens, m.end)) for m in usable]
    starts = frozenset(span[0] for span in spans)
    return _Sentence(tokens, usable, spans, find_victims(tokens), starts)


def _link_groups(s: _Sentence) -> None:
    """Per mention, the group counted (the noun after it) and the outcome right after the
    counted phrase ('17 soldiers were killed'); a mention with no noun of its own, joined
    to one with a direct outcome, counts that one's group ('17 soldiers were killed and
    30 wounded')."""
    tokens = s.tokens
    for n, (i, j) in enumerate(s.spans):
        if s.mentions[n].implied:
            hit = _group_after(tokens, i + 1)
        else:
            hit = (
                _group_after(tokens, j)
                or _unknown_noun_after(tokens, _past_partitive(tokens, j))
                or _one_person_after(tokens, j, s.mentions[n].value)
            )
        group, surface, k = (hit[0], hit[1], hit[2]) if hit else ("people", None, j)
        if hit is not None and group in lexicon().not_people:
            group = "-"  # "83 cows", "two villages": not people
        previous = s.direct[n - 1] if n else None
        if hit is None and previous and _joined(tokens, previous[2], i):
            group = s.groups[n - 1][0]
        direct = _outcome_after(tokens, k)
        if direct is not None and _acts_on_object(tokens, direct, s.starts):
            direct = None  # "Two bombings killed 12": the bombings are no victims
        named = _group_of_partitive(tokens, j, direct) if hit is None else None
        s.groups.append(named or (group, surface, k))
        s.direct.append(direct)


_COPULAS = be_forms("singular", "plural")


def _group_of_partitive(
    tokens: list[Token], j: int, direct: Outcome | None
) -> tuple[str, str, int] | None:
    """'Two of the dead were children', 'One of those killed was a soldier': the group
    named after the verb 'be' by a count taken from the dead (or the wounded…)."""
    if direct is None or direct[1] != j + 2 or tokens[j].lower != "of":
        return None
    k = direct[2]
    if k >= len(tokens) or tokens[k].lower not in _COPULAS:
        return None
    k += 2 if k + 1 < len(tokens) and tokens[k + 1].lower in {"a", "an", "all"} else 1
    return _group_after(tokens, k)


def _fate_past_modifier(s: _Sentence, n: int, direct: Outcome | None) -> Outcome | None:
    """'two men kidnapped in Gao have been killed': an outcome in a participle right after
    the counted phrase modifies it and yields to a death later in the clause
    (:func:`_final_fate`), or to a verb of killing or wounding whose object the count is
    ('raiders killed two men kidnapped in Gao')."""
    k = s.groups[n][2]
    if direct is None or direct[1] != k or direct[0] == "killed":
        return direct
    if not s.tokens[k].lower.endswith("ed"):
        return direct
    if _acting_on(s, n) is not None:
        return None  # the reading of the outcome before the number takes the verb
    later = _outcome_ahead(s.tokens, direct[2], s.spans, s.groups, n, False, s.starts)
    if later is None or _mention_between(s, direct[2], later[1]):
        return direct  # not 'ten people wounded … and three killed': the three's
    if s.tokens[later[1] - 1].lower not in {"were", "was", "been"}:
        return direct  # the main verb, not another participle
    return _final_fate(direct, later)


def _acting_on(s: _Sentence, n: int) -> Outcome | None:
    """The outcome of an active verb of killing or wounding just before mention ``n``,
    whose object it is ('killed 17', 'shot dead two men')."""
    before = _outcome_before_number(s, n)
    return before if before is not None and active_verb(s.tokens, before[1]) else None


def _mention_between(s: _Sentence, a: int, b: int) -> bool:
    return any(a <= start < b for start, _ in s.spans)


def _fate_of_partitive(s: _Sentence, n: int, direct: Outcome | None) -> Outcome | None:
    """'Three of the wounded died in hospital', 'two of the injured who were flown out had
    died': an outcome named as the whole a count is taken from ('of the wounded') yields to
    a death later in the clause (:func:`_final_fate`)."""
    j = s.spans[n][1]
    if direct is None or direct[1] != j + 2 or s.tokens[j].lower != "of":
        return direct
    later = _outcome_ahead(s.tokens, direct[2], s.spans, s.groups, n, True, s.starts)
    return _final_fate(direct, later)


# Each reading below decides the outcome of mention ``n`` of a sentence, or passes (None).
# They are tried in the order of _OUTCOME_RULES; the first outcome found is the mention's.


def _outcome_after_phrase(s: _Sentence, n: int) -> Outcome | None:
    """'17 soldiers were killed': the outcome right after the counted phrase."""
    return s.direct[n]


def _outcome_before_number(s: _Sentence, n: int) -> Outcome | None:
    """'killed 17', 'a death toll of 48': the outcome just before the number."""
    floor = s.spans[n - 1][1] if n else 0
    return _outcome_before(s.tokens, s.spans[n][0], floor)


def _companion_of_victim(s: _Sentence, n: int) -> Outcome | None:
    """'the judge died along with her clerk and three aides': people named after
    'along with' (``[victims.companions]``) share the outcome named before it, in the
    same clause."""
    i = s.spans[n][0]
    cue = _ends_with(s.tokens, i, _COMPANIONS)
    if cue is None:
        return None
    floor = s.spans[n - 1][1] if n else 0
    for end in range(i - len(cue.split()), max(floor, i - 14), -1):
        if s.tokens[end - 1].lower in _CLAUSE_BREAKS:
            return None
        hit = lexicon().outcomes.match_ending(s.tokens, end)
        if hit is not None:
            return hit[0], end - hit[1], end
    return None


def _victim_before(s: _Sentence, n: int) -> Victim | None:
    """The victim written without a number that mention ``n`` is joined to ('killed a
    judge and seven members of his family', 'a farmer and his two sons')."""
    i = s.spans[n][0]
    before = bisect_right(s.victims, i, key=lambda v: v.end) - 1  # victims are in order
    if before < 0:
        return None
    victim = s.victims[before]
    if i > 1 and s.tokens[i - 1].lower in POSSESSIVES:
        i -= 1  # 'a farmer and his two sons': the victim and his kin
    if not _joined(s.tokens, victim.end, i) or s.tokens[i - 1].lower != "and":
        return None  # not 'Jo Bako, 30,': an age, nor 'Jo Bako, a guide': the same person
    first = bisect_left(s.spans, victim.start, key=lambda span: span[1] - 1)
    if first < len(s.spans) and s.spans[first][0] < victim.end and not s.mentions[first].implied:
        return None  # its words hold a number ('One lawmaker'): no victim of its own
    return victim


def _listed_with_victim(s: _Sentence, n: int) -> Victim | None:
    """The victim that mention ``n`` is listed with, for the same outcome."""
    victim = _victim_before(s, n)
    outcome = s.outcomes[n]
    if victim is None or outcome is None or outcome[0] != victim.outcome:
        return None
    return victim


def _victims_listed_after(s: _Sentence, n: int) -> list[Victim]:
    """The victims written without a number that a count of people lists after it
    ('killed three traders and a driver': the driver), none of them a mention."""
    outcome, (_, j) = s.outcomes[n], s.spans[n]
    if outcome is None or s.mentions[n].implied or s.mentions[n].unit != "count":
        return []
    if s.groups[n][0] == "-":
        return []  # "83 cows and a calf": no people
    victims = listed_after(s.tokens, s.groups[n][2], outcome[0], (outcome[1], outcome[2]))
    if not victims or _mention_between(s, j, victims[-1].end):
        return []  # "eight traders and a soldier": the soldier is a mention
    known = {v.start for v in s.victims}
    return [v for v in victims if v.start not in known]


def _victims_after_counts(s: _Sentence) -> list[Victim]:
    """The victims listed after any count of the sentence (:func:`_victims_listed_after`)."""
    return [v for n in range(len(s.mentions)) for v in _victims_listed_after(s, n)]


def _implied_within(s: _Sentence, victim: Victim) -> list[int]:
    """The implied counts written by a victim's own words ('a farmer')."""
    return [
        m
        for m, (a, b) in enumerate(s.spans)
        if s.mentions[m].implied and victim.start <= a and b <= victim.end
    ]


def _joined_to_victim(s: _Sentence, n: int) -> Outcome | None:
    """'killed a judge and seven members of his family', 'A guide and two porters were
    killed': a count joined to a victim written without a number shares its outcome."""
    victim = _victim_before(s, n)
    return (victim.outcome, *victim.cue) if victim is not None else None


def _outcome_of_its_list(s: _Sentence, n: int) -> Outcome | None:
    """'17 soldiers, 30 militants and one civilian were killed': a breakdown's items share
    the outcome after the list."""
    return s.shared[n]


def _joined_to_previous(s: _Sentence, n: int) -> Outcome | None:
    """'killed his wife and two children': a count joined to the one before shares its
    outcome."""
    if n and _joined(s.tokens, s.groups[n - 1][2], s.spans[n][0]):
        return s.outcomes[n - 1]
    return None


def _part_after_cue(s: _Sentence, n: int) -> Outcome | None:
    """'48 people were killed, including 17 soldiers': a part has its total's outcome."""
    if n and _ends_with(s.tokens, s.spans[n][0], _PART_CUES):
        return s.outcomes[n - 1]
    return None


def _part_of_them(s: _Sentence, n: int) -> Outcome | None:
    """'400 were injured, 43 of them police officers': a part has its total's outcome."""
    if n and _of_them(s.tokens, s.spans[n][1]):
        return s.outcomes[n - 1]
    return None


def _part_of_partitive_lead(s: _Sentence, n: int) -> Outcome | None:
    """'Of the 48 hurt, 9 needed surgery': parts of the opening figure."""
    if n and _partitive_lead(s.tokens, s.spans[0]):
        return s.outcomes[0]
    return None


def _new_total_of_change(s: _Sentence, n: int) -> Outcome | None:
    """'raised the toll from 12 to 17': the new figure of a change has the outcome of the
    earlier one."""
    if n and _from_to(s.tokens, s.spans, s.groups, n - 1):
        return s.outcomes[n - 1]
    return None


def _outcome_among_modifiers(s: _Sentence, n: int) -> Outcome | None:
    """'four injured miners': an outcome among the modifiers of the counted noun, unless
    its main verb says they died ('20 displaced people … were killed')."""
    inside = _outcome_inside(s.tokens, s.spans[n][1], s.groups[n][2])
    if inside is None:
        return None
    return _final_fate(inside, _outcome_later_in_clause(s, n))


def _aside_of_phrase(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The token range of a breakdown set off after a counted phrase ending at ``tokens[k]``,
    past a short 'of' or 'from' phrase ('60 pickers from the estate, 24 of them boys,
    were …'): from its opening comma to the verb after it."""
    start = k
    if k < len(tokens) and tokens[k].lower in {"of", "from"}:
        start = next(
            (
                j
                for j in range(k + 1, min(len(tokens), k + _POSTMODIFIER_REACH))
                if tokens[j].text == ","
            ),
            k,
        )
        if any(is_number_token(t) or t.lower in _LIST_JOINERS for t in tokens[k + 1 : start]):
            return None
    end = _past_aside(tokens, start)
    return (start, end) if end > start else None


def _inside_aside(s: _Sentence, n: int) -> Outcome | None:
    """'Forty drovers from the hills, 15 boys and 25 girls, are still unaccounted for': a count
    inside the breakdown set off after an earlier counted phrase has that phrase's outcome."""
    for m in range(n - 1, max(-1, n - 4), -1):
        aside = _aside_of_phrase(s.tokens, s.groups[m][2])
        if aside is not None and aside[0] < s.spans[n][0] < aside[1]:
            return s.outcomes[m]
    return None


def _breakdown_after_colon(s: _Sentence, n: int) -> Outcome | None:
    """'52 people were killed: 17 soldiers and 30 rebels': a colon or dash opens a
    breakdown of the figure before it."""
    if n and _colon_between(s.tokens, s.spans[n - 1][1], s.spans[n][0]):
        return s.outcomes[n - 1]
    return None


def _earlier_figure_of_change(s: _Sentence, n: int) -> Outcome | None:
    """'112 deaths, up from 38': the earlier figure counts what the figure before it
    counts, its group too (taken over even when the outcome is left to later readings)."""
    if not n or not _ends_with(s.tokens, s.spans[n][0], _PREVIOUS_CUES):
        return None
    _, surface, k = s.groups[n]
    s.groups[n] = (s.groups[n - 1][0], surface, k)
    return s.outcomes[n - 1]


def _outcome_later_in_clause(s: _Sentence, n: int) -> Outcome | None:
    """'two police officers who were on duty … were among the dead': the outcome later in
    the clause, for a counted noun or an implied count."""
    if not (s.groups[n][1] or s.mentions[n].implied):
        return None
    i = s.spans[n][0]
    if i and s.tokens[i - 1].lower == "by":
        return None  # "pulled from his truck by six gunmen and shot": the agents
    if i and s.tokens[i - 1].lower in _OBJECT_PREPOSITIONS:
        return None  # "a reporter who wrote for two papers was killed": not the papers
    j = s.spans[n][1]
    partitive = j < len(s.tokens) and s.tokens[j].lower == "of"
    return _outcome_ahead(s.tokens, s.groups[n][2], s.spans, s.groups, n, partitive, s.starts)


def _toll_named_before(s: _Sentence, n: int) -> Outcome | None:
    """'the number of people detained rose to 400': a toll named before a verb of update;
    a figure with no counted noun takes the group named in the toll."""
    tokens = s.tokens
    outcome = _number_of(tokens, s.spans[n][0], s.starts)
    if outcome is not None and s.groups[n][1] is None:
        named = _group_after(tokens, max(0, outcome[1] - 1))
        for k in range(max(0, outcome[1] - 6), outcome[1]):
            if tokens[k].lower == "number" and k + 1 < len(tokens) and tokens[k + 1].lower == "of":
                named = _group_after(tokens, k + 2)
        if named is not None:
            s.groups[n] = (named[0], None, s.groups[n][2])
    return outcome


_AFTER_ELIDED = frozenset(_COUNTED_PHRASE["after_elided"])
_RECORDING = frozenset(_COUNTED_PHRASE["recording_verbs"])


def _elided_after_and(s: _Sentence, n: int) -> Outcome | None:
    """'204 suspects were held in the capital, and another 68 in the provinces', 'a nurse
    reported 300 dead, and 12 had been counted the day before': a bare number after 'and',
    its verb left out or one of recording (``[counted_phrase] recording_verbs``), counts
    what the count before it counts, its group too, when no clause break stands between."""
    if not n or s.groups[n][1] is not None or s.mentions[n].implied or s.outcomes[n - 1] is None:
        return None
    tokens, (i, j) = s.tokens, s.spans[n]
    before = i - len(cue.split()) if (cue := _ends_with(tokens, i, _INCREMENT_BEFORE)) else i
    if before < 1 or tokens[before - 1].lower != "and" or s.mentions[n - 1].unit != "count":
        return None
    if any(t.lower in _AHEAD_BREAKS for t in tokens[s.spans[n - 1][1] : before]):
        return None
    if not (j >= len(tokens) or tokens[j].lower in _AFTER_ELIDED or _recorded(tokens, j)):
        return None  # 'and 3 hours later', 'and 17 are "badly hurt"': words of its own
    _, surface, k = s.groups[n]
    s.groups[n] = (s.groups[n - 1][0], surface, k)
    return s.outcomes[n - 1]


def _recorded(tokens: list[Token], j: int) -> bool:
    """Whether auxiliaries and a verb of recording follow ``tokens[j]`` ('had been
    counted', 'were recorded')."""
    k = j
    while k < len(tokens) and tokens[k].lower in _AUX_OR_HAVE:
        k += 1
    return j < k < len(tokens) and tokens[k].lower in _RECORDING


#: The one-word toll words ("toll", "figure", "number", …; taxonomy.toml [revision] toll).
_TOLL_WORDS = frozenset(w for w in load_data("taxonomy.toml")["revision"]["toll"] if " " not in w)
_FIGURE_TARGETS = frozenset(_COUNTED_PHRASE["figure_targets"])


def _figure_said_before(s: _Sentence, n: int) -> Outcome | None:
    """'31 people died. The figure from relief workers later rose to 48': a figure word
    with a determiner (a one-word ``[revision] toll`` word), earlier in the clause, stands
    for the last count of the text before; the number it is set to ('rose to', 'stands
    at') counts what that count counted, its group too. Not a figure of something it
    names ('the number of schools closed rose to 48')."""
    i = s.spans[n][0]
    mention = s.mentions[n]
    if s.before is None or s.groups[n][1] is not None or i < 3:
        return None
    if mention.implied or mention.unit != "count":
        return None  # not 'estimated the total damage at 2.5 billion somoni'

    target = i - 2 if s.tokens[i - 1].lower == "the" else i - 1  # 'well above the 40'
    if s.tokens[target].lower not in _FIGURE_TARGETS:
        return None
    for k in range(target - 1, max(0, i - 14), -1):
        token = s.tokens[k]
        if k in s.starts or token.lower in _CLAUSE_BREAKS:
            return None
        if (
            token.lower in _TOLL_WORDS
            and _referred(s.tokens, k, s.before[0])
            and s.tokens[k + 1].lower not in {"of", "for"}  # 'the number of schools'
        ):
            s.groups[n] = (s.before[1], None, s.groups[n][2])
            return (s.before[0], k, k + 1)
    return None


def _referred(tokens: list[Token], k: int, outcome: str) -> bool:
    """Whether a determiner of something told before stands before ``tokens[k]``, or
    before one lower-case word before it ('the figure', 'the real toll'); not a word of an
    outcome other than the one told before ('the casualty figure' after a death toll)."""
    if tokens[k - 1].lower in _REFERRING:
        return True
    word = tokens[k - 1]
    if k < 2 or not (word.text.isalpha() and word.text.islower()):
        return False
    named = lexicon().outcomes.match(tokens, k - 1)
    return tokens[k - 2].lower in _REFERRING and (named is None or named[0] == outcome)


_OUTCOME_RULES: tuple[Callable[[_Sentence, int], Outcome | None], ...] = (
    _outcome_after_phrase,
    _outcome_before_number,
    _companion_of_victim,
    _inside_aside,
    _part_after_cue,
    _outcome_among_modifiers,
    _toll_named_before,
    _outcome_of_its_list,
    _joined_to_victim,
    _joined_to_previous,
    _part_of_them,
    _part_of_partitive_lead,
    _new_total_of_change,
    _breakdown_after_colon,
    _earlier_figure_of_change,
    _outcome_later_in_clause,
    _elided_after_and,
    _figure_said_before,
)


def _first_outcome(s: _Sentence, n: int) -> Outcome | None:
    """The outcome of mention ``n``: the first that a reading of _OUTCOME_RULES finds."""
    for rule in _OUTCOME_RULES:
        outcome = rule(s, n)
        if outcome is not None:
            return outcome
    return None


def _outcome_of_the_list_after(s: _Sentence) -> None:
    """'Two adults and four children who were eating died': a count of people with no
    outcome of its own, listed before a count whose outcome comes after it, shares that
    outcome (read from the last item back, so a list of any length shares it)."""
    for n in range(len(s.mentions) - 2, -1, -1):
        following = s.outcomes[n + 1]
        if s.outcomes[n] is not None or following is None or not _counts_people(s, n):
            continue
        between = s.tokens[s.groups[n][2] : s.spans[n + 1][0]]
        if any(t.lower == "or" for t in between):
            continue  # "seven or eight hundred families": alternatives, not a list
        if following[1] > s.spans[n + 1][0] and _joined(
            s.tokens, s.groups[n][2], s.spans[n + 1][0]
        ):
            s.outcomes[n] = following


def _whole_of_opening_keeps_its_words(s: _Sentence) -> None:
    """'Of the 40 miners who were trapped, 12 died': the figure of an opening 'Of …,'
    phrase is the whole the main clause takes its part from ('12', 'some', 'most'); an
    outcome read after that phrase's comma is the part's, never the whole's ('Of the 31
    injured, 9 died': the 31 keep 'injured', written inside the phrase)."""
    if not s.mentions or s.tokens[0].lower != "of" or s.spans[0][0] > 2:
        return
    comma = next((k for k, t in enumerate(s.tokens) if t.text == ","), None)
    if comma is None:
        return
    for n, (i, _) in enumerate(s.spans):
        outcome = s.outcomes[n]
        if i < comma and outcome is not None and outcome[1] > comma:
            s.outcomes[n] = None


def _partitive_count_takes_the_verb(s: _Sentence) -> None:
    """'Two of the 23 drivers were killed': the count before 'of the' is the subject, and
    the verb after the whole's phrase is its outcome, not the whole's; an outcome written
    in the whole's own phrase stays with it ('Two of the 23 dead were children')."""
    tokens, spans, groups, outcomes = s.tokens, s.spans, s.groups, s.outcomes
    for n in range(len(spans) - 1):
        j, whole = spans[n][1], outcomes[n + 1]
        if outcomes[n] is not None or whole is None or spans[n + 1][0] != j + 2:
            continue
        if tokens[j].lower != "of" or tokens[j + 1].lower not in _REFERRING:
            continue
        k = groups[n + 1][2]
        if whole[1] >= k and any(t.lower in _AUX_OR_HAVE for t in tokens[k : whole[1]]):
            outcomes[n], outcomes[n + 1] = whole, None


def _link_measures(s: _Sentence) -> None:
    """What money and percentages with no outcome measure ('40% of the harvest')."""
    for n, mention in enumerate(s.mentions):
        if mention.unit != "count" and s.outcomes[n] is None:
            s.outcomes[n] = _measure_near(s.tokens, s.spans[n], mention.unit)


def _kept(s: _Sentence, n: int) -> bool:
    """Whether mention ``n`` is a claim: a count of people or a measure with an outcome,
    not a forecast and not 'bodies' that act."""
    outcome, mention = s.outcomes[n], s.mentions[n]
    is_count = mention.unit == "count"
    if outcome is None:
        return not (is_count or mention.implied)
    if s.groups[n][0] == "-" and is_count:
        return False  # a count of things, not of people
    if is_count and _hypothetical(s, n, outcome):
        return False  # "hundreds of deaths could result": a forecast, not a count
    if _dated(s.tokens, outcome):
        return False  # "over the 2011 killing of five women": another, earlier event
    if _apposed(s, n) or _inside_counted_phrase(s, n):
        return False  # "Ilo Marr, a soldier, was shot dead": one person
    return not _bodies_acting(s.tokens, outcome)  # "both bodies issued a joint statement"


def _dated(tokens: list[Token], outcome: Outcome) -> bool:
    """Whether a year stands right before an outcome ('the 2011 killing of five women'):
    an event of that year, not the one reported."""
    if outcome[1] == 0:
        return False
    return year(tokens[outcome[1] - 1].text)


def _apposed(s: _Sentence, n: int) -> bool:
    """Whether implied mention ``n`` is set off by a comma right after a phrase naming one
    person, and so names that person again ('Ilo Marr, a soldier, was shot dead', 'a
    potter and his son, a soldier, were'), unless a list goes on after it ('a guard, a
    cook, and a driver')."""
    i, k = s.spans[n][0], s.groups[n][2]
    if not s.mentions[n].implied or i < 2 or s.tokens[i - 1].text != ",":
        return False
    one = any(v.end == i - 1 for v in s.victims) or any(
        b == i - 1 and s.mentions[m].implied for m, (_, b) in enumerate(s.spans[:n])
    )
    after = [t.lower for t in s.tokens[k : k + 2]]
    return one and after[:1] != ["and"] and not (after[:1] == [","] and _item_at(s, k + 1))


def _inside_counted_phrase(s: _Sentence, n: int) -> bool:
    """Whether implied mention ``n`` stands in the counted phrase of a mention before it
    ('One of those killed was a soldier': the soldier is the one)."""
    i = s.spans[n][0]
    return s.mentions[n].implied and any(
        b <= i < s.groups[m][2] for m, (_, b) in enumerate(s.spans[:n])
    )


def _item_at(s: _Sentence, k: int) -> bool:
    """Whether a list item (a count, 'and', or a phrase naming one person) starts at
    ``tokens[k]``."""
    if k >= len(s.tokens):
        return False
    return k in s.starts or s.tokens[k].lower == "and" or singular_np(s.tokens, k) is not None


def _group_within_total(s: _Sentence, n: int, total: int | None) -> str:
    """The group of mention ``n``; a part named no narrower than its total counts the
    total's group ('17 villagers, including 10 women': ten villagers; 'six children,
    three of them …': three children)."""
    group = s.groups[n][0]
    if total is None or group == "-":
        return group
    whole = s.groups[total][0]
    return whole if whole != "-" and within(whole, group) else group


def _counts(s: _Sentence) -> tuple[list[Count], dict[int, Count]]:
    """The mentions kept as counts, with their structure (roles, totals, changes); and,
    per index of a part among them, the count of its total."""
    tokens = s.tokens
    st = _structure(s)
    _listed_with_victims(s, st)
    roles, totals, changes = st.roles, st.totals, st.changes
    counts: list[Count] = []
    index_of: dict[int, int] = {}
    for n, mention in enumerate(s.mentions):
        if not _kept(s, n):
            continue
        outcome = s.outcomes[n]
        is_count = mention.unit == "count"
        index_of[n] = len(counts)
        counts.append(
            Count(
                mention=mention,
                outcome=outcome[0] if outcome else None,
                outcome_surface=_surface(tokens, outcome[1], outcome[2]) if outcome else None,
                outcome_span=(tokens[outcome[1]].start, tokens[outcome[2] - 1].end)
                if outcome
                else None,
                group=_group_within_total(s, n, totals[n]) if is_count else "-",
                group_surface=s.groups[n][1] if is_count else None,
                change=changes[n],
                role=roles[n] if is_count else None,
                total_index=totals[n],
                implied=mention.implied,
                scope=_place_after(tokens, s.spans[n][1]) if is_count else None,
            )
        )
    totals_of = {n: counts[index_of[t]] for n, t in enumerate(c.total_index for c in counts)
                 if t is not None and t in index_of}  # fmt: skip
    return counts, totals_of


def _listed_with_victims(s: _Sentence, st: _Structure) -> None:
    """Counts listed with victims written without a number are items of one list (parts):
    'a judge and seven members of his family' (1 + 7), 'a farmer and his two sons' (1 +
    2), 'killed three traders and a driver' (3 + 1), 'killed a farmer and a driver' (the
    farmer's implied count is an item too)."""
    roles = st.roles
    for n in range(len(s.mentions)):
        victim = _listed_with_victim(s, n) if roles[n] is None else None
        if victim is not None:
            roles[n] = "part"
            for m in _implied_within(s, victim):
                roles[m] = roles[m] or "part"
    for n in range(len(s.mentions)):
        if roles[n] is None and _victims_listed_after(s, n):
            roles[n] = "part"
    for victim in s.victims:
        if victim.joined:
            for m in _implied_within(s, victim):
                roles[m] = roles[m] or "part"


def _victim_counts(
    text: str,
    tokens: list[Token],
    taken: list[NumberMention],
    victims: list[Victim],
    listed: set[int],
) -> list[Count]:
    """Singular victims written without a number (see :mod:`reconcile.extract.victims`),
    where no number or implied count already covers the words; a victim listed with a
    count (its start in ``listed``) is a part, as the count is."""
    found = []
    for victim in victims:
        start, end = tokens[victim.start].start, tokens[victim.end - 1].end
        if any(start < m.end and m.start < end for m in taken):
            continue
        mention = _implied(text, start, end, 1.0)
        cue_start, cue_end = victim.cue
        found.append(
            Count(
                mention=mention,
                outcome=victim.outcome,
                outcome_surface=_surface(tokens, cue_start, cue_end),
                outcome_span=(tokens[cue_start].start, tokens[cue_end - 1].end),
                group=victim.group,
                group_surface=_surface(tokens, victim.start, victim.end),
                role="part" if victim.joined or victim.start in listed else None,
                change=_change_of_victim(tokens, victim),
                implied=True,
            )
        )
    return found


def _change_of_victim(tokens: list[Token], victim: Victim) -> str | None:
    """'Another trader was killed': one more person, an increment ([change]
    increment_before), unless listed with others ('killed a clerk and another guard')."""
    if victim.joined:
        return None
    return "increment" if _ends_with(tokens, victim.start + 1, _INCREMENT_BEFORE) else None


_PLACE_NOUNS = frozenset(_COUNTED_PHRASE["place_nouns"])


_MODALS = closed_words("modals")
_FUTURE = frozenset(_COUNTED_PHRASE["forecast_verbs"])  # "could rise to 50"
_BODY_ACTS = frozenset(_COUNTED_PHRASE["body_acts"])  # "the bodies were found"


def _hypothetical(s: _Sentence, n: int, outcome: Outcome) -> bool:
    """A forecast, not a count: a modal and a verb of change next to the number or its
    outcome ('hundreds of deaths could result', 'the toll could rise to 50'); not a past
    estimate ('may have killed 20') nor a present one ('60 could still be missing')."""
    tokens, span = s.tokens, s.spans[n]
    lo = max(0, min(span[0], outcome[1]) - 3)
    hi = min(len(tokens), max(span[1], outcome[2]) + 2)
    modals = s.modals  # the modals only: a long list spans many tokens
    for k in modals[bisect_left(modals, lo) : bisect_left(modals, hi)]:
        following = [t.lower for t in tokens[k + 1 : k + 4]]
        if following[:1] != ["have"] and any(w in _FUTURE for w in following):
            return True
    return False


def _bodies_acting(tokens: list[Token], outcome: tuple[str, int, int]) -> bool:
    """'bodies' naming organisations that act ('both bodies issued a joint statement'), not
    the dead ('the bodies were found')."""
    if tokens[outcome[2] - 1].lower != "bodies" or outcome[2] >= len(tokens):
        return False
    following = tokens[outcome[2]].lower
    return following.endswith("ed") and following not in _BODY_ACTS


def _partitive_lead(tokens: list[Token], span: tuple[int, int]) -> bool:
    """A sentence opening 'Of the 31 injured,' or 'Of those killed': its other numbers are
    parts of that figure, with its outcome."""
    i, j = span
    if i < 1 or tokens[0].lower != "of" or i > 2:
        return False
    return any(t.text == "," for t in tokens[j : j + 4])


def _of_them(tokens: list[Token], j: int) -> bool:
    """'43 of them', '19 of whom': a part of the figure before it."""
    return [t.lower for t in tokens[j : j + 2]] in (["of", "them"], ["of", "whom"])


def _place_after(tokens: list[Token], j: int) -> str | None:
    """The place a part is limited to: '28 of them in the capital Arda', '103 of whom
    in Almaty'."""
    words = [t.lower for t in tokens[j : j + 3]]
    if words[:2] not in (["of", "them"], ["of", "whom"], ["of", "which"]):
        return None
    k = j + 2
    if k >= len(tokens) or tokens[k].lower != "in":
        return None
    k += 1
    while k < len(tokens) and tokens[k].lower in _PLACE_NOUNS | {"the"}:
        k += 1
    end = k
    while end < len(tokens) and end - k < 4 and tokens[end].text[0].isupper():
        end += 1
    return " ".join(t.text for t in tokens[k:end]) if end > k else None


def _measure_near(
    tokens: list[Token], span: tuple[int, int], unit: str
) -> tuple[str, int, int] | None:
    """What money or a percentage measures: the word after 'of' ("40% of the harvest"), else
    the nearest measure word in its clause, else across a ', while' ("…, while a charity
    estimates it at …")."""
    lex = lexicon()
    measures = lex.share_measures if unit == "percent" else lex.money_measures
    j = span[1]
    if j < len(tokens) and tokens[j].lower == "of":
        k = j + 1
        if k < len(tokens) and tokens[k].lower in {"the", "its", "their"}:
            k += 1
        hit = measures.match(tokens, k)
        if hit:
            return hit[0], k, k + hit[1]
    for crossing in (False, True):
        best: tuple[int, tuple[str, int, int]] | None = None
        reach = 25 if crossing else 12
        for k in range(max(0, span[0] - reach), min(len(tokens), span[1] + 10)):
            hit = measures.match(tokens, k)
            if hit is None or (k and tokens[k].text[0].isupper()):
                continue  # "Mountain Aid Network" is a name, not aid
            lo, hi = (k + hit[1], span[0]) if k < span[0] else (span[1], k)
            if not crossing and any(t.lower in {";", "but", "while"} for t in tokens[lo:hi]):
                continue
            distance = span[0] - k if k < span[0] else k - span[1]
            if best is None or distance < best[0]:
                best = (distance, (hit[0], k, k + hit[1]))
        if best:
            return best[1]
    return None


_AHEAD_BREAKS = frozenset(_COUNTED_PHRASE["ahead_breaks"])


def _outcome_inside(tokens: list[Token], j: int, k: int) -> tuple[str, int, int] | None:
    """An outcome word among the modifiers of the counted noun: '30 wounded soldiers'."""
    outcomes = lexicon().outcomes
    for idx in range(j, k):
        hit = outcomes.match(tokens, idx)
        if hit and idx + hit[1] <= k:
            return hit[0], idx, idx + hit[1]
    return None


def _colon_between(tokens: list[Token], j: int, i: int) -> bool:
    """A colon or dash introduces a breakdown of the figure before it."""
    return any(t.text in {":", "—", "–"} for t in tokens[j:i])


def _outcome_ahead(
    tokens: list[Token],
    k: int,
    spans: list[tuple[int, int]],
    groups: list[tuple[str, str | None, int]],
    n: int,
    partitive: bool = False,
    starts: frozenset[int] = frozenset(),
) -> tuple[str, int, int] | None:
    """The outcome later in the clause ('two police officers who were on duty … were
    among the dead'); it may pass numbers without a counted noun, or a parenthetical
    part ('48 people, including 17 soldiers, lost their lives'), but no clause break.

    After a relative pronoun the main verb comes last ('an inmate who suffered burns
    died': died), unless the relative clause itself opens with the outcome ('the 23
    convicts who escaped': escaped) and the count is not partitive ('Nineteen of the 23
    convicts who escaped … had been caught': caught).
    """
    outcomes = lexicon().outcomes

    def later_mention_at(idx: int) -> int | None:
        """The last mention after ``n`` starting at token ``idx`` (spans are in order)."""
        m = bisect_right(spans, idx, key=lambda span: span[0]) - 1
        return m if m > n and spans[m][0] == idx else None

    relative = k < len(tokens) and tokens[k].lower in {"who", "which", "that"}
    opening: tuple[str, int, int] | None = None  # the outcome opening the relative clause
    if relative and k + 1 < len(tokens):
        first = outcomes.match(tokens, k + 1)
        if first is None and k + 2 < len(tokens) and tokens[k + 1].lower in _AUX:
            first = outcomes.match(tokens, k + 2)
        if first is not None and not partitive:
            start = k + 1 if outcomes.match(tokens, k + 1) else k + 2
            opening = first[0], start, start + first[1]
    found: tuple[str, int, int] | None = None
    idx = k + 1 if relative else k
    parts = False  # within the parts after 'including': they stand inside this phrase
    death: tuple[str, int, int] | None = None  # the first death named after a relative
    while idx < len(tokens):
        m = later_mention_at(idx)
        if m is not None:
            counted = groups[m][1] is not None and groups[m][0] != "-"
            parts = parts or bool(_ends_with(tokens, idx, _PART_CUES))
            if counted and not parts:
                break
        elif tokens[idx].lower == "including":
            parts = True  # "11 people, including a guide and three pupils, died"
        if tokens[idx].lower in _AHEAD_BREAKS or split_verb(tokens, idx):
            break  # a clause break, or 'Two men shot Jo Bako to death': the agents
        hit = outcomes.match(tokens, idx)
        if (
            hit
            and idx > 1
            and tokens[idx - 1].lower == "the"
            and tokens[idx - 2].lower not in {"among", "of"}
        ):
            hit = None  # "gathered … to light candles for the dead": the dead are others
        if hit and _acts_on_object(tokens, (hit[0], idx, idx + hit[1]), starts):
            break  # "a gunman opened fire, killing 18": the outcome is the 18's
        if hit:
            found = (hit[0], idx, idx + hit[1])
            if not relative:
                return found
            death = death or (found if found[0] == "killed" else None)
            idx += hit[1]
            continue
        idx += 1
    return _final_fate(opening, death or found) if opening is not None else found


def _final_fate(
    earlier: tuple[str, int, int], later: tuple[str, int, int] | None
) -> tuple[str, int, int]:
    """Of an outcome named in a relative clause or a modifier and the main verb's, the
    death if either is one ('six pupils who were kidnapped … were shot dead': killed),
    else the earlier ('the 23 convicts who escaped … were caught': escaped)."""
    if later is not None and later[0] == "killed" and earlier[0] != "killed":
        return later
    return earlier


def _number_of(
    tokens: list[Token], i: int, counted: frozenset[int] = frozenset()
) -> tuple[str, int, int] | None:
    """'The number of people detained … has risen to 400', 'put the death toll at only
    six', 'gave the toll of the quake as 2,053': the outcome of a toll or a 'number of'
    named earlier in the sentence, before a verb of update or 'at' / 'as' / 'to'. A clause
    between them is passed over ('The number of people killed when the camp was hit has
    risen to 76'); another number between them is not."""
    before = i
    while before and tokens[before - 1].lower in {"only", "just", "some", '"', "“", "'", "‘"}:
        before -= 1  # 'at only six', 'to "over 1,000"'
    if not (
        _ends_with(tokens, before, _NEW_TOTAL_BEFORE)
        or (before and tokens[before - 1].lower in {"to", "at", "as"})
    ):
        return None
    outcomes = lexicon().outcomes
    for end in range(before, max(0, before - 30), -1):
        if end - 1 in counted or tokens[end - 1].lower in {";", "said", "says"}:
            return None
        hit = outcomes.match_ending(tokens, end)
        if hit:
            words = {t.lower for t in tokens[max(0, end - hit[1] - 6) : end + 1]}
            if words & _TOLL_WORDS:
                return hit[0], end - hit[1], end
    return None  # an outcome word not named as a toll ('a camp for displaced people')


def _joined(tokens: list[Token], k: int, i: int) -> bool:
    """Whether only list joiners stand between ``tokens[k]`` and ``tokens[i]``, or a short
    phrase carrying on the item before and 'and' (:func:`_modifier_then_and`)."""
    words = [t.lower for t in tokens[k:i]]
    if bool(words) and all(w in _LIST_JOINERS for w in words):
        return True
    return _modifier_then_and(tokens, k, i)


_LINK_MODIFIERS = frozenset(_COUNTED_PHRASE["item_modifiers"])
_MODIFIER_REACH = 10


def _modifier_then_and(tokens: list[Token], k: int, i: int) -> bool:
    """'13 inmates in the town jail and one guard', 'a judge allied with the rebels and
    seven members of his family', '12 clerks and drivers and four cooks': a prepositional
    or participle phrase, or a second plural noun, ends the item before 'and'. No list,
    clause or number stands inside it."""
    if not (k < i - 1 <= k + _MODIFIER_REACH) or tokens[i - 1].lower != "and":
        return False
    inside = tokens[k : i - 1]
    first = inside[0].lower
    if first == "and":
        return len(inside) == 2 and plural_noun(inside[1].lower)
    participle = (
        first.endswith("ed") and len(inside) > 1 and inside[1].lower in _LINK_MODIFIERS | {"to"}
    )  # 'a chief allied to the militia and four other people'
    if not (first in _LINK_MODIFIERS or participle):
        return False  # not 'leaving 32 killed and 19 others …': an outcome, no modifier
    return not any(
        t.lower in _LIST_JOINERS or t.lower in _CLAUSE_BREAKS or is_number_token(t) for t in inside
    )


def _from_to(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    groups: list[tuple[str, str | None, int]],
    n: int,
) -> bool:
    """Whether mentions n and n+1 read "from A to B" (a change, not a range)."""
    if n + 1 >= len(spans) or not _ends_with(tokens, spans[n][0], _FROM):
        return False
    return [t.lower for t in tokens[groups[n][2] : spans[n + 1][0]]] == ["to"]


def _of_its_whole(tokens: list[Token], span: tuple[int, int], outcome: Outcome | None) -> bool:
    """Whether a count is taken from the whole its outcome names ('Two of the dead were
    children', 'one of those killed'): a part of the dead, not a toll of its own."""
    return outcome is not None and outcome == _whole_of_partitive(tokens, span[1])


def _toll_to(tokens: list[Token], i: int, outcome: tuple[str, int, int] | None) -> bool:
    """'bringing the toll to 23': a toll named before 'to' and the number."""
    if outcome is None or i == 0 or tokens[i - 1].lower != "to":
        return False
    return "toll" in _surface(tokens, outcome[1], outcome[2]).lower()


@dataclass
class _Structure:
    """What the counts of a sentence are to each other, per mention: its role ("total",
    "part"), the index of its total when it is a part, and its change ("increment",
    "previous", "new_total")."""

    roles: list[str | None]
    totals: list[int | None]
    changes: list[str | None]

    @classmethod
    def empty(cls, size: int) -> _Structure:
        return cls([None] * size, [None] * size, [None] * size)

    def part_of(self, n: int, total: int) -> None:
        """Make mention ``n`` a part of mention ``total``."""
        self.roles[total], self.roles[n], self.totals[n] = "total", "part", total


def _structure(s: _Sentence) -> _Structure:
    """Roles (total/part), the total of each part, and change kinds, per mention: each
    step below reads one way a sentence relates its counts, in this order."""
    st = _Structure.empty(len(s.mentions))
    for n in range(len(s.mentions)):
        if s.mentions[n].unit == "count":
            _read_change(s, st, n)
            _read_part_cue(s, st, n)
    _parts_of_their_whole(s, st)
    _aside_parts(s, st)
    _breakdowns(s, st)
    _companions_are_parts(s, st)
    _increments_listed_after_a_count(s, st)
    _items_are_no_increments(st)
    return st


def _increments_listed_after_a_count(s: _Sentence, st: _Structure) -> None:
    """'Seven died at the scene and two more in hospital', '16 died in the clashes while
    six more were shot': more people than a count before them in the same sentence, of the
    same outcome, are items of one list with it (7 + 2), not more than an earlier toll."""
    for n in range(1, len(s.mentions)):
        outcome = s.outcomes[n]
        if st.changes[n] != "increment" or st.roles[n] is not None or outcome is None:
            continue
        for m in range(n - 1, -1, -1):
            other = s.outcomes[m]
            if other is not None and other[0] == outcome[0]:
                if st.roles[m] is None and st.changes[m] is None and _counts_people(s, m):
                    st.roles[m] = st.roles[n] = "part"
                break


def _counts_people(s: _Sentence, m: int) -> bool:
    """Whether mention ``m`` is a number of people ('16 civilians'), not of things."""
    return s.mentions[m].unit == "count" and s.groups[m][0] != "-"


def _items_are_no_increments(st: _Structure) -> None:
    """A list item of no total is no increment: 'one in Oru and two more in Lira' (the list
    adds them)."""
    for n, role in enumerate(st.roles):
        if role == "part" and st.totals[n] is None and st.changes[n] == "increment":
            st.changes[n] = None


def _read_change(s: _Sentence, st: _Structure, n: int) -> None:
    """'five more', 'another 3' (increments), 'up from 38' (the previous figure), 'from 12
    to 17', 'rose to 48', 'bringing the toll to 23' (a new total)."""
    tokens, outcomes, (i, j) = s.tokens, s.outcomes, s.spans[n]
    after = tokens[j].lower if j < len(tokens) else ""
    state = {t.lower for t in tokens[j : j + 4]} & {"remain", "remained", "remains"}
    others = (
        after in _INCREMENT_AFTER
        and n > 0
        and outcomes[n] is not None
        and outcomes[n - 1] is not None
        and outcomes[n - 1][0] != outcomes[n][0]
    )  # "nine drowned and dozens more were missing": more people, not more missing
    if (after in _INCREMENT_AFTER or _ends_with(tokens, i, _INCREMENT_BEFORE)) and not (
        state or others
    ):
        st.changes[n] = "increment"  # not "a further 57 remain missing": a standing total
    elif _ends_with(tokens, i, _PREVIOUS_CUES):
        st.changes[n] = "previous"
    elif _from_to(tokens, s.spans, s.groups, n):
        st.changes[n], st.changes[n + 1] = "previous", "new_total"
    elif st.changes[n] is None and (
        _ends_with(tokens, i, _NEW_TOTAL_BEFORE) or _toll_to(tokens, i, outcomes[n])
    ):
        st.changes[n] = "new_total"  # "rose to 48", "bringing the toll to 23"


def _read_part_cue(s: _Sentence, st: _Structure, n: int) -> None:
    """'48 people, including 17 soldiers', '400 injured, 43 of them police': a part of the
    count before it (or of that count's total); 'Of the 48 hurt, 9 …': of the opening one."""
    tokens, outcomes, (i, j) = s.tokens, s.outcomes, s.spans[n]
    part_cue = _ends_with(tokens, i, _PART_CUES) or _of_them(tokens, j)
    if n and part_cue and outcomes[n] == outcomes[n - 1]:
        earlier = st.totals[n - 1] if st.roles[n - 1] == "part" else None
        st.part_of(n, n - 1 if earlier is None else earlier)
    elif (
        n
        and _partitive_lead(tokens, s.spans[0])
        and outcomes[n] is not None
        and outcomes[0] is not None
        and outcomes[n][0] == outcomes[0][0]  # the same outcome, in other words
    ):
        st.part_of(n, 0)  # "Of the 48 hurt, 9 …"


def _parts_of_their_whole(s: _Sentence, st: _Structure) -> None:
    """'Two of the dead were children': a count taken from the whole its outcome names."""
    for n in range(len(s.mentions)):
        if st.roles[n] is None and _of_its_whole(s.tokens, s.spans[n], s.outcomes[n]):
            st.roles[n] = "part"


def _aside_parts(s: _Sentence, st: _Structure) -> None:
    """'Five people, four traders and a driver, were killed': the counts set off after a
    counted phrase (:func:`_past_aside`) with its outcome are parts of it."""
    outcomes, spans = s.outcomes, s.spans
    for n in range(len(spans)):
        outcome = outcomes[n]
        if st.roles[n] is not None or outcome is None:
            continue
        aside = _aside_of_phrase(s.tokens, s.groups[n][2])
        end = aside[1] if aside is not None else s.groups[n][2]
        inside = [
            m
            for m in range(n + 1, len(spans))
            if spans[m][0] < end and (other := outcomes[m]) is not None and other[0] == outcome[0]
        ]
        if end > s.groups[n][2] and inside:
            for m in inside:
                st.part_of(m, n)


def _breakdowns(s: _Sentence, st: _Structure) -> None:
    """A list of two or more counts sharing one outcome is a breakdown: its items are parts
    ('nine men and four women were killed' is 13 people, not a figure of 9 and one of 4);
    not 'three or four people' (alternatives), nor things ('20 herders and 83 cows')."""
    tokens, spans, groups, outcomes = s.tokens, s.spans, s.groups, s.outcomes
    size = len(spans)
    n = 0
    while n < size:
        m = n
        while (
            m + 1 < size
            and outcomes[m + 1] is not None
            and outcomes[m + 1] == outcomes[n]
            and _joined(tokens, groups[m][2], spans[m + 1][0])
            and st.roles[m + 1] is None
            and groups[m + 1][0] != "-"
        ):
            m += 1
        alternatives = any(
            t.lower == "or" for x in range(n, m) for t in tokens[groups[x][2] : spans[x + 1][0]]
        )
        if m > n and not alternatives and st.roles[n] is None:
            for x in range(n, m + 1):
                st.roles[x] = "part"
        n = m + 1


def _companions_are_parts(s: _Sentence, st: _Structure) -> None:
    """'Three guards were killed along with two drivers and a cook': the counts after
    'along with', those joined to them and the count before it with the same outcome are
    items of one list (parts), whose sum is the total."""
    tokens, spans, groups, outcomes, roles = s.tokens, s.spans, s.groups, s.outcomes, st.roles
    for n in range(len(spans)):
        outcome = outcomes[n]
        if outcome is None or outcome[2] > spans[n][0]:
            continue  # the list's outcome is named before 'along with'
        if not _ends_with(tokens, spans[n][0], _COMPANIONS):
            continue
        if n and outcomes[n - 1] == outcomes[n] and roles[n - 1] is None:
            roles[n - 1] = "part"
        m = n
        while m < len(spans) and outcomes[m] == outcomes[n]:
            if roles[m] is None or m == n:
                roles[m] = "part"
            if m + 1 >= len(spans) or not _joined(tokens, groups[m][2], spans[m + 1][0]):
                break
            m += 1


def _list_outcomes(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    groups: list[tuple[str, str | None, int]],
    direct: list[tuple[str, int, int] | None],
) -> list[tuple[str, int, int] | None]:
    """Per mention, the outcome shared by the list of counts it opens: follow the list to
    the first later item with an outcome of its own. Computed once, from the last item
    back, so a long enumeration costs linear time, not quadratic."""
    shared: list[tuple[str, int, int] | None] = [None] * len(spans)
    for n in range(len(spans) - 2, -1, -1):
        if _joined(tokens, groups[n][2], spans[n + 1][0]):
            shared[n] = direct[n + 1] if direct[n + 1] is not None else shared[n + 1]
    return shared
