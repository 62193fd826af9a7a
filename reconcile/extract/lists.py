"""Verbless lists of figures by place: "Arda – 17; Rim – 3", "Arda (17), Upper
Vale (4) and Rim (1)", "City A: 103, Region B: 21".

Two or more items in a row, each a capitalised name and a number (after a dash or colon,
or in brackets), separated only by commas, semicolons, "and", bullets or line breaks. The
items have no verb of their own: what they count is the outcome (and group) named before
the first item in the sentence ("listed the dead by county as …"), else in the sentence
before it ("Deaths by county:"). Each item is a part, limited to its place (its
``scope``); together they are a breakdown of the total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reconcile.extract.counts import Count
from reconcile.extract.lexicon import lexicon, tokenize
from reconcile.extract.numbers import NumberMention

_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
_DASHES = "–—:-"  # what may stand before an item's number, but for its bracket
_BEFORE_NUMBER = rf"[{_DASHES}][ \t]*"  # "Arda – 21", "Arda: 21"
_ITEM = re.compile(
    rf"(?P<name>{_NAME})[ \t]*(?:\((?P<a>\d[\d,]*)\)|{_BEFORE_NUMBER}(?P<b>\d[\d,]*)(?![\d.,]*\d))"
)
# What every item holds: a number in brackets, or after a dash or colon (see _ITEM).
_ITEM_NUMBER = re.compile(rf"\(\d|{_BEFORE_NUMBER}\d")
_SEPARATOR = re.compile(r"^[\s,;•·*]*(?:and\s+)?[\s•·*]*$")
# The characters one of which opens each item's number (:data:`_ITEM_NUMBER`).
_OPENERS = "(" + _DASHES


@dataclass(frozen=True)
class PlaceItem:
    """One item of a list: the place's name and the number's offsets in the text."""

    name: str
    start: int
    end: int


def find_place_list(text: str, start: int, end: int) -> list[PlaceItem]:
    """The longest run of two or more place items in ``text[start:end]``.

    >>> s = "The dead by region: Arda (17), Upper Vale (4) and Rim (1)."
    >>> [(i.name, s[i.start:i.end]) for i in find_place_list(s, 0, len(s))]
    [('Arda', '17'), ('Upper Vale', '4'), ('Rim', '1')]
    >>> find_place_list("Flight MH-17 crashed.", 0, 21)
    []
    """
    if _openers(text, start, end) < 2 or len(_ITEM_NUMBER.findall(text, start, end)) < 2:
        return []  # each item holds its own: a sentence with fewer has no list
    return _longest_run(text, start, end)


def _openers(text: str, start: int, end: int) -> int:
    """How many characters of ``text[start:end]`` may open an item's number (a bracket, a
    dash or a colon, :data:`_OPENERS`): at least as many as :data:`_ITEM_NUMBER` matches,
    counted in C, where the pattern, tried at every character, costs ~25 times more."""
    return sum([text.count(c, start, end) for c in _OPENERS])


def _opens_item(text: str, at: int) -> bool:
    """Whether a number starting at ``text[at]`` may be an item's: right after a bracket,
    or after a dash or colon and maybe spaces or tabs (:data:`_ITEM`)."""
    if at and text[at - 1] == "(":
        return True
    while at and text[at - 1] in " \t":
        at -= 1
    return at > 0 and text[at - 1] in _DASHES


def _longest_run(text: str, start: int, end: int) -> list[PlaceItem]:
    """:func:`find_place_list` without its quick test of the numbers an item needs."""
    runs: list[list[re.Match[str]]] = []
    for match in _ITEM.finditer(text, start, end):
        if runs and _SEPARATOR.match(text[runs[-1][-1].end() : match.start()]):
            runs[-1].append(match)
        else:
            runs.append([match])
    best = max(runs, key=len, default=[])
    if len(best) < 2:
        return []
    return [
        PlaceItem(
            m.group("name"),
            m.start("a" if m.group("a") else "b"),
            m.end("a" if m.group("a") else "b"),
        )
        for m in best
    ]


def _header(text: str, start: int, end: int) -> tuple[str, str, tuple[int, int]] | None:
    """The last outcome (and the group with it) named in ``text[start:end]``."""
    lex = lexicon()
    tokens = tokenize(text[start:end], start)
    found = None
    for k in range(len(tokens)):
        hit = lex.outcomes.match(tokens, k)
        if hit is not None:
            found = (hit[0], (tokens[k].start, tokens[k + hit[1] - 1].end))
    if found is None:
        return None
    group = "people"
    for k in range(len(tokens)):
        hit = lex.groups.match(tokens, k)
        if hit is not None:
            group = hit[0]
    return found[0], group, found[1]


def place_list_counts(
    text: str, start: int, end: int, lead: tuple[int, int] | None, mentions: list[NumberMention]
) -> list[Count]:
    """The items of a place list in the sentence ``text[start:end]`` as counts, each a part
    limited to its place; ``lead`` is the span of the sentence before (for a header such as
    "Deaths by county:"). Items whose number is not among ``mentions`` are left out."""
    by_start = {m.start: m for m in mentions if m.not_a_count is None}
    if not any(_opens_item(text, at) for at in by_start):
        return []  # no figure stands where an item's number does (most sentences)
    items = find_place_list(text, start, end)
    if not items:
        return []
    header = _header(text, start, items[0].start) or (
        _header(text, *lead) if lead is not None else None
    )
    if header is None:
        return []
    outcome, group, (o_start, o_end) = header
    counts = []
    for item in items:
        mention = by_start.get(item.start)
        if mention is None or mention.end != item.end:
            continue
        counts.append(
            Count(
                mention=mention,
                outcome=outcome,
                outcome_surface=text[o_start:o_end],
                outcome_span=(o_start, o_end),
                group=group,
                group_surface=None,
                role="part",
                scope=item.name,
            )
        )
    return counts
