"""R401 unattributed-figure."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.graph import claims, document_of
from reconcile.models import Finding, NumericClaim
from reconcile.rules.base import RuleContext, finding, rule


@rule(code="R401", name="unattributed-figure", group="attribution", severity="info")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A figure is given in the publisher's own voice, with no source named.

    **What it flags**

    A numeric claim whose sentence names no speaker ("X said", "according to X") and has
    no passive report marker: the publisher states the figure as its own.

    **Why it matters**

    A figure nobody is quoted for cannot be traced to its origin: it may be the outlet's own
    count, a figure copied from another outlet, or an old number carried forward.

    **Example**

    At least 40 people were killed in the clashes on Tuesday.

    **Not flagged**

    At least 40 people were killed in the clashes on Tuesday, the health ministry said.
    """
    for claim in claims(G):
        if not isinstance(claim, NumericClaim) or claim.attribution.kind != "unattributed":
            continue
        doc = document_of(G, claim.id)
        yield finding(
            check.rule,  # type: ignore[attr-defined]
            f"{doc.publisher} states '{' '.join(claim.surface.split())}' "
            f"({claim.variable_id.removeprefix('var:')}) without naming a source.",
            claims=[claim],
            G=G,
            variable_id=claim.variable_id,
        )
