"""Claims on real multi-source cases, in the form the case scorer reads.

Usage::

    python benchmarks/cases.py ../shared/eval/cases/ [--out DIR] [--verbose]

For each case folder (holding ``input.jsonl``) the engine's numeric claims are written to
``DIR/<case>.claims.json`` as ``{"claims": [{"doc", "start", "end", "low", "high",
"outcome", "group", "speaker"}]}``. When ``score_case.py`` stands beside the cases folder
(as in ``../shared/eval/``), it is run on every case and its figures are printed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import reconcile
from reconcile.evaluate import scorer_claims


def case_folders(root: Path) -> list[Path]:
    """The case folders under ``root`` (or ``root`` itself when it is one)."""
    if (root / "input.jsonl").is_file():
        return [root]
    return sorted(p for p in root.iterdir() if (p / "input.jsonl").is_file())


def one_event(case: Path) -> list[reconcile.Document]:
    """The documents of a case, told to be one event (a case is one event by
    construction; how the engine groups an archive is measured by benchmarks/events.py)."""
    documents = reconcile.load_paths([case / "input.jsonl"])
    return [d.model_copy(update={"event": case.name}) for d in documents]


def run(
    argv: list[str] | None,
    *,
    description: str,
    kind: str,
    suffix: str,
    write: Callable[[reconcile.Report], str],
    count: Callable[[reconcile.Report], str],
    scorer_name: str,
) -> int:
    """Check each case as one event, write ``write(report)`` to ``DIR/<case><suffix>``,
    then run the shared scorer ``scorer_name`` beside the cases folder, if it is there."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("cases", type=Path, help="a folder of case folders, or one case")
    parser.add_argument("--out", type=Path, default=None, help=f"where to write the {kind}")
    parser.add_argument("--verbose", action="store_true", help="pass --verbose to the scorer")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix=f"reconcile-{kind}-"))
    out.mkdir(parents=True, exist_ok=True)
    pairs: list[str] = []
    for case in case_folders(args.cases):
        report = reconcile.check(one_event(case))
        target = out / f"{case.name}{suffix}"
        target.write_text(write(report), encoding="utf-8")
        pairs += [str(case), str(target)]
        print(f"{case.name}: {count(report)} -> {target}")
    scorer = args.cases.resolve().parent / scorer_name
    if not scorer.is_file():
        scorer = args.cases.resolve() / scorer_name
    if scorer.is_file() and pairs:
        extra = ["--verbose"] if args.verbose else []
        return subprocess.call([sys.executable, str(scorer), *pairs, *extra])
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(
        argv,
        description=__doc__.splitlines()[0],
        kind="predictions",
        suffix=".claims.json",
        write=scorer_claims,
        count=lambda r: f"{sum(c.kind == 'numeric' for c in r.claims)} claims",
        scorer_name="score_case.py",
    )


if __name__ == "__main__":
    raise SystemExit(main())
