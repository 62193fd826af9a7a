"""The published JSON Schema matches the models, and reports validate against it."""

from __future__ import annotations

import difflib
import functools
import json
import math
import pickle
import random
from pathlib import Path

import jsonschema
import pytest
from conftest import case_dirs
from pydantic import Field, PrivateAttr, ValidationError

from reconcile import __version__
from reconcile.api import check
from reconcile.cli import main
from reconcile.gendocs import REPORT_DOC_PATH, RULES_PATH, SCHEMA_PATH, generated_files
from reconcile.io import load_paths
from reconcile.models import SCHEMA_VERSION, Document, NumericClaim, Report, Span, _Model
from reconcile.report import (
    PACKAGED_SCHEMA,
    packaged_schema,
    report_json,
    report_line,
    schema_json,
)


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


def _reference_json(report: Report, **options: object) -> str:
    """The report's JSON as the standard library writes it (what report.py must give)."""
    data = report.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, ensure_ascii=False, allow_nan=False, **options) + "\n"


def test_report_json_is_the_standard_library_text() -> None:
    """report.py writes with orjson the bytes json.dumps writes: on every worked case, and
    on a report whose float orjson would write otherwise (5e-05: orjson '0.00005')."""
    for case in case_dirs():
        report = check(load_paths([case]))
        assert report_json(report) == _reference_json(report, indent=2)
        assert report_line(report) == _reference_json(report, separators=(",", ":"))
    report = check(load_paths([case_dirs()[0]]))
    numeric = next(i for i, c in enumerate(report.claims) if isinstance(c, NumericClaim))
    tiny = report.claims[numeric].model_copy(update={"value": 5e-05})
    odd = report.model_copy(update={"claims": [tiny, *report.claims[numeric + 1 :]]})
    assert '"value":5e-05' in report_line(odd)
    assert report_line(odd) == _reference_json(odd, separators=(",", ":"))
    unbounded = odd.model_copy(update={"claims": [tiny.model_copy(update={"value": math.nan})]})
    with pytest.raises(ValueError):
        report_line(unbounded)


def test_the_floats_report_py_checks_are_all_the_floats_of_a_report() -> None:
    """report.py hands a report to orjson after looking at its floats; a float field added
    to the report must be added there (``_floats_orjson_writes_alike``) and here."""
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    objects = {"Report": schema, **schema["$defs"]}
    floats = {
        f"{name}.{field}"
        for name, definition in objects.items()
        for field, spec in definition.get("properties", {}).items()
        if "number" in [spec.get("type"), *(a.get("type") for a in spec.get("anyOf", []))]
    }
    assert floats == {
        "NumericClaim.value",
        "Interval.low",
        "Interval.high",
        "Estimate.low",
        "Estimate.best",
        "Estimate.high",
        "Estimate.current",
        "HistoryPoint.value",
        "HistoryPoint.low",
        "HistoryPoint.high",
    }


@pytest.mark.parametrize(
    "values",
    [
        {"doc_id": "a", "start": 7, "end": 4},
        {"doc_id": "a", "start": "7", "end": 4},
    ],
)
def test_a_span_ending_before_it_starts_is_refused(values: dict) -> None:
    """Built from values or read from JSON, a span's end may not come before its start."""
    with pytest.raises(ValidationError, match="span end 4 is before start 7"):
        Span(**values)
    with pytest.raises(ValidationError, match="span end 4 is before start 7"):
        Span.model_validate_json(json.dumps(values))
    assert Span(doc_id="a", start=4, end=4).end == 4


def test_models_pickle_back_to_the_same_values_and_fields_set() -> None:
    """Per-document results cross processes pickled: every model of a report comes back
    equal, with the same fields set, dumping to the same JSON."""
    doc = Document(
        id="p",
        publisher="Tamsk Courier",
        published="2022-06-01",
        text="The governor said on Tuesday that 30 people were killed in Tamsk, including "
        "12 soldiers. Police refused to lay down their weapons.",
    )
    report = check([doc])
    models = [report, *report.claims, *report.sentences, *report.findings, *report.estimates]
    assert {type(m).__name__ for m in models} >= {"NumericClaim", "Sentence", "Estimate"}
    for model in models:
        back = pickle.loads(pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == model
        assert back.model_fields_set == model.model_fields_set
        assert back.model_dump_json() == model.model_dump_json()


class _Noted(_Model):
    value: int = Field(description="A value.")
    _note: str = PrivateAttr(default="")


def test_a_model_with_private_attributes_keeps_them_through_pickle() -> None:
    model = _Noted(value=3)
    model._note = "kept"
    back = pickle.loads(pickle.dumps(model))
    assert (back.value, back._note, back.model_fields_set) == (3, "kept", {"value"})
