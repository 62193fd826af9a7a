"""Helpers shared by the renderers: escaping document-derived strings, numbers, positions.

Every string that comes from a document (publisher names, surfaces, sentences, messages that
quote them) goes through :func:`one_line` or :func:`squash` before a line-based format prints
it, so that a publisher called ``"Wire\\nR101 forged"`` cannot forge a line of output.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable, Sequence

from reconcile.models import Document, Report, Sentence, Span

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# bidirectional overrides and isolates: they reorder what a reader sees (Trojan Source)
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def _escape_char(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _unsafe(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Zl", "Zp") or char in _BIDI


def one_line(text: str) -> str:
    r"""The text on one line: newlines, other control characters, line and paragraph
    separators and bidirectional controls written as visible escapes.

    >>> one_line("RFE/RL\nR101 forged [error]")
    'RFE/RL\\nR101 forged [error]'
    >>> one_line("tab\there \u2028 bell\x07")
    'tab\\there \\u2028 bell\\x07'
    >>> one_line("plain é")
    'plain é'
    """
    if not any(_unsafe(c) for c in text):
        return text
    return "".join(_escape_char(c) if _unsafe(c) else c for c in text)


def squash(text: str) -> str:
    r"""Document words for quoting on one line: runs of whitespace (newlines included)
    become one space, and what is left that is unsafe is escaped.

    >>> squash("the death toll\n  rose to 48\x1b[31m")
    'the death toll rose to 48\\x1b[31m'
    """
    return one_line(" ".join(text.split()))


def num(value: float | None) -> str:
    """A figure as people write it: integers without decimals, thousands separated.

    >>> num(1200.0), num(2.5), num(None)
    ('1,200', '2.5', '-')
    """
    if value is None:
        return "-"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def variable_title(var_id: str) -> str:
    """A variable's id as a heading: measure / group, and the place it is limited to.

    >>> variable_title("var:killed/security forces")
    'killed / security forces'
    >>> variable_title("var:killed/people@Arda")
    'killed / people in Arda'
    """
    name, at, place = var_id.removeprefix("var:").partition("@")
    return name.replace("/", " / ") + (f" in {place}" if at else "")


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a character offset.

    >>> line_col("ab\\ncd", 3)
    (2, 1)
    >>> line_col("ab\\ncd", 1)
    (1, 2)
    """
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


def by_id(documents: Iterable[Document]) -> dict[str, Document]:
    """Documents by id."""
    return {doc.id: doc for doc in documents}


class SentenceIndex:
    """Finds the sentence holding a span quickly (a bisection per document), so that
    quoting the evidence of thousands of findings stays linear."""

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self._by_doc: dict[str, list[Sentence]] = {}
        for sentence in sentences:
            self._by_doc.setdefault(sentence.span.doc_id, []).append(sentence)
        self._starts: dict[str, list[int]] = {}
        for doc_id, found in self._by_doc.items():
            found.sort(key=lambda s: (s.span.start, s.span.end))
            self._starts[doc_id] = [s.span.start for s in found]

    def holding(self, span: Span) -> Sentence | None:
        """The sentence that contains the span, or None."""
        starts = self._starts.get(span.doc_id)
        if not starts:
            return None
        found = self._by_doc[span.doc_id]
        at = bisect.bisect_right(starts, span.start) - 1
        while at >= 0 and found[at].span.start <= span.start:
            if span.end <= found[at].span.end:
                return found[at]
            at -= 1
        return None


_INDEXES: dict[int, tuple[Report, SentenceIndex]] = {}


def sentence_of(report: Report, span: Span) -> Sentence | None:
    """The sentence of the report that holds a span (indexed once per report)."""
    cached = _INDEXES.get(id(report))
    if cached is None or cached[0] is not report:
        _INDEXES.clear()  # keep one report's index: renderers work on one report at a time
        cached = (report, SentenceIndex(report.sentences))
        _INDEXES[id(report)] = cached
    return cached[1].holding(span)


def location(doc_id: str, documents: dict[str, Document]) -> str:
    """Where a document is, for tools that open files: its path when known, else its id."""
    doc = documents.get(doc_id)
    return doc.path if doc is not None and doc.path else doc_id


def severities_first(findings: Sequence) -> list:
    """Findings, the most severe first, the report's order kept within a severity."""
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(findings, key=lambda f: order.get(f.severity, 3))
