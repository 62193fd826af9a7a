"""The event stage's fast reads give exactly what the plain networkx reads give."""

from __future__ import annotations

import networkx as nx
import pytest

from reconcile.api import analyse
from reconcile.graph import (
    _models_by_node,
    claims,
    document_of,
    nodes_of_kind,
    sentence_of,
    sentences_stating,
    source_of,
)
from reconcile.models import Document, Span
from reconcile.rules.base import _already_valid

_TEXTS = [
    "Gunmen killed 12 soldiers in Orla on Monday, the ministry said. Rebels said 40 died.",
    "The toll rose to 17, police said. Officials earlier said 12 people were killed.",
    "Gunmen killed 12 soldiers in Orla on Monday, the ministry said. A wire put it at 15.",
]


def _event_graph() -> nx.MultiDiGraph:
    docs = [
        Document(id=f"d{k}", publisher=f"Wire {k % 2}", published=f"2021-03-0{k + 1}", text=t)
        for k, t in enumerate(_TEXTS)
    ]
    G = analyse(docs).graph
    assert G is not None
    return G


def test_claim_reads_equal_the_edges_networkx_gives() -> None:
    G = _event_graph()
    found = claims(G)
    assert len(found) >= 4
    for claim in found:
        states = [u for u, _, k in G.in_edges(claim.id, data="kind") if k == "states"]
        said = [v for _, v, k in G.out_edges(claim.id, data="kind") if k == "attributed_to"]
        assert sentence_of(G, claim.id) is G.nodes[states[0]]["model"]
        assert source_of(G, claim.id) is G.nodes[said[0]]["model"]
        assert document_of(G, claim.id).id == claim.span.doc_id
    assert sentences_stating(G, found) == [sentence_of(G, c.id) for c in found]
    assert sentences_stating(G, []) == []


def test_models_and_kinds_equal_the_node_views() -> None:
    G = _event_graph()
    assert _models_by_node(G) == dict(G.nodes(data="model"))
    assert list(_models_by_node(G)) == list(G.nodes)
    for kind in ("source", "document", "sentence", "claim", "variable"):
        expected = sorted(n for n, k in G.nodes(data="kind") if k == kind)
        assert nodes_of_kind(G, kind) == expected


class _Wider(Span):
    pass


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        ([], True),
        ([Span(doc_id="d", start=0, end=3)], True),
        ([Span(doc_id="d", start=0, end=3), _Wider(doc_id="d", start=1, end=2)], False),
        ([{"doc_id": "d", "start": 0, "end": 3}], False),
    ],
)
def test_only_spans_that_are_exactly_span_are_kept_unvalidated(spans: list, kept: bool) -> None:
    values = {
        "code": "R501",
        "rule": "verbatim-repeat",
        "severity": "info",
        "message": "m",
        "variable_id": None,
        "spans": spans,
    }
    assert _already_valid(values) is kept
