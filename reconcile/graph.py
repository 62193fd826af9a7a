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

import re
import string
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import networkx as nx

from reconcile.extract.attribution import source_id
from reconcile.extract.lexicon import common_group, load_data, within
from reconcile.models import (
    PUBLICATION_ORDER,
    Claim,
    Document,
    Finding,
    NumericClaim,
    Sentence,
    Source,
    Variable,
)

__all__ = [
    "PARTY_ROLES",
    "RELATION_EDGES",
    "add_findings",
    "breakdowns",
    "build_graph",
    "claims",
    "claims_in",
    "claims_measuring",
    "comparable_figures",
    "copies",
    "current_figure",
    "current_figures",
    "document_figure",
    "document_of",
    "event_has_parties",
    "figure_claims",
    "for_export",
    "history_by_source",
    "latest_by_source",
    "latest_comparable_by_source",
    "nodes_of_kind",
    "origin_id",
    "part_at_own_scope",
    "sentence_of",
    "sentences",
    "sentences_stating",
    "source_of",
    "source_of_document",
    "stated_day",
    "statement_order",
    "superseded_by_update",
    "timeline",
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
    """Build the claim graph from the pipeline's models (see the module docstring).

    Each step adds the nodes of one kind with the edges that lead out of them or into
    them, in this order: networkx keeps nodes and edges in the order they were added.
    """
    G = nx.MultiDiGraph()
    edges = _Edges(G)
    _add_nodes(edges, sources, "source")
    _add_nodes(edges, variables, "variable")
    _add_documents(edges, documents)
    _add_sentences(edges, sentences)
    _add_claims(edges, claims)
    _keep_edge_index(G, edges)
    # networkx's add_node/add_edge end by clearing the graph's cache of converted graphs
    # (networkx >= 3.3); a graph made here has converted nothing yet, so there is none
    return G


class _Edges:
    """Adds the nodes and edges of :func:`build_graph` and records the edges as it goes:
    the targets (``out``) and origins (``into``) per node and edge kind, which become the
    edge index (:func:`_edge_index`) without a pass over the graph.

    Nodes and edges are written into the graph's adjacency dicts as networkx's
    ``add_node`` and ``add_edge`` (with the next free key) write them, without their
    call and checks per edge: ~110 edges per report. ``tests/test_speed_s22rules.py``
    compares the graph with one built through networkx's methods."""

    __slots__ = ("into", "multi", "node", "out", "pred", "succ")

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.succ: dict[str, dict[str, dict[int, dict[str, Any]]]] = G._succ
        self.pred: dict[str, dict[str, dict[int, dict[str, Any]]]] = G._pred
        self.node: dict[str, dict[str, Any]] = G._node
        self.out: dict[tuple[str, str], list[str]] = {}
        self.into: dict[tuple[str, str], list[str]] = {}
        self.multi = False  # whether two nodes are joined by more than one edge

    def add_node(self, node: str, kind: str, model: Any) -> None:
        """Add ``node`` (or set the attributes of a node an edge added) with its kind and
        model, as ``G.add_node(node, kind=kind, model=model)``."""
        attrs = self.node.get(node)
        if attrs is None:
            self.succ[node] = {}
            self.pred[node] = {}
            self.node[node] = {"kind": kind, "model": model}
        else:
            attrs.update(kind=kind, model=model)

    def _add_bare(self, node: str) -> dict[str, dict[int, dict[str, Any]]]:
        """Add ``node`` with no attributes, as add_edge adds an end that is not in the
        graph yet; its successors (none yet)."""
        targets = self.succ[node] = {}
        self.pred[node] = {}
        self.node[node] = {}
        return targets

    def link(self, origin: str, target: str, kind: str) -> None:
        """Add an edge of ``kind`` from ``origin`` to ``target``, as
        ``G.add_edge(origin, target, kind=kind)`` does."""
        succ = self.succ
        targets = succ.get(origin)
        if targets is None:
            targets = self._add_bare(origin)
        if target not in succ:
            self._add_bare(target)
        keydict = targets.get(target)
        if keydict is None:  # keys 0, 1, … as networkx gives them
            targets[target] = self.pred[target][origin] = {0: {"kind": kind}}
        else:
            self.multi = True
            keydict[len(keydict)] = {"kind": kind}
        self.out.setdefault((origin, kind), []).append(target)
        self.into.setdefault((target, kind), []).append(origin)


def _add_nodes(edges: _Edges, models: Iterable[Source | Variable], kind: str) -> None:
    """A node per model, of ``kind``, with no edges of its own (sources, variables)."""
    for model in models:
        edges.add_node(model.id, kind, model)


def _add_documents(edges: _Edges, documents: Iterable[Document]) -> None:
    """A node per document, ``published`` by its publisher's source."""
    for doc in documents:
        node = doc_node(doc.id)
        edges.add_node(node, "document", doc)
        edges.link(source_id(doc.publisher), node, "published")


def _add_sentences(edges: _Edges, sentences: Iterable[Sentence]) -> None:
    """A node per sentence, which its document ``contains``; a repeat is a ``copy_of`` or
    ``near_copy_of`` the sentence it repeats."""
    for sent in sentences:
        edges.add_node(sent.id, "sentence", sent)
        edges.link(doc_node(sent.span.doc_id), sent.id, "contains")
        if sent.duplicate_of is not None:
            edges.link(sent.id, sent.duplicate_of, "copy_of")
        if sent.near_duplicate_of is not None:
            edges.link(sent.id, sent.near_duplicate_of, "near_copy_of")


def _add_claims(edges: _Edges, claims: Iterable[Claim]) -> None:
    """A node per claim, which its sentence ``states``, ``attributed_to`` its source and
    ``measures`` its variable."""
    for claim in claims:
        edges.add_node(claim.id, "claim", claim)
        edges.link(claim.sentence_id, claim.id, "states")
        edges.link(claim.id, claim.attribution.source_id, "attributed_to")
        edges.link(claim.id, claim.variable_id, "measures")


def _keep_edge_index(G: nx.MultiDiGraph, edges: _Edges) -> None:
    """Keep the edges recorded while building as ``G``'s edge index, when no two nodes are
    joined by more than one edge; else networkx groups a pair's edges, and the index is
    read from ``G`` when first asked for."""
    if not edges.multi:
        _memo(G)["edges"] = (edges.out, edges.into)


def nodes_of_kind(G: nx.MultiDiGraph, kind: str) -> list[str]:
    """Ids of the nodes of one kind, sorted."""
    memo = _memo(G)
    by_kind = memo.get("kinds")
    if by_kind is None:
        by_kind = memo["kinds"] = {}
        for node, data in G._node.items():  # G.nodes(data=True), without its view
            by_kind.setdefault(data.get("kind"), []).append(node)
        for ids in by_kind.values():
            ids.sort()
    return list(by_kind.get(kind, ()))


# Per graph, what its queries read again and again, made once: the node ids by kind, the
# node models by id, the sentences in order, the edges of build_graph's kinds by end, each
# variable's claims, figures, timeline and sources' latest figures. Rules and estimates ask
# ~200,000 such questions per 1,000 reports. Valid while the graph keeps its node count (a
# graph grown since is read again) and its nodes' models (a model replaced in place is not
# seen); the edges of build_graph's kinds are added by it alone (add_findings adds other
# kinds, which no memo holds).
_MEMOS: weakref.WeakKeyDictionary[nx.MultiDiGraph, dict[Any, Any]] = weakref.WeakKeyDictionary()
_LAST: tuple[nx.MultiDiGraph | None, int, dict[Any, Any]] = (None, -1, {})


def _memo(G: nx.MultiDiGraph) -> dict[Any, Any]:
    """The memo of ``G`` (the graph read last is checked first, without a weak look-up)."""
    global _LAST
    last = _LAST  # one read: another thread may replace it meanwhile
    # len(G) is len(G._node) behind a Python call of networkx's (~2k instructions, as
    # much as the rest of this look-up); asked ~300 times per report, so read directly
    size = len(G._node)
    if last[0] is G and last[1] == size:
        return last[2]
    memo = _MEMOS.get(G)
    if memo is None or memo["size"] != size:
        memo = _MEMOS[G] = {"size": size}
    _LAST = (G, size, memo)
    return memo


def _remembered(G: nx.MultiDiGraph, key: Any, compute: Callable[[], Any]) -> Any:
    """The value of a query of ``G``, computed once per graph: several rules and the
    estimates ask the same question of each variable. Callers copy what they hand out."""
    memo = _memo(G)
    found = memo.get(key)
    if found is None:
        found = memo[key] = compute()
    return found


def _targets(G: nx.MultiDiGraph, node: str, kind: str) -> Iterator[str]:
    """The nodes ``node``'s edges of one kind point to, in networkx's edge order."""
    if kind not in _BUILT_EDGES:
        return (v for _, v, k in G.out_edges(node, data="kind") if k == kind)
    index = _memo(G).get("edges") or _edge_index(G)  # the memo read here: asked most
    return iter(index[0].get((node, kind), ()))


def _sources(G: nx.MultiDiGraph, node: str, kind: str) -> Iterator[str]:
    """The nodes with an edge of one kind to ``node``, in networkx's edge order."""
    if kind not in _BUILT_EDGES:
        return (u for u, _, k in G.in_edges(node, data="kind") if k == kind)
    index = _memo(G).get("edges") or _edge_index(G)
    return iter(index[1].get((node, kind), ()))


#: The edge kinds :func:`build_graph` adds, and only it (add_findings adds others).
_BUILT_EDGES = frozenset(
    {"published", "contains", "states", "attributed_to", "measures", "copy_of", "near_copy_of"}
)
_Index = tuple[dict[tuple[str, str], list[str]], dict[tuple[str, str], list[str]]]


def _edge_index(G: nx.MultiDiGraph) -> _Index:
    """The ends of the edges of build_graph's kinds by (node, edge kind), going out and
    coming in, each list in the order networkx gives a node's edges. build_graph leaves
    them in the graph's memo as it adds the edges (in the order it adds them, which is
    networkx's while no two edges join the same two nodes); read from G otherwise."""
    memo = _memo(G)
    index = memo.get("edges")
    if index is not None:
        return index
    out: dict[tuple[str, str], list[str]] = {}
    into: dict[tuple[str, str], list[str]] = {}
    for origin, target, kind in G.out_edges(data="kind"):
        if kind in _BUILT_EDGES:
            out.setdefault((origin, kind), []).append(target)
    for origin, target, kind in G.in_edges(data="kind"):
        if kind in _BUILT_EDGES:
            into.setdefault((target, kind), []).append(origin)
    memo["edges"] = (out, into)
    return out, into


def claims(G: nx.MultiDiGraph) -> list[Claim]:
    """Every claim model, sorted by id."""
    return list(_remembered(G, "claims", lambda: _models(G, "claim")))


def variables(G: nx.MultiDiGraph) -> list[Variable]:
    """Every variable model, sorted by id."""
    return list(_remembered(G, "variables", lambda: _models(G, "variable")))


def _models(G: nx.MultiDiGraph, kind: str) -> list[Any]:
    """The models of the nodes of one kind, in :func:`nodes_of_kind`'s order."""
    model = _models_by_node(G)
    return [model[n] for n in nodes_of_kind(G, kind)]


def _models_by_node(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Every node's model by node id: the queries read a claim's sentence, source and
    document hundreds of times per event (read from the memo directly, as often as that)."""
    memo = _memo(G)
    found = memo.get("models")
    if found is None:
        # dict(G.nodes(data="model")), without the view's generator
        found = memo["models"] = {node: data.get("model") for node, data in G._node.items()}
    return found


def claims_measuring(G: nx.MultiDiGraph, var_id: str) -> list[Claim]:
    """The claims that measure one variable, by publication time then position."""
    memo = _memo(G)
    found = memo.get(("measuring", var_id))
    if found is None:
        model = _models_by_node(G)
        found = [model[c] for c in _sources(G, var_id, "measures")]
        found.sort(key=PUBLICATION_ORDER)
        memo[("measuring", var_id)] = found
    return list(found)


def count_variable(var_id: str) -> tuple[str, str] | None:
    """(outcome, group) of a count variable of people, else None."""
    measure, _, group = var_id.removeprefix("var:").partition("/")
    if not group or "@" in group or not within(group, "people"):
        return None
    return measure, group


def claims_measuring_within(G: nx.MultiDiGraph, var_id: str) -> list[NumericClaim]:
    """The claims of a variable and, for a count of people, of its narrower groups of
    the same outcome ('killed/people' holds 'killed/civilians'), by publication then
    position."""
    memo = _memo(G)
    found = memo.get(("measuring within", var_id))
    if found is None:
        parsed = count_variable(var_id)
        ids = [var_id]
        if parsed is not None:
            ids += [
                v.id
                for v in variables(G)
                if v.id != var_id
                and (other := count_variable(v.id)) is not None
                and other[0] == parsed[0]
                and within(other[1], parsed[1])
            ]
        found = [c for i in ids for c in claims_measuring(G, i) if isinstance(c, NumericClaim)]
        found.sort(key=PUBLICATION_ORDER)
        memo[("measuring within", var_id)] = found
    return list(found)


def source_of(G: nx.MultiDiGraph, claim_id: str) -> Source:
    """The source a claim is attributed to."""
    model, (out, _) = _models_and_edges(G)
    return model[next(iter(out.get((claim_id, "attributed_to"), ())))]


def sentence_of(G: nx.MultiDiGraph, claim_id: str) -> Sentence:
    """The sentence that states a claim."""
    model, (_, into) = _models_and_edges(G)
    return model[next(iter(into.get((claim_id, "states"), ())))]


def sentences_stating(G: nx.MultiDiGraph, claims: Iterable[Claim]) -> list[Sentence]:
    """The sentence that states each claim (:func:`sentence_of` of each), in turn."""
    model, (_, into) = _models_and_edges(G)
    return [model[next(iter(into.get((c.id, "states"), ())))] for c in claims]


def document_of(G: nx.MultiDiGraph, node: str) -> Document:
    """The document a sentence or claim comes from."""
    model = _models_by_node(G)
    return model[doc_node(model[node].span.doc_id)]


def _models_and_edges(G: nx.MultiDiGraph) -> tuple[dict[str, Any], _Index]:
    """:func:`_models_by_node` and :func:`_edge_index` in one read of the memo: the
    queries of one claim's source or sentence are asked ~150 times per report."""
    memo = _memo(G)
    return memo.get("models") or _models_by_node(G), memo.get("edges") or _edge_index(G)


def copies(G: nx.MultiDiGraph, kind: str = "copy_of") -> list[tuple[Sentence, Sentence]]:
    """Every (copy, original) pair of repeated sentences, sorted by the copy's id.

    ``kind`` is ``"copy_of"`` (verbatim) or ``"near_copy_of"`` (near repeats).
    """
    model = _models_by_node(G)
    index = _edge_index(G)[0] if kind in _BUILT_EDGES else None
    pairs = []
    for node in nodes_of_kind(G, "sentence"):
        originals = index.get((node, kind), ()) if index is not None else _targets(G, node, kind)
        for original in originals:
            pairs.append((model[node], model[original]))
    return pairs


def sentences(G: nx.MultiDiGraph, *, originals_only: bool = True) -> list[Sentence]:
    """Sentences by document and position; by default without verbatim repeats."""
    memo = _memo(G)
    found = memo.get(("sentences", originals_only))
    if found is None:  # read once per graph: several rules walk every sentence
        found = _models(G, "sentence")
        if originals_only:
            found = [s for s in found if s.duplicate_of is None]
        found.sort(key=lambda s: (s.span.doc_id, s.span.start))
        memo[("sentences", originals_only)] = found
    return list(found)


def claims_in(G: nx.MultiDiGraph, sentence_id: str) -> list[Claim]:
    """The claims a sentence states, by position."""
    model = _models_by_node(G)
    found = [model[c] for c in _targets(G, sentence_id, "states")]
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
    model = _models_by_node(G)
    sentence = model[claim.sentence_id]
    if sentence.near_duplicate_of is None:
        return source
    for other in claims_in(G, sentence.near_duplicate_of):
        return other.attribution.source_id
    original = model[sentence.near_duplicate_of]
    return source_of_document(G, original.span.doc_id)


def source_of_document(G: nx.MultiDiGraph, doc_id: str) -> str:
    """The id of a document's publisher."""
    return next(_sources(G, doc_node(doc_id), "published"))


def part_at_own_scope(G: nx.MultiDiGraph, claim: Claim) -> bool:
    """Whether a claim is an item of a breakdown read at the scope of the whole: "a man
    and his son" (people, within people), "29 people, including 10 visitors" (visitors
    read as people). Such an item is no figure of its variable: only the sum or the stated
    total is. An item of narrower scope ("17 soldiers" of "48 people") is a figure of its
    own variable."""
    if not isinstance(claim, NumericClaim) or claim.role != "part" or claim.scope:
        return False  # a part limited to a place measures that place's variable
    if claim.part_of is not None and G.has_node(claim.part_of):
        return G.nodes[claim.part_of]["model"].group == claim.group
    groups = _breakdown_groups(G, claim.sentence_id)
    return groups.get(claim.outcome, common_group([])) == claim.group


def _breakdown_groups(G: nx.MultiDiGraph, sentence_id: str) -> dict[str | None, str]:
    """The common group of the unattached breakdown items of a sentence, per outcome. Read
    once per sentence and graph, not once per claim: a sentence listing thousands of
    figures stays linear."""
    key = ("breakdown groups", sentence_id)
    return _remembered(G, key, lambda: _common_groups_of_parts(G, sentence_id))


def _common_groups_of_parts(G: nx.MultiDiGraph, sentence_id: str) -> dict[str | None, str]:
    """:func:`_breakdown_groups` read afresh from the sentence's claims."""
    siblings: dict[str | None, list[str]] = {}
    for c in claims_in(G, sentence_id):
        if isinstance(c, NumericClaim) and c.role == "part" and c.part_of is None:
            siblings.setdefault(c.outcome, []).append(c.group)
    return {k: common_group(v) for k, v in siblings.items()}


def figure_claims(G: nx.MultiDiGraph, var_id: str) -> list[Claim]:
    """The claims of a variable that can stand as a figure of it: not an increment ('five
    more'), not the earlier number of a change ('from 12 to 17'), not withdrawn by its
    source, not a breakdown item read at the scope of the whole (:func:`part_at_own_scope`).
    By publication, then position."""
    memo = _memo(G)
    found = memo.get(("figures", var_id))
    if found is None:
        found = memo[("figures", var_id)] = [
            c
            for c in claims_measuring(G, var_id)
            if getattr(c, "change", None) not in ("increment", "previous")
            and not getattr(c, "withdrawn", None)
            and not part_at_own_scope(G, c)
        ]
    return list(found)


def document_figure(claims: list[Claim]) -> Claim:
    """A source's figure in one document, from its claims there (in position order): the
    last update ('the toll rose to 48') if any, else the largest precise figure, else the
    largest vague one. A report gives its toll once and then details, which are smaller;
    a source does not revise itself within one text without saying so."""
    if len(claims) == 1:
        return claims[0]  # what each test below gives of one claim (most documents' lot)
    updates = [c for c in claims if getattr(c, "change", None) == "new_total"]
    if updates:
        return updates[-1]
    numeric = [c for c in claims if isinstance(c, NumericClaim)]
    if not numeric:
        return claims[-1]
    precise = [c for c in numeric if c.qualifier != "vague"] or numeric
    return max(precise, key=lambda c: (c.interval.low or 0.0, c.value, -c.span.start))


#: How many days before publication a time named in a figure's sentence may lie and
#: still date the figure ('16 had been counted on Saturday night'); an older date names
#: the event or a period ('since the protests began on June 18'), not the figure's day.
STATED_DAY_REACH = 3


def stated_day(claim: Claim) -> date:
    """The day a figure stands for: the day its sentence names, when that is at most
    :data:`STATED_DAY_REACH` days before publication, else the day it was published."""
    published = claim.published.date()
    ref = claim.refers_to
    if ref is not None and ref.end <= published and (published - ref.end).days <= STATED_DAY_REACH:
        return ref.end
    return published


def comparable_figures(G: nx.MultiDiGraph, var_id: str) -> list[NumericClaim]:
    """The figures of a variable that rules compare: :func:`figure_claims` that are
    numbers, not vague words and not one person implied by words ('a soldier was killed'
    names a victim; it is no rival toll)."""
    return list(_remembered(G, ("comparable", var_id), lambda: _comparable(G, var_id)))


def _comparable(G: nx.MultiDiGraph, var_id: str) -> list[NumericClaim]:
    return [
        c
        for c in figure_claims(G, var_id)
        if isinstance(c, NumericClaim) and c.qualifier != "vague" and not c.implied
    ]


def current_figures(
    G: nx.MultiDiGraph,
    claims: Iterable[Claim],
    pick: Callable[[list[Claim]], Claim] | None = None,
) -> dict[str, Any]:
    """Each independent source's current figure among ``claims``: ``pick`` (by default
    :func:`document_figure`) of its claims in the latest document it gave one in (see
    :func:`origin_id`), keyed by source id and sorted by it."""
    choose = pick or document_figure
    by_document: dict[str, dict[str, list[Claim]]] = {}
    for claim in sorted(claims, key=PUBLICATION_ORDER):
        by_document.setdefault(origin_id(G, claim), {}).setdefault(claim.span.doc_id, []).append(
            claim
        )
    return {
        origin: choose(next(reversed(documents.values())))  # the latest document's
        for origin, documents in sorted(by_document.items())
    }


def timeline(G: nx.MultiDiGraph, var_id: str) -> list[NumericClaim]:
    """A variable's :func:`comparable_figures` in the order they were stated
    (:func:`stated_day`, then publication and position), each kept when its interval
    differs from its source's figure before it (a source repeating itself is said once;
    two sources giving one figure are both kept, as corroboration)."""
    return list(_remembered(G, ("timeline", var_id), lambda: _timeline(G, var_id)))


def _timeline(G: nx.MultiDiGraph, var_id: str) -> list[NumericClaim]:
    ordered = sorted(
        comparable_figures(G, var_id),
        key=lambda c: (stated_day(c), c.published, c.span.doc_id, c.span.start),
    )
    chain: list[NumericClaim] = []
    last: dict[str, NumericClaim] = {}
    for claim in ordered:
        origin = origin_id(G, claim)
        if origin not in last or last[origin].interval != claim.interval:
            chain.append(claim)
        last[origin] = claim
    return chain


def current_figure(G: nx.MultiDiGraph, var_id: str) -> NumericClaim | None:
    """The figure a fact-checker would quote now: among the figures stated on the latest
    day, an update ('the toll rose to 135') before any other, then the latest published."""
    figures = comparable_figures(G, var_id)
    if not figures:
        return None
    return max(
        figures,
        key=lambda c: (stated_day(c), c.change == "new_total", c.published, c.span.start),
    )


def superseded_by_update(G: nx.MultiDiGraph, latest: dict[str, NumericClaim]) -> set[str]:
    """The sources (keys of ``latest``) whose current figure the newest update overtakes:
    published before it, and not admitted by it (rule R203's reading)."""
    updates = [c for c in latest.values() if c.change == "new_total"]
    if not updates:
        return set()
    newest = max(updates, key=statement_order)
    return {
        source
        for source, claim in latest.items()
        if claim is not newest
        and claim.published < newest.published
        and claim.interval.disjoint(newest.interval)
    }


def _kind_pattern(words: list[str]) -> re.Pattern[str]:
    """The words as one case-insensitive alternation of whole words, longest first."""
    ordered = sorted(words, key=len, reverse=True)
    # The look-ahead for the words' first letters lets the search skip, at one test
    # each, the positions where no word can start (the same matches, ~2x faster).
    first = "".join(sorted({w[0].lower() for w in words} | {w[0].upper() for w in words}))
    alternatives = "|".join(re.escape(w) for w in ordered)
    return re.compile(rf"\b(?=[{re.escape(first)}])(?:{alternatives})\b", re.I)


@dataclass(frozen=True)
class _KindWords:
    """The words of one event kind (``[event_kinds]`` in taxonomy.toml), as counted.

    ``pattern`` matches them in any text. When every word is ASCII letters, or such words
    separated by single spaces, and no phrase holds a one-word word, the count in an ASCII
    text is that of its one-word words standing as whole runs of word characters in the
    lowered text, plus the matches of the phrases' own pattern: a one-word match is then
    a whole run that no phrase match covers. ``singles`` is None when that does not hold.
    """

    pattern: re.Pattern[str]
    singles: frozenset[str] | None
    phrases: tuple[str, ...]
    phrase_pattern: re.Pattern[str] | None

    def count(self, text: str) -> int:
        """How many times ``pattern`` matches ``text``."""
        if self.singles is None or not text.isascii():
            return len(self.pattern.findall(text))
        low = text.lower()
        found = sum(_whole_runs(low, word) for word in self.singles)
        if self.phrase_pattern is not None and any(map(low.__contains__, self.phrases)):
            found += len(self.phrase_pattern.findall(text))  # a match is a substring of low
        return found


#: The characters ``\w`` matches in an ASCII text.
_ASCII_WORD = frozenset(string.ascii_letters + string.digits + "_")


def _whole_runs(text: str, word: str) -> int:
    """How many times ``word`` stands in an ASCII ``text`` as a whole run of word
    characters (no word character just before or after it).

    >>> _whole_runs("war, toward the war_room; war", "war")
    2
    """
    found = 0
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or text[start - 1] not in _ASCII_WORD) and (
            end == len(text) or text[end] not in _ASCII_WORD
        ):
            found += 1
        start = text.find(word, start + 1)
    return found


def _kind_words(kind: str) -> _KindWords:
    """The words of one event kind of ``[event_kinds]`` in taxonomy.toml."""
    return _counted_words(tuple(load_data("taxonomy.toml")["event_kinds"][kind]))


@cache
def _counted_words(words: tuple[str, ...]) -> _KindWords:
    """The words of one event kind as :class:`_KindWords` counts them."""
    pattern = _kind_pattern(list(words))
    lowered = [w.lower() for w in words]
    phrases = tuple(w for w in lowered if " " in w)
    singles = frozenset(w for w in lowered if " " not in w)
    simple = all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", w) for w in lowered)
    if not simple or any(part in singles for p in phrases for part in p.split(" ")):
        return _KindWords(pattern, None, (), None)
    phrase_pattern = _kind_pattern([w for w in words if " " in w]) if phrases else None
    return _KindWords(pattern, singles, phrases, phrase_pattern)


def event_has_parties(G: nx.MultiDiGraph) -> bool:
    """Whether the documents tell of an event with parties (an attack, clashes, a
    crackdown) rather than a disaster (an earthquake, a flood): words of each kind
    (``[event_kinds]`` in taxonomy.toml) are counted; parties unless disaster words
    outnumber conflict words. Read once per graph: estimates ask for every party figure."""
    return _remembered(G, "parties", lambda: _has_parties(G))


def _has_parties(G: nx.MultiDiGraph) -> bool:
    """:func:`event_has_parties` counted afresh."""
    texts = [document.text for document in _models(G, "document")]
    d = sum(_kind_words("disaster").count(t) for t in texts)
    return _at_least(_kind_words("conflict"), texts, d)


def _at_least(words: _KindWords, texts: list[str], n: int) -> bool:
    """Whether ``words`` occur at least ``n`` times in ``texts``: the count stops at the
    text of the n-th (at once when ``n`` is 0, as in most events without disaster words)."""
    if n <= 0:
        return True
    found = 0
    for text in texts:
        found += words.count(text)
        if found >= n:
            return True
    return False


def latest_by_source(
    G: nx.MultiDiGraph, var_id: str, *, counts_only: bool = True
) -> dict[str, Claim]:
    """The current figure of each independent source on one variable (see
    :func:`origin_id`): its :func:`document_figure` in the latest document it gave one.

    With ``counts_only``, only :func:`figure_claims` count; otherwise every claim does and a
    source's last claim is its current one.
    """
    key = ("latest", var_id, counts_only)
    return dict(_remembered(G, key, lambda: _latest_by_source(G, var_id, counts_only)))


def _latest_by_source(G: nx.MultiDiGraph, var_id: str, counts_only: bool) -> dict[str, Claim]:
    if counts_only:
        return current_figures(G, figure_claims(G, var_id))
    return current_figures(G, claims_measuring(G, var_id), pick=lambda found: found[-1])


def latest_comparable_by_source(G: nx.MultiDiGraph, var_id: str) -> dict[str, NumericClaim]:
    """Each independent source's current figure among a variable's
    :func:`comparable_figures` (see :func:`current_figures`), keyed by source id."""
    key = ("latest comparable", var_id)
    return dict(_remembered(G, key, lambda: current_figures(G, comparable_figures(G, var_id))))


PARTY_ROLES = frozenset({"government", "police", "military", "prosecution", "armed_group"})


def breakdowns(G: nx.MultiDiGraph) -> Iterator[tuple[NumericClaim, list[NumericClaim]]]:
    """(total, parts) per document, source and outcome: the stated total of people and
    the group figures given as parts (of that total, or of a list); a list by place
    ('Arda – 17; Rim – 3') is a second breakdown of the same total.

    The total is the part_of target when the parts name one, else the last total for
    people the source states in the document (not an increment or an earlier figure).
    Found once per graph (rules R301 and R302 both read them).
    """
    for total, parts in _remembered(G, "breakdowns", lambda: list(_breakdowns(G))):
        yield total, list(parts)


def _breakdowns(G: nx.MultiDiGraph) -> Iterator[tuple[NumericClaim, list[NumericClaim]]]:
    groups: dict[tuple[str, str, str], list[NumericClaim]] = {}
    for claim in claims(G):
        if isinstance(claim, NumericClaim) and claim.unit == "count" and claim.outcome:
            key = (claim.span.doc_id, claim.attribution.source_id, claim.outcome)
            groups.setdefault(key, []).append(claim)
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda c: c.span.start)
        totals = [
            c
            for c in members
            if c.group == "people"
            and c.role != "part"
            and not c.scope
            and not c.withdrawn
            and c.change not in ("increment", "previous")
        ]
        by_group = [c for c in members if c.role == "part" and c.group != "people" and not c.scope]
        by_place = [c for c in members if c.role == "part" and c.scope]
        for parts in (by_group, by_place):  # a list by place is summed apart from groups
            if not parts or not totals:
                continue
            by_id = {c.id: c for c in totals}
            named = [p.part_of for p in parts if p.part_of in by_id]
            total = by_id[named[0]] if named else totals[-1]
            yield total, parts


def statement_order(claim: Claim) -> tuple:
    """When a source stated a figure: publication time, then position in the text, with the
    earlier number of a change ("up from 38", "from 12 to 17") before the new one."""
    previous = getattr(claim, "change", None) == "previous"
    return (claim.published, claim.span.doc_id, not previous, claim.span.start)


def history_by_source(G: nx.MultiDiGraph, var_id: str) -> dict[str, list[NumericClaim]]:
    """Each independent source's numeric claims on one variable, in statement order
    (see :func:`statement_order`), keyed by source id and sorted by it."""
    found = _remembered(G, ("history", var_id), lambda: _history_by_source(G, var_id))
    return {source: list(claims) for source, claims in found.items()}


def _history_by_source(G: nx.MultiDiGraph, var_id: str) -> dict[str, list[NumericClaim]]:
    history: dict[str, list[NumericClaim]] = {}
    for claim in sorted(claims_measuring(G, var_id), key=statement_order):
        if isinstance(claim, NumericClaim):
            history.setdefault(origin_id(G, claim), []).append(claim)
    return dict(sorted(history.items()))


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
