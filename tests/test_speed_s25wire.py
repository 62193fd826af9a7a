"""The wire's and the renderers' fast paths give what the plain code gave: a per-document
result through the spill (LZ4), a report's floats looked at in C, its models' fields read by
their slot's descriptor."""

from __future__ import annotations

import json
import math
import pickle
from dataclasses import dataclass, is_dataclass

import lz4.block
import orjson
import pytest
from conftest import case_dirs
from pydantic import BaseModel, ValidationError

from reconcile.api import check
from reconcile.backends.local import _packed, _Spill, _unpacked
from reconcile.events import process_document
from reconcile.io import load_paths
from reconcile.models import (
    Document,
    NumericClaim,
    Report,
    Sentence,
    Span,
    trusted_copy,
    trusted_sentence,
    trusted_span,
)
from reconcile.report import _fields_of, _floats_orjson_writes_alike, report_line

_TEXT = (
    "Police said 12 people were killed in Vessa on Monday. The mayor said the toll had "
    "risen to 14 by Tuesday, and at least 30 were wounded. Police said 12 people were "
    "killed in Vessa on Monday."
)


def _document(doc_id: str = "s25", text: str = _TEXT) -> Document:
    return Document(id=doc_id, publisher="Vessa Post", published="2023-02-06", text=text)


def test_a_packed_result_is_an_lz4_block_of_the_pickle_and_comes_back_equal() -> None:
    result = process_document(_document())
    data = _packed(result)
    assert isinstance(pickle.loads(lz4.block.decompress(data)), type(result))
    back = _unpacked(data)
    assert back.document == result.document
    assert back.sentences == result.sentences
    assert back.extraction == result.extraction
    assert back.features == result.features


def test_the_spill_gives_back_each_result_by_its_id() -> None:
    texts = [_TEXT, "Rain fell on Kelm on Friday; 3 people died.", _TEXT.replace("12", "15")]
    results = [process_document(_document(f"d{i}", t)) for i, t in enumerate(texts)]
    spill = _Spill()
    try:
        for result in results:
            spill.put(result)
        for result in reversed(results):
            back = spill.get(result.document.id)
            assert back.extraction == result.extraction
            assert back.sentences == result.sentences
    finally:
        spill.close()


def test_fields_of_is_a_models_dict_and_refuses_anything_else() -> None:
    span = Span(doc_id="d", start=0, end=4)
    assert _fields_of(span) is span.__dict__

    @dataclass
    class Plain:
        x: int = 1

    class Other:
        def __init__(self) -> None:
            self.x = 1

    for value in (Other(), object(), 3, "x"):
        with pytest.raises(TypeError):
            _fields_of(value)
    with pytest.raises(orjson.JSONEncodeError):
        orjson.dumps([Other()], default=_fields_of)
    assert orjson.dumps([Plain(), span], default=_fields_of) == (
        b'[{"x":1},{"doc_id":"d","start":0,"end":4}]'
    )


def _reference_floats_alike(report: Report) -> bool:
    """The check as it was written before (one float at a time, in Python)."""
    floats: list[object] = []
    for claim in report.claims:
        if isinstance(claim, NumericClaim):
            floats += (claim.value, claim.interval.low, claim.interval.high)
    estimates = [*report.estimates, *(e for event in report.events for e in event.estimates)]
    for estimate in estimates:
        floats += (estimate.low, estimate.best, estimate.high, estimate.current)
        for point in estimate.history:
            floats += (point.value, point.low, point.high)
    return all(
        f is None or (type(f) is float and (f == 0 or 1e-4 <= abs(f) < math.inf)) for f in floats
    )


ODD = [
    5,
    0,
    True,
    5e-05,
    -5e-05,
    1e-4,
    -1e-4,
    9.99e-5,
    0.0,
    -0.0,
    1e308,
    -1e308,
    math.inf,
    -math.inf,
    math.nan,
    2**70,
    123456789.125,
    None,
]


@pytest.fixture(scope="module")
def report() -> Report:
    found = check(load_paths([case_dirs()[0]]))
    assert any(isinstance(c, NumericClaim) for c in found.claims)
    assert found.estimates and any(e.history for e in found.estimates)
    return found


def _odd_claim(report: Report, value: object, where: str) -> Report:
    at = next(i for i, c in enumerate(report.claims) if isinstance(c, NumericClaim))
    claim = report.claims[at]
    if where == "value":
        claim = claim.model_copy(update={"value": value})
    else:
        claim = claim.model_copy(
            update={"interval": claim.interval.model_copy(update={where: value})}
        )
    return report.model_copy(update={"claims": [*report.claims[:at], claim]})


def _odd_estimate(report: Report, value: object, where: str, in_event: bool) -> Report:
    estimate = report.estimates[-1]
    if where.startswith("history."):
        point = estimate.history[0].model_copy(update={where.split(".")[1]: value})
        odd = estimate.model_copy(update={"history": [point, *estimate.history[1:]]})
    else:
        odd = estimate.model_copy(update={where: value})
    if in_event:  # only the event's copy is odd
        event = report.events[0]
        events = [event.model_copy(update={"estimates": [*event.estimates[:-1], odd]})]
        return report.model_copy(update={"events": events + report.events[1:]})
    return report.model_copy(update={"estimates": [*report.estimates[:-1], odd]})


@pytest.mark.parametrize("value", ODD, ids=repr)
def test_the_floats_check_is_the_one_float_at_a_time_check(report: Report, value: object) -> None:
    assert _floats_orjson_writes_alike(report) is _reference_floats_alike(report) is True
    cases = [_odd_claim(report, value, w) for w in ("value", "low", "high")]
    for where in ("low", "best", "high", "current", "history.value", "history.low"):
        if report.events and report.events[0].estimates:
            cases.append(_odd_estimate(report, value, where, in_event=True))
        cases.append(_odd_estimate(report, value, where, in_event=False))
    for odd in cases:
        assert _floats_orjson_writes_alike(odd) is _reference_floats_alike(odd)


@pytest.mark.parametrize("value", [5, 5e-05, -0.0, 1e308, 123456789.125], ids=repr)
def test_a_report_line_with_odd_floats_is_the_standard_librarys(
    report: Report, value: object
) -> None:
    for odd in (
        _odd_claim(report, value, "high"),
        _odd_estimate(report, value, "history.low", in_event=False),
    ):
        data = odd.model_dump(mode="json")
        assert report_line(odd) == (
            json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
        )


def _models_of(result: object) -> list[BaseModel]:
    found: list[BaseModel] = []

    def walk(value: object) -> None:
        if isinstance(value, BaseModel):
            found.append(value)
            for item in value.__dict__.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif is_dataclass(value):
            for item in vars(value).values():
                walk(item)

    walk(result)
    return found


def test_the_models_of_a_result_read_back_share_their_fields_sets() -> None:
    """Each model comes back equal, with its fields set; models of one class with the same
    fields set share one set (sentences, rebuilt from rows, have their own), which a copy
    with changes leaves as it was."""
    result = process_document(_document())
    back = _unpacked(_packed(result))
    before, after = _models_of(result), _models_of(back)
    assert len(before) == len(after) > 20
    for old, new in zip(before, after, strict=True):
        assert type(new) is type(old) and new == old
        assert new.model_fields_set == old.model_fields_set
        assert type(new.__pydantic_fields_set__) is set
    sets: dict[tuple[type, frozenset[str]], set[str]] = {}
    for new in _models_of([back.document, back.extraction]):
        key = (type(new), frozenset(new.__pydantic_fields_set__))
        assert sets.setdefault(key, new.__pydantic_fields_set__) is new.__pydantic_fields_set__
    spans = [m for m in _models_of(back.extraction) if type(m) is Span]
    assert len(spans) > 2 and len({id(s.__pydantic_fields_set__) for s in spans}) == 1
    shared = set(spans[0].__pydantic_fields_set__)
    copy = spans[0].model_copy(update={"end": spans[0].end + 1})
    assert copy.model_fields_set == shared and spans[1].model_fields_set == shared
    with pytest.raises(ValidationError):
        spans[0].start = 1  # frozen: a shared fields set is never changed in place
    assert spans[1].model_fields_set == shared


def test_trusted_spans_and_sentences_are_the_validated_ones_sharing_a_fields_set() -> None:
    spans = [trusted_span("d", 0, 4), trusted_span("e", 2, 9)]
    assert spans == [Span(doc_id="d", start=0, end=4), Span(doc_id="e", start=2, end=9)]
    assert spans[0].__pydantic_fields_set__ is spans[1].__pydantic_fields_set__
    plain = trusted_sentence("sent:d:0-4", spans[0], "Rain", 0)
    repeat = trusted_sentence("sent:e:2-9", spans[1], "Rain", 3, duplicate_of="sent:d:0-4")
    assert plain == Sentence(id="sent:d:0-4", span=spans[0], text="Rain", index=0)
    assert repeat == Sentence(
        id="sent:e:2-9", span=spans[1], text="Rain", index=3, duplicate_of="sent:d:0-4"
    )
    assert plain.model_fields_set == {"id", "span", "text", "index"}
    assert repeat.model_fields_set == {"id", "span", "text", "index", "duplicate_of"}
    marked = trusted_copy(plain, {"near_duplicate_of": "sent:x:0-4"})
    copied = plain.model_copy(update={"duplicate_of": "sent:x:0-4"})
    assert "near_duplicate_of" in marked.model_fields_set
    assert "duplicate_of" in copied.model_fields_set
    assert trusted_sentence("s", spans[0], "Rain", 0).model_fields_set == plain.model_fields_set
    assert trusted_span("f", 1, 2).model_fields_set == {"doc_id", "start", "end"}
