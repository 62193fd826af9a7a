"""R303 increment-inconsistent."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.graph import variables
from reconcile.models import Finding
from reconcile.rules.base import RuleContext, finding, format_number, history_by_source, rule


@rule(code="R303", name="increment-inconsistent", group="arithmetic", severity="warning")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """An increment ("five more died") does not bridge the figures before and after it.

    **What it flags**

    For one source and variable: an increment claim, the source's last figure before it
    and its first figure after it (same sentence included: "five more died, bringing the
    toll to 23"). When before + increment differs from after, the finding gives all three.

    **Why it matters**

    An increment that does not add up means a figure was missed or misreported.

    **Example**

    Monday: 17 people died, the ministry said. / Tuesday: five more died, bringing the
    toll to 23, the ministry said.

    **Not flagged**

    Monday: 17 people died. / Tuesday: six more died, bringing the toll to 23.
    """
    for variable in variables(G):
        if variable.unit == "statement":
            continue
        for sequence in history_by_source(G, variable.id).values():
            for n, step in enumerate(sequence):
                if step.change != "increment":
                    continue
                before = [c for c in sequence[:n] if c.change != "increment"]
                after = [c for c in sequence[n + 1 :] if c.change != "increment"]
                if not before or not after:
                    continue
                b, a = before[-1], after[0]
                if b.value + step.value == a.value:
                    continue
                yield finding(
                    check.rule,  # type: ignore[attr-defined]
                    f"'{b.surface}' plus '{step.surface}' more makes "
                    f"{format_number(b.value + step.value)}, but the next figure is "
                    f"'{a.surface}' ({variable.id.removeprefix('var:')}).",
                    claims=[b, step, a],
                    G=G,
                    variable_id=variable.id,
                )
