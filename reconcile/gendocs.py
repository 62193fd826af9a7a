"""Generate the docs that are built from the code, or check that they are current.

``python -m reconcile.gendocs --write`` writes ``docs/report.schema.json`` and its packaged
copy ``reconcile/data/report.schema.json`` (from the report models), ``docs/rules.md``
(from the rule registry) and ``reconcile/data/tables.json`` (the parsed copy of the data
files, see :mod:`reconcile.data`), and refreshes the examples of ``docs/report.md`` (each JSON
block after an ``<!-- example: … -->`` marker, taken from running the seed case);
``--check`` exits 1 when a committed file differs from what the code generates. A test does
the same check. This developer tool is kept out of ``reconcile/__init__`` so that
``python -m`` runs it cleanly.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from reconcile.api import check
from reconcile.data import PARSED_COPY, parsed_copy_json
from reconcile.io import load_paths
from reconcile.report import PACKAGED_SCHEMA, report_json, schema_json
from reconcile.rules import rules_markdown

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SCHEMA_PATH = DOCS / "report.schema.json"
RULES_PATH = DOCS / "rules.md"
REPORT_DOC_PATH = DOCS / "report.md"
SEED = ROOT / "cases" / "khorugh-2012"
DATA_COPY_PATH = Path(__file__).resolve().parent / "data" / PARSED_COPY
_EXAMPLE = re.compile(r"(<!-- example: (.+?) -->\n```json\n)(.*?)(```)", re.S)


def generated_files() -> dict[Path, str]:
    """Every generated doc file and the text the code generates for it."""
    schema = schema_json()
    files = {
        SCHEMA_PATH: schema,
        PACKAGED_SCHEMA: schema,
        RULES_PATH: rules_markdown(),
        DATA_COPY_PATH: parsed_copy_json(),
    }
    if REPORT_DOC_PATH.exists() and SEED.is_dir():
        files[REPORT_DOC_PATH] = report_examples(REPORT_DOC_PATH.read_text("utf-8"))
    return files


def pick(report: dict[str, Any], selector: str) -> Any:
    """The part of a JSON report a doc example shows.

    ``{a,b}`` picks top-level keys; ``key[N]`` an item; ``key[field=value]`` the first item
    whose field has that value; ``key`` a whole field.

    >>> pick({"x": 1, "y": 2, "l": [{"id": "a"}, {"id": "b"}]}, "{y}")
    {'y': 2}
    >>> pick({"l": [{"id": "a"}, {"id": "b"}]}, "l[id=b]")
    {'id': 'b'}
    """
    if selector.startswith("{"):
        return {key: report[key] for key in selector.strip("{}").split(",")}
    match = re.fullmatch(r"(\w+)(?:\[(.+)\])?", selector)
    if match is None:
        raise ValueError(f"bad example selector {selector!r}")
    value = report[match.group(1)]
    index = match.group(2)
    if index is None:
        return value
    if index.isdigit():
        return value[int(index)]
    field, _, wanted = index.partition("=")
    for item in value:
        if str(item.get(field)) == wanted:
            return item
    raise ValueError(f"example {selector!r}: no item with {field} = {wanted!r} in the seed report")


def report_examples(text: str) -> str:
    """docs/report.md with every marked JSON example taken afresh from the seed case."""
    report = json.loads(report_json(check(load_paths([SEED]))))

    def fresh(match: re.Match[str]) -> str:
        example = json.dumps(pick(report, match.group(2)), indent=2, sort_keys=True)
        return f"{match.group(1)}{example}\n{match.group(4)}"

    return _EXAMPLE.sub(fresh, text)


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
