"""GitHub Actions workflow annotations: one ``::warning file=…,line=…,col=…::message`` line
per finding, for a code-review annotation step.

Severities map to the commands ``error``, ``warning`` and ``notice`` (for info). Lines and
columns are computed from the finding's first span when the texts are given (else line 1,
column = offset + 1). ``file`` is the document's path when it was read from a file, else its
id. Values are escaped as the Actions toolkit does (``%``, CR and LF in the message; also
``:`` and ``,`` in properties), so no document text can start a line of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.models import Document, Finding, Report
from reconcile.render._common import by_id, line_col, location

COMMANDS = {"info": "notice", "warning": "warning", "error": "error"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message.

    >>> escape_data("50% up\\nnext")
    '50%25 up%0Anext'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value.

    >>> escape_property("a:b,c")
    'a%3Ab%2Cc'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(finding: Finding, documents: dict[str, Document]) -> str:
    command = COMMANDS.get(finding.severity, "warning")
    props = {}
    if finding.spans:
        span = finding.spans[0]
        props["file"] = location(span.doc_id, documents)
        doc = documents.get(span.doc_id)
        if doc is not None:
            line, col = line_col(doc.text, span.start)
            end_line, end_col = line_col(doc.text, span.end)
        else:
            line, col, end_line, end_col = 1, span.start + 1, 1, span.end + 1
        props.update(line=str(line), col=str(col))
        if end_line == line:  # GitHub takes endColumn only on a one-line annotation
            props.update(endLine=str(end_line), endColumn=str(end_col))
        else:
            props["endLine"] = str(end_line)
    props["title"] = f"{finding.code} {finding.rule}"
    head = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
    return f"::{command} {head}::{escape_data(finding.message)}"


def render_github(report: Report, documents: Sequence[Document] = ()) -> str:
    """One workflow-annotation line per finding (nothing when there are none)."""
    docs = by_id(documents)
    lines = [_annotation(f, docs) for f in report.findings]
    lines += [
        f"::error title=reconcile::{escape_data(f'rule {e.code} failed: {e.message}')}"
        for e in report.errors
    ]
    return "".join(line + "\n" for line in lines)
