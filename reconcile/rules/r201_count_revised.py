"""R201 count-revised."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import networkx as nx

from reconcile.graph import source_of, variables
from reconcile.models import Finding
from reconcile.rules.base import (
    RuleContext,
    finding,
    format_number,
    history_by_source,
    rule,
    variable_name,
)


@rule(code="R201", name="count-revised", group="revision", severity="warning")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A source's figure for one variable changed between two of its statements.

    **What it flags**

    For each source and variable, its figures in time order (publication time, then
    position; the earlier number of "from 12 to 17" counts as an earlier statement). Each
    change of value between two statements in different documents, or from the earlier
    number of a stated change, is a revision: the message gives the direction, the delta
    and both dates. Increments ("five more") are not figures of the total.

    **Why it matters**

    A revised figure supersedes the old one; quoting the old one as current is an error,
    and the direction of revisions tells how an event's toll evolved.

    **Example**

    Monday: the ministry said 12 people died. / Tuesday: the ministry said 17 people died.

    **Not flagged**

    Monday: the ministry said 12 people died. / Tuesday: the ministry said 12 people died.
    """
    for variable in variables(G):
        if variable.unit == "statement":
            continue
        for sequence in history_by_source(G, variable.id).values():
            sequence = [c for c in sequence if c.change != "increment"]
            for before, after in pairwise(sequence):
                if before.interval == after.interval:
                    continue
                if before.span.doc_id == after.span.doc_id and before.change != "previous":
                    continue
                delta = after.value - before.value
                direction = "up" if delta > 0 else "down" if delta < 0 else "in qualifier"
                name = source_of(G, after.id).name
                yield finding(
                    check.rule,  # type: ignore[attr-defined]
                    f"{name} revised {variable_name(variable.id)} {direction} from "
                    f"'{' '.join(before.surface.split())}' "
                    f"({before.published.date().isoformat()}) to "
                    f"'{' '.join(after.surface.split())}' "
                    f"({after.published.date().isoformat()}), a change of "
                    f"{'+' if delta > 0 else ''}{format_number(delta)}.",
                    claims=[before, after],
                    G=G,
                    variable_id=variable.id,
                )
