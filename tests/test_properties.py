"""Properties of the whole library over generated documents (issue 12), on a small budget.

benchmarks/fuzz.py checks the same properties on a long budget, outside the test run.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import reconcile
from reconcile.errors import ReconcileError
from reconcile.report import report_json

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "docs" / "report.schema.json").read_text("utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

WORDS = (
    "the ministry said police Tajik prosecutors according to officials told soldiers were "
    "killed wounded militants civilians and , ; . at least more than about dozens of several "
    "including rose to from he a soldier was shot dead on Tuesday yesterday 3 days ago in July "
    "people died injured arrested 17 48 1,200 1 000 1.000 12 345 two twenty-three $5 million "
    '40% of between 10 and 15 10-15 up from 38 \u200f \u00a0 \n \r\n \u2028 " “ ” ( )'
).split(" ")
_word = st.sampled_from(WORDS) | st.text(max_size=4)
texts = st.lists(_word, min_size=1, max_size=60).map(" ".join)
published = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
)
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _document(text: str, when: datetime, publisher: str = "Wire", **extra: str):
    try:
        return reconcile.Document(text=text, publisher=publisher, published=when, **extra)
    except ValidationError:
        return None  # documented: a blank text, an invalid publisher


@PROPERTY
@given(texts, published, st.text(min_size=1, max_size=20))
def test_no_exception_but_the_documented_ones_and_spans_slice_back(
    text: str, when: datetime, publisher: str
) -> None:
    doc = _document(text, when, publisher)
    if doc is None:
        return
    try:
        report = reconcile.check([doc])
    except ReconcileError:
        return  # documented
    for item in [*report.claims, *report.times, *report.warnings]:
        assert doc.text[item.span.start : item.span.end] == item.surface
    for sentence in report.sentences:
        assert doc.text[sentence.span.start : sentence.span.end] == sentence.text
    errors = sorted(VALIDATOR.iter_errors(json.loads(report_json(report))), key=str)
    assert not errors, errors[0]


@PROPERTY
@given(st.lists(st.tuples(texts, published), min_size=2, max_size=3), st.randoms())
def test_identical_output_for_any_document_order(pairs, rng) -> None:
    docs = [_document(text, when, f"Wire {n}") for n, (text, when) in enumerate(pairs)]
    docs = [d for d in docs if d is not None]
    if len({d.id for d in docs}) < len(docs):
        return
    shuffled = list(docs)
    rng.shuffle(shuffled)
    assert report_json(reconcile.check(docs)) == report_json(reconcile.check(shuffled))


@PROPERTY
@given(texts, published)
def test_a_verbatim_copy_never_changes_an_estimate(text: str, when: datetime) -> None:
    doc = _document(text, when)
    if doc is None:
        return
    copy = doc.model_copy(update={"id": "copy-of-it"})
    alone = reconcile.check([doc]).estimates
    doubled = reconcile.check([doc, copy]).estimates
    assert [(e.variable_id, e.low, e.best, e.high) for e in doubled] == [
        (e.variable_id, e.low, e.best, e.high) for e in alone
    ]


# BUGS found by benchmarks/fuzz.py (seed 200807): a verbatim copy of a document whose short
# lines ("38\nkilled") are below the repeat threshold gave the copy claims of its own, and
# the copy, as its source's latest document, changed the current figure from 1,000 to 38.
FUZZ_200807 = (
    "from\na\n1,5 Mio\n]\ntwo\n999999 days ago\naged\nlast\nnobody\n\r\nleast\n"
    "between\nxyz\nup\nkilled\n1 000\ntold\n\u0661\u0662\u0660\u0660\nfrom\n]\n"
    "2012\nseveral\n12 345\n29.07.2012\nincluding\ntold\n\u200f17\nthan\n"
    "\u001b[2J\n1\u00a0000\n$5\nTajik\nthe\n\ufeff\n10-15\nmissing\n-3\n"
    "99999999999999999999\n;\n15\n]\n;\n38\nkilled"
)


def test_a_verbatim_copy_with_short_sentences_never_changes_an_estimate() -> None:
    doc = reconcile.Document(
        id="d0-9", text=FUZZ_200807, publisher="RFE/RL", published="0001-01-01T00:00:00+00:00"
    )
    copy = doc.model_copy(update={"id": "d0-9-copy"})
    alone = [(e.variable_id, e.low, e.best, e.high) for e in reconcile.check([doc]).estimates]
    both = [(e.variable_id, e.low, e.best, e.high) for e in reconcile.check([doc, copy]).estimates]
    assert both == alone
    assert ("var:killed/people", 1000.0, 1000.0, 1000.0) in alone


@PROPERTY
@given(texts, st.integers(0, 400), st.integers(0, 400))
def test_slice_of_a_tokenized_text_has_its_own_tokens(words: str, a: int, b: int) -> None:
    """A slice of a long text tokenized before takes that text's tokens (lexicon._Tokenized):
    they must be the tokens the slice gives on its own, offsets and lower-case included."""
    from reconcile.extract import lexicon

    text = (words + " ") * (1 + lexicon._WHOLE_TOKENS // max(1, len(words.split())))
    lexicon.tokenize(text)
    a, b = sorted((a % (len(text) + 1), b % (len(text) + 1)))
    got = lexicon.tokenize(text[a:b], a)
    lexicon._tokens.cache_clear()
    lexicon._WHOLE.clear()
    alone = lexicon.tokenize(text[a:b], a)
    assert [(t.text, t.start, t.end, t.lower) for t in got] == [
        (t.text, t.start, t.end, t.lower) for t in alone
    ]


@PROPERTY
@given(texts)
def test_time_word_test_answers_as_the_time_word_pattern(words: str) -> None:
    """dates._names_a_time (substring tests on ASCII text) gives the answer of the case-blind
    pattern it stands for, on any text."""
    from reconcile.extract import dates

    for text in (words, words.title(), words.upper() + " in 1999"):
        assert dates._names_a_time(text) == (dates._ANY_TIME_WORD.search(text) is not None)


@PROPERTY
@given(texts)
def test_time_patterns_left_out_cannot_match(words: str) -> None:
    """dates._patterns_for leaves out only patterns that find nothing in the text."""
    from reconcile.extract import dates

    for text in (words, words.title(), words.upper() + " since May 4, in 1999, 3 days ago"):
        kept = {kind for kind, _ in dates._patterns_for(text)}
        for kind, pattern in dates._PATTERNS:
            assert kind in kept or pattern.search(text) is None, kind
