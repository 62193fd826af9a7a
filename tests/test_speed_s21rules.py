"""The rule layer's fast paths give exactly what the plain ones give."""

from __future__ import annotations

import enum
import pickle

import pytest
from pydantic import ValidationError

from reconcile.models import Finding, Span
from reconcile.rules.base import Rule, _already_valid, _finding_unchecked, finding


def _values(**changes: object) -> dict:
    values = {
        "id": "R501:0123456789ab",
        "code": "R501",
        "rule": "verbatim-repeat",
        "severity": "info",
        "message": "Sentence 3 of d2 repeats sentence 1 of d1 word for word — «ünïcode».",
        "claim_ids": ["claim:d1:4-6", "claim:d2:10-12"],
        "sentence_ids": ["sent:d1:0-20", "sent:d2:0-20"],
        "spans": [Span(doc_id="d1", start=0, end=20), Span(doc_id="d2", start=5, end=5)],
        "variable_id": None,
    }
    values.update(changes)
    return values


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"variable_id": "var:killed/people @ Arda"},
        {"claim_ids": [], "sentence_ids": [], "spans": []},
        {"severity": "error", "code": "R999", "message": ""},
    ],
)
def test_unchecked_finding_equals_validated(changes: dict) -> None:
    values = _values(**changes)
    assert _already_valid(values)
    fast = _finding_unchecked(dict(values))
    slow = Finding(**values)
    assert fast == slow
    assert fast.__dict__ == slow.__dict__
    assert list(fast.__dict__) == list(slow.__dict__)
    assert fast.__pydantic_fields_set__ == slow.__pydantic_fields_set__
    assert fast.model_dump(mode="json") == slow.model_dump(mode="json")
    assert fast.model_dump_json() == slow.model_dump_json()
    assert pickle.loads(pickle.dumps(fast)) == slow
    with pytest.raises(ValidationError):
        fast.message = "changed"  # frozen, as validated


class _Loud(enum.StrEnum):
    WARNING = "warning"


@pytest.mark.parametrize(
    "changes",
    [
        {"code": "R12"},
        {"code": "X101"},
        {"severity": "fatal"},
        {"severity": _Loud.WARNING},  # a str subclass: validation decides what it becomes
        {"spans": [{"doc_id": "d1", "start": 0, "end": 3}]},
        {"variable_id": 7},
    ],
)
def test_values_finding_would_change_or_refuse_are_validated(changes: dict) -> None:
    assert not _already_valid(_values(**changes))


def test_finding_with_a_bad_rule_code_still_raises() -> None:
    bad = Rule(code="R1", name="bad", group="x", severity="info", check=lambda G, ctx: iter(()))
    with pytest.raises(ValidationError):
        finding(bad, "message", sentences=())


def test_finding_helper_gives_the_validated_model() -> None:
    good = Rule(
        code="R502", name="near-repeat", group="x", severity="info", check=lambda G, c: iter(())
    )
    cue = Span(doc_id="d", start=2, end=9)
    made = finding(good, "why", cues=[cue], variable_id="var:killed/people")
    assert made == Finding(**made.model_dump())
    assert made.spans == [cue] and made.id.startswith("R502:")


def test_finding_severity_override_is_checked_each_time() -> None:
    good = Rule(code="R401", name="x", group="x", severity="info", check=lambda G, c: iter(()))
    assert finding(good, "ok", severity="error").severity == "error"
    with pytest.raises(ValidationError):
        finding(good, "bad", severity="fatal")  # type: ignore[arg-type]
    assert finding(good, "ok again").severity == "info"


def _claims_for_variables() -> list:
    from reconcile.models import Attribution, Interval, NumericClaim, StatementClaim

    def numeric(n: int, **fields: object) -> NumericClaim:
        values = {
            "id": f"claim:d:{n}-{n + 2}",
            "span": {"doc_id": "d", "start": n, "end": n + 2},
            "sentence_id": "sent:d:0-99",
            "surface": "17",
            "published": "2012-07-29T00:00:00Z",
            "attribution": Attribution(kind="unattributed", source_id="src:p"),
            "value": 17,
            "qualifier": "exact",
            "interval": Interval(low=17, high=17),
            "unit": "count",
            "outcome": "killed",
            "group": "people",
            "variable_id": "var:killed/people",
        }
        values.update(fields)
        return NumericClaim(**values)

    statement = StatementClaim.model_validate(
        {
            "id": "claim:d:50-60",
            "span": {"doc_id": "d", "start": 50, "end": 60},
            "sentence_id": "sent:d:0-99",
            "surface": "denied",
            "published": "2012-07-29T00:00:00Z",
            "attribution": {"kind": "unattributed", "source_id": "src:p"},
            "predicate": "denied",
            "polarity": "negative",
            "variable_id": "var:statement/denied",
        }
    )
    return [
        numeric(0),
        numeric(3, surface="seventeen"),  # the same variable again: the first claim's kept
        numeric(6, group="soldiers", variable_id="var:killed/soldiers"),
        numeric(9, scope="Arda", variable_id="var:killed/people@Arda"),
        numeric(12, unit="USD", variable_id="var:killed/USD"),
        statement,
    ]


def test_build_variables_equals_one_variable_per_claim() -> None:
    from reconcile.variables import build_variables, variable_of

    claims = _claims_for_variables()
    expected: dict = {}
    for claim in claims:
        expected.setdefault(variable_of(claim).id, variable_of(claim))
    built = build_variables(claims)
    assert built == sorted(expected.values(), key=lambda v: v.id)
    for made, wanted in zip(built, sorted(expected.values(), key=lambda v: v.id), strict=True):
        assert made.__pydantic_fields_set__ == wanted.__pydantic_fields_set__
        assert made.group == wanted.group
    assert next(v for v in built if v.id == "var:killed/USD").group is None


def test_build_variables_still_refuses_an_inconsistent_id() -> None:
    from reconcile.variables import build_variables

    claims = _claims_for_variables()
    bad = claims[1].model_copy(update={"variable_id": "var:killed/soldiers"})
    with pytest.raises(ValueError, match="inconsistent"):
        build_variables([claims[2], bad])


def test_graph_memo_follows_the_node_count() -> None:
    import networkx as nx

    from reconcile.graph import _memo

    G = nx.MultiDiGraph()
    G.add_node("a", kind="x", model=None)
    first = _memo(G)
    first["probe"] = 1
    assert _memo(G) is first
    G.add_edge("a", "b", key=0, kind="y")  # a node added by an edge: the count moves
    assert len(G._node) == len(G) == 2
    assert "probe" not in _memo(G)
    H = nx.MultiDiGraph()
    H.add_node("a", kind="x", model=None)
    assert _memo(H) is not _memo(G)  # the same size, another graph
