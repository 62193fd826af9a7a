"""An archive run's report lines stay the UTF-8 bytes orjson wrote, from the worker to the
file: the same bytes as the text line encoded, to a file or to standard output."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from conftest import case_dirs

from reconcile.api import check, render_events
from reconcile.cli import main
from reconcile.io import load_paths
from reconcile.models import Document
from reconcile.report import report_line, report_line_bytes

# Our own words: a toll revised, a place name with an accent, curly quotes.
_TEXTS = [
    "The governor of Ostrava-Jih said 14 people were killed when a fuel truck exploded on "
    "Friday. “We are still searching the rubble,” she said.",
    "Rescue workers in Ostrava-Jih said the toll from Friday’s explosion rose to 17, with "
    "29 injured, according to the regional hospital in Třebovice.",
    "A fire at a market in Kessa on Monday killed three traders, the police said.",
]


def _archive(tmp_path: Path) -> Path:
    docs = [
        Document(
            id=f"d{k}",
            text=text,
            publisher=f"Paper {k}",
            published=f"2024-06-{7 + k:02d}T09:00:00Z",
        )
        for k, text in enumerate(_TEXTS)
    ]
    path = tmp_path / "archive.jsonl"
    path.write_text("".join(d.model_dump_json() + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.mark.parametrize("case", case_dirs(), ids=lambda p: p.name)
def test_the_line_bytes_are_the_text_line_encoded(case: Path) -> None:
    report = check(load_paths([case]))
    assert report_line_bytes(report) == report_line(report).encode("utf-8")


def test_rendered_lines_are_bytes_and_one_line_each(tmp_path: Path) -> None:
    docs = load_paths([_archive(tmp_path)])
    lines = [event.line for event in render_events(docs, line=True)]
    assert lines and all(isinstance(line, bytes) for line in lines)
    assert all(line.endswith(b"\n") and line.count(b"\n") == 1 for line in lines)  # type: ignore[union-attr]
    assert any("Třebovice".encode() in line for line in lines)  # type: ignore[operator]


def test_standard_output_gets_the_bytes_a_file_gets(
    tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    archive = _archive(tmp_path)
    out = tmp_path / "events.jsonl"
    args = ["check", str(archive), "--format", "events-jsonl", "--exit-zero", "--jobs", "1"]
    assert main([*args, "-o", str(out)]) == 0
    capfdbinary.readouterr()
    assert main([*args, "-o", "-"]) == 0
    written = capfdbinary.readouterr().out
    assert written == out.read_bytes()
    assert written.count(b"\n") >= 2 and "Třebovice".encode() in written


def test_a_text_stream_in_place_of_standard_output_gets_the_lines_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = _archive(tmp_path)
    out = tmp_path / "events.jsonl"
    args = ["check", str(archive), "--format", "events-jsonl", "--exit-zero", "--jobs", "1"]
    assert main([*args, "-o", str(out)]) == 0
    text = io.StringIO()  # a caller's stream: no byte stream under it
    monkeypatch.setattr(sys, "stdout", text)
    assert main([*args, "-o", "-"]) == 0
    assert text.getvalue() == out.read_text(encoding="utf-8")
