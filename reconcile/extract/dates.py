"""Time expressions in a sentence, resolved against the document's publication time.

We find the phrases ourselves (dateparser's ``search_dates`` reads "10 and 15" as a date
and gives no offsets), then resolve each with one reused ``DateDataParser`` whose
``RELATIVE_BASE`` is the publication time, preferring dates in the past (news convention:
"on July 21" in an article of July 29 is the July 21 before it; such plain calendar
dates are read by :func:`_calendar_date`, which gives dateparser's day without its cost,
and for a month alone the month dateparser means where its reading slips).
Weekdays resolve to the latest such day on or before publication ("on Sunday" in a Sunday
paper is that day).
Nothing depends on the day the code runs.

Recognised: ``[early|late] [on] July 28[, 2012]``, ``28 July [2012]``, ``[on|last]
Tuesday [morning|night…]``, ``yesterday``, ``today``, ``tonight``, ``last night``,
``this week``, ``last week``, ``earlier this week``, ``this month``, ``last month``,
``N days ago``, ``overnight`` (the night before publication), ``since Friday`` / ``since
July 21`` (that day to publication), ``in July [2012]``, ``in 2012``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from reconcile.extract.lexicon import load_data
from reconcile.extract.numbers import NUMBER_WORDS
from reconcile.models import Span, TimeRef

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

_CALENDAR = load_data("taxonomy.toml")["calendar"]
_MONTH = (
    "(?:"
    + "|".join([*_CALENDAR["months"], *(rf"{a}\.?" for a in _CALENDAR["abbreviations"])])
    + ")"
)
_WEEKDAYS = [day.lower() for day in _CALENDAR["weekdays"]]
_WEEKDAY = "(?:" + "|".join(_CALENDAR["weekdays"]) + ")"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_LEAD = r"(?:(?i:early|late|earlier|later)\s+)?(?:(?i:on)\s+)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "since",
        re.compile(
            rf"\b(?i:since)\s+(?P<expr>{_WEEKDAY}|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\b"
        ),
    ),
    ("overnight", re.compile(r"\b(?P<expr>overnight)\b", re.IGNORECASE)),
    (
        "month_day",
        re.compile(rf"\b{_LEAD}(?P<expr>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)\b"),
    ),
    (
        "day_month",
        re.compile(rf"\b{_LEAD}(?P<expr>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?)\b"),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?i:early|late)\s+)?(?:(?i:on|last|this)\s+)?(?P<expr>{_WEEKDAY}){_PART}\b"
        ),
    ),
    (
        "relative_day",
        re.compile(
            r"\b(?:(?:early|late)\s+)?(?P<expr>yesterday|today|tonight|last\s+night)"
            r"(?:\s+(?:morning|afternoon|evening))?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "days_ago",
        re.compile(
            r"\b(?P<expr>(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+"
            r"ago)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "this_year",
        re.compile(r"\b(?:so\s+far\s+)?(?P<expr>this\s+year)\b", re.IGNORECASE),
    ),
    (
        "week",
        re.compile(r"\b(?:earlier\s+)?(?P<expr>(?P<which>this|last)\s+week)\b", re.IGNORECASE),
    ),
    (
        "month",
        re.compile(r"\b(?:earlier\s+)?(?P<expr>(?P<which>this|last)\s+month)\b", re.IGNORECASE),
    ),
    ("month_name", re.compile(rf"\b(?i:in)\s+(?P<expr>{_MONTH}(?:\s+\d{{4}})?)\b(?!\s+\d)")),
    ("year", re.compile(r"\b(?i:in)\s+(?P<expr>(?:19|20)\d\d)\b(?!\s*(?:people|%))")),
]

# Every pattern above needs one of these words (month names begin with their
# abbreviations) or a year: a sentence without any is not searched twelve times.
_TIME_WORDS = [
    *_WEEKDAYS,
    *(a.lower() for a in _CALENDAR["abbreviations"]),
    *(m.lower() for m in _CALENDAR["months"]),
    *("overnight", "yesterday", "today", "tonight", "night", "day", "year", "week", "month"),
]
_A_YEAR = r"\b(?:19|20)\d\d\b"
_ANY_TIME_WORD = re.compile("|".join([*_TIME_WORDS, _A_YEAR]), re.IGNORECASE)
# The same test as substrings of ASCII text lower-cased (a word holding another is left
# out: the shorter one is found in it).
_SHORTEST_TIME_WORDS = tuple(
    w for w in dict.fromkeys(_TIME_WORDS) if not any(o != w and o in w for o in _TIME_WORDS)
)
_YEAR_RE = re.compile(_A_YEAR)


def _shortest(words: list[str]) -> tuple[str, ...]:
    """The words, as written, that hold none of the others: a text holding one of
    ``words`` holds one of these."""
    unique = list(dict.fromkeys(words))
    return tuple(w for w in unique if not any(o != w and o in w for o in unique))


# The month and weekday names as written: the patterns match them case-sensitively.
_MONTH_WORDS = _shortest([*_CALENDAR["months"], *_CALENDAR["abbreviations"]])
# Per pattern, words one of which it cannot match without, as substrings of lower-cased
# ASCII text (a word of the pattern, or a year's first digits) or, for a word with a
# capital, of the text as written (a calendar name).
_NEEDS: dict[str, tuple[str, ...]] = {
    "since": ("since",),
    "overnight": ("overnight",),
    "month_day": _MONTH_WORDS,
    "day_month": _MONTH_WORDS,
    "weekday": _shortest(_CALENDAR["weekdays"]),
    "relative_day": ("yesterday", "today", "night"),
    "days_ago": ("ago",),
    "this_year": ("year",),
    "week": ("week",),
    "month": ("month",),
    "month_name": _MONTH_WORDS,
    "year": ("19", "20"),
}

# The distinct tuples of _NEEDS (three patterns need a month name), each tested once per
# text, and per pattern of _PATTERNS the index of its tuple; per tuple, whether it is
# tested on the text as written.
_NEED_SETS = tuple(dict.fromkeys(_NEEDS.values()))
_NEED_SET_OF = tuple(_NEED_SETS.index(_NEEDS[kind]) for kind, _ in _PATTERNS)
_AS_WRITTEN = tuple(not all(w.islower() or not w.isalpha() for w in words) for words in _NEED_SETS)


def _names_a_time(window: str) -> bool:
    """Whether ``window`` holds a time word or a year (:data:`_ANY_TIME_WORD`). On ASCII
    text, where lower-casing is one letter for one, substring tests on the lower-cased
    text give the same answer many times faster than the case-blind pattern.

    >>> _names_a_time("Clashes went on until Sunday."), _names_a_time("Clashes went on.")
    (True, False)
    """
    if not window.isascii():
        return _ANY_TIME_WORD.search(window) is not None
    low = window.lower()
    return any(w in low for w in _SHORTEST_TIME_WORDS) or _YEAR_RE.search(window) is not None


def _gated_needs() -> tuple[tuple[str | None, tuple[tuple[str, bool], ...]], ...]:
    """The words of :data:`_NEEDS`, each with whether it is tested as written, grouped by
    a word of :data:`_SHORTEST_TIME_WORDS` that it and another need word hold ('day' for
    the weekdays, 'yesterday' and 'today'): a lower-cased text without that word holds
    none of the group. Words sharing no such word form the group of None (no gate)."""
    written_of = {
        w: written for ws, written in zip(_NEED_SETS, _AS_WRITTEN, strict=True) for w in ws
    }

    def holders(gate: str) -> list[str]:
        return [w for w in written_of if gate in w.lower()]

    groups: dict[str | None, list[tuple[str, bool]]] = {}
    for word, written in written_of.items():
        shared = [g for g in _SHORTEST_TIME_WORDS if g in word.lower() and len(holders(g)) > 1]
        groups.setdefault(shared[0] if shared else None, []).append((word, written))
    return tuple((gate, tuple(members)) for gate, members in groups.items())


_GATED_NEEDS = _gated_needs()


def _present_needs(window: str, low: str) -> set[str]:
    """The words of :data:`_NEEDS` that ``window`` (ASCII; ``low`` lower-cased) holds,
    each a calendar name as written, the others in ``low``; the words behind a gate of
    :data:`_GATED_NEEDS` are looked for only when ``low`` holds it."""
    found: set[str] = set()
    for gate, members in _GATED_NEEDS:
        if gate is None or gate in low:
            found.update(w for w, written in members if w in (window if written else low))
    return found


def _patterns_for(window: str) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns of :data:`_PATTERNS` that may match in ``window``, in their order: on
    ASCII text those whose :data:`_NEEDS` occur (lower-casing is one letter for one, and
    no case-blind match of an ASCII word needs another letter; a calendar name is matched
    as written, so its need is tested as written); otherwise all of them
    when the text names a time at all."""
    if not window.isascii():
        return _PATTERNS if _names_a_time(window) else []
    found = _present_needs(window, window.lower())
    if not found:
        return []  # most sentences
    present = [not found.isdisjoint(words) for words in _NEED_SETS]
    return [kp for kp, n in zip(_PATTERNS, _NEED_SET_OF, strict=True) if present[n]]


@lru_cache(maxsize=512)
def _parser(base: datetime) -> DateDataParser:
    """One parser per publication day (building one is cheap; parsing is what costs).
    dateparser is imported here, at the first date our own reading leaves to it: most
    runs of a few documents never need it (~50 ms of a process's start)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "past",
            "TIMEZONE": "UTC",
            "RELATIVE_BASE": base,
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )


def _parse(expr: str, base: datetime) -> date | None:
    plain = _calendar_date(expr, base.date())
    if plain is not None:
        return plain
    data = _parser(base).get_date_data(expr)
    return data.date_obj.date() if data and data.date_obj else None


# A month, a day and a year as the patterns above give them (dots taken out): "July 28",
# "28th July, 2012", "July 2012", "July".
_MONTH_NUMBER = {
    name: number
    for number, month in enumerate(_CALENDAR["months"], 1)
    for name in (month, *(a for a in _CALENDAR["abbreviations"] if month.startswith(a)))
}
_CALENDAR_DATE = re.compile(
    r"(?:(?P<month>[A-Za-z]+) (?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day_first>\d{1,2})(?:st|nd|rd|th)? (?P<month_after>[A-Za-z]+))(?:,? (?P<year>\d{4}))?"
    r"|(?P<month_alone>[A-Za-z]+)(?: (?P<year_alone>\d{4}))?"
)


def _calendar_date(expr: str, published: date) -> date | None:
    """The day a plain calendar date stands for, as dateparser reads it with the settings
    of :func:`_parser` (a year left out is the latest before publication: "July 28" in a
    report of July 29, 2012 is July 28, 2012, in one of July 27 it is July 28, 2011; a month
    and a year is the month's first day), without dateparser's ~0.5 ms a phrase. None for
    what it leaves to dateparser: another form, a day the month has not, a year before
    1900 or after 2100. A month alone is the last one of that name begun by the day of
    publication ("February" in a report of 31 January 2020 is February 2019, where
    dateparser, trying the 31st of each month, falls back to 2016). ``tests/test_dates.py``
    compares both on every month and form.

    >>> _calendar_date("Sept 3rd", date(2012, 7, 29)), _calendar_date("July 2012", date(2015, 1, 1))
    (datetime.date(2011, 9, 3), datetime.date(2012, 7, 1))
    """
    found = _CALENDAR_DATE.fullmatch(expr)
    if found is None:
        return None
    name = found.group("month") or found.group("month_after") or found.group("month_alone")
    month = _MONTH_NUMBER.get(name)
    raw_day = found.group("day") or found.group("day_first")
    raw_year = found.group("year") or found.group("year_alone")
    if month is None:
        return None
    year = int(raw_year) if raw_year else None
    if year is not None and not 1900 <= year <= 2100:
        return None
    day = int(raw_day) if raw_day else 1  # a month alone or with a year: its first day
    try:
        if year is not None:
            return date(year, month, day)
        this_year = date(published.year, month, day)
        return this_year if this_year <= published else date(published.year - 1, month, day)
    except ValueError:
        return None  # no such day ("June 31", "February 29" out of a leap year)


def _week(day: date) -> tuple[date, date]:
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def _resolve(kind: str, match: re.Match[str], published: datetime) -> tuple[date, date, str] | None:
    pub = published.date()
    base = datetime(pub.year, pub.month, pub.day, 12, 0)
    expr = " ".join(match.group("expr").split())
    if kind in ("month_day", "day_month"):
        day = _parse(expr.replace(".", ""), base)
        return (day, day, "day") if day else None
    if kind == "weekday":
        target = _WEEKDAYS.index(expr.split()[0].lower())
        back = (pub.weekday() - target) % 7
        if match.group(0).lower().startswith("last") and back == 0:
            back = 7
        day = pub - timedelta(days=back)
        return day, day, "day"
    if kind == "relative_day":
        word = expr.lower()
        day = pub - timedelta(days=1) if word.startswith(("yesterday", "last")) else pub
        return day, day, "day"
    if kind == "since":
        first = match.group("expr").split()[0].lower()
        if first in _WEEKDAYS:
            day = pub - timedelta(days=(pub.weekday() - _WEEKDAYS.index(first)) % 7)
        else:
            parsed = _parse(expr.replace(".", ""), base)
            if parsed is None:
                return None
            day = parsed
        return day, pub, "day"
    if kind == "overnight":
        return pub - timedelta(days=1), pub, "day"
    if kind == "days_ago":
        raw = match.group("n").lower()
        day = pub - timedelta(days=int(raw) if raw.isdigit() else NUMBER_WORDS[raw])
        return day, day, "day"
    if kind == "week":
        start, end = _week(pub - timedelta(days=7 if match.group("which").lower() == "last" else 0))
        return start, min(end, pub), "week"
    if kind == "month":
        first = pub.replace(day=1)
        if match.group("which").lower() == "last":
            end = first - timedelta(days=1)
            return end.replace(day=1), end, "month"
        return first, pub, "month"
    if kind == "this_year":
        return date(pub.year, 1, 1), pub, "year"
    if kind == "month_name":
        day = _parse(expr.replace(".", ""), base)
        if day is None:
            return None
        start = day.replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
        return start, following - timedelta(days=1), "month"
    if kind == "year":
        year = int(expr)
        return date(year, 1, 1), date(year, 12, 31), "year"
    return None


def find_times(text: str, start: int, end: int, doc_id: str, published: datetime) -> list[TimeRef]:
    """Time expressions in ``text[start:end]``, resolved against ``published``.

    >>> from datetime import datetime, UTC
    >>> s = "In a statement late on July 28, the ministry said."
    >>> [(t.surface, t.start.isoformat()) for t in
    ...  find_times(s, 0, len(s), "d", datetime(2012, 7, 29, tzinfo=UTC))]
    [('late on July 28', '2012-07-28')]
    """
    found: list[TimeRef] = []
    taken: list[tuple[int, int]] = []
    window = text[start:end]
    for kind, pattern in _patterns_for(window):
        for match in pattern.finditer(window):
            a, b = start + match.start(), start + match.end()
            if match.group(0)[:3].lower() == "in ":
                a = start + match.start("expr")
            if any(a < y and b > x for x, y in taken):
                continue
            if (
                kind == "relative_day"
                and match.group("expr")[0].isupper()
                and re.search(r"[A-Z][\w'’-]*\s+$", text[max(start, a - 30) : a])
            ):
                continue  # "Kohsar Today", "USA Today": a name, not a day
            try:
                resolved = _resolve(kind, match, published)
            except OverflowError:
                resolved = None  # before year 1 or after 9999 ("999999 days ago"): unresolved
            if resolved is None:
                continue
            first, last, granularity = resolved
            found.append(
                TimeRef(
                    id=f"time:{doc_id}:{a}-{b}",
                    span=Span(doc_id=doc_id, start=a, end=b),
                    surface=text[a:b],
                    start=first,
                    end=last,
                    granularity=granularity,  # type: ignore[arg-type]
                )
            )
            taken.append((a, b))
    return sorted(found, key=lambda t: t.span.start)
