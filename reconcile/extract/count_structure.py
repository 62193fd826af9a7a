"""The structure of a sentence's counts: totals and their parts, lists, and changes.

:func:`structure` gives per mention its role ('total', 'part'), the total of each part and
its change ('increment', 'previous', 'new_total'); each step reads one way a sentence
relates its counts ('48 people, including 17 soldiers', 'rose to 48', 'nine men and four
women were killed'), in order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reconcile.extract.count_lists import aside_of_phrase, from_to, joined, of_them, partitive_lead
from reconcile.extract.count_outcomes import of_its_whole, toll_to
from reconcile.extract.count_sentence import (
    CountedSentence,
    counts_people,
    implied_within,
)
from reconcile.extract.count_words import (
    COMPANIONS,
    INCREMENT_AFTER,
    INCREMENT_BEFORE,
    NEW_TOTAL_BEFORE,
    PART_CUES,
    PREVIOUS_CUES,
    ends_with,
)
from reconcile.extract.lexicon import Token


def listed_with_victims(s: CountedSentence, st: _Structure) -> None:
    """Counts listed with victims written without a number are items of one list (parts):
    'a judge and seven members of his family' (1 + 7), 'a farmer and his two sons' (1 +
    2), 'killed three traders and a driver' (3 + 1), 'killed a farmer and a driver' (the
    farmer's implied count is an item too)."""
    roles = st.roles
    for n, victim in enumerate(s.listed_with):  # read by link_victims
        if victim is not None and roles[n] is None:
            roles[n] = "part"
            for m in implied_within(s, victim):
                roles[m] = roles[m] or "part"
    for n, after in enumerate(s.listed_after):
        if roles[n] is None and after:
            roles[n] = "part"
    for victim in s.victims:
        if victim.joined:
            for m in implied_within(s, victim):
                roles[m] = roles[m] or "part"


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


def structure(s: CountedSentence) -> _Structure:
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


def _increments_listed_after_a_count(s: CountedSentence, st: _Structure) -> None:
    """'Five died on the spot and three more in the clinic', '16 died in the clashes while
    six more were shot': more people than a count before them in the same sentence, of the
    same outcome, are items of one list with it (7 + 2), not more than an earlier toll."""
    for n in range(1, len(s.mentions)):
        outcome = s.outcomes[n]
        if st.changes[n] != "increment" or st.roles[n] is not None or outcome is None:
            continue
        for m in range(n - 1, -1, -1):
            other = s.outcomes[m]
            if other is not None and other[0] == outcome[0]:
                if st.roles[m] is None and st.changes[m] is None and counts_people(s, m):
                    st.roles[m] = st.roles[n] = "part"
                break


def _items_are_no_increments(st: _Structure) -> None:
    """A list item of no total is no increment: 'one in Oru and two more in Lira' (the list
    adds them)."""
    for n, role in enumerate(st.roles):
        if role == "part" and st.totals[n] is None and st.changes[n] == "increment":
            st.changes[n] = None


def _read_change(s: CountedSentence, st: _Structure, n: int) -> None:
    """'five more', 'another 3' (increments), 'up from 38' (the previous figure), 'from 12
    to 17', 'rose to 48', 'bringing the toll to 23' (a new total)."""
    tokens, outcomes, (i, j) = s.tokens, s.outcomes, s.spans[n]
    after = tokens[j].lower if j < len(tokens) else ""
    others = (
        after in INCREMENT_AFTER
        and n > 0
        and outcomes[n] is not None
        and outcomes[n - 1] is not None
        and outcomes[n - 1][0] != outcomes[n][0]
    )  # "nine drowned and dozens more were missing": more people, not more missing
    if (after in INCREMENT_AFTER or ends_with(tokens, i, INCREMENT_BEFORE)) and not (
        _standing(tokens, j) or others
    ):
        st.changes[n] = "increment"  # not "a further 57 remain missing": a standing total
    elif ends_with(tokens, i, PREVIOUS_CUES):
        st.changes[n] = "previous"
    elif from_to(tokens, s.spans, s.groups, n):
        st.changes[n], st.changes[n + 1] = "previous", "new_total"
    elif st.changes[n] is None and (
        ends_with(tokens, i, NEW_TOTAL_BEFORE) or toll_to(tokens, i, outcomes[n])
    ):
        st.changes[n] = "new_total"  # "rose to 48", "bringing the toll to 23"


_STANDING = frozenset({"remain", "remained", "remains"})


def _standing(tokens: list[Token], j: int) -> bool:
    """Whether 'remain' follows a count within a few words ('a further 57 remain
    missing'): a standing total, read only for a count that may be an increment."""
    return any(t.lower in _STANDING for t in tokens[j : j + 4])


def _read_part_cue(s: CountedSentence, st: _Structure, n: int) -> None:
    """'48 people, including 17 soldiers', '250 hurt, 31 of them nurses': a part of the
    count before it (or of that count's total); 'Of the 48 hurt, 9 …': of the opening one."""
    if not n:
        return  # the first count is a part of no count before it
    tokens, outcomes, (i, j) = s.tokens, s.outcomes, s.spans[n]
    part_cue = ends_with(tokens, i, PART_CUES) or of_them(tokens, j)
    if part_cue and outcomes[n] == outcomes[n - 1]:
        earlier = st.totals[n - 1] if st.roles[n - 1] == "part" else None
        st.part_of(n, n - 1 if earlier is None else earlier)
    elif (
        partitive_lead(tokens, s.spans[0])
        and outcomes[n] is not None
        and outcomes[0] is not None
        and outcomes[n][0] == outcomes[0][0]  # the same outcome, in other words
    ):
        st.part_of(n, 0)  # "Of the 48 hurt, 9 …"


def _parts_of_their_whole(s: CountedSentence, st: _Structure) -> None:
    """'Two of the dead were children': a count taken from the whole its outcome names."""
    for n in range(len(s.mentions)):
        if st.roles[n] is None and of_its_whole(s.tokens, s.spans[n], s.outcomes[n]):
            st.roles[n] = "part"


def _aside_parts(s: CountedSentence, st: _Structure) -> None:
    """'Five people, four traders and a driver, were killed': the counts set off after a
    counted phrase (:func:`.count_lists.aside_of_phrase`) with its outcome are parts of it."""
    outcomes, spans = s.outcomes, s.spans
    for n in range(len(spans) - 1):  # the last count has no count after it
        outcome = outcomes[n]
        if st.roles[n] is not None or outcome is None:
            continue
        aside = aside_of_phrase(s.tokens, s.groups[n][2])
        end = aside[1] if aside is not None else s.groups[n][2]
        if end > s.groups[n][2]:
            for m in _mentions_before(spans, n + 1, end):
                if (other := outcomes[m]) is not None and other[0] == outcome[0]:
                    st.part_of(m, n)


def _mentions_before(spans: list[tuple[int, int]], first: int, end: int) -> Iterator[int]:
    """The mentions from ``first`` on that start before token ``end``: the spans are in
    sentence order, so the search stops at the first that does not (one sentence listing
    thousands of numbers is read in linear time, not quadratic)."""
    for m in range(first, len(spans)):
        if spans[m][0] >= end:
            return
        yield m


def _breakdowns(s: CountedSentence, st: _Structure) -> None:
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
            and joined(tokens, groups[m][2], spans[m + 1][0])
            and st.roles[m + 1] is None
            and groups[m + 1][0] != "-"
        ):
            m += 1
        if m > n and st.roles[n] is None and not _alternatives(s, n, m):
            for x in range(n, m + 1):
                st.roles[x] = "part"
        n = m + 1


def _alternatives(s: CountedSentence, n: int, m: int) -> bool:
    """Whether 'or' stands between the counts ``n`` to ``m`` ('three or four people')."""
    tokens, spans, groups = s.tokens, s.spans, s.groups
    return any(t.lower == "or" for x in range(n, m) for t in tokens[groups[x][2] : spans[x + 1][0]])


def _companions_are_parts(s: CountedSentence, st: _Structure) -> None:
    """'Three guards were killed along with two drivers and a cook': the counts after
    'along with', those joined to them and the count before it with the same outcome are
    items of one list (parts), whose sum is the total."""
    tokens, spans, groups, outcomes, roles = s.tokens, s.spans, s.groups, s.outcomes, st.roles
    for n in range(len(spans)):
        outcome = outcomes[n]
        if outcome is None or outcome[2] > spans[n][0]:
            continue  # the list's outcome is named before 'along with'
        if not ends_with(tokens, spans[n][0], COMPANIONS):
            continue
        if n and outcomes[n - 1] == outcomes[n] and roles[n - 1] is None:
            roles[n - 1] = "part"
        m = n
        while m < len(spans) and outcomes[m] == outcomes[n]:
            if roles[m] is None or m == n:
                roles[m] = "part"
            if m + 1 >= len(spans) or not joined(tokens, groups[m][2], spans[m + 1][0]):
                break
            m += 1
