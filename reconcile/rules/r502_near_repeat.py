"""R502 near-repeat."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.graph import copies
from reconcile.models import Finding
from reconcile.rules.base import RuleContext, finding, rule


@rule(code="R502", name="near-repeat", group="duplicate", severity="info")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A sentence nearly repeats a sentence of an earlier-published document.

    **What it flags**

    A sentence whose words match a sentence of an earlier document at a ratio of at least
    0.8 (difflib over words; see reconcile/segment.py) without being verbatim the same:
    syndicated copy with a word or a number changed.

    **Why it matters**

    A lightly edited copy is not independent corroboration: its figures count for the
    original source, and an edited number in it is a revision worth checking.

    **Example**

    Wire: Heavy rain flooded 40 villages, officials said. / Portal (later): Torrential rain
    flooded 40 villages, officials said.

    **Not flagged**

    The same sentence word for word (that is R501), or two outlets' own wording.
    """
    for copy, original in copies(G, "near_copy_of"):
        yield finding(
            check.rule,  # type: ignore[attr-defined]
            f"Sentence {copy.index + 1} of {copy.span.doc_id} nearly repeats sentence "
            f"{original.index + 1} of {original.span.doc_id}: syndicated copy, not "
            f"independent corroboration.",
            sentences=[copy, original],
        )
