"""The local executor: one process, or a pool of worker processes (``--jobs N``).

Memory stays bounded by the largest event: documents are read a few batches ahead of the
workers (never the whole archive), the per-document results are written to a temporary
spill file as they are made (only the small grouping features stay in memory), and each
event reads its documents back when its turn comes. Events come out sorted by id,
whatever the number of workers, so ``--jobs 4`` writes the same bytes as ``--jobs 1``.
"""

from __future__ import annotations

import gc
import io
import itertools
import multiprocessing
import os
import pickle
import queue
import sys
import tempfile
import threading
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from multiprocessing.connection import Connection, wait
from typing import IO, Any, ClassVar

import lz4.block
from pydantic import BaseModel

import reconcile.models
from reconcile.events import (
    DocumentResult,
    EventAnalysis,
    EventFeatures,
    EventSettings,
    analyse_event,
    group_events,
    process_document,
    shared_strings,
)
from reconcile.extract.numbers import load_units
from reconcile.models import Sentence, Span, _unpickle, trusted_sentence, trusted_span
from reconcile.render.events import EventOutputs, RenderedEvent, render_event
from reconcile.rules import Rule, select_rules

__all__ = ["Job", "default_jobs", "run_events", "run_rendered"]


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Job:
    """What every stage needs to know: rule selection, settings, policy, grouping."""

    rule_codes: tuple[str, ...]
    settings: dict[str, Any]
    policy: str = "reconcile"
    events: EventSettings = field(default_factory=EventSettings)
    keep_graph: bool = False
    #: when given, each event is rendered where it was analysed (:func:`run_rendered`)
    outputs: EventOutputs | None = None


def _packed(result: DocumentResult) -> bytes:
    """A per-document result pickled (by :class:`_ResultPickler`) and compressed, as the
    spill file keeps it.

    LZ4 (a block, its size in front): ~6 KB per report where deflate at its fastest level
    made ~4.8 KB, at a fifth of deflate's cost each way (~0.9 M instructions per report
    less); the bytes never leave this run's processes."""
    buffer = io.BytesIO()
    _ResultPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(result)
    return lz4.block.compress(buffer.getbuffer())


def _unpacked(data: bytes) -> DocumentResult:
    return pickle.loads(lz4.block.decompress(data))


#: A sentence's fields set as the splitter leaves it, by whether it repeats an earlier
#: one (what :func:`reconcile.models.trusted_sentence` gives), and a span's.
_SENTENCE_FIELDS = (
    frozenset({"id", "span", "text", "index"}),
    frozenset({"id", "span", "text", "index", "duplicate_of"}),
)
_SPAN_FIELDS = frozenset({"doc_id", "start", "end"})

#: A sentence as a row of its values: ``(id, text, start, end, index, duplicate_of)``.
_SentenceRow = tuple[str, str, int, int, int, str | None]


def _reduce_result(result: DocumentResult) -> tuple[Any, ...]:
    """A per-document result pickled with its sentences as rows of values (a report's ~36
    sentences and their spans are ~40% of its models, each ~7k instructions to pickle as a
    model and ~9k to read back), rebuilt by :func:`_result_back`."""
    doc = result.document
    rows = [_sentence_row(doc.id, s) for s in result.sentences]
    return (_result_back, (doc, rows, result.extraction, result.features))


def _sentence_row(doc_id: str, sentence: Sentence) -> _SentenceRow | Sentence:
    """A sentence as a row, when :func:`_sentence_back` rebuilds it the same, field for
    field and fields set; else the sentence itself, pickled as a model."""
    values = sentence.__dict__
    span, duplicate_of = values["span"], values["duplicate_of"]
    if (
        type(sentence) is Sentence
        and type(span) is Span
        and values["near_duplicate_of"] is None
        and sentence.__pydantic_fields_set__ == _SENTENCE_FIELDS[duplicate_of is not None]
        and span.__pydantic_fields_set__ == _SPAN_FIELDS
        and span.doc_id == doc_id
    ):
        return (values["id"], values["text"], span.start, span.end, values["index"], duplicate_of)
    return sentence


def _sentence_back(doc_id: str, row: _SentenceRow | Sentence) -> Sentence:
    if type(row) is not tuple:
        return row
    id, text, start, end, index, duplicate_of = row
    return trusted_sentence(id, trusted_span(doc_id, start, end), text, index, duplicate_of)


def _result_back(
    doc: Any, rows: list[_SentenceRow | Sentence], extraction: Any, features: EventFeatures
) -> DocumentResult:
    sentences = [_sentence_back(doc.id, row) for row in rows]
    return DocumentResult(doc, sentences, extraction, features)


#: Per model class, one set per distinct fields set met (a few): what the models of a
#: pickled result share (:func:`_reduce_model`).
_SHARED_FIELDS_SETS: defaultdict[type, list[set[str]]] = defaultdict(list)


def _reduce_model(model: Any) -> tuple[Any, ...]:
    """A model pickled as its class, its values and its fields set, as
    ``_Model.__reduce__`` does, the fields set being one shared by every model of its
    class with the same: the pickle writes it once per result, and the result read back
    holds one set for them all instead of one each (~110 sets of 3-20 names per result:
    ~0.26 M instructions per report less to read back). A frozen model's fields set is
    never changed in place (pydantic's ``model_copy`` changes a copy's)."""
    if model.__pydantic_extra__ is not None or model.__pydantic_private__ is not None:
        return model.__reduce__()
    fields_set = model.__pydantic_fields_set__
    shared_sets = _SHARED_FIELDS_SETS[type(model)]
    for shared in shared_sets:
        if shared == fields_set:
            break
    else:
        shared = set(fields_set)
        shared_sets.append(shared)
    return (_unpickle, (type(model), model.__dict__, shared))


class _ResultPickler(pickle.Pickler):
    """Pickles per-document results (:func:`_reduce_result`), each model by
    :func:`_reduce_model` looked up by exact class in the dispatch table (a result holds
    ~180 models: the table skips the ``__reduce_ex__`` call that would find one)."""

    dispatch_table: ClassVar[dict[type, Any]] = {
        cls: _reduce_model if cls.model_config.get("frozen") else cls.__reduce__
        for cls in vars(reconcile.models).values()
        if isinstance(cls, type) and issubclass(cls, BaseModel)
    } | {DocumentResult: _reduce_result}


class _Spill:
    """Per-document results pickled (and compressed) to an anonymous temporary file, read
    back by offset: memory keeps only the offsets."""

    def __init__(self) -> None:
        self.handle: IO[bytes] = tempfile.TemporaryFile(prefix="reconcile-")
        self.where: dict[str, tuple[int, int]] = {}

    def put(self, result: DocumentResult) -> None:
        self.put_packed(result.document.id, _packed(result))

    def put_packed(self, doc_id: str, data: bytes) -> None:
        self.handle.seek(0, os.SEEK_END)
        self.where[doc_id] = (self.handle.tell(), len(data))
        self.handle.write(data)

    def get(self, doc_id: str) -> DocumentResult:
        return _unpacked(self.get_packed(doc_id))

    def get_packed(self, doc_id: str) -> bytes:
        offset, size = self.where[doc_id]
        self.handle.seek(offset)
        return self.handle.read(size)

    def close(self) -> None:
        self.handle.close()


_JOB: Job | None = None

#: Runs with fewer documents than this stay in this process, whatever ``jobs`` says.
SMALL_RUN = 16

#: The garbage collector's thresholds while a run goes on (Python's default: 700, 10, 10).
#: A report makes hundreds of thousands of short-lived objects (tokens, matches, models),
#: so at 700 the youngest generation is collected ~100 times per report and, through it,
#: the oldest (the loaded tables, walked whole each time) every few reports: 10-12% of a
#: report's CPU time. At 10,000 the collector runs ~14 times less often; garbage in
#: cycles waits a little longer (at most some ten thousand objects).
GC_THRESHOLDS = (10_000, 10, 10)


@contextmanager
def collector_tuned() -> Iterator[None]:
    """During a run in this process: what is alive when it starts (the engine's modules,
    the caller's objects) frozen out of the garbage collector (``gc.freeze``) and the
    collector run less often (:data:`GC_THRESHOLDS`); both undone when the run ends.

    Nothing is frozen when the caller froze objects already (a worker forked from the fork
    server, ``backends/_preload.py``): undoing it would unfreeze theirs.
    """
    thresholds = gc.get_threshold()
    freeze = gc.isenabled() and gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()  # no collection first: a full one costs ~25 ms, once per analyse() call
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if freeze:
            gc.unfreeze()


def _start_context() -> Any:
    """How workers start: forked from this process when it runs no other thread (at once,
    with the engine it has loaded: a fork server would first spend ~1.4 s loading it again
    while the workers wait), else from a fork server (``backends/_preload.py``), so that a
    library caller's threads are never forked (a child could deadlock on a lock one of them
    held at fork time); spawned where there is no fork.
    """
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if os.name != "posix":  # pragma: no cover - not Linux or macOS
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["reconcile.backends._preload"])
    return ctx


def _init_worker(job: Job) -> None:
    """A worker's start: the job kept, quantulum3's units loaded (a forked worker has not
    got them yet; both load them at once) and frozen out of the collector with all the
    worker started with, as the fork server does (``backends/_preload.py``)."""
    global _JOB
    _JOB = job
    load_units()
    gc.freeze()


def _document_stage(doc: Any) -> tuple[str, bytes, EventFeatures]:
    """One document's result, packed where it is made: the parent only stores the bytes
    and keeps the features (it used to unpickle each result, pickle it again for the
    spill, and pickle it once more to send it back for its event)."""
    assert _JOB is not None
    result = process_document(doc, _JOB.events)
    return result.document.id, _packed(result), result.features


def _event_stage(item: tuple[str, list[bytes]]) -> EventAnalysis | RenderedEvent:
    """One event's analysis; rendered here when the job asks for outputs, so that a worker
    sends back strings and rows, not the event's models."""
    assert _JOB is not None
    event_id, packed = item
    results = [_unpacked(data) for data in packed]
    analysis = analyse_event(
        event_id,
        results,
        _rules_of(_JOB.rule_codes),
        settings=_JOB.settings,
        policy=_JOB.policy,
        keep_graph=_JOB.keep_graph,
    )
    return analysis if _JOB.outputs is None else render_event(analysis, _JOB.outputs)


@cache
def _rules_of(codes: tuple[str, ...]) -> tuple[Rule, ...]:
    """The rules of a job's codes, chosen once per process rather than once per event."""
    return tuple(select_rules(list(codes))) if codes else ()


def _serve(pipe: Connection, job: Job) -> None:
    """A worker's loop: a task ``(function, items)`` comes in on its pipe, the list of
    results (or the error) goes back, until the pipe closes.

    A thread of the worker reads the tasks as they come (the parent sends the next before
    this one is done), so a parent sending a task never waits on a worker busy sending a
    result: with both pipes full, each would wait on the other for ever.
    """
    _init_worker(job)
    tasks: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def receive() -> None:
        while True:
            try:
                task = pipe.recv()
            except (EOFError, OSError):
                task = None  # the parent is done, or gone
            tasks.put(task)
            if task is None:
                return

    threading.Thread(target=receive, daemon=True).start()
    try:
        while (task := tasks.get()) is not None:
            function, items = task
            try:
                reply: tuple[bool, Any] = (True, [function(item) for item in items])
            except Exception as exc:  # raised again in the parent
                reply = (False, exc)
            try:
                pipe.send(reply)
            except (pickle.PicklingError, TypeError, AttributeError) as exc:
                pipe.send((False, RuntimeError(f"a worker's result could not be sent: {exc}")))
    except KeyboardInterrupt:
        return


class _Workers:
    """``jobs`` worker processes, each with its own pipe and at most ``depth`` tasks given.

    Not ``multiprocessing.Pool``: its worker-handler thread waits on the result pipe too,
    so it spins while a large result is being read (~0.65 s of the parent's CPU per 1,000
    reports, measured), and a lazily read input needs a feeding thread to stay bounded.
    Here the parent runs no thread: it sends tasks to the workers with the fewest under
    way, waits on the pipes of the busy ones, and yields the results in the order of the
    input. A worker is given its next task before it is done with one (``depth`` 2), so
    it never waits for the parent to be scheduled between two tasks.
    """

    def __init__(self, ctx: Any, jobs: int, job: Job, depth: int = 2) -> None:
        self.processes: list[Any] = []
        self.pipes: list[Connection] = []
        self.depth = depth
        for _ in range(jobs):
            mine, theirs = ctx.Pipe()
            process = ctx.Process(target=_serve, args=(theirs, job), daemon=True)
            process.start()
            theirs.close()  # a worker that dies is then seen as the end of its pipe
            self.processes.append(process)
            self.pipes.append(mine)

    def map(
        self, function: Any, items: Iterable[Any], *, chunksize: int, ahead: int
    ) -> Iterator[Any]:
        """``function`` of each item, in the items' order; the input is read at most
        ``ahead`` chunks of ``chunksize`` items beyond the results yielded (a lazily read
        archive is never queued whole). An error reading the input is raised here, in the
        caller's thread; an error in a worker is raised again here."""
        if not self.pipes:
            raise RuntimeError("the workers are closed")
        chunks = _chunks(items, chunksize)
        given: dict[Connection, deque[int]] = {pipe: deque() for pipe in self.pipes}
        done: dict[int, list[Any]] = {}
        sent = taken = 0
        more = True
        try:
            while True:
                while more and sent - taken < ahead:
                    pipe = min(self.pipes, key=lambda p: len(given[p]))
                    if len(given[pipe]) >= self.depth:
                        break
                    chunk = next(chunks, None)
                    if chunk is None:
                        more = False
                        break
                    pipe.send((function, chunk))
                    given[pipe].append(sent)
                    sent += 1
                if taken in done:
                    yield from done.pop(taken)
                    taken += 1
                    continue
                busy = [pipe for pipe in self.pipes if given[pipe]]
                if not busy:
                    return
                for pipe in wait(busy):
                    done[given[pipe].popleft()] = _reply(pipe)
        finally:
            if any(given.values()):  # left with tasks under way (an error, or the caller
                self.close()  # stopped early): their results would be read as the next's

    def close(self) -> None:
        """End the workers (an idle one waits on its pipe; a busy one is stopped). A
        closed set of workers takes no more tasks."""
        for process in self.processes:
            process.terminate()
        for process, pipe in zip(self.processes, self.pipes, strict=True):
            process.join()
            pipe.close()
        self.processes, self.pipes = [], []


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _reply(pipe: Connection) -> list[Any]:
    """A worker's results, or its error raised."""
    try:
        ok, value = pipe.recv()
    except EOFError:
        raise RuntimeError("a worker process ended before giving its results") from None
    if not ok:
        raise value
    return value


def run_events(documents: Iterable[Any], job: Job, jobs: int = 1) -> Iterator[EventAnalysis]:
    """Run the pipeline over documents; yield each event's analysis, sorted by event id.

    ``documents`` may be a lazy iterator (a JSON Lines archive read line by line): it is
    read once. Documents with the same id are refused by the reader, not here.
    """
    with collector_tuned():
        yield from _run_events(documents, replace(job, outputs=None), jobs)


def run_rendered(documents: Iterable[Any], job: Job, jobs: int = 1) -> Iterator[RenderedEvent]:
    """As :func:`run_events`, each event rendered as ``job.outputs`` asks, in the process
    that analysed it (see :mod:`reconcile.render.events`)."""
    if job.outputs is None:
        raise ValueError("run_rendered needs a job with outputs")
    with collector_tuned():
        yield from _run_events(documents, job, jobs)


def _run_events(documents: Iterable[Any], job: Job, jobs: int) -> Iterator[Any]:
    global _JOB
    spill = _Spill()
    workers = None
    try:
        documents = iter(documents)
        head = list(itertools.islice(documents, SMALL_RUN))
        if len(head) < SMALL_RUN:
            jobs = 1  # a few documents: starting workers would cost more than it saves
        documents = itertools.chain(head, documents)
        if jobs > 1:
            workers = _Workers(_start_context(), jobs, job)
            results: Iterator[tuple[str, bytes, EventFeatures]] = workers.map(
                _document_stage, documents, chunksize=8, ahead=8 * jobs
            )
        else:
            _JOB = job
            results = map(_document_stage, documents)
        features = []
        for doc_id, packed, doc_features in results:
            spill.put_packed(doc_id, packed)
            features.append(shared_strings(doc_features))
        groups = group_events(features, job.events)
        members: dict[str, list[str]] = defaultdict(list)
        for doc_id, event_id in groups.items():
            members[event_id].append(doc_id)
        order = sorted(members)

        def items() -> Iterator[tuple[str, list[bytes]]]:
            for event_id in order:
                yield event_id, [spill.get_packed(d) for d in sorted(members[event_id])]

        if workers is not None:
            yield from workers.map(_event_stage, items(), chunksize=1, ahead=8 * jobs)
        else:
            _JOB = job
            yield from map(_event_stage, items())
    finally:
        if workers is not None:
            workers.close()
        spill.close()


def rule_codes(rules: Sequence[Any]) -> tuple[str, ...]:
    """The codes of selected rules, as a job carries them to workers."""
    return tuple(r.code for r in rules)
