"""Event grouping on real data: B-cubed precision and recall against a known truth.

Usage::

    python benchmarks/events.py ../shared/eval            # the folder holding the data
    python benchmarks/events.py ../shared/eval --window 7 --overlap 0.3 --jobs 2

Mixes the three twin cases (``cases/*-twin/input.jsonl``: ten reports of one event each)
with the 2,330 reports of ``wad-dev.jsonl`` (each its own event; its ``date`` is the
publication date, its publisher "WAD"), strips any event key, runs the per-document stage
and grouping exactly as ``reconcile check`` does, and prints B-cubed precision and recall
(Bagga & Baldwin 1998: per item, the share of its predicted group that is truly its
event, and the share of its true event found in its predicted group, averaged over items),
plus the same figures over the twin cases' reports alone, and the time taken. The data are
read at run time and never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from reconcile.backends.local import default_jobs
from reconcile.events import EventSettings, group_events, process_document
from reconcile.models import Document


def load(folder: Path) -> tuple[list[Document], dict[str, str]]:
    """The mixed corpus and each document's true event."""
    docs: list[Document] = []
    truth: dict[str, str] = {}
    for case in sorted((folder / "cases").glob("*/input.jsonl")):
        for line in case.read_text("utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                obj.pop("event", None)
                doc = Document(**obj)
                docs.append(doc)
                truth[doc.id] = case.parent.name
    with (folder / "wad-dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            obj = json.loads(line)
            doc = Document(
                id=obj["id"],
                text=obj["text"],
                publisher="WAD",
                published=obj.get("date") or "2000-01-01",
            )
            docs.append(doc)
            truth[doc.id] = obj["id"]
    return docs, truth


def bcubed(
    predicted: dict[str, str], truth: dict[str, str], items: list[str]
) -> tuple[float, float]:
    """B-cubed precision and recall over ``items``.

    >>> bcubed({"a": "x", "b": "x", "c": "y"}, {"a": 1, "b": 2, "c": 2}, ["a", "b", "c"])
    (0.6666666666666666, 0.6666666666666666)
    """
    pred_members: dict[str, set[str]] = defaultdict(set)
    true_members: dict[str, set[str]] = defaultdict(set)
    for item in predicted:
        pred_members[predicted[item]].add(item)
        true_members[truth[item]].add(item)
    precision = recall = 0.0
    for item in items:
        mine = pred_members[predicted[item]]
        real = true_members[truth[item]]
        both = len(mine & real)
        precision += both / len(mine)
        recall += both / len(real)
    return precision / len(items), recall / len(items)


def _process(doc: Document) -> object:
    return process_document(doc, SETTINGS).features


SETTINGS = EventSettings()


def main(argv: list[str] | None = None) -> int:
    global SETTINGS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the folder holding wad-dev.jsonl and cases/")
    parser.add_argument("--window", type=float, default=EventSettings.window_days)
    parser.add_argument("--overlap", type=float, default=EventSettings.min_overlap)
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--errors", type=int, default=10, help="print this many wrong merges")
    args = parser.parse_args(argv)
    SETTINGS = EventSettings(window_days=args.window, min_overlap=args.overlap)
    docs, truth = load(args.folder)
    started = time.perf_counter()
    if args.jobs > 1:
        from multiprocessing import Pool

        with Pool(args.jobs) as pool:
            features = pool.map(_process, docs, chunksize=16)
    else:
        features = [_process(d) for d in docs]
    extracted = time.perf_counter()
    groups = group_events(features, SETTINGS)
    grouped = time.perf_counter()
    items = sorted(truth)
    p, r = bcubed(groups, truth, items)
    twins = [i for i in items if truth[i] != i]
    tp, tr = bcubed(groups, truth, twins)
    sizes = Counter(Counter(groups.values()).values())
    print(
        f"documents: {len(docs)} ({len(twins)} in the twin cases); window {args.window} d, "
        f"overlap {args.overlap}"
    )
    print(f"events found: {len(set(groups.values()))}; group sizes: {dict(sorted(sizes.items()))}")
    print(f"B-cubed precision {p:.4f}  recall {r:.4f}  (all documents)")
    print(f"B-cubed precision {tp:.4f}  recall {tr:.4f}  (twin-case documents only)")
    print(
        f"time: per-document stage {extracted - started:.1f} s ({args.jobs} jobs), "
        f"grouping {grouped - extracted:.2f} s"
    )
    members: dict[str, list[str]] = defaultdict(list)
    for doc_id, event in groups.items():
        members[event].append(doc_id)
    wrong = [sorted(m) for m in members.values() if len({truth[d] for d in m}) > 1]
    for group in sorted(wrong, key=len, reverse=True)[: args.errors]:
        print("  merged:", ", ".join(group[:8]) + (" …" if len(group) > 8 else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
