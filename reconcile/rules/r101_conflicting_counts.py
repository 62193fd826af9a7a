"""R101 conflicting-counts."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

import networkx as nx

from reconcile.graph import latest_by_source, variables
from reconcile.models import Finding, NumericClaim
from reconcile.rules.base import RuleContext, finding, format_number, rule, said, variable_name


@rule(code="R101", name="conflicting-counts", group="conflict", severity="warning")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """Two sources give figures for the same variable that cannot both be true.

    **What it flags**

    For each variable (for example *killed / security forces*), the latest figure of each
    independent source is compared with every other source's latest figure. Each figure is
    read as an interval from its qualifier ("at least 17" is 17 or more, "about 100" is 90
    to 110, "10 to 15" is 10 to 15). Two figures conflict when their intervals share no
    value. The message gives both figures, who said them and when, and the gap (absolute
    and relative). Vague quantities ("dozens") take no part (see R104); nor do increments
    ("five more") or the earlier number of a change ("from 12 to 17").

    **Why it matters**

    A fact-checker must know which figures cannot be reconciled before quoting any of them.

    **Example**

    The ministry said 12 soldiers were killed. / Rebels said 40 soldiers were killed.

    **Not flagged**

    The ministry said 48 people died. / Prosecutors said at least 17 people died. ("at least
    17" admits 48.) Nor two figures of one source: that is a revision (R201).
    """
    for variable in variables(G):
        if variable.unit == "statement":
            continue
        latest = [
            c
            for c in latest_by_source(G, variable.id).values()
            if isinstance(c, NumericClaim) and c.qualifier != "vague"
        ]
        for a, b in combinations(latest, 2):
            if not a.interval.disjoint(b.interval):
                continue
            first, second = sorted((a, b), key=lambda c: (c.published, c.span.doc_id, c.span.start))
            gap = first.interval.gap(second.interval)
            base = max(abs(first.value), abs(second.value)) or 1.0
            yield finding(
                check.rule,  # type: ignore[attr-defined]
                f"{said(G, first)}, but {said(G, second)}, for {variable_name(variable.id)}: "
                f"the figures cannot both be true (gap {format_number(gap)}, {gap / base:.0%}).",
                claims=[first, second],
                G=G,
                variable_id=variable.id,
            )
