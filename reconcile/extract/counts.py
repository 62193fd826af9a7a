"""What a number counts: each number mention of a sentence linked to its outcome and group.

:func:`count_mentions` takes the mentions :func:`reconcile.extract.numbers.find_numbers`
found and links each to the outcome it counts ("killed", "wounded"…) and the group counted
("security forces", "militants"…) from the lexicon in ``reconcile/data/taxonomy.toml``,
handling lists ("17 soldiers, 30 militants and one civilian were killed": three counts
sharing one outcome), changes ("rose to 48", "from 12 to 17"), totals with their parts and
counts implied by words ("a soldier was shot dead").

The readers it calls live beside it, each in its own module, from the bottom up:
:mod:`.count_words` (the shared words and phrase tests), :mod:`.count_lists` (how counts
are listed together), :mod:`.count_outcomes` (the outcome words near a number),
:mod:`.count_groups` (the group counted and its place), :mod:`.count_implied` (counts
implied by words), :mod:`.count_sentence` (the sentence being read, its groups and
victims), :mod:`.count_outcome_rules` (the readings of each mention's outcome, in order)
and :mod:`.count_structure` (totals, parts and changes). This module keeps the
:class:`Count` it returns and decides which mentions are kept as counts.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from reconcile.extract.count_groups import place_after
from reconcile.extract.count_implied import implied_mention
from reconcile.extract.count_lists import list_outcomes
from reconcile.extract.count_outcome_rules import (
    fate_of_partitive,
    fate_past_modifier,
    first_outcome,
    link_measures,
    outcome_of_the_list_after,
    partitive_count_takes_the_verb,
    whole_of_opening_keeps_its_words,
)
from reconcile.extract.count_sentence import (
    CountedSentence,
    counted_sentence,
    link_groups,
    link_victims,
    victims_after_counts,
)
from reconcile.extract.count_structure import listed_with_victims, structure
from reconcile.extract.count_words import (
    COUNTED_PHRASE,
    INCREMENT_BEFORE,
    Outcome,
    ends_with,
    surface_of,
)
from reconcile.extract.lexicon import Token, lexicon, none_of, tokenize, within
from reconcile.extract.numbers import NumberMention
from reconcile.extract.victims import Victim, holds_cue, singular_np, year


@dataclass  # not frozen, as NumberMention: made by the dozen per report
class Count:
    """A number mention read as a count or amount of something. Never changed once made:
    a changed count is a new one (``dataclasses.replace``)."""

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
    Each mention's outcome is the first found by the readings of
    :func:`.count_outcome_rules.first_outcome`, in their order. ``before`` is the outcome
    and group of the last count of the text before the sentence, for a figure that refers
    back to it ("The figure rose to 48").

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
    s = counted_sentence(text, tokens, mentions)
    s.before = before
    link_groups(s)
    # a fate read past later mentions needs their groups: read once all are linked (each
    # reads the tokens, spans and groups, no other mention's outcome; none without one)
    for n, direct in enumerate(s.direct):
        if direct is not None:
            s.direct[n] = fate_past_modifier(s, n, fate_of_partitive(s, n, direct))
    s.shared = list_outcomes(tokens, s.spans, s.groups, s.direct)
    for n in range(len(s.mentions)):
        s.outcomes.append(first_outcome(s, n))
    outcome_of_the_list_after(s)
    whole_of_opening_keeps_its_words(s)
    partitive_count_takes_the_verb(s)
    link_measures(s)
    link_victims(s)
    counts, totals_of = _counts(s)
    if s.victims or any(s.listed_after):
        found = counts + _victims_of(text, s, counts, mentions)
        order = sorted(range(len(found)), key=lambda n: found[n].mention.start)
    else:  # no victim (most sentences): the counts are in their mentions' order already
        found, order = counts, range(len(counts))
    position = {id(found[n]): rank for rank, n in enumerate(order)}
    return [
        _with_total_index(found[n], position[id(totals_of[n])] if n in totals_of else None)
        for n in order
    ]


def _victims_of(
    text: str, s: CountedSentence, counts: list[Count], mentions: list[NumberMention]
) -> list[Count]:
    """The counts of the sentence's victims written without a number
    (:func:`_victim_counts`), its own and those listed after its counts."""
    covered = [c.mention for c in counts] + [m for m in mentions if m.not_a_count is None]
    listed = {v.start for v in s.listed_with if v is not None}
    victims = sorted(s.victims + victims_after_counts(s), key=lambda v: v.start)
    return _victim_counts(text, s.tokens, covered, victims, listed)


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
    first = outcomes.by_first  # looked up once, not at each token
    if none_of(first.keys(), tokens):
        return False  # no word an outcome starts with
    starts = [i for i, t in enumerate(tokens) if t.lower in first]
    return any(outcomes.match(tokens, i) is not None for i in starts)


def _kept(s: CountedSentence, n: int) -> bool:
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


def _apposed(s: CountedSentence, n: int) -> bool:
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


def _inside_counted_phrase(s: CountedSentence, n: int) -> bool:
    """Whether implied mention ``n`` stands in the counted phrase of a mention before it
    ('One of those killed was a soldier': the soldier is the one)."""
    i = s.spans[n][0]
    return s.mentions[n].implied and any(
        b <= i < s.groups[m][2] for m, (_, b) in enumerate(s.spans[:n])
    )


def _item_at(s: CountedSentence, k: int) -> bool:
    """Whether a list item (a count, 'and', or a phrase naming one person) starts at
    ``tokens[k]``."""
    if k >= len(s.tokens):
        return False
    return k in s.starts or s.tokens[k].lower == "and" or singular_np(s.tokens, k) is not None


def _group_within_total(s: CountedSentence, n: int, total: int | None) -> str:
    """The group of mention ``n``; a part named no narrower than its total counts the
    total's group ('17 villagers, including 10 women': ten villagers; 'six children,
    three of them …': three children)."""
    group = s.groups[n][0]
    if total is None or group == "-":
        return group
    whole = s.groups[total][0]
    return whole if whole != "-" and within(whole, group) else group


def _counts(s: CountedSentence) -> tuple[list[Count], dict[int, Count]]:
    """The mentions kept as counts, with their structure (roles, totals, changes); and,
    per index of a part among them, the count of its total."""
    kept = [n for n in range(len(s.mentions)) if _kept(s, n)]
    if not kept:
        return [], {}  # no count: the structure is read for the counts kept only
    tokens = s.tokens
    st = structure(s)
    listed_with_victims(s, st)
    roles, totals, changes = st.roles, st.totals, st.changes
    counts: list[Count] = []
    index_of: dict[int, int] = {}
    for n in kept:
        mention, outcome = s.mentions[n], s.outcomes[n]
        is_count = mention.unit == "count"
        index_of[n] = len(counts)
        counts.append(
            Count(
                mention=mention,
                outcome=outcome[0] if outcome else None,
                outcome_surface=surface_of(tokens, outcome[1], outcome[2]) if outcome else None,
                outcome_span=(tokens[outcome[1]].start, tokens[outcome[2] - 1].end)
                if outcome
                else None,
                group=_group_within_total(s, n, totals[n]) if is_count else "-",
                group_surface=s.groups[n][1] if is_count else None,
                change=changes[n],
                role=roles[n] if is_count else None,
                total_index=totals[n],
                implied=mention.implied,
                scope=place_after(tokens, s.spans[n][1]) if is_count else None,
            )
        )
    totals_of = {n: counts[index_of[t]] for n, t in enumerate(c.total_index for c in counts)
                 if t is not None and t in index_of}  # fmt: skip
    return counts, totals_of


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
        mention = implied_mention(text, start, end, 1.0)
        cue_start, cue_end = victim.cue
        found.append(
            Count(
                mention=mention,
                outcome=victim.outcome,
                outcome_surface=surface_of(tokens, cue_start, cue_end),
                outcome_span=(tokens[cue_start].start, tokens[cue_end - 1].end),
                group=victim.group,
                group_surface=surface_of(tokens, victim.start, victim.end),
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
    return "increment" if ends_with(tokens, victim.start + 1, INCREMENT_BEFORE) else None


_FUTURE = frozenset(COUNTED_PHRASE["forecast_verbs"])  # "could rise to 50"
_BODY_ACTS = frozenset(COUNTED_PHRASE["body_acts"])  # "the bodies were found"


def _hypothetical(s: CountedSentence, n: int, outcome: Outcome) -> bool:
    """A forecast, not a count: a modal and a verb of change next to the number or its
    outcome ('hundreds of deaths could result', 'the toll could rise to 50'); not a past
    estimate ('may have killed 20') nor a present one ('60 could still be missing')."""
    modals = s.modals  # the modals only: a long list spans many tokens
    if not modals:
        return False  # no modal in the sentence (most)
    tokens, span = s.tokens, s.spans[n]
    lo = max(0, min(span[0], outcome[1]) - 3)
    hi = min(len(tokens), max(span[1], outcome[2]) + 2)
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
