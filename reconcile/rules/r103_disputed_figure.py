"""R103 disputed-figure."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.extract.cues import find_disputes
from reconcile.graph import claims_in, document_of, sentences
from reconcile.models import Finding, Span
from reconcile.rules.base import RuleContext, finding, rule


@rule(code="R103", name="disputed-figure", group="conflict", severity="warning")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """A source denies, rejects or disputes a figure or a report.

    **What it flags**

    Every sentence (first occurrence) in which a denial verb (denied, rejected, dismissed,
    disputed, refuted, contested) governs a figure or a report: "the army denied reports
    that 12 soldiers had been captured", "rejected the ministry's new figure as far too
    low". The finding names the sentence and the figures stated in it.

    **Why it matters**

    A denied figure is contested on the record; quoting it without the denial misleads.

    **Example**

    The army denied reports that 12 soldiers had been captured.

    **Not flagged**

    The detainees had been denied access to lawyers. (Nothing disputed: a passive verb with
    no figure or report as its object.)
    """
    for sent in sentences(G):
        disputes = find_disputes(document_of(G, sent.id).text, sent.span.start, sent.span.end)
        if not disputes:
            continue
        claims = claims_in(G, sent.id)
        yield finding(
            check.rule,  # type: ignore[attr-defined]
            f"'{disputes[0].text}': a source disputes a figure or report in sentence "
            f"{sent.index + 1} of {sent.span.doc_id}"
            + (f"; figures involved: {', '.join(c.surface for c in claims)}." if claims else "."),
            claims=claims,
            sentences=[sent],
            cues=[Span(doc_id=sent.span.doc_id, start=c.start, end=c.end) for c in disputes],
        )
