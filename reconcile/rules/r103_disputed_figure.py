"""R103 disputed-figure."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.extract.cues import find_disputes
from reconcile.extract.lexicon import POSSESSIVE_ENDINGS
from reconcile.graph import claims, claims_in, document_of, sentences, source_of
from reconcile.models import Claim, Finding, NumericClaim, Sentence, Span, StatementClaim
from reconcile.rules.base import RuleContext, finding, rule, said, statement_order


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
        disputed = _disputed_claims(G, sent, disputes[0].text, claims)
        linked = f"; it disputes {', '.join(said(G, c) for c in disputed)}" if disputed else ""
        yield finding(
            check.rule,  # type: ignore[attr-defined]
            f"'{disputes[0].text}': a source disputes a figure or report in sentence "
            f"{sent.index + 1} of {sent.span.doc_id}"
            + (f"; figures involved: {', '.join(c.surface for c in claims)}" if claims else "")
            + f"{linked}.",
            claims=[*claims, *disputed],
            sentences=[sent],
            cues=[Span(doc_id=sent.span.doc_id, start=c.start, end=c.end) for c in disputes],
        )


def _disputed_claims(G: nx.MultiDiGraph, sent: Sentence, cue: str, own: list[Claim]) -> list[Claim]:
    """The figures a denial names by their source: 'rejected the ministry's new figure'
    links to the ministry's latest figure on the variables the sentence speaks of (or its
    latest statements when the sentence states no figure)."""
    owner = next((w for w in cue.split() if w.endswith(POSSESSIVE_ENDINGS)), None)
    if owner is None:
        return []
    word = owner[:-2].lower()
    published = document_of(G, sent.id).published
    wanted = {c.variable_id for c in own if isinstance(c, NumericClaim)}
    found: dict[str, Claim] = {}
    for claim in sorted(claims(G), key=statement_order):
        source = source_of(G, claim.id)
        if word not in source.name.lower() or claim.published > published:
            continue
        if claim.sentence_id == sent.id:
            continue
        if wanted and claim.variable_id not in wanted:
            continue
        if not wanted and not isinstance(claim, StatementClaim):
            continue
        found[claim.variable_id] = claim  # the latest per variable
    return [found[v] for v in sorted(found)]
