"""One event's outputs of an archive run, made where the event was analysed.

An archive run (``--format events-jsonl``, ``--csv``, ``--sqlite``) writes each event's
report line and table rows as it goes. Rendering them is a pure function of the event's
analysis, so a worker process renders its own events and sends back strings and rows
(:class:`RenderedEvent`), not the event's models: the parent process only writes. The
bytes are the same whichever process renders; the report line stays the UTF-8 bytes
orjson made (:func:`reconcile.report.report_line_bytes`) all the way to the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reconcile.events import EventAnalysis
from reconcile.models import RuleFailure
from reconcile.render.tables import csv_text, event_rows, sqlite_rows
from reconcile.report import report_from_events, report_line_bytes

__all__ = ["EventOutputs", "RenderedEvent", "render_event"]


@dataclass(frozen=True)
class EventOutputs:
    """What to render of each event: the report line, the CSV rows, the SQLite rows."""

    rules_run: tuple[str, ...]
    policy: str = "reconcile"
    line: bool = False
    csv: bool = False
    sqlite: bool = False


@dataclass(frozen=True)
class RenderedEvent:
    """One event's rendered outputs (``None`` where not asked): its report line as UTF-8
    bytes (one line of JSON and its newline, as written), its CSV rows as text, its
    SQLite rows; its rules' failures and its findings' severities (which decide the exit
    code)."""

    event_id: str
    line: bytes | None
    csv: str | None
    sqlite: dict[str, list[tuple[Any, ...]]] | None
    errors: list[RuleFailure]
    severities: tuple[str, ...]


def render_event(analysis: EventAnalysis, outputs: EventOutputs) -> RenderedEvent:
    """The event's one-event report, rendered as ``outputs`` asks."""
    report = report_from_events(
        [analysis], rules_run=list(outputs.rules_run), policy=outputs.policy
    )
    return RenderedEvent(
        event_id=analysis.event_id,
        line=report_line_bytes(report) if outputs.line else None,
        csv=csv_text(list(event_rows(report)), header=False) if outputs.csv else None,
        sqlite=sqlite_rows(report) if outputs.sqlite else None,
        errors=list(report.errors),
        severities=tuple(f.severity for f in report.findings),
    )
