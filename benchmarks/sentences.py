"""The sentence splitter against syntok: the same sentences, and how much faster.

Usage::

    python benchmarks/sentences.py ../shared/eval/wad-dev.jsonl ../shared/eval/polnear-dev.jsonl \\
        ../shared/eval/cases/ cases/ [--show 20]

Reads the texts of JSON Lines files (their ``text`` field, deduplicated) and of case folders
(``input.jsonl``, or ``documents/documents.toml``) at run time. For each source it prints how
many texts get exactly the sentences syntok gives (the same character spans), and counts
every boundary where the two differ by kind: ``joined after W`` (syntok ends a sentence
after the word W, reconcile does not) or ``split after W``. Then the seconds each takes on
all texts, and per report on reports of about 600 words (13 texts joined by blank lines).
``--show N`` prints N differing boundaries with their context. syntok is a test extra.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from syntok import segmenter
from syntok.tokenizer import Tokenizer

from reconcile.io import read_jsonl, read_manifest
from reconcile.segment import sentence_spans


def syntok_spans(text: str) -> list[tuple[int, int]]:
    """syntok's sentences as (start, end), as reconcile split them before (white space out)."""
    tokenizer = Tokenizer(replace_not_contraction=False)
    spans = []
    for offset, paragraph in segmenter.preprocess_with_offsets(text):
        for tokens in segmenter.segment(tokenizer.tokenize(paragraph)):
            start = offset + tokens[0].offset
            end = offset + tokens[-1].offset + len(tokens[-1].value)
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                spans.append((start, end))
    return spans


def read_texts(paths: list[Path]) -> dict[str, list[str]]:
    """Texts by source (the file or folder name), each text once."""
    seen: set[str] = set()
    texts: dict[str, list[str]] = {}
    for path in paths:
        for text in _texts_of(path):
            if text not in seen:
                seen.add(text)
                texts.setdefault(path.name, []).append(text)
    return texts


def _texts_of(path: Path) -> list[str]:
    if path.is_file():
        return [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    folders = [path] if _is_case(path) else sorted(p for p in path.iterdir() if _is_case(p))
    texts = []
    for folder in folders:
        if (folder / "input.jsonl").is_file():
            texts += [d.text for d in read_jsonl(folder / "input.jsonl")]
        else:
            texts += [d.text for d in read_manifest(folder / "documents" / "documents.toml")]
    return texts


def _is_case(path: Path) -> bool:
    return (path / "input.jsonl").is_file() or (path / "documents" / "documents.toml").is_file()


def differences(text: str, ours: list[tuple[int, int]], theirs: list[tuple[int, int]]):
    """(kind, context) for every sentence end found by one splitter only."""
    our_ends, their_ends = {e for _, e in ours}, {e for _, e in theirs}
    for ends, other, kind in ((their_ends, our_ends, "joined"), (our_ends, their_ends, "split")):
        for end in sorted(ends - other):
            word = text[:end].split()[-1] if text[:end].split() else ""
            yield f"{kind} after {word[-14:]}", text[max(0, end - 60) : end + 40]


def _timed(texts: list[str], split) -> float:
    started = time.perf_counter()
    for text in texts:
        split(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print N differing boundaries")
    args = parser.parse_args()
    texts = read_texts(args.paths)
    kinds: Counter[str] = Counter()
    shown = 0
    for source, items in texts.items():
        same = 0
        for text in items:
            ours, theirs = sentence_spans(text), syntok_spans(text)
            same += ours == theirs
            for kind, context in differences(text, ours, theirs):
                kinds[kind] += 1
                if shown < args.show:
                    shown += 1
                    print(f"  {kind}: {context!r}")
        print(f"{source}: {same}/{len(items)} texts with the same sentences")
    print(f"differing boundaries: {sum(kinds.values())}")
    for kind, count in kinds.most_common(30):
        print(f"  {count:5d}  {kind}")
    every = [text for items in texts.values() for text in items]
    reports = ["\n\n".join(every[i : i + 13]) for i in range(0, len(every), 13)]
    for label, sample in (("all texts", every), ("reports of ~13 texts", reports)):
        ours, theirs = _timed(sample, sentence_spans), _timed(sample, syntok_spans)
        per = 1000 / len(sample)
        print(
            f"{label} ({len(sample)}): reconcile {ours * per:.3f} ms, syntok {theirs * per:.3f} ms"
            f" each ({theirs / ours:.1f}x)"
        )


if __name__ == "__main__":
    main()
