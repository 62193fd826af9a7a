"""The models' plain attribute reads (models._plain_attribute_reads): pydantic's
``__getattr__`` hook is taken off this module's model classes only, and nothing a reader
can see changes."""

from __future__ import annotations

import inspect
import pickle

import pydantic
import pytest
from pydantic import ConfigDict, PrivateAttr

from reconcile import models
from reconcile.models import Span, _Model

needs_cpython_layout = pytest.mark.skipif(
    models._GENERIC_GETATTR is None, reason="type layout not the one checked"
)


def _model_classes() -> list[type]:
    return [
        cls
        for _, cls in inspect.getmembers(models, inspect.isclass)
        if issubclass(cls, _Model) and cls is not _Model
    ]


def _plain(cls: type) -> bool:
    return models._getattro_slot(cls).value == models._GENERIC_GETATTR


@needs_cpython_layout
def test_every_model_class_reads_attributes_plainly() -> None:
    classes = _model_classes()
    assert len(classes) > 20
    assert [c.__name__ for c in classes if not _plain(c)] == []


@needs_cpython_layout
def test_pydantic_and_other_models_keep_their_hook() -> None:
    class Elsewhere(pydantic.BaseModel):
        a: int = 1

    assert not _plain(pydantic.BaseModel)
    assert not _plain(Elsewhere)
    assert not _plain(_Model)  # the base itself is pydantic's until subclassed


def test_a_missing_attribute_raises_as_pydantic_would() -> None:
    class Twin(pydantic.BaseModel):  # the same fields, pydantic's own hook
        model_config = ConfigDict(extra="forbid", frozen=True)
        doc_id: str
        start: int
        end: int

    ours = Span(doc_id="d", start=1, end=4)
    theirs = Twin(doc_id="d", start=1, end=4)
    for name in ("nope", "_private", "__pydantic_nothing__"):
        with pytest.raises(AttributeError) as mine:
            getattr(ours, name)
        with pytest.raises(AttributeError) as other:
            getattr(theirs, name)
        assert str(mine.value) == str(other.value).replace("Twin", "Span")
    assert (ours.doc_id, ours.start, ours.end) == ("d", 1, 4)
    assert getattr(ours, "nope", "default") == "default"
    assert not hasattr(ours, "nope")


def test_fields_methods_and_pickles_read_as_before() -> None:
    span = Span(doc_id="d", start=2, end=9)
    back = pickle.loads(pickle.dumps(span))
    assert back == span and back.end == 9
    assert span.model_dump() == {"doc_id": "d", "start": 2, "end": 9}
    assert span.model_fields_set == {"doc_id", "start", "end"}
    assert span.model_copy(update={"end": 11}).end == 11
    with pytest.raises(pydantic.ValidationError):
        span.start = 3  # frozen: assignment is still refused


def test_a_subclass_with_private_attributes_keeps_pydantics_read() -> None:
    class WithPrivate(_Model):
        a: int = 1
        _note: str = PrivateAttr(default="kept")

    model = WithPrivate()
    assert model._note == "kept" and model.a == 1
    if models._GENERIC_GETATTR is not None:
        assert not _plain(WithPrivate)


def test_a_subclass_allowing_extra_fields_keeps_pydantics_read() -> None:
    class Open(_Model):
        model_config = ConfigDict(extra="allow", frozen=True)
        a: int = 1

    model = Open(b=2)
    assert model.b == 2 and model.a == 1
    if models._GENERIC_GETATTR is not None:
        assert not _plain(Open)
