"""The Report: assembled from the pipeline's outputs; and its published JSON Schema.

The schema is generated from the models by :func:`schema_json`. It ships inside the package
(``reconcile/data/report.schema.json``, read by :func:`packaged_schema`) and is published as
``docs/report.schema.json``; ``python -m reconcile.gendocs --write`` writes both (and
``docs/rules.md``), and a test fails when either differs from the models.
``reconcile schema`` prints it. The fields are documented in ``docs/report.md``.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import json
import math
from collections import Counter
from collections.abc import Iterable
from functools import cache
from itertools import chain
from operator import attrgetter
from pathlib import Path

import orjson
from pydantic import BaseModel

from reconcile.events import EventAnalysis
from reconcile.models import (
    SEVERITY_ORDER,
    Claim,
    Document,
    DocumentSummary,
    Estimate,
    Event,
    ExtractionWarning,
    Finding,
    NumericClaim,
    QuotedLabel,
    Report,
    RuleFailure,
    Sentence,
    SkippedInput,
    Source,
    Summary,
    TimeRef,
    Variable,
)

#: Where the schema ships inside the package (package data).
PACKAGED_SCHEMA = Path(__file__).resolve().parent / "data" / "report.schema.json"


@cache
def tool_version() -> str:
    """The installed version of reconcile (read once per process)."""
    return importlib.metadata.version("reconcile")


#: The sort keys of the report's lists (read in C: a report sorts ~100 models), and the
#: fields counted in its summary.
_ID = attrgetter("id")
_PLACE = attrgetter("span.doc_id", "span.start")
_CLAIM_PLACE = attrgetter("span.doc_id", "span.start", "span.end")
_VARIABLE_ID = attrgetter("variable_id")
_EVENT_ORDER = attrgetter("start", "id")
_SEVERITY = attrgetter("severity")
_CODE = attrgetter("code")


def summary_of(findings: list[Finding], *, documents: int, claims: int, errors: int = 0) -> Summary:
    """Counts by severity (every severity listed) and by code (codes that fired).

    >>> from reconcile.models import Span
    >>> f = Finding(id="f", code="R501", rule="verbatim-repeat", severity="info",
    ...             message="m", spans=[Span(doc_id="d", start=0, end=1)])
    >>> s = summary_of([f, f], documents=1, claims=0)
    >>> s.by_severity, s.by_code
    ({'info': 2, 'warning': 0, 'error': 0}, {'R501': 2})
    """
    by_severity = dict.fromkeys(SEVERITY_ORDER, 0)
    by_severity.update(Counter(map(_SEVERITY, findings)))
    return Summary(
        documents=documents,
        claims=claims,
        findings=len(findings),
        errors=errors,
        by_severity=by_severity,
        by_code=dict(sorted(Counter(map(_CODE, findings)).items())),
    )


def summarise(doc: Document, event: str | None = None) -> DocumentSummary:
    """What the report keeps of a document: its metadata, a hash of its text, its event."""
    return DocumentSummary(
        event=event if event is not None else doc.event,
        id=doc.id,
        publisher=doc.publisher,
        published=doc.published,
        url=doc.url,
        title=doc.title,
        sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        characters=len(doc.text),
    )


def build_report(
    *,
    documents: list[Document],
    sentences: list[Sentence],
    times: list[TimeRef],
    labels: list[QuotedLabel] | None = None,
    sources: list[Source],
    claims: list[Claim],
    variables: list[Variable],
    findings: list[Finding],
    estimates: list[Estimate],
    errors: list[RuleFailure],
    rules_run: list[str],
    policy: str = "reconcile",
    events: list[Event] | None = None,
    warnings: list[ExtractionWarning] | None = None,
    skipped: list[SkippedInput] | None = None,
) -> Report:
    """Assemble the report; every list is put in its documented order."""
    event_of = {doc_id: e.id for e in events or [] for doc_id in e.documents}
    return Report(
        tool_version=tool_version(),
        summary=summary_of(
            findings, documents=len(documents), claims=len(claims), errors=len(errors)
        ),
        documents=[summarise(d, event_of.get(d.id)) for d in sorted(documents, key=_ID)],
        sentences=sorted(sentences, key=_PLACE),
        times=sorted(times, key=_PLACE),
        labels=sorted(labels or [], key=_PLACE),
        sources=sorted(sources, key=_ID),
        claims=sorted(claims, key=_CLAIM_PLACE),
        variables=sorted(variables, key=_ID),
        findings=findings,
        estimates=sorted(estimates, key=_VARIABLE_ID),
        errors=errors,
        rules_run=sorted(rules_run),
        policy=policy,
        events=sorted(events or [], key=_EVENT_ORDER),
        warnings=sorted(warnings or [], key=_PLACE),
        skipped=list(skipped or []),
    )


def _place_name(key: str) -> str:
    """A place key as a name: 'arda' -> 'Arda', 'al-shabab' -> 'Al-Shabab'."""
    return "-".join(part[:1].upper() + part[1:] for part in key.split("-"))


def summarise_event(analysis: EventAnalysis) -> Event:
    """The report's view of one event: label, time span, places, sources, findings,
    estimates."""
    features = analysis.features
    docs = analysis.documents
    start = min((f.first for f in features), default=min(d.published.date() for d in docs))
    end = max((f.last for f in features), default=max(d.published.date() for d in docs))
    counted: Counter[str] = Counter(p for f in features for p in f.places)
    if len(features) > 1:
        shared = [p for p, n in counted.items() if n >= 2]
    else:
        shared = list(counted)
    places = [_place_name(p) for p in sorted(shared, key=lambda p: (-counted[p], p))][:5]
    kinds = Counter(f.kind for f in features if f.kind)
    kind = min(kinds, key=lambda k: (-kinds[k], k)) if kinds else "event"
    span = start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"
    label = f"{kind.replace('-', ' ')}" + (f" in {places[0]}" if places else "") + f", {span}"
    return Event(
        id=analysis.event_id,
        inferred=all(f.given is None for f in features) if features else True,
        label=label,
        start=start,
        end=end,
        places=places,
        documents=sorted(d.id for d in docs),
        sources=sorted({d.publisher for d in docs}),
        findings=list(map(_ID, analysis.findings)),
        estimates=sorted(analysis.estimates, key=_VARIABLE_ID),
    )


def _finding_key(finding: Finding) -> tuple:
    return (finding.code, [(s.doc_id, s.start, s.end) for s in finding.spans], finding.id)


def report_from_events(
    analyses: Iterable[EventAnalysis],
    *,
    rules_run: list[str],
    policy: str = "reconcile",
    skipped: list[SkippedInput] | None = None,
) -> Report:
    """One report from the analyses of several events (or one): the lists of every event,
    merged in their documented orders; a source named in several events is listed once.
    ``skipped`` is the input left out under --keep-going."""
    documents: list[Document] = []
    sentences: list[Sentence] = []
    times: list[TimeRef] = []
    labels: list[QuotedLabel] = []
    sources: dict[str, Source] = {}
    claims: list[Claim] = []
    variables: dict[str, Variable] = {}
    findings: list[Finding] = []
    estimates: list[tuple[str, Estimate]] = []
    errors: list[RuleFailure] = []
    events: list[Event] = []
    warnings: list[ExtractionWarning] = []
    for analysis in sorted(analyses, key=lambda a: a.event_id):
        warnings.extend(analysis.warnings)
        documents.extend(analysis.documents)
        sentences.extend(analysis.sentences)
        times.extend(analysis.times)
        labels.extend(analysis.labels)
        for source in analysis.sources:
            sources.setdefault(source.id, source)
        claims.extend(analysis.claims)
        for variable in analysis.variables:
            variables.setdefault(variable.id, variable)
        findings.extend(analysis.findings)
        estimates.extend((analysis.event_id, e) for e in analysis.estimates)
        errors.extend(e for e in analysis.errors if e not in errors)
        events.append(summarise_event(analysis))
    if len(events) > 1:  # one event's findings come sorted from run_rules
        findings.sort(key=_finding_key)
    estimates.sort(key=lambda pair: (pair[1].variable_id, pair[0]))
    return build_report(
        documents=documents,
        sentences=sentences,
        times=times,
        labels=labels,
        sources=list(sources.values()),
        claims=claims,
        variables=list(variables.values()),
        findings=findings,
        estimates=[e for _, e in estimates],
        errors=errors,
        rules_run=rules_run,
        policy=policy,
        events=events,
        warnings=warnings,
        skipped=skipped,
    )


def report_json(report: Report) -> str:
    """The report as JSON: keys sorted, two-space indent, one trailing newline."""
    written = _orjson_bytes(report, indent=True)
    return written.decode() if written is not None else _json_text(report, indent=True)


def report_line(report: Report) -> str:
    """The report as one line of JSON (keys sorted), for a JSON Lines stream of events."""
    written = _orjson_bytes(report, indent=False)
    return written.decode() if written is not None else _json_text(report, indent=False)


def report_line_bytes(report: Report) -> bytes:
    """:func:`report_line` encoded in UTF-8, as a file takes it: the bytes orjson writes,
    never decoded to text to be encoded back (an archive's event line is ~120 KB, mostly
    not ASCII: each way cost ~0.2 ms, and a text crosses a pipe at ~3x the cost of bytes)."""
    written = _orjson_bytes(report, indent=False)
    return written if written is not None else _json_text(report, indent=False).encode()


def _orjson_bytes(report: Report, *, indent: bool) -> bytes | None:
    """The report's JSON in UTF-8 as :func:`_json_text` writes it, written by orjson; None
    when orjson would not write the same (below).

    orjson writes it straight from the models (:func:`_fields_of`: no ``model_dump``
    first, which built the whole report again as dicts), ~10x faster than json on a
    report, except when a float lies between 1e-9 and 1e-4 (orjson writes ``0.00005``,
    json ``5e-05``), is not finite (json refuses it, orjson writes ``null``) or is an int
    in a float field (pydantic writes ``5.0``, orjson ``5``): such a report, as
    :func:`_floats_orjson_writes_alike` tells, and one orjson refuses (an integer beyond
    64 bits, a lone surrogate, a value of a type it does not know) are written by json.
    """
    if not _floats_orjson_writes_alike(report):
        return None
    option = _ORJSON_OPTIONS | orjson.OPT_INDENT_2 if indent else _ORJSON_OPTIONS
    try:
        return orjson.dumps(report, default=_fields_of, option=option)
    except orjson.JSONEncodeError:
        return None


def _json_text(report: Report, *, indent: bool) -> str:
    """The report's JSON, keys sorted, with a trailing newline: ``json.dumps(
    report.model_dump(mode="json"), sort_keys=True, ensure_ascii=False, allow_nan=False)``
    with a two-space indent or compact separators."""
    data = report.model_dump(mode="json")
    if indent:
        text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False)
    else:
        text = json.dumps(
            data, sort_keys=True, ensure_ascii=False, allow_nan=False, separators=(",", ":")
        )
    return text + "\n"


#: keys sorted, a newline at the end, a UTC time as pydantic writes it ('...T00:00:00Z')
_ORJSON_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE | orjson.OPT_UTC_Z


#: A model's fields, as orjson asks for each object it does not know: pydantic's JSON of
#: the report's models is their fields' values (no aliases, exclusions or custom
#: serializers; ``tests/test_schema.py`` checks the bytes on every worked case). The
#: ``__dict__`` slot of pydantic's models read by its descriptor: any other type is refused
#: (a TypeError; orjson then raises, and json writes the report), and no Python function
#: runs for each of a report's ~340 models (~0.3 M instructions per report less).
_fields_of = BaseModel.__dict__["__dict__"].__get__

_FLOAT_OR_NONE = frozenset({float, type(None)})

#: The floats of a report's models (:func:`_floats_orjson_writes_alike`), read in C.
_CLAIM_FLOATS = attrgetter("value", "interval.low", "interval.high")
_ESTIMATE_FLOATS = attrgetter("low", "best", "high", "current")
_POINT_FLOATS = attrgetter("value", "low", "high")


def _floats_orjson_writes_alike(report: Report) -> bool:
    """Whether every float of the report is a float (not an int, which pydantic writes as
    a float) and 0 or finite and at least 1e-4 in size, which orjson writes as json does.
    The floats are the claims' values and intervals and the estimates' bounds and history
    (``tests/test_schema.py`` checks that no other field of the report holds one)."""
    numeric = [c for c in report.claims if isinstance(c, NumericClaim)]
    # each estimate once: an event's estimates are the report's too
    both = [*report.estimates, *(e for event in report.events for e in event.estimates)]
    estimates = list({id(e): e for e in both}.values())
    points = [p for e in estimates for p in e.history]
    floats = [
        *chain.from_iterable(map(_CLAIM_FLOATS, numeric)),
        *chain.from_iterable(map(_ESTIMATE_FLOATS, estimates)),
        *chain.from_iterable(map(_POINT_FLOATS, points)),
    ]
    if not _FLOAT_OR_NONE.issuperset(map(type, floats)):
        return False
    sizes = list(map(abs, filter(None, floats)))  # None and zeros left out
    return all(map(math.isfinite, sizes)) and (not sizes or min(sizes) >= 1e-4)


def schema_json() -> str:
    """The JSON Schema of the report, as published in docs/report.schema.json."""
    schema = Report.model_json_schema(mode="serialization")
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def packaged_schema() -> str:
    """The schema file shipped inside the package (the same text as :func:`schema_json`)."""
    return (importlib.resources.files("reconcile") / "data" / "report.schema.json").read_text(
        "utf-8"
    )
