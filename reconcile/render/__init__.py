"""Output formats: one module per format, each a pure function of the report (and, for the
formats that point into the texts, the documents) returning a string.

``render(format, report, documents)`` picks one; :data:`FORMATS` lists them.

A format's module is imported when it is first asked for, not with the package: a run
writing JSON or an archive's event tables (``render.events``) does not load the text
view's rich or the HTML and SARIF writers. ``from reconcile.render import render_text``
and :data:`RENDERERS` still work (module ``__getattr__``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any

from reconcile.models import Document, Report

Renderer = Callable[[Report, Sequence[Document]], str]

#: The formats: each is rendered by ``render_<format>`` of module ``<format>`` here.
FORMATS = sorted(["text", "json", "jsonl", "sarif", "github", "html"])

#: The functions importable from the package, and the module each lives in.
_MODULE_OF = {f"render_{fmt}": fmt for fmt in FORMATS} | {
    "render_statistics": "statistics",
    "render_statistics_json": "statistics",
}


def _imported(function: str) -> Any:
    return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[function]}"), function)


def renderer(fmt: str) -> Renderer:
    """The function that renders one of :data:`FORMATS` (its module imported now); a
    KeyError for any other name."""
    if fmt not in FORMATS:
        raise KeyError(fmt)
    return _imported(f"render_{fmt}")


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
        return renderer("text")(report, documents, colour=colour, width=width)
    return renderer(fmt)(report, documents)


def __getattr__(name: str) -> Any:
    """The renderers, imported on first use (PEP 562)."""
    if name == "RENDERERS":
        return {fmt: renderer(fmt) for fmt in FORMATS}
    if name in _MODULE_OF:
        return _imported(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "renderer",
]
