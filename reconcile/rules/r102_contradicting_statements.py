"""R102 contradicting-statements."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

import networkx as nx

from reconcile.graph import latest_by_source, variables
from reconcile.models import Finding, StatementClaim
from reconcile.rules.base import RuleContext, finding, rule, who_when


@rule(code="R102", name="contradicting-statements", group="conflict", severity="warning")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """Two sources state the same thing with opposite polarity.

    **What it flags**

    Statement claims are predicates with a polarity (see docs/extraction.md): "fighters
    have begun to lay down their arms" (positive) against "militants refused to lay down
    their weapons" (negative); "the town was calm" against "shooting continued". For each
    predicate, the latest statement of each source is compared with every other source's;
    opposite polarities about the same actor (or an unnamed one) are flagged. When a
    sentence places its statement earlier ("Earlier, prosecutors said …"), the message
    orders the two in time.

    **Why it matters**

    Contradictory accounts of what happened are as important as conflicting numbers, and
    a reader must know which came first.

    **Example**

    The government said rebels began to hand over their weapons. / A rebel commander said
    his fighters will not surrender their weapons.

    **Not flagged**

    The ministry promised amnesty to rebels who lay down their weapons. (A condition, not
    a statement of fact.)
    """
    for variable in variables(G):
        if variable.unit != "statement":
            continue
        latest = [
            c for c in latest_by_source(G, variable.id).values() if isinstance(c, StatementClaim)
        ]
        for a, b in combinations(latest, 2):
            if a.polarity == b.polarity or (a.actor and b.actor and a.actor != b.actor):
                continue
            first, second = sorted(
                (a, b), key=lambda c: (c.published, not c.earlier, c.span.doc_id, c.span.start)
            )
            earlier = "earlier " if first.earlier or first.published < second.published else ""
            yield finding(
                check.rule,  # type: ignore[attr-defined]
                f"{who_when(G, first)} {earlier}said '{' '.join(first.surface.split())}', "
                f"but {who_when(G, second)} said '{' '.join(second.surface.split())}': "
                f"opposite accounts of '{variable.measure}'.",
                claims=[first, second],
                G=G,
                variable_id=variable.id,
            )
