"""Every output format, produced from the seed and the worked cases and validated."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import jsonschema
import networkx as nx
import pytest
from conftest import case_dirs

from reconcile.api import analyse
from reconcile.gendocs import SCHEMA_PATH
from reconcile.io import load_paths
from reconcile.models import Document
from reconcile.render import (
    FORMATS,
    render,
    render_github,
    render_jsonl,
    render_sarif,
    render_statistics,
    render_statistics_json,
    render_text,
)
from reconcile.render.graph import GRAPH_FORMATS, render_graph

HERE = Path(__file__).resolve().parent
SARIF_SCHEMA = json.loads((HERE / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
REPORT_SCHEMA = json.loads(SCHEMA_PATH.read_text("utf-8"))
CASES = case_dirs()
IDS = [c.name for c in CASES]


@cache
def _analysed(case: Path):
    documents = load_paths([case])
    return documents, analyse(documents)


def _offset(text: str, line: int, col: int) -> int:
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return starts[line - 1] + col - 1


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_sarif_validates_and_points_at_the_spans(case: Path) -> None:
    documents, analysis = _analysed(case)
    report = analysis.report
    log = json.loads(render_sarif(report, documents))
    jsonschema.validate(log, SARIF_SCHEMA)
    (run,) = log["runs"]
    assert run["tool"]["driver"]["version"] == report.tool_version
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert len(run["artifacts"]) == len(report.documents)
    assert len(run["results"]) == len(report.findings)
    texts = {d.id: d.text for d in documents}
    for result, finding in zip(run["results"], report.findings, strict=True):
        assert rule_ids[result["ruleIndex"]] == finding.code == result["ruleId"]
        locations = result["locations"] + result.get("relatedLocations", [])
        for loc, span in zip(locations, finding.spans, strict=True):
            region = loc["physicalLocation"]["region"]
            assert (region["charOffset"], region["charLength"]) == (
                span.start,
                span.end - span.start,
            )
            text = texts[span.doc_id]
            assert region["snippet"]["text"] == text[span.start : span.end]
            assert _offset(text, region["startLine"], region["startColumn"]) == span.start
            artifact = run["artifacts"][loc["physicalLocation"]["artifactLocation"]["index"]]
            assert artifact["properties"]["documentId"] == span.doc_id
            assert Path(artifact["location"]["uri"]).name.endswith(".txt")


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_github_annotations_one_line_per_finding_at_the_right_place(case: Path) -> None:
    documents, analysis = _analysed(case)
    report = analysis.report
    out = render_github(report, documents)
    lines = out.splitlines()
    assert len(lines) == len(report.findings)
    texts = {d.id: d.text for d in documents}
    paths = {d.id: d.path for d in documents}
    pattern = re.compile(
        r"^::(notice|warning|error) file=([^,]+),line=(\d+),col=(\d+)"
        r"(,endLine=\d+)?(,endColumn=\d+)?,title=(R\d{3}) [a-z-]+::(.+)$"
    )
    for line, finding in zip(lines, report.findings, strict=True):
        match = pattern.match(line)
        assert match, line
        command, file, row, col = match.group(1, 2, 3, 4)
        assert command == {"info": "notice"}.get(finding.severity, finding.severity)
        span = finding.spans[0]
        assert file == paths[span.doc_id]
        assert _offset(texts[span.doc_id], int(row), int(col)) == span.start
        assert match.group(7) == finding.code


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_jsonl_one_finding_per_line_each_a_valid_finding(case: Path) -> None:
    documents, analysis = _analysed(case)
    report = analysis.report
    finding_schema = {"$ref": "#/$defs/Finding", "$defs": REPORT_SCHEMA["$defs"]}
    validator = jsonschema.validators.validator_for(REPORT_SCHEMA)(finding_schema)
    lines = render_jsonl(report, documents).splitlines()
    assert len(lines) == len(report.findings)
    for line, finding in zip(lines, report.findings, strict=True):
        obj = json.loads(line)
        validator.validate(obj)
        assert obj["id"] == finding.id


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_text_view_plain_and_coloured(case: Path) -> None:
    documents, analysis = _analysed(case)
    report = analysis.report
    plain = render_text(report, documents)
    assert "\x1b" not in plain
    assert plain.rstrip().splitlines()[-1].startswith(f"{len(report.findings)} finding")
    for finding in report.findings:
        assert f"{finding.code} {finding.rule} [{finding.severity}]" in plain
    for severity, count in report.summary.by_severity.items():
        if count:
            assert f" {severity} ({count})" in plain
    coloured = render_text(report, documents, colour=True)
    assert "\x1b[" in coloured

    def _bare(text: str) -> list[str]:
        text = re.sub(r"\x1b\[[0-9;]*m", "", text).replace("«", "").replace("»", "")
        return [line.rstrip() for line in text.splitlines()]

    assert _bare(coloured) == _bare(plain)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_format_renders_every_case(case: Path) -> None:
    documents, analysis = _analysed(case)
    for fmt in FORMATS:
        assert render(fmt, analysis.report, documents) == render(fmt, analysis.report, documents)


@pytest.mark.parametrize("fmt", GRAPH_FORMATS)
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_graph_exports_read_back(case: Path, fmt: str) -> None:
    _, analysis = _analysed(case)
    text = render_graph(analysis.graph, fmt)
    assert text == render_graph(analysis.graph, fmt)  # deterministic (no dates)
    if fmt == "json":
        G = nx.node_link_graph(json.loads(text), edges="links")
    else:
        G = (nx.parse_graphml if fmt == "graphml" else _parse_gexf)(text)
    assert G.number_of_nodes() == analysis.graph.number_of_nodes()
    assert G.number_of_edges() == analysis.graph.number_of_edges()
    kinds = {data["kind"] for _, data in G.nodes(data=True)}
    assert kinds == {"source", "document", "sentence", "claim", "variable"}


def _parse_gexf(text: str) -> nx.Graph:
    import io

    return nx.read_gexf(io.BytesIO(text.encode("utf-8")))


def test_statistics_count_per_code() -> None:
    seed = next(c for c in CASES if c.name == "khorugh-2012")
    _, analysis = _analysed(seed)
    text = render_statistics(analysis.report)
    assert text.splitlines()[0].split() == ["7", "R501", "verbatim-repeat", "[info]"]
    assert text.splitlines()[-1] == "9 findings: 0 errors, 1 warning, 8 info"
    rows = json.loads(render_statistics_json(analysis.report))
    assert {r["code"]: r["count"] for r in rows} == analysis.report.summary.by_code


# --- escaping: document-derived strings cannot forge lines --------------------------------

FORGED = Document(
    id="forged",
    publisher="Wire\nR101 conflicting-counts [error] forged\x1b[31m",
    published="2020-05-01",
    text="Police said 3 people were killed\non Monday.\nThe army said 5 people were "
    "killed\u2028on Monday.",
    path="in,put:dir/forged.txt",
)
OTHER = Document(
    id="other",
    publisher="Other\r\n::error::forged",
    published="2020-05-02",
    text="Officials said 9 people were killed on Monday.",
)


def test_no_renderer_lets_a_document_forge_a_line() -> None:
    documents = [FORGED, OTHER]
    report = analyse(documents).report
    assert report.findings  # the counts conflict
    plain = render_text(report, documents)
    coloured = render_text(report, documents, colour=True)
    for out in (plain, coloured):
        assert "\x1b[31m" not in out and "\u2028" not in out and "\r" not in out
        assert not [line for line in out.splitlines() if line.startswith(("R101", "::"))]
    assert "(in Wire\\nR101 conflicting-counts [error] forged\\x1b[31m, 2020-05-01)" in plain
    github = render_github(report, documents).splitlines()
    assert len(github) == len(report.findings)
    assert all(line.startswith("::") for line in github)
    assert "file=in%2Cput%3Adir/forged.txt" in github[0] or "file=other" in github[0]
    for fmt in ("jsonl",):
        assert len(render(fmt, report, documents).splitlines()) == len(report.findings)
    jsonschema.validate(json.loads(render_sarif(report, documents)), SARIF_SCHEMA)
