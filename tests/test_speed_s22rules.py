"""The per-event stage's fast paths give exactly what the plain ones give."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from reconcile import load_paths
from reconcile.api import analyse_events
from reconcile.events import EventAnalysis
from reconcile.extract.attribution import source_id
from reconcile.graph import build_graph, doc_node

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted(p for p in (ROOT / "cases").iterdir() if (p / "documents").is_dir())


def _events(case: Path) -> list[EventAnalysis]:
    return list(analyse_events(load_paths([case / "documents"])))


def _graph_through_networkx(
    analysis: EventAnalysis, sentences: list | None = None
) -> nx.MultiDiGraph:
    """build_graph as it was written with networkx's add_node and add_edge."""
    G = nx.MultiDiGraph()
    for model in analysis.sources:
        G.add_node(model.id, kind="source", model=model)
    for model in analysis.variables:
        G.add_node(model.id, kind="variable", model=model)
    for doc in analysis.documents:
        G.add_node(doc_node(doc.id), kind="document", model=doc)
        G.add_edge(source_id(doc.publisher), doc_node(doc.id), kind="published")
    for sent in analysis.sentences if sentences is None else sentences:
        G.add_node(sent.id, kind="sentence", model=sent)
        G.add_edge(doc_node(sent.span.doc_id), sent.id, kind="contains")
        if sent.duplicate_of is not None:
            G.add_edge(sent.id, sent.duplicate_of, kind="copy_of")
        if sent.near_duplicate_of is not None:
            G.add_edge(sent.id, sent.near_duplicate_of, kind="near_copy_of")
    for claim in analysis.claims:
        G.add_node(claim.id, kind="claim", model=claim)
        G.add_edge(claim.sentence_id, claim.id, kind="states")
        G.add_edge(claim.id, claim.attribution.source_id, kind="attributed_to")
        G.add_edge(claim.id, claim.variable_id, kind="measures")
    return G


def _assert_same_graph(fast: nx.MultiDiGraph, slow: nx.MultiDiGraph) -> None:
    assert list(fast.nodes(data=True)) == list(slow.nodes(data=True))
    for node in slow:  # each node's attributes in the same order
        assert list(fast.nodes[node].items()) == list(slow.nodes[node].items())
    assert list(fast.edges(keys=True, data=True)) == list(slow.edges(keys=True, data=True))
    assert list(fast.in_edges(keys=True, data=True)) == list(slow.in_edges(keys=True, data=True))
    assert fast._succ == slow._succ and fast._pred == slow._pred
    assert list(fast._succ) == list(slow._succ) and list(fast._pred) == list(slow._pred)
    for u, targets in fast._succ.items():  # one key dict per pair, shared by both sides
        assert list(targets) == list(slow._succ[u])
        assert list(fast._pred[u]) == list(slow._pred[u])
        for v, keys in targets.items():
            assert keys is fast._pred[v][u]
            assert list(keys) == list(slow._succ[u][v])


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_built_graph_equals_one_built_through_networkx(case: Path) -> None:
    for analysis in _events(case):
        fast = build_graph(
            analysis.documents,
            analysis.sentences,
            analysis.claims,
            analysis.sources,
            analysis.variables,
        )
        _assert_same_graph(fast, _graph_through_networkx(analysis))


def test_built_graph_equals_networkx_with_two_edges_between_nodes_and_forward_ends() -> None:
    """A sentence that is both a copy and a near copy of the same sentence (two edges, keys
    0 and 1), a repeat of a sentence listed after it (the end added bare, then given its
    attributes), and a claim of a source that has no node of its own."""
    (analysis, *_) = _events(ROOT / "cases" / "syndicated-copy")
    sents = list(analysis.sentences)
    assert len(sents) >= 3
    first, second, last = sents[0], sents[1], sents[-1]
    sents[0] = first.model_copy(update={"duplicate_of": last.id, "near_duplicate_of": last.id})
    sents[1] = second.model_copy(update={"near_duplicate_of": "sent:elsewhere"})
    sources = analysis.sources[1:]  # the first source only as an edge's end
    tricky = EventAnalysis(**{**analysis.__dict__, "sentences": sents, "sources": sources})
    fast = build_graph(tricky.documents, sents, tricky.claims, sources, tricky.variables)
    slow = _graph_through_networkx(tricky, sents)
    _assert_same_graph(fast, slow)
    assert list(fast._succ[first.id][last.id]) == [0, 1]
