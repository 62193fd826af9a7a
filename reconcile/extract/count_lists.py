"""How the counts of a sentence are listed together, read from the tokens alone.

Joiners between two counted phrases (:func:`joined`: '17 soldiers, 30 militants and one
civilian'), asides set off after a counted phrase ('15 people (10 civilians and five
police) were killed'), a colon before a breakdown, "from 12 to 17", "31 of them", an
opening 'Of the 48 hurt,' and the outcome a list shares (:func:`list_outcomes`).
"""

from __future__ import annotations

from reconcile.extract.count_words import (
    AUX,
    CLAUSE_BREAKS,
    COUNTED_PHRASE,
    FROM,
    LIST_JOINERS,
    ends_with,
)
from reconcile.extract.lexicon import Token
from reconcile.extract.numbers import is_number_token
from reconcile.extract.victims import plural_noun

POSTMODIFIER_REACH = 6
_ASIDE_REACH = 16
_CLOSING = {"(": ")", "[": "]", "—": "—", "–": "–"}


def past_aside(tokens: list[Token], k: int) -> int:
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
            if closing == "," and (after >= len(tokens) or tokens[after].lower not in AUX):
                return k - (opening == "--")
            return after
        if text in {";", "."}:
            break
    return k - (opening == "--")


def aside_of_phrase(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The token range of a breakdown set off after a counted phrase ending at ``tokens[k]``,
    past a short 'of' or 'from' phrase ('60 pickers from the estate, 24 of them boys,
    were …'): from its opening comma to the verb after it."""
    start = k
    if k < len(tokens) and tokens[k].lower in {"of", "from"}:
        start = next(
            (
                j
                for j in range(k + 1, min(len(tokens), k + POSTMODIFIER_REACH))
                if tokens[j].text == ","
            ),
            k,
        )
        if any(is_number_token(t) or t.lower in LIST_JOINERS for t in tokens[k + 1 : start]):
            return None
    end = past_aside(tokens, start)
    return (start, end) if end > start else None


def partitive_lead(tokens: list[Token], span: tuple[int, int]) -> bool:
    """A sentence opening 'Of the 31 injured,' or 'Of those killed': its other numbers are
    parts of that figure, with its outcome."""
    i, j = span
    if i < 1 or tokens[0].lower != "of" or i > 2:
        return False
    return any(t.text == "," for t in tokens[j : j + 4])


def of_them(tokens: list[Token], j: int) -> bool:
    """'31 of them', '19 of whom': a part of the figure before it."""
    return [t.lower for t in tokens[j : j + 2]] in (["of", "them"], ["of", "whom"])


def colon_between(tokens: list[Token], j: int, i: int) -> bool:
    """A colon or dash introduces a breakdown of the figure before it."""
    return any(t.text in {":", "—", "–"} for t in tokens[j:i])


def joined(tokens: list[Token], k: int, i: int) -> bool:
    """Whether only list joiners stand between ``tokens[k]`` and ``tokens[i]``, or a short
    phrase carrying on the item before and 'and' (:func:`_modifier_then_and`)."""
    words = [t.lower for t in tokens[k:i]]
    if bool(words) and all(w in LIST_JOINERS for w in words):
        return True
    return _modifier_then_and(tokens, k, i)


_LINK_MODIFIERS = frozenset(COUNTED_PHRASE["item_modifiers"])
_LINK_MODIFIERS_OR_TO = _LINK_MODIFIERS | {"to"}  # 'allied to'
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
        first.endswith("ed") and len(inside) > 1 and inside[1].lower in _LINK_MODIFIERS_OR_TO
    )  # 'a chief allied to the militia and four other people'
    if not (first in _LINK_MODIFIERS or participle):
        return False  # not 'leaving 32 killed and 19 others …': an outcome, no modifier
    return not any(
        t.lower in LIST_JOINERS or t.lower in CLAUSE_BREAKS or is_number_token(t) for t in inside
    )


def from_to(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    groups: list[tuple[str, str | None, int]],
    n: int,
) -> bool:
    """Whether mentions n and n+1 read "from A to B" (a change, not a range)."""
    if n + 1 >= len(spans) or not ends_with(tokens, spans[n][0], FROM):
        return False
    return [t.lower for t in tokens[groups[n][2] : spans[n + 1][0]]] == ["to"]


def list_outcomes(
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
        if joined(tokens, groups[n][2], spans[n + 1][0]):
            shared[n] = direct[n + 1] if direct[n + 1] is not None else shared[n + 1]
    return shared
