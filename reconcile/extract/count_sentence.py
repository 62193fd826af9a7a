"""One sentence being read for counts (:class:`CountedSentence`), its groups and victims.

:func:`counted_sentence` gathers its mentions (number and implied) with their token ranges
and its victims written without a number; :func:`link_groups` links each mention to the
group it counts and the outcome right after it; the ``victim…`` helpers relate the counts to the
victims they are listed with ('a judge and seven members of his family').
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from reconcile.extract.count_groups import (
    group_after,
    group_of_partitive,
    one_person_after,
    past_partitive,
    unknown_noun_after,
)
from reconcile.extract.count_implied import implied_mentions
from reconcile.extract.count_lists import joined
from reconcile.extract.count_outcomes import acts_on_object, outcome_after
from reconcile.extract.count_words import Outcome, token_index
from reconcile.extract.lexicon import Token, closed_words, lexicon, none_of
from reconcile.extract.numbers import NumberMention
from reconcile.extract.victims import POSSESSIVES, Victim, find_victims, listed_after


@dataclass
class CountedSentence:
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
    # per mention, once the outcomes are final (:func:`link_victims`): the victim it is
    # listed with, and the victims listed after it
    listed_with: list[Victim | None] = field(default_factory=list)
    listed_after: list[list[Victim]] = field(default_factory=list)
    _modals: list[int] | None = None

    @property
    def modals(self) -> list[int]:
        """The indexes of the modals among the tokens, in order."""
        if self._modals is None:
            tokens = self.tokens
            none = none_of(_MODALS, tokens)  # most sentences: one pass in C
            self._modals = [] if none else [k for k, t in enumerate(tokens) if t.lower in _MODALS]
        return self._modals


def counted_sentence(
    text: str, tokens: list[Token], mentions: list[NumberMention]
) -> CountedSentence:
    """The sentence's counts to read: its number mentions that may be counts, and the
    counts implied by words where no number stands, in order."""
    usable = [m for m in mentions if m.not_a_count is None]
    taken = [(m.start, m.end) for m in usable]
    usable = sorted(usable + implied_mentions(text, tokens, taken), key=lambda m: m.start)
    spans = [(token_index(tokens, m.start), token_index(tokens, m.end)) for m in usable]
    starts = frozenset(span[0] for span in spans)
    return CountedSentence(tokens, usable, spans, find_victims(tokens), starts)


def link_groups(s: CountedSentence) -> None:
    """Per mention, the group counted (the noun after it) and the outcome right after the
    counted phrase ('17 soldiers were killed'); a mention with no noun of its own, joined
    to one with a direct outcome, counts that one's group ('17 soldiers were killed and
    30 wounded')."""
    tokens = s.tokens
    for n, (i, j) in enumerate(s.spans):
        if s.mentions[n].implied:
            hit = group_after(tokens, i + 1)
        else:
            hit = (
                group_after(tokens, j)
                or unknown_noun_after(tokens, past_partitive(tokens, j))
                or one_person_after(tokens, j, s.mentions[n].value)
            )
        group, surface, k = (hit[0], hit[1], hit[2]) if hit else ("people", None, j)
        if hit is not None and group in lexicon().not_people:
            group = "-"  # "83 cows", "two villages": not people
        previous = s.direct[n - 1] if n else None
        if hit is None and previous and joined(tokens, previous[2], i):
            group = s.groups[n - 1][0]
        direct = outcome_after(tokens, k)
        if direct is not None and acts_on_object(tokens, direct, s.starts):
            direct = None  # "Two bombings killed 12": the bombings are no victims
        named = group_of_partitive(tokens, j, direct) if hit is None else None
        s.groups.append(named or (group, surface, k))
        s.direct.append(direct)


def mention_between(s: CountedSentence, a: int, b: int) -> bool:
    return any(a <= start < b for start, _ in s.spans)


def victim_before(s: CountedSentence, n: int) -> Victim | None:
    """The victim written without a number that mention ``n`` is joined to ('killed a
    judge and seven members of his family', 'a farmer and his two sons')."""
    if not s.victims:
        return None  # most sentences
    i = s.spans[n][0]
    before = bisect_right(s.victims, i, key=lambda v: v.end) - 1  # victims are in order
    if before < 0:
        return None
    victim = s.victims[before]
    if i > 1 and s.tokens[i - 1].lower in POSSESSIVES:
        i -= 1  # 'a farmer and his two sons': the victim and his kin
    if not joined(s.tokens, victim.end, i) or s.tokens[i - 1].lower != "and":
        return None  # not 'Jo Bako, 30,': an age, nor 'Jo Bako, a guide': the same person
    first = bisect_left(s.spans, victim.start, key=lambda span: span[1] - 1)
    if first < len(s.spans) and s.spans[first][0] < victim.end and not s.mentions[first].implied:
        return None  # its words hold a number ('One lawmaker'): no victim of its own
    return victim


def listed_with_victim(s: CountedSentence, n: int) -> Victim | None:
    """The victim that mention ``n`` is listed with, for the same outcome."""
    victim = victim_before(s, n)
    outcome = s.outcomes[n]
    if victim is None or outcome is None or outcome[0] != victim.outcome:
        return None
    return victim


def victims_listed_after(s: CountedSentence, n: int) -> list[Victim]:
    """The victims written without a number that a count of people lists after it
    ('killed three traders and a driver': the driver), none of them a mention."""
    outcome, (_, j) = s.outcomes[n], s.spans[n]
    if outcome is None or s.mentions[n].implied or s.mentions[n].unit != "count":
        return []
    if s.groups[n][0] == "-":
        return []  # "83 cows and a calf": no people
    victims = listed_after(s.tokens, s.groups[n][2], outcome[0], (outcome[1], outcome[2]))
    if not victims or mention_between(s, j, victims[-1].end):
        return []  # "eight traders and a soldier": the soldier is a mention
    known = {v.start for v in s.victims}
    return [v for v in victims if v.start not in known]


def link_victims(s: CountedSentence) -> None:
    """Per mention, the victim it is listed with (:func:`listed_with_victim`) and those
    listed after it (:func:`victims_listed_after`): read once the outcomes are final, for
    the structure of the counts and the victims' own counts both read them."""
    mentions = range(len(s.mentions))
    s.listed_with = [listed_with_victim(s, n) for n in mentions]
    s.listed_after = [victims_listed_after(s, n) for n in mentions]


def victims_after_counts(s: CountedSentence) -> list[Victim]:
    """The victims listed after any count of the sentence (:func:`victims_listed_after`),
    as :func:`link_victims` read them."""
    return [v for after in s.listed_after for v in after]


def implied_within(s: CountedSentence, victim: Victim) -> list[int]:
    """The implied counts written by a victim's own words ('a farmer')."""
    return [
        m
        for m, (a, b) in enumerate(s.spans)
        if s.mentions[m].implied and victim.start <= a and b <= victim.end
    ]


_MODALS = closed_words("modals")


def counts_people(s: CountedSentence, m: int) -> bool:
    """Whether mention ``m`` is a number of people ('16 civilians'), not of things."""
    return s.mentions[m].unit == "count" and s.groups[m][0] != "-"
