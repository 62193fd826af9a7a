"""The readable terminal view: per variable, who said what and when; then findings.

A pure function of the Report. Spans are shown as ``doc_id@start-end`` so that a reader can
find the exact words (``text[start:end]``).
"""

from __future__ import annotations

from reconcile.models import Claim, Estimate, NumericClaim, Report, TimeRef


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")


def _when(time: TimeRef | None) -> str:
    if time is None:
        return ""
    if time.start == time.end:
        return f", refers to {time.start.isoformat()} ('{time.surface}')"
    return f", refers to {time.start.isoformat()}..{time.end.isoformat()} ('{time.surface}')"


def _span(claim: Claim) -> str:
    return f"{claim.span.doc_id}@{claim.span.start}-{claim.span.end}"


def _estimate_line(est: Estimate) -> str:
    return (
        f"    estimate ({est.method.split(':')[0]}): best {_num(est.best)} (low "
        f"{_num(est.low)}, high {'open' if est.high is None else _num(est.high)}). {est.note}"
    )


def render_text(report: Report) -> str:
    """Render the report for a terminal (plain text, deterministic)."""
    sources = {s.id: s for s in report.sources}
    publishers = {d.id: d.publisher for d in report.documents}
    repeats = sum(1 for s in report.sentences if s.duplicate_of)
    lines = [
        f"reconcile: {len(report.documents)} document(s), {len(report.sentences)} sentences "
        f"({repeats} verbatim repeats), {len(report.claims)} claims, "
        f"{len(report.findings)} findings",
        "",
    ]
    estimates = {e.variable_id: e for e in report.estimates}
    by_var: dict[str, list[Claim]] = {}
    for claim in report.claims:
        by_var.setdefault(claim.variable_id, []).append(claim)
    shown = sorted({v.id for v in report.variables} | set(estimates))
    for var_id in shown:
        title = var_id.removeprefix("var:").replace("/", " / ")
        lines.append(title)
        for claim in sorted(by_var.get(var_id, []), key=lambda c: (c.published, c.id)):
            source = sources[claim.attribution.source_id]
            who = (
                f"{publishers[claim.span.doc_id]} (own voice)"
                if claim.attribution.kind == "unattributed"
                else f"{source.name} via {publishers[claim.span.doc_id]}"
            )
            if claim.attribution.kind == "passive":
                who += " (passive or anonymous)"
            shown = " ".join(claim.surface.split())
            if isinstance(claim, NumericClaim) and claim.group_surface:
                shown += f" {claim.group_surface}"
            if len(shown) > 40:
                shown = shown[:39] + "…"  # the span gives the whole text
            lines.append(
                f"  {shown:<40} {who}, published {claim.published.date().isoformat()}"
                f"{_when(claim.refers_to)}  [{_span(claim)}]"
            )
        if var_id in estimates:
            lines.append(_estimate_line(estimates[var_id]))
        lines.append("")
    if report.findings:
        lines.append("Findings")
        for finding in report.findings:
            where = ", ".join(f"{s.doc_id}@{s.start}-{s.end}" for s in finding.spans)
            lines.append(f"  {finding.code} {finding.rule} [{finding.severity}] {where}")
            lines.append(f"      {finding.message}")
    else:
        lines.append("No findings.")
    for failure in report.errors:
        lines.append(f"error: rule {failure.code} failed: {failure.message}")
    return "\n".join(lines) + "\n"
