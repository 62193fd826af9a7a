"""Hostile and broken input (issue 12): never lose a document, never destroy data, never
read outside the case, never hang on an odd file; --keep-going skips and lists.

BUGS: one test per broken behaviour found by trying the engine as a hostile user would.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import reconcile
from reconcile import cli
from reconcile.cli import main
from reconcile.errors import InputError
from reconcile.io import load_inputs, load_paths

MANIFEST = """
[[document]]
file = "a.txt"
publisher = "Wire"
published = 2020-05-01
"""
ROW = {"text": "Police said 3 people were killed.", "publisher": "W", "published": "2020-01-01"}


def _case(folder: Path, manifest: str = MANIFEST, text: str = "Police said 2 died.") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "documents.toml").write_text(manifest, encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return folder


def _one_error_line(capsys: pytest.CaptureFixture[str], needle: str) -> None:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], err
    assert "Traceback" not in err


# --- lost document: unknown manifest keys ---------------------------------------------------


def test_a_documents_typo_beside_document_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Police said 5 died.", encoding="utf-8")
    typo = MANIFEST + '\n[[documents]]\nfile = "b.txt"\npublisher = "W"\npublished = 2020-05-02\n'
    with pytest.raises(InputError, match="unknown top-level key 'documents'"):
        load_paths([_case(tmp_path, typo)])


def test_an_unknown_top_level_key_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown top-level key 'title'"):
        load_paths([_case(tmp_path, 'title = "x"\n' + MANIFEST)])


# --- destroyed data: an output naming an input ----------------------------------------------


@pytest.mark.parametrize("target", ["a.txt", "documents.toml", "alias.txt"])
def test_output_naming_an_input_of_a_case_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    case = _case(tmp_path / "case")
    os.link(case / "a.txt", case / "alias.txt")  # the same file under another name
    before = {p.name: p.read_bytes() for p in case.iterdir()}
    assert main(["check", str(case), "-o", str(case / target)]) == 2
    _one_error_line(capsys, "names an input file")
    assert {p.name: p.read_bytes() for p in case.iterdir()} == before


def test_output_naming_a_bare_text_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Police said 3 people were killed.", encoding="utf-8")
    args = ["check", str(article), "--publisher", "P", "--published", "2020-01-01"]
    assert main([*args, "-o", str(article)]) == 2
    assert main([*args, "--graphml", str(article)]) == 2
    assert article.read_text(encoding="utf-8") == "Police said 3 people were killed."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]


def test_a_streamed_run_refuses_an_output_naming_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "archive.jsonl"
    line = (
        '{"text": "Police said 3 people were killed.", "publisher": "P", "published": "2020-01-01"}'
    )
    archive.write_text(line + "\n", encoding="utf-8")
    for option in (["--format", "events-jsonl", "-o"], ["--csv"]):
        assert main(["check", str(archive), *option, str(archive)]) == 2
        assert "names an input file" in capsys.readouterr().err
    assert archive.read_text(encoding="utf-8") == line + "\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.jsonl"]


def test_keep_going_on_a_streamed_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "archive.jsonl"
    good = (
        '{"text": "Police said 3 people were killed.", "publisher": "P", "published": "2020-01-01"}'
    )
    archive.write_text(good + "\nnot json\n", encoding="utf-8")
    assert main(["check", str(archive), "--format", "events-jsonl"]) == 2
    assert "archive.jsonl:2" in capsys.readouterr().err
    assert main(["check", str(archive), "--format", "events-jsonl", "--keep-going"]) in (0, 1)
    captured = capsys.readouterr()
    assert '"documents"' in captured.out or '"event' in captured.out
    assert "archive.jsonl:2" in captured.err and "skipped: --keep-going" in captured.err


# --- library contract: duplicate ids ----------------------------------------------------------


def test_check_refuses_the_same_document_twice() -> None:
    doc = reconcile.Document(text="Police said 3 died.", publisher="W", published="2020-01-01")
    with pytest.raises(InputError, match="the same document is given twice"):
        reconcile.check([doc, doc])


def test_check_refuses_two_documents_with_one_id() -> None:
    a = reconcile.Document(
        id="x", text="Police said 3 died.", publisher="W", published="2020-01-01"
    )
    b = reconcile.Document(
        id="x", text="Police said 9 died.", publisher="V", published="2020-01-02"
    )
    with pytest.raises(InputError, match=r"'x'.*own id"):
        reconcile.analyse([a, b])


# --- interrupts -------------------------------------------------------------------------------


def test_ctrl_c_is_one_line_and_exit_130(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "analyse", interrupted)
    case = _case(tmp_path / "case")
    assert main(["check", str(case), "-o", str(tmp_path / "r.json")]) == 130
    assert capsys.readouterr().err == "reconcile: interrupted\n"
    assert not (tmp_path / "r.json").exists()


def test_an_interrupted_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cli._write_atomic(tmp_path / "r.json", "{}")
    assert list(tmp_path.iterdir()) == []


def test_a_killed_runs_temporary_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True).stdout.strip()  # fmt: skip
    stale = tmp_path / f".r.json.{gone}.0.reconcile-tmp"
    stale.write_text("half a report")
    cli._write_atomic(tmp_path / "r.json", "{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_sigterm_during_a_run_unwinds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def terminated(*args: object, **kwargs: object) -> None:
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(cli, "analyse", terminated)
    with pytest.raises(SystemExit) as caught:
        main(["check", str(_case(tmp_path / "case")), "-o", str(tmp_path / "r.json")])
    assert caught.value.code == 128 + signal.SIGTERM
    assert not (tmp_path / "r.json").exists()


# --- containment --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["../secret.txt", "{abs}", "link.txt"])
def test_a_manifest_cannot_read_outside_its_case(tmp_path: Path, name: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Police said 7 people were killed.", encoding="utf-8")
    case = tmp_path / "case"
    case.mkdir()
    (case / "link.txt").symlink_to(secret)
    name = name.replace("{abs}", str(secret))
    _case(case, MANIFEST.replace("a.txt", name))
    with pytest.raises(InputError, match="outside the case folder"):
        load_paths([case])
    (doc,) = load_paths([case], allow_outside=True)
    assert "7 people" in doc.text


def test_a_manifest_symlinked_from_outside_is_refused(tmp_path: Path) -> None:
    elsewhere = _case(tmp_path / "elsewhere")
    case = tmp_path / "case"
    case.mkdir()
    (case / "documents.toml").symlink_to(elsewhere / "documents.toml")
    with pytest.raises(InputError, match="outside the case folder"):
        load_paths([case])


def test_allow_outside_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "secret.txt").write_text("Police said 7 people died.", encoding="utf-8")
    case = _case(tmp_path / "case", MANIFEST.replace("a.txt", "../secret.txt"))
    assert main(["check", str(case)]) == 2
    _one_error_line(capsys, "outside the case folder")
    assert main(["check", str(case), "--allow-outside", "--format", "json"]) == 0


# --- odd files ----------------------------------------------------------------------------------


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    signal.alarm(20)  # a hang guard: opening a FIFO for reading used to block for ever
    try:
        with pytest.raises(InputError, match="FIFO"):
            load_paths([fifo], publisher="P", published="2020-01-01")
        _case(tmp_path / "case", MANIFEST.replace("a.txt", "pipe.txt"))
        os.mkfifo(tmp_path / "case" / "pipe.txt")
        with pytest.raises(InputError, match="FIFO"):
            load_paths([tmp_path / "case"])
    finally:
        signal.alarm(0)


def test_a_device_is_refused() -> None:
    with pytest.raises(InputError, match="device, not a regular file"):
        load_paths(["/dev/zero"], publisher="P", published="2020-01-01")


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Police said 3 people died. " * 100, encoding="utf-8")
    with pytest.raises(InputError, match="size limit"):
        load_paths([big], publisher="P", published="2020-01-01", max_size=1000)
    lines = tmp_path / "x.jsonl"
    lines.write_text(json.dumps(ROW) + "\n" + json.dumps({**ROW, "text": "x" * 2000}) + "\n")
    with pytest.raises(InputError, match=r"x\.jsonl:2: line larger than the size limit"):
        load_paths([lines], max_size=1000)


def test_max_size_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Police said 3 people died. " * 50_000, encoding="utf-8")
    args = ["check", str(big), "--publisher", "P", "--published", "2020-01-01"]
    assert main([*args, "--max-size", "1"]) == 2
    _one_error_line(capsys, "size limit of 1 MB")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", "x.jsonl:2: not valid JSON (nested"),
        (json.dumps({**ROW, "text": "\ud800 died"}), "x.jsonl:2: text: not valid Unicode"),
        (json.dumps({**ROW, "publisher": "W\udfff"}), "x.jsonl:2: publisher: "),
    ],
)
def test_hostile_json_lines_name_the_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, reason: str
) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(ROW) + "\n" + line + "\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    _one_error_line(capsys, reason)


def test_a_lone_surrogate_is_refused_by_the_library_too() -> None:
    with pytest.raises(ValueError, match="lone surrogate U\\+D800"):
        reconcile.Document(text="Two \ud800 died.", publisher="W", published="2020-01-01")


# --- --keep-going -------------------------------------------------------------------------------


def _mixed_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "x.jsonl"
    rows = [json.dumps(ROW), "{oops", json.dumps({**ROW, "published": "yesterday"}),
            json.dumps({**ROW, "text": "Police said 4 people were hurt.", "id": "b"})]  # fmt: skip
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_keep_going_skips_and_lists_bad_lines(tmp_path: Path) -> None:
    inputs = load_inputs([_mixed_jsonl(tmp_path)], keep_going=True)
    assert len(inputs.documents) == 2
    assert [(s.where.rsplit("/", 1)[-1], s.reason.split(" (")[0]) for s in inputs.skipped] == [
        ("x.jsonl:2", "not valid JSON"),
        ("x.jsonl:3", "published: not an ISO 8601 date or datetime: 'yesterday'"),
    ]
    with pytest.raises(InputError, match=r"x\.jsonl:2"):
        load_inputs([_mixed_jsonl(tmp_path)])


def test_keep_going_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _mixed_jsonl(tmp_path)
    assert main(["check", str(path)]) == 2
    _one_error_line(capsys, "x.jsonl:2: not valid JSON")
    code = main(["check", str(path), "--keep-going", "--format", "json"])
    captured = capsys.readouterr()
    assert code in (0, 1)
    report = json.loads(captured.out)
    assert [s["where"].endswith(("x.jsonl:2", "x.jsonl:3")) for s in report["skipped"]] == [
        True,
        True,
    ]
    assert len(report["documents"]) == 2
    assert captured.err.count("(skipped: --keep-going)") == 2
    main(["check", str(path), "--keep-going"])
    assert "Input skipped (--keep-going)" in capsys.readouterr().out


def test_keep_going_skips_a_bad_manifest_entry_and_a_reused_id(tmp_path: Path) -> None:
    manifest = (
        MANIFEST + '\n[[document]]\nfile = "a.txt"\npublisher = "W"\npublished = 2020-05-01\n'
    )
    manifest += '\n[[document]]\nfile = "gone.txt"\npublisher = "W"\npublished = 2020-05-01\n'
    inputs = load_inputs([_case(tmp_path, manifest)], keep_going=True)
    assert len(inputs.documents) == 1
    reasons = sorted(s.reason for s in inputs.skipped)
    assert "already used" in reasons[0] and "missing file 'gone.txt'" in reasons[1]


def test_graph_output_naming_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = _case(tmp_path / "case")
    assert main(["graph", str(case), "-o", str(case / "a.txt")]) == 2
    _one_error_line(capsys, "names an input file")
    assert (case / "a.txt").read_text(encoding="utf-8") == "Police said 2 died."
