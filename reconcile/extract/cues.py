"""Sentence-level cues the rules read: revision cues and disputes.

* A **revision cue** ("raised the death toll", "a higher death toll", "revised down", "rose
  to") says a figure was revised, with or without the earlier number (rule R202). The cues
  are configuration: ``[revision]`` in ``reconcile/data/taxonomy.toml``.
* A **dispute** is a source denying, rejecting or disputing a figure or report ("the army
  denied reports that …", "rejected the ministry's new figure as far too low"), rule R103.
  A passive "had been denied access" is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reconcile.extract.lexicon import lexicon, load_data, tokenize

_BE = {"was", "were", "is", "are", "been", "be", "being"}


@dataclass(frozen=True)
class Cue:
    """A cue found in a text: offsets into the document's text and the words."""

    start: int
    end: int
    text: str


@cache
def _revision_cues() -> tuple[tuple[str, ...], ...]:
    data = load_data("taxonomy.toml")["revision"]
    cues = []
    for cue in data["cues"]:
        variants = [cue.replace("{toll}", t) for t in data["toll"]] if "{toll}" in cue else [cue]
        cues.extend(tuple(v.split()) for v in variants)
    return tuple(sorted(set(cues), key=lambda c: (-len(c), c)))


@cache
def _cues_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The revision cues indexed by their first word, each list in the table's order
    (longest first), so a token is compared only with the cues that can start there."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for cue in _revision_cues():
        index.setdefault(cue[0], []).append(cue)
    return {word: tuple(cues) for word, cues in index.items()}


def find_revision_cues(text: str, start: int, end: int) -> list[Cue]:
    """Revision cues in ``text[start:end]``, longest first at each position.

    >>> s = "The prosecutors provided a higher death toll from the fighting."
    >>> [c.text for c in find_revision_cues(s, 0, len(s))]
    ['higher death toll']
    """
    tokens = tokenize(text[start:end], start)
    words = [t.lower for t in tokens]
    index = _cues_by_first_word()
    found: list[Cue] = []
    k = 0
    while k < len(tokens):
        for cue in index.get(words[k], ()):
            if tuple(words[k : k + len(cue)]) == cue:
                a, b = tokens[k].start, tokens[k + len(cue) - 1].end
                found.append(Cue(a, b, text[a:b]))
                k += len(cue)
                break
        else:
            k += 1
    return found


def find_disputes(text: str, start: int, end: int) -> list[Cue]:
    """Denials of a figure or report in ``text[start:end]``: the verb to its object.

    >>> s = "The army denied reports that 12 soldiers had been captured."
    >>> [c.text for c in find_disputes(s, 0, len(s))]
    ['denied reports']
    >>> find_disputes("They had been denied access to lawyers.", 0, 39)
    []
    """
    tokens = tokenize(text[start:end], start)
    found = []
    for k, token in enumerate(tokens):
        if token.lower not in lexicon().denials or (k and tokens[k - 1].lower in _BE):
            continue
        for j in range(k + 1, min(len(tokens), k + 6)):
            if tokens[j].lower in lexicon().disputed:
                a, b = token.start, tokens[j].end
                found.append(Cue(a, b, text[a:b]))
                break
            if tokens[j].text in {",", ".", ";"}:
                break
    return found


_LABEL = re.compile(
    r"\b(?:what|whom|those)\s+(?P<who>it|they|he|she|(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:called|calls|call|described\s+as|describes\s+as|termed|terms|labelled|labeled|"
    r"dubbed|branded)\s+(?P<q>[\"“'‘])(?P<label>[^\"”'’]{1,60})[\"”'’]"
    r"|\bso-called\s+(?P<q2>[\"“'‘]?)(?P<label2>[\w-]+(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)


def find_quoted_labels(text: str, start: int, end: int) -> list[Cue]:
    """Labels a speaker is quoted as using: 'against what it called "militants"', 'the
    so-called volunteers'. The label is the speaker's word, not the publisher's.

    >>> s = 'An operation against what it called "militants" began.'
    >>> [c.text for c in find_quoted_labels(s, 0, len(s))]
    ['militants']
    """
    found = []
    for match in _LABEL.finditer(text, start, end):
        group = "label" if match.group("label") else "label2"
        a, b = match.start(group), match.end(group)
        found.append(Cue(a, b, text[a:b]))
    return found


@cache
def _retraction_cues() -> tuple[tuple[str, ...], ...]:
    cues = load_data("taxonomy.toml")["retraction"]["cues"]
    return tuple(sorted({tuple(c.split()) for c in cues}, key=lambda c: (-len(c), c)))


def find_retractions(text: str, start: int, end: int) -> list[Cue]:
    """Words by which a source disowns a figure in ``text[start:end]`` (``[retraction]``).

    >>> s = "The ministry reported 9,000 injured, but later took the figure back."
    >>> [c.text for c in find_retractions(s, 0, len(s))]
    ['took the figure back']
    """
    tokens = tokenize(text[start:end], start)
    words = [t.lower for t in tokens]
    found = []
    for k in range(len(tokens)):
        for cue in _retraction_cues():
            if tuple(words[k : k + len(cue)]) == cue:
                a, b = tokens[k].start, tokens[k + len(cue) - 1].end
                found.append(Cue(a, b, text[a:b]))
                break
    return found
