"""Findings on real multi-source cases, scored against a careful reader's account.

Usage::

    python benchmarks/findings.py ../shared/eval/cases/ [--out DIR] [--verbose]

Each case folder's ``input.jsonl`` is checked with every rule; the JSON report goes to
``DIR/<case>.report.json``. When ``score_findings.py`` stands beside the cases folder
(as in ``../shared/eval/``), it is run on every report and its figures are printed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import reconcile
from reconcile.report import report_json

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import case_folders, one_event


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path, help="a folder of case folders, or one case")
    parser.add_argument("--out", type=Path, default=None, help="where to write the reports")
    parser.add_argument("--verbose", action="store_true", help="pass --verbose to the scorer")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="reconcile-findings-"))
    out.mkdir(parents=True, exist_ok=True)
    pairs: list[str] = []
    for case in case_folders(args.cases):
        report = reconcile.check(one_event(case))
        target = out / f"{case.name}.report.json"
        target.write_text(report_json(report), encoding="utf-8")
        pairs += [str(case), str(target)]
        print(f"{case.name}: {len(report.findings)} findings -> {target}")
    scorer = args.cases.resolve().parent / "score_findings.py"
    if not scorer.is_file():
        scorer = args.cases.resolve() / "score_findings.py"
    if scorer.is_file() and pairs:
        extra = ["--verbose"] if args.verbose else []
        return subprocess.call([sys.executable, str(scorer), *pairs, *extra])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
