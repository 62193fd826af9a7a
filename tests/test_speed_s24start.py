"""The start of a run: what a run leaves unimported."""

from __future__ import annotations

import subprocess
import sys

from reconcile import Document, check
from reconcile.render import FORMATS, RENDERERS, render, render_json, render_text


def _imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_the_command_line_loads_no_renderer_it_does_not_use() -> None:
    loaded = _imported_after("import reconcile.cli")
    assert "rich" not in loaded
    assert {"reconcile.render.text", "reconcile.render.html", "reconcile.evaluate"}.isdisjoint(
        loaded
    )


def test_the_renderers_are_still_importable_from_the_package() -> None:
    assert sorted(RENDERERS) == FORMATS
    report = check(
        [Document(text="Four people died, police said.", publisher="Wire", published="2021-01-02")]
    )
    assert render("json", report) == render_json(report, ())
    assert render("text", report, width=90) == render_text(report, (), width=90)
    assert all(
        RENDERERS[fmt](report, ()) == render(fmt, report) for fmt in FORMATS if fmt != "text"
    )
