"""``--statistics``: the count of findings per rule code, the most frequent first (like
``ruff --statistics``), as text or JSON."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from reconcile.models import Document, Report
from reconcile.render._common import one_line

SEVERITIES = ("error", "warning", "info")


def summary_line(report: Report) -> str:
    """One line: findings by severity, e.g. '9 findings: 0 errors, 1 warning, 8 info'."""
    counts = report.summary.by_severity
    parts = []
    for severity in SEVERITIES:
        n = counts.get(severity, 0)
        word = severity if severity == "info" or n == 1 else severity + "s"
        parts.append(f"{n} {word}")
    total = len(report.findings)
    line = f"{total} finding{'' if total == 1 else 's'}: {', '.join(parts)}"
    if report.errors:
        line += f"; {len(report.errors)} rule(s) failed"
    return line


def statistics_rows(report: Report) -> list[tuple[int, str, str, str]]:
    """(count, code, rule, severity) per code that fired, the most frequent first."""
    counts = Counter((f.code, f.rule, f.severity) for f in report.findings)
    return sorted(((n, *key) for key, n in counts.items()), key=lambda r: (-r[0], r[1]))


def render_statistics(report: Report, documents: Sequence[Document] = ()) -> str:
    """Counts per rule code as aligned text, then the summary line."""
    rows = statistics_rows(report)
    if not rows:
        return summary_line(report) + "\n"
    width = max(len(str(n)) for n, *_ in rows)
    lines = [f"{n:>{width}}  {code}  {one_line(rule):<28} [{sev}]" for n, code, rule, sev in rows]
    return "\n".join(lines) + f"\n{summary_line(report)}\n"


def render_statistics_json(report: Report, documents: Sequence[Document] = ()) -> str:
    """Counts per rule code as a JSON list of ``{code, rule, severity, count}``."""
    rows = [
        {"code": code, "rule": rule, "severity": sev, "count": n}
        for n, code, rule, sev in statistics_rows(report)
    ]
    return json.dumps(rows, indent=2, sort_keys=True) + "\n"
