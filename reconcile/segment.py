"""Documents to sentences with exact character spans; verbatim repeats are marked.

Sentences are split by :func:`sentence_spans`, which takes syntok's rules (abbreviations
such as "Gen." and "No.", initials, decimals, short bracketed text passed over) but reads
the text only at its terminal marks and brackets, so a 600-word report costs a tenth of a
millisecond rather than syntok's several; the words it needs (abbreviations, sentence
starters) are data in ``data/sentences.toml``.

A sentence whose normalised text (white space folded) equals an earlier sentence's is a
*verbatim repeat*: it keeps its own span for provenance and gets ``duplicate_of`` = the
first occurrence's id. "Earlier" means: in an earlier-published document, or earlier in the
same document. Claims are read from first occurrences only, so a copy is never counted as
a second claim. A sentence that nearly repeats one of an earlier document (syndicated copy
with small edits) gets ``near_duplicate_of``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from itertools import chain
from typing import NamedTuple

from reconcile.data import load_data
from reconcile.models import Document, Sentence, trusted_copy, trusted_sentence, trusted_span

#: Sentences with fewer words are too generic to call repeats ("He said.").
MIN_REPEAT_WORDS = 4


def sentence_id(doc_id: str, start: int, end: int) -> str:
    """The deterministic id of a sentence.

    >>> sentence_id("a", 0, 10)
    'sent:a:0-10'
    """
    return f"sent:{doc_id}:{start}-{end}"


#: Where a paragraph ends: a line break, then white space holding another line break.
#: (``\r\n|\n`` is ``\r?\n`` written to open on a character set, so that the regex engine
#: skips to the next line break at C speed instead of trying the pattern at every character)
_PARAGRAPH = re.compile(r"(?:\r\n|\n)(?:\s*\r?\n)+")
#: Marks after which a sentence may end ("..." too; the ellipsis character does not).
_TERMINALS = frozenset(
    ".!?;\u203c\u203d\u2047\u2048\u2049\u3002\ufe52\ufe57\uff01\uff0e\uff1f\uff61"
)
_OPENING = frozenset(
    "([{\u2329\u2983\u2985\u3018\u301a\ufd3e\ufe59\ufe5b\ufe5d\uff08\uff3b\uff5b\uff5f"
)
_CLOSING = frozenset(
    ")]}\u232a\u2984\u2986\u3019\u301b\ufd3f\ufe5a\ufe5c\ufe5e\uff09\uff3d\uff5d\uff60"
)
#: Closing quotes that stay with the sentence when they touch its last mark.
_QUOTES = frozenset("'\"\u00b4\u2019\u201d\u232a\u27e9\u27eb\u2e29\u3009\u300b\u301e")
#: What the splitter looks at: marks and brackets; every other character is read only
#: around them.
#: ("..." is matched as a dot that two more follow, so that the pattern opens on a character
#: set: the engine then skips to the next mark at C speed, a tenth of the instructions)
_EVENT = re.compile("[" + re.escape("".join(sorted(_TERMINALS | _OPENING))) + r"](?:(?<=\.)\.\.)?")
#: The same on ASCII text, where only the ASCII marks can stand: a small set the engine
#: tests a character against in one look-up (the whole set costs a third of the splitter)
_ASCII_EVENT = re.compile(
    "[" + re.escape("".join(sorted(c for c in _TERMINALS | _OPENING if c.isascii()))) + r"]"
    r"(?:(?<=\.)\.\.)?"
)
_BRACKET = re.compile("[" + re.escape("".join(sorted(_OPENING | _CLOSING))) + "]")
_CHUNK = re.compile(r"[^\s\u200b]*")
_SPACE = re.compile(r"[\s\u200b]*")
_SPACE_IN = re.compile(r"[\s\u200b]")
#: Where a word splits into tokens (as syntok's tokenizer splits it): before an
#: apostrophe's tail, at a bracket or an ellipsis, at a hyphen, comma or semicolon with a
#: letter on one side. A change from lower to upper case ("died.Then") is found in code.
_INNER = re.compile(
    r"['\u00b4\u02b9\u02bc\u2019\u2032](?=[^\W\d_])|[()\[\]{}]|\.\.\."
    r"|(?<=[^\W\d_])[-,;_\u00ad\u2010-\u2012](?=[^\W_])"
    r"|(?<=[^\W_])[-,;_\u00ad\u2010-\u2012](?=[^\W\d_])"
)
_APOSTROPHES = frozenset("'\u00b4\u02b9\u02bc\u2019\u2032")
#: Tokens of bracketed text: words (with inner dots and commas, "U.S", "1,000") and marks.
_TOKEN = re.compile(r"[^\W_]+(?:[.,][^\W_]+)*|\.\.\.|[^\w\s]")
_CASE_CHANGE = re.compile(r"[a-z][A-Z]")
_ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})|XXV")
_VOWELS = frozenset("aeiouáéíóúäëïöüåæøAEIOUÁÉÍÓÚÄËÏÖÜÅÆØ")
_INNER_PUNCTUATION = frozenset(",;:")
#: Characters read around a mark for the word before or after it (longer runs without a
#: space are no words), and after an opening bracket for its closing one.
_REACH = 40
_BRACKET_REACH = 500
#: Bracketed text shorter than this is passed over even when it holds a sentence...
BRACKET_SKIP_CHARS = 70
#: ... and bracketed text that closes within this many tokens when it does not.
BRACKET_SKIP_TOKENS = 50


@dataclass(frozen=True)
class _Words:
    abbreviations: frozenset[str]
    starters: frozenset[str]
    months: frozenset[str]
    numero: frozenset[str]


@cache
def _words() -> _Words:
    """The splitter's word lists (data/sentences.toml; months from taxonomy.toml)."""
    sentences = load_data("sentences.toml")
    return _Words(
        abbreviations=frozenset(w for ws in sentences["abbreviations"].values() for w in ws),
        starters=frozenset(sentences["starters"]["words"]),
        months=frozenset(load_data("taxonomy.toml")["calendar"]["abbreviations"]),
        numero=frozenset(sentences["numero"]["words"]),
    )


def _is_space(c: str) -> bool:
    return c.isspace() or c == "\u200b"


def _skip_space(text: str, i: int, end: int) -> int:
    return _SPACE.match(text, i, end).end()


def _back_space(text: str, i: int, start: int) -> int:
    """The end of the last token before ``i`` (``start`` if there is none)."""
    while i > start and _is_space(text[i - 1]):
        i -= 1
    return i


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text``, white space left out.

    Paragraphs (parted by a blank line) never share a sentence. Within one, a sentence
    ends after a terminal mark (. ! ? ; ...) with the closing brackets and the touching
    closing quote after it, unless what follows shows it goes on: a lower-case word, an
    abbreviation or initial before the mark ("Gen. Ali", "J. Doe", "No. 5"), a number
    touching it ("2.5"). Short bracketed text is passed over. These are syntok's rules,
    read at the marks only rather than token by token.

    >>> text = 'Lt. Col. Ames spoke. "Two died." Then (at 3 p.m.) rain fell.'
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Lt. Col. Ames spoke.', '"Two died."', 'Then (at 3 p.m.) rain fell.']
    """
    spans: list[tuple[int, int]] = []
    events = _ASCII_EVENT if text.isascii() else _EVENT
    start = 0
    for separator in _PARAGRAPH.finditer(text):
        _paragraph_spans(text, start, separator.start(), spans, events)
        start = separator.end()
    _paragraph_spans(text, start, len(text), spans, events)
    return spans


def _paragraph_spans(
    text: str, begin: int, end: int, spans: list[tuple[int, int]], events: re.Pattern[str]
) -> None:
    start = first = pos = _skip_space(text, begin, end)
    while start < end:
        event = events.search(text, pos, end)
        if event is None:
            break
        at, after = event.span()
        if after + 1 < end and _plain_end(text, at, after, start):
            stop, pos, first = after, after + 1, after + 1
        elif text[at] in _OPENING:
            stop, pos, first = _at_bracket(text, at, end, start, first)
        elif at > start and _is_mark(text, at, after, begin, end):
            stop, pos, first = _at_mark(text, at, after, end, start, first)
        else:
            stop, pos = None, after
        if stop is not None:
            spans.append((start, stop))
            start = first = pos
    if start < end:
        spans.append((start, _back_space(text, end, start)))


def _plain_end(text: str, at: int, after: int, start: int) -> bool:
    """The common case, decided at once: a plain word of two letters or more that is no
    abbreviation, a mark, a space and a capital letter ("... the city. Police ...")."""
    if text[after] != " " or not text[after + 1].isupper() or after - at != 1:
        return False
    if text[at] in _OPENING:
        return False
    word = text[max(text.rfind(" ", start, at), text.rfind("\n", start, at), start - 1) + 1 : at]
    words = _words()
    return (
        len(word) > 1
        and word.isalpha()
        and word not in words.abbreviations
        and word not in words.months
        and word not in words.numero
        and _ROMAN.fullmatch(word) is None
    )


def _is_mark(text: str, at: int, after: int, begin: int, end: int) -> bool:
    """Whether the mark at ``at`` is a token of its own, not inside a word ("2.5", "U.S")."""
    lead = at > begin and _alnum_before(text, at, begin)
    trail = after < end and _alnum_after(text, after, end)
    if lead and trail:
        if after - at == 3:
            return True
        left, mark, right = text[at - 1], text[at], text[after]
        if mark == ";":
            return (left.isalpha() and right.isalnum()) or (left.isalnum() and right.isalpha())
        return mark in ".!?" and left.islower() and right.isupper()
    if lead or trail:
        return True
    return (at == begin or _is_space(text[at - 1])) and (after == end or _is_space(text[after]))


def _alnum_before(text: str, at: int, begin: int) -> bool:
    """Whether the chunk of text holding ``at`` has a letter or digit before it."""
    left = text[at - 1]
    if left.isalnum() or _is_space(left):
        return left.isalnum()
    return any(c.isalnum() for c in text[_chunk_start(text, at, begin) : at])


def _alnum_after(text: str, at: int, end: int) -> bool:
    right = text[at]
    if right.isalnum() or _is_space(right):
        return right.isalnum()
    return any(c.isalnum() for c in text[at : _CHUNK.match(text, at, min(end, at + _REACH)).end()])


def _chunk_start(text: str, at: int, begin: int) -> int:
    """Where the run of non-space characters that ends at ``at`` starts (looking back
    ``_REACH`` characters at most, so that a text without spaces costs no more)."""
    begin = max(begin, at - _REACH)
    start = max(text.rfind(" ", begin, at), text.rfind("\n", begin, at), begin - 1) + 1
    inner = _SPACE_IN.search(text, start, at)  # rarer white space: tab, no-break space
    while inner is not None:
        start = inner.end()
        inner = _SPACE_IN.search(text, start, at)
    return max(start, begin)


def _at_mark(
    text: str, at: int, after: int, end: int, start: int, first: int
) -> tuple[int | None, int, int]:
    """At a terminal mark: (sentence end or None, where to go on, first-token anchor)."""
    before, before_start = _token_before(text, at, start)
    is_first = before_start == first
    stop, following = _marks_after(text, after, end)
    nxt_at = _skip_space(text, stop, end)
    nxt = _token_at(text, nxt_at, end)
    if nxt_at < end and text[nxt_at] in _OPENING:
        following = text[nxt_at]
    context = _Context(before, following or nxt, nxt, nxt_at > stop, is_first, text, nxt_at, end)
    if _ends_sentence(context):
        return stop, nxt_at, nxt_at
    return None, stop, nxt_at if is_first else -1


def _at_bracket(
    text: str, at: int, end: int, start: int, first: int
) -> tuple[int | None, int, int]:
    """At an opening bracket: pass over it, or end the sentence before or after it."""
    close = _skippable(text, at, end)
    nxt_at = _skip_space(text, close + 1, end) if close >= 0 else at
    if at == first:
        # a sentence opened by bracketed text of two tokens or more is that text alone
        if close >= 0:
            if (
                _token_count(text, at, close + 1) > 3
                and not _token_at(text, nxt_at, end)[:1].islower()
            ):
                return close + 1, nxt_at, nxt_at
            return None, close + 1, nxt_at
        return None, at + 1, -1
    before, before_start = _token_before(text, at, start)
    if close >= 0 and before_start != first:
        return None, close + 1, -1
    if close >= 0:  # right after a sentence's first token: a boundary if what follows says so
        nxt = _token_at(text, nxt_at, end)
        context = _Context(before, nxt, nxt, nxt_at > close + 1, True, text, nxt_at, end)
        if _ends_sentence(context):
            return close + 1, nxt_at, nxt_at
        return None, close + 1, -1
    # bracketed text that holds a sentence: it may start the next sentence
    spaced = at > 0 and _is_space(text[at - 1])
    context = _Context(before, text[at], text[at], spaced, before_start == first, text, at, end)
    if _ends_sentence(context):
        return _back_space(text, at, start), at, at
    return None, at + 1, -1


class _Context(NamedTuple):
    """What decides whether a sentence ends at a mark (syntok's names in brackets)."""

    before: str  # the token before the mark (token_before)
    after: str  # the first token after it: a closing mark, or the next word (token_after)
    nxt: str  # the next token that is not a closing mark (next)
    spaced: bool  # white space before ``nxt``
    first: bool  # ``before`` is the sentence's first token
    text: str
    nxt_at: int
    end: int


def _ends_sentence(c: _Context) -> bool:
    """syntok's decision, in its order: the first rule that applies decides."""
    words = _words()
    nxt, before = c.nxt, c.before
    single = len(before) == 1 or (before != "" and _ROMAN.fullmatch(before) is not None)
    if nxt[:1].islower() or nxt in _INNER_PUNCTUATION:
        return False
    if nxt in words.starters and not (c.first and single):
        return True
    if before in words.abbreviations and c.after not in _CLOSING:
        return False
    if before in words.numero and nxt.isalnum() and any(ch.isnumeric() for ch in nxt):
        return False
    if nxt and not c.spaced and (nxt.isnumeric() or _not_a_word_start(c.after)):
        return False
    if nxt.isnumeric() and len(nxt) > 2:
        return False
    if (before.isnumeric() and nxt in words.months) or (before in words.months and nxt.isnumeric()):
        return False
    if "." in before and c.after != ".":
        return False
    if single and (c.first or before.isupper()):
        return False
    if len(before) == 1 and before.isalpha() and before not in _VOWELS:
        return False
    if c.after in _OPENING:
        return _ends_before_bracket(c.text, c.nxt_at, c.end)
    return True


def _not_a_word_start(token: str) -> bool:
    return not token.istitle() or not token.isalpha() or len(token) == 1


def _ends_before_bracket(text: str, at: int, end: int) -> bool:
    """A mark before bracketed text ends the sentence unless the text reads on after it."""
    close, inner = _bracket_close(text, at, end)
    beyond = (
        _token_at(text, _skip_space(text, close + 1, end), end) if close >= 0 and not inner else ""
    )
    if beyond in _INNER_PUNCTUATION and beyond:
        return False
    if _token_at(text, _skip_space(text, at + 1, end), end).istitle():
        return True
    return not beyond[:1].islower()


def _marks_after(text: str, at: int, end: int) -> tuple[int, str | None]:
    """Where the sentence would end after the mark before ``at``: closing marks and
    brackets, and a closing quote touching them. Also the first of them, if any."""
    if at + 1 < end and text[at] == " " and text[at + 1].isalnum():
        return at, None  # the common case: a space, then a word
    stop, first = _closing_marks(text, at, end, None)
    if stop < end and text[stop] in _QUOTES:
        first = first or text[stop]
        stop, first = _closing_marks(text, stop + 1, end, first)
    return stop, first


def _closing_marks(text: str, at: int, end: int, first: str | None) -> tuple[int, str | None]:
    while True:
        nxt = _skip_space(text, at, end)
        if nxt >= end or (text[nxt] not in _TERMINALS and text[nxt] not in _CLOSING):
            return at, first
        first = first or text[nxt]
        at = nxt + 1


def _token_before(text: str, at: int, start: int) -> tuple[str, int]:
    """The token that ends before ``at`` (after ``start``), and where it starts."""
    stop = _back_space(text, at, start)
    if stop <= start:
        return "", -1
    if not text[stop - 1].isalnum():
        return text[stop - 1], stop - 1
    begin = _chunk_start(text, stop - 1, 0)
    while not text[begin].isalnum():
        begin += 1
    word = text[begin:stop]
    cut = _last_cut(word)
    return word[cut:], max(begin + cut, start)


def _last_cut(word: str) -> int:
    if word.isalnum() and (word.islower() or word.istitle() or word.isupper()):
        return 0
    cut = 0
    for m in _INNER.finditer(word):
        cut = m.start() if word[m.start()] in _APOSTROPHES else m.end()
    for k in range(len(word) - 1, cut, -1):
        if word[k].isupper() and (
            word[k - 1].islower() or (k > 1 and word[k - 1] in ".!?" and word[k - 2].islower())
        ):
            return k
    return cut


def _token_at(text: str, at: int, end: int) -> str:
    """The token that starts at ``at`` ('' at the end of the paragraph)."""
    if at >= end:
        return ""
    if not text[at].isalnum():
        return text[at]
    stop = _CHUNK.match(text, at, min(end, at + _REACH)).end()
    while not text[stop - 1].isalnum():
        stop -= 1
    word = text[at:stop]
    m = _INNER.search(word)
    cut = m.start() if m else len(word)
    for k in range(1, cut):
        if word[k].isupper() and word[k - 1].islower():
            return word[:k]
        if (
            word[k] in ".!?"
            and word[k - 1].islower()
            and k + 1 < len(word)
            and word[k + 1].isupper()
        ):
            return word[:k]
    return word[:cut]


def _token_count(text: str, start: int, end: int) -> int:
    """Tokens in ``text[start:end]``, a word with a case change inside ("PredictWise") as two."""
    return len(_TOKEN.findall(text, start, end)) + len(_CASE_CHANGE.findall(text, start, end))


def _skippable(text: str, at: int, end: int) -> int:
    """The closing bracket of the bracketed text opened at ``at`` if the splitter passes
    over it (short, or holding no sentence), else -1."""
    close, inner = _bracket_close(text, at, end)
    if close >= 0 and (close + 1 - at < BRACKET_SKIP_CHARS or not inner):
        return close
    return -1


def _bracket_close(text: str, at: int, end: int) -> tuple[int, bool]:
    """Where the bracket opened at ``at`` closes (-1: not within the limit), and whether
    the text inside looks like a sentence (a capitalised first word, a mark after the last)."""
    depth = 0
    for m in _BRACKET.finditer(text, at, min(end, at + _BRACKET_REACH)):
        depth += 1 if text[m.start()] in _OPENING else -1
        if depth == 0:
            close = m.start()
            break
    else:
        return -1, False
    if _token_count(text, at, close + 1) > BRACKET_SKIP_TOKENS:
        return -1, False
    tokens = _TOKEN.findall(text, at, close + 1)
    words = [n for n, t in enumerate(tokens) if t.isalnum()]
    inner = len(words) > 1 and tokens[words[0]].istitle() and tokens[words[-1] + 1] in _TERMINALS
    return close, inner


def split_sentences(doc: Document) -> list[Sentence]:
    """Split one document into sentences with spans into ``doc.text``.

    >>> from reconcile.models import Document
    >>> d = Document(id="d", text="Gen. Ali spoke. Two died.", publisher="P",
    ...              published="2020-01-01")
    >>> [s.text for s in split_sentences(d)]
    ['Gen. Ali spoke.', 'Two died.']
    """
    sentences: list[Sentence] = []
    for start, end in sentence_spans(doc.text):
        sentences.append(_sentence(doc.id, doc.text[start:end], start, end, len(sentences)))
    return sentences


def _sentence(
    doc_id: str, text: str, start: int, end: int, index: int, duplicate_of: str | None = None
) -> Sentence:
    """The sentence ``text`` of document ``doc_id`` between ``start`` and ``end``,
    ``index``-th in it (made without validation: the splitter's spans are valid by
    construction)."""
    return trusted_sentence(
        sentence_id(doc_id, start, end),
        trusted_span(doc_id, start, end),
        text,
        index,
        duplicate_of,
    )


def _repeat_key(text: str) -> str | None:
    """The :func:`normalise` key of a sentence long enough to be marked as a verbatim
    repeat (``MIN_REPEAT_WORDS`` words or more), else None.

    >>> _repeat_key(" Two  men died here."), _repeat_key("He said so.")
    ('Two men died here.', None)
    """
    words = text.split()
    return " ".join(words) if len(words) >= MIN_REPEAT_WORDS else None


def split_marked(doc: Document) -> list[Sentence]:
    """Split one document into sentences, its verbatim repeats marked: what
    ``mark_repeats([doc], split_sentences(doc))`` gives, each sentence made once rather
    than made, then copied to mark it (a report of the scale corpus repeats ~14 of its
    sentences).

    >>> from reconcile.models import Document
    >>> d = Document(id="d", text="Two men died at dawn. Two men died at dawn.",
    ...              publisher="P", published="2020-01-01")
    >>> [s.duplicate_of for s in split_marked(d)]
    [None, 'sent:d:0-21']
    """
    sentences: list[Sentence] = []
    text = doc.text
    first: dict[str, int] = {}  # the first sentence of each text, in the document's order
    for start, end in sentence_spans(text):
        sentence_text = text[start:end]
        key = _repeat_key(sentence_text)
        index = len(sentences)
        original = index if key is None else first.setdefault(key, index)
        duplicate_of = None if original == index else sentences[original].id
        sentences.append(_sentence(doc.id, sentence_text, start, end, index, duplicate_of))
    return sentences


def normalise(text: str) -> str:
    """The key two sentences must share to be verbatim repeats: white space folded.

    >>> normalise("  Two   people\\n died. ")
    'Two people died.'
    """
    return " ".join(text.split())


def publication_rank(documents: Iterable[Document]) -> dict[str, int]:
    """Each document's place in publication order (time, then id): earlier is original."""
    ordered = sorted(documents, key=lambda d: (d.published, d.id))
    return {doc.id: position for position, doc in enumerate(ordered)}


def mark_repeats(documents: Iterable[Document], sentences: list[Sentence]) -> list[Sentence]:
    """Return the sentences with ``duplicate_of`` set on every verbatim repeat, and unset
    on every other sentence (a mark the sentences had is made again among these
    sentences: a sentence is copied only when its mark changes).

    Documents are visited by (publication time, id), so the original of a syndicated copy is
    the earliest-published occurrence. A document whose whole text is the text of an
    earlier one is a copy through and through: its short sentences ("Two died.") repeat
    the original's too, so that a copy never adds a claim. The result keeps the input order.
    """
    documents = list(documents)
    rank = publication_rank(documents)
    copy_of: dict[str, str] = {}  # document id -> the earlier document with the same text
    first_with_text: dict[str, str] = {}
    for doc in sorted(documents, key=lambda d: rank[d.id]):
        copy_of[doc.id] = first_with_text.setdefault(doc.text, doc.id)
    keys = [_repeat_key(sent.text) for sent in sentences]  # folded once per sentence
    first: dict[str, str] = {}
    for sent, key in sorted(
        zip(sentences, keys, strict=True),
        key=lambda pair: (rank[pair[0].span.doc_id], pair[0].span.start),
    ):
        if key is not None:
            first.setdefault(key, sent.id)
    marked = []
    for sent, key in zip(sentences, keys, strict=True):
        original = None if key is None else first.get(key)
        source = copy_of.get(sent.span.doc_id, sent.span.doc_id)
        if original is None and source != sent.span.doc_id:
            original = sentence_id(source, sent.span.start, sent.span.end)
        if original == sent.id:
            original = None
        if original != sent.duplicate_of:
            sent = trusted_copy(sent, {"duplicate_of": original})
        marked.append(sent)
    return marked


#: Word-sequence similarity from which a sentence nearly repeats one of another document.
NEAR_REPEAT_RATIO = 0.8
_WORD = re.compile(r"\w+")


def _lower_words(text: str) -> list[str]:
    """The words of a text, in lower case (an ASCII text is lowered first, at one call).

    >>> _lower_words("Two  people DIED.")
    ['two', 'people', 'died']
    """
    if text.isascii():
        return _WORD.findall(text.lower())
    return [w.lower() for w in _WORD.findall(text)]


def _word_bag(words: list[str]) -> set[Hashable]:
    """The words as a set that keeps their repeats: a word's second occurrence is the pair
    (word, 2), and so on; so two bags share as many items as the two word lists share
    words, counted with repeats (a multiset intersection computed by ``set.__and__``).

    >>> _word_bag(["a", "b", "a"]) == {"a", "b", ("a", 2)}
    True
    >>> len(_word_bag(["a", "b", "a"]) & _word_bag(["a", "a", "a", "c"]))
    2
    """
    bag: set[Hashable] = set()
    seen: dict[str, int] = {}
    for word in words:
        n = seen.get(word, 0) + 1
        seen[word] = n
        bag.add(word if n == 1 else (word, n))
    return bag


def mark_near_repeats(documents: Iterable[Document], sentences: list[Sentence]) -> list[Sentence]:
    """Mark sentences that nearly repeat a sentence of an earlier-published document.

    Candidates share a rare word (blocking, so the work is not quadratic in the corpus);
    a pair counts when difflib's ratio over their words is at least ``NEAR_REPEAT_RATIO``
    and the texts are not verbatim the same. Sentences of one document alone are never
    compared (a repeat within a document is verbatim or not one).
    """
    if len({s.span.doc_id for s in sentences}) < 2:
        return list(sentences)
    rank = publication_rank(documents)
    # the words of each distinct text, read once (an event's copies share most sentences)
    of_text: dict[str, list[str]] = {}
    words: dict[str, list[str]] = {}
    for sent in sentences:
        mine = of_text.get(sent.text)
        if mine is None:
            mine = of_text[sent.text] = _lower_words(sent.text)
        words[sent.id] = mine
    bags: dict[str, set[Hashable]] = {}  # made for the sentences compared only
    # one matcher per earlier sentence compared, holding its words as the second sequence:
    # difflib indexes the second sequence once, then compares any first one against it
    matchers: dict[str, SequenceMatcher] = {}

    def similarity(mine: list[str], other_id: str) -> float:
        matcher = matchers.get(other_id)
        if matcher is None:
            matcher = SequenceMatcher(None, (), words[other_id], autojunk=False)
            matchers[other_id] = matcher
        matcher.set_seq1(mine)
        return matcher.ratio()

    def bag(sid: str) -> set[Hashable]:
        if sid not in bags:
            bags[sid] = _word_bag(words[sid])
        return bags[sid]

    # in how many sentences each word stands (counted at C speed, in one call)
    frequency = Counter(chain.from_iterable(map(set, words.values())))
    # word -> document -> its sentences holding the word (in visiting order): a sentence is
    # compared with other documents' sentences only, never walking its own document's
    index: dict[str, dict[str, list[Sentence]]] = {}
    nearest: dict[str, str] = {}
    for sent in sorted(sentences, key=lambda s: (rank[s.span.doc_id], s.span.start)):
        mine = words[sent.id]
        if sent.duplicate_of is None and len(mine) >= MIN_REPEAT_WORDS:
            keys = _rarest(mine, frequency)
            candidates = _candidates(sent, keys, index, words, bag)
            best = _nearest(sent, mine, candidates, similarity)
            if best is not None:
                nearest[sent.id] = best
            for key in keys:
                index.setdefault(key, {}).setdefault(sent.span.doc_id, []).append(sent)
    return [
        trusted_copy(s, {"near_duplicate_of": nearest[s.id]}) if s.id in nearest else s
        for s in sentences
    ]


def _rarest(words: list[str], frequency: Counter[str]) -> list[str]:
    """The three distinct words of ``words`` that stand in the fewest sentences (by
    ``frequency``), alphabetical order deciding between equals: the two orders made by
    two sorts in C, the second stable.

    >>> _rarest(["b", "a", "c", "d", "a"], Counter(a=1, b=2, c=1, d=5))
    ['a', 'c', 'b']
    """
    ranked = sorted(set(words))
    ranked.sort(key=frequency.__getitem__)
    return ranked[:3]


def _candidates(
    sent: Sentence,
    keys: list[str],
    index: dict[str, dict[str, list[Sentence]]],
    words: dict[str, list[str]],
    bag: Callable[[str], set[Hashable]],
) -> list[tuple[float, Sentence]]:
    """The earlier sentences of other documents that ``sent`` may nearly repeat, indexed
    under its rarest words ``keys``, each with an upper bound of its ratio (difflib's
    quick_ratio: the words the two share, counted with repeats), in the order found; those
    whose bound (or length) rules out ``NEAR_REPEAT_RATIO`` are left out."""
    size = len(words[sent.id])
    found: list[tuple[float, Sentence]] = []
    seen: set[str] = set()
    for key in keys:
        for doc_id, in_doc in index.get(key, {}).items():
            if doc_id == sent.span.doc_id:
                continue
            for other in in_doc:
                if other.id in seen:
                    continue
                seen.add(other.id)
                other_size = len(words[other.id])
                if (size / other_size if size <= other_size else other_size / size) < (
                    NEAR_REPEAT_RATIO
                ):
                    continue
                bound = 2 * len(bag(sent.id) & bag(other.id)) / (size + other_size)
                if bound >= NEAR_REPEAT_RATIO:
                    found.append((bound, other))
    return found


def _nearest(
    sent: Sentence,
    mine: list[str],
    candidates: list[tuple[float, Sentence]],
    similarity: Callable[[list[str], str], float],
) -> str | None:
    """The id of the candidate (see :func:`_candidates`) that ``sent`` (its words
    ``mine``) repeats most nearly (None if none reaches ``NEAR_REPEAT_RATIO``); the first
    found wins a tie.

    Candidates are tried by falling bound, so that once a ratio is found, those whose
    bound is below it are never compared (a ratio is at most its bound); one whose bound
    equals it is compared only when found before the best so far (it could tie it).
    Texts the same but for white space have the same words (a ratio of 1): only then are
    the texts compared.
    """
    best_ratio, best, best_at = 0.0, None, 0
    for at in sorted(range(len(candidates)), key=lambda k: -candidates[k][0]):
        bound, other = candidates[at]
        if best is not None and bound <= best_ratio:
            if bound < best_ratio:
                break
            if at > best_at:
                continue
        ratio = similarity(mine, other.id)
        if (
            ratio >= NEAR_REPEAT_RATIO
            and (best is None or ratio > best_ratio or (ratio == best_ratio and at < best_at))
            and (ratio < 1.0 or normalise(other.text) != normalise(sent.text))
        ):
            best_ratio, best, best_at = ratio, other.id, at
    return best


def segment(documents: list[Document]) -> list[Sentence]:
    """Split every document; mark verbatim and near repeats within and across documents."""
    sentences = [s for doc in documents for s in split_sentences(doc)]
    return mark_near_repeats(documents, mark_repeats(documents, sentences))
