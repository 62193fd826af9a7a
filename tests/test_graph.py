"""The graph contract: node kinds and models, edge kinds, GraphML export."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from reconcile.api import analyse
from reconcile.data import load_data
from reconcile.graph import (
    _counted_words,
    _kind_words,
    breakdowns,
    claims,
    claims_measuring,
    comparable_figures,
    copies,
    document_of,
    event_has_parties,
    for_export,
    history_by_source,
    latest_by_source,
    latest_comparable_by_source,
    nodes_of_kind,
    sentence_of,
    source_of,
    timeline,
    variables,
)
from reconcile.models import Document, Variable

EDGE_KINDS = {
    "published",
    "contains",
    "states",
    "attributed_to",
    "measures",
    "copy_of",
    "conflicts_with",
    "revises",
}


def _graph() -> nx.MultiDiGraph:
    docs = [
        Document(
            id="a",
            event="clash",
            publisher="Interior Ministry",
            published="2021-03-02",
            text="The Interior Ministry said 12 soldiers were killed. The Interior "
            "Ministry said 12 soldiers were killed.",
        ),
        Document(
            id="b",
            event="clash",
            publisher="Wire",
            published="2021-03-03",
            text="Rebels said 40 soldiers were killed, Wire reported.",
        ),
    ]
    return analyse(docs).graph


def test_publisher_that_is_also_a_speaker_is_one_node() -> None:
    G = _graph()  # used to raise KeyError when a publisher was quoted as a speaker
    assert G.has_edge("src:interior-ministry", "doc:a")
    assert "src:interior-ministry" in nodes_of_kind(G, "source")


def test_every_node_has_kind_and_model_and_every_edge_a_known_kind() -> None:
    G = _graph()
    prefixes = {
        "source": "src:",
        "document": "doc:",
        "sentence": "sent:",
        "claim": "claim:",
        "variable": "var:",
    }
    for node, data in G.nodes(data=True):
        assert node.startswith(prefixes[data["kind"]])
        assert data["model"] is not None
    assert {k for _, _, k in G.edges(data="kind")} <= EDGE_KINDS
    assert any(k == "conflicts_with" for _, _, k in G.edges(data="kind"))


def test_query_functions() -> None:
    G = _graph()
    claims = claims_measuring(G, "var:killed/security forces")
    assert [c.value for c in claims] == [12.0, 40.0]
    assert source_of(G, claims[0].id).name == "Interior Ministry"
    assert sentence_of(G, claims[0].id).span.doc_id == "a"
    assert document_of(G, claims[1].id).publisher == "Wire"
    assert len(copies(G)) == 1


def test_graphml_round_trip(tmp_path) -> None:
    path = tmp_path / "g.graphml"
    nx.write_graphml(for_export(_graph()), path)
    H = nx.read_graphml(path)
    assert {d["kind"] for _, d in H.nodes(data=True)} == {
        "source",
        "document",
        "sentence",
        "claim",
        "variable",
    }


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Gunmen stormed the depot at Orla; two guards were killed.", True),
        ("A landslide buried the road near Orla; two drivers were killed.", False),
        # one word of each kind: parties unless disaster words outnumber conflict words
        ("The storm broke during the riot in Orla; two people were killed.", True),
        ("The storm and the flooding came as a riot went on in Orla; two were killed.", False),
        ("Two people were killed in Orla on Monday.", True),
    ],
)
def test_an_event_has_parties_unless_disaster_words_outnumber_conflict_words(
    text: str, parties: bool
) -> None:
    doc = Document(id="a", publisher="Wire", published="2021-03-02", text=text)
    assert event_has_parties(analyse([doc]).graph) is parties


@pytest.mark.parametrize(
    "text",
    [
        "Floods and a STORM hit Velna; the flood_plain and storm2 gauges failed.",
        "Tremor-hit villages: tremors, Tremor's echo, (landslide) and avalanche.",
        "Après le séisme: a storm, then floods in Velna.",  # not ASCII: the pattern itself
        "Troops OPENED  FIRE, then opened fire; an air strikes-list, air-strike, airstrike.",
        "Gunmen shot dead two; the warden warned of war. Shot\ndead, rebels said.",
        "",
    ],
)
@pytest.mark.parametrize("kind", ["conflict", "disaster"])
def test_event_words_are_counted_as_the_pattern_matches(kind: str, text: str) -> None:
    """The set look-up of one-word words plus the phrases' pattern give the count of the
    alternation of all the words."""
    words = _kind_words(kind)
    assert words.count(text) == len(words.pattern.findall(text))


def _texts_of(words: list[str], seed: int) -> list[str]:
    """Texts made of a kind's words in random case, cut and glued to other words and
    punctuation in random ways: occurrences whole, inside longer words, or split."""
    rng = random.Random(seed)
    glue = [" ", "  ", ", ", "-", "_", "'s ", ".\n", "", "x", " the "]
    pieces = [*words, "war", "toward", "unrest", "air", "fire", "shot", "dead", "Velna"]
    texts = []
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(1, 8)):
            word = rng.choice(pieces)
            if rng.random() < 0.2:
                word = word[rng.randint(0, len(word) - 1) :]
            cased = "".join(ch.upper() if rng.random() < 0.3 else ch for ch in word)
            parts += [cased, rng.choice(glue)]
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("kind", ["conflict", "disaster"])
def test_the_fast_count_of_event_words_agrees_with_the_pattern_on_generated_texts(
    kind: str,
) -> None:
    """Every word list of ``[event_kinds]``: the count (and its substring gate) agrees with
    the alternation on texts built from the list's own words."""
    words = _kind_words(kind)
    assert words.singles is not None  # the fast count applies to the shipped lists
    listed = load_data("taxonomy.toml")["event_kinds"][kind]
    for text in _texts_of(listed, seed=len(listed)):
        assert words.count(text) == len(words.pattern.findall(text)), text


@pytest.mark.parametrize(
    "words",
    [("war", "war zone"), ("zone", "war zone"), ("strike", "air-strike"), ("raid", "Überfall")],
)
def test_lists_the_fast_count_cannot_read_are_counted_by_the_pattern(
    words: tuple[str, ...],
) -> None:
    """A phrase holding a one-word word, or a word not of ASCII letters: the pattern counts."""
    counted = _counted_words(words)
    assert counted.singles is None
    text = "In the war zone, a war; the zone air-strike raid Überfall."
    assert counted.count(text) == len(counted.pattern.findall(text)) > 0


def test_queries_answered_once_per_graph_hand_out_copies() -> None:
    """Rules and estimates share the answers of the graph's queries: what one caller
    changes in its answer is not what the next caller reads."""
    docs = [
        Document(
            id="a",
            event="raid",
            publisher="Velna Post",
            published="2022-06-01",
            text="The governor said 30 people were killed in Tamsk, including 12 soldiers "
            "and 18 civilians.",
        ),
        Document(
            id="b",
            event="raid",
            publisher="Wire",
            published="2022-06-02",
            text="The governor said the toll rose to 35 people killed in Tamsk. A medic "
            "said 41 people were killed.",
        ),
    ]
    G = analyse(docs).graph
    var = "var:killed/people"
    queries = [
        lambda: claims(G),
        lambda: variables(G),
        lambda: comparable_figures(G, var),
        lambda: timeline(G, var),
        lambda: latest_by_source(G, var),
        lambda: latest_comparable_by_source(G, var),
        lambda: history_by_source(G, var),
        lambda: list(breakdowns(G)),
    ]
    for query in queries:
        first = query()
        assert first, "the example has an answer to every query"
        expected = repr(first)
        if isinstance(first, dict):
            for value in first.values():
                if isinstance(value, list):
                    value.clear()
        first.clear()
        assert repr(query()) == expected


def test_a_graph_grown_after_a_query_is_read_again() -> None:
    G = _graph()
    before = variables(G)
    model = Variable(id="var:wounded/people", measure="wounded", group="people", unit="count")
    G.add_node(model.id, kind="variable", model=model)
    assert [v.id for v in variables(G)] == sorted([*(v.id for v in before), model.id])
