"""The group a count counts ('security forces', 'militants', 'people'…) and its scope.

The counted noun after a number, from the group lexicon (:func:`group_after`) or a plural
noun it does not list (:func:`unknown_noun_after`); the group named after 'be' by a count
taken from the dead (:func:`group_of_partitive`); the place a part is limited to
(:func:`place_after`: '28 of them in Arda').
"""

from __future__ import annotations

from reconcile.extract.count_words import (
    AUX_OR_HAVE,
    COUNTED_PHRASE,
    MODIFIER_BLOCK,
    REFERRING,
    Outcome,
    surface_of,
    vague_first_words,
)
from reconcile.extract.lexicon import Token, be_forms, lexicon
from reconcile.extract.numbers import NUMBER_WORD_SET, is_number_token
from reconcile.extract.victims import plural_noun, singular_np

_NOT_A_HEAD = frozenset(COUNTED_PHRASE["not_heads"])  # "killed 40 this week"


def group_after(tokens: list[Token], i: int) -> tuple[str, str, int] | None:
    """The counted group starting at ``tokens[i]``: (group, surface, index after it)."""
    groups = lexicon().groups
    j = i
    # "17 members of the security forces", "17 of the soldiers"
    if j + 1 < len(tokens) and tokens[j].lower == "members" and tokens[j + 1].lower == "of":
        hit = groups.match(tokens, j)
        if hit:
            return hit[0], surface_of(tokens, j, j + hit[1]), j + hit[1]
        j += 2
        if j < len(tokens) and tokens[j].lower in {"the", "a"}:
            j += 1
    elif (
        j + 1 < len(tokens)
        and tokens[j].lower == "of"
        and tokens[j + 1].lower in {"the", "them", "its", "their", "his", "her", "our"}
    ):
        j += 2
    starts = groups.by_first
    for skip in range(0, 4):
        k = j + skip
        if k >= len(tokens):
            break
        word = tokens[k].lower
        hit = groups.match(tokens, k) if word in starts else None  # no call where none starts
        if hit:
            return hit[0], surface_of(tokens, i, k + hit[1]), k + hit[1]
        if skip == 0 and j > i and (tokens[k].text[0].isdigit() or word in NUMBER_WORD_SET):
            continue  # partitive: "Nineteen of the 23 convicts"
        if word in MODIFIER_BLOCK or not tokens[k].text[0].isalpha():
            break
    return None


def unknown_noun_after(tokens: list[Token], i: int) -> tuple[str, str, int] | None:
    """A counted noun the lexicon does not list, right after a number: up to two modifiers
    and a plural head ('14 tribesmen', 'eight Arda nationals'). It counts people, unless
    it is listed in ``[not_people]`` ('83 cows'), when the group is the noun itself."""
    lex = lexicon()
    for k in range(i, min(len(tokens), i + 5)):
        word = tokens[k].lower
        if k >= i + 3 and not tokens[k - 1].text[0].isupper():
            return None  # beyond two modifiers only after names: "six Red Cross members"
        if not tokens[k].text[0].isalpha() or word in MODIFIER_BLOCK:
            return None
        if lex.outcomes.match(tokens, k) or word in _NOT_A_HEAD:
            return None
        if word in lex.not_people:
            return word, surface_of(tokens, i, k + 1), k + 1
        if _plural_head(tokens, k) or (k == i and _people_before_verb(tokens, k)):
            return "people", surface_of(tokens, i, k + 1), k + 1
    return None


def _people_before_verb(tokens: list[Token], k: int) -> bool:
    """'43 Kelani died', 'ten Dorani have been killed': one capitalised word right after a
    number and before a verb names a people, whatever its ending."""
    if not tokens[k].text[0].isupper() or k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    return following.lower in AUX_OR_HAVE or lexicon().outcomes.match(tokens, k + 1) is not None


def past_partitive(tokens: list[Token], j: int) -> int:
    """Where the counted noun starts after a partitive 'of the' ('one of the founding
    members', 'two of its senior staff'), else ``j`` (also before a quantity: 'one of the
    thousands')."""
    words = [t.lower for t in tokens[j : j + 3]]
    if len(words) < 3 or words[0] != "of" or words[1] not in REFERRING:
        return j
    quantity = is_number_token(tokens[j + 2]) or words[2] in vague_first_words()
    return j if quantity else j + 2


def one_person_after(tokens: list[Token], j: int, value: float) -> tuple[str, str, int] | None:
    """'One ward official': after 'one', a singular noun phrase naming a person."""
    np = singular_np(tokens, j) if value == 1 else None
    if np is None or np[0] != j:
        return None
    return "people", surface_of(tokens, j, np[1]), np[1]


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


_COPULAS = be_forms("singular", "plural")


def group_of_partitive(
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
    return group_after(tokens, k)


_PLACE_NOUNS = frozenset(COUNTED_PHRASE["place_nouns"])
_PLACE_WORDS = _PLACE_NOUNS | {"the"}  # the words before a place's name


def place_after(tokens: list[Token], j: int) -> str | None:
    """The place a part is limited to: '28 of them in the capital Arda', '103 of whom
    in Almaty'."""
    if j >= len(tokens) or tokens[j].lower != "of":
        return None  # most counts: no 'of them' after the number
    words = [t.lower for t in tokens[j : j + 3]]
    if words[:2] not in (["of", "them"], ["of", "whom"], ["of", "which"]):
        return None
    k = j + 2
    if k >= len(tokens) or tokens[k].lower != "in":
        return None
    k += 1
    while k < len(tokens) and tokens[k].lower in _PLACE_WORDS:
        k += 1
    end = k
    while end < len(tokens) and end - k < 4 and tokens[end].text[0].isupper():
        end += 1
    return " ".join(t.text for t in tokens[k:end]) if end > k else None
