"""The published JSON Schema matches the models, and reports validate against it."""

from __future__ import annotations

import difflib
import json
import random

import jsonschema
from conftest import case_dirs

from reconcile.api import check
from reconcile.gendocs import RULES_PATH, SCHEMA_PATH
from reconcile.io import load_paths
from reconcile.report import report_json, schema_json
from reconcile.rules import rules_markdown


def _same(path, fresh: str) -> None:
    current = path.read_text("utf-8")
    if current != fresh:
        diff = "".join(
            difflib.unified_diff(
                current.splitlines(True), fresh.splitlines(True), str(path), "generated"
            )
        )
        raise AssertionError(f"{path} is stale; run python -m reconcile.gendocs --write\n{diff}")


def test_schema_file_is_current() -> None:
    _same(SCHEMA_PATH, schema_json())


def test_rules_doc_is_current() -> None:
    _same(RULES_PATH, rules_markdown())


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
