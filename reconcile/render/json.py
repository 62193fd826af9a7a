"""The JSON report: the Report model, keys sorted, deterministic byte for byte."""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.models import Document, Report
from reconcile.report import report_json


def render_json(report: Report, documents: Sequence[Document] = ()) -> str:
    """Render the report as JSON (see docs/report.schema.json)."""
    return report_json(report)
