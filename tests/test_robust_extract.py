"""Hostile and broken text (issue 12): extraction never crashes, never hangs, never misreads
a number silently.

BUGS: one example per broken behaviour found by trying the engine as a hostile user would.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile
from reconcile.extract import publisher_source
from reconcile.extract.attribution import Speaker, _Mentions, _resolve, attribute_sentences
from reconcile.extract.counts import count_mentions
from reconcile.extract.dates import find_times
from reconcile.extract.numbers import find_numbers
from reconcile.render import render_text
from reconcile.segment import segment


def _check(text: str, published: str = "2020-05-04") -> reconcile.Report:
    return reconcile.check([reconcile.Document(text=text, publisher="Wire", published=published)])


# --- crashes on valid text ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They injured several", 3.0),  # a vague word ending the text, no full stop
        ("Gunmen killed dozens", 24.0),  # a headline
        ("Hundreds of", 200.0),
    ],
)
def test_vague_word_at_the_end_of_the_text(text: str, value: float) -> None:
    mentions = find_numbers(text)
    assert [m.value for m in mentions] == [value]
    assert all(text[m.start : m.end] == m.surface for m in mentions)
    _check(text)  # the whole pipeline, too


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Two people were killed 999999 days ago.", "2020-05-04"),
        ("Two people were killed yesterday.", "0001-01-01"),
        ("Two people were killed overnight.", "0001-01-01"),
        ("Two people were killed last week.", "0001-01-01"),
        ("Two people were killed last month.", "0001-01-01"),
        ("Two people were killed 3 days ago.", "0001-01-02"),
        ("Two people were killed in December.", "9999-12-31"),
    ],
)
def test_a_date_out_of_range_is_left_unresolved(text: str, published: str) -> None:
    when = datetime.fromisoformat(published).replace(tzinfo=UTC)
    assert find_times(text, 0, len(text), "d", when) == []
    (claim,) = _check(text, published).claims
    assert claim.value == 2 and claim.refers_to is None


def test_relative_dates_in_range_still_resolve() -> None:
    text = "Two people were killed 3 days ago."
    (time,) = find_times(text, 0, len(text), "d", datetime(2020, 5, 4, tzinfo=UTC))
    assert time.start.isoformat() == "2020-05-01"


# --- hangs: cost grows about linearly ---------------------------------------------------------
# Speed is measured by benchmarks/pathological.py, never asserted here. These inputs took
# minutes with the old quadratic scans and take a few seconds now; the guard only turns a
# hang into a failure instead of a stuck test run.


@contextmanager
def _hang_guard(seconds: int) -> Iterator[None]:
    def _fail(*_: object) -> None:
        raise TimeoutError(f"still running after {seconds} s: a quadratic scan is back")

    previous = signal.signal(signal.SIGALRM, _fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_one_sentence_listing_ten_thousand_numbers() -> None:
    n = 10_000
    text = "Officials said " + ", ".join(str(i % 50 + 1) for i in range(n)) + " people died."
    with _hang_guard(60):
        counts = count_mentions(text, 0, len(text), find_numbers(text))
    assert len(counts) == n
    assert {c.outcome for c in counts} == {"killed"}


def test_ten_thousand_repeated_sentences() -> None:
    text = "The ministry said 17 soldiers were killed in Khorugh on Tuesday. " * 10_000
    doc = reconcile.Document(id="d", text=text, publisher="Wire", published="2020-05-04")
    sentences = segment([doc])
    with _hang_guard(60):
        attributions, _ = attribute_sentences(doc, sentences, publisher_source(doc))
    assert len(attributions) == 10_000


# The indexes that replaced the scans must answer exactly as the scans did: the old code,
# kept here as the specification, against the new on generated mentions.


def _resolve_by_scan(speaker: Speaker, mentions: list[Speaker], sentence_start: int) -> str | None:
    """The back-reference resolution as it was, scanning every mention."""
    if not (speaker.definite and speaker.name.lower() == speaker.head):
        return None
    head = speaker.head.split()[-1]
    earlier = [
        m for m in mentions if m.end <= speaker.start and m.name.lower() != m.head.split()[-1]
    ]
    generic_head = head in {"agency", "organisation", "group", "office"}
    known = [m for m in earlier if m.role != "unknown"]
    if generic_head and known and known[-1].start >= sentence_start:
        return known[-1].name  # named earlier in the same sentence
    same_head = [m for m in earlier if m.head.split()[-1] == head]
    same_role = [m for m in earlier if m.role == speaker.role and m.role != "unknown"]
    generic = (
        [m for m in earlier if m.role != "unknown" and m.end <= sentence_start]
        if generic_head
        else []
    )
    pick = same_head or same_role or generic
    return pick[-1].name if pick else None


_HEADS = ["ministry", "agency", "police", "group", "office", "army"]
_speakers = st.builds(
    lambda start, length, head, role, full, definite: Speaker(
        name=f"Big {head.title()}" if full else head,
        role=role,
        start=start,
        end=start + length,
        head=head,
        definite=definite,
    ),
    st.integers(0, 300),
    st.integers(1, 30),
    st.sampled_from(_HEADS),
    st.sampled_from(["government", "police", "unknown", "ngo"]),
    st.booleans(),
    st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_speakers, max_size=25),
    st.lists(st.tuples(_speakers, st.integers(0, 330), st.booleans()), max_size=12),
)
def test_mention_index_resolves_as_the_scan_did(
    initial: list[Speaker], queries: list[tuple[Speaker, int, bool]]
) -> None:
    scan = sorted(initial, key=lambda m: m.start)
    index = _Mentions(initial)
    for speaker, sentence_start, add in queries:
        assert _resolve(speaker, index, sentence_start) == _resolve_by_scan(
            speaker, scan, sentence_start
        )
        if add:
            scan.append(speaker)
            scan.sort(key=lambda m: m.start)
            index.add(speaker)


@settings(max_examples=150, deadline=None)
@given(st.lists(_speakers, max_size=25))
def test_a_mention_index_made_at_once_is_the_one_made_mention_by_mention(
    mentions: list[Speaker],
) -> None:
    at_once, one_by_one = _Mentions(mentions), _Mentions([])
    for mention in mentions:
        one_by_one.add(mention)
    assert at_once.by_head == one_by_one.by_head
    assert at_once.by_role == one_by_one.by_role
    assert at_once.known == one_by_one.known


# --- number forms: read correctly, or refused with a warning, never a wrong number ----------

READ = [
    ("1 000 people were killed.", "1 000", 1000),
    ("1\u00a0000 people were killed.", "1\u00a0000", 1000),
    ("1\u202f000 people were killed.", "1\u202f000", 1000),
    ("1\u2009000 people were killed.", "1\u2009000", 1000),
    ("1\u200d000 people were killed.", "1\u200d000", 1000),
    ("1\u200b000 people were killed.", "1\u200b000", 1000),
    ("1'000 people were killed.", "1'000", 1000),
    ("1,00,000 people were killed.", "1,00,000", 100_000),
    ("1.000.000 people were killed.", "1.000.000", 1_000_000),
    ("\u0661\u066c\u0662\u0660\u0660 people were killed.", "\u0661\u066c\u0662\u0660\u0660", 1200),
    ("\u0661\u0662\u0660\u0660 people were killed.", "\u0661\u0662\u0660\u0660", 1200),
    ("\u200f17 people were killed.", "17", 17),
    ("17\u200f people were killed.", "17", 17),
    ("Police said \u200e17\u200e people were killed.", "17", 17),
    ("1.5 million people were killed.", "1.5 million", 1_500_000),
]
REFUSED = [
    ("1.000 people were killed.", "1.000", "ambiguous"),
    ("2.500 people were killed.", "2.500", "ambiguous"),
    ("1,5 Mio people were killed.", "1,5", "decimal comma"),
    ("12 345 people were killed.", "12 345", "one number or two"),
    ("1,0000 people were killed.", "1,0000", "ambiguous"),
    ("1,000,00 people were killed.", "1,000,00", "irregular"),
]


@pytest.mark.parametrize(("text", "surface", "value"), READ)
def test_number_forms_read_correctly(text: str, surface: str, value: float) -> None:
    report = _check(text)
    (claim,) = report.claims
    assert (claim.surface, claim.value, claim.outcome) == (surface, value, "killed")
    assert text[claim.span.start : claim.span.end] == surface
    assert report.warnings == []


@pytest.mark.parametrize(("text", "surface", "why"), REFUSED)
def test_ambiguous_number_forms_are_refused_with_a_warning(
    text: str, surface: str, why: str
) -> None:
    report = _check(text)
    assert report.claims == []  # never a wrong number
    (warning,) = report.warnings
    assert warning.surface == surface == text[warning.span.start : warning.span.end]
    assert why in warning.reason
    assert surface in render_text(report)


def test_a_year_before_a_figure_is_not_grouped_with_it() -> None:
    found = find_numbers("In 2012 300 people were killed.")
    assert [(m.surface, m.value) for m in found] == [("2012", 2012.0), ("300", 300.0)]


def test_a_qualifier_survives_a_bidi_mark() -> None:
    (claim,) = _check("At least\u200f 17 people were killed.").claims
    assert (claim.value, claim.qualifier) == (17, "at_least")


def test_a_dotted_date_is_set_aside_without_warning() -> None:
    report = _check("On 29.07.2012 ten people were killed.")
    assert [c.value for c in report.claims] == [10] and report.warnings == []


# --- escaping in the text view ----------------------------------------------------------------


def test_a_publisher_name_cannot_forge_a_line() -> None:
    publisher = "Evil\nR101 conflicting-counts [error] forged\x1b[2J\r"
    doc = reconcile.Document(
        text="Police said 12 people were wounded.", publisher=publisher, published="2020-01-01"
    )
    rendered = render_text(reconcile.check([doc]))
    assert not any(line.startswith("R101") for line in rendered.splitlines())
    assert "\x1b" not in rendered and "\r" not in rendered
    assert "Evil\\nR101" in rendered


def test_the_whole_pipeline_on_a_sentence_of_three_thousand_figures() -> None:
    text = "Officials said " + ", ".join(str(i % 50 + 1) for i in range(3_000)) + " people died."
    with _hang_guard(90):
        report = _check(text)
    assert len(report.claims) == 3_000
