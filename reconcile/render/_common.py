"""Helpers shared by the renderers: escaping document-derived strings, numbers, positions.

Every string that comes from a document (publisher names, surfaces, sentences, messages that
quote them) goes through :func:`one_line` or :func:`squash` before a line-based format prints
it, so that a publisher called ``"Wire\\nR101 forged"`` cannot forge a line of output.
"""

from __future__ import annotations

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


def sentence_of(report: Report, span: Span) -> Sentence | None:
    """The sentence of the report that holds a span (the first that contains it)."""
    for sentence in report.sentences:
        s = sentence.span
        if s.doc_id == span.doc_id and s.start <= span.start and span.end <= s.end:
            return sentence
    return None


def location(doc_id: str, documents: dict[str, Document]) -> str:
    """Where a document is, for tools that open files: its path when known, else its id."""
    doc = documents.get(doc_id)
    return doc.path if doc is not None and doc.path else doc_id


def severities_first(findings: Sequence) -> list:
    """Findings, the most severe first, the report's order kept within a severity."""
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(findings, key=lambda f: order.get(f.severity, 3))
