"""SARIF 2.1.0: the findings for code-scanning tools and SARIF viewers.

Documents are the run's ``artifacts`` (their path when known, else their id; with the text's
SHA-256), each finding is a ``result`` whose spans are ``regions`` with ``charOffset`` and
``charLength`` (and lines and columns when the texts are given), and the rules' docs are the
driver's ``rules`` metadata. Columns count Unicode code points (``columnKind``), as Python
offsets do. A test validates the output against the SARIF 2.1.0 JSON Schema.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from urllib.parse import quote

from reconcile.models import Document, Finding, Report, Span
from reconcile.render._common import by_id, line_col, sentence_of
from reconcile.rules import get_rules

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"info": "note", "warning": "warning", "error": "error"}


def _uri(doc_id: str, documents: dict[str, Document]) -> str:
    doc = documents.get(doc_id)
    if doc is None or not doc.path:
        return quote(doc_id)
    path = PurePath(doc.path)
    return path.as_uri() if path.is_absolute() else quote(path.as_posix())


def _rules_metadata() -> list[dict]:
    described = []
    for found in get_rules(include_removed=True):
        body = found.doc.split("\n\n", 1)[1].strip() if "\n\n" in found.doc else found.summary
        described.append(
            {
                "id": found.code,
                "name": found.name,
                "shortDescription": {"text": found.summary},
                "fullDescription": {"text": body.split("\n\n", 1)[0]},
                "help": {"text": found.doc, "markdown": found.doc},
                "defaultConfiguration": {
                    "level": LEVELS.get(found.severity, "warning"),
                    "enabled": found.status != "removed",
                },
                "properties": {"group": found.group, "status": found.status},
            }
        )
    return described


def _region(span: Span, report: Report, documents: dict[str, Document]) -> dict:
    region: dict = {"charOffset": span.start, "charLength": span.end - span.start}
    doc = documents.get(span.doc_id)
    if doc is not None:
        region["startLine"], region["startColumn"] = line_col(doc.text, span.start)
        region["endLine"], region["endColumn"] = line_col(doc.text, span.end)
        region["snippet"] = {"text": doc.text[span.start : span.end]}
    sentence = sentence_of(report, span)
    if sentence is not None:
        region["message"] = {"text": sentence.text}
    return region


def _location(span: Span, report: Report, documents: dict[str, Document], index: dict) -> dict:
    return {
        "physicalLocation": {
            "artifactLocation": {
                "uri": _uri(span.doc_id, documents),
                "index": index.get(span.doc_id, -1),
            },
            "region": _region(span, report, documents),
        }
    }


def _result(
    finding: Finding,
    report: Report,
    documents: dict[str, Document],
    index: dict[str, int],
    rule_index: dict[str, int],
) -> dict:
    locations = [_location(s, report, documents, index) for s in finding.spans]
    related = []
    for number, loc in enumerate(locations[1:], start=1):
        related.append({"id": number, **loc})
    result: dict = {
        "ruleId": finding.code,
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": finding.message},
        "locations": locations[:1],
        "partialFingerprints": {"reconcileFinding/v1": finding.id},
        "properties": {
            "rule": finding.rule,
            "severity": finding.severity,
            "claimIds": list(finding.claim_ids),
            "variableId": finding.variable_id,
        },
    }
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    if related:
        result["relatedLocations"] = related
    return result


def render_sarif(report: Report, documents: Sequence[Document] = ()) -> str:
    """Render the findings as a SARIF 2.1.0 log (one run); texts, when given, add lines and
    columns and snippets to the regions."""
    docs = by_id(documents)
    index = {d.id: n for n, d in enumerate(report.documents)}
    rules = _rules_metadata()
    rule_index = {r["id"]: n for n, r in enumerate(rules)}
    artifacts = [
        {
            "location": {"uri": _uri(d.id, docs)},
            "length": d.characters,
            "mimeType": "text/plain",
            "encoding": "utf-8",
            "hashes": {"sha-256": d.sha256},
            "description": {"text": f"{d.publisher}, {d.published.isoformat()}"},
            "properties": {"documentId": d.id, "publisher": d.publisher},
        }
        for d in report.documents
    ]
    run = {
        "tool": {
            "driver": {
                "name": "reconcile",
                "version": report.tool_version,
                "semanticVersion": report.tool_version,
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": [_result(f, report, docs, index, rule_index) for f in report.findings],
        "invocations": [
            {
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": f"rule {e.code} failed: {e.message}"}}
                    for e in report.errors
                ],
            }
        ],
        "properties": {
            "schemaVersion": report.schema_version,
            "policy": report.policy,
            "rulesRun": list(report.rules_run),
            "summary": report.summary.model_dump(mode="json"),
        },
    }
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
