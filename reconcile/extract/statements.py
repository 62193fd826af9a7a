"""Statement claims: a predicate with a polarity, which sources can contradict.

Rule-based over ``reconcile/data/predicates.toml``: each predicate has phrases that state
it and antonym phrases that state its opposite ("the town was calm" / "fighting
continued"). A negation or refusal cue before a phrase in its clause ("refused to", "will
not", "denied that") flips the polarity; a hypothetical or directive cue ("if", "who",
"urged", "promised amnesty to … who") makes it no claim at all. The actor is the group
noun nearest before the phrase in its clause ("militants had refused to lay down their
weapons" → militants).

Limits: no parsing, so the clause is a window back to the nearest clause break; double
negation, irony and scope ("not only … but") are not handled; a predicate must be listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reconcile.extract.lexicon import PhraseTable, Token, lexicon, load_data, tokenize

_CLAUSE = load_data("predicates.toml")["clause"]  # [clause]: breaks, prepositions, modifiers
_BREAKS = frozenset(_CLAUSE["breaks"])
_WINDOW = 8  # how many words back a cue may stand
_WHO_WINDOW = 3  # "the rebels who voluntarily lay down their weapons"
_ACTOR_WINDOW = 20
_PREPOSITIONS = frozenset(_CLAUSE["prepositions"])
_MODIFIERS = frozenset(_CLAUSE["modifiers"])


@dataclass(frozen=True)
class StatementMention:
    """A predicate stated in a sentence (offsets into the document's text)."""

    start: int
    end: int
    predicate: str
    polarity: str  # "positive" or "negative"
    cue: str | None
    actor: str | None


@dataclass(frozen=True)
class _Predicates:
    phrases: PhraseTable  # phrase -> "predicate|polarity"
    negation: tuple[tuple[str, ...], ...]
    hypothetical: tuple[tuple[str, ...], ...]


@cache
def _predicates() -> _Predicates:
    data = load_data("predicates.toml")
    table: dict[str, list[str]] = {}
    for name, entry in data["predicates"].items():
        for polarity in ("positive", "negative"):
            table[f"{name}|{polarity}"] = list(entry.get(polarity, []))
    cues = data["cues"]
    return _Predicates(
        phrases=PhraseTable.build(table),
        negation=tuple(tuple(t.lower for t in tokenize(c)) for c in cues["negation"]),
        hypothetical=tuple(tuple(t.lower for t in tokenize(c)) for c in cues["hypothetical"]),
    )


def _cue_before(
    tokens: list[Token], i: int, cues: tuple[tuple[str, ...], ...], window: int
) -> tuple[int, int] | None:
    """The token range of the nearest cue in the ``window`` words before ``tokens[i]``."""
    floor = i
    while floor > 0 and i - floor < window and tokens[floor - 1].lower not in _BREAKS:
        floor -= 1
    for end in range(i, floor, -1):
        for cue in cues:
            size = len(cue)
            if end - size >= floor and tuple(t.lower for t in tokens[end - size : end]) == cue:
                return end - size, end
    return None


def find_statements(text: str, start: int, end: int) -> list[StatementMention]:
    """Statements in ``text[start:end]`` (offsets into ``text``).

    >>> s = "Prosecutors said militants had refused to lay down their weapons."
    >>> [(m.predicate, m.polarity, m.actor, s[m.start : m.end])
    ...  for m in find_statements(s, 0, len(s))]
    [('lay down arms', 'negative', 'militants', 'militants had refused to lay down their weapons')]
    >>> s = "The ministry promised amnesty to rebels who lay down their weapons."
    >>> find_statements(s, 0, len(s))
    []
    """
    tokens = tokenize(text[start:end], start)
    table = _predicates()
    found: list[StatementMention] = []
    after = 0  # reading goes on from here: the words before belong to a phrase read
    first_words = table.phrases.by_first
    for k in [i for i, token in enumerate(tokens) if token.lower in first_words]:
        hit = table.phrases.match(tokens, k) if k >= after else None
        if hit is None:
            continue  # most sentences hold no word a phrase starts with: no loop step
        after = k + hit[1]
        mention = _statement_at(tokens, k, hit, table)
        if mention is not None:
            found.append(mention)
    return found


def _statement_at(
    tokens: list[Token], k: int, hit: tuple[str, int], table: _Predicates
) -> StatementMention | None:
    """The statement of the phrase ``hit`` (key and size) at ``tokens[k]``, with its
    polarity, cue and actor; None in a hypothetical or a relative clause."""
    key, size = hit
    predicate, polarity = key.split("|")
    k_end = k + size
    hypothetical = _cue_before(tokens, k, table.hypothetical, _WINDOW)
    who = _cue_before(tokens, k, (("who",), ("which",), ("that",)), _WHO_WINDOW)
    if hypothetical is not None or who is not None:
        return None
    negation = _cue_before(tokens, k, table.negation, _WINDOW)
    cue = None
    first = k
    if negation is not None:
        polarity = "negative" if polarity == "positive" else "positive"
        cue = " ".join(t.text for t in tokens[negation[0] : negation[1]])
        first = negation[0]
    actor, actor_start = _actor_before(tokens, k)
    if actor_start is not None:
        first = min(first, actor_start)
    return StatementMention(
        tokens[first].start, tokens[k_end - 1].end, predicate, polarity, cue, actor
    )


def _actor_before(tokens: list[Token], i: int) -> tuple[str | None, int | None]:
    """The subject group before ``tokens[i]`` in its clause, and where it starts.

    Groups after a preposition ("clashes with security forces") are passed over; the
    search stops at a clause break or a verb of saying ("residents said shooting
    continued" has no actor).
    """
    lex = lexicon()
    for end in range(i, max(0, i - _ACTOR_WINDOW), -1):
        word = tokens[end - 1].lower
        if word in _BREAKS or word in lex.speech_verbs:
            break
        hit = lex.groups.match_ending(tokens, end)
        if hit is None:
            continue
        before = end - hit[1] - 1
        while before >= 0 and tokens[before].lower in _MODIFIERS:
            before -= 1
        if before >= 0 and tokens[before].lower in _PREPOSITIONS:
            continue
        return hit[0], end - hit[1]
    return None, None
