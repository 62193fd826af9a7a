"""The command line's outputs: formats, stdin and '-' for stdout, statistics, graph, rules,
colour and progress."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import networkx as nx
import pytest

from reconcile.cli import main

SEED = Path(__file__).resolve().parent.parent / "cases" / "khorugh-2012"


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_json_lines(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    lines = [
        {
            "text": "Police said 3 people were killed.",
            "publisher": "A",
            "published": "2020-05-01",
            "event": "blast",  # one event: rules compare within an event (docs/events.md)
        },
        {
            "text": "The army said 5 people were killed.",
            "publisher": "B",
            "published": "2020-05-01",
            "event": "blast",
        },
    ]
    data = "".join(json.dumps(line) + "\n" for line in lines).encode()
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    assert main(["check", "-", "--format", "jsonl"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["code"] for line in out] == ["R101"]


def test_stdin_plain_text_needs_publisher(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"Police said 3 people were killed."))
    assert main(["check", "-"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "<stdin>" in err[0] and "--publisher" in err[0]
    monkeypatch.setattr(sys, "stdin", _Stdin(b"Police said 3 people were killed."))
    code = main(["check", "-", "--publisher", "P", "--published", "2020-05-01", "--format", "json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"][0]["id"] == "stdin"


def test_dash_output_is_stdout_and_graphml_dash(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(SEED), "--format", "json", "-o", "-"]) == 1
    assert json.loads(capsys.readouterr().out)["summary"]["findings"] == 9
    assert main(["check", str(SEED), "-o", "r.json", "--format", "json", "--graphml", "-"]) == 1
    G = nx.parse_graphml(capsys.readouterr().out)
    assert G.number_of_nodes() > 20
    assert json.loads((tmp_path / "r.json").read_text())["claims"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]  # no file called '-'
    assert main(["check", str(SEED), "--graphml", "-"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "-o FILE" in err[0]


def test_statistics(capsys: pytest.CaptureFixture) -> None:
    assert main(["check", str(SEED), "--statistics"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["7", "R501"]
    assert lines[-1] == "9 findings: 0 errors, 1 warning, 8 info"
    assert main(["check", str(SEED), "--statistics", "--format", "json"]) == 1
    assert {r["code"] for r in json.loads(capsys.readouterr().out)} == {"R102", "R202", "R501"}
    assert main(["check", str(SEED), "--statistics", "--format", "sarif"]) == 2


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_graph_command(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / f"g.{fmt}"
    assert main(["graph", str(SEED), "--format", fmt, "-o", str(out)]) == 0
    assert out.read_text("utf-8").strip()
    assert main(["graph", str(SEED), "--format", fmt]) == 0
    assert capsys.readouterr().out == out.read_text("utf-8")


def test_rules_json(capsys: pytest.CaptureFixture) -> None:
    assert main(["rules", "--format", "json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert rules[0]["code"] == "R101" and "**What it flags**" in rules[0]["doc"]
    assert main(["rules", "R501", "--format", "json"]) == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["verbatim-repeat"]


@pytest.mark.parametrize("fmt", ["sarif", "github", "jsonl", "json", "text", "html"])
def test_formats_from_the_command_line(fmt: str, capsys: pytest.CaptureFixture) -> None:
    assert main(["check", str(SEED), "--format", fmt]) == 1
    captured = capsys.readouterr()
    assert captured.out and captured.err == ""  # no progress bar when stderr is no terminal
    if fmt == "github":
        assert len(captured.out.splitlines()) == 9
        assert "file=" + str(SEED / "documents" / "rferl-khorugh-2012-07-29.txt") in captured.out


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_on_a_terminal_unless_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    for no_color, expect in (("", True), ("1", False)):
        monkeypatch.setenv("NO_COLOR", no_color)
        monkeypatch.setenv("TERM", "xterm")
        fake = _Tty()
        monkeypatch.setattr(sys, "stdout", fake)
        monkeypatch.setattr(sys, "stderr", _Tty())
        assert main(["check", str(SEED)]) == 1
        assert ("\x1b[" in fake.getvalue()) is expect


@pytest.mark.parametrize(
    ("args", "stdin", "needle"),
    [
        (
            ["check", "-"],
            b'{"text": "Two died.", "publisher": "P", "published": "2020-01-01"}\n{',
            "<stdin>:2",
        ),
        (["check", "-"], b"\xff\xfe bad", "<stdin>"),
        (["graph", "nowhere/"], b"", "nowhere"),
        (["graph", str(SEED), "-o", "{tmp}/no/such/dir/g.graphml"], b"", "does not exist"),
        (["check", str(SEED), "--format", "html", "-o", "{tmp}"], b"", "is a folder"),
    ],
)
def test_new_inputs_and_outputs_fail_in_one_line(
    args: list[str],
    stdin: bytes,
    needle: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(stdin))
    before = sorted(tmp_path.rglob("*"))
    assert main([a.replace("{tmp}", str(tmp_path)) for a in args]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert captured.out == "" and len(lines) == 1 and needle in lines[0], captured.err
    assert "Traceback" not in captured.err
    assert sorted(tmp_path.rglob("*")) == before


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    terminal = _Tty()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["check", str(SEED), "--exit-zero"]) == 0
    assert "document(s)" in terminal.getvalue()  # the bar drew at least once
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    assert main(["check", str(SEED), "--exit-zero"]) == 0
    assert piped.getvalue() == ""


def test_force_color_when_piped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stdout", piped)
    assert main(["check", str(SEED), "--exit-zero"]) == 0
    assert "\x1b[" in piped.getvalue()
