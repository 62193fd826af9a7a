"""Findings on real multi-source cases, scored against a careful reader's account.

Usage::

    python benchmarks/findings.py ../shared/eval/cases/ [--out DIR] [--verbose]

Each case folder's ``input.jsonl`` is checked with every rule; the JSON report goes to
``DIR/<case>.report.json``. When ``score_findings.py`` stands beside the cases folder
(as in ``../shared/eval/``), it is run on every report and its figures are printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reconcile.report import report_json

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import run


def main(argv: list[str] | None = None) -> int:
    return run(
        argv,
        description=__doc__.splitlines()[0],
        kind="reports",
        suffix=".report.json",
        write=report_json,
        count=lambda r: f"{len(r.findings)} findings",
        scorer_name="score_findings.py",
    )


if __name__ == "__main__":
    raise SystemExit(main())
