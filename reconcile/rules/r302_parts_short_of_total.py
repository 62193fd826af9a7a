"""R302 parts-short-of-total."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.models import Finding
from reconcile.rules.base import RuleContext, breakdowns, finding, format_number, rule


@rule(code="R302", name="parts-short-of-total", group="arithmetic", severity="info")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A breakdown of two or more groups adds up to less than the stated total.

    **What it flags**

    Within one document and one source, for one outcome: a breakdown of two or more group
    figures whose largest possible sum is below the smallest value the stated total admits.
    A single part ("48 people, including 17 soldiers") is not a breakdown.

    **Why it matters**

    The remainder is people the source counts but does not describe: a reader should ask
    who they are before comparing group figures across sources.

    **Example**

    The governor said 52 people were killed: 17 soldiers and 30 rebels.

    **Not flagged**

    The governor said 52 people were killed, including 17 soldiers.
    """
    for total, parts in breakdowns(G):
        if len(parts) < 2 or any(p.interval.high is None for p in parts):
            continue
        high = sum(p.interval.high or 0.0 for p in parts)
        if total.interval.low is None or high >= total.interval.low:
            continue
        yield finding(
            check.rule,  # type: ignore[attr-defined]
            f"In {total.span.doc_id}, the parts ({' + '.join(p.surface for p in parts)} = "
            f"{format_number(high)}) fall short of the stated total '{total.surface}' for "
            f"{total.outcome} by {format_number(total.interval.low - high)}.",
            claims=[total, *parts],
            G=G,
            variable_id=total.variable_id,
        )
