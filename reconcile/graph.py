"""The claim graph: sources, documents, sentences, claims and variables, and how they link.

Graph contract (a ``networkx.MultiDiGraph``):

Nodes are prefixed strings; every node has ``kind`` and ``model`` (the frozen pydantic
object it stands for):

=============  ==============  ==========================================
prefix         ``kind``        ``model``
=============  ==============  ==========================================
``src:…``      ``source``      :class:`~reconcile.models.Source`
``doc:…``      ``document``    :class:`~reconcile.models.Document`
``sent:…``     ``sentence``    :class:`~reconcile.models.Sentence`
``claim:…``    ``claim``       a :data:`~reconcile.models.Claim`
``var:…``      ``variable``    :class:`~reconcile.models.Variable`
=============  ==============  ==========================================

Every edge has ``kind``:

* ``published``: source → document (the publisher);
* ``contains``: document → sentence;
* ``states``: sentence → claim;
* ``attributed_to``: claim → source (the speaker, or the publisher when unattributed);
* ``measures``: claim → variable;
* ``copy_of``: sentence → the sentence it repeats verbatim;
* ``near_copy_of``: sentence → the sentence of an earlier document it nearly repeats;
* ``conflicts_with``, ``revises``: claim → claim, added from findings by
  :func:`add_findings` (each carries the finding's ``code`` and ``finding`` id).

Rules read the graph only through the functions below, never through networkx internals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import networkx as nx

from reconcile.extract.attribution import source_id
from reconcile.models import Claim, Document, Finding, Sentence, Source, Variable

__all__ = [
    "RELATION_EDGES",
    "add_findings",
    "build_graph",
    "claims",
    "claims_in",
    "claims_measuring",
    "copies",
    "document_of",
    "for_export",
    "latest_by_source",
    "nodes_of_kind",
    "origin_id",
    "sentence_of",
    "sentences",
    "source_of",
    "source_of_document",
    "variables",
]

#: Finding codes' families that become claim-to-claim edges, and the edge kind used.
RELATION_EDGES = {"R1": "conflicts_with", "R2": "revises"}


def doc_node(doc_id: str) -> str:
    """The node id of a document.

    >>> doc_node("a")
    'doc:a'
    """
    return f"doc:{doc_id}"


def build_graph(
    documents: Iterable[Document],
    sentences: Iterable[Sentence],
    claims: Iterable[Claim],
    sources: Iterable[Source],
    variables: Iterable[Variable],
) -> nx.MultiDiGraph:
    """Build the claim graph from the pipeline's models (see the module docstring)."""
    G = nx.MultiDiGraph()
    for source in sources:
        G.add_node(source.id, kind="source", model=source)
    for variable in variables:
        G.add_node(variable.id, kind="variable", model=variable)
    for doc in documents:
        node = doc_node(doc.id)
        G.add_node(node, kind="document", model=doc)
        G.add_edge(source_id(doc.publisher), node, kind="published")
    for sent in sentences:
        G.add_node(sent.id, kind="sentence", model=sent)
        G.add_edge(doc_node(sent.span.doc_id), sent.id, kind="contains")
        if sent.duplicate_of is not None:
            G.add_edge(sent.id, sent.duplicate_of, kind="copy_of")
        if sent.near_duplicate_of is not None:
            G.add_edge(sent.id, sent.near_duplicate_of, kind="near_copy_of")
    for claim in claims:
        G.add_node(claim.id, kind="claim", model=claim)
        G.add_edge(claim.sentence_id, claim.id, kind="states")
        G.add_edge(claim.id, claim.attribution.source_id, kind="attributed_to")
        G.add_edge(claim.id, claim.variable_id, kind="measures")
    return G


def nodes_of_kind(G: nx.MultiDiGraph, kind: str) -> list[str]:
    """Ids of the nodes of one kind, sorted."""
    return sorted(n for n, k in G.nodes(data="kind") if k == kind)


def _targets(G: nx.MultiDiGraph, node: str, kind: str) -> Iterator[str]:
    for _, target, edge_kind in G.out_edges(node, data="kind"):
        if edge_kind == kind:
            yield target


def _sources(G: nx.MultiDiGraph, node: str, kind: str) -> Iterator[str]:
    for origin, _, edge_kind in G.in_edges(node, data="kind"):
        if edge_kind == kind:
            yield origin


def claims(G: nx.MultiDiGraph) -> list[Claim]:
    """Every claim model, sorted by id."""
    return [G.nodes[n]["model"] for n in nodes_of_kind(G, "claim")]


def variables(G: nx.MultiDiGraph) -> list[Variable]:
    """Every variable model, sorted by id."""
    return [G.nodes[n]["model"] for n in nodes_of_kind(G, "variable")]


def claims_measuring(G: nx.MultiDiGraph, var_id: str) -> list[Claim]:
    """The claims that measure one variable, by publication time then position."""
    found = [G.nodes[c]["model"] for c in _sources(G, var_id, "measures")]
    return sorted(found, key=lambda c: (c.published, c.span.doc_id, c.span.start))


def source_of(G: nx.MultiDiGraph, claim_id: str) -> Source:
    """The source a claim is attributed to."""
    return G.nodes[next(_targets(G, claim_id, "attributed_to"))]["model"]


def sentence_of(G: nx.MultiDiGraph, claim_id: str) -> Sentence:
    """The sentence that states a claim."""
    return G.nodes[next(_sources(G, claim_id, "states"))]["model"]


def document_of(G: nx.MultiDiGraph, node: str) -> Document:
    """The document a sentence or claim comes from."""
    model = G.nodes[node]["model"]
    return G.nodes[doc_node(model.span.doc_id)]["model"]


def copies(G: nx.MultiDiGraph, kind: str = "copy_of") -> list[tuple[Sentence, Sentence]]:
    """Every (copy, original) pair of repeated sentences, sorted by the copy's id.

    ``kind`` is ``"copy_of"`` (verbatim) or ``"near_copy_of"`` (near repeats).
    """
    pairs = []
    for node in nodes_of_kind(G, "sentence"):
        for original in _targets(G, node, kind):
            pairs.append((G.nodes[node]["model"], G.nodes[original]["model"]))
    return pairs


def sentences(G: nx.MultiDiGraph, *, originals_only: bool = True) -> list[Sentence]:
    """Sentences by document and position; by default without verbatim repeats."""
    found = [G.nodes[n]["model"] for n in nodes_of_kind(G, "sentence")]
    if originals_only:
        found = [s for s in found if s.duplicate_of is None]
    return sorted(found, key=lambda s: (s.span.doc_id, s.span.start))


def claims_in(G: nx.MultiDiGraph, sentence_id: str) -> list[Claim]:
    """The claims a sentence states, by position."""
    found = [G.nodes[c]["model"] for c in _targets(G, sentence_id, "states")]
    return sorted(found, key=lambda c: c.span.start)


def origin_id(G: nx.MultiDiGraph, claim: Claim) -> str:
    """The id of the source a claim counts for when sources are counted as independent.

    That is the source it is attributed to, except for a figure stated in an outlet's own
    voice in a sentence that nearly copies another outlet's sentence: it counts for the
    source of the copied sentence (syndicated copy is not independent corroboration).
    """
    source = claim.attribution.source_id
    if claim.attribution.kind != "unattributed":
        return source
    sentence = G.nodes[claim.sentence_id]["model"]
    if sentence.near_duplicate_of is None:
        return source
    for other in claims_in(G, sentence.near_duplicate_of):
        return other.attribution.source_id
    original = G.nodes[sentence.near_duplicate_of]["model"]
    return source_of_document(G, original.span.doc_id)


def source_of_document(G: nx.MultiDiGraph, doc_id: str) -> str:
    """The id of a document's publisher."""
    return next(_sources(G, doc_node(doc_id), "published"))


def latest_by_source(
    G: nx.MultiDiGraph, var_id: str, *, counts_only: bool = True
) -> dict[str, Claim]:
    """The latest claim of each independent source on one variable (see :func:`origin_id`).

    Increments ('five more') and the earlier figure of a change ('from 12 to 17') are not
    a source's current figure and are left out when ``counts_only``.
    """
    latest: dict[str, Claim] = {}
    for claim in claims_measuring(G, var_id):
        if counts_only and getattr(claim, "change", None) in ("increment", "previous"):
            continue
        latest[origin_id(G, claim)] = claim  # claims come oldest first
    return dict(sorted(latest.items()))


def add_findings(G: nx.MultiDiGraph, findings: Iterable[Finding]) -> nx.MultiDiGraph:
    """Add the claim-to-claim relations findings establish (``conflicts_with``, ``revises``).

    Returns the same graph, changed in place, for chaining.
    """
    for finding in findings:
        kind = RELATION_EDGES.get(finding.code[:2])
        if kind is None or len(finding.claim_ids) < 2:
            continue
        first = finding.claim_ids[0]
        for other in finding.claim_ids[1:]:
            G.add_edge(first, other, kind=kind, code=finding.code, finding=finding.id)
    return G


def for_export(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are plain strings and numbers, as GraphML requires.

    Each node keeps ``kind`` and gets ``label`` plus the scalar fields of its model.
    """
    H = nx.MultiDiGraph()
    for node, data in G.nodes(data=True):
        model = data["model"]
        attrs: dict[str, str | int | float | bool] = {"kind": data["kind"]}
        skip = {"text"} if data["kind"] == "document" else set()
        for key, value in model.model_dump(mode="json", exclude=skip).items():
            if key == "kind":
                attrs[f"{data['kind']}_kind"] = value  # the claim kind: numeric, statement
            elif isinstance(value, str | int | float | bool):
                attrs[key] = value
            elif isinstance(value, dict) and key in ("span", "interval", "attribution"):
                for sub, sub_value in value.items():
                    if isinstance(sub_value, str | int | float | bool):
                        attrs[f"{key}_{sub}"] = sub_value
        attrs["label"] = str(attrs.get("name") or attrs.get("surface") or attrs.get("id", node))
        H.add_node(node, **attrs)
    for u, v, key, data in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=key, **{k: str(x) for k, x in data.items()})
    return H
