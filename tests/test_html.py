"""The HTML report: self-contained, escaped, internally linked; and rendered by a real
browser (headless Chromium, Debian's package) with no console errors."""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import case_dirs

from reconcile.api import analyse
from reconcile.io import load_paths
from reconcile.models import Document
from reconcile.render import render_html

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_CASES = ["khorugh-2012", "blast-toll-revised"]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name == "href" and value:
                self.hrefs.append(value)


def _page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


@pytest.mark.parametrize("case", case_dirs(), ids=lambda p: p.name)
def test_html_is_self_contained_and_every_link_resolves(case: Path) -> None:
    documents = load_paths([case])
    report = analyse(documents).report
    html = render_html(report, documents)
    assert html == render_html(report, documents)  # deterministic
    page = _page(html)
    assert not {"script", "link", "img", "iframe", "object"} & set(page.tags)
    assert not [v for k, v in page.attrs if k == "src"]
    assert all(href.startswith("#") for href in page.hrefs), "no link leaves the page"
    assert len(page.ids) == len(set(page.ids)), "ids are unique"
    assert {h[1:] for h in page.hrefs} <= set(page.ids), "every link has its target"
    assert html.count("class='finding ") == len(report.findings)
    numeric = {
        c.variable_id for c in report.claims if c.kind == "numeric" and c.change != "increment"
    }
    assert html.count('<svg class="chart"') == len(numeric)
    for doc in documents:
        assert f"id='doc-{doc.id}'" in html
    for claim in report.claims:
        assert f"span-{claim.span.doc_id}-{claim.span.start}-{claim.span.end}" in page.ids


def test_document_text_and_names_are_escaped() -> None:
    evil = Document(
        id="evil",
        publisher="<b>Wire</b>\n<script>alert(1)</script>",
        published="2020-05-01",
        title='"><img src=x onerror=alert(1)>',
        text="<script>alert('x')</script> Police said 3 people were killed.\n"
        "The army said 5 people were killed & <i>buried</i>.",
    )
    report = analyse([evil]).report
    html = render_html(report, [evil])
    page = _page(html)
    assert "script" not in page.tags and "img" not in page.tags and "i" not in page.tags
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Wire&lt;/b&gt;\\n&lt;script&gt;" in html  # the newline made visible
    assert "&amp; &lt;i&gt;buried&lt;/i&gt;" in html


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr",
        "--log-level=0",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@functools.cache
def _why_no_browser() -> str:
    """Why the browser tests cannot run here ('' when they can)."""
    if CHROMIUM is None:
        return (
            "headless Chromium not found: install Debian's 'chromium' package (.ci/run "
            "tries to) to run the browser test"
        )
    with tempfile.TemporaryDirectory() as tmp:
        try:
            probe = _chromium(Path(tmp), "--dump-dom", "about:blank")
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"{CHROMIUM} does not start: {exc}"
    if probe.returncode != 0 or "<html" not in probe.stdout:
        return f"{CHROMIUM} cannot render a blank page (exit {probe.returncode})"
    return ""


@pytest.fixture
def browser() -> None:
    reason = _why_no_browser()
    if reason:
        pytest.skip(reason)


def test_the_console_check_catches_errors(tmp_path: Path, browser: None) -> None:
    """A negative control: a page that loads from the network and runs a script is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><html><head><meta http-equiv='Content-Security-Policy' "
        "content=\"default-src 'none'\"></head><body><img src='http://example.invalid/x.png'>"
        "<script>console.error('boom')</script></body></html>",
        encoding="utf-8",
    )
    result = _chromium(tmp_path, "--dump-dom", bad.as_uri())
    assert _console(result.stderr), result.stderr[-2000:]


@pytest.mark.parametrize("name", BROWSER_CASES)
def test_html_report_renders_in_chromium(name: str, tmp_path: Path, browser: None) -> None:
    case = ROOT / "cases" / name
    documents = load_paths([case])
    report = analyse(documents).report
    page = tmp_path / "report.html"
    page.write_text(render_html(report, documents), encoding="utf-8")
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert _console(dom.stderr) == [], "console errors or blocked loads"
    numeric = {
        c.variable_id for c in report.claims if c.kind == "numeric" and c.change != "increment"
    }
    assert len(re.findall(r'<svg class="chart"', dom.stdout)) == len(numeric) > 0
    assert len(re.findall(r"<circle ", dom.stdout)) >= len(numeric)
    assert len(re.findall(r'<article class="finding ', dom.stdout)) == len(report.findings)
    shot = tmp_path / f"{name}.png"
    taken = _chromium(tmp_path, "--window-size=1200,2000", f"--screenshot={shot}", page.as_uri())
    assert taken.returncode == 0, taken.stderr[-2000:]
    assert _console(taken.stderr) == []
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    # RECONCILE_SCREENSHOT=docs/html-report.png refreshes the README's image (blast case)
    keep = os.environ.get("RECONCILE_SCREENSHOT")
    if keep and name == "blast-toll-revised":
        shutil.copy(shot, keep)
