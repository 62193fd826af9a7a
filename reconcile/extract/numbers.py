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
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "euros": "EUR", "euro": "EUR",
    "pounds": "GBP", "pounds sterling": "GBP", "rubles": "RUB", "roubles": "RUB",
    "somoni": "TJS", "yuan": "CNY", "yen": "JPY", "swiss francs": "CHF", "francs": "CHF",
    "rupees": "INR", "pakistani rupees": "PKR", "dinars": "IQD", "pesos": "MXN",
    "rand": "ZAR", "shekels": "ILS", "lira": "TRY", "hryvnias": "UAH", "tenge": "KZT",
    "som": "KGS", "manat": "AZN", "afghanis": "AFN", "naira": "NGN", "shillings": "KES",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "rub": "RUB", "tjs": "TJS", "chf": "CHF",
}  # fmt: skip
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
    rf"(?P<cursuffix>\s(?:US\s+dollars|Swiss\s+francs|Pakistani\s+rupees|pounds\s+sterling|"
    rf"dollars|euros|pounds|rubles|roubles|somoni|yuan|yen|francs|rupees|dinars|pesos|rand|"
    rf"shekels|lira|hryvnias|tenge|som|manat|afghanis|naira|shillings)\b)?"
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
#: The values of the number words below twenty (also used to read "three days ago").
NUMBER_WORDS = _UNITS
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
                "exceed",
                "exceeds",
                "exceeded",
                "surpass",
                "surpassed",
                "top",
                "topped",
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
                "as much as",
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
#: Longer digit runs (serial numbers, garbage) are not read as numbers at all.
_MAX_DIGITS = 15
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
    implied: bool = False  # one person implied by "a soldier", "his wife"


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
    if re.search(
        r"\b(?:built|designed|meant|intended)\s+(?:to\s+hold\s+|for\s+)(?:up\s+to\s+)?"
        r"$|\bcapacity\s+(?:of|for)\s+(?:about\s+|up\s+to\s+)?$|\broom\s+for\s+$"
        r"|\bcan\s+(?:hold|house|accommodate)\s+(?:up\s+to\s+)?$",
        before,
    ):
        return "capacity"  # "a prison built for 800 inmates", "a capacity of 120 beds"
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
        return _CURRENCY_WORDS.get(" ".join(suffix.lower().split()))
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
        if sum(ch.isdigit() for ch in match.group("num")) > _MAX_DIGITS:
            taken.append((m_start, m_end))  # not a count; quantulum3 is very slow on these
            continue
        reading = _quantulum_value(surface)
        value = _plain_value(match.group("num"), match.group("scale"))
        code = None
        if reading is not None:
            value, code = (reading[0], reading[1]) if reading[0] == value else (value, reading[1])
        currency = _currency(match.group("cur"), match.group("cursuffix"), code)
        unit = "percent" if match.group("pct") else (currency or "count")
        aside = _set_aside(text, m_start, m_end, match.group("num")) if unit == "count" else None
        if value >= 1e13 or value != value:
            aside = "too large"  # not a count of anything; would not survive JSON either
        elif unit == "count" and aside is None and not float(value).is_integer():
            aside = "fraction"  # "0.5 people", "2.5 km": not a head count
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
            if tokens[i].lower == "one" and i and tokens[i - 1].lower == "no":
                i += 1  # "no one": zero, read as an implied count
                continue
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
    "of went gone go remain remained remains still got get may might could".split()
) | {"'", '"', "“", "”", "‘", "’"}  # 'Rescuers said "about 40" were injured'

# Words that may stand between an outcome and the number after it: "a death toll of 48",
# "the toll rose to 48", "killed at least 17", "killing all 298".
_BEFORE_FILLER = set(
    "to of at the a an all another rose risen rising climbed reached stood stands now has had "
    "have was is by total number figure put further least more than some about around nearly "
    "almost over up approximately roughly estimated no fewer less as many much just under "
    "below above exactly most minimum maximum reportedly also which from others other were "
    "are".split()
)
_LIST_JOINERS = {",", "and", "or", "plus", "including"}
_AFTER_ONLY = {"held"}  # outcome words that count only after the number ("were held")
_PREVIOUS_CUES = ("up from", "down from", "compared with", "compared to")
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
    change: str | None = None  # "new_total", "previous", "increment"
    role: str | None = None  # "total", "part"
    total_index: int | None = None  # index (in the returned list) of the total of a part
    implied: bool = False  # "a soldier was shot dead": the count is implied, not written


_INCREMENT_AFTER = {"more", "additional", "further"}
_INCREMENT_BEFORE = ("another", "an additional", "a further", "an extra")
_NEW_TOTAL_BEFORE = (
    "rose to",
    "risen to",
    "rising to",
    "climbed to",
    "increased to",
    "jumped to",
    "reached",
    "raised to",
    "raised it to",
    "revised to",
    "lowered to",
    "fell to",
    "dropped to",
    "revised down to",
    "revised up to",
    "now stands at",
    "stood at",
    "stands at",
)
_PART_CUES = ("including", "among them", "among whom", "of whom", "of them", "among those")
_IMPLYING_DETERMINERS = {"a", "an", "his", "her", "their", "its", "one"}
_PLURAL_NOUNS = {
    "police",
    "people",
    "men",
    "women",
    "children",
    "personnel",
    "troops",
    "militia",
    "staff",
    "youths",
    "others",
}


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
    if j + 1 < len(tokens) and tokens[j].lower == "members" and tokens[j + 1].lower == "of":
        hit = groups.match(tokens, j)
        if hit:
            return hit[0], _surface(tokens, j, j + hit[1]), j + hit[1]
        j += 2
        if j < len(tokens) and tokens[j].lower in {"the", "a"}:
            j += 1
    elif (
        j + 1 < len(tokens)
        and tokens[j].lower == "of"
        and tokens[j + 1].lower in {"the", "them", "its", "their", "his", "her", "our"}
    ):
        j += 2
    for skip in range(0, 4):
        k = j + skip
        if k >= len(tokens):
            break
        hit = groups.match(tokens, k)
        if hit:
            return hit[0], _surface(tokens, i, k + hit[1]), k + hit[1]
        if (
            skip == 0
            and j > i
            and (tokens[k].text[0].isdigit() or tokens[k].lower in _NUMBER_WORDS)
        ):
            continue  # partitive: "Nineteen of the 23 convicts"
        if tokens[k].lower in _MODIFIER_BLOCK or not tokens[k].text[0].isalpha():
            break
    return None


def _surface(tokens: list[Token], i: int, j: int) -> str:
    return " ".join(t.text for t in tokens[i:j])


def _outcome_after(tokens: list[Token], k: int) -> tuple[str, int, int] | None:
    """An outcome right after a counted phrase: '... were killed', '... dead'."""
    outcomes = lexicon().outcomes
    for step in range(0, 6):
        idx = k + step
        if idx >= len(tokens):
            return None
        hit = outcomes.match(tokens, idx)
        if hit:
            return hit[0], idx, idx + hit[1]
        if tokens[idx].lower not in _AUX and tokens[idx].lower not in _INCREMENT_AFTER:
            return None
    return None


def _outcome_before(tokens: list[Token], i: int, floor: int) -> tuple[str, int, int] | None:
    """An outcome just before a number: 'killed 17', 'a death toll of 48', 'injuring 30'."""
    outcomes = lexicon().outcomes
    for end in range(i, max(floor, i - 6), -1):
        hit = outcomes.match_ending(tokens, end)
        if hit:
            if tokens[end - 1].lower in _AFTER_ONLY:
                return None  # "the prison held 1,100": housed, not detained
            return hit[0], end - hit[1], end
        word = tokens[end - 1].lower
        if word not in _BEFORE_FILLER:
            return None
    return None


def _ends_with(tokens: list[Token], i: int, phrases: tuple[str, ...]) -> str | None:
    """The phrase among ``phrases`` that the words before ``tokens[i]`` end with."""
    before = " ".join(t.lower for t in tokens[max(0, i - 5) : i])
    for phrase in sorted(phrases, key=len, reverse=True):
        if before == phrase or before.endswith(" " + phrase):
            return phrase
    return None


def _implied_mentions(
    text: str, tokens: list[Token], taken: list[tuple[int, int]]
) -> list[NumberMention]:
    """Counts implied by words, not digits: one person for a determiner and a singular noun
    ('a soldier', 'his wife', 'a 10-year-old boy'); none for 'nobody', 'no one' or 'no'
    before a counted noun or an outcome ('no soldiers were hurt', 'no deaths')."""
    groups = lexicon().groups
    outcomes = lexicon().outcomes
    found = []

    def add(start: int, end: int, value: float) -> None:
        if all(end <= x or start >= y for x, y in taken):
            found.append(
                NumberMention(
                    start,
                    end,
                    text[start:end],
                    value,
                    "exact",
                    value,
                    value,
                    True,
                    True,
                    "count",
                    implied=True,
                )
            )

    for n, token in enumerate(tokens[:-1]):
        if token.lower == "nobody" or (token.lower == "no" and tokens[n + 1].lower == "one"):
            add(token.start, tokens[n + (0 if token.lower == "nobody" else 1)].end, 0.0)
            continue
        if token.lower == "no" and (groups.match(tokens, n + 1) or outcomes.match(tokens, n + 1)):
            add(token.start, token.end, 0.0)
            continue
        if token.lower not in _IMPLYING_DETERMINERS:
            continue
        for skip in range(0, 6):
            k = n + 1 + skip
            if k >= len(tokens):
                break
            hit = groups.match(tokens, k)
            if hit:
                last = tokens[k + hit[1] - 1].lower
                if last in _PLURAL_NOUNS or last.endswith("s"):
                    break
                add(token.start, tokens[k + hit[1] - 1].end, 1.0)
                break
            if (
                tokens[k].text.isdigit()
                or tokens[k].text == "-"
                or tokens[k].lower in {"year-old", "years-old", "month-old"}
            ):
                continue  # "a 10-year-old boy"
            if tokens[k].lower in _MODIFIER_BLOCK or not tokens[k].text[0].isalpha():
                break
    return found


def count_mentions(text: str, start: int, end: int, mentions: list[NumberMention]) -> list[Count]:
    """Link each count-like mention of a sentence to its outcome and group.

    Also reads change ("rose to 48", "from 12 to 17", "five more"), totals with parts
    ("48 people, including 17 soldiers"), breakdowns (a list of groups sharing an outcome)
    and implied single counts ("a soldier was shot dead"). Mentions with no outcome and no
    money or percent unit are dropped: a bare number is not a claim reconcile can compare.

    >>> text = "Officials said 17 soldiers, 30 militants and one civilian were killed."
    >>> [(c.mention.value, c.outcome, c.group, c.role) for c in
    ...  count_mentions(text, 0, len(text), find_numbers(text))]
    [(17.0, 'killed', 'security forces', 'part'), (30.0, 'killed', 'militants', 'part'), \
(1.0, 'killed', 'civilians', 'part')]
    """
    tokens = tokenize(text[start:end], start)
    usable = [m for m in mentions if m.not_a_count is None]
    taken = [(m.start, m.end) for m in mentions if m.not_a_count is None]
    usable = sorted(usable + _implied_mentions(text, tokens, taken), key=lambda m: m.start)
    spans = [(_token_index(tokens, m.start), _token_index(tokens, m.end)) for m in usable]
    groups: list[tuple[str, str | None, int]] = []
    direct: list[tuple[str, int, int] | None] = []
    for n, (i, j) in enumerate(spans):
        if usable[n].implied:
            hit = _group_after(tokens, i + 1)
        else:
            hit = _group_after(tokens, j)
        group, surface, k = (hit[0], hit[1], hit[2]) if hit else ("people", None, j)
        if hit is None and n and direct[n - 1] and _joined(tokens, direct[n - 1][2], i):
            group = groups[n - 1][0]  # "17 soldiers were killed and 30 wounded"
        groups.append((group, surface, k))
        direct.append(_outcome_after(tokens, k))
    outcomes: list[tuple[str, int, int] | None] = []
    for n in range(len(usable)):
        i = spans[n][0]
        outcome = direct[n]
        if outcome is None:
            floor = spans[n - 1][1] if n else 0
            outcome = _outcome_before(tokens, i, floor)
        if outcome is None:
            outcome = _list_outcome(tokens, spans, groups, direct, n)
        if outcome is None and n and _joined(tokens, groups[n - 1][2], i):
            outcome = outcomes[n - 1]  # "killed his wife and two children"
        if outcome is None and n and _ends_with(tokens, i, _PART_CUES):
            outcome = outcomes[n - 1]  # "48 people were killed, including 17 soldiers"
        if outcome is None and n and _from_to(tokens, spans, groups, n - 1):
            outcome = outcomes[n - 1]  # "raised the toll from 12 to 17"
        if outcome is None:
            outcome = _outcome_inside(tokens, spans[n][1], groups[n][2])  # "four injured miners"
        if outcome is None and n and _colon_between(tokens, spans[n - 1][1], i):
            outcome = outcomes[n - 1]  # "52 people were killed: 17 soldiers and 30 rebels"
        if outcome is None and n and _ends_with(tokens, i, _PREVIOUS_CUES):
            outcome = outcomes[n - 1]  # "112 deaths, up from 38"
            groups[n] = (groups[n - 1][0], groups[n][1], groups[n][2])
        if outcome is None and (groups[n][1] or usable[n].implied):
            partitive = spans[n][1] < len(tokens) and tokens[spans[n][1]].lower == "of"
            outcome = _outcome_ahead(tokens, groups[n][2], spans, groups, n, partitive)
        if outcome is None:
            outcome = _number_of(tokens, i)  # "the number of people detained rose to 400"
            if outcome is not None and groups[n][1] is None:
                named = _group_after(tokens, max(0, outcome[1] - 1))
                for k in range(max(0, outcome[1] - 6), outcome[1]):
                    if (
                        tokens[k].lower == "number"
                        and k + 1 < len(tokens)
                        and tokens[k + 1].lower == "of"
                    ):
                        named = _group_after(tokens, k + 2)
                if named is not None:
                    groups[n] = (named[0], None, groups[n][2])
        outcomes.append(outcome)
    for n, mention in enumerate(usable):
        if mention.unit != "count" and outcomes[n] is None:
            outcomes[n] = _measure_near(tokens, spans[n], mention.unit)
    roles, totals, changes = _structure(tokens, usable, spans, groups, outcomes)
    counts: list[Count] = []
    index_of: dict[int, int] = {}
    for n, mention in enumerate(usable):
        outcome = outcomes[n]
        if outcome is None and (mention.unit == "count" or mention.implied):
            continue
        is_count = mention.unit == "count"
        index_of[n] = len(counts)
        counts.append(
            Count(
                mention=mention,
                outcome=outcome[0] if outcome else None,
                outcome_surface=_surface(tokens, outcome[1], outcome[2]) if outcome else None,
                outcome_span=(tokens[outcome[1]].start, tokens[outcome[2] - 1].end)
                if outcome
                else None,
                group=groups[n][0] if is_count else "-",
                group_surface=groups[n][1] if is_count else None,
                change=changes[n],
                role=roles[n] if is_count else None,
                total_index=totals[n],
                implied=mention.implied,
            )
        )
    return [
        replace(c, total_index=index_of.get(c.total_index)) if c.total_index is not None else c
        for c in counts
    ]


def _measure_near(
    tokens: list[Token], span: tuple[int, int], unit: str
) -> tuple[str, int, int] | None:
    """What money or a percentage measures: the word after 'of' ("40% of the harvest"), else
    the nearest measure word in its clause, else across a ', while' ("…, while a charity
    estimates it at …")."""
    lex = lexicon()
    measures = lex.share_measures if unit == "percent" else lex.money_measures
    j = span[1]
    if j < len(tokens) and tokens[j].lower == "of":
        k = j + 1
        if k < len(tokens) and tokens[k].lower in {"the", "its", "their"}:
            k += 1
        hit = measures.match(tokens, k)
        if hit:
            return hit[0], k, k + hit[1]
    for crossing in (False, True):
        best: tuple[int, tuple[str, int, int]] | None = None
        reach = 25 if crossing else 12
        for k in range(max(0, span[0] - reach), min(len(tokens), span[1] + 10)):
            hit = measures.match(tokens, k)
            if hit is None or (k and tokens[k].text[0].isupper()):
                continue  # "Mountain Aid Network" is a name, not aid
            lo, hi = (k + hit[1], span[0]) if k < span[0] else (span[1], k)
            if not crossing and any(t.lower in {";", "but", "while"} for t in tokens[lo:hi]):
                continue
            distance = span[0] - k if k < span[0] else k - span[1]
            if best is None or distance < best[0]:
                best = (distance, (hit[0], k, k + hit[1]))
        if best:
            return best[1]
    return None


_AHEAD_BREAKS = set(
    "; but while whereas although though after before when because since despite as if "
    "said says told according".split()
)


def _outcome_inside(tokens: list[Token], j: int, k: int) -> tuple[str, int, int] | None:
    """An outcome word among the modifiers of the counted noun: '30 wounded soldiers'."""
    outcomes = lexicon().outcomes
    for idx in range(j, k):
        hit = outcomes.match(tokens, idx)
        if hit and idx + hit[1] <= k:
            return hit[0], idx, idx + hit[1]
    return None


def _colon_between(tokens: list[Token], j: int, i: int) -> bool:
    """A colon or dash introduces a breakdown of the figure before it."""
    return any(t.text in {":", "—", "–"} for t in tokens[j:i])


def _outcome_ahead(
    tokens: list[Token],
    k: int,
    spans: list[tuple[int, int]],
    groups: list[tuple[str, str | None, int]],
    n: int,
    partitive: bool = False,
) -> tuple[str, int, int] | None:
    """The outcome later in the clause ('two police officers who were on duty … were
    among the dead'); it may pass numbers without a counted noun, or a parenthetical
    part ('48 people, including 17 soldiers, lost their lives'), but no clause break.

    After a relative pronoun the main verb comes last ('an inmate who suffered burns
    died': died), unless the relative clause itself opens with the outcome ('the 23
    convicts who escaped': escaped) and the count is not partitive ('Nineteen of the 23
    convicts who escaped … had been caught': caught).
    """
    outcomes = lexicon().outcomes
    starts = {spans[m][0]: m for m in range(n + 1, len(spans))}
    relative = k < len(tokens) and tokens[k].lower in {"who", "which", "that"}
    if relative and k + 1 < len(tokens):
        first = outcomes.match(tokens, k + 1)
        if first is None and k + 2 < len(tokens) and tokens[k + 1].lower in _AUX:
            first = outcomes.match(tokens, k + 2)
        if first is not None and not partitive:
            start = k + 1 if outcomes.match(tokens, k + 1) else k + 2
            return first[0], start, start + first[1]
    found: tuple[str, int, int] | None = None
    idx = k + 1 if relative else k
    while idx < len(tokens):
        if idx in starts:
            m = starts[idx]
            if groups[m][1] is not None and not _ends_with(tokens, idx, _PART_CUES):
                break
        if tokens[idx].lower in _AHEAD_BREAKS:
            break
        hit = outcomes.match(tokens, idx)
        if (
            hit
            and idx > 1
            and tokens[idx - 1].lower == "the"
            and tokens[idx - 2].lower not in {"among", "of"}
        ):
            hit = None  # "gathered … to light candles for the dead": the dead are others
        if hit:
            found = (hit[0], idx, idx + hit[1])
            if not relative:
                return found
            idx += hit[1]
            continue
        idx += 1
    return found


def _number_of(tokens: list[Token], i: int) -> tuple[str, int, int] | None:
    """'The number of people detained … has risen to 400': the outcome before 'rose to'."""
    if not (
        _ends_with(tokens, i, _NEW_TOTAL_BEFORE) or (i and tokens[i - 1].lower in {"to", "at"})
    ):
        return None
    outcomes = lexicon().outcomes
    for end in range(i, max(0, i - 25), -1):
        if tokens[end - 1].lower in _AHEAD_BREAKS or tokens[end - 1].text == ",":
            return None
        hit = outcomes.match_ending(tokens, end)
        if hit:
            words = {t.lower for t in tokens[max(0, end - hit[1] - 6) : end]}
            return (hit[0], end - hit[1], end) if words & {"number", "toll"} else None
    return None


def _joined(tokens: list[Token], k: int, i: int) -> bool:
    """Whether only list joiners stand between ``tokens[k]`` and ``tokens[i]``."""
    words = [t.lower for t in tokens[k:i]]
    return bool(words) and all(w in _LIST_JOINERS for w in words)


def _from_to(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    groups: list[tuple[str, str | None, int]],
    n: int,
) -> bool:
    """Whether mentions n and n+1 read "from A to B" (a change, not a range)."""
    if n + 1 >= len(spans) or not _ends_with(tokens, spans[n][0], ("from",)):
        return False
    return [t.lower for t in tokens[groups[n][2] : spans[n + 1][0]]] == ["to"]


def _toll_to(tokens: list[Token], i: int, outcome: tuple[str, int, int] | None) -> bool:
    """'bringing the toll to 23': a toll named before 'to' and the number."""
    if outcome is None or i == 0 or tokens[i - 1].lower != "to":
        return False
    return "toll" in _surface(tokens, outcome[1], outcome[2]).lower()


def _structure(
    tokens: list[Token],
    usable: list[NumberMention],
    spans: list[tuple[int, int]],
    groups: list[tuple[str, str | None, int]],
    outcomes: list[tuple[str, int, int] | None],
) -> tuple[list[str | None], list[int | None], list[str | None]]:
    """Roles (total/part), the total of each part, and change kinds, per mention."""
    size = len(usable)
    roles: list[str | None] = [None] * size
    totals: list[int | None] = [None] * size
    changes: list[str | None] = [None] * size
    for n in range(size):
        i, j = spans[n]
        if usable[n].unit != "count":
            continue
        after = tokens[j].lower if j < len(tokens) else ""
        state = {t.lower for t in tokens[j : j + 4]} & {"remain", "remained", "remains"}
        others = (
            after in _INCREMENT_AFTER
            and n > 0
            and outcomes[n] is not None
            and outcomes[n - 1] is not None
            and outcomes[n - 1][0] != outcomes[n][0]
        )  # "nine drowned and dozens more were missing": more people, not more missing
        if (after in _INCREMENT_AFTER or _ends_with(tokens, i, _INCREMENT_BEFORE)) and not (
            state or others
        ):
            changes[n] = "increment"  # not "a further 57 remain missing": a standing total
        elif _ends_with(tokens, i, _PREVIOUS_CUES):
            changes[n] = "previous"
        elif _from_to(tokens, spans, groups, n):
            changes[n], changes[n + 1] = "previous", "new_total"
        elif changes[n] is None and (
            _ends_with(tokens, i, _NEW_TOTAL_BEFORE) or _toll_to(tokens, i, outcomes[n])
        ):
            changes[n] = "new_total"  # "rose to 48", "bringing the toll to 23"
        if n and _ends_with(tokens, i, _PART_CUES) and outcomes[n] == outcomes[n - 1]:
            total = totals[n - 1] if roles[n - 1] == "part" else n - 1
            roles[total], roles[n], totals[n] = "total", "part", total
    # a list of two or more groups sharing one outcome is a breakdown: its items are parts
    n = 0
    while n < size:
        m = n
        while (
            m + 1 < size
            and outcomes[m + 1] is not None
            and outcomes[m + 1] == outcomes[n]
            and _joined(tokens, groups[m][2], spans[m + 1][0])
            and roles[m + 1] is None
        ):
            m += 1
        if m > n and len({groups[x][0] for x in range(n, m + 1)}) > 1 and roles[n] is None:
            for x in range(n, m + 1):
                roles[x] = "part"
        n = m + 1
    return roles, totals, changes


def _list_outcome(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    groups: list[tuple[str, str | None, int]],
    direct: list[tuple[str, int, int] | None],
    n: int,
) -> tuple[str, int, int] | None:
    """The outcome shared by a list of counts: follow the list to its last item."""
    while n + 1 < len(spans):
        if not _joined(tokens, groups[n][2], spans[n + 1][0]):
            return None
        n += 1
        if direct[n] is not None:
            return direct[n]
    return None
