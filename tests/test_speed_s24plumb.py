"""Per-document results through the spill's pickler (backends/local.py): sentences sent as
rows of values and spans as their three values come back the same as the plain pickle
gives, field for field, fields set and JSON, on documents of our own words."""

from __future__ import annotations

import pickle

from reconcile.backends.local import _packed, _unpacked
from reconcile.events import process_document
from reconcile.io import make_document
from reconcile.models import Sentence, Span, trusted_sentence

TEXTS = [
    "Police in Varneck said on Monday that 14 people were killed when a bus overturned. "
    "At least 30 others were injured, the regional health office said. "
    "Police in Varneck said on Monday that 14 people were killed when a bus overturned.",
    "The ministry reported 212 arrests after the protests of 3 May. A spokesman later "
    "said the figure had risen to 250. Rescue teams were still searching on Tuesday.",
    "No figures were given.",
]


def _results():
    docs = [
        make_document("test", text=text, publisher=f"Outlet {i}", published="2021-05-04")
        for i, text in enumerate(TEXTS)
    ]
    return [process_document(doc) for doc in docs]


def _same(a, b) -> None:
    """Equal field for field, with the same fields set, all the way down."""
    assert type(a) is type(b)
    if isinstance(a, list):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _same(x, y)
    elif hasattr(a, "__pydantic_fields_set__"):
        assert a == b
        assert a.__pydantic_fields_set__ == b.__pydantic_fields_set__
        assert a.model_dump_json() == b.model_dump_json()
        for key, value in a.__dict__.items():
            _same(value, b.__dict__[key])
    else:
        assert a == b


def test_results_round_trip_as_the_plain_pickle() -> None:
    results = _results()
    assert results[0].sentences[2].duplicate_of == results[0].sentences[0].id
    for result in results:
        fast = _unpacked(_packed(result))
        plain = pickle.loads(pickle.dumps(result))
        _same(fast.document, plain.document)
        _same(fast.sentences, plain.sentences)
        for name in ("claims", "times", "sources", "labels", "warnings"):
            _same(getattr(fast.extraction, name), getattr(plain.extraction, name))
        assert fast.features == plain.features


def test_sentences_out_of_the_splitters_form_are_pickled_as_models() -> None:
    result = _results()[1]
    first = result.sentences[0]
    near = first.model_copy(update={"near_duplicate_of": "sent:other:0-5"})
    validated = Sentence(id=first.id, span=first.span, text=first.text, index=0)
    elsewhere = trusted_sentence(first.id, Span(doc_id="other", start=0, end=4), "The ", 0)
    partial_span = Span.model_construct(doc_id=first.span.doc_id, start=0)
    odd = trusted_sentence(first.id, partial_span, first.text, 0, duplicate_of="x")
    result.sentences[:] = [near, validated, elsewhere, odd]
    back = _unpacked(_packed(result))
    _same(back.sentences, result.sentences)
    assert back.sentences[0].near_duplicate_of == "sent:other:0-5"
    assert back.sentences[3].span.__pydantic_fields_set__ == {"doc_id", "start"}
