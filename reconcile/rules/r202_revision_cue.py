"""R202 revision-cue."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.extract.cues import find_revision_cues
from reconcile.graph import claims_in, document_of, sentences
from reconcile.models import Finding, NumericClaim, Span
from reconcile.rules.base import RuleContext, finding, rule


@rule(code="R202", name="revision-cue", group="revision", severity="info")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A sentence says a figure was revised, with or without the earlier number.

    **What it flags**

    Every sentence (first occurrence) holding a revision cue from the `[revision]` table
    of reconcile/data/taxonomy.toml: "raised the death toll", "a higher death toll",
    "revised down", "rose to", "climbed to", "up from". The message says whether the
    earlier figure is given in the same sentence.

    **Why it matters**

    "A higher death toll" tells the reader an earlier, lower figure exists; if the report
    does not give it, a fact-checker should find it before comparing sources.

    **Example**

    Prosecutors provided a higher death toll, saying 48 people were killed.

    **Not flagged**

    Prosecutors said 48 people were killed. (No cue.)
    """
    for sent in sentences(G):
        cues = find_revision_cues(document_of(G, sent.id).text, sent.span.start, sent.span.end)
        if not cues:
            continue
        claims = [c for c in claims_in(G, sent.id) if isinstance(c, NumericClaim)]
        earlier = [c for c in claims if c.change == "previous"]
        detail = (
            f"the earlier figure ('{earlier[0].surface}') is given"
            if earlier
            else "the earlier figure is not given in the sentence"
        )
        yield finding(
            check.rule,  # type: ignore[attr-defined]
            f"'{cues[0].text}' in sentence {sent.index + 1} of {sent.span.doc_id} signals a "
            f"revised figure; {detail}.",
            claims=claims,
            sentences=[sent],
            cues=[Span(doc_id=sent.span.doc_id, start=c.start, end=c.end) for c in cues],
        )
