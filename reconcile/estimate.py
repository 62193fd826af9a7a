"""A reconciled low / best / high per variable, with the claims behind each number.

The default policy (``latest-per-source``), documented in ``docs/estimates.md``:

1. Verbatim repeats never reach this stage (they carry no claims).
2. For each source, only its latest figure counts (by publication time, then position):
   an earlier figure it has since revised is superseded.
3. ``low`` is the smallest lower bound among those figures, ``high`` the largest upper
   bound (None when a figure is open-ended, such as "at least 17").
4. ``best`` is the median of the figures' point values (the number as written; for a range
   or vague quantity, the middle of its interval), the lower of the two middle values when
   there is an even number of figures.
5. One source only: the estimate is that source's figure, and the note says so.
"""

from __future__ import annotations

import networkx as nx

from reconcile.graph import claims_measuring, source_of, variables
from reconcile.models import Estimate, NumericClaim

__all__ = ["estimate", "estimate_variable", "point_value"]


def point_value(claim: NumericClaim) -> float:
    """The single number a claim stands for: its value, or its interval's middle.

    >>> from reconcile.models import Interval, Attribution
    >>> c = NumericClaim(id="c", span={"doc_id": "d", "start": 0, "end": 5},
    ...     sentence_id="s", surface="10-15", published="2020-01-01T00:00:00Z",
    ...     attribution=Attribution(kind="unattributed", source_id="src:p"), value=10,
    ...     qualifier="range", interval=Interval(low=10, high=15), unit="count",
    ...     variable_id="var:killed/people")
    >>> point_value(c)
    12.5
    """
    if claim.qualifier in ("range", "vague") and claim.interval.high is not None:
        return ((claim.interval.low or 0.0) + claim.interval.high) / 2
    return claim.value


def estimate_variable(G: nx.MultiDiGraph, var_id: str) -> Estimate | None:
    """The estimate of one numeric variable, or None when it has no numeric claim."""
    latest: dict[str, NumericClaim] = {}
    for claim in claims_measuring(G, var_id):
        if isinstance(claim, NumericClaim):
            latest[source_of(G, claim.id).id] = claim
    if not latest:
        return None
    figures = [latest[s] for s in sorted(latest)]
    lows = [(c.interval.low, c) for c in figures if c.interval.low is not None]
    low_value = min((v for v, _ in lows), default=None)
    unbounded = [c for c in figures if c.interval.high is None]
    highs = [(c.interval.high, c) for c in figures if c.interval.high is not None]
    high_value = None if unbounded else max(v for v, _ in highs)
    ordered = sorted(figures, key=lambda c: (point_value(c), c.id))
    middle = ordered[(len(ordered) - 1) // 2]
    names = [source_of(G, c.id).name for c in figures]
    note = (
        f"One source only ({names[0]}): nothing corroborates or contradicts it."
        if len(figures) == 1
        else f"{len(figures)} independent sources."
    )
    if unbounded:
        note += " No upper bound: a figure is open-ended."
    return Estimate(
        variable_id=var_id,
        low=low_value,
        best=point_value(middle),
        high=high_value,
        method="latest-per-source: latest figure of each source; low/high = outermost "
        "bounds; best = median",
        low_claims=sorted(c.id for v, c in lows if v == low_value),
        best_claims=[middle.id],
        high_claims=sorted(c.id for v, c in highs if v == high_value)
        if high_value is not None
        else sorted(c.id for c in unbounded),
        sources=sorted(latest),
        note=note,
    )


def estimate(G: nx.MultiDiGraph) -> list[Estimate]:
    """One estimate per numeric variable, sorted by variable id."""
    found = (estimate_variable(G, v.id) for v in variables(G) if v.unit != "statement")
    return [e for e in found if e is not None]
