"""R403 party-only-source."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.graph import event_has_parties, latest_by_source, source_of, variables
from reconcile.models import Finding
from reconcile.rules.base import PARTY_ROLES, RuleContext, finding, rule


@rule(code="R403", name="party-only-source", group="attribution", severity="info", status="preview")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """Every source of a figure is a party to the conflict.

    **What it flags**

    A variable all of whose sources have a party role: government, police, military,
    prosecution or armed group (roles come from reconcile/data/sources.toml), with no
    independent source (media's own count, NGO, international body, medical, witnesses).
    Preview: runs only when selected (``--select R403``).

    **Why it matters**

    A party to a conflict has reasons to shade its figures; without independent
    corroboration a figure is a claim, not a finding.

    **Example**

    The army said 30 rebels were killed. (No other source.)

    **Not flagged**

    The army said 30 rebels were killed; a hospital official said 28 bodies arrived.
    A disaster (an earthquake, a flood: ``[event_kinds]`` in taxonomy.toml) has no parties:
    the rule is then silent.
    """
    if not event_has_parties(G):
        return
    for variable in variables(G):
        if variable.unit == "statement":
            continue
        latest = latest_by_source(G, variable.id)
        if not latest:
            continue
        roles = {source_of(G, c.id).role for c in latest.values()}
        if roles <= PARTY_ROLES:
            names = sorted({source_of(G, c.id).name for c in latest.values()})
            yield finding(
                check.rule,  # type: ignore[attr-defined]
                f"{variable.id.removeprefix('var:')} rests only on parties to the conflict "
                f"({', '.join(names)}), with no independent corroboration.",
                claims=list(latest.values()),
                G=G,
                variable_id=variable.id,
            )
