"""Output formats: one module per format, each a pure function of the report (and, for the
formats that point into the texts, the documents) returning a string.

``render(format, report, documents)`` picks one; :data:`FORMATS` lists them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reconcile.models import Document, Report
from reconcile.render.github import render_github
from reconcile.render.html import render_html
from reconcile.render.json import render_json
from reconcile.render.jsonl import render_jsonl
from reconcile.render.sarif import render_sarif
from reconcile.render.statistics import render_statistics, render_statistics_json
from reconcile.render.text import render_text

Renderer = Callable[[Report, Sequence[Document]], str]

RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "jsonl": render_jsonl,
    "sarif": render_sarif,
    "github": render_github,
    "html": render_html,
}
FORMATS = sorted(RENDERERS)


def render(
    fmt: str,
    report: Report,
    documents: Sequence[Document] = (),
    *,
    colour: bool = False,
    width: int | None = None,
) -> str:
    """Render the report in one of :data:`FORMATS`; colour and width apply to the text view
    only."""
    if fmt == "text":
        return render_text(report, documents, colour=colour, width=width)
    return RENDERERS[fmt](report, documents)


__all__ = [
    "FORMATS",
    "RENDERERS",
    "Renderer",
    "render",
    "render_github",
    "render_html",
    "render_json",
    "render_jsonl",
    "render_sarif",
    "render_statistics",
    "render_statistics_json",
    "render_text",
]
