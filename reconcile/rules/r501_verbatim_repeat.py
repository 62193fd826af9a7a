"""R501 verbatim-repeat."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.graph import copies
from reconcile.models import Finding
from reconcile.rules.base import RuleContext, finding, rule


@rule(code="R501", name="verbatim-repeat", group="duplicate", severity="info")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A sentence repeats an earlier sentence word for word.

    **What it flags**

    Every sentence whose text (white space folded) equals an earlier one, in the same
    document (a repeated paragraph) or in an earlier-published document (syndicated copy).
    The finding names the copy first, then the original.

    **Why it matters**

    A repeated sentence is one claim, not two: its figures are counted once, and a copy in
    another outlet is not independent corroboration.

    **Example**

    Two people died in the blast. Police said. Two people died in the blast.

    **Not flagged**

    Two people died in the blast. / Two people were killed in the blast. (Not verbatim.)
    """
    for copy, original in copies(G):
        where = (
            "earlier in the same document"
            if copy.span.doc_id == original.span.doc_id
            else f"in document {original.span.doc_id}"
        )
        yield finding(
            check.rule,  # type: ignore[attr-defined]
            f"Sentence {copy.index + 1} of {copy.span.doc_id} repeats sentence "
            f"{original.index + 1} {where} word for word; its claims are counted once.",
            sentences=[copy, original],
        )
