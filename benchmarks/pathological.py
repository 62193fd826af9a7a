"""Pathological inputs, timed: the cost of a run must grow about linearly with its input.

Usage::

    python benchmarks/pathological.py [--quick] [--only NAME]

Prints, for each input and size, the seconds taken by ``reconcile.check`` and the seconds
per MB (or per 1,000 items for enumerations). Inputs are generated here (no data files):

* ``enumeration``: one sentence listing N numbers ("Officials said 1, 2, 3, … were killed");
* ``repeats``: N copies of one sentence (verbatim repeats; attribution still reads them);
* ``document``: one document of varied news-like sentences, of a given size in MB.

Not collected by pytest (the tests assert no speed; this script prints it).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings

import reconcile

_SUBJECTS = [
    "The Interior Ministry",
    "the ministry",
    "Police",
    "Tajik prosecutors",
    "the prosecutors",
    "A hospital official",
    "The Red Cross",
    "Witnesses",
    "the agency",
    "Officials",
]
_VERBS = ["said", "told reporters", "reported", "announced", "confirmed"]
_FIGURES = [
    "{n} soldiers were killed",
    "at least {n} people died",
    "{n} militants and {m} civilians were wounded",
    "the death toll rose to {n}",
    "more than {n} protesters were detained",
    "dozens of people were injured",
    "a policeman was shot dead",
    "{n} people, including {m} children, were killed",
    "damage was put at ${n} million",
]
_TIMES = ["", " on Tuesday", " yesterday", " on July 21", " last week", " 3 days ago"]


def varied_text(size: int, seed: int = 12) -> str:
    """About ``size`` characters of varied news-like sentences (deterministic)."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        figure = rng.choice(_FIGURES).format(n=rng.randint(2, 900), m=rng.randint(1, 90))
        sentence = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {figure}{rng.choice(_TIMES)}. "
        sentence = sentence[0].upper() + sentence[1:]
        parts.append(sentence)
        total += len(sentence)
        if rng.random() < 0.1:
            parts.append("\n\n")
    return "".join(parts)


def enumeration(count: int) -> str:
    return "Officials said " + ", ".join(str(i + 1) for i in range(count)) + " people were killed."


def repeats(count: int) -> str:
    return "The ministry said 17 soldiers were killed in Khorugh on Tuesday. " * count


def _run(text: str) -> float:
    doc = reconcile.Document(text=text, publisher="Wire", published="2020-05-04")
    began = time.perf_counter()
    reconcile.check([doc])
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    parser.add_argument("--only", choices=["enumeration", "repeats", "document"])
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    _run("Police said 3 people were killed.")  # load the lexicons and quantulum3 once
    plans = {
        "enumeration": ([1_000, 2_000] if args.quick else [5_000, 10_000, 20_000], enumeration),
        "repeats": ([1_000, 2_000] if args.quick else [2_500, 5_000, 10_000, 80_000], repeats),
        "document": (
            [250_000, 500_000] if args.quick else [1_000_000, 5_000_000, 20_000_000],
            varied_text,
        ),
    }
    print(f"{'input':<12} {'size':>11} {'MB':>7} {'seconds':>9} {'s/MB':>7} {'s/1k items':>11}")
    for name, (sizes, make) in plans.items():
        if args.only and name != args.only:
            continue
        for size in sizes:
            text = make(size)
            mb = len(text.encode("utf-8")) / 1e6
            seconds = _run(text)
            per_item = f"{seconds / size * 1000:11.3f}" if name != "document" else f"{'':>11}"
            print(
                f"{name:<12} {size:>11,} {mb:7.2f} {seconds:9.2f} {seconds / mb:7.1f} {per_item}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
