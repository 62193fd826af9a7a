"""Docs that are tested: options, rule codes, and the README's set-up commands."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from reconcile.cli import build_parser
from reconcile.rules import get_rules

ROOT = Path(__file__).resolve().parent.parent
DOCS = "\n".join(
    p.read_text("utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
)


def _options(parser: argparse.ArgumentParser) -> set[str]:
    found = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _options(sub)
        found.update(o for o in action.option_strings if o.startswith("--") and o != "--help")
    return found


def test_every_cli_option_is_documented() -> None:
    missing = sorted(o for o in _options(build_parser()) if o not in DOCS)
    assert missing == []


def test_every_rule_code_is_in_the_rules_doc() -> None:
    rules_doc = (ROOT / "docs" / "rules.md").read_text("utf-8")
    assert [r.code for r in get_rules() if f"## {r.code} " not in rules_doc] == []


def _setup_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return [
        line
        for block in re.findall(r"```sh\n(.*?)```", setup, re.S)
        for line in block.splitlines()
        if line and not line.startswith("#")
    ]


def test_readme_has_two_setup_commands_and_ci_runs_the_test_one() -> None:
    commands = _setup_commands()
    assert len(commands) == 2
    main_job, tests = commands
    assert "reconcile check cases/khorugh-2012/" in main_job
    assert "pytest" in tests
    ci = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert tests in ci
