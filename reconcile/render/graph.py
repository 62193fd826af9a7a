"""The claim graph as a file for other tools: GraphML (Gephi, Cytoscape, yEd), GEXF (Gephi)
or JSON node-link data (networkx's ``node_link_graph``, d3).

The graph is :func:`reconcile.graph.for_export`'s copy (plain attributes, no models); its
contract is in :mod:`reconcile.graph`. Output is deterministic: GEXF's modification date is
left out.
"""

from __future__ import annotations

import json
import re

import networkx as nx

from reconcile.graph import for_export

GRAPH_FORMATS = ("graphml", "gexf", "json")


def render_graph(G: nx.MultiDiGraph, fmt: str = "graphml") -> str:
    """The claim graph in one of :data:`GRAPH_FORMATS`.

    >>> G = nx.MultiDiGraph()
    >>> from reconcile.models import Source
    >>> G.add_node("src:a", kind="source", model=Source(id="src:a", name="A"))
    >>> json.loads(render_graph(G, "json"))["nodes"][0]["label"]
    'A'
    """
    H = for_export(G)
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(H)) + "\n"
    if fmt == "gexf":
        text = "\n".join(nx.generate_gexf(H))
        return re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1) + "\n"
    if fmt == "json":
        try:
            data = nx.node_link_data(H, edges="links")
        except TypeError:  # networkx < 3.4 has no 'edges' argument ('links' is its default)
            data = nx.node_link_data(H)
        return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    raise ValueError(f"unknown graph format {fmt!r}; choose from {', '.join(GRAPH_FORMATS)}")
