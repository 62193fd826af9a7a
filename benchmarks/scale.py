"""Scale: documents/s per stage, peak memory and growth per 10x, against the naive pipeline.

Usage::

    python benchmarks/scale.py --sizes 1000,10000            # generated reports only
    python benchmarks/scale.py --sizes 1000 --wad ../shared/eval/wad-dev.jsonl
    python benchmarks/scale.py --sizes 100 --naive 50 --jobs 2 --profile
    python benchmarks/scale.py --sizes 1000 --no-stages --rounds 3 --jobs 2 --wad …

Generates a deterministic corpus of realistic ~600-word news reports from our own
templates (events of one to five reports each, tolls revised, sources disagreeing) and,
with ``--wad``, adds reports made by joining texts of wad-dev.jsonl (read at run time,
never copied). For each size it prints:

* per stage (read, sentences, extraction, events, rules, estimates, output): documents/s
  in one process, measured by running the engine's own functions one stage at a time;
* the whole command ``reconcile check --format events-jsonl --csv … --jobs N`` as a
  subprocess: documents/s and its peak RSS;
* growth of time and memory per 10x step;
* the naive pipeline (syntok + quantulum3 on every sentence + dateparser on date phrases)
  on ``--naive`` documents spread evenly through the same corpus, half just before the
  whole command and half just after (each half in a fresh process), and the ratio: the
  naive pipeline's one-off start (imports, quantulum3's first parse) is counted once over
  the size's documents, as the whole command's start is;
* with ``--rounds R``, the whole command and its two naive halves R times, and the median
  ratio: the machine's speed drifts between runs minutes apart, so one round's ratio is
  a sample, not the figure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

PLACES = [
    "Tarsun",
    "Kovra",
    "Helmgard",
    "Sughdara",
    "Barang",
    "Novabad",
    "Karagol",
    "Oruz",
    "Bassaru",
    "Santa Brena",
    "Dankore",
    "Zinvar",
    "Mesto",
    "Aldor",
    "Kirav",
    "Pelun",
]
REGIONS = ["northern", "southern", "eastern", "western", "central"]
SOURCES = [
    ("the Interior Ministry", "government"),
    ("police", "police"),
    ("the regional governor", "government"),
    ("the Red Crescent", "ngo"),
    ("a hospital official", "medical"),
    ("the army", "military"),
    ("local residents", "witnesses"),
    ("the health ministry", "government"),
]
PUBLISHERS = [
    "Caspian Wire",
    "Orient World Service",
    "Meridian News",
    "Atlas Daily",
    "Northern Courier",
    "Coastal Herald",
    "Valley Times",
    "Global Dispatch",
]
KINDS = {
    "bombing": ("a bomb exploded in", "the blast", "the explosion"),
    "earthquake": ("an earthquake struck", "the quake", "the tremor"),
    "flood": ("flash floods swept through", "the floods", "the flooding"),
    "clash": ("fighting broke out in", "the clashes", "the fighting"),
    "protest": ("protesters clashed with police in", "the protests", "the unrest"),
}
FILLER = [
    "Witnesses described scenes of chaos as emergency crews arrived at the site.",
    "Roads into the area were closed for several hours while rescuers searched the debris.",
    "Officials said an investigation had been opened and more details would follow.",
    "The United Nations called for restraint and urged all parties to protect civilians.",
    "Relatives gathered outside the main hospital, waiting for news of the missing.",
    "Aid agencies said shelter, clean water and medicine were the most urgent needs.",
    "Local television showed collapsed walls, burned vehicles and shattered windows.",
    "The government declared a day of mourning and promised to rebuild what was lost.",
    "Schools and markets stayed closed on the following day across the district.",
    "Analysts said the region had seen a rise in similar incidents over the past year.",
    "A spokesman declined to say when the next update would be published.",
    "Residents said they had warned the authorities about the danger for months.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _report(rng: random.Random, event: dict, k: int) -> str:
    """One ~600-word report of an event, the k-th of its series (tolls rise over time)."""
    place, kind, region = event["place"], event["kind"], event["region"]
    verb, noun, noun2 = KINDS[kind]
    day = WEEKDAYS[event["weekday"]]
    killed = event["killed"] + k * rng.randint(0, 6)
    wounded = event["wounded"] + k * rng.randint(0, 10)
    source, _ = rng.choice(SOURCES)
    other, _ = rng.choice([s for s in SOURCES if s[0] != source])
    sentences = [
        f"At least {killed} people were killed and {wounded} wounded when {verb} the "
        f"{region} town of {place} on {day}, {source} said.",
        f"{other[0].upper() + other[1:]} gave a higher death toll, saying "
        f"{killed + rng.randint(1, 9)} people had died in {noun}.",
        f"Among the dead were {rng.choice(NUMBER_WORDS)} children and "
        f"{rng.choice(NUMBER_WORDS)} members of the security forces, according to {source}.",
        f"The toll rose to {killed + 3} on {WEEKDAYS[(event['weekday'] + 1) % 7]}, up from "
        f"{killed} a day earlier, officials in {place} said.",
        f"More than {wounded // 2 + 1} of the injured were taken to hospitals in {place} and "
        f"the nearby city of {event['city']}.",
        f"About {rng.randint(2, 40) * 100} residents were displaced by {noun2}, the "
        f"{event['province']} provincial authorities said.",
    ]
    if k:
        sentences.append(
            f"{source.capitalize()} revised its figure on {day}, raising the death toll to "
            f"{killed + 5}."
        )
    body = []
    while sum(len(s.split()) for s in sentences + body) < 600:
        body.append(rng.choice(FILLER))
        if rng.random() < 0.25:
            body.append(
                f"In {place}, {rng.choice(SOURCES)[0]} said {rng.randint(2, 30)} people had "
                f"been arrested in connection with {noun}."
            )
    return (
        " ".join(sentences[:3])
        + "\n\n"
        + " ".join(body[: len(body) // 2])
        + "\n\n"
        + (" ".join(sentences[3:]) + " " + " ".join(body[len(body) // 2 :]))
    )


def _syllable_name(rng: random.Random) -> str:
    parts = ["ka", "ro", "vin", "dar", "mel", "su", "to", "bra", "nek", "ol", "zu", "fa"]
    return "".join(rng.choice(parts) for _ in range(3)).capitalize()


def generate(n: int, seed: int = 7, wad: Path | None = None) -> list[dict]:
    """``n`` documents: template reports of events (1-5 reports each), and with ``wad`` a
    quarter made by joining ~8 WAD texts each (one event apiece)."""
    rng = random.Random(seed)
    docs: list[dict] = []
    wad_texts: list[dict] = []
    if wad is not None:
        wad_texts = [json.loads(line) for line in wad.open(encoding="utf-8")]
    n_wad = n // 4 if wad_texts else 0
    while len(docs) < n - n_wad:
        base = 16436 + rng.randint(0, 2000)  # days since 1970: 2015..2020
        event = {
            "place": rng.choice(PLACES) + " " + _syllable_name(rng),
            "city": _syllable_name(rng),
            "province": _syllable_name(rng),
            "region": rng.choice(REGIONS),
            "kind": rng.choice(sorted(KINDS)),
            "weekday": rng.randint(0, 6),
            "killed": rng.randint(1, 80),
            "wounded": rng.randint(0, 150),
        }
        for k in range(rng.randint(1, 5)):
            if len(docs) >= n - n_wad:
                break
            day = base + k * rng.randint(0, 2)
            published = time.strftime("%Y-%m-%d", time.gmtime(day * 86400))
            docs.append(
                {
                    "id": f"gen-{len(docs):07d}",
                    "text": _report(rng, event, k),
                    "publisher": rng.choice(PUBLISHERS),
                    "published": published,
                }
            )
    for j in range(n_wad):
        picked = [rng.choice(wad_texts) for _ in range(8)]
        docs.append(
            {
                "id": f"wadjoin-{j:07d}",
                "text": "\n\n".join(p["text"] for p in picked),
                "publisher": "WAD",
                "published": picked[0].get("date") or "2018-01-01",
            }
        )
    return docs


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stages(path: Path) -> dict[str, float]:
    """Seconds per stage in this process, running the engine's functions stage by stage."""
    from reconcile.backends.local import _Spill
    from reconcile.estimate import estimate
    from reconcile.events import (
        DocumentResult,
        EventAnalysis,
        EventSettings,
        _event_sentences,
        _reconcile_repeats,
        document_features,
        group_events,
    )
    from reconcile.extract import extract_document, merge_extractions
    from reconcile.graph import add_findings, build_graph
    from reconcile.io import iter_jsonl
    from reconcile.report import report_from_events, report_line
    from reconcile.rules import RuleContext, run_rules, select_rules
    from reconcile.segment import split_marked
    from reconcile.variables import build_variables

    t: dict[str, float] = defaultdict(float)
    spill = _Spill()  # as the engine does: per-document results on disk, not in memory
    feats = []
    reader = iter_jsonl(path)
    while True:
        clock = time.perf_counter()
        doc = next(reader, None)
        t["read"] += time.perf_counter() - clock
        if doc is None:
            break
        clock = time.perf_counter()
        sentences = split_marked(doc)
        t["sentences"] += time.perf_counter() - clock
        clock = time.perf_counter()
        part = extract_document(doc, sentences)
        t["extraction"] += time.perf_counter() - clock
        clock = time.perf_counter()
        feats.append(document_features(doc, part.times))
        t["events"] += time.perf_counter() - clock
        spill.put(DocumentResult(doc, sentences, part, feats[-1]))
    clock = time.perf_counter()
    groups = group_events(feats, EventSettings())
    t["events"] += time.perf_counter() - clock
    members = defaultdict(list)
    for f in feats:
        members[groups[f.doc_id]].append(f.doc_id)
    rules = select_rules()
    with open(os.devnull, "w") as sink:
        for event_id in sorted(members):
            results = [spill.get(d) for d in sorted(members[event_id])]
            mine = [r.document for r in results]
            clock = time.perf_counter()
            sentences = _event_sentences(results)  # as analyse_event marks them
            t["sentences"] += time.perf_counter() - clock
            clock = time.perf_counter()
            by_doc = defaultdict(list)
            for sent in sentences:
                by_doc[sent.span.doc_id].append(sent)
            extraction = merge_extractions(
                [_reconcile_repeats(r, by_doc[r.document.id]) for r in results]
            )
            variables = build_variables(extraction.claims)
            G = build_graph(mine, sentences, extraction.claims, extraction.sources, variables)
            findings, errors = run_rules(G, RuleContext({d.id: d for d in mine}), rules)
            add_findings(G, findings)
            t["rules"] += time.perf_counter() - clock
            clock = time.perf_counter()
            estimates = estimate(G)
            t["estimates"] += time.perf_counter() - clock
            clock = time.perf_counter()
            analysis = EventAnalysis(
                event_id,
                mine,
                sentences,
                extraction.times,
                extraction.labels,
                extraction.sources,
                extraction.claims,
                variables,
                findings,
                estimates,
                errors,
                [r.features for r in results],
            )
            report = report_from_events([analysis], rules_run=[r.code for r in rules])
            sink.write(report_line(report))
            t["output"] += time.perf_counter() - clock
    spill.close()
    return dict(t)


_DATE_PHRASE = re.compile(
    r"\b(?:on |last |this |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2})\b"
)


def naive(path: Path, limit: int, half: int | None = None) -> tuple[int, float, float]:
    """The pipeline a user scripts in an hour, on ``limit`` documents spread evenly through
    the corpus (every k-th: the corpus puts its template reports first and its joined WAD
    reports last, and they read at different speeds); with ``half`` 0 or 1, only the even
    or the odd ones of those. Returns the documents read, the one-off start (imports,
    quantulum3's first parse, which compiles, and the date parser) and the seconds spent on
    the documents themselves.
    """
    import warnings

    clock = time.perf_counter()
    warnings.filterwarnings("ignore", message="Classifier dependencies")
    from dateparser.date import DateDataParser
    from quantulum3 import parser as quantulum
    from syntok import segmenter

    quantulum.parse("12 people")
    parser = DateDataParser(languages=["en"])
    start = time.perf_counter() - clock
    with path.open(encoding="utf-8") as handle:
        lines = handle.readlines()
    step = max(1, len(lines) // max(1, limit))
    sample = lines[::step][:limit]
    if half is not None:
        sample = sample[half::2]
    clock = time.perf_counter()
    for line in sample:
        text = json.loads(line)["text"]
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                if not sentence:
                    continue
                a = sentence[0].offset
                b = sentence[-1].offset + len(sentence[-1].value)
                quantulum.parse(text[a:b])
                for match in _DATE_PHRASE.finditer(text, a, b):
                    parser.get_date_data(match.group())
    return len(sample), start, time.perf_counter() - clock


def whole(path: Path, jobs: int, out: Path) -> tuple[float, float]:
    """The whole command as a subprocess: seconds, and the peak RSS (MB) of its largest
    process (the parent or a worker) as GNU time reports it. (``getrusage`` inside the
    child would count this benchmark's own memory: Linux keeps ``ru_maxrss`` across exec.)
    """
    clock = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "reconcile",
        "check",
        str(path),
        "--format",
        "events-jsonl",
        "-o",
        str(out / "events.jsonl"),
        "--csv",
        str(out / "events.csv"),
        "--jobs",
        str(jobs),
    ]
    timer = Path("/usr/bin/time")
    if timer.exists():
        command = [str(timer), "-f", "maxrss-kb %M", *command]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        raise SystemExit(f"reconcile failed: {run.stderr.strip()}")
    seconds = time.perf_counter() - clock
    found = re.search(r"maxrss-kb (\d+)", run.stderr)
    return seconds, int(found.group(1)) / 1024 if found else float("nan")


def naive_process(path: Path, limit: int, half: int) -> tuple[int, float, float]:
    """:func:`naive` on one half of its sample in a fresh process, so that each half pays
    the naive pipeline's start (imports, first parses) as a user's script does."""
    command = [sys.executable, __file__, "--naive-run", str(path), str(limit), str(half)]
    run = subprocess.run(command, capture_output=True, text=True, check=True)
    done, start, seconds = json.loads(run.stdout)
    return int(done), float(start), float(seconds)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _compile_bytecode() -> None:
    """Write the package's bytecode first, as pip does for an installed package and Python
    at a checkout's first import, so that the timed command does not compile reconcile's
    sources (~0.3 s per process) where ``PYTHONDONTWRITEBYTECODE`` is set; the naive
    pipeline's packages have theirs from pip."""
    import compileall

    import reconcile

    compileall.compile_dir(Path(reconcile.__file__).parent, quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--wad", type=Path, help="wad-dev.jsonl, to add joined real reports")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--naive", type=int, default=200, help="documents the naive run reads")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage run")
    parser.add_argument("--profile", action="store_true", help="cProfile the stages")
    parser.add_argument(
        "--rounds", type=int, default=1, help="whole command and naive pipeline, alternated"
    )
    parser.add_argument("--naive-run", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.naive_run:  # one half of the naive sample, in this fresh process
        where, limit, half = args.naive_run
        print(json.dumps(naive(Path(where), int(limit), int(half))))
        return 0
    _compile_bytecode()
    previous = None
    with tempfile.TemporaryDirectory(prefix="reconcile-scale-") as tmp:
        out = Path(tmp)
        for size in (int(s) for s in args.sizes.split(",")):
            path = out / f"corpus-{size}.jsonl"
            with path.open("w", encoding="utf-8") as handle:
                for doc in generate(size, wad=args.wad):
                    handle.write(json.dumps(doc) + "\n")
            words = sum(len(json.loads(x)["text"].split()) for x in path.open()) / size
            print(f"\n== {size} documents, {words:.0f} words each on average ==")
            if not args.no_stages:
                if args.profile:
                    import cProfile
                    import pstats

                    profiler = cProfile.Profile()
                    profiler.enable()
                    per_stage = stages(path)
                    profiler.disable()
                    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
                else:
                    per_stage = stages(path)
                for stage, seconds in per_stage.items():
                    rate = size / seconds if seconds else float("inf")
                    print(f"  {stage:<11} {seconds:8.1f} s  {rate:10.0f} docs/s (1 process)")
                print(
                    f"  stages total {sum(per_stage.values()):.1f} s; peak RSS of this "
                    f"process {_rss_mb():.0f} MB"
                )
            seconds, rss = _rounds(path, size, args)
            if previous is not None:
                factor = size / previous[0]
                print(
                    f"  growth per {factor:.0f}x documents: time x{seconds / previous[1]:.1f}, "
                    f"peak RSS x{rss / previous[2]:.2f}"
                )
            previous = (size, seconds, rss)
    return 0


def _rounds(path: Path, size: int, args: argparse.Namespace) -> tuple[float, float]:
    """The whole command ``args.rounds`` times, each run bracketed by the naive pipeline:
    half its sample just before, half just after, each half in a fresh process. This
    machine's speed drifts by up to half between runs minutes apart, so a ratio is read
    from a naive rate measured around the same moments as the command it is set against.
    Prints each round, and the median ratio over the rounds; returns the median seconds
    and the largest peak RSS."""
    limit = min(args.naive, size)
    times, peaks, ratios = [], [], []
    for round_ in range(1, args.rounds + 1):
        before = naive_process(path, limit, 0) if limit else None
        seconds, rss = whole(path, args.jobs, out=path.parent)
        after = naive_process(path, limit, 1) if limit else None
        times.append(seconds)
        peaks.append(rss)
        label = f" (round {round_})" if args.rounds > 1 else ""
        rate = size / seconds
        print(
            f"  reconcile check --jobs {args.jobs}{label}: {seconds:.1f} s, {rate:.1f} docs/s, "
            f"peak RSS {rss:.0f} MB (largest process)"
        )
        if before is None or after is None:
            continue
        done = before[0] + after[0]
        start = (before[1] + after[1]) / 2
        naive_seconds = before[2] + after[2]
        # both pipelines pay their one-off start once over the same documents
        naive_rate = size / (start + size * naive_seconds / done)
        ratios.append(rate / naive_rate)
        print(
            f"  naive pipeline (1 process, {done} docs spread through the corpus, half just "
            f"before and half just after): {done / naive_seconds:.1f} docs/s after a "
            f"{start:.1f} s start, {naive_rate:.1f} docs/s over {size} docs; reconcile is "
            f"{ratios[-1]:.1f}x it"
        )
    if len(ratios) > 1:
        print(
            f"  over {len(ratios)} rounds: reconcile is {_median(ratios):.1f}x the naive "
            f"pipeline (median; {min(ratios):.1f}x to {max(ratios):.1f}x)"
        )
    return _median(times), max(peaks)


if __name__ == "__main__":
    raise SystemExit(main())
