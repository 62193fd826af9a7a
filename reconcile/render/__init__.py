"""Output formats: each a pure function ``Report -> str``."""

from __future__ import annotations

from collections.abc import Callable

from reconcile.models import Report
from reconcile.render.json import render_json
from reconcile.render.text import render_text

RENDERERS: dict[str, Callable[[Report], str]] = {"text": render_text, "json": render_json}

__all__ = ["RENDERERS", "render_json", "render_text"]
