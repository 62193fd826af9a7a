"""Time expressions resolve against the publication time, never against today."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.extract.dates import _MONTH_NUMBER, _calendar_date, _parser, find_times

SUNDAY = datetime(2012, 7, 29, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("sentence", "surface", "start", "end"),
    [
        (
            "In a statement late on July 28, the ministry said.",
            "late on July 28",
            "2012-07-28",
            "2012-07-28",
        ),
        ("An official was killed there on July 21.", "on July 21", "2012-07-21", "2012-07-21"),
        ("Fighting resumed on 2 August 2011.", "on 2 August 2011", "2011-08-02", "2011-08-02"),
        ("It happened on Tuesday.", "on Tuesday", "2012-07-24", "2012-07-24"),
        ("It happened on Sunday.", "on Sunday", "2012-07-29", "2012-07-29"),
        ("It happened last Sunday.", "last Sunday", "2012-07-22", "2012-07-22"),
        ("Two died yesterday.", "yesterday", "2012-07-28", "2012-07-28"),
        ("The fighting this week was heavy.", "this week", "2012-07-23", "2012-07-29"),
        ("Talks failed last week.", "last week", "2012-07-16", "2012-07-22"),
        ("Three days ago, the town fell.", "Three days ago", "2012-07-26", "2012-07-26"),
        ("The toll rose in June.", "June", "2012-06-01", "2012-06-30"),
        ("Unrest began in 2010.", "2010", "2010-01-01", "2010-12-31"),
    ],
)
def test_resolution(sentence: str, surface: str, start: str, end: str) -> None:
    (time,) = find_times(sentence, 0, len(sentence), "d", SUNDAY)
    assert time.surface == surface == sentence[time.span.start : time.span.end]
    assert (time.start.isoformat(), time.end.isoformat()) == (start, end)


def test_month_day_prefers_the_past() -> None:
    (time,) = find_times("on August 2", 0, 11, "d", SUNDAY)
    assert time.start == date(2011, 8, 2)


def test_numbers_are_not_dates() -> None:
    text = "Between 10 and 15 people died, and 48 on the other side."
    assert find_times(text, 0, len(text), "d", SUNDAY) == []


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))
def test_relative_dates_depend_only_on_publication(day: date) -> None:
    published = datetime(day.year, day.month, day.day, tzinfo=UTC)
    text = "Two died yesterday and one today."
    yesterday, today = find_times(text, 0, len(text), "d", published)
    assert yesterday.start == day - timedelta(days=1)
    assert today.start == day


def _dateparser_date(expr: str, published: date) -> date | None:
    """What dateparser gives for ``expr`` with the parser's settings of dates.py."""
    base = datetime(published.year, published.month, published.day, 12, 0)
    data = _parser(base).get_date_data(expr)
    return data.date_obj.date() if data and data.date_obj else None


@pytest.mark.parametrize("published", [date(2020, 2, 29), date(2021, 1, 31), date(2019, 12, 3)])
def test_plain_calendar_dates_are_read_as_dateparser_reads_them(published: date) -> None:
    """dates.py reads "3rd Sept", "Sept 3, 2016" and the like itself; on every spelling of
    every month, days at the start and the end of months, with and without a year and an
    ordinal, it gives dateparser's day, or leaves the phrase to dateparser."""
    read = 0
    for month in _MONTH_NUMBER:
        for day in (1, 3, 29, 31, 32):
            for year in ("", ", 2016"):
                for expr in (f"{month} {day}{year}", f"{day}rd {month}{year}", f"{month}{year}"):
                    mine = _calendar_date(expr, published)
                    if mine is not None and not _dateparser_slips(expr, published):
                        read += 1
                        assert mine == _dateparser_date(expr, published), expr
    assert read > 200


def _dateparser_slips(expr: str, published: date) -> bool:
    """February alone late in January, where dateparser goes back to a leap year."""
    late_january = published.month == 1 and published.day >= 29
    return late_january and expr.startswith("Feb") and " " not in expr


@pytest.mark.parametrize(
    ("published", "month", "expected"),
    [
        (date(2020, 1, 31), "February", date(2019, 2, 1)),  # dateparser: 2016
        (date(2021, 1, 30), "Feb", date(2020, 2, 1)),
        (date(2019, 3, 15), "March", date(2019, 3, 1)),  # the month of publication
        (date(2019, 3, 15), "April", date(2018, 4, 1)),
    ],
)
def test_a_month_alone_is_the_last_one_begun(published: date, month: str, expected: date) -> None:
    assert _calendar_date(month, published) == expected


_TIME_PARTS = (
    "on since in late early last this Sunday sunday SUNDAY Oct oct October OCT Sept. May may "
    "march March 12 3rd 2019 , night yesterday days ago week month year overnight"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TIME_PARTS), min_size=1, max_size=8))
def test_every_pattern_that_matches_is_tried(words: list[str]) -> None:
    """find_times tries only the patterns whose needed words occur (dates._NEEDS; a
    calendar name as written): none that matches may be left out."""
    from reconcile.extract import dates

    text = " ".join(words)
    tried = dates._patterns_for(text)
    for kind, pattern in dates._PATTERNS:
        if pattern.search(text):
            assert (kind, pattern) in tried, kind
