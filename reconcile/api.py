"""The one pipeline, shared by the CLI and the library.

documents → sentences (repeats marked) → claims → variables → graph → rules → estimates →
report. Each stage is a pure function over models.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import networkx as nx

from reconcile.backends.local import Job, collector_tuned, rule_codes, run_events, run_rendered
from reconcile.errors import InputError, UsageError
from reconcile.estimate import POLICIES
from reconcile.events import EventAnalysis, EventSettings
from reconcile.extract.spans import attribute_span
from reconcile.models import Document, Report, SkippedInput, SpanAttribution
from reconcile.render.events import EventOutputs, RenderedEvent
from reconcile.report import report_from_events
from reconcile.rules import select_rules
from reconcile.segment import split_sentences

__all__ = [
    "STAGES",
    "Analysis",
    "analyse",
    "analyse_events",
    "attribute",
    "check",
    "render_events",
]


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
    events: EventSettings | None = None,
    jobs: int = 1,
    progress: Callable[[str], None] | None = None,
    backend: str = "local",
    scheduler: str | None = None,
    skipped: Iterable[SkippedInput] = (),
    graph: bool = True,
) -> Analysis:
    """Run the whole pipeline and return the report and the graph (with findings' edges).

    Documents are grouped into events first (see :mod:`reconcile.events`; ``events``
    tunes it); rules and estimates run within each event. ``policy`` names the
    reconciliation policy of the estimates (see :data:`reconcile.estimate.POLICIES` and
    docs/estimates.md). ``jobs`` worker processes share the work, or a Dask cluster with
    ``backend="dask"`` (see :func:`analyse_events`); the report is the same.
    ``progress``, when given, is called with the name of each stage as it starts (one of
    :data:`STAGES`): segment and extract run per document, graph, rules and estimate per
    event, so the last three are announced when the first event is done. ``skipped``
    lists input left out by the caller (``--keep-going``), reported in ``Report.skipped``.
    With ``graph=False`` the graph is not kept (``Analysis.graph`` is empty): workers then
    send back no graph, and the events' graphs are not joined.
    Two documents with the same id raise :class:`~reconcile.errors.InputError`, as
    :func:`reconcile.load_paths` does.
    """
    step = progress or _silent
    step("segment")
    step("extract")
    analyses: list[EventAnalysis] = []
    with collector_tuned():  # the report is built from all events' models at once
        for analysis in analyse_events(
            documents,
            select=select,
            ignore=ignore,
            settings=settings,
            policy=policy,
            events=events,
            jobs=jobs,
            keep_graph=graph,
            backend=backend,
            scheduler=scheduler,
        ):
            if not analyses:
                for stage in STAGES[2:]:
                    step(stage)
            analyses.append(analysis)
        rules = select_rules(select, ignore)
        report = report_from_events(
            analyses, rules_run=[r.code for r in rules], policy=policy, skipped=list(skipped)
        )
        graphs = [a.graph for a in analyses if a.graph is not None]
        G = nx.compose_all(graphs) if graphs else nx.MultiDiGraph()
    return Analysis(report=report, graph=G)


def analyse_events(
    documents: Iterable[Document],
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    settings: dict[str, Any] | None = None,
    policy: str = "reconcile",
    events: EventSettings | None = None,
    jobs: int = 1,
    keep_graph: bool = False,
    backend: str = "local",
    scheduler: str | None = None,
) -> Iterator[EventAnalysis]:
    """Run the pipeline event by event; yield each event's analysis, sorted by event id.

    ``documents`` may be lazy (:func:`reconcile.io.iter_paths`): it is read once, and
    memory is bounded by the largest event, not the archive. ``backend`` is ``local``
    (``jobs`` processes) or ``dask`` (a Dask scheduler at ``scheduler``, or a local
    cluster; needs ``pip install 'reconcile[dask]'``).
    """
    job = _job(select, ignore, settings, policy, events, jobs, keep_graph=keep_graph)
    return _run(_unique_ids(documents), job, jobs, backend, scheduler)


def render_events(
    documents: Iterable[Document],
    *,
    line: bool = False,
    csv: bool = False,
    sqlite: bool = False,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    settings: dict[str, Any] | None = None,
    policy: str = "reconcile",
    events: EventSettings | None = None,
    jobs: int = 1,
    backend: str = "local",
    scheduler: str | None = None,
) -> Iterator[RenderedEvent]:
    """As :func:`analyse_events`, each event's one-event report rendered by the process
    that analysed it: its JSON line (``line``), its CSV rows (``csv``) and its SQLite rows
    (``sqlite``), as ``check`` writes an archive's (see :mod:`reconcile.render.events`).
    """
    job = _job(select, ignore, settings, policy, events, jobs)
    outputs = EventOutputs(job.rule_codes, policy, line=line, csv=csv, sqlite=sqlite)
    return _run(_unique_ids(documents), replace(job, outputs=outputs), jobs, backend, scheduler)


def _job(
    select: Iterable[str] | None,
    ignore: Iterable[str] | None,
    settings: dict[str, Any] | None,
    policy: str,
    events: EventSettings | None,
    jobs: int,
    *,
    keep_graph: bool = False,
) -> Job:
    """The job every stage reads, once the options are checked."""
    if policy not in POLICIES:
        raise UsageError(f"unknown policy {policy!r}; choose from {', '.join(POLICIES)}")
    if jobs < 1:
        raise UsageError(f"jobs must be 1 or more, not {jobs}")
    return Job(
        rule_codes=rule_codes(select_rules(select, ignore)),
        settings=dict(settings or {}),
        policy=policy,
        events=events or EventSettings(),
        keep_graph=keep_graph,
    )


def _run(
    documents: Iterable[Document], job: Job, jobs: int, backend: str, scheduler: str | None
) -> Iterator[Any]:
    if backend == "local":
        return (run_rendered if job.outputs is not None else run_events)(documents, job, jobs)
    if backend == "dask":
        from reconcile.backends.dask import run_events_dask

        return run_events_dask(documents, job, scheduler=scheduler)
    raise UsageError(f"unknown backend {backend!r}; choose from local, dask")


def _unique_ids(documents: Iterable[Document]) -> Iterator[Document]:
    """The documents, refusing a second document with an id already seen: it would merge
    its sentences and claims with the first's. Lazy, so a streamed archive stays lazy."""
    seen: dict[str, int] = {}
    for doc in documents:
        fingerprint = hash((doc.publisher, doc.published, doc.text, doc.url, doc.title))
        if doc.id in seen:
            if seen[doc.id] == fingerprint:
                reason = (
                    "the same document is given twice (same id, publisher, time and text); "
                    "pass it once, or give each copy its own id"
                )
            else:
                reason = "two documents have this id; give each document its own id"
            raise InputError(f"document {doc.id!r}", reason)
        seen[doc.id] = fingerprint
        yield doc


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
