"""A small smoke of the benchmark scripts (figures are printed by them, never asserted)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_scale_corpus_is_deterministic_and_its_stages_run(tmp_path: Path) -> None:
    scale = _load("scale")
    docs = scale.generate(6)
    assert docs == scale.generate(6)
    assert all(450 <= len(d["text"].split()) <= 800 for d in docs)
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    seconds = scale.stages(path)
    assert set(seconds) >= {"read", "sentences", "extraction", "events", "rules", "output"}
    done, _ = scale.naive(path, 2)
    assert done == 2


def test_bcubed() -> None:
    events = _load("events")
    truth = {"a": "1", "b": "1", "c": "2"}
    assert events.bcubed(truth, truth, sorted(truth)) == (1.0, 1.0)


def test_speakers_prints_resolved_names_and_names_only_drops_a_lone_pronoun(
    tmp_path: Path, capsys
) -> None:
    speakers = _load("speakers")
    texts = [
        "Mara Lind toured the dam. She said the spillway was safe.",
        "The river rose overnight. He said the spillway was safe.",
    ]
    path = tmp_path / "items.jsonl"
    rows = []
    for n, text in enumerate(texts):
        start = text.index("the spillway")
        rows.append(
            {"id": str(n), "text": text, "target_start": start, "target_end": len(text) - 1}
        )
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    printed = []
    for flags in ([], ["--names-only"]):
        assert speakers.main([str(path), "--jobs", "1", *flags]) == 0
        out = capsys.readouterr().out.splitlines()
        printed.append([json.loads(line)["speaker"] for line in out])
    assert printed == [["Mara Lind", "He"], ["Mara Lind", None]]
