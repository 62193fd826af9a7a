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
from collections import Counter
from functools import cache
from pathlib import Path

from reconcile.models import (
    SEVERITY_ORDER,
    Claim,
    Document,
    DocumentSummary,
    Estimate,
    Finding,
    QuotedLabel,
    Report,
    RuleFailure,
    Sentence,
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
    by_severity.update(Counter(f.severity for f in findings))
    return Summary(
        documents=documents,
        claims=claims,
        findings=len(findings),
        errors=errors,
        by_severity=by_severity,
        by_code=dict(sorted(Counter(f.code for f in findings).items())),
    )


def summarise(doc: Document) -> DocumentSummary:
    """What the report keeps of a document: its metadata and a hash of its text."""
    return DocumentSummary(
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
) -> Report:
    """Assemble the report; every list is put in its documented order."""
    return Report(
        tool_version=tool_version(),
        summary=summary_of(
            findings, documents=len(documents), claims=len(claims), errors=len(errors)
        ),
        documents=[summarise(d) for d in sorted(documents, key=lambda d: d.id)],
        sentences=sorted(sentences, key=lambda s: (s.span.doc_id, s.span.start)),
        times=sorted(times, key=lambda t: (t.span.doc_id, t.span.start)),
        labels=sorted(labels or [], key=lambda x: (x.span.doc_id, x.span.start)),
        sources=sorted(sources, key=lambda s: s.id),
        claims=sorted(claims, key=lambda c: (c.span.doc_id, c.span.start, c.span.end)),
        variables=sorted(variables, key=lambda v: v.id),
        findings=findings,
        estimates=sorted(estimates, key=lambda e: e.variable_id),
        errors=errors,
        rules_run=sorted(rules_run),
        policy=policy,
    )


def report_json(report: Report) -> str:
    """The report as JSON: keys sorted, two-space indent, one trailing newline."""
    return (
        json.dumps(
            report.model_dump(mode="json"),
            indent=2,
            sort_keys=True,
            ensure_ascii=False,
            allow_nan=False,
        )
        + "\n"
    )


def schema_json() -> str:
    """The JSON Schema of the report, as published in docs/report.schema.json."""
    schema = Report.model_json_schema(mode="serialization")
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def packaged_schema() -> str:
    """The schema file shipped inside the package (the same text as :func:`schema_json`)."""
    return (importlib.resources.files("reconcile") / "data" / "report.schema.json").read_text(
        "utf-8"
    )
