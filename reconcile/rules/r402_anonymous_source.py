"""R402 anonymous-source."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.graph import claims
from reconcile.models import Finding, NumericClaim
from reconcile.rules.base import RuleContext, finding, rule


@rule(code="R402", name="anonymous-source", group="attribution", severity="info")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A figure is attributed only to the passive voice or to anonymous sources.

    **What it flags**

    A numeric claim whose only attribution is a passive report ("were reportedly
    detained", "it was reported that") or an unnamed source ("sources said", "an official
    who asked not to be named").

    **Why it matters**

    Nobody can be asked to stand by the figure; it is weak evidence on its own.

    **Example**

    Five people were reportedly detained after the march.

    **Not flagged**

    Five people were detained after the march, police said.
    """
    for claim in claims(G):
        if isinstance(claim, NumericClaim) and claim.attribution.kind == "passive":
            yield finding(
                check.rule,  # type: ignore[attr-defined]
                f"'{' '.join(claim.surface.split())}' "
                f"({claim.variable_id.removeprefix('var:')}) rests only on a passive or "
                f"anonymous report.",
                claims=[claim],
                G=G,
                variable_id=claim.variable_id,
            )
