"""R305 group-exceeds-wider."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.extract.lexicon import within
from reconcile.graph import latest_comparable_by_source, variables
from reconcile.models import Finding, NumericClaim
from reconcile.rules.base import RuleContext, finding, rule, said, variable_name


@rule(code="R305", name="group-exceeds-wider", group="arithmetic", severity="warning")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A source's figure for a group is larger than its figure for a wider group.

    **What it flags**

    For one source and one outcome (and place): its current figure for a group and its
    current figure for a group that holds it in the hierarchy of
    reconcile/data/taxonomy.toml (children within civilians within people, police within
    security forces within people), when the narrower figure's smallest value is above the
    wider figure's largest.

    **Why it matters**

    Thirty-three children cannot be among thirty civilians: one figure is wrong, out of
    date, or counts another event.

    **Example**

    The agency said 30 civilians were killed. It said 33 children were among the dead.

    **Not flagged**

    The agency said 30 civilians were killed, 12 of them children.
    """
    numeric = [v for v in variables(G) if v.unit == "count" and v.group]
    current: dict[str, dict[str, NumericClaim]] = {}
    for variable in numeric:  # stated figures: no vague word, no victim implied by words
        found = latest_comparable_by_source(G, variable.id)
        if found:
            current[variable.id] = found
    for narrow in numeric:
        for wide in numeric:
            if (
                narrow.id == wide.id
                or narrow.measure != wide.measure
                or narrow.scope != wide.scope
                or not within(narrow.group or "", wide.group or "")
            ):
                continue
            for source, part in sorted(current.get(narrow.id, {}).items()):
                whole = current.get(wide.id, {}).get(source)
                if whole is None or whole.interval.high is None:
                    continue
                if (part.interval.low or 0.0) <= whole.interval.high:
                    continue
                yield finding(
                    check.rule,  # type: ignore[attr-defined]
                    f"{said(G, part)} for {variable_name(narrow.id)}, more than "
                    f"'{' '.join(whole.surface.split())}' it gives for "
                    f"{variable_name(wide.id)}, a wider group.",
                    claims=[whole, part],
                    G=G,
                    variable_id=narrow.id,
                )
