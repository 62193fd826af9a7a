"""The one pipeline, shared by the CLI and the library.

documents → sentences (repeats marked) → claims → variables → graph → rules → estimates →
report. Each stage is a pure function over models.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from reconcile.errors import UsageError
from reconcile.estimate import POLICIES, estimate
from reconcile.extract import extract
from reconcile.extract.spans import attribute_span
from reconcile.graph import add_findings, build_graph
from reconcile.models import Document, Report, SpanAttribution
from reconcile.report import build_report
from reconcile.rules import RuleContext, run_rules, select_rules
from reconcile.segment import segment, split_sentences
from reconcile.variables import build_variables

__all__ = ["STAGES", "Analysis", "analyse", "attribute", "check"]


#: The pipeline's stages, in order, as reported to a ``progress`` callback.
STAGES = ("segment", "extract", "graph", "rules", "estimate")


def _silent(stage: str) -> None:
    return None


@dataclass(frozen=True)
class Analysis:
    """A report together with the claim graph it was computed from."""

    report: Report
    graph: nx.MultiDiGraph


def analyse(
    documents: Iterable[Document],
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    settings: dict[str, Any] | None = None,
    policy: str = "reconcile",
    progress: Callable[[str], None] | None = None,
) -> Analysis:
    """Run the whole pipeline and return the report and the graph (with findings' edges).

    ``policy`` names the reconciliation policy of the estimates (see
    :data:`reconcile.estimate.POLICIES` and docs/estimates.md). ``progress``, when given,
    is called with the name of each stage as it starts (one of :data:`STAGES`).
    """
    if policy not in POLICIES:
        raise UsageError(f"unknown policy {policy!r}; choose from {', '.join(POLICIES)}")
    step = progress or _silent
    docs = sorted(documents, key=lambda d: d.id)
    rules = select_rules(select, ignore)
    step("segment")
    sentences = segment(docs)
    step("extract")
    extraction = extract(docs, sentences)
    step("graph")
    variables = build_variables(extraction.claims)
    G = build_graph(docs, sentences, extraction.claims, extraction.sources, variables)
    ctx = RuleContext(documents={d.id: d for d in docs}, settings=dict(settings or {}))
    step("rules")
    findings, errors = run_rules(G, ctx, rules)
    add_findings(G, findings)
    step("estimate")
    report = build_report(
        documents=docs,
        sentences=sentences,
        times=extraction.times,
        labels=extraction.labels,
        sources=extraction.sources,
        claims=extraction.claims,
        variables=variables,
        findings=findings,
        estimates=estimate(G, policy),
        policy=policy,
        errors=errors,
        rules_run=[r.code for r in rules],
    )
    return Analysis(report=report, graph=G)


def check(
    documents: Iterable[Document],
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    policy: str = "reconcile",
) -> Report:
    """Check documents for disagreements; return the report.

    >>> import reconcile
    >>> doc = reconcile.Document(text="Police said 3 people were killed.",
    ...                          publisher="Wire", published="2020-05-01")
    >>> [c.value for c in reconcile.check([doc]).claims]
    [3.0]
    """
    return analyse(documents, select=select, ignore=ignore, policy=policy).report


def attribute(document: Document, start: int, end: int) -> SpanAttribution:
    """Who is the source of ``document.text[start:end]`` (see
    :func:`reconcile.extract.spans.attribute_span`).

    >>> import reconcile
    >>> doc = reconcile.Document(
    ...     text="Ali Karimov, the regional governor, spoke on Monday. He said 12 people died.",
    ...     publisher="Wire", published="2020-05-01")
    >>> a = reconcile.attribute(doc, 61, 76)
    >>> a.speaker, a.source, a.kind
    ('He', 'Ali Karimov', 'explicit')
    """
    if not 0 <= start <= end <= len(document.text):
        raise UsageError(f"span {start}-{end} is outside the document ({len(document.text)} chars)")
    return attribute_span(document, split_sentences(document), start, end)
