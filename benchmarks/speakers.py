"""Who said it, on real attributions: reconcile.attribute for each passage's content span.

Usage::

    python benchmarks/speakers.py ../shared/eval/polnear-dev.jsonl > speakers.jsonl
    python ../shared/eval/score_speakers.py ../shared/eval/polnear-dev.jsonl speakers.jsonl

Each input line holds a passage (``text``) and the character span of the attributed
content (``target_start``, ``target_end``). The prediction is the speaker's words as
written, with a pronoun (a relative one too: "who"; a possessive or an object one: "his",
"her") replaced by the name it stands for (``--as-written`` keeps the pronoun), or the
resolved source when no words name it; null in the publisher's own voice. ``--jobs N``
runs N processes.

A pronoun left unresolved (no person it may stand for) is printed as written, and the
scorer accepts it when the gold speaker is that pronoun. ``--names-only`` prints null
there instead, for the figure that credits only what the engine resolved.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import reconcile


def _predict(item: dict) -> dict:
    doc = reconcile.Document(
        id="passage", text=item["text"], publisher=item.get("publisher") or "outlet",
        published="2016-01-01",
    )  # fmt: skip
    found = reconcile.attribute(doc, item["target_start"], item["target_end"])
    if found.kind == "unattributed":
        return {"id": item["id"], "speaker": None}
    words = found.speaker or found.source
    if _WORDS and found.speaker:
        return {"id": item["id"], "speaker": found.speaker}
    resolved = found.source if words.lower() in _PRONOUNS | _OBJECTS else words
    if _NAMES_ONLY and _is_pronoun(resolved):
        resolved = None  # left unresolved: no credit for a "he" that matches a gold "he"
    return {"id": item["id"], "speaker": resolved}


def _is_pronoun(words: str | None) -> bool:
    """Whether ``words`` are one pronoun, contracted or not ('he', 'She’s', 'his')."""
    parts = (words or "").split()
    return len(parts) == 1 and re.split(r"['’]", parts[0].lower())[0] in _PRONOUNS | _OBJECTS


_PRONOUNS = {"i", "he", "she", "they", "we", "it", "you", "who", "which", "whose", "where"}
_OBJECTS = {"him", "her", "them", "his", "its", "their", "me", "us"}
_WORDS = False  # --as-written: the speaker's words, pronouns unresolved
_NAMES_ONLY = False  # --names-only: a pronoun left unresolved is printed as null


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a JSON Lines file such as polnear-dev.jsonl")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, default=None, help="only the first N items")
    parser.add_argument(
        "--as-written", action="store_true", help="print pronouns as written, not resolved"
    )
    parser.add_argument(
        "--names-only",
        action="store_true",
        help="print null where a pronoun stays unresolved, so that only resolutions score",
    )
    args = parser.parse_args(argv)
    global _WORDS, _NAMES_ONLY
    _WORDS, _NAMES_ONLY = args.as_written, args.names_only
    items = [json.loads(line) for line in args.path.open(encoding="utf-8") if line.strip()]
    items = items[: args.limit] if args.limit else items
    began = time.perf_counter()
    with ExitStack() as stack:
        if args.jobs > 1:
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=args.jobs))
            rows = pool.map(_predict, items, chunksize=64)
        else:
            rows = map(_predict, items)  # in this process
        for n, row in enumerate(rows, start=1):
            sys.stdout.write(json.dumps(row) + "\n")
            if n % 4000 == 0:
                print(f"{n}/{len(items)} items", file=sys.stderr)
    spent = time.perf_counter() - began
    print(f"{len(items)} items in {spent:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
