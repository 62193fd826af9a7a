"""Numbers in a sentence: where they are, their value, their qualifier and what they count.

Two layers, kept apart:

1. :func:`find_numbers` finds number mentions (digits, "1.2 million", "$3.5 million", "45%",
   number words such as "one" or "twenty-three", ranges, vague quantities such as "dozens
   of") and reads their qualifier ("at least", "more than", "up to", "about", "nearly") as
   an interval. Our own layer reads digit forms (``_read_digits``: quantulum3 splits or
   merges several of them), spans, qualifiers and ranges (quantulum3 averages ranges and
   drops "at least"); text2num reads number words. quantulum3 reads the unit written after
   a number whose next word is not a known count noun (:func:`_measure_after`): lengths,
   weights, durations, speeds... are set aside as measures, and money in a currency our
   tables do not name keeps its currency. Years, dates, times, ages, ordinals, numbers
   inside names and phone numbers are recognised and set aside.
2. :func:`reconcile.extract.counts.count_mentions` (another module) links each remaining
   mention to what it counts.
"""

from __future__ import annotations

import re
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

from text_to_num import text2num

from reconcile.extract.lexicon import Token, lexicon, load_data, lowered, tokenize

_CALENDAR = load_data("taxonomy.toml")["calendar"]
_MONTHS = "|".join(m.lower() for m in [*_CALENDAR["months"], *_CALENDAR["abbreviations"]])
_CURRENCIES = load_data("taxonomy.toml")["currencies"]  # [currencies]: symbols, codes, names
_CURRENCY_SYMBOLS: dict[str, str] = _CURRENCIES["symbols"]
_CURRENCY_WORDS: dict[str, str] = {
    **{code.lower(): iso for code, iso in _CURRENCIES["codes"].items()},
    **_CURRENCIES["names"],
}
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}

# Characters a number may be written with besides digits (see docs/extraction.md, "Number
# forms"): invisible format characters (zero-width joiners, bidi marks) are ignored; the
# no-break, thin and figure spaces and the apostrophe group thousands; U+066C and U+066B
# are the Arabic thousands and decimal separators.
_INVISIBLE = (  # each listed (no ranges): a class of a pattern, and a set of characters
    "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_THIN_SEPARATORS = "\u00a0\u2009\u202f\u2007'’"
# A plain space groups digits only after 1-3 digits and before groups of exactly three
# ("1 000"); anything else is a run of digits, '.', ',' and the separators above, read
# (or refused) by _read_digits.
_DIGITS = (
    r"\d{1,3}(?: \d{3})+(?![\d.,]?\d)"
    rf"|\d(?:\d|[{_INVISIBLE}]+(?=\d)|[,.\u066b\u066c](?=\d)"
    rf"|[{_THIN_SEPARATORS}](?=\d{{3}}(?!\d)))*"
)
_CUR_PREFIX = (
    "|".join(re.escape(c) for c in sorted(_CURRENCY_SYMBOLS, key=len, reverse=True))
    + r"|(?:"
    + "|".join(_CURRENCIES["codes"])
    + r")\s?"
)
_CUR_NAMES = "|".join(
    r"\s+".join(map(re.escape, name.split()))
    for name in sorted(_CURRENCIES["names"], key=len, reverse=True)
)
_SCALE = r"\s?(?:thousand|million|billion|trillion|mln|bn)\b|(?:m|bn|k)\b"
_NUMBER_RE = re.compile(
    rf"(?<![\w.,/:$€£¥₽-])(?P<cur>{_CUR_PREFIX})?(?P<num>{_DIGITS})(?P<scale>{_SCALE})?"
    rf"(?P<pct>\s?%|\s(?:percent|per\s+cent)\b)?"
    rf"(?P<cursuffix>\s(?:{_CUR_NAMES})\b)?"
    rf"(?![\w%])",
    re.IGNORECASE,
)
_RANGE_SEPARATOR = r"-|–|—|to|and"  # "20-30", "20 to 30", "between 20 and 30"
_RANGE_RE = re.compile(
    rf"(?<![\w.,/:-])(?P<between>between\s+)?(?P<a>{_DIGITS})\s*(?P<sep>{_RANGE_SEPARATOR})\s*"
    rf"(?P<b>{_DIGITS})(?![\w%:])",
    re.IGNORECASE,
)
_PHONE_GAP = r"[\s-]"  # between the groups of a phone number
_PHONE_RE = re.compile(
    rf"(?:\+\d{{1,3}}{_PHONE_GAP}?)?(?:\(\d{{2,5}}\){_PHONE_GAP}?)?\d{{2,4}}(?:{_PHONE_GAP}\d{{2,4}}){{2,}}"
)

_NUMBER_WORD_DATA = load_data("taxonomy.toml")["number_words"]
_UNITS: dict[str, int] = _NUMBER_WORD_DATA["units"]
#: The values of the number words below twenty (also used to read "three days ago").
NUMBER_WORDS = _UNITS
_TENS = frozenset(_NUMBER_WORD_DATA["tens"])
_WORD_SCALES = frozenset(_NUMBER_WORD_DATA["scales"])
#: Every word a number may be written with.
NUMBER_WORD_SET = frozenset(_UNITS) | _TENS | _WORD_SCALES
_NUMBER_WORDS = NUMBER_WORD_SET


def is_number_token(token: Token) -> bool:
    """Whether a token is a number, in digits or in words ('17', 'seventeen')."""
    return token.text[0].isdigit() or token.lower in NUMBER_WORD_SET


# Qualifier phrases ([qualifiers] in taxonomy.toml), longest first, read on the lower-cased
# words just before a number.
_QUALIFIERS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        (
            (phrase, kind)
            for kind, phrases in load_data("taxonomy.toml")["qualifiers"].items()
            for phrase in phrases
        ),
        key=lambda item: (-len(item[0]), item[0]),
    )
)


def _alnum_tail(text: str) -> str:
    """The run of letters and digits (``str.isalnum``) that ends ``text``, maybe empty.

    >>> _alnum_tail("killing at least"), _alnum_tail("(up to"), _alnum_tail("c.")
    ('least', 'to', '')
    """
    i = len(text)
    while i and text[i - 1].isalnum():
        i -= 1
    return text[i:]


def _by_tail(phrases: tuple[tuple[str, str], ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """``phrases`` grouped by the run of letters and digits they end with, in their order.
    A phrase ends the words before a number, after no letter or digit, only if that run is
    the one ending those words: the other phrases need no test."""
    grouped: dict[str, list[tuple[str, str]]] = {}
    for item in phrases:
        grouped.setdefault(_alnum_tail(item[0]), []).append(item)
    return {tail: tuple(items) for tail, items in grouped.items()}


_QUALIFIERS_BY_TAIL = _by_tail(_QUALIFIERS)
#: Longer digit runs (serial numbers, garbage) are not read as numbers at all.
_MAX_DIGITS = 15
#: Relative half-width of the band around an "about" figure (documented in docs/extraction.md).
ABOUT_BAND = 0.1

# What makes a number a measure (docs/extraction.md, "Units"): quantulum3 reads the unit.
_MEASURES = load_data("taxonomy.toml")["measures"]
_MEASURE_ENTITIES = frozenset(_MEASURES["entities"])
_MEASURE_UNITS = frozenset(_MEASURES["units"])
_MEASURE_WORDS = frozenset(_MEASURES["words"])  # units quantulum3 does not know
# The word (or degree sign) written right after a number, joined to it by at most a space,
# a no-break space or a hyphen ("200 km", "a 3-day curfew", "12 °C"), and the words after it.
_UNIT_WORD = re.compile(r"[ \u00a0-]?(?P<word>°?[^\W\d_][\w/'’²³]*)")
_UNIT_CONTEXT = re.compile(r"(?: [\w/'’-]+){0,3}")  # matched where the word ends, if needed
_NAME_PREFIXES = frozenset(load_data("taxonomy.toml")["number_names"]["prefixes"])


@dataclass  # not frozen: a frozen dataclass's __init__ costs ~5x (object.__setattr__ per field)
class NumberMention:
    """A number found in a sentence (offsets are into the document's text). Never changed
    once made: a changed mention is a new one (``dataclasses.replace``)."""

    start: int
    end: int
    surface: str
    value: float
    qualifier: str
    low: float | None
    high: float | None
    low_inclusive: bool
    high_inclusive: bool
    unit: str
    not_a_count: str | None = None  # why it was set aside: "year", "date", "age", ...
    implied: bool = False  # one person implied by "a soldier", "his wife"
    refusal: str | None = None  # why a figure's form was refused ("ambiguous: '1.000' …")


def _identity_decorator(target: Any = None, **_options: Any) -> Any:
    return target if target is not None else (lambda function: function)


@contextmanager
def _typeguard_off() -> Iterator[None]:
    """typeguard's ``@typechecked`` as the identity while the body runs.

    quantulum3's English units import inflect, whose methods are decorated with
    ``@typechecked``: each is parsed and recompiled at import, ~1.6 s of the ~2 s a process
    paid for quantulum3's first parse. The checks only guard inflect's own arguments and
    the decorator is already a no-op under ``python -O``; it is restored on leaving.
    """
    typeguard = sys.modules.get("typeguard")
    if typeguard is None:
        try:
            import typeguard
        except ImportError:  # pragma: no cover - inflect then has no checks to skip
            yield
            return
    original = typeguard.typechecked
    typeguard.typechecked = _identity_decorator
    try:
        yield
    finally:
        typeguard.typechecked = original


def load_units() -> None:
    """Import quantulum3 and load its unit tables now, rather than at the first number
    that needs them (the local backend's fork server does, so its workers share them)."""
    _quantulum()


@cache
def _quantulum() -> ModuleType:
    """quantulum3's parser, imported (and its units loaded) the first time a number needs it."""
    with warnings.catch_warnings(), _typeguard_off():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("7 km")  # loads its units while inflect is still being imported
    return parser


def _unit_of(written: str, word_end: int) -> tuple[str, str] | None:
    """quantulum3's unit (entity, name) for the number that starts ``written`` ("7", a
    space or hyphen, a word ending at ``word_end``, maybe the words after it), when it
    takes the whole word as its unit; None when the word is not part of the quantity."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = _quantulum().parse(written)
    if not quantities or quantities[0].span[0] != 0 or quantities[0].span[1] < word_end:
        return None
    unit = quantities[0].unit
    return unit.entity.name, unit.name


@lru_cache(maxsize=8192)  # the words after numbers: few, and met again and again
def _measure_unit(written: str, word_end: int) -> bool:
    """Whether quantulum3 reads the word of ``written`` (see :func:`_unit_of`) as a unit
    of measure: its entity is one of [measures].entities, or its unit one of
    [measures].units.

    Money is not asked of quantulum3: our [currencies] tables name it, and quantulum3's
    currency names include English words ("300 won" is read as Korean won).
    """
    if not may_read_as_unit(written[1:word_end]):
        return False  # most words: no run of unit names, and quantulum3's parse costs ~1 ms
    unit = _unit_of(written, word_end)
    return unit is not None and (unit[0] in _MEASURE_ENTITIES or unit[1] in _MEASURE_UNITS)


# What quantulum3 rewrites or reads as part of the number before it looks for units.
_NOT_UNIT_TEXT = re.compile(r"[\d']")


def may_read_as_unit(after: str) -> bool:
    """Whether quantulum3 may read ``after``, written right after a one-digit number
    (``_unit_of``'s "7"), as that number's unit, up to its end: False only when it cannot.

    quantulum3 finds a quantity with one pattern: the number, an optional hyphen, then up
    to four units (the names and symbols of its tables, matched without case), each maybe
    raised to a power and joined to the one before by an operator ("km/h", "kilometres per
    hour"). Before that it rewrites genitives (an apostrophe) and number words, and a
    digit may continue the number. So an ASCII text without digits, apostrophes or
    quantulum3's number words is read as a unit only when it is a run of those pieces
    (units, operators, powers), which :func:`_covered_by` tests. A non-ASCII text is
    always asked (matching without case, 'K' is 'k').

    >>> may_read_as_unit(" km/h"), may_read_as_unit("-day"), may_read_as_unit(" soldiers")
    (True, True, False)
    """
    if not after.isascii() or _NOT_UNIT_TEXT.search(after):
        return True
    low = after.lower()
    pieces = _unit_pieces()
    if not pieces.number_words.isdisjoint(re.split(r"\W+", low)):
        return True
    return _covered_by(low, pieces)


@dataclass(frozen=True)
class _UnitPieces:
    """quantulum3's unit names and symbols, and its operators, lower-cased (the ASCII
    ones: no other character matches an ASCII letter without case), their lengths, its
    pattern of a power, and its number words."""

    units: frozenset[str]
    operators: frozenset[str]
    sizes: tuple[int, ...]
    power: re.Pattern[str]
    number_words: frozenset[str]


# quantulum3's pattern reads at most four units after a number (groups unit1 to unit4).
_MAX_UNITS = 4


@cache
def _unit_pieces() -> _UnitPieces:
    _quantulum()
    from quantulum3 import load
    from quantulum3 import regex as qre

    table = load.units("en_US")
    units = frozenset(k.lower() for k in [*table.surfaces, *table.symbols] if k.isascii())
    operators = frozenset(k.lower() for k in qre.operators("en_US") if k.isascii())
    power = qre.exponents_regex("en_US").format(superscripts=qre.unicode_superscript_regex())
    return _UnitPieces(
        units - {""},
        operators - {""},
        tuple(sorted({len(w) for w in units | operators if w}, reverse=True)),
        re.compile(power, re.VERBOSE | re.IGNORECASE),
        frozenset(w.lower() for w in qre.numberwords("en_US") if w),
    )


def _covered_by(low: str, pieces: _UnitPieces) -> bool:
    """Whether ``low`` (lower case) is, from its start or after a leading hyphen, a run of
    at most :data:`_MAX_UNITS` unit names or symbols, with operators and powers, to its
    end: the fewest units that reach each position are counted (operators and powers
    count none)."""
    end = len(low)
    fewest = [_MAX_UNITS + 1] * (end + 1)
    fewest[0] = 0
    if low.startswith("-"):
        fewest[1] = 0
    for i in range(end):
        here = fewest[i]
        if here > _MAX_UNITS:
            continue
        for size in pieces.sizes:
            if i + size <= end:
                piece = low[i : i + size]
                if piece in pieces.units and here + 1 < fewest[i + size]:
                    fewest[i + size] = here + 1
                if piece in pieces.operators and here < fewest[i + size]:
                    fewest[i + size] = here
        power = pieces.power.match(low, i)
        if power is not None and power.end() > i and here < fewest[power.end()]:
            fewest[power.end()] = here
    return fewest[end] <= _MAX_UNITS


@lru_cache(maxsize=1024)
def _unit_in_context(written: str, word_end: int) -> bool:
    """Whether quantulum3 still takes the word as the number's unit with the words after
    it: "7 in Kabul" is no length in inches ("7 in" alone is)."""
    return _unit_of(written, word_end) is not None


def _measure_after(text: str, end: int) -> bool:
    """Whether the word right after a number ending at ``end`` is a unit of measure ("200
    km", "3 days", "a 3-day curfew", "40 litres", "12 °C"): quantulum3 reads the unit
    (:func:`_measure_unit`); [measures].words adds the units it does not know.

    quantulum3 is asked only when the next word is not a number word or a known counted
    noun (a group or an outcome: "17 soldiers", "12 dead"), first on that word alone
    (cached: few distinct words follow numbers), then, when it reads a measure, with the
    words that follow, which must leave the word in the quantity, so that a word that is
    also a unit symbol ("7 in Kabul", inches) stays a word.

    >>> [_measure_after(s, 2) for s in ["12 km north", "12 soldiers", "12 in Kabul"]]
    [True, False, False]
    """
    reach = min(len(text), end + 60)
    written = _UNIT_WORD.match(text, end, reach)
    if written is None or len(written.group("word")) < 2:
        return False  # a single letter ("12 s", "12 A") is read as a word, not a symbol
    word, joint = written.group("word"), text[end : written.start("word")]
    lower = word.lower()
    if lower in _MEASURE_WORDS:
        return True
    unit = f"7{joint}{word}"
    if _counted_word(lower) or not _measure_unit(unit, len(unit)):
        return False
    context = _UNIT_CONTEXT.match(text, written.end(), reach).group()  # type: ignore[union-attr]
    return not context or _unit_in_context(unit + context, len(unit))


def _counted_word(lower: str) -> bool:
    """Whether a word is one extraction counts with: a number word, or the first word of a
    group or outcome phrase ("soldiers", "security", "dead")."""
    lex = lexicon()
    return (
        lower in NUMBER_WORD_SET or lower in lex.groups.by_first or lower in lex.outcomes.by_first
    )


_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# The patterns below are compiled once: the numbers of a report call them ~180 times.
_PLAIN_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS_DOT = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_THIN_RE = re.compile(f"[{_THIN_SEPARATORS}]")
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_GROUPED = {
    "ascii": re.compile(r"\d{1,3}(?: \d{3})+"),
    "thin": re.compile(rf"\d{{1,3}}(?:[{_THIN_SEPARATORS}]\d{{3}})+(?:\.\d+)?"),
    "english": re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"),
    "indian": re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"),
    "european": re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:\.\d{3})+,\d+"),
}


def _read_digits(number: str, scale: str | None = None) -> tuple[float | None, str | None]:
    """The value of a run of digits and separators, or None and why it is refused.

    Forms that can only mean one number are read; forms that could mean two different
    numbers are refused rather than guessed (docs/extraction.md, "Number forms").

    >>> [_read_digits(s)[0] for s in ["1,200", "1\u00a0000", "1 000", "1,00,000", "1.000.000"]]
    [1200.0, 1000.0, 1000.0, 100000.0, 1000000.0]
    >>> _read_digits("\u0661\u066c\u0662\u0660\u0660")[0], _read_digits("1\u200d000")[0]
    (1200.0, 1000.0)
    >>> _read_digits("2.500")[1]
    "ambiguous: '2.500' may be 2500 (a thousands separator) or 2.5 (a decimal point)"
    >>> _read_digits("1,5")[1]
    "ambiguous: '1,5' has a decimal comma or lists two numbers"
    >>> _read_digits("12 345")[1]
    "ambiguous: '12 345' may be one number or two"
    """
    if number.isascii() and number.isdigit():
        return float(number), None  # "17" (most numbers): read as the patterns below read it
    raw = _INVISIBLE_RE.sub("", number).replace("\u066c", ",").replace("\u066b", ".")
    if _PLAIN_DIGITS.fullmatch(raw):
        if not scale and _THOUSANDS_DOT.fullmatch(raw):
            return None, (
                f"ambiguous: {raw!r} may be {int(raw.replace('.', ''))} (a thousands "
                f"separator) or {float(raw):g} (a decimal point)"
            )
        return float(raw), None
    if _GROUPED["ascii"].fullmatch(raw):
        if not any(group.startswith("0") for group in raw.split()[1:]):
            return None, f"ambiguous: {raw!r} may be one number or two"
        return float(raw.replace(" ", "")), None
    if _GROUPED["thin"].fullmatch(raw):
        return float(_THIN_RE.sub("", raw)), None
    if _GROUPED["english"].fullmatch(raw) or _GROUPED["indian"].fullmatch(raw):
        return float(raw.replace(",", "")), None
    if _GROUPED["european"].fullmatch(raw):
        return float(raw.replace(".", "").replace(",", ".")), None
    if _DOTTED_DATE.fullmatch(raw):
        return None, "date"  # 29.07.2012: a date, not a figure (no warning)
    if _DECIMAL_COMMA.fullmatch(raw):
        return None, f"ambiguous: {raw!r} has a decimal comma or lists two numbers"
    return None, f"unreadable: {raw!r} has an irregular digit grouping"


def _plain_value(number: str, scale: str | None) -> float | None:
    value, _ = _read_digits(number, scale)
    if value is not None and scale:
        value *= _SCALES[scale.strip().lower()]
    return value


def _interval(value: float, qualifier: str) -> tuple[float | None, float | None, bool, bool]:
    """The interval (low, high, low_inclusive, high_inclusive) a qualified value admits.

    >>> _interval(17, "at_least")
    (17, None, True, True)
    >>> _interval(100, "about")
    (90.0, 110.0, True, True)
    """
    if qualifier == "at_least":
        return value, None, True, True
    if qualifier == "more_than":
        return value, None, False, True
    if qualifier == "at_most":
        return 0, value, True, True
    if qualifier == "less_than":
        return 0, value, True, False
    if qualifier == "nearly":
        return round(value * (1 - ABOUT_BAND), 6), value, True, True
    if qualifier == "about":
        return round(value * (1 - ABOUT_BAND), 6), round(value * (1 + ABOUT_BAND), 6), True, True
    return value, value, True, True


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


_INVISIBLE_SET = frozenset(_INVISIBLE)


def _without_trailing_space(text: str) -> str:
    """``text`` without the spaces and invisible characters (:data:`_INVISIBLE`) it ends
    with ('at least\u200f '), as a pattern of them anchored at the end would remove them,
    without searching from every position: ``str.rstrip`` strips the characters that the
    patterns' class of spaces matches."""
    stripped = text.rstrip()
    while stripped[-1:] in _INVISIBLE_SET:  # rare: a bidi mark or joiner before the number
        stripped = stripped.rstrip(_INVISIBLE).rstrip()
    return stripped


def _tail_word(stripped: str) -> str:
    """:func:`_alnum_tail` of ``stripped``: found at once when its last space opens a run
    of letters and digits to its end (most texts before a number: '… killing at least')."""
    last = stripped[stripped.rfind(" ") + 1 :]
    return last if last.isalnum() else _alnum_tail(stripped)


_FROM_BEFORE = re.compile(r"\bfrom\s*$")  # "from 12 to 17": a change, not a range


def _qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier written just before ``start`` and where it begins ('exact' if none)."""
    before = text[max(0, start - 40) : start].lower()
    stripped = _without_trailing_space(before)  # "at least\u200f 17"
    if _PARAGRAPH_BREAK.search(before, len(stripped)):
        return "exact", start  # "about" ends the paragraph before: it qualifies nothing here
    for phrase, kind in _QUALIFIERS_BY_TAIL.get(_tail_word(stripped), ()):
        if stripped.endswith(phrase):
            head = stripped[: -len(phrase)]
            if head and (head[-1].isalnum()):
                continue
            return kind, start - (len(before) - len(head))
    return "exact", start


_WORDS = re.compile(r"[a-z]+\.?")


def _last_word(before: str) -> str:
    """The last run of the letters a-z in ``before`` (lower case), '' when it has none:
    found at once when the text ends with one after a space and maybe spaces ('… killed
    '), the run's letters being all that follow that space; else the last of
    :data:`_WORDS` (its dot dropped).

    >>> _last_word("they killed "), _last_word("on jan. "), _last_word("(c) 2012, ")
    ('killed', 'jan', 'c')
    """
    stripped = before.rstrip()
    last = stripped[stripped.rfind(" ") + 1 :]
    if last.isascii() and last.isalpha():
        return last
    found = _WORDS.findall(before)
    return found[-1].rstrip(".") if found else ""


def _age_after() -> re.Pattern[str]:
    """An age right after a number: a word of ``[counted_phrase] ages`` written with a
    hyphen or a space before 'old' ('45-year-old', '45 year old', '3 months-old'), or a
    phrase of ``age_after`` ('30 years of age')."""
    words = load_data("taxonomy.toml")["counted_phrase"]
    units = sorted({age.removesuffix("-old") for age in words["ages"]}, key=len, reverse=True)
    phrases = [r"\s+".join(map(re.escape, p.split())) for p in words["age_after"]]
    return re.compile(rf"\s*-?\s*(?:{'|'.join(units)})[- ]old\b|\s+(?:{'|'.join(phrases)})\b")


_AGE_AFTER = _age_after()
_CAPACITY_BEFORE = re.compile(
    r"\b(?:built|designed|meant|intended)\s+(?:to\s+hold\s+|for\s+)(?:up\s+to\s+)?"
    r"$|\bcapacity\s+(?:of|for)\s+(?:about\s+|up\s+to\s+)?$|\broom\s+for\s+$"
    r"|\bcan\s+(?:hold|house|accommodate)\s+(?:up\s+to\s+)?$"
)
# The last word of every match of _CAPACITY_BEFORE (each is followed by spaces only): the
# words before a number end with one of them whenever the pattern matches there; the
# patterns ending with '$' are tried at every position of the words, at a cost.
_CAPACITY_LAST_WORDS = frozenset({"hold", "for", "to", "of", "about", "house", "accommodate"})
_MONTH_AFTER = re.compile(rf"\s*(?:{_MONTHS})\b")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$")
_MONTH_NAMES = frozenset(_MONTHS.split("|"))  # the last word of a match of _MONTH_BEFORE
_CLOCK_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|gmt\b|utc\b|o'clock)")
_MINUTES_AFTER = re.compile(r":\d\d")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
_NAME_BEFORE = re.compile(r"[A-Z][a-z]*\.?\s*$")


def _set_aside(text: str, start: int, end: int, number: str) -> str | None:
    """Why a number is not a count or an amount (a year, a date, an age...), or None."""
    before = text[max(0, start - 30) : start].lower()
    after = text[end : end + 30].lower()
    prev = _last_word(before)
    if _AGE_AFTER.match(after):
        return "age"
    if prev in {"aged", "age", "ages"}:
        return "age"
    if prev in _CAPACITY_LAST_WORDS and _CAPACITY_BEFORE.search(before):
        return "capacity"  # "a prison built for 800 inmates", "a capacity of 120 beds"
    if _MONTH_AFTER.match(after) or (prev in _MONTH_NAMES and _MONTH_BEFORE.search(before)):
        return "date"
    if _CLOCK_AFTER.match(after) or _MINUTES_AFTER.match(text[end : end + 3]):
        return "time"
    if _YEAR.fullmatch(number) and not _starts_group(after):
        return "year"
    if _ORDINAL_AFTER.match(after):
        return "ordinal"
    if prev in _NAME_PREFIXES and _NAME_BEFORE.search(text[max(0, start - 20) : start]):
        return "name"
    if _measure_after(text, end):
        return "measure"
    return None


def _starts_group(after: str) -> bool:
    tokens = tokenize(after)
    return bool(tokens) and lexicon().groups.match(tokens, 0) is not None


def _currency(cur: str | None, suffix: str | None) -> str | None:
    if cur:
        key = cur.strip()
        return _CURRENCY_SYMBOLS.get(key) or _CURRENCY_WORDS.get(key.lower())
    if suffix:
        return _CURRENCY_WORDS.get(" ".join(suffix.lower().split()))
    return None


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Every number mention in ``text[start:end]``, sorted by position.

    Offsets are into ``text`` (pass the whole document and a sentence's span so that spans
    stay document offsets).

    >>> [(m.surface, m.value, m.qualifier, m.low, m.high) for m in
    ...  find_numbers("At least 17 soldiers and one civilian died in 2012.")]
    [('At least 17', 17.0, 'at_least', 17.0, None), ('one', 1.0, 'exact', 1.0, 1.0), \
('2012', 2012.0, 'exact', 2012.0, 2012.0)]
    >>> [m.not_a_count for m in find_numbers("At least 17 soldiers died in 2012.")]
    [None, 'year']
    """
    end = len(text) if end is None else end
    window = text[start:end]
    mentions: list[NumberMention] = []
    # 1 where a number (or a phone number) was taken: a look-up costs the span's length,
    # where scanning a list of taken spans per mention made long enumerations quadratic
    occupied = bytearray(len(window))

    def _marks(a: int, b: int) -> tuple[int, int]:  # a qualifier may begin before the window
        return max(a - start, 0), max(b - start, 0)

    def take(a: int, b: int) -> None:
        lo, hi = _marks(a, b)
        occupied[lo:hi] = b"\x01" * (hi - lo)

    def free(a: int, b: int) -> bool:
        return occupied.find(1, *_marks(a, b)) == -1

    first = _ANY_DIGIT.search(window)
    if first is None:  # the three patterns below all need a digit
        return _word_mentions(text, start, end, [], free, take)

    for match in _hinted_matches(_PHONE_RE, _PHONE_HINT, window, first.start()):
        digits = sum(ch.isdigit() for ch in match.group())
        if digits >= 7 and "," not in match.group():
            take(start + match.start(), start + match.end())

    for match in _hinted_matches(_RANGE_RE, _RANGE_HINT, window, first.start()):
        a_start, b_end = start + match.start("a"), start + match.end("b")
        sep = match.group("sep").lower()
        if sep == "and" and not match.group("between"):
            continue
        lead = text[max(0, a_start - 6) : a_start].lower()
        if sep == "to" and _FROM_BEFORE.search(lead):
            continue  # "from 12 to 17" is a change, not a range
        low = _plain_value(match.group("a"), None)
        high = _plain_value(match.group("b"), None)
        if low is None or high is None or high <= low:
            continue  # a refused form: each number is refused on its own below
        if _set_aside(text, a_start, b_end, match.group("b")):
            continue
        begin = start + match.start()
        mentions.append(
            NumberMention(
                begin, b_end, text[begin:b_end], low, "range", low, high, True, True, "count"
            )
        )
        take(begin, b_end)

    for match in _number_matches(window, first.start()):
        m_start, m_end = start + match.start(), start + match.end()
        if not free(m_start, m_end):
            continue
        number = match.group("num")
        if len(number) > _MAX_DIGITS and sum(ch.isdigit() for ch in number) > _MAX_DIGITS:
            take(m_start, m_end)  # not a count: a serial number, garbage
            continue
        value = _plain_value(number, match.group("scale"))
        if value is None:  # a form that could mean two numbers: refused, never guessed
            _, reason = _read_digits(number, match.group("scale"))
            refused = reason if reason and reason != "date" else None
            aside = "refused" if refused else reason
            mention = _qualified(text, m_start, m_end, 0.0, "count", aside)
            mentions.append(replace(mention, refusal=refused))
            take(m_start, m_end)
            continue
        currency = _currency(match.group("cur"), match.group("cursuffix"))
        unit = "percent" if match.group("pct") else (currency or "count")
        aside = _set_aside(text, m_start, m_end, number) if unit == "count" else None
        if value >= 1e13 or value != value:
            aside = "too large"  # not a count of anything; would not survive JSON either
        elif unit == "count" and aside is None and not float(value).is_integer():
            aside = "fraction"  # "0.5 people", "2.5 km": not a head count
        mentions.append(_qualified(text, m_start, m_end, value, unit, aside))
        take(m_start, m_end)

    return _word_mentions(text, start, end, mentions, free, take)


_ANY_DIGIT = re.compile(r"\d")
# What every match of a pattern holds, found by a scan that tries few positions (the
# pattern starts with a digit); the patterns open on optional groups and try them at every
# character. A phone number holds a digit, a space or hyphen and a digit; a range, its two
# numbers about its separator.
_PHONE_HINT = re.compile(rf"\d{_PHONE_GAP}\d")
_RANGE_HINT = re.compile(rf"\d\s*(?:{_RANGE_SEPARATOR})\s*\d", re.IGNORECASE)


# How far before its first digit a match of _NUMBER_RE may start: the longest currency
# symbol or code and the space after it ("USD 5"). No symbol or code holds a digit (a test
# checks it), so the first digit at or after a match's start is its number's first digit.
_CURRENCY_REACH = max(map(len, [*_CURRENCY_SYMBOLS, *_CURRENCIES["codes"]])) + 1


def _number_matches(window: str, first: int = 0) -> Iterator[re.Match[str]]:
    """The matches of :data:`_NUMBER_RE` in ``window``, those of ``finditer``: each is
    searched from :data:`_CURRENCY_REACH` characters before the next digit, where it may
    start at the earliest, rather than from the end of the one before (the pattern opens
    on a look-behind and optional groups, tried at every character of the words between
    numbers). A search from a position still sees the characters before it (the
    look-behind reads them as ``finditer`` does). Digits are looked for from ``first``, the
    window's first digit when known.

    >>> [m.group() for m in _number_matches("Of 1,200 people, USD 5 each; A4 and 3%")]
    ['1,200', 'USD 5', '3%']
    """
    pos = 0
    while (digit := _ANY_DIGIT.search(window, max(pos, first))) is not None:
        found = _NUMBER_RE.search(window, max(pos, digit.start() - _CURRENCY_REACH))
        if found is None:
            return
        yield found
        pos = found.end()


def _hinted_matches(
    pattern: re.Pattern[str], hint: re.Pattern[str], window: str, first: int
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``window``; none without a match of ``hint``, which
    each of them holds (most sentences hold no phone number and no range). The hint opens
    on a digit: it is searched from the window's ``first`` digit, not tried at each
    character of the words before it."""
    return pattern.finditer(window) if hint.search(window, first) else iter(())


def _word_mentions(
    text: str,
    start: int,
    end: int,
    mentions: list[NumberMention],
    free: Callable[[int, int], bool],
    take: Callable[[int, int], None],
) -> list[NumberMention]:
    """``mentions`` with the number words of ``text[start:end]`` not already taken, by
    position."""
    for mention in _word_numbers(text, start, end):
        if free(mention.start, mention.end):
            mentions.append(mention)
            take(mention.start, mention.end)
    return sorted(mentions, key=lambda m: m.start)


def _qualified(
    text: str, m_start: int, m_end: int, value: float, unit: str, aside: str | None
) -> NumberMention:
    qualifier, q_start = _qualifier_before(text, m_start)
    low, high, low_inc, high_inc = _interval(value, qualifier)
    return NumberMention(
        q_start,
        m_end,
        text[q_start:m_end],
        value,
        qualifier,
        low,
        high,
        low_inc,
        high_inc,
        unit,
        aside,
    )


def _word_numbers(text: str, start: int, end: int) -> list[NumberMention]:
    """Number words ("one", "twenty-three", "a dozen") and vague quantities ("dozens of")."""
    window = text[start:end]
    tokens = tokenize(window, start)
    found: list[NumberMention] = []
    i = 0
    for n in _number_word_starts(tokens, "-" in window):
        if n < i:
            continue  # inside the number read before
        mention, i = _word_number_at(text, tokens, n)
        if mention is not None:
            found.append(mention)
    return found


def _number_word_starts(tokens: list[Token], hyphen: bool = True) -> list[int]:
    """The indexes of the tokens a number word or vague phrase may start at (see
    :func:`_word_starts`); most words start none. 'a', 'an' and 'half' start one only
    before one of their :func:`_next_words` ("a dozen", "half a million"): the others are
    left out (:func:`_word_number_at` reads nothing there). ``hyphen`` False: no token
    holds a hyphen."""
    lowers = lowered(tokens)
    if not hyphen and _number_cues().isdisjoint(lowers):
        return []  # most sentences: no start :func:`_word_number_at` reads
    starts = _word_starts()
    found = [
        n
        for n, w in enumerate(lowers)
        if w in starts or ("-" in w and w.split("-", 1)[0] in _NUMBER_WORDS)
    ]
    next_words = _next_words()
    last = len(lowers) - 1
    return [
        n
        for n in found
        if (needs := next_words.get(lowers[n])) is None or (n < last and lowers[n + 1] in needs)
    ]


# The words that start a number only with the next word: an article ("a dozen", "an
# hundred", "a few") and 'half' ("half a million"); their readings below name those words.
_ARTICLES = frozenset({"a", "an"})
_ARTICLE_SCALES = frozenset({"hundred", "thousand", "million"})  # "a hundred" is one hundred
_DOZEN, _HALF, _HALF_DOZEN = "dozen", "half", "half-dozen"


@cache
def _next_words() -> dict[str, frozenset[str]]:
    """Per word of :data:`_ARTICLES` and 'half', the words after it with which it may
    start a number or vague phrase (:func:`_word_number_at`, :func:`_halved_run`,
    :func:`_number_word_run`): an article before 'dozen', 'half-dozen', a scale of
    :data:`_ARTICLE_SCALES` or the second word of a vague phrase it starts; 'half' before
    an article or the second word of a vague phrase it starts. A word that is also a
    number word or a vague phrase of its own starts one alone: it is left out."""
    table, _ = _vague_phrases()
    alone = _NUMBER_WORDS | {k[0] for k in table if len(k) == 1}
    after = {
        **{a: _ARTICLES_NEXT for a in _ARTICLES},
        _HALF: _ARTICLES,
    }
    return {
        word: nxt | {k[1] for k in table if len(k) > 1 and k[0] == word}
        for word, nxt in after.items()
        if word not in alone
    }


_ARTICLES_NEXT = frozenset({_DOZEN, _HALF_DOZEN}) | _ARTICLE_SCALES


@cache
def _number_cues() -> frozenset[str]:
    """The words one of which a sentence's tokens hold (lower case) whenever
    :func:`_number_word_starts` finds a start :func:`_word_number_at` reads, but for a
    hyphenated number word ('twenty-three'): a start word other than an article, or a word
    that may follow an article."""
    return (_word_starts() - _ARTICLES) | {w for a in _ARTICLES for w in _next_words()[a]}


def _word_number_at(text: str, tokens: list[Token], i: int) -> tuple[NumberMention | None, int]:
    """The number words or vague phrase at ``tokens[i]``, if any, and where reading goes on."""
    vague_table, vague_sizes = _vague_phrases()
    for size in vague_sizes.get(tokens[i].lower, ()):
        if i + size > len(tokens):
            continue
        key = tuple(t.lower for t in tokens[i : i + size])
        if key in vague_table:
            low, high = vague_table[key]
            m_start, m_end = tokens[i].start, tokens[i + size - 1].end
            mention = NumberMention(
                m_start,
                m_end,
                text[m_start:m_end],
                float(low),
                "vague",
                float(low),
                float(high),
                True,
                True,
                "count",
            )
            return mention, i + size
    if tokens[i].lower == "one" and i and tokens[i - 1].lower == "no":
        return None, i + 1  # "no one": zero, read as an implied count
    j, value = _halved_run(tokens, i)
    if j <= i:
        return None, i + 1
    m_start, m_end = tokens[i].start, tokens[j - 1].end
    aside = "measure" if _measure_after(text, m_end) else None  # "two hours"
    return _qualified(text, m_start, m_end, value, "count", aside), j


@cache
def _word_starts() -> frozenset[str]:
    """The words a number word or vague phrase may start with: the first words of the
    vague phrases, 'a', 'an', 'one', 'half' and the number words. A hyphenated word also
    starts one when its part before the first hyphen is a number word ('twenty-three'):
    :func:`_word_numbers` tests that apart (no number word holds a hyphen)."""
    return frozenset(_vague_phrases()[1]) | _ARTICLES | {"one", _HALF} | _NUMBER_WORDS


@cache
def _vague_phrases() -> tuple[dict[tuple[str, ...], tuple[int, int]], dict[str, tuple[int, ...]]]:
    """The [vague] phrases as word tuples, and the phrase lengths starting with each word
    (longest first)."""
    table = {tuple(k.split()): v for k, v in lexicon().vague.items()}
    sizes: dict[str, set[int]] = {}
    for key in table:
        sizes.setdefault(key[0], set()).add(len(key))
    return table, {w: tuple(sorted(n, reverse=True)) for w, n in sizes.items()}


def _halved_run(tokens: list[Token], i: int) -> tuple[int, float]:
    """Number words from ``tokens[i]``, read with a 'half' before them ('half a dozen' is
    6, 'half a million' 500,000, 'a half-dozen' 6): (index after the run, value).

    >>> from reconcile.extract.lexicon import tokenize
    >>> [_halved_run(tokenize(t), 0) for t in ("half a million", "a half-dozen", "half")]
    [(3, 500000.0), (2, 6.0), (0, 0.0)]
    """
    words = [t.lower for t in tokens[i : i + 2]]
    if words[:1] == [_HALF_DOZEN] or words == ["a", _HALF_DOZEN]:
        return i + len(words) if words[0] == "a" else i + 1, 6.0
    if words[:1] == [_HALF] and len(words) == 2 and words[1] in _ARTICLES:
        j, value = _number_word_run(tokens, i + 1)
        return (j, value / 2) if j > i + 1 else (i, 0.0)
    return _number_word_run(tokens, i)


def _number_word_run(tokens: list[Token], i: int) -> tuple[int, float]:
    """Read number words from ``tokens[i]``: (index after the run, value), or (i, 0)."""
    words: list[str] = []
    j = i
    if tokens[i].lower in _ARTICLES and i + 1 < len(tokens):
        nxt = tokens[i + 1].lower
        if nxt == _DOZEN:
            return i + 2, 12.0
        if nxt in _ARTICLE_SCALES:
            words.append("one")
            j = i + 1
    while j < len(tokens):
        parts = tokens[j].lower.split("-")
        if all(p in _NUMBER_WORDS for p in parts):
            words.extend(parts)
            j += 1
        elif (
            tokens[j].lower == "and"
            and words
            and words[-1] in _WORD_SCALES
            and j + 1 < len(tokens)
            and tokens[j + 1].lower.split("-")[0] in _NUMBER_WORDS
        ):
            j += 1
        else:
            break
    if not words or (words[0] in _WORD_SCALES):
        return i, 0.0
    try:
        value = float(text2num(" ".join(words), "en"))
    except ValueError:
        return i, 0.0
    if j < len(tokens) and tokens[j].lower == "dozen":
        return j + 1, value * 12
    return j, value
