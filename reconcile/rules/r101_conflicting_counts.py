"""R101 conflicting-counts."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

import networkx as nx

from reconcile.graph import claims_measuring, source_of, variables
from reconcile.models import Finding, NumericClaim
from reconcile.rules.base import RuleContext, finding, format_number, rule, who_when


@rule(code="R101", name="conflicting-counts", group="conflict", severity="warning")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """Two sources give figures for the same variable that cannot both be true.

    **What it flags**

    For each variable (for example *killed / security forces*), the latest figure of each
    source is compared with every other source's latest figure. Each figure is read as an
    interval from its qualifier ("at least 17" is 17 or more, "about 100" is 90 to 110,
    "10 to 15" is 10 to 15). Two figures conflict when their intervals share no value. The
    message gives both figures, who said them and when, and the gap (absolute and relative).

    **Why it matters**

    A fact-checker must know which figures cannot be reconciled before quoting any of them.

    **Example**

    The ministry said 12 soldiers were killed. / Rebels said 40 soldiers were killed.

    **Not flagged**

    The ministry said 48 people died. / Prosecutors said at least 17 people died. ("at least
    17" admits 48.) Nor are two figures of one source: that is a revision, not a conflict.
    """
    for variable in variables(G):
        if variable.unit == "statement":
            continue
        latest: dict[str, NumericClaim] = {}
        for claim in claims_measuring(G, variable.id):
            if isinstance(claim, NumericClaim):
                latest[source_of(G, claim.id).id] = claim  # claims come oldest first
        for (_, a), (_, b) in combinations(sorted(latest.items()), 2):
            if not a.interval.disjoint(b.interval):
                continue
            first, second = sorted((a, b), key=lambda c: (c.published, c.span.doc_id, c.span.start))
            gap = first.interval.gap(second.interval)
            base = max(abs(first.value), abs(second.value)) or 1.0
            yield finding(
                check.rule,  # type: ignore[attr-defined]
                f"{who_when(G, first)} gives {' '.join(first.surface.split())} but "
                f"{who_when(G, second)} gives {' '.join(second.surface.split())} for "
                f"{variable.id.removeprefix('var:')}: the figures cannot both be true "
                f"(gap {format_number(gap)}, {gap / base:.0%}).",
                claims=[first, second],
                G=G,
                variable_id=variable.id,
            )
