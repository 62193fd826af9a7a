"""The published JSON Schema matches the models, and reports validate against it."""

from __future__ import annotations

import difflib
import functools
import json
import random
from pathlib import Path

import jsonschema
import pytest
from conftest import case_dirs

from reconcile import __version__
from reconcile.api import check
from reconcile.cli import main
from reconcile.gendocs import REPORT_DOC_PATH, RULES_PATH, SCHEMA_PATH, generated_files
from reconcile.io import load_paths
from reconcile.models import SCHEMA_VERSION
from reconcile.report import PACKAGED_SCHEMA, packaged_schema, report_json, schema_json


def _same(path, fresh: str) -> None:
    current = path.read_text("utf-8")
    if current != fresh:
        diff = "".join(
            difflib.unified_diff(
                current.splitlines(True), fresh.splitlines(True), str(path), "generated"
            )
        )
        raise AssertionError(f"{path} is stale; run python -m reconcile.gendocs --write\n{diff}")


_generated = functools.cache(generated_files)


@pytest.mark.parametrize(
    "path",
    [SCHEMA_PATH, PACKAGED_SCHEMA, RULES_PATH, REPORT_DOC_PATH],
    ids=["docs-schema", "packaged-schema", "rules-md", "report-md-examples"],
)
def test_generated_file_is_current(path: Path) -> None:
    """docs/report.schema.json, the packaged schema, docs/rules.md and the examples of
    docs/report.md match what the code generates."""
    _same(path, _generated()[path])


def test_packaged_schema_is_the_models_schema_and_the_command_prints_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert packaged_schema() == schema_json() == SCHEMA_PATH.read_text("utf-8")
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == schema_json()


def test_report_names_its_tool_and_schema_version_and_sums_up() -> None:
    case = case_dirs()[0]
    report = check(load_paths([case]))
    assert report.tool_version == __version__
    assert report.schema_version == SCHEMA_VERSION
    summary = report.summary
    assert summary.findings == len(report.findings) == sum(summary.by_severity.values())
    assert sum(summary.by_code.values()) == summary.findings
    assert set(summary.by_severity) == {"info", "warning", "error"}
    assert summary.documents == len(report.documents)
    assert all(len(d.sha256) == 64 for d in report.documents)


def test_reports_validate_against_the_committed_schema() -> None:
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    for case in case_dirs():
        report = json.loads(report_json(check(load_paths([case]))))
        jsonschema.validate(report, schema)


def test_shuffling_documents_leaves_the_report_unchanged() -> None:
    for case in case_dirs():
        documents = load_paths([case])
        first = report_json(check(documents))
        shuffled = list(documents)
        random.Random(7).shuffle(shuffled)
        assert report_json(check(list(reversed(shuffled)))) == first


def test_every_report_field_is_documented() -> None:
    """docs/report.md names every field of every object of the schema."""
    doc = (SCHEMA_PATH.parent / "report.md").read_text("utf-8")
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    objects = {"Report": schema, **schema["$defs"]}
    missing = [
        f"{name}.{field}"
        for name, definition in objects.items()
        for field in definition.get("properties", {})
        if f"`{field}`" not in doc
    ]
    assert missing == []
    assert [name for name in schema["$defs"] if name not in doc] == []
