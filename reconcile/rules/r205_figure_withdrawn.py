"""R205 figure-withdrawn."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.graph import claims, claims_in, sentences, source_of
from reconcile.models import Finding, NumericClaim
from reconcile.rules.base import RuleContext, finding, rule, said, variable_name


@rule(code="R205", name="figure-withdrawn", group="revision", severity="warning")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A source withdrew a figure it had given: the figure is out of every estimate.

    **What it flags**

    Every figure its source disowns in words (``[retraction]`` in
    reconcile/data/taxonomy.toml: "took the figure back", "the count was wrong", "a
    technical error", "did not give such figures"): the figure just before those words in
    their sentence, or in the sentence before. The finding names the withdrawn figure and,
    when its sentence or the next gives one of the same outcome after it, its replacement.
    A withdrawn figure takes part in no conflict, revision chain or estimate.

    **Why it matters**

    A withdrawn figure keeps circulating in copies; quoting it, or averaging it into an
    estimate, repeats an error the source itself corrected.

    **Example**

    The coast guard said 6,400 people were injured in the cyclone. Hours later the coast
    guard withdrew the figure and said 1,150 were injured.

    **Not flagged**

    The ministry raised the toll from 12 to 17. (A revision, R201: nothing is disowned.)
    """
    for claim in claims(G):
        if not isinstance(claim, NumericClaim) or not claim.withdrawn:
            continue
        replacement = next(
            (
                c
                for c in _after(G, claim)
                if isinstance(c, NumericClaim) and c.outcome == claim.outcome and not c.withdrawn
            ),
            None,
        )
        who = source_of(G, claim.id).name
        message = (
            f"{said(G, claim)} for {variable_name(claim.variable_id)}, then withdrew it "
            f"('{claim.withdrawn}'): {who}'s figure is out of the estimates"
        )
        if replacement is not None:
            message += f"; it was replaced: {said(G, replacement)}"
        yield finding(
            check.rule,  # type: ignore[attr-defined]
            message + ".",
            claims=[claim] + ([replacement] if replacement is not None else []),
            G=G,
            variable_id=claim.variable_id,
        )


def _after(G: nx.MultiDiGraph, claim: NumericClaim) -> list:
    """The claims after a withdrawn figure in its sentence, then in the next sentence of its
    document (where the retraction may stand: '… said 6,400 were injured. Hours later it
    withdrew the figure and said 1,150.')."""
    own = [c for c in claims_in(G, claim.sentence_id) if c.span.start > claim.span.end]
    following = [
        s
        for s in sentences(G)
        if s.span.doc_id == claim.span.doc_id and s.span.start > claim.span.end
    ]
    nxt = min(following, key=lambda s: s.span.start, default=None)
    return own + (claims_in(G, nxt.id) if nxt is not None else [])
