"""The command line: exit codes, formats, output files, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reconcile.cli import main

SEED = Path(__file__).resolve().parent.parent / "cases" / "khorugh-2012"


def test_seed_text_view_exits_1_with_findings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED)]) == 1
    out = capsys.readouterr().out
    assert "killed / security forces" in out
    assert "prosecutors via RFE/RL" in out
    assert "R501 verbatim-repeat" in out


def test_seed_json_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(SEED), "--format", "json"])
    first = capsys.readouterr().out
    main(["check", str(SEED), "--format", "json"])
    assert capsys.readouterr().out == first
    assert json.loads(first)["schema_version"]


def test_exit_zero_and_fail_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED), "--exit-zero"]) == 0
    assert main(["check", str(SEED), "--fail-on", "error"]) == 0  # warnings and infos only
    assert main(["check", str(SEED), "--fail-on", "warning"]) == 1  # R102 is a warning
    assert main(["check", str(SEED), "--ignore", "R1,R2,R5"]) == 0


def test_output_file_and_graphml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, graph = tmp_path / "r.json", tmp_path / "g.graphml"
    assert (
        main(["check", str(SEED), "--format", "json", "-o", str(out), "--graphml", str(graph)]) == 1
    )
    assert capsys.readouterr().out == ""
    assert json.loads(out.read_text())["claims"]
    import networkx as nx

    G = nx.read_graphml(graph)
    kinds = {data["kind"] for _, data in G.nodes(data=True)}
    assert kinds == {"source", "document", "sentence", "claim", "variable"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.graphml", "r.json"]


def test_bare_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Police said 3 protesters were detained on Monday.", encoding="utf-8")
    code = main(
        [
            "check",
            str(article),
            "--publisher",
            "RFE/RL",
            "--published",
            "2012-07-29",
            "--format",
            "json",
        ]
    )
    assert code == 0
    (claim,) = json.loads(capsys.readouterr().out)["claims"]
    assert claim["variable_id"] == "var:arrested/people"
    assert claim["refers_to"]["start"] == "2012-07-23"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["check", "nowhere/"], "nowhere"),
        (["check", "{tmp}/bad.txt", "--publisher", "P", "--published", "2020-01-01"], "not UTF-8"),
        (["check", "{tmp}/ok.txt", "--publisher", "P", "--published", "yesterday"], "ISO 8601"),
        (["check", "{tmp}/ok.txt"], "--publisher and --published"),
        (["check", str(SEED), "--select", "R777"], "R777"),
        (["check", str(SEED), "--format", "yaml"], "invalid choice"),
        (["rules", "R777"], "unknown rule"),
        (["check", str(SEED), "-o", "{tmp}/no/such/dir/r.json"], "does not exist"),
    ],
)
def test_bad_input_one_line_exit_2_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "ok.txt").write_text("Two died.", encoding="utf-8")
    before = sorted(tmp_path.rglob("*"))
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    with pytest.raises(SystemExit) if "yaml" in args else _nothing() as caught:
        code = main(args)
    if caught is not None:
        code = caught.value.code
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], captured.err
    assert "Traceback" not in captured.err
    assert sorted(tmp_path.rglob("*")) == before


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False


def test_rules_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    assert "R101  conflicting-counts" in listing
    assert main(["rules", "R501"]) == 0
    assert "**What it flags**" in capsys.readouterr().out


def test_eval_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(SEED)]) == 0
    assert "khorugh-2012" in capsys.readouterr().out


def test_policy_changes_the_estimates(capsys: pytest.CaptureFixture[str]) -> None:
    blast = SEED.parent / "blast-toll-revised"
    bests = {}
    for policy in ("reconcile", "conservative", "minmax", "ucdp"):
        main(["check", str(blast), "--format", "json", "--policy", policy])
        report = json.loads(capsys.readouterr().out)
        assert report["policy"] == policy
        (est,) = [e for e in report["estimates"] if e["variable_id"] == "var:killed/people"]
        bests[policy] = (est["low"], est["best"], est["high"])
    # the Courier's 21 (Tuesday) is overtaken by the ministry's update to 23 (Wednesday,
    # rule R203): the default policy's best is the current figures' median, 23
    assert bests == {
        "reconcile": (20, 23, 23),
        "conservative": (20, 20, 20),
        "minmax": (20, None, 23),
        "ucdp": (20, 20, 23),
    }


def test_config_file_and_command_line_precedence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "reconcile.toml").write_text('select = ["R5"]\nfail-on = "warning"\n')
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(SEED)]) == 0  # only R501 (info) runs, fail-on warning
    assert main(["check", str(SEED), "--fail-on", "info"]) == 1
    assert main(["check", str(SEED), "--select", "R1"]) == 1  # R102 is a warning
    capsys.readouterr()
    (tmp_path / "reconcile.toml").write_text('colour = "blue"\n')
    assert main(["check", str(SEED)]) == 2
    err = capsys.readouterr().err
    assert "unknown setting 'colour'" in err and len(err.strip().splitlines()) == 1


def test_pyproject_tool_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.reconcile]\nignore = ["R1", "R2", "R5"]\n')
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(SEED)]) == 0


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "R203"]) == 0
    assert "superseded-figure" in capsys.readouterr().out


def test_output_file_has_ordinary_permissions(tmp_path: Path) -> None:
    import os
    import stat

    out = tmp_path / "r.json"
    main(["check", str(SEED), "--format", "json", "-o", str(out), "--exit-zero"])
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_nothing_written_when_the_config_is_bad(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "reconcile.toml").write_text('fail-on = "warn"\n')
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(SEED), "-o", "r.json"]) == 2
    assert not (tmp_path / "r.json").exists()
    assert "fail-on" in capsys.readouterr().err


def test_graphml_to_a_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["check", str(SEED), "-o", str(tmp_path / "r.json"), "--graphml", str(tmp_path)]) == 2
    )
    assert not (tmp_path / "r.json").exists()
    assert "is a folder" in capsys.readouterr().err


def test_empty_select_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED), "--select", ","]) == 2
    assert "at least one rule code" in capsys.readouterr().err


def test_publisher_option_with_a_case_folder_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED), "--publisher", "X"]) == 2
    assert "bare text files only" in capsys.readouterr().err


def test_huge_numbers_never_make_invalid_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Officials said " + "9" * 320 + " people died.", encoding="utf-8")
    main(
        ["check", str(article), "--publisher", "P", "--published", "2020-01-01", "--format", "json"]
    )
    out = capsys.readouterr().out
    assert "Infinity" not in out and json.loads(out)["claims"] == []


def test_conflict_window_from_option_and_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blast = SEED.parent / "blast-toll-revised"

    def conflicts(*extra: str) -> list[str]:
        main(["check", str(blast), "--format", "json", "--select", "R101", *extra])
        report = json.loads(capsys.readouterr().out)
        return [f["message"].split(" cannot")[0] for f in report["findings"]]

    monkeypatch.chdir(tmp_path)
    assert any("within 2 days" in m for m in conflicts())
    assert all("stated on" in m for m in conflicts("--conflict-window", "1"))
    (tmp_path / "reconcile.toml").write_text("conflict-window = 1\n")
    assert all("stated on" in m for m in conflicts())
    assert main(["check", str(blast), "--conflict-window", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "conflict-window" in err
