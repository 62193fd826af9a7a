"""A reconciled low / best / high per variable, with the claims behind each number.

The figures an estimate starts from (``figures``) are the same under every policy:

1. Verbatim repeats never reach this stage (they carry no claims), and a near copy counts
   for the source it copies (:func:`reconcile.graph.origin_id`).
2. Each independent source counts once, with its latest figure; increments ("five more")
   and the earlier number of a change ("from 12 to 17") are not current figures. A
   source's increments add to its figure; with no figure of their own variable, their
   sum is the figure ("nine were killed and another 20 wounded": 20 wounded).
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

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from statistics import median_low

import networkx as nx

from reconcile.extract.lexicon import common_group, group_ancestors, within
from reconcile.graph import (
    PARTY_ROLES,
    claims,
    claims_measuring,
    claims_measuring_within,
    count_variable,
    current_figure,
    event_has_parties,
    latest_by_source,
    origin_id,
    source_of,
    stated_day,
    superseded_by_update,
    timeline,
    variables,
)
from reconcile.models import Estimate, HistoryPoint, NumericClaim, Report, variable_id

__all__ = [
    "POLICIES",
    "Bounds",
    "Figure",
    "estimate",
    "estimate_variable",
    "event_totals",
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


def _independent(G: nx.MultiDiGraph, role: str) -> bool:
    """A source is a party only in an event with parties (:func:`event_has_parties`)."""
    return role not in PARTY_ROLES or not event_has_parties(G)


def _figure(G: nx.MultiDiGraph, source_id: str, claim: NumericClaim) -> Figure:
    source = source_of(G, claim.id)
    return Figure(
        source_id=source_id,
        source_name=source.name,
        independent=_independent(G, source.role),
        low=claim.interval.low,
        point=point_value(claim),
        high=claim.interval.high,
        claim_ids=(claim.id,),
        vague=claim.qualifier == "vague",
    )


def _total(values: Iterable[float | None]) -> float | None:
    """The sum of bounds; None (unbounded) when any is.

    >>> _total([1, 2.0]), _total([1, None])
    (3.0, None)
    """
    listed = list(values)
    return None if any(v is None for v in listed) else float(sum(v or 0.0 for v in listed))


def _derived_totals(G: nx.MultiDiGraph) -> dict[str, dict[str, Figure]]:
    """Per variable and source: the sum of a breakdown whose total the source does not
    state. The sum's variable is the narrowest group holding every part (soldiers and
    police: security forces; soldiers and civilians: people); parts outside people (cattle)
    take no part."""
    numeric = [c for c in claims(G) if isinstance(c, NumericClaim)]
    stated = {
        (c.variable_id, origin_id(G, c), c.span.doc_id)
        for c in numeric
        if c.role != "part" and c.change not in ("increment", "previous") and not c.implied
    }  # one person named without a number ('the judge was killed') states no total
    parts_by: dict[tuple[str, str, str], list[NumericClaim]] = {}
    for claim in numeric:
        if claim.role == "part" and claim.outcome and claim.part_of is None:
            if within(claim.group, "people"):
                key = (claim.outcome, origin_id(G, claim), claim.span.doc_id)
                parts_by.setdefault(key, []).append(claim)
    derived: dict[str, dict[str, Figure]] = {}
    ordered = sorted(parts_by.items(), key=lambda item: (item[1][0].published, item[0]))
    for (outcome, source_id, doc), parts in ordered:  # a later document's sum wins
        if len(parts) < 2 or any(p.interval.high is None and p.qualifier != "at_least"
                                 for p in parts):  # fmt: skip
            continue
        var = variable_id(outcome, common_group([p.group for p in parts]), "count")
        if (var, source_id, doc) in stated:
            continue
        # a later document's sum wins
        derived.setdefault(var, {})[source_id] = _sum_figure(G, source_id, parts, derived=True)
    return derived


def _sum_figure(
    G: nx.MultiDiGraph,
    source_id: str,
    claims: list[NumericClaim],
    *,
    derived: bool = False,
    vague: bool = False,
) -> Figure:
    """One source's figure made by adding claims (parts of a total, or increments)."""
    source = source_of(G, claims[0].id)
    return Figure(
        source_id=source_id,
        source_name=source.name,
        independent=_independent(G, source.role),
        low=_total(c.interval.low or 0.0 for c in claims),
        point=sum(point_value(c) for c in claims),
        high=_total(c.interval.high for c in claims),
        claim_ids=tuple(sorted(c.id for c in claims)),
        vague=vague,
        derived=derived,
    )


def _with_increments(G: nx.MultiDiGraph, var_id: str, base: NumericClaim, figure: Figure) -> Figure:
    """A figure plus the increments its source states after it in the same document ("at
    least five were killed … two more died later": 7), unless the figure is an update or
    an update follows them ("raised the toll to 23 … six more died overnight": 23)."""
    within = claims_measuring_within(G, var_id)
    if not any(c.change == "increment" for c in within):
        return figure  # the common case: the variable has no increment at all
    origin = origin_id(G, base)
    later = [
        c
        for c in within
        if c.span.doc_id == base.span.doc_id
        and c.span.start > base.span.start
        and origin_id(G, c) == origin
    ]
    increments = [
        c for c in later if c.change == "increment"
    ]  # 'killed four people … killed another four civilians': more people, of any group
    if not increments or base.change == "new_total" or any(c.change == "new_total" for c in later):
        return figure  # an updated toll already holds the deaths that raised it
    extra = sum(point_value(c) for c in increments)
    return Figure(
        source_id=figure.source_id,
        source_name=figure.source_name,
        independent=figure.independent,
        low=_total([figure.low, *(c.interval.low or 0.0 for c in increments)]),
        point=figure.point + extra,
        high=_total([figure.high, *(c.interval.high for c in increments)]),
        claim_ids=tuple(sorted({*figure.claim_ids, *(c.id for c in increments)})),
        vague=figure.vague,
        derived=figure.derived,  # a stated figure plus increments is still a stated total
    )


def _after_group_figure(G: nx.MultiDiGraph, var_id: str, figure: Figure) -> Figure:
    """Increments of all people that follow a figure of one of its groups from the same
    source and document ('Four civilians were killed … Three others were killed later':
    7): the increments add to the largest such figure."""
    first = min((G.nodes[i]["model"] for i in figure.claim_ids), key=_position)
    before = [
        c
        for c in claims_measuring_within(G, var_id)
        if c.variable_id != var_id
        and c.span.doc_id == first.span.doc_id
        and c.span.start < first.span.start
        and origin_id(G, c) == figure.source_id
        and c.change is None
        and c.role != "part"
        and not c.withdrawn
    ]
    if not before:
        return figure
    base = max(before, key=point_value)
    return _sum_figure(
        G, figure.source_id, [base, *(G.nodes[i]["model"] for i in figure.claim_ids)]
    )


def _position(claim: NumericClaim) -> tuple[str, int]:
    return claim.span.doc_id, claim.span.start


def _increments_alone(G: nx.MultiDiGraph, var_id: str) -> dict[str, Figure]:
    """Per source, the sum of the increments of its latest document that gave any: what
    it counts when it gives no other figure of the variable ('Nine people were killed.
    Another 20 were wounded': the 20 are more people, and the only figure of the
    wounded)."""
    by_document: dict[str, dict[str, list[NumericClaim]]] = {}
    for claim in claims_measuring(G, var_id):
        if isinstance(claim, NumericClaim) and claim.change == "increment" and not claim.withdrawn:
            documents = by_document.setdefault(origin_id(G, claim), {})
            documents.setdefault(claim.span.doc_id, []).append(claim)
    found = {}
    for source_id, documents in sorted(by_document.items()):
        increments = list(documents.values())[-1]  # claims come by publication time
        vague = any(c.qualifier == "vague" for c in increments)
        found[source_id] = _sum_figure(G, source_id, increments, vague=vague)
    return found


def figures(
    G: nx.MultiDiGraph, var_id: str, derived: dict[str, dict[str, Figure]] | None = None
) -> list[Figure]:
    """The figures an estimate of one variable starts from (see the module docstring)."""
    latest = {
        source: claim
        for source, claim in latest_by_source(G, var_id).items()
        if isinstance(claim, NumericClaim)
    }
    overtaken = superseded_by_update(G, latest)  # R203: an update overtakes them
    if len(overtaken) < len(latest):
        latest = {s: c for s, c in latest.items() if s not in overtaken}
    found = {
        source: _with_increments(G, var_id, claim, _figure(G, source, claim))
        for source, claim in latest.items()
    }
    for source, figure in (derived or {}).get(var_id, {}).items():
        if source not in found or _named_only(G, found[source], figure):
            # a sum of parts, plus the increments stated after them
            first = min((G.nodes[i]["model"] for i in figure.claim_ids), key=_position)
            found[source] = _with_increments(G, var_id, first, figure)
    for source, figure in _increments_alone(G, var_id).items():
        found.setdefault(source, _after_group_figure(G, var_id, figure))
    chosen = [found[s] for s in sorted(found)]
    precise = [f for f in chosen if not f.vague]
    return precise or chosen


def _named_only(G: nx.MultiDiGraph, stated: Figure, derived: Figure) -> bool:
    """Whether a source's figure is only people named without a number ('The judge was
    killed at home'), fewer than the sum of its list ('killed a judge and his wife')."""
    named = all(getattr(G.nodes[i]["model"], "implied", False) for i in stated.claim_ids)
    return named and derived.point > stated.point


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
    current = current_figure(G, var_id)
    if current is not None and bounds.best is not None and current.value != bounds.best:
        notes.append(f"The current figure, {current.surface!r}, differs from the best estimate.")
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
        current=current.value if current is not None else None,
        current_claims=[current.id] if current is not None else [],
        history=[
            HistoryPoint(
                day=stated_day(c),
                value=c.value,
                low=c.interval.low,
                high=c.interval.high,
                source_id=origin_id(G, c),
                claim_id=c.id,
            )
            for c in timeline(G, var_id)
        ],
    )


def estimate(G: nx.MultiDiGraph, policy: str = "reconcile") -> list[Estimate]:
    """One estimate per numeric variable (and per derived total), sorted by variable id;
    then, per outcome with no figure for all people, the sum of its groups' estimates."""
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}; choose from {', '.join(POLICIES)}")
    derived = _derived_totals(G)
    ids = {v.id for v in variables(G) if v.unit != "statement"} | set(derived)
    found = [e for e in (estimate_variable(G, v, policy, derived) for v in sorted(ids)) if e]
    found += _sums_of_groups(found)
    return sorted(found, key=lambda e: e.variable_id)


def _sums_of_groups(found: list[Estimate]) -> list[Estimate]:
    """For each outcome whose people are counted only by group ("three soldiers died …
    eight civilians were killed"), an estimate of all people: the sum of the widest groups'
    estimates (a group inside another counted group is not added twice)."""
    by_outcome: dict[str, dict[str, Estimate]] = {}
    for est in found:
        parsed = count_variable(est.variable_id)
        if parsed is not None:
            by_outcome.setdefault(parsed[0], {})[parsed[1]] = est
    sums = []
    for outcome, groups in sorted(by_outcome.items()):
        if "people" in groups:
            continue
        widest = [g for g in sorted(groups) if not any(a in groups for a in group_ancestors(g)[1:])]
        parts = [groups[g] for g in widest]
        if any(p.best is None for p in parts):
            continue
        sums.append(
            Estimate(
                variable_id=variable_id(outcome, "people", "count"),
                low=None if any(p.low is None for p in parts) else sum(p.low or 0 for p in parts),
                best=sum(p.best or 0 for p in parts),
                high=None
                if any(p.high is None for p in parts)
                else sum(p.high or 0 for p in parts),
                method="sum of the estimates of "
                + ", ".join(g.replace("/", " / ") for g in widest),
                low_claims=sorted({i for p in parts for i in p.low_claims}),
                best_claims=sorted({i for p in parts for i in p.best_claims}),
                high_claims=sorted({i for p in parts for i in p.high_claims}),
                sources=sorted({s for p in parts for s in p.sources}),
                note="No figure for all people is given: the sum of the estimates by group.",
            )
        )
    return sums


def event_totals(report: Report) -> dict[str, float | None]:
    """The best estimate of all people per outcome ('killed', 'wounded', …) of a report:
    a stated total, or the sum of the parts when no total is given. A casualty figure
    ('18 casualties', 'killed and wounded at least 25') is its own outcome, never a
    number of dead. A group's figure above the total raises it (all people are no fewer
    than one group), unless one of them is a vague quantity holding the other ('dozens of
    children … at least 43 people': 43; 'killed dozens … 55 civilians were killed': 55):
    the figure written out stands.

    >>> import reconcile
    >>> doc = reconcile.Document(text="Gunmen killed three soldiers and eight civilians.",
    ...                          publisher="Wire", published="2020-05-01")
    >>> event_totals(reconcile.check([doc]))["killed"]
    11.0
    """
    totals: dict[str, float | None] = {}
    people: dict[str, Estimate] = {}
    largest: dict[str, tuple[float, Estimate]] = {}  # per outcome, the largest group figure
    for est in report.estimates:
        parsed = count_variable(est.variable_id)
        if parsed is not None and parsed[1] == "people":
            totals[parsed[0]] = _one_text_total(report, est)
            people[parsed[0]] = est
        elif parsed is not None and est.best is not None:
            figure = _one_text_total(report, est) or 0.0
            if parsed[0] not in largest or figure > largest[parsed[0]][0]:
                largest[parsed[0]] = (figure, est)
    for outcome, best in totals.items():
        if best is None or outcome not in largest:
            continue
        figure, group = largest[outcome]
        if figure > best and not _holds(report, group, best):
            totals[outcome] = figure  # all people are no fewer than one group
        elif _holds(report, people[outcome], figure):
            totals[outcome] = figure  # 'killed dozens … 55 civilians were killed'
    return totals


def _holds(report: Report, est: Estimate, value: float) -> bool:
    """Whether every figure behind an estimate's best is a vague quantity (``[vague]`` in
    taxonomy.toml) whose range holds ``value``: 'dozens of children were killed' holds the
    '43 people' a report states; not 'as many as nine'."""
    behind = set(est.best_claims)
    claims = [c for c in report.claims if c.id in behind]
    return bool(claims) and all(
        isinstance(c, NumericClaim)
        and c.qualifier == "vague"
        and c.interval.low is not None
        and c.interval.high is not None
        and c.interval.low <= value <= c.interval.high
        for c in claims
    )


def _one_text_total(report: Report, est: Estimate) -> float | None:
    """The total of all people an estimate gives for one text: its best, or, when the
    figures come from several speakers quoted in one document, the largest of them. A
    report states its toll and then what one speaker saw or counted ('at least 16 were
    killed … two legislators were among the dead, police said'); the median of speakers
    weighs independent reports, not the parts of one text."""
    stated = {h.claim_id for h in est.history}
    documents = {c.span.doc_id for c in report.claims if c.id in stated}
    if len(est.sources) < 2 or len(documents) != 1 or not est.history:
        return est.best
    return max([est.best or 0.0, *(h.value for h in est.history)])
