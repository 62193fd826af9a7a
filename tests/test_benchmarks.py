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
    done, start, seconds = scale.naive(path, 2)
    assert done == 2 and start > 0 and seconds > 0
    done, start, seconds = scale.naive_process(path, 2, 1)  # the odd half, its own process
    assert done == 1 and start > 0 and seconds > 0
    assert scale._median([3.0, 1.0, 2.0]) == 2.0 and scale._median([4.0, 1.0]) == 2.5


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


def test_relatives_counts_an_answer_that_names_the_phrase_before_a_relative_pronoun(
    tmp_path: Path, capsys
) -> None:
    relatives = _load("relatives")
    # a stand-in for the shared scorer, read from the gold file's folder: exact words match
    (tmp_path / "score_speakers.py").write_text(
        "GENERIC = set()\ndef overlap_match(a, b, generic):\n    return a.lower() == b.lower()\n",
        encoding="utf-8",
    )
    text = "The levy angered Ivo Rask, who said farmers would pay twice."
    who = text.index("who")
    gold = [
        {"id": "a", "split": "dev", "text": text, "speaker": "who", "speaker_start": who},
        {"id": "b", "split": "dev", "text": text, "speaker": "who", "speaker_start": who},
        {"id": "c", "split": "dev", "text": text, "speaker": "Ivo Rask", "speaker_start": 17},
    ]
    answers = [{"id": "a", "speaker": "Ivo Rask"}, {"id": "b", "speaker": "The levy"}]
    answers.append({"id": "c", "speaker": "Ivo Rask"})
    for name, rows in (("gold.jsonl", gold), ("answers.jsonl", answers)):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    assert relatives.main([str(tmp_path / "gold.jsonl"), str(tmp_path / "answers.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "(1/3)" in out  # the scorer's figure: only 'c'
    assert "answered by their antecedent 1" in out  # 'a', not 'b'
    assert "(2/3)" in out
