"""R204 toll-timeline."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.graph import stated_day, timeline, variables
from reconcile.models import Finding
from reconcile.rules.base import RuleContext, finding, rule, said, variable_name


@rule(code="R204", name="toll-timeline", group="revision", severity="info")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A variable's figure moved over the days of the story: its timeline, once.

    **What it flags**

    For each variable whose figures, across all sources, take two or more values on two or
    more days: the figures in the order they were stated (the day a sentence refers to,
    else publication), a source's figure kept when it differs from that source's figure
    before it, in one finding that reads as the toll's timeline ("5 (KMA, 25 June) → 13
    (doctors, 26 June) → 22 …"). Vague words, increments, parts and victims implied by
    words take no part.

    **Why it matters**

    A fact-checker first asks how the figure moved and who moved it; a rising toll read
    as rival figures is the commonest misreading of a developing story.

    **Example**

    Monday, a wire: 12 people died. / Wednesday, the ministry: 17 people died.

    **Not flagged**

    Two outlets that give the same 12 on Monday and Wednesday (the figure did not move), or
    several figures on a single day (that is R101's question).
    """
    for variable in variables(G):
        if variable.unit == "statement":
            continue
        chain = timeline(G, variable.id)
        values = {(c.interval.low, c.interval.high) for c in chain}
        if len(values) < 2 or len({stated_day(c) for c in chain}) < 2:
            continue  # the figure did not move, or moved within one day (R101's question)
        steps = " → ".join(f"{said(G, c)} for {stated_day(c).isoformat()}" for c in chain)
        yield finding(
            check.rule,  # type: ignore[attr-defined]
            f"The figure for {variable_name(variable.id)} moved over time: {steps}.",
            claims=chain,
            G=G,
            variable_id=variable.id,
        )
