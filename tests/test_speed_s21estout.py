"""Fast paths of the estimates, the report's JSON and the outputs give what the slow
paths gave, on inputs written to catch them out."""

from __future__ import annotations

import dataclasses
import io
import json
import pickle
from datetime import UTC, datetime, timedelta, timezone

import pytest
from conftest import case_dirs
from pydantic import BaseModel, Field, PrivateAttr

from reconcile.api import check
from reconcile.backends.local import _packed, _ResultPickler, _unpacked
from reconcile.events import process_document
from reconcile.io import load_paths
from reconcile.models import Document, NumericClaim, Report, Span, _Model
from reconcile.report import report_json, report_line


def _reference(report: Report, *, indent: bool) -> str:
    """The report's JSON as the standard library writes pydantic's dump of it."""
    data = report.model_dump(mode="json")
    layout: dict[str, object] = {"indent": 2} if indent else {"separators": (",", ":")}
    return json.dumps(data, sort_keys=True, ensure_ascii=False, allow_nan=False, **layout) + "\n"


def _assert_written_as_pydantic(report: Report) -> None:
    assert report_line(report) == _reference(report, indent=False)
    assert report_json(report) == _reference(report, indent=True)


_TEXT = (
    "Police said 12 people were killed in Arda on Monday. Later, officials said the toll "
    "rose to 17.5 percent of the 2,000 residents. «Über» 3 soldiers died, the army said."
)


@pytest.mark.parametrize(
    "published",
    [
        datetime(2020, 5, 1, tzinfo=UTC),
        datetime(2020, 5, 1, 13, 4, 5, 120000, tzinfo=UTC),
        datetime(2020, 5, 1, 3, 4, 5, 1, tzinfo=timezone(timedelta(hours=2))),
        datetime(2020, 5, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
        datetime(2020, 5, 1, tzinfo=timezone(timedelta(0), "GMT")),
    ],
    ids=["utc", "microseconds", "plus-two", "minus-half-hour", "named-zero-offset"],
)
def test_report_json_is_pydantic_dump_whatever_the_time_zone(published: datetime) -> None:
    """Times are written by orjson straight from the models: as pydantic writes them
    ('Z' for UTC, the offset otherwise, microseconds kept)."""
    doc = Document(text=_TEXT, publisher="Wire «Ω»", published=published, title="Tëst")
    report = check([doc])
    assert report.claims
    _assert_written_as_pydantic(report)


def _with_claim_value(report: Report, value: object) -> Report:
    at = next(i for i, c in enumerate(report.claims) if isinstance(c, NumericClaim))
    changed = report.claims[at].model_copy(update={"value": value})
    return report.model_copy(update={"claims": [*report.claims[:at], changed]})


@pytest.mark.parametrize("value", [5, 5e-05, 1e-4, 0.0, -0.0, 123456789.125, 2**70], ids=repr)
def test_report_json_of_odd_floats_is_pydantic_dump(value: object) -> None:
    """An int in a float field (pydantic writes 5.0), a float json writes otherwise than
    orjson, or an integer beyond 64 bits: the bytes are still pydantic's dump through
    json."""
    report = _with_claim_value(check(load_paths([case_dirs()[0]])), value)
    _assert_written_as_pydantic(report)


def test_report_json_of_a_big_int_field_is_pydantic_dump() -> None:
    """orjson refuses an integer beyond 64 bits anywhere; json writes the report."""
    report = check(load_paths([case_dirs()[0]]))
    big = report.documents[0].model_copy(update={"characters": 2**70})
    odd = report.model_copy(update={"documents": [big, *report.documents[1:]]})
    _assert_written_as_pydantic(odd)


def test_report_json_of_every_worked_case_is_pydantic_dump() -> None:
    for case in case_dirs():
        _assert_written_as_pydantic(check(load_paths([case])))


def _models_in(value: object) -> list[BaseModel]:
    """Every model reachable from a value (lists, tuples, dicts, dataclasses, models)."""
    found: list[BaseModel] = []
    if isinstance(value, BaseModel):
        found.append(value)
        for item in value.__dict__.values():
            found += _models_in(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            found += _models_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            found += _models_in(item)
    elif dataclasses.is_dataclass(value):
        for item in vars(value).values():
            found += _models_in(item)
    return found


def test_a_packed_document_result_comes_back_equal_model_by_model() -> None:
    """The spill's pickler rebuilds every model of a per-document result with the same
    class, values, fields set and JSON; the result is usable by the event stage."""
    doc = Document(
        id="p",
        publisher="Tamsk Courier",
        published="2022-06-01T08:30:00+03:00",
        text="The governor said on Tuesday that 30 people were killed in Tamsk, including "
        "12 soldiers. Police refused to lay down their weapons. «The governor said on "
        "Tuesday that 30 people were killed in Tamsk», a witness added.",
    )
    result = process_document(doc)
    back = _unpacked(_packed(result))
    before, after = _models_in(result), _models_in(back)
    assert len(before) > 20
    assert {type(m).__name__ for m in before} >= {"Document", "Sentence", "NumericClaim", "Span"}
    assert [type(m) for m in after] == [type(m) for m in before]
    for old, new in zip(before, after, strict=True):
        assert new == old
        assert new.model_fields_set == old.model_fields_set
        assert new.__pydantic_extra__ is None and new.__pydantic_private__ is None
        assert new.model_dump_json() == old.model_dump_json()
    assert back.features == result.features


class _Noted(_Model):
    value: int = Field(description="A value.")
    _note: str = PrivateAttr(default="")


def test_the_spill_pickler_keeps_private_attributes() -> None:
    """A model with private attributes is pickled as it pickles itself."""
    model = _Noted(value=3)
    model._note = "kept"
    buffer = io.BytesIO()
    _ResultPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(
        [model, Span(doc_id="d", start=0, end=1)]
    )
    back, span = pickle.loads(buffer.getvalue())
    assert (back.value, back._note, back.model_fields_set) == (3, "kept", {"value"})
    assert span == Span(doc_id="d", start=0, end=1)
    assert span.model_fields_set == {"doc_id", "start", "end"}
