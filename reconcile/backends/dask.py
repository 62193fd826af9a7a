"""The Dask executor (optional extra: ``pip install 'reconcile[dask]'``).

The same pure functions as the local executor, on an existing engine: the per-document
stage is mapped over the partitions of a Dask bag, grouping runs on the (small) features,
the bag is shuffled by event id (``groupby``), and the per-event stage runs once per
group. No scheduling of our own: Dask places the work.

``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without one, a
local cluster is started for the run and closed after it. The documents are handed to
Dask from this process; events come back sorted by id, so the report is the same bytes as
a local run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

from reconcile.backends.local import Job
from reconcile.errors import UsageError
from reconcile.events import (
    DocumentResult,
    EventAnalysis,
    EventSettings,
    analyse_event,
    group_events,
    process_document,
    shared_strings,
)
from reconcile.render.events import RenderedEvent, render_event
from reconcile.rules import select_rules

__all__ = ["run_events_dask"]

#: Documents per partition of the bag.
PARTITION_SIZE = 64


def _document_stage(doc: Any, settings: EventSettings) -> DocumentResult:
    return process_document(doc, settings)


def _keyed(result: DocumentResult, groups: dict[str, str]) -> tuple[str, DocumentResult]:
    return groups[result.document.id], result


def _event_stage(
    item: tuple[str, list[tuple[str, DocumentResult]]], job: Job
) -> EventAnalysis | RenderedEvent:
    event_id, members = item
    rules = select_rules(list(job.rule_codes)) if job.rule_codes else []
    analysis = analyse_event(
        event_id,
        [result for _, result in members],
        rules,
        settings=job.settings,
        policy=job.policy,
        keep_graph=job.keep_graph,
    )
    return analysis if job.outputs is None else render_event(analysis, job.outputs)


def run_events_dask(
    documents: Iterable[Any], job: Job, *, scheduler: str | None = None
) -> Iterator[Any]:
    """Run the pipeline on Dask; yield each event's analysis, sorted by event id (or, when
    ``job.outputs`` is given, each event rendered by the worker that analysed it)."""
    try:
        import dask
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError(
            "the dask backend needs the optional extra: pip install 'reconcile[dask]'"
        ) from None
    docs = list(documents)
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout=30)
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        bag = db.from_sequence(docs, partition_size=PARTITION_SIZE)
        results = bag.map(partial(_document_stage, settings=job.events)).persist()
        features = [shared_strings(f) for f in results.map(lambda r: r.features).compute()]
        groups = group_events(features, job.events)
        keyed = results.map(_keyed, groups=dask.delayed(groups))
        grouped = keyed.groupby(lambda pair: pair[0], shuffle="tasks")
        analyses = grouped.map(partial(_event_stage, job=job)).compute()
        yield from sorted(analyses, key=lambda a: a.event_id)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
