"""Imports go downward only (see shared GUIDE): a cycle or an upward import fails here."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "reconcile"
ORDER = [
    "models",
    "errors",
    "io",
    "segment",
    "extract",
    "variables",
    "graph",
    "rules",
    "estimate",
    "events",
    "report",
    "render",
    "backends",
    "api",
    "evaluate",
    "gendocs",
    "cli",
]
RANK = {name: n for n, name in enumerate(ORDER)}
RANK["errors"] = RANK["data"] = RANK["models"]


def _layer(module: str) -> str:
    return module.split(".")[1] if module.count(".") else "__init__"


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("reconcile"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("reconcile"))
    return found


def test_imports_go_downward_only() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        module = ".".join(relative.parts)
        layer = _layer(module)
        if layer in {"__init__", "__main__"}:
            continue
        assert layer in RANK, f"{module} is in no layer: add it to ORDER"
        for imported in _imports(path):
            target = _layer(imported)
            if target == "__init__" or (target != layer and RANK[target] >= RANK[layer]):
                problems.append(f"{module} imports {imported}")
    assert problems == []


def test_models_import_nothing_from_reconcile() -> None:
    assert _imports(PACKAGE / "models.py") == set()
