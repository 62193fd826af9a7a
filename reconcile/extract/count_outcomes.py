"""Linking a number to its outcome words ('killed', 'wounded'…), read from the tokens.

The outcome right after a counted phrase (:func:`outcome_after`), just before the number
(:func:`outcome_before`), among its modifiers, later in the clause (:func:`outcome_ahead`)
or in a toll named earlier (:func:`number_of`); what money or a percentage measures
(:func:`measure_near`). The sentence-level readings that choose among these are in
:mod:`reconcile.extract.count_outcome_rules`.
"""

from __future__ import annotations

from bisect import bisect_right

from reconcile.extract.count_lists import POSTMODIFIER_REACH, past_aside
from reconcile.extract.count_words import (
    AUX,
    CLAUSE_BREAKS,
    COUNTED_PHRASE,
    INCREMENT_AFTER,
    LIST_JOINERS,
    NEW_TOTAL_BEFORE,
    PART_CUES,
    PASSIVE_AUX,
    Outcome,
    ends_with,
    surface_of,
)
from reconcile.extract.lexicon import Token, lexicon, load_data
from reconcile.extract.numbers import is_number_token
from reconcile.extract.victims import active_verb, plural_noun, singular_np, split_verb, time_word

# [counted_phrase] before_filler: "a death toll of 48", "killed at least 17".
_BEFORE_FILLER = frozenset(COUNTED_PHRASE["before_filler"])
_AFTER_ONLY = frozenset(COUNTED_PHRASE["after_only"])  # "were held"
_ING_PREPOSITIONS = frozenset(COUNTED_PHRASE["ing_prepositions"])


def outcome_after(tokens: list[Token], k: int) -> tuple[str, int, int] | None:
    """An outcome right after a counted phrase: '... were killed', '... dead', past a short
    'of' or 'from' phrase ('three members of the Rim sect were killed')."""
    outcomes = lexicon().outcomes
    whole = _whole_of_partitive(tokens, k)
    if whole is not None:
        return whole  # "Two of the dead were children": taken from the dead
    k = _past_postmodifier(tokens, past_aside(tokens, k))
    starts = outcomes.by_first
    for step in range(0, 6):
        idx = k + step
        if idx >= len(tokens):
            return None
        word = tokens[idx].lower
        hit = outcomes.match(tokens, idx) if word in starts else None  # no call where none starts
        if hit:
            return hit[0], idx, idx + hit[1]
        if word not in AUX and word not in INCREMENT_AFTER and not time_word(word):
            if step or not _describes_dead(tokens, idx):
                return None
    return None


def _whole_of_partitive(tokens: list[Token], k: int) -> Outcome | None:
    """The outcome named as the whole a count is taken from, right after it: 'of the
    dead', 'of those killed'."""
    if not 0 <= k < len(tokens) - 2 or tokens[k].lower != "of":
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


def _participle_at(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a participle in -ing opening a phrase that describes the
    noun before it ('men wearing uniforms'), not a preposition ('during') nor an outcome
    ('injuring')."""
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
    ('members of the Rim sect were …', 'workers from a power company were …', '90
    men wearing police uniforms were …'), when a verb follows it
    within a few words; else ``k``. No list, clause or number may stand inside."""
    if k >= len(tokens) or not (tokens[k].lower in {"of", "from"} or _participle_at(tokens, k)):
        return k
    for end in range(k + 1, min(len(tokens), k + POSTMODIFIER_REACH + 1)):
        token = tokens[end]
        if token.lower in PASSIVE_AUX or token.lower in {"have", "has", "had"}:
            return end
        if end == k + 1 and token.lower == "as" and _participle_at(tokens, k):
            continue  # "posing as", "working as"
        if token.text == "," and (after := past_aside(tokens, end)) > end:
            return after  # "workers from the mill, two of them women, were …"
        if token.lower in LIST_JOINERS or token.lower in CLAUSE_BREAKS or is_number_token(token):
            return k
    return k


def outcome_before(tokens: list[Token], i: int, floor: int) -> tuple[str, int, int] | None:
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


def acts_on_object(tokens: list[Token], outcome: Outcome, starts: frozenset[int]) -> bool:
    """Whether an outcome is an active verb with its victims right after it, a count
    (``starts``: where counts start) or one person ('Two bombings killed 12', 'opened
    fire, killing a guard'): the phrase before it names the agents, not the victims."""
    size = active_verb(tokens, outcome[1])
    if size is None or (outcome[1] and tokens[outcome[1] - 1].lower in PASSIVE_AUX):
        return False  # "12 remain injured": a state, no verb with an object
    after = outcome[1] + size
    return after in starts or singular_np(tokens, after) is not None


#: The one-word toll words ("toll", "figure", "number", …; taxonomy.toml [revision] toll).
TOLL_WORDS = frozenset(w for w in load_data("taxonomy.toml")["revision"]["toll"] if " " not in w)


def measure_near(
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


AHEAD_BREAKS = frozenset(COUNTED_PHRASE["ahead_breaks"])


def outcome_inside(tokens: list[Token], j: int, k: int) -> tuple[str, int, int] | None:
    """An outcome word among the modifiers of the counted noun: '30 wounded soldiers'."""
    outcomes = lexicon().outcomes
    for idx in range(j, k):
        hit = outcomes.match(tokens, idx)
        if hit and idx + hit[1] <= k:
            return hit[0], idx, idx + hit[1]
    return None


def outcome_ahead(
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
        if first is None and k + 2 < len(tokens) and tokens[k + 1].lower in AUX:
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
            parts = parts or bool(ends_with(tokens, idx, PART_CUES))
            if counted and not parts:
                break
        elif tokens[idx].lower == "including":
            parts = True  # "11 people, including a guide and three pupils, died"
        if tokens[idx].lower in AHEAD_BREAKS or split_verb(tokens, idx):
            break  # a clause break, or 'Two men shot Jo Bako to death': the agents
        hit = outcomes.match(tokens, idx)
        if (
            hit
            and idx > 1
            and tokens[idx - 1].lower == "the"
            and tokens[idx - 2].lower not in {"among", "of"}
        ):
            hit = None  # "gathered … to light candles for the dead": the dead are others
        if hit and acts_on_object(tokens, (hit[0], idx, idx + hit[1]), starts):
            break  # "a gunman opened fire, killing 18": the outcome is the 18's
        if hit:
            found = (hit[0], idx, idx + hit[1])
            if not relative:
                return found
            death = death or (found if found[0] == "killed" else None)
            idx += hit[1]
            continue
        idx += 1
    return final_fate(opening, death or found) if opening is not None else found


def final_fate(
    earlier: tuple[str, int, int], later: tuple[str, int, int] | None
) -> tuple[str, int, int]:
    """Of an outcome named in a relative clause or a modifier and the main verb's, the
    death if either is one ('six pupils who were kidnapped … were shot dead': killed),
    else the earlier ('the 23 convicts who escaped … were caught': escaped)."""
    if later is not None and later[0] == "killed" and earlier[0] != "killed":
        return later
    return earlier


def number_of(
    tokens: list[Token], i: int, counted: frozenset[int] = frozenset()
) -> tuple[str, int, int] | None:
    """'The number of people detained … has risen to 400', 'put the death toll at only
    six', 'gave the toll of the quake as 2,053': the outcome of a toll or a 'number of'
    named earlier in the sentence, before a verb of update or 'at' / 'as' / 'to'. A clause
    between them is passed over ('The count of the dead after the depot burned has
    climbed to 58'); another number between them is not."""
    before = i
    while before and tokens[before - 1].lower in {"only", "just", "some", '"', "“", "'", "‘"}:
        before -= 1  # 'at only six', 'to "over 1,000"'
    if not (
        ends_with(tokens, before, NEW_TOTAL_BEFORE)
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
            if words & TOLL_WORDS:
                return hit[0], end - hit[1], end
    return None  # an outcome word not named as a toll ('a camp for displaced people')


def of_its_whole(tokens: list[Token], span: tuple[int, int], outcome: Outcome | None) -> bool:
    """Whether a count is taken from the whole its outcome names ('Two of the dead were
    children', 'one of those killed'): a part of the dead, not a toll of its own."""
    return outcome is not None and outcome == _whole_of_partitive(tokens, span[1])


def toll_to(tokens: list[Token], i: int, outcome: tuple[str, int, int] | None) -> bool:
    """'bringing the toll to 23': a toll named before 'to' and the number."""
    if outcome is None or i == 0 or tokens[i - 1].lower != "to":
        return False
    return "toll" in surface_of(tokens, outcome[1], outcome[2]).lower()
