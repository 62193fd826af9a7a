"""R203 superseded-figure."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.graph import latest_comparable_by_source, superseded_by_update, variables
from reconcile.models import Finding
from reconcile.rules.base import RuleContext, finding, rule, said, statement_order, variable_name


@rule(code="R203", name="superseded-figure", group="revision", severity="info")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """An earlier figure of one source is overtaken by a later, updated figure of another.

    **What it flags**

    For each variable, the most recent figure stated as an update ("the toll rose to 48",
    "has risen to 241", "from 12 to 17") that is its source's latest supersedes every other
    source's latest figure published earlier whose interval does not admit it. One finding
    per variable names the update and every figure it supersedes.

    **Why it matters**

    A rising toll makes early reports out of date; an earlier, lower figure from another
    outlet is not a conflict to resolve but a figure to stop quoting.

    **Example**

    Monday, a wire: 12 people died. / Tuesday, the ministry: the death toll rose to 17.

    **Not flagged**

    Monday, a wire: at least 12 people died. / Tuesday, the ministry: the toll rose to 17.
    ("at least 12" admits 17.) Nor a later figure given without an update cue.
    """
    for variable in variables(G):
        if variable.unit == "statement":
            continue
        latest = latest_comparable_by_source(G, variable.id)
        updates = [c for c in latest.values() if c.change == "new_total"]
        if len(latest) < 2 or not updates:
            continue
        newest = max(updates, key=statement_order)
        overtaken = superseded_by_update(G, latest)
        superseded = [claim for source, claim in sorted(latest.items()) if source in overtaken]
        if not superseded:
            continue
        yield finding(
            check.rule,  # type: ignore[attr-defined]
            f"The later update {said(G, newest)} for {variable_name(variable.id)} supersedes "
            f"earlier figures of other sources: {'; '.join(said(G, c) for c in superseded)}.",
            claims=[*superseded, newest],
            G=G,
            variable_id=variable.id,
        )
