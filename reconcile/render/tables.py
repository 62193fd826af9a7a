"""Tables analysts load: the event table (CSV) and the SQLite tables, from reports.

Pure functions from a :class:`~reconcile.models.Report` (one event's or many) to rows;
the CLI writes them (``--csv FILE``, ``--sqlite FILE``) event by event as the run goes.
The tables are documented in docs/tables.md.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterator
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Any

from reconcile.models import PUBLICATION_ORDER, NumericClaim, Report

EVENT_COLUMNS = [
    "event",
    "label",
    "start",
    "end",
    "places",
    "documents",
    "variable",
    "measure",
    "group",
    "unit",
    "low",
    "best",
    "high",
    "independent_sources",
    "current_figure",
    "current_source",
    "current_published",
    "findings",
]

#: An event row's values in column order (what ``csv.DictWriter`` writes of a row with
#: every column, without its check of each row's keys in Python).
_EVENT_VALUES = itemgetter(*EVENT_COLUMNS)

#: SQLite tables: name -> (column definitions, primary key columns).
SQLITE_TABLES: dict[str, list[str]] = {
    "events": [
        "id TEXT PRIMARY KEY",
        "label TEXT",
        "start TEXT",
        "end TEXT",
        "places TEXT",
        "inferred INTEGER",
        "documents INTEGER",
        "findings INTEGER",
    ],
    "event_variables": [
        f"{c} {'REAL' if c in ('low', 'best', 'high') else 'TEXT'}" for c in EVENT_COLUMNS
    ],
    "documents": [
        "id TEXT PRIMARY KEY",
        "event TEXT",
        "publisher TEXT",
        "published TEXT",
        "url TEXT",
        "title TEXT",
        "sha256 TEXT",
        "characters INTEGER",
    ],
    "sources": ["event TEXT", "id TEXT", "name TEXT", "role TEXT"],
    "claims": [
        "id TEXT PRIMARY KEY",
        "event TEXT",
        "document TEXT",
        "start INTEGER",
        "end INTEGER",
        "kind TEXT",
        "surface TEXT",
        "variable TEXT",
        "value REAL",
        "low REAL",
        "high REAL",
        "qualifier TEXT",
        "source TEXT",
        "attribution TEXT",
        "published TEXT",
        "refers_to_start TEXT",
        "refers_to_end TEXT",
        "json TEXT",
    ],
    "findings": [
        "id TEXT PRIMARY KEY",
        "event TEXT",
        "code TEXT",
        "rule TEXT",
        "severity TEXT",
        "variable TEXT",
        "message TEXT",
        "claim_ids TEXT",
        "json TEXT",
    ],
}


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def event_rows(report: Report) -> Iterator[dict[str, Any]]:
    """One row per event and numeric variable with an estimate (see ``EVENT_COLUMNS``)."""
    variables = {v.id: v for v in report.variables}
    figures_of = _figures_by_event(report)
    finding_ids = list(map(attrgetter("id"), report.findings))
    finding_variables = list(map(attrgetter("variable_id"), report.findings))
    for event in report.events:
        # the variables of the report's findings the event lists
        listed = map(set(event.findings).__contains__, finding_ids)
        counted = Counter(compress(finding_variables, listed))
        figures = figures_of.get(event.id, {})
        for est in event.estimates:
            mine = figures.get(est.variable_id, [])
            current = max(mine, key=PUBLICATION_ORDER, default=None)  # the latest
            variable = variables.get(est.variable_id)
            measure, _, group = est.variable_id.removeprefix("var:").partition("/")
            if variable is not None:
                measure, group = variable.measure, variable.group or ""
            yield {
                "event": event.id,
                "label": event.label,
                "start": event.start.isoformat(),
                "end": event.end.isoformat(),
                "places": "; ".join(event.places),
                "documents": len(event.documents),
                "variable": est.variable_id.removeprefix("var:"),
                "measure": measure,
                "group": group,
                "unit": variable.unit if variable is not None else "count",
                "low": _num(est.low),
                "best": _num(est.best),
                "high": _num(est.high),
                "independent_sources": len(est.sources),
                "current_figure": current.surface if current else None,
                "current_source": current.attribution.source_id.removeprefix("src:")
                if current
                else None,
                "current_published": current.published.isoformat() if current else None,
                "findings": counted[est.variable_id],
            }


def _figures_by_event(report: Report) -> dict[str | None, dict[str, list[NumericClaim]]]:
    """Per event, its figures by variable: numeric claims, not increments nor the earlier
    number of a change, in report order."""
    doc_event = {d.id: d.event for d in report.documents}
    figures: dict[str | None, dict[str, list[NumericClaim]]] = {}
    claims = dict(zip(map(attrgetter("id"), report.claims), report.claims, strict=True))
    for c in claims.values():
        if isinstance(c, NumericClaim) and c.change not in ("increment", "previous"):
            event = doc_event.get(c.span.doc_id)
            figures.setdefault(event, {}).setdefault(c.variable_id, []).append(c)
    return figures


def csv_text(rows: list[dict[str, Any]], *, header: bool) -> str:
    """Rows as CSV text (RFC 4180, ``\\r\\n`` line ends), with the header line if asked."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if header:
        writer.writerow(EVENT_COLUMNS)
    writer.writerows(map(_EVENT_VALUES, rows))
    return buffer.getvalue()


def sqlite_rows(report: Report) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every SQLite table for a report, in column order."""
    doc_event = {d.id: d.event for d in report.documents}
    event_of_finding = {f: e.id for e in report.events for f in e.findings}
    tables: dict[str, list[tuple[Any, ...]]] = {name: [] for name in SQLITE_TABLES}
    for event in report.events:
        tables["events"].append(
            (
                event.id,
                event.label,
                event.start.isoformat(),
                event.end.isoformat(),
                "; ".join(event.places),
                int(event.inferred),
                len(event.documents),
                len(event.findings),
            )
        )
    for row in event_rows(report):
        tables["event_variables"].append(_EVENT_VALUES(row))
    for d in report.documents:
        tables["documents"].append(
            (
                d.id,
                d.event,
                d.publisher,
                d.published.isoformat(),
                d.url,
                d.title,
                d.sha256,
                d.characters,
            )
        )
    events = sorted({e for e in doc_event.values() if e is not None})
    for event in events or [None]:
        for s in report.sources:
            tables["sources"].append((event, s.id, s.name, s.role))
    for c in report.claims:
        numeric = isinstance(c, NumericClaim)
        tables["claims"].append(
            (
                c.id,
                doc_event.get(c.span.doc_id),
                c.span.doc_id,
                c.span.start,
                c.span.end,
                c.kind,
                c.surface,
                c.variable_id,
                _num(c.value) if numeric else None,
                _num(c.interval.low) if numeric else None,
                _num(c.interval.high) if numeric else None,
                c.qualifier if numeric else None,
                c.attribution.source_id,
                c.attribution.kind,
                c.published.isoformat(),
                c.refers_to.start.isoformat() if c.refers_to else None,
                c.refers_to.end.isoformat() if c.refers_to else None,
                json.dumps(c.model_dump(mode="json"), sort_keys=True, ensure_ascii=False),
            )
        )
    for f in report.findings:
        tables["findings"].append(
            (
                f.id,
                event_of_finding.get(f.id),
                f.code,
                f.rule,
                f.severity,
                f.variable_id,
                f.message,
                " ".join(f.claim_ids),
                json.dumps(f.model_dump(mode="json"), sort_keys=True, ensure_ascii=False),
            )
        )
    return tables


def sqlite_schema() -> list[str]:
    """The CREATE TABLE statements of the SQLite output."""
    statements = []
    for name, columns in SQLITE_TABLES.items():
        quoted = []
        for column in columns:
            field, _, rest = column.partition(" ")
            quoted.append(f'"{field}" {rest}')
        statements.append(f"CREATE TABLE {name} ({', '.join(quoted)})")
    return statements
