"""Victim counts on real event reports: the engine's reconciled killed and injured totals.

Usage::

    python benchmarks/victims.py ../shared/eval/wad-dev.jsonl > victims.jsonl
    python ../shared/eval/score_victims.py ../shared/eval/wad-dev.jsonl victims.jsonl

Each input line is one report of one event (``{"id", "text", "date", ...}``). Each is
checked on its own; the answer is the estimate of all killed (and all wounded) people of
that report: a stated total, or the sum of the parts when no total is given. ``--jobs N``
runs N processes (default: all cores); the output order follows the input. A line per
report goes to standard output; progress and the time taken go to standard error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import reconcile
from reconcile.estimate import event_totals


def _predict(item: dict) -> dict:
    doc = reconcile.Document(
        id="report",
        text=item["text"],
        publisher="report",
        published=item.get("date") or "2000-01-01",
    )
    analysis = reconcile.analyse([doc], select=["R5"])
    totals = event_totals(analysis.report)
    return {"id": item["id"], "killed": totals.get("killed"), "injured": totals.get("wounded")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a JSON Lines file such as wad-dev.jsonl")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, default=None, help="only the first N reports")
    args = parser.parse_args(argv)
    items = [json.loads(line) for line in args.path.open(encoding="utf-8") if line.strip()]
    items = items[: args.limit] if args.limit else items
    began = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for n, row in enumerate(pool.map(_predict, items, chunksize=16), start=1):
            sys.stdout.write(json.dumps(row) + "\n")
            if n % 500 == 0:
                print(f"{n}/{len(items)} reports", file=sys.stderr)
    spent = time.perf_counter() - began
    print(f"{len(items)} reports in {spent:.1f} s ({len(items) / spent:.1f}/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
