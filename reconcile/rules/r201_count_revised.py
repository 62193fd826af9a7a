"""R201 count-revised."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

import networkx as nx

from reconcile.extract.lexicon import ascii_words, load_data, words_may_occur
from reconcile.graph import document_figure, history_by_source, sentence_of, source_of, variables
from reconcile.models import Finding, NumericClaim
from reconcile.rules.base import RuleContext, finding, format_number, rule, variable_name


@rule(code="R201", name="count-revised", group="revision", severity="warning")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A source's figure for one variable changed over its statements: the chain, once.

    **What it flags**

    For each source and variable, its figures in time order: per document, the earlier
    number of a stated change ("from 12 to 17") and then the document's figure (its last
    update, else its largest figure). When the figure changes, **one** finding gives the
    whole chain (12 → 17 → 15), each step with its date, its direction and delta, and the
    reason the text gives in the new figure's sentence ("double counting", "bodies were
    found", "died in hospital": ``[revision_reasons]`` in reconcile/data/taxonomy.toml). A
    downward step with no stated reason is said to have none. A figure the source repeats
    in a later document before changing it is cited with its step (evidence that the
    figure stood, and where). Increments ("five more"),
    vague words and parts are not figures of the total.

    **Why it matters**

    A revised figure supersedes the old one; quoting the old one as current is an error,
    and the direction of revisions tells how an event's toll evolved and why.

    **Example**

    Monday: the ministry said 12 people died. / Tuesday: the ministry said 17 people died.

    **Not flagged**

    Monday: the ministry said 12 people died. / Tuesday: the ministry said 12 people died.
    """
    for variable in variables(G):
        if variable.unit == "statement":
            continue
        for sequence in history_by_source(G, variable.id).values():
            stated = revision_chain(sequence)
            if len(stated) < 2:
                continue
            chain = [figures[0] for figures in stated]
            name = source_of(G, chain[-1].id).name
            steps = [_first(chain[0])] + [
                _step(G, before, after) for before, after in pairwise(chain)
            ]
            yield finding(
                check.rule,  # type: ignore[attr-defined]
                f"{name} revised {variable_name(variable.id)}: {' → '.join(steps)}.",
                claims=[claim for figures in stated for claim in figures],
                G=G,
                variable_id=variable.id,
            )


def revision_chain(sequence: list[NumericClaim]) -> list[list[NumericClaim]]:
    """The figures of one source in statement order, one per document (the earlier number
    of a stated change before it), equal neighbours merged: each step of the chain holds
    the claims that stated it, first statement first (a later document repeating 361
    before the 413 is evidence of the same step)."""
    by_document: dict[str, list[NumericClaim]] = {}
    for claim in sequence:
        if (
            claim.change != "increment"
            and claim.qualifier != "vague"
            and not claim.withdrawn  # out of every chain (R205)
            and not claim.implied
        ):
            by_document.setdefault(claim.span.doc_id, []).append(claim)
    chain: list[list[NumericClaim]] = []
    for claims in by_document.values():
        earlier = [c for c in claims if c.change == "previous"]
        current = [c for c in claims if c.change != "previous" and c.role != "part"]
        for claim in earlier + ([document_figure(current)] if current else []):  # type: ignore[list-item]
            if chain and chain[-1][0].interval == claim.interval:
                chain[-1].append(claim)
            else:
                chain.append([claim])
    return chain


def _words(claim: NumericClaim) -> str:
    return " ".join(claim.surface.split())


def _first(claim: NumericClaim) -> str:
    return f"'{_words(claim)}' ({claim.published.date().isoformat()})"


def _step(G: nx.MultiDiGraph, before: NumericClaim, after: NumericClaim) -> str:
    delta = after.value - before.value
    direction = "up" if delta > 0 else "down" if delta < 0 else "in qualifier"
    reason = _reason(sentence_of(G, after.id).text)
    said = f", {direction} {format_number(abs(delta))}" if delta else f", {direction}"
    if reason:
        said += f", because '{reason}'"
    elif delta < 0:
        said += ", no reason given"
    return f"'{_words(after)}' ({after.published.date().isoformat()}{said})"


def _reason_words() -> list[str]:
    """The words of ``[revision_reasons]`` in taxonomy.toml."""
    return list(load_data("taxonomy.toml")["revision_reasons"]["words"])


@cache
def _reasons() -> re.Pattern[str]:
    ordered = sorted(_reason_words(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in ordered) + r")\b", re.IGNORECASE)


@cache
def _lowered_reasons() -> frozenset[str] | None:
    """The reasons' words in lower case, as :func:`words_may_occur` takes them."""
    return ascii_words(w.lower() for w in _reason_words())


def _may_give_reason(sentence: str) -> bool:
    """Whether a reason's words may stand in ``sentence``: False only when the sentence is
    ASCII and its lower case holds none of them (:func:`words_may_occur`). A non-ASCII
    sentence is always searched: the case-insensitive pattern matches 'ſ' as 's', which
    its lower case does not show. Most sentences hold none, and the search of every
    reason at every position costs ~100k instructions."""
    return not sentence.isascii() or words_may_occur(_lowered_reasons(), sentence)


def _reason(sentence: str) -> str | None:
    """The reason a sentence gives for a revised figure, as written."""
    if not _may_give_reason(sentence):
        return None
    match = _reasons().search(sentence)
    return match.group(1) if match else None
