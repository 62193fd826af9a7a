"""Events: grouping, per-event rules, streaming outputs and --jobs giving the same bytes."""

from __future__ import annotations

import csv
import pickle
import sqlite3
from pathlib import Path

import pytest

from reconcile.api import analyse
from reconcile.cli import main
from reconcile.events import (
    EventFeatures,
    EventSettings,
    document_features,
    group_events,
    shared_strings,
)
from reconcile.models import Document, Report
from reconcile.report import report_json

ROOT = Path(__file__).resolve().parent.parent


def _doc(doc_id: str, day: str, text: str, event: str | None = None) -> Document:
    return Document(id=doc_id, text=text, publisher=f"Wire {doc_id}", published=day, event=event)


QUAKE = (
    "An earthquake struck Zorava province near the town of Helmgard on Sunday, and the "
    "Zorava Disaster Agency said {n} people were killed in the quake in Helmgard and Kesto."
)
FLOOD = (
    "Floods swept through the Marin valley near Tobruvo on Monday; the Marin Red Cross "
    "said {n} people were killed in Tobruvo and Selvik."
)
ARCHIVE = [
    _doc("q1", "2024-03-03", QUAKE.format(n=12)),
    _doc("q2", "2024-03-04", QUAKE.format(n=20)),
    _doc("f1", "2024-03-04", FLOOD.format(n=5)),
    _doc("f2", "2024-03-05", FLOOD.format(n=9)),
    _doc("q3", "2024-05-30", QUAKE.format(n=3)),  # months later: another event
]


def test_grouping_by_time_places_and_names() -> None:
    features = [document_features(d) for d in ARCHIVE]
    groups = group_events(features)
    assert groups["q1"] == groups["q2"] != groups["f1"] == groups["f2"]
    assert groups["q3"] not in {groups["q1"], groups["f1"]}


def test_grouping_ignores_input_order_and_a_given_event_wins() -> None:
    features = [document_features(d) for d in ARCHIVE]
    assert group_events(features) == group_events(features[::-1])
    given = [document_features(d.model_copy(update={"event": "mine"})) for d in ARCHIVE[:1]]
    assert group_events(given + features[1:])["q1"] == "mine"


def test_a_wider_window_joins_the_later_report() -> None:
    features = [document_features(d) for d in ARCHIVE]
    wide = EventSettings(window_days=100, long_window_days=100)
    assert group_events(features, wide)["q3"] == group_events(features, wide)["q1"]


def test_rules_compare_claims_within_one_event_only() -> None:
    report = analyse(ARCHIVE, select=["R101"]).report
    assert len(report.events) == 3
    for finding in report.findings:
        events = {
            next(d.event for d in report.documents if d.id == s.doc_id) for s in finding.spans
        }
        assert len(events) == 1
    quake = next(e for e in report.events if "q1" in e.documents)
    assert quake.label.startswith("earthquake in ")
    assert "Helmgard" in quake.places and quake.estimates


def test_finding_edges_only_in_a_kept_graph_and_the_same_report() -> None:
    kept = analyse(ARCHIVE[:2])
    dropped = analyse(ARCHIVE[:2], graph=False)
    assert {"revises"} <= {k for _, _, k in kept.graph.edges(data="kind")}
    assert report_json(dropped.report) == report_json(kept.report)


def _write_archive(path: Path, docs: list[Document]) -> None:
    path.write_text(
        "".join(d.model_dump_json(exclude_none=True) + "\n" for d in docs), encoding="utf-8"
    )


def test_jobs_give_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reconcile.backends.local.SMALL_RUN", 2)  # use workers on 5 documents
    archive = tmp_path / "archive.jsonl"
    _write_archive(archive, ARCHIVE)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"report-{jobs}.json"
        assert (
            main(["check", str(archive), "--format", "json", "-o", str(out), "--jobs", jobs]) == 1
        )
        outputs.append(out.read_bytes())
        stream = tmp_path / f"events-{jobs}.jsonl"
        args = ["check", str(archive), "--format", "events-jsonl", "-o", str(stream)]
        assert main([*args, "--jobs", jobs]) == 1
        outputs.append(stream.read_bytes())
    assert outputs[0] == outputs[2] and outputs[1] == outputs[3]
    shuffled = tmp_path / "shuffled.jsonl"
    _write_archive(shuffled, [ARCHIVE[i] for i in (3, 0, 4, 2, 1)])
    stream = tmp_path / "events-shuffled.jsonl"
    main(["check", str(shuffled), "--format", "events-jsonl", "-o", str(stream), "--jobs", "2"])
    assert stream.read_bytes() == outputs[1]  # the input order changes nothing
    lines = outputs[1].decode().splitlines()
    assert len(lines) == 3
    assert all(len(Report.model_validate_json(line).events) == 1 for line in lines)


def test_csv_and_sqlite_tables(tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    _write_archive(archive, ARCHIVE[::-1])
    table, db = tmp_path / "events.csv", tmp_path / "events.db"
    code = main(
        [
            "check",
            str(archive),
            "--csv",
            str(table),
            "--sqlite",
            str(db),
            "--jobs",
            "1",
            "--format",
            "events-jsonl",
            "-o",
            str(tmp_path / "e.jsonl"),
        ]
    )
    assert code == 1
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    killed = [r for r in rows if r["variable"] == "killed/people"]
    assert len(killed) == 3
    quake = next(r for r in killed if "Helmgard" in r["places"] and r["documents"] == "2")
    # one agency revised its own toll: one source, its latest figure
    assert (quake["low"], quake["high"], quake["independent_sources"]) == ("20", "20", "1")
    assert quake["current_figure"] == "20" and quake["findings"] == "1"
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from events").fetchone() == (3,)
        assert con.execute("select count(*) from documents").fetchone() == (5,)
        n = con.execute("select count(*) from claims where event is not null").fetchone()[0]
        assert n >= 5
    assert main(["check", str(archive), "--sqlite", str(db)]) == 2  # never overwritten


def test_worked_case_is_one_event_named_after_its_folder() -> None:
    report = analyse(
        __import__("reconcile").load_paths([ROOT / "cases" / "blast-toll-revised"])
    ).report
    assert [e.id for e in report.events] == ["blast-toll-revised"]
    assert {d.event for d in report.documents} == {"blast-toll-revised"}


def test_dask_backend_gives_the_local_report(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    from reconcile.api import analyse_events
    from reconcile.report import report_from_events, report_json

    local = report_json(report_from_events(list(analyse_events(ARCHIVE)), rules_run=[]))
    with LocalCluster(
        processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None
    ) as cluster:
        found = analyse_events(ARCHIVE, backend="dask", scheduler=cluster.scheduler_address)
        remote = report_json(report_from_events(list(found), rules_run=[]))
        archive = tmp_path / "archive.jsonl"
        _write_archive(archive, ARCHIVE)
        outputs = []
        for backend in (
            ["--jobs", "1"],
            ["--backend", "dask", "--scheduler", cluster.scheduler_address],
        ):
            out = tmp_path / f"report-{len(outputs)}.json"
            assert main(["check", str(archive), "--format", "json", "-o", str(out), *backend]) == 1
            outputs.append(out.read_bytes())
    assert remote == local
    assert outputs[0] == outputs[1]


def test_manifest_event_key_and_folder_default(tmp_path: Path) -> None:
    from reconcile.io import load_paths

    folder = tmp_path / "tarsun-bombing"
    folder.mkdir()
    (folder / "a.txt").write_text("A bomb exploded in Tarsun.", encoding="utf-8")
    (folder / "b.txt").write_text("Police in Kovra said two people died.", encoding="utf-8")
    (folder / "documents.toml").write_text(
        '[[document]]\nfile = "a.txt"\npublisher = "P"\npublished = 2020-01-01\n'
        '[[document]]\nfile = "b.txt"\npublisher = "Q"\npublished = 2020-01-02\n'
        'event = "kovra-deaths"\n',
        encoding="utf-8",
    )
    events = {d.id: d.event for d in load_paths([folder])}
    assert events == {"a": "tarsun-bombing", "b": "kovra-deaths"}


def test_archive_is_read_lazily_and_duplicate_ids_are_refused(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reconcile.backends.local.SMALL_RUN", 2)  # the error meets workers
    from reconcile.io import iter_paths

    archive = tmp_path / "archive.jsonl"
    _write_archive(archive, [*ARCHIVE, ARCHIVE[0]])
    found = iter_paths([archive])
    assert next(found).id == "q1"  # the first line, before the rest is read
    out = str(tmp_path / "o")
    code = main(["check", str(archive), "--format", "events-jsonl", "-o", out, "--jobs", "2"])
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "used twice" in err[0] and str(archive) in err[0]
    assert not (tmp_path / "o").exists() and not list(tmp_path.glob(".o.*"))


def test_graphml_needs_the_whole_report(tmp_path: Path, capsys) -> None:
    archive = tmp_path / "archive.jsonl"
    _write_archive(archive, ARCHIVE)
    args = ["check", str(archive), "--csv", str(tmp_path / "t.csv")]
    assert main([*args, "--graphml", str(tmp_path / "g.graphml")]) == 2
    assert "--graphml" in capsys.readouterr().err


def test_terminal_view_summarises_events_most_findings_first() -> None:
    from reconcile.render.text import render_text

    report = analyse(ARCHIVE).report
    text = render_text(report)
    assert "Events (3, most findings first)" in text
    summary = text.split("Events (3", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    counts = [int(line.split(" findings")[0].rsplit(" ", 1)[1]) for line in summary]
    assert counts == sorted(counts, reverse=True)


def _event_sentences(results: list) -> dict[str, list]:
    from reconcile.segment import mark_repeats

    docs = [r.document for r in results]
    fresh = [s.model_copy(update={"duplicate_of": None}) for r in results for s in r.sentences]
    by_doc: dict[str, list] = {}
    for sent in mark_repeats(docs, fresh):
        by_doc.setdefault(sent.span.doc_id, []).append(sent)
    return by_doc


@pytest.mark.parametrize(
    "case", [*sorted(p.parent for p in (ROOT / "cases").glob("*/expected.json")), None]
)
def test_dropping_copied_sentences_equals_extracting_again(case: Path | None) -> None:
    from reconcile.events import _reconcile_repeats, process_document
    from reconcile.extract import extract_document
    from reconcile.io import load_paths

    if case is None:  # a wire story copied with a sentence changed, and an own sentence
        lead = "Police said 12 people were killed in the blast in Tarsun on Monday."
        docs = [
            _doc("w1", "2024-03-03", f"{lead} The toll may rise, officials said."),
            _doc("w2", "2024-03-04", f"Tarsun mourned. {lead} Later, 15 were dead, it said."),
        ]
    else:
        docs = load_paths([case])
    results = [process_document(d) for d in docs]
    event = _event_sentences(results)
    for result in results:
        mine = event[result.document.id]
        again = extract_document(result.document, mine)
        assert _reconcile_repeats(result, mine) == again


@pytest.mark.parametrize(
    "option", [["--event-window", "-1"], ["--event-overlap", "2"], ["--jobs", "0"]]
)
def test_bad_archive_options_exit_2_with_one_line(option: list[str], capsys) -> None:
    case = str(ROOT / "cases" / "khorugh-2012")
    assert main(["check", case, *option]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_a_follow_up_naming_another_place_joins_when_its_names_match_well() -> None:
    """A follow-up that names only a suburb shares no place with the first report: its
    other names must match much better, and here they do. "Speaking" opens a sentence
    and is not a name."""
    first = _doc(
        "p1",
        "2024-06-10",
        "Protests in the city of Velmora left 14 people dead, President Anika Dorvash said "
        "on Monday. Dorvash asked the Velmora Rights Board to investigate the deaths.",
    )
    follow_up = _doc(
        "p2",
        "2024-06-13",
        "Speaking on Thursday, President Anika Dorvash promised a full account of how 14 "
        "people died in the protests. He described a shooting in Tessel and said the Rights "
        "Board would report within a month.",
    )
    features = [document_features(d) for d in [*ARCHIVE, first, follow_up]]
    assert "speaking" not in features[-1].names
    groups = group_events(features)
    assert groups["p1"] == groups["p2"]
    assert groups["p1"] not in {groups["q1"], groups["f1"]}
    never = EventSettings(placeless_factor=100)
    assert group_events(features, never)["p1"] != group_events(features, never)["p2"]


def test_names_common_in_those_weeks_do_not_link_events() -> None:
    """Five reports of different towns all name the Aid Council and the Interior Ministry;
    two also name Tessel in passing. With ``block_limit=3`` the common names tell no event
    apart, so one shared rare name is not enough."""
    towns = ["Orvik", "Pella", "Dunmar", "Sarov", "Kettle"]
    docs = [
        Document(
            id=f"r{k}",
            text=(
                f"Floods in the town of {town} killed {k + 3} people, the Interior Ministry "
                f"said, and the Aid Council sent tents."
                + (" Roads to Tessel were closed." if k < 2 else "")
            ),
            publisher="Wire",
            published=f"2024-04-0{k + 1}",
        )
        for k, town in enumerate(towns)
    ]
    other = Document(
        id="r9", text="A court in Brenno jailed two men.", publisher="Wire", published="2024-04-02"
    )
    features = [document_features(d) for d in [*docs, other]]
    groups = group_events(features, EventSettings(block_limit=3))
    assert len(set(groups.values())) == 6
    loose = group_events(features, EventSettings(block_limit=100))
    assert loose["r0"] == loose["r1"]


def test_an_oversize_group_is_grouped_again_from_its_stronger_links() -> None:
    """Two towns' reports, each pair strongly alike, joined by one weak link (a round-up
    naming both): with ``max_event_documents=2`` the chain splits at the weak link."""
    north = "Floods in the town of Orvik killed {n} people, said Mayor Tilda Brannsen of Orvik."
    south = "Floods in the town of Pella killed {n} people, said Mayor Arno Vestig of Pella."
    roundup = (
        "Floods in Orvik and Pella: Mayor Tilda Brannsen and Mayor Arno Vestig said villages "
        "were cut off in the Orvik and Pella valleys."
    )
    docs = [
        _doc("n1", "2024-04-01", north.format(n=3)),
        _doc("n2", "2024-04-02", north.format(n=4)),
        _doc("r", "2024-04-02", roundup),
        _doc("s1", "2024-04-01", south.format(n=5)),
        _doc("s2", "2024-04-02", south.format(n=6)),
    ]
    features = [document_features(d) for d in docs]
    chained = group_events(features)
    assert len({chained[d.id] for d in docs}) == 1
    split = group_events(features, EventSettings(max_event_documents=2))
    assert split["n1"] == split["n2"] != split["s1"] == split["s2"]


def test_features_from_two_pickles_share_their_name_strings():
    """Features arrive one pickle at a time; interned, equal names are one object."""
    doc = _doc("a", "2021-03-01", QUAKE.format(n=12))
    one, two = (shared_strings(pickle.loads(pickle.dumps(document_features(doc)))) for _ in "ab")
    assert one == document_features(doc)
    by_name = {name: name for name in one.names}
    assert "helmgard" in by_name
    assert all(by_name[name] is name for name in two.names)


def test_a_document_of_year_one_has_features_and_a_report() -> None:
    # The window before publication starts before the calendar does: no OverflowError.
    doc = Document(
        id="old",
        publisher="Chronicle",
        published="0001-01-02",
        text="On Tuesday three guards were killed at the gate, the captain said.",
    )
    assert document_features(doc).first.year == 1
    report = analyse([doc]).report
    assert [d.id for d in report.documents] == ["old"]


def test_worker_errors_reach_the_caller() -> None:
    import math
    import multiprocessing
    import os

    from reconcile.backends.local import Job, _Workers

    ctx = multiprocessing.get_context("forkserver")
    workers = _Workers(ctx, 2, Job(rule_codes=(), settings={}))
    try:
        found = list(workers.map(math.sqrt, [4, 9, 16, 25, 36], chunksize=2, ahead=1))
        assert found == [2.0, 3.0, 4.0, 5.0, 6.0]  # in the input's order
        with pytest.raises(ValueError, match="math domain error"):
            list(workers.map(math.sqrt, [4, -1, 9], chunksize=1, ahead=2))
    finally:
        workers.close()
    workers = _Workers(ctx, 1, Job(rule_codes=(), settings={}))
    try:
        with pytest.raises(RuntimeError, match="ended before"):
            list(workers.map(os._exit, [3], chunksize=1, ahead=1))  # a worker that dies
    finally:
        workers.close()


def test_workers_are_forked_unless_the_caller_runs_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from reconcile.backends import local

    if not sys.platform.startswith("linux"):
        pytest.skip("fork is used on Linux only")
    monkeypatch.setattr(local.threading, "active_count", lambda: 1)
    assert local._start_context().get_start_method() == "fork"
    # a thread of the caller's could hold a lock at fork time: the fork server then
    monkeypatch.setattr(local.threading, "active_count", lambda: 2)
    assert local._start_context().get_start_method() == "forkserver"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Harbour cranes fell. The harbour was shut.", False),  # opens a sentence
        ("Cranes fell.   Harbour cranes came. The harbour shut.", True),  # 3 spaces: mid
        ("Cranes fell - Harbour cranes came; the harbour shut.", False),  # after a dash
        ("Cranes fell:Harbour cranes came, the harbour shut.", False),  # after a colon
        ('Cranes fell, "Harbour cranes came", the harbour shut.', False),  # after a quote
        ("Cranes fell at Harbour-side, the harbour shut.", True),  # inside a sentence
        ("Harbour cranes fell, the crane shut.", True),  # never written in lower case
    ],
)
def test_a_capitalised_word_opening_a_sentence_is_a_name_only_if_never_lower(
    text: str, named: bool
) -> None:
    from reconcile.events import _names

    names, _ = _names(text)
    assert (("harbour" in names) or ("harbour-side" in names)) is named


@pytest.mark.parametrize(("place_weight", "linked"), [(2.0, True), (0.5, False)])
def test_a_shared_name_weighs_the_more_of_its_two_weights(
    place_weight: float, linked: bool
) -> None:
    # x, y, z are places of both reports: with place_weight 0.5 they weigh half their idf
    # in both (0.25 of the lighter report's weight shared), with 2.0 twice (0.57)
    from datetime import date

    def features(doc_id: str, names: str, places: str) -> EventFeatures:
        day = date(2022, 4, 2)
        return EventFeatures(
            doc_id, None, day, day, frozenset(places.split()), frozenset(names.split()), None
        )

    groups = group_events(
        [
            features("a", "xo yo zo uu vv ww", "xo yo zo"),
            features("b", "xo yo zo rr ss tt", "xo yo zo"),
            features("c", "mm nn oo", ""),
        ],
        EventSettings(place_weight=place_weight, min_overlap=0.4),
    )
    assert (groups["a"] == groups["b"]) is linked
