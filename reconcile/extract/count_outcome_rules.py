"""The readings that decide each mention's outcome, tried in order.

Each reading takes a :class:`~reconcile.extract.count_sentence.CountedSentence` and a
mention and gives an outcome or passes; :func:`first_outcome` returns the first found, in
the order of :data:`_OUTCOME_RULES`. The passes after it (:func:`outcome_of_the_list_after`,
:func:`whole_of_opening_keeps_its_words`, :func:`partitive_count_takes_the_verb`,
:func:`link_measures`) correct what the single readings cannot see.
"""

from __future__ import annotations

from collections.abc import Callable

from reconcile.extract.count_groups import group_after
from reconcile.extract.count_lists import (
    aside_of_phrase,
    colon_between,
    from_to,
    joined,
    of_them,
    partitive_lead,
)
from reconcile.extract.count_outcomes import (
    AHEAD_BREAKS,
    TOLL_WORDS,
    final_fate,
    measure_near,
    number_of,
    outcome_ahead,
    outcome_before,
    outcome_inside,
)
from reconcile.extract.count_sentence import (
    CountedSentence,
    counts_people,
    mention_between,
    victim_before,
)
from reconcile.extract.count_words import (
    AUX_OR_HAVE,
    CLAUSE_BREAKS,
    COMPANIONS,
    COUNTED_PHRASE,
    INCREMENT_BEFORE,
    PART_CUES,
    PREVIOUS_CUES,
    REFERRING,
    Outcome,
    ends_with,
)
from reconcile.extract.lexicon import Token, lexicon
from reconcile.extract.victims import active_verb

_OBJECT_PREPOSITIONS = frozenset(COUNTED_PHRASE["object_prepositions"])


def fate_past_modifier(s: CountedSentence, n: int, direct: Outcome | None) -> Outcome | None:
    """'two men kidnapped in Gao have been killed': an outcome in a participle right after
    the counted phrase modifies it and yields to a death later in the clause
    (:func:`.count_outcomes.final_fate`), or to a verb of killing or wounding whose object
    the count is ('raiders killed two men kidnapped in Gao')."""
    k = s.groups[n][2]
    if direct is None or direct[1] != k or direct[0] == "killed":
        return direct
    if not s.tokens[k].lower.endswith("ed"):
        return direct
    if _acting_on(s, n) is not None:
        return None  # the reading of the outcome before the number takes the verb
    later = outcome_ahead(s.tokens, direct[2], s.spans, s.groups, n, False, s.starts)
    if later is None or mention_between(s, direct[2], later[1]):
        return direct  # not 'ten people wounded … and three killed': the three's
    if s.tokens[later[1] - 1].lower not in {"were", "was", "been"}:
        return direct  # the main verb, not another participle
    return final_fate(direct, later)


def _acting_on(s: CountedSentence, n: int) -> Outcome | None:
    """The outcome of an active verb of killing or wounding just before mention ``n``,
    whose object it is ('killed 17', 'shot dead two men')."""
    before = _outcome_before_number(s, n)
    return before if before is not None and active_verb(s.tokens, before[1]) else None


def fate_of_partitive(s: CountedSentence, n: int, direct: Outcome | None) -> Outcome | None:
    """'Three of the wounded died in hospital', 'two of the injured who were flown out had
    died': an outcome named as the whole a count is taken from ('of the wounded') yields to
    a death later in the clause (:func:`.count_outcomes.final_fate`)."""
    j = s.spans[n][1]
    if direct is None or direct[1] != j + 2 or s.tokens[j].lower != "of":
        return direct
    later = outcome_ahead(s.tokens, direct[2], s.spans, s.groups, n, True, s.starts)
    return final_fate(direct, later)


# Each reading below decides the outcome of mention ``n`` of a sentence, or passes (None).
# They are tried in the order of _OUTCOME_RULES; the first outcome found is the mention's.


def _outcome_after_phrase(s: CountedSentence, n: int) -> Outcome | None:
    """'17 soldiers were killed': the outcome right after the counted phrase."""
    return s.direct[n]


def _outcome_before_number(s: CountedSentence, n: int) -> Outcome | None:
    """'killed 17', 'a death toll of 48': the outcome just before the number."""
    floor = s.spans[n - 1][1] if n else 0
    return outcome_before(s.tokens, s.spans[n][0], floor)


def _companion_of_victim(s: CountedSentence, n: int) -> Outcome | None:
    """'the judge died along with her clerk and three aides': people named after
    'along with' (``[victims.companions]``) share the outcome named before it, in the
    same clause."""
    i = s.spans[n][0]
    cue = ends_with(s.tokens, i, COMPANIONS)
    if cue is None:
        return None
    floor = s.spans[n - 1][1] if n else 0
    for end in range(i - len(cue.split()), max(floor, i - 14), -1):
        if s.tokens[end - 1].lower in CLAUSE_BREAKS:
            return None
        hit = lexicon().outcomes.match_ending(s.tokens, end)
        if hit is not None:
            return hit[0], end - hit[1], end
    return None


def _joined_to_victim(s: CountedSentence, n: int) -> Outcome | None:
    """'killed a judge and seven members of his family', 'A guide and two porters were
    killed': a count joined to a victim written without a number shares its outcome."""
    victim = victim_before(s, n)
    return (victim.outcome, *victim.cue) if victim is not None else None


def _outcome_of_its_list(s: CountedSentence, n: int) -> Outcome | None:
    """'17 soldiers, 30 militants and one civilian were killed': a breakdown's items share
    the outcome after the list."""
    return s.shared[n]


def _joined_to_previous(s: CountedSentence, n: int) -> Outcome | None:
    """'killed his wife and two children': a count joined to the one before shares its
    outcome."""
    if n and joined(s.tokens, s.groups[n - 1][2], s.spans[n][0]):
        return s.outcomes[n - 1]
    return None


def _part_after_cue(s: CountedSentence, n: int) -> Outcome | None:
    """'48 people were killed, including 17 soldiers': a part has its total's outcome."""
    if n and ends_with(s.tokens, s.spans[n][0], PART_CUES):
        return s.outcomes[n - 1]
    return None


def _part_of_them(s: CountedSentence, n: int) -> Outcome | None:
    """'250 were hurt, 31 of them nurses': a part has its total's outcome."""
    if n and of_them(s.tokens, s.spans[n][1]):
        return s.outcomes[n - 1]
    return None


def _part_of_partitive_lead(s: CountedSentence, n: int) -> Outcome | None:
    """'Of the 48 hurt, 9 needed surgery': parts of the opening figure."""
    if n and partitive_lead(s.tokens, s.spans[0]):
        return s.outcomes[0]
    return None


def _new_total_of_change(s: CountedSentence, n: int) -> Outcome | None:
    """'raised the toll from 12 to 17': the new figure of a change has the outcome of the
    earlier one."""
    if n and from_to(s.tokens, s.spans, s.groups, n - 1):
        return s.outcomes[n - 1]
    return None


def _outcome_among_modifiers(s: CountedSentence, n: int) -> Outcome | None:
    """'four injured miners': an outcome among the modifiers of the counted noun, unless
    its main verb says they died ('20 displaced people … were killed')."""
    inside = outcome_inside(s.tokens, s.spans[n][1], s.groups[n][2])
    if inside is None:
        return None
    return final_fate(inside, _outcome_later_in_clause(s, n))


def _inside_aside(s: CountedSentence, n: int) -> Outcome | None:
    """'Forty drovers from the hills, 15 boys and 25 girls, are still unaccounted for': a count
    inside the breakdown set off after an earlier counted phrase has that phrase's outcome."""
    for m in range(n - 1, max(-1, n - 4), -1):
        aside = aside_of_phrase(s.tokens, s.groups[m][2])
        if aside is not None and aside[0] < s.spans[n][0] < aside[1]:
            return s.outcomes[m]
    return None


def _breakdown_after_colon(s: CountedSentence, n: int) -> Outcome | None:
    """'52 people were killed: 17 soldiers and 30 rebels': a colon or dash opens a
    breakdown of the figure before it."""
    if n and colon_between(s.tokens, s.spans[n - 1][1], s.spans[n][0]):
        return s.outcomes[n - 1]
    return None


def _earlier_figure_of_change(s: CountedSentence, n: int) -> Outcome | None:
    """'112 deaths, up from 38': the earlier figure counts what the figure before it
    counts, its group too (taken over even when the outcome is left to later readings)."""
    if not n or not ends_with(s.tokens, s.spans[n][0], PREVIOUS_CUES):
        return None
    _, surface, k = s.groups[n]
    s.groups[n] = (s.groups[n - 1][0], surface, k)
    return s.outcomes[n - 1]


def _outcome_later_in_clause(s: CountedSentence, n: int) -> Outcome | None:
    """'two police officers who were on duty … were among the dead': the outcome later in
    the clause, for a counted noun or an implied count."""
    if not (s.groups[n][1] or s.mentions[n].implied):
        return None
    i = s.spans[n][0]
    if i and s.tokens[i - 1].lower == "by":
        return None  # "dragged out of the bus by four armed men and beaten": the agents
    if i and s.tokens[i - 1].lower in _OBJECT_PREPOSITIONS:
        return None  # "a reporter who wrote for two papers was killed": not the papers
    j = s.spans[n][1]
    partitive = j < len(s.tokens) and s.tokens[j].lower == "of"
    return outcome_ahead(s.tokens, s.groups[n][2], s.spans, s.groups, n, partitive, s.starts)


def _toll_named_before(s: CountedSentence, n: int) -> Outcome | None:
    """'the number of people detained rose to 400': a toll named before a verb of update;
    a figure with no counted noun takes the group named in the toll."""
    tokens = s.tokens
    outcome = number_of(tokens, s.spans[n][0], s.starts)
    if outcome is not None and s.groups[n][1] is None:
        named = group_after(tokens, max(0, outcome[1] - 1))
        for k in range(max(0, outcome[1] - 6), outcome[1]):
            if tokens[k].lower == "number" and k + 1 < len(tokens) and tokens[k + 1].lower == "of":
                named = group_after(tokens, k + 2)
        if named is not None:
            s.groups[n] = (named[0], None, s.groups[n][2])
    return outcome


_AFTER_ELIDED = frozenset(COUNTED_PHRASE["after_elided"])
_RECORDING = frozenset(COUNTED_PHRASE["recording_verbs"])


def _elided_after_and(s: CountedSentence, n: int) -> Outcome | None:
    """'150 suspects were detained in the port, and a further 40 in the hills', 'a nurse
    reported 300 dead, and 12 had been counted the day before': a bare number after 'and',
    its verb left out or one of recording (``[counted_phrase] recording_verbs``), counts
    what the count before it counts, its group too, when no clause break stands between."""
    if not n or s.groups[n][1] is not None or s.mentions[n].implied or s.outcomes[n - 1] is None:
        return None
    tokens, (i, j) = s.tokens, s.spans[n]
    before = i - len(cue.split()) if (cue := ends_with(tokens, i, INCREMENT_BEFORE)) else i
    if before < 1 or tokens[before - 1].lower != "and" or s.mentions[n - 1].unit != "count":
        return None
    if any(t.lower in AHEAD_BREAKS for t in tokens[s.spans[n - 1][1] : before]):
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
    while k < len(tokens) and tokens[k].lower in AUX_OR_HAVE:
        k += 1
    return j < k < len(tokens) and tokens[k].lower in _RECORDING


_FIGURE_TARGETS = frozenset(COUNTED_PHRASE["figure_targets"])


def _figure_said_before(s: CountedSentence, n: int) -> Outcome | None:
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
        if k in s.starts or token.lower in CLAUSE_BREAKS:
            return None
        if (
            token.lower in TOLL_WORDS
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
    if tokens[k - 1].lower in REFERRING:
        return True
    word = tokens[k - 1]
    if k < 2 or not (word.text.isalpha() and word.text.islower()):
        return False
    named = lexicon().outcomes.match(tokens, k - 1)
    return tokens[k - 2].lower in REFERRING and (named is None or named[0] == outcome)


_OUTCOME_RULES: tuple[Callable[[CountedSentence, int], Outcome | None], ...] = (
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


def first_outcome(s: CountedSentence, n: int) -> Outcome | None:
    """The outcome of mention ``n``: the first that a reading of _OUTCOME_RULES finds."""
    for rule in _OUTCOME_RULES:
        outcome = rule(s, n)
        if outcome is not None:
            return outcome
    return None


def outcome_of_the_list_after(s: CountedSentence) -> None:
    """'Two adults and four children who were eating died': a count of people with no
    outcome of its own, listed before a count whose outcome comes after it, shares that
    outcome (read from the last item back, so a list of any length shares it)."""
    for n in range(len(s.mentions) - 2, -1, -1):
        following = s.outcomes[n + 1]
        if s.outcomes[n] is not None or following is None or not counts_people(s, n):
            continue
        between = s.tokens[s.groups[n][2] : s.spans[n + 1][0]]
        if any(t.lower == "or" for t in between):
            continue  # "seven or eight hundred families": alternatives, not a list
        if following[1] > s.spans[n + 1][0] and joined(s.tokens, s.groups[n][2], s.spans[n + 1][0]):
            s.outcomes[n] = following


def whole_of_opening_keeps_its_words(s: CountedSentence) -> None:
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


def partitive_count_takes_the_verb(s: CountedSentence) -> None:
    """'Two of the 23 drivers were killed': the count before 'of the' is the subject, and
    the verb after the whole's phrase is its outcome, not the whole's; an outcome written
    in the whole's own phrase stays with it ('Two of the 23 dead were children')."""
    tokens, spans, groups, outcomes = s.tokens, s.spans, s.groups, s.outcomes
    for n in range(len(spans) - 1):
        j, whole = spans[n][1], outcomes[n + 1]
        if outcomes[n] is not None or whole is None or spans[n + 1][0] != j + 2:
            continue
        if tokens[j].lower != "of" or tokens[j + 1].lower not in REFERRING:
            continue
        k = groups[n + 1][2]
        if whole[1] >= k and any(t.lower in AUX_OR_HAVE for t in tokens[k : whole[1]]):
            outcomes[n], outcomes[n + 1] = whole, None


def link_measures(s: CountedSentence) -> None:
    """What money and percentages with no outcome measure ('40% of the harvest')."""
    for n, mention in enumerate(s.mentions):
        if mention.unit != "count" and s.outcomes[n] is None:
            s.outcomes[n] = measure_near(s.tokens, s.spans[n], mention.unit)
