"""Numbers in a sentence: where they are, their value, their qualifier and what they count.

Two layers, kept apart:

1. :func:`find_numbers` finds number mentions (digits, "1.2 million", "$3.5 million", "45%",
   number words such as "one" or "twenty-three", ranges, vague quantities such as "dozens
   of") and reads their qualifier ("at least", "more than", "up to", "about", "nearly") as
   an interval. quantulum3 reads the value of each digit span and its currency; text2num
   reads number words; our own layer only finds spans, qualifiers and ranges, which
   quantulum3 gets wrong (it averages ranges and drops "at least"). Years, dates, times,
   ages, ordinals, numbers inside names and phone numbers are recognised and set aside.
2. :func:`count_mentions` links each remaining mention to the outcome it counts ("killed",
   "wounded"…) and the group counted ("security forces", "militants"…) from the lexicon in
   ``reconcile/data/taxonomy.toml``, handling lists ("17 soldiers, 30 militants and one
   civilian were killed": three counts sharing one outcome).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, replace
from functools import cache

from reconcile.extract.lexicon import Token, lexicon, tokenize

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from quantulum3 import parser as _quantulum

from text_to_num import text2num

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB"}
_CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "rubles": "RUB",
    "roubles": "RUB",
    "somoni": "TJS",
    "yuan": "CNY",
    "yen": "JPY",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "rub": "RUB",
    "tjs": "TJS",
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

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CUR_PREFIX = r"US\$|\$|€|£|¥|₽|(?:USD|EUR|GBP|RUB|TJS)\s?"
_SCALE = r"\s?(?:thousand|million|billion|trillion|mln|bn)\b|(?:m|bn|k)\b"
_NUMBER_RE = re.compile(
    rf"(?<![\w.,/:$€£¥₽-])(?P<cur>{_CUR_PREFIX})?(?P<num>{_DIGITS})(?P<scale>{_SCALE})?"
    rf"(?P<pct>\s?%|\s(?:percent|per\s+cent)\b)?"
    rf"(?P<cursuffix>\s(?:dollars|euros|pounds|rubles|roubles|somoni|yuan|yen)\b)?"
    rf"(?![\w%])",
    re.IGNORECASE,
)
_RANGE_RE = re.compile(
    rf"(?<![\w.,/:-])(?P<between>between\s+)?(?P<a>{_DIGITS})\s*(?P<sep>-|–|—|to|and)\s*"
    rf"(?P<b>{_DIGITS})(?![\w%:])",
    re.IGNORECASE,
)
_PHONE_RE = re.compile(r"(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,5}\)[\s-]?)?\d{2,4}(?:[\s-]\d{2,4}){2,}")

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_WORD_SCALES = {"hundred", "thousand", "million", "billion"}
_NUMBER_WORDS = set(_UNITS) | _TENS | _WORD_SCALES

# Qualifier phrases, read on the lower-cased words just before a number.
_QUALIFIERS: tuple[tuple[str, str], ...] = tuple(
    (phrase, kind)
    for kind, phrases in (
        (
            "at_least",
            (
                "at least",
                "no fewer than",
                "no less than",
                "not less than",
                "a minimum of",
                "minimum of",
                "at the very least",
            ),
        ),
        (
            "more_than",
            (
                "more than",
                "over",
                "in excess of",
                "upwards of",
                "above",
                "greater than",
                "exceeding",
                "just over",
            ),
        ),
        (
            "at_most",
            (
                "up to",
                "at most",
                "as many as",
                "no more than",
                "not more than",
                "a maximum of",
                "maximum of",
            ),
        ),
        ("less_than", ("fewer than", "less than", "under", "below", "just under")),
        ("nearly", ("nearly", "almost", "close to", "just short of")),
        (
            "about",
            (
                "about",
                "around",
                "some",
                "approximately",
                "roughly",
                "an estimated",
                "estimated",
                "approx",
                "circa",
                "an approximate",
                "or so",
            ),
        ),
    )
    for phrase in phrases
)
#: Relative half-width of the band around an "about" figure (documented in docs/extraction.md).
ABOUT_BAND = 0.1

# Words after a number that make it something other than a count of people or money.
_MEASURE_WORDS = set(
    "km kilometres kilometers kilometre kilometer miles mile metres meters metre meter kg "
    "kilograms tonnes tons tonne ton hours hour minutes minute seconds days day weeks "
    "week months month years year decades km/h mph degrees hectares acres litres liters "
    "gallons barrels times cm mm pm am gmt utc o'clock hrs".split()
)
_NAME_PREFIXES = set(
    "flight resolution article route highway no number brigade battalion division unit "
    "room gate block sector camp road street section chapter paragraph apartment building "
    "platform terminal level grade class channel bus train line zone district checkpoint "
    "post regiment corps group squad page version phase stage episode season region "
    "precinct ward".split()
)


@dataclass(frozen=True)
class NumberMention:
    """A number found in a sentence (offsets are into the document's text)."""

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


@cache
def _quantulum_value(surface: str) -> tuple[float, str | None] | None:
    """quantulum3's reading of an isolated number span: (value, currency code or None)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = _quantulum.parse(surface)
    if len(quantities) != 1:
        return None
    quantity = quantities[0]
    if quantity.uncertainty:
        return None
    code = getattr(quantity.unit, "currency_code", None)
    return float(quantity.value), code


def _plain_value(number: str, scale: str | None) -> float:
    value = float(number.replace(",", ""))
    if scale:
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


def _qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier written just before ``start`` and where it begins ('exact' if none)."""
    before = text[max(0, start - 40) : start].lower()
    stripped = before.rstrip()
    for phrase, kind in sorted(_QUALIFIERS, key=lambda item: -len(item[0])):
        if stripped.endswith(phrase):
            head = stripped[: -len(phrase)]
            if head and (head[-1].isalnum()):
                continue
            return kind, start - (len(before) - len(head))
    return "exact", start


def _set_aside(text: str, start: int, end: int, number: str) -> str | None:
    """Why a number is not a count or an amount (a year, a date, an age...), or None."""
    before = text[max(0, start - 30) : start].lower()
    after = text[end : end + 30].lower()
    prev_words = re.findall(r"[a-z]+\.?", before)
    prev = prev_words[-1].rstrip(".") if prev_words else ""
    next_words = re.findall(r"[a-z/']+", after[:20])
    following = next_words[0] if next_words else ""
    if re.match(r"\s*-?\s*(?:year|yr)s?[- ]old\b|\s+years?\s+of\s+age\b|\s*-?years?-old", after):
        return "age"
    if prev in {"aged", "age", "ages"}:
        return "age"
    if re.match(rf"\s*(?:{_MONTHS})\b", after) or re.search(rf"\b(?:{_MONTHS})\.?\s*$", before):
        return "date"
    if re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|gmt\b|utc\b|o'clock)", after) or re.match(
        r":\d\d", text[end : end + 3]
    ):
        return "time"
    if re.fullmatch(r"1[89]\d\d|20\d\d", number) and not _starts_group(after):
        return "year"
    if re.match(r"(?:st|nd|rd|th)\b", after):
        return "ordinal"
    if prev in _NAME_PREFIXES and re.search(
        r"[A-Z][a-z]*\.?\s*$", text[max(0, start - 20) : start]
    ):
        return "name"
    if following in _MEASURE_WORDS or after.startswith(
        ("-day", "-hour", "-week", "-month", "-km", "-mile", "-metre", "-meter")
    ):
        return "measure"
    return None


def _starts_group(after: str) -> bool:
    tokens = tokenize(after)
    return bool(tokens) and lexicon().groups.match(tokens, 0) is not None


def _currency(cur: str | None, suffix: str | None, quantulum_code: str | None) -> str | None:
    if cur:
        key = cur.strip()
        return _CURRENCY_SYMBOLS.get(key) or _CURRENCY_WORDS.get(key.lower())
    if suffix:
        return _CURRENCY_WORDS.get(suffix.strip().lower())
    return quantulum_code


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
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for match in _PHONE_RE.finditer(window):
        digits = sum(ch.isdigit() for ch in match.group())
        if digits >= 7 and "," not in match.group():
            taken.append((start + match.start(), start + match.end()))

    for match in _RANGE_RE.finditer(window):
        a_start, b_end = start + match.start("a"), start + match.end("b")
        sep = match.group("sep").lower()
        if sep == "and" and not match.group("between"):
            continue
        lead = text[max(0, a_start - 6) : a_start].lower()
        if sep == "to" and re.search(r"\bfrom\s*$", lead):
            continue  # "from 12 to 17" is a change, not a range
        low = _plain_value(match.group("a"), None)
        high = _plain_value(match.group("b"), None)
        if high <= low or _set_aside(text, a_start, b_end, match.group("b")):
            continue
        begin = start + match.start()
        mentions.append(
            NumberMention(
                begin, b_end, text[begin:b_end], low, "range", low, high, True, True, "count"
            )
        )
        taken.append((begin, b_end))

    for match in _NUMBER_RE.finditer(window):
        m_start, m_end = start + match.start(), start + match.end()
        if not free(m_start, m_end):
            continue
        surface = text[m_start:m_end]
        reading = _quantulum_value(surface)
        value = _plain_value(match.group("num"), match.group("scale"))
        code = None
        if reading is not None:
            value, code = (reading[0], reading[1]) if reading[0] == value else (value, reading[1])
        currency = _currency(match.group("cur"), match.group("cursuffix"), code)
        unit = "percent" if match.group("pct") else (currency or "count")
        aside = _set_aside(text, m_start, m_end, match.group("num")) if unit == "count" else None
        mentions.append(_qualified(text, m_start, m_end, value, unit, aside))
        taken.append((m_start, m_end))

    for mention in _word_numbers(text, start, end):
        if free(mention.start, mention.end):
            mentions.append(mention)
            taken.append((mention.start, mention.end))
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
    tokens = tokenize(text[start:end], start)
    vague = lexicon().vague
    vague_table = {tuple(k.split()): (k, v) for k, v in vague.items()}
    longest_vague = max(len(k) for k in vague_table)
    found: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        for size in range(longest_vague, 0, -1):
            key = tuple(t.lower for t in tokens[i : i + size])
            if key in vague_table:
                _, (low, high) = vague_table[key]
                m_start, m_end = tokens[i].start, tokens[i + size - 1].end
                found.append(
                    NumberMention(
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
                )
                i += size
                break
        else:
            j, value = _number_word_run(tokens, i)
            if j > i:
                m_start, m_end = tokens[i].start, tokens[j - 1].end
                found.append(_qualified(text, m_start, m_end, value, "count", None))
                i = j
            else:
                i += 1
    return found


def _number_word_run(tokens: list[Token], i: int) -> tuple[int, float]:
    """Read number words from ``tokens[i]``: (index after the run, value), or (i, 0)."""
    words: list[str] = []
    j = i
    if tokens[i].lower in {"a", "an"} and i + 1 < len(tokens):
        nxt = tokens[i + 1].lower
        if nxt == "dozen":
            return i + 2, 12.0
        if nxt in {"hundred", "thousand", "million"}:
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


# --- what a number counts -------------------------------------------------------------------

_AUX = set(
    "were was have has had been being are is be reportedly also later all both each allegedly "
    "confirmed now since already subsequently believed feared said to reported among the them "
    "of went gone go remain remained remains still got get".split()
)
# Words that may stand between an outcome and the number after it: "a death toll of 48",
# "the toll rose to 48", "killed at least 17", "killing all 298".
_BEFORE_FILLER = set(
    "to of at the a an all another rose risen rising climbed reached stood stands now has had "
    "have was is by total number figure put further least more than some about around nearly "
    "almost over up approximately roughly estimated no fewer less as many much just under "
    "below above exactly most minimum maximum reportedly also which".split()
)
_LIST_JOINERS = {",", "and", "or", "plus", "including"}
_CLAUSE_BREAKS = set(
    "; : ( ) but while whereas although though after before when as because since despite "
    "who which where that".split()
)
_MODIFIER_BLOCK = (
    _AUX | _CLAUSE_BREAKS | _NUMBER_WORDS | set("and or , . in on at by with from for".split())
)


@dataclass(frozen=True)
class Count:
    """A number mention read as a count or amount of something."""

    mention: NumberMention
    outcome: str | None
    outcome_surface: str | None
    outcome_span: tuple[int, int] | None
    group: str
    group_surface: str | None


def _token_index(tokens: list[Token], offset: int) -> int:
    for index, token in enumerate(tokens):
        if token.start >= offset:
            return index
    return len(tokens)


def _group_after(tokens: list[Token], i: int) -> tuple[str, str, int] | None:
    """The counted group starting at ``tokens[i]``: (group, surface, index after it)."""
    groups = lexicon().groups
    j = i
    # "17 members of the security forces", "17 of the soldiers"
    if (
        j < len(tokens)
        and tokens[j].lower == "members"
        and j + 1 < len(tokens)
        and tokens[j + 1].lower == "of"
    ):
        hit = groups.match(tokens, j)
        if hit:
            return hit[0], _surface(tokens, j, j + hit[1]), j + hit[1]
        j += 2
        if j < len(tokens) and tokens[j].lower in {"the", "a"}:
            j += 1
    elif j + 1 < len(tokens) and tokens[j].lower == "of" and tokens[j + 1].lower in {"the", "them"}:
        j += 2
    for skip in range(0, 4):
        k = j + skip
        if k >= len(tokens):
            break
        hit = groups.match(tokens, k)
        if hit:
            return hit[0], _surface(tokens, i, k + hit[1]), k + hit[1]
        if tokens[k].lower in _MODIFIER_BLOCK or not tokens[k].text[0].isalpha():
            break
        if lexicon().outcomes.match(tokens, k) and skip == 0:
            continue  # "30 wounded soldiers"
    return None


def _surface(tokens: list[Token], i: int, j: int) -> str:
    return " ".join(t.text for t in tokens[i:j])


def _outcome_after(tokens: list[Token], k: int) -> tuple[str, int, int] | None:
    """An outcome right after a counted phrase: '... were killed', '... dead'."""
    outcomes = lexicon().outcomes
    for step in range(0, 5):
        idx = k + step
        if idx >= len(tokens):
            return None
        hit = outcomes.match(tokens, idx)
        if hit:
            return hit[0], idx, idx + hit[1]
        if tokens[idx].lower not in _AUX:
            return None
    return None


def _outcome_before(tokens: list[Token], i: int, floor: int) -> tuple[str, int, int] | None:
    """An outcome just before a number: 'killed 17', 'a death toll of 48', 'injuring 30'."""
    outcomes = lexicon().outcomes
    for end in range(i, max(floor, i - 6), -1):
        hit = outcomes.match_ending(tokens, end)
        if hit:
            return hit[0], end - hit[1], end
        word = tokens[end - 1].lower
        if word not in _BEFORE_FILLER:
            return None
    return None


def count_mentions(text: str, start: int, end: int, mentions: list[NumberMention]) -> list[Count]:
    """Link each count-like mention of a sentence to its outcome and group.

    Mentions with no outcome and no money or percent unit are dropped: a bare number is
    not a claim reconcile can compare.

    >>> text = "Officials said 17 soldiers, 30 militants and one civilian were killed."
    >>> [(c.mention.value, c.outcome, c.group) for c in
    ...  count_mentions(text, 0, len(text), find_numbers(text))]
    [(17.0, 'killed', 'security forces'), (30.0, 'killed', 'militants'), \
(1.0, 'killed', 'civilians')]
    """
    tokens = tokenize(text[start:end], start)
    usable = [m for m in mentions if m.not_a_count is None]
    spans = [(_token_index(tokens, m.start), _token_index(tokens, m.end)) for m in usable]
    # first pass: group and the outcome right after each counted phrase
    groups: list[tuple[str, str | None, int]] = []
    direct: list[tuple[str, int, int] | None] = []
    for _, j in spans:
        hit = _group_after(tokens, j)
        group, surface, k = (hit[0], hit[1], hit[2]) if hit else ("people", None, j)
        groups.append((group, surface, k))
        direct.append(_outcome_after(tokens, k))
    counts: list[Count] = []
    for n, mention in enumerate(usable):
        i, _ = spans[n]
        group, surface, k = groups[n]
        outcome = direct[n]
        if outcome is None:
            floor = spans[n - 1][1] if n else 0
            outcome = _outcome_before(tokens, i, floor)
        if outcome is None:
            outcome = _list_outcome(tokens, spans, groups, direct, n)
        if outcome is None and mention.unit == "count":
            continue
        counts.append(
            Count(
                mention=mention,
                outcome=outcome[0] if outcome else None,
                outcome_surface=_surface(tokens, outcome[1], outcome[2]) if outcome else None,
                outcome_span=(tokens[outcome[1]].start, tokens[outcome[2] - 1].end)
                if outcome
                else None,
                group=group if mention.unit == "count" else "-",
                group_surface=surface if mention.unit == "count" else None,
            )
        )
    return counts


def _list_outcome(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    groups: list[tuple[str, str | None, int]],
    direct: list[tuple[str, int, int] | None],
    n: int,
) -> tuple[str, int, int] | None:
    """The outcome shared by a list of counts: follow the list to its last item."""
    while n + 1 < len(spans):
        k = groups[n][2]
        joiners = [t.lower for t in tokens[k : spans[n + 1][0]]]
        if not joiners or not all(w in _LIST_JOINERS for w in joiners):
            return None
        n += 1
        if direct[n] is not None:
            return direct[n]
    return None


def with_offset(mention: NumberMention, delta: int) -> NumberMention:
    """The same mention moved by ``delta`` characters."""
    return replace(mention, start=mention.start + delta, end=mention.end + delta)
