"""The rule layer's fast paths give exactly what the plain ones give."""

from __future__ import annotations

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


@pytest.mark.parametrize(
    "changes",
    [
        {"code": "R12"},
        {"code": "X101"},
        {"severity": "fatal"},
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
