"""R304 casualties-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.graph import claims, document_figure
from reconcile.models import Finding, NumericClaim
from reconcile.rules.base import RuleContext, finding, format_number, rule, said


@rule(code="R304", name="casualties-mismatch", group="arithmetic", severity="warning")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A figure of dead and injured together does not equal the source's dead plus injured.

    **What it flags**

    Within one document and one source: a combined figure ("4,578 casualties", "killed or
    injured": the outcome ``casualties`` of reconcile/data/taxonomy.toml) for people, and
    the source's figures of killed people and of wounded people in the same document (the
    largest of each, increments and parts aside), when the sum of the two cannot be the
    combined figure (the intervals share no value).

    **Why it matters**

    A combined toll is often quoted as if it were a death toll; when it does not add up
    to its own parts, one of the three figures is wrong or out of date.

    **Example**

    The ministry said 225 people died and 4,300 were injured, 4,578 casualties in all.

    **Not flagged**

    The ministry said 225 people died and 4,353 were injured, 4,578 casualties in all.
    """
    by_key: dict[tuple[str, str], dict[str, list[NumericClaim]]] = {}
    for claim in claims(G):
        if (
            isinstance(claim, NumericClaim)
            and claim.unit == "count"
            and claim.group == "people"
            and not claim.scope
            and not claim.withdrawn
            and claim.role != "part"
            and claim.change not in ("increment", "previous")
            and claim.outcome in ("casualties", "killed", "wounded")
        ):
            key = (claim.span.doc_id, claim.attribution.source_id)
            by_key.setdefault(key, {}).setdefault(claim.outcome, []).append(claim)
    for _, found in sorted(by_key.items()):
        if not all(outcome in found for outcome in ("casualties", "killed", "wounded")):
            continue
        combined, killed, wounded = (
            document_figure(sorted(found[o], key=lambda c: c.span.start))
            for o in ("casualties", "killed", "wounded")
        )
        assert isinstance(combined, NumericClaim)
        assert isinstance(killed, NumericClaim) and isinstance(wounded, NumericClaim)
        low = (killed.interval.low or 0.0) + (wounded.interval.low or 0.0)
        high = (
            None
            if killed.interval.high is None or wounded.interval.high is None
            else killed.interval.high + wounded.interval.high
        )
        too_low = combined.interval.high is not None and low > combined.interval.high
        too_high = (
            high is not None
            and combined.interval.low is not None
            and (high < combined.interval.low)
        )
        if not (too_low or too_high):
            continue
        yield finding(
            check.rule,  # type: ignore[attr-defined]
            f"{said(G, killed)} dead and '{' '.join(wounded.surface.split())}' injured, "
            f"{format_number(low)}"
            + (f" to {format_number(high)}" if high is not None and high != low else "")
            + f" in all, but {said(G, combined)} for dead and injured together.",
            claims=[combined, killed, wounded],
            G=G,
            variable_id=combined.variable_id,
        )
