"""JSON Lines: one finding per line (the Finding object of the report, keys sorted), for
``jq``, ``grep`` and stream processing. Each line validates against the schema's
``Finding`` definition; JSON escaping keeps any newline of a document inside its line.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from reconcile.models import Document, Report


def render_jsonl(report: Report, documents: Sequence[Document] = ()) -> str:
    """One JSON object per finding, one per line, in the report's order."""
    return "".join(
        json.dumps(f.model_dump(mode="json"), sort_keys=True, ensure_ascii=False) + "\n"
        for f in report.findings
    )
