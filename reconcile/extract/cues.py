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

from reconcile.extract.lexicon import (
    PhraseTable,
    ascii_words,
    be_forms,
    lexicon,
    load_data,
    tokenize,
    words_may_occur,
)

_BE = be_forms("singular", "plural", "nonfinite")


@dataclass(frozen=True)
class Cue:
    """A cue found in a text: offsets into the document's text and the words."""

    start: int
    end: int
    text: str


@cache
def _revision_table() -> PhraseTable:
    """The revision cues of ``[revision]``, '{toll}' spelled out with each toll word."""
    data = load_data("taxonomy.toml")["revision"]
    cues = []
    for cue in data["cues"]:
        cues.extend([cue.replace("{toll}", t) for t in data["toll"]] if "{toll}" in cue else [cue])
    return PhraseTable.build({"revision": cues})


@cache
def _denials() -> frozenset[str] | None:
    return ascii_words(lexicon().denials)


@cache
def _retraction_table() -> PhraseTable:
    return PhraseTable.build({"retraction": load_data("taxonomy.toml")["retraction"]["cues"]})


def _find_cues(table: PhraseTable, text: str, start: int, end: int) -> list[Cue]:
    """The cues of ``table`` in ``text[start:end]``, longest first at each position, none
    overlapping another."""
    if not table.may_occur(text[start:end]):
        return []  # the common case: no cue's words, no tokens needed
    tokens = tokenize(text[start:end], start)
    found: list[Cue] = []
    after = 0  # reading goes on from here: the words before belong to a cue found
    first_words = table.by_first
    for k in [k for k, token in enumerate(tokens) if token.lower in first_words]:
        hit = table.match(tokens, k) if k >= after else None
        if hit is None:
            continue  # most words start no cue: only the first words of cues are tried
        a, b = tokens[k].start, tokens[k + hit[1] - 1].end
        found.append(Cue(a, b, text[a:b]))
        after = k + hit[1]
    return found


def find_revision_cues(text: str, start: int, end: int) -> list[Cue]:
    """Revision cues in ``text[start:end]``, longest first at each position.

    >>> s = "The prosecutors provided a higher death toll from the fighting."
    >>> [c.text for c in find_revision_cues(s, 0, len(s))]
    ['higher death toll']
    """
    return _find_cues(_revision_table(), text, start, end)


def find_disputes(text: str, start: int, end: int) -> list[Cue]:
    """Denials of a figure or report in ``text[start:end]``: the verb to its object.

    >>> s = "The army denied reports that 12 soldiers had been captured."
    >>> [c.text for c in find_disputes(s, 0, len(s))]
    ['denied reports']
    >>> find_disputes("They had been denied access to lawyers.", 0, 39)
    []
    """
    if not words_may_occur(_denials(), text[start:end]):
        return []  # the common case: no denial verb, no tokens needed
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


# A match of _LABEL holds one of these words, in any case.
_LABEL_NEEDS = ("what", "whom", "those", "so-called")


def _may_label(window: str) -> bool:
    """Whether ``window`` may hold a match of :data:`_LABEL`: False only for ASCII text
    without any of :data:`_LABEL_NEEDS` (lower-casing ASCII is one letter for one, and no
    other ASCII letter matches theirs without case; outside ASCII, the pattern decides:
    'ſ' matches 's').

    >>> _may_label("what it called"), _may_label("SO-CALLED rebels"), _may_label("No.")
    (True, True, False)
    """
    if not window.isascii():
        return True
    low = window.lower()
    return any(word in low for word in _LABEL_NEEDS)


def find_quoted_labels(text: str, start: int, end: int) -> list[Cue]:
    """Labels a speaker is quoted as using: 'against what it called "militants"', 'the
    so-called volunteers'. The label is the speaker's word, not the publisher's.

    >>> s = 'An operation against what it called "militants" began.'
    >>> [c.text for c in find_quoted_labels(s, 0, len(s))]
    ['militants']
    """
    if not _may_label(text[start:end]):
        return []  # the common case: none of the words the pattern needs
    found = []
    for match in _LABEL.finditer(text, start, end):
        group = "label" if match.group("label") else "label2"
        a, b = match.start(group), match.end(group)
        found.append(Cue(a, b, text[a:b]))
    return found


def find_retractions(text: str, start: int, end: int) -> list[Cue]:
    """Words by which a source disowns a figure in ``text[start:end]`` (``[retraction]``).

    >>> s = "The ministry reported 9,000 injured, but later took the figure back."
    >>> [c.text for c in find_retractions(s, 0, len(s))]
    ['took the figure back']
    """
    return _find_cues(_retraction_table(), text, start, end)
