"""Generate the docs that are built from the code, or check that they are current.

``python -m reconcile.gendocs --write`` writes ``docs/report.schema.json`` and its packaged
copy ``reconcile/data/report.schema.json`` (from the report models) and ``docs/rules.md``
(from the rule registry); ``--check`` exits 1 when a committed
file differs from what the code generates. A test does the same check. This developer
tool is kept out of ``reconcile/__init__`` so that ``python -m`` runs it cleanly.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reconcile.report import PACKAGED_SCHEMA, schema_json
from reconcile.rules import rules_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs"
SCHEMA_PATH = DOCS / "report.schema.json"
RULES_PATH = DOCS / "rules.md"


def generated_files() -> dict[Path, str]:
    """Every generated doc file and the text the code generates for it."""
    schema = schema_json()
    return {SCHEMA_PATH: schema, PACKAGED_SCHEMA: schema, RULES_PATH: rules_markdown()}


def main(argv: list[str] | None = None) -> int:
    """Write or check the generated docs (schema and rules)."""
    parser = argparse.ArgumentParser(prog="python -m reconcile.gendocs")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", action="store_true", help="write the generated docs")
    action.add_argument("--check", action="store_true", help="exit 1 if one is stale")
    args = parser.parse_args(argv)
    stale = 0
    for path, fresh in generated_files().items():
        if args.check:
            current = path.read_text("utf-8") if path.exists() else ""
            if current != fresh:
                print(f"{path} is stale: run python -m reconcile.gendocs --write", file=sys.stderr)
                stale = 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(fresh, encoding="utf-8")
    return stale


if __name__ == "__main__":
    raise SystemExit(main())
