"""Relative pronouns on real attributions: how many of the speakers the scorer counts wrong are
a gold "who", "which" or "that" that the engine resolved to the phrase it follows.

Usage::

    python benchmarks/speakers.py ../shared/eval/polnear-dev.jsonl > speakers.jsonl
    python benchmarks/relatives.py ../shared/eval/polnear-dev.jsonl speakers.jsonl

The scorer (``score_speakers.py``, read from the gold file's folder) credits a resolved pronoun
through the names of an automatic coreference (``speaker_alt_auto``). That coreference gives no
name for a relative pronoun, so "the mayor, who said [it]" answered "the mayor" scores as wrong.
This script counts those answers: a gold speaker that is a relative pronoun, a prediction the
scorer counts wrong, and that prediction is the words that end right before the pronoun (a
comma and spaces between them at most). It is a diagnostic printed beside the scorer's own
figure, not a replacement for it: the phrase before "who" is its antecedent in most sentences,
not in all ("the aide of the senator, who …").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

_RELATIVES = frozenset({"who", "which", "that", "whom"})  # the gold speakers counted here


def _lines(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _names_the_antecedent(item: dict, predicted: str) -> bool:
    """Whether ``predicted`` is the words that end right before the gold relative pronoun."""
    before = item["text"][: item["speaker_start"]].rstrip().rstrip(",").rstrip()
    return before.endswith(predicted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="polnear-dev.jsonl")
    parser.add_argument("predictions", type=Path, help="output of benchmarks/speakers.py")
    parser.add_argument("--split", default="dev")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.gold.resolve().parent))
    from score_speakers import GENERIC, overlap_match  # the scorer's own token overlap

    predicted = {line["id"]: line["speaker"] for line in _lines(args.predictions)}
    items = [g for g in _lines(args.gold) if g.get("split") == args.split]
    right = relatives = antecedents = 0
    for item in items:
        answer = predicted.get(item["id"])
        golds = [item["speaker"], *(item.get("speaker_alt") or [])]
        golds += item.get("speaker_alt_auto") or []
        if answer and any(overlap_match(answer, gold, GENERIC) for gold in golds):
            right += 1
        elif item["speaker"].lower() in _RELATIVES and item.get("speaker_start") is not None:
            relatives += 1
            antecedents += bool(answer) and _names_the_antecedent(item, answer)
    total = len(items)
    print(f"items                                   {total}")
    print(f"overlap+auto coref (the scorer's)       {right / total:.1%} ({right}/{total})")
    print(f"relative-pronoun golds counted wrong    {relatives}")
    print(f"  of them, answered by their antecedent {antecedents}")
    both = right + antecedents
    print(f"overlap+auto with those counted         {both / total:.1%} ({both}/{total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
