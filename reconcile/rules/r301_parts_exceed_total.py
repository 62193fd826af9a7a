"""R301 parts-exceed-total."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.models import Finding
from reconcile.rules.base import RuleContext, breakdowns, finding, format_number, rule


@rule(code="R301", name="parts-exceed-total", group="arithmetic", severity="warning")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A breakdown by group adds up to more than the stated total.

    **What it flags**

    Within one document and one source, for one outcome: the figures for groups (a list
    such as "17 soldiers and 30 militants", or parts of a total such as "48 people,
    including 17 soldiers") whose smallest possible sum is above the largest value the
    stated total admits ("40 people were killed").

    **Why it matters**

    Parts that exceed their total mean one of the figures is wrong, or the total is out of
    date; either way the source contradicts itself.

    **Example**

    The ministry said 40 people were killed, among them 17 soldiers and 30 militants.

    **Not flagged**

    The ministry said at least 40 people were killed: 17 soldiers and 30 militants. ("at
    least 40" admits 47.)
    """
    for total, parts in breakdowns(G):
        low = sum(p.interval.low or 0.0 for p in parts)
        if total.interval.high is None or low <= total.interval.high:
            continue
        yield finding(
            check.rule,  # type: ignore[attr-defined]
            f"In {total.span.doc_id}, the parts ({' + '.join(p.surface for p in parts)} = "
            f"{format_number(low)}) exceed the stated total '{total.surface}' for "
            f"{total.outcome}.",
            claims=[total, *parts],
            G=G,
            variable_id=total.variable_id,
        )
