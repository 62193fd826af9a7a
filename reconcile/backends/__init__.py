"""Executors: how the per-document and per-event stages are run over a corpus.

Every executor runs the same pure functions of :mod:`reconcile.events` — the per-document
stage (:func:`~reconcile.events.process_document`), grouping
(:func:`~reconcile.events.group_events`), then the per-event stage
(:func:`~reconcile.events.analyse_event`) — and yields the events in the same order (by
event id), so every executor gives the same report byte for byte.

* :mod:`reconcile.backends.local`: this process, or ``jobs`` worker processes;
* :mod:`reconcile.backends.dask`: a Dask cluster (the optional extra ``reconcile[dask]``).
"""
