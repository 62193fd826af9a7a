"""A reconciled low / best / high per variable, with the claims behind each number.

The figures an estimate starts from (``figures``) are the same under every policy:

1. Verbatim repeats never reach this stage (they carry no claims), and a near copy counts
   for the source it copies (:func:`reconcile.graph.origin_id`).
2. Each independent source counts once, with its latest figure; increments ("five more")
   and the earlier number of a change ("from 12 to 17") are not current figures.
3. When a source gives a breakdown by group but no total for people, the sum of its parts
   is a *derived* total for that source (the seed's 17 + 30 + 1 = 48).
4. Vague quantities ("dozens") are used only when no source gives a precise figure.

A **policy** then turns the figures into low / best / high (see ``docs/estimates.md``):

* ``reconcile`` (default): low = the smallest lower bound; high = the largest upper bound,
  an open-ended figure ("at least 20") counting with its lower bound (no high when every
  figure is open-ended); best = the weighted median of the closed figures, an independent
  source weighing twice a party to the conflict.
* ``conservative`` (as ACLED codes fatalities): low = best = high = the lowest figure.
* ``minmax`` (as Iraq Body Count records incidents): low = the lowest figure, high = the
  highest, no best.
* ``ucdp`` (in the manner of UCDP's low / best / high): best = the median of the most
  credible kind of source (independent before party); low = the lowest figure of that
  kind; high = the highest figure of any source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from statistics import median_low

import networkx as nx

from reconcile.graph import claims, latest_by_source, source_of, variables
from reconcile.models import Estimate, NumericClaim, variable_id
from reconcile.rules.base import PARTY_ROLES, breakdowns

__all__ = [
    "POLICIES",
    "Bounds",
    "Figure",
    "estimate",
    "estimate_variable",
    "figures",
    "point_value",
]


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


@dataclass(frozen=True)
class Figure:
    """One independent source's current figure for a variable."""

    source_id: str
    source_name: str
    independent: bool
    low: float | None
    point: float
    high: float | None
    claim_ids: tuple[str, ...]
    vague: bool = False
    derived: bool = False


def _figure(G: nx.MultiDiGraph, source_id: str, claim: NumericClaim) -> Figure:
    source = source_of(G, claim.id)
    return Figure(
        source_id=source_id,
        source_name=source.name,
        independent=source.role not in PARTY_ROLES,
        low=claim.interval.low,
        point=point_value(claim),
        high=claim.interval.high,
        claim_ids=(claim.id,),
        vague=claim.qualifier == "vague",
    )


def _derived_totals(G: nx.MultiDiGraph) -> dict[str, dict[str, Figure]]:
    """Per people-variable and source: the sum of a breakdown with no stated total."""
    numeric = [c for c in claims(G) if isinstance(c, NumericClaim)]
    stated = {(c.variable_id, c.attribution.source_id) for c in numeric if c.group == "people"}
    parts_by: dict[tuple[str, str, str], list[NumericClaim]] = {}
    for claim in numeric:
        if claim.role == "part" and claim.outcome:
            key = (claim.outcome, claim.attribution.source_id, claim.span.doc_id)
            parts_by.setdefault(key, []).append(claim)
    with_total = {(t.outcome, t.attribution.source_id, t.span.doc_id) for t, _ in breakdowns(G)}
    derived: dict[str, dict[str, Figure]] = {}
    for (outcome, source_id, _doc), parts in sorted(parts_by.items()):
        var = variable_id(outcome, "people", "count")
        if (var, source_id) in stated or (outcome, source_id, _doc) in with_total:
            continue
        if any(p.interval.high is None for p in parts):
            continue
        source = source_of(G, parts[0].id)
        derived.setdefault(var, {})[source_id] = Figure(
            source_id=source_id,
            source_name=source.name,
            independent=source.role not in PARTY_ROLES,
            low=sum(p.interval.low or 0.0 for p in parts),
            point=sum(point_value(p) for p in parts),
            high=sum(p.interval.high or 0.0 for p in parts),
            claim_ids=tuple(sorted(p.id for p in parts)),
            derived=True,
        )
    return derived


def figures(
    G: nx.MultiDiGraph, var_id: str, derived: dict[str, dict[str, Figure]] | None = None
) -> list[Figure]:
    """The figures an estimate of one variable starts from (see the module docstring)."""
    found = {
        source: _figure(G, source, claim)
        for source, claim in latest_by_source(G, var_id).items()
        if isinstance(claim, NumericClaim)
    }
    for source, figure in (derived or {}).get(var_id, {}).items():
        found.setdefault(source, figure)
    chosen = [found[s] for s in sorted(found)]
    precise = [f for f in chosen if not f.vague]
    return precise or chosen


def _ids(selected: list[Figure]) -> list[str]:
    return sorted({i for f in selected for i in f.claim_ids})


def _high(f: Figure) -> float:
    return f.high if f.high is not None else (f.low or f.point)


@dataclass(frozen=True)
class Bounds:
    """What a policy makes of the figures: the numbers, the figures behind each, how."""

    low: float | None
    best: float | None
    high: float | None
    lows: list[Figure]
    bests: list[Figure]
    highs: list[Figure]
    method: str


Policy = Callable[[list[Figure]], Bounds]


def _weighted_median(figs: list[Figure]) -> float:
    """The median of the figures' points, an independent source counting twice a party's."""
    weighted = sorted((f.point, 2 if f.independent else 1) for f in figs)
    half = sum(w for _, w in weighted) / 2
    running = 0
    for point, weight in weighted:
        running += weight
        if running >= half:
            return point
    return weighted[-1][0]


def _reconcile(figs: list[Figure]) -> Bounds:
    closed = [f for f in figs if f.high is not None] or figs
    best = _weighted_median(closed)
    low = min((f.low for f in figs if f.low is not None), default=None)
    high = None if all(f.high is None for f in figs) else max(_high(f) for f in figs)
    return Bounds(
        low,
        best,
        high,
        [f for f in figs if f.low == low],
        [f for f in closed if f.point == best],
        [f for f in figs if high is None or _high(f) == high],
        "latest figure per independent source; low = smallest lower bound, high = largest "
        "upper bound (an open-ended figure counts with its lower bound), best = median of "
        "the closed figures, an independent source weighing twice a party to the conflict",
    )


def _conservative(figs: list[Figure]) -> Bounds:
    lowest = min(f.point for f in figs)
    chosen = [f for f in figs if f.point == lowest]
    return Bounds(
        lowest, lowest, lowest, chosen, chosen, chosen, "ACLED-style: the lowest credible figure"
    )


def _minmax(figs: list[Figure]) -> Bounds:
    lowest = min(f.point for f in figs)
    highest = max(_high(f) for f in figs)
    return Bounds(
        lowest,
        None,
        highest,
        [f for f in figs if f.point == lowest],
        [],
        [f for f in figs if _high(f) == highest],
        "IBC-style: the lowest and highest credible figures, no single best",
    )


def _ucdp(figs: list[Figure]) -> Bounds:
    pool = [f for f in figs if f.independent] or figs
    best = median_low(sorted(f.point for f in pool))
    low = min(f.point for f in pool)
    high = max(_high(f) for f in figs)
    return Bounds(
        low,
        best,
        high,
        [f for f in pool if f.point == low],
        [f for f in pool if f.point == best],
        [f for f in figs if _high(f) == high],
        "UCDP-style: best and low from the most credible kind of source (independent "
        "before party), high from any source",
    )


POLICIES: dict[str, Policy] = {
    "reconcile": _reconcile,
    "conservative": _conservative,
    "minmax": _minmax,
    "ucdp": _ucdp,
}


def estimate_variable(
    G: nx.MultiDiGraph,
    var_id: str,
    policy: str = "reconcile",
    derived: dict[str, dict[str, Figure]] | None = None,
) -> Estimate | None:
    """The estimate of one numeric variable under ``policy``; None when it has no figure."""
    figs = figures(G, var_id, derived)
    if not figs:
        return None
    bounds = POLICIES[policy](figs)
    names = sorted({f.source_name for f in figs})
    notes = []
    if len(names) == 1:
        notes.append(f"One source only ({names[0]}): nothing corroborates or contradicts it.")
    else:
        notes.append(f"{len(names)} sources counted once each: {', '.join(names)}.")
    if all(not f.independent for f in figs):
        notes.append("Every source is a party to the conflict.")
    if any(f.derived for f in figs):
        notes.append("No total is stated: the sum of a breakdown by group is used.")
    if all(f.vague for f in figs):
        notes.append("Only vague quantities: the interval is the vague words' range.")
    if bounds.high is None and bounds.low is not None:
        notes.append("No upper bound: every figure is open-ended.")
    return Estimate(
        variable_id=var_id,
        low=bounds.low,
        best=bounds.best,
        high=bounds.high,
        method=f"{policy}: {bounds.method}",
        low_claims=_ids(bounds.lows),
        best_claims=_ids(bounds.bests),
        high_claims=_ids(bounds.highs),
        sources=sorted({f.source_id for f in figs}),
        note=" ".join(notes),
    )


def estimate(G: nx.MultiDiGraph, policy: str = "reconcile") -> list[Estimate]:
    """One estimate per numeric variable (and per derived total), sorted by variable id."""
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}; choose from {', '.join(POLICIES)}")
    derived = _derived_totals(G)
    ids = {v.id for v in variables(G) if v.unit != "statement"} | set(derived)
    found = (estimate_variable(G, v, policy, derived) for v in sorted(ids))
    return [e for e in found if e is not None]
