"""The terminal view: per variable its estimate then its claims as a timeline; findings
grouped by severity with the evidence quoted; a one-line summary.

A pure function of the Report, drawn with rich: colour when asked for (the CLI asks on a
terminal, unless ``NO_COLOR`` is set), plain text otherwise. Every document-derived string is
put in rich ``Text`` objects (never parsed as markup) and escaped with
:func:`~reconcile.render._common.one_line`, so document text cannot forge a line or a colour.
Spans are shown as ``doc_id@start-end``: ``text[start:end]`` gives the exact words.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reconcile.models import Claim, Document, Estimate, Finding, NumericClaim, Report, Span
from reconcile.render._common import num, one_line, sentence_of, squash, variable_title
from reconcile.render.statistics import SEVERITIES, summary_line

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
QUOTE_WIDTH = 240


def _span(span: Span) -> str:
    return f"{one_line(span.doc_id)}@{span.start}-{span.end}"


def _figure(claim: Claim) -> str:
    if isinstance(claim, NumericClaim):
        low, high = claim.interval.low, claim.interval.high
        if claim.qualifier == "range" and low is not None and high is not None:
            shown = f"{num(low)}-{num(high)}"
        else:
            shown = num(claim.value)
        return shown if claim.unit == "count" else f"{shown} {one_line(claim.unit)}"
    polarity = getattr(claim, "polarity", "")
    return f"{'not ' if polarity == 'negative' else ''}{one_line(getattr(claim, 'predicate', ''))}"


def _qualifier(claim: Claim) -> str:
    qualifier = getattr(claim, "qualifier", "")
    change = getattr(claim, "change", None)
    extras = [qualifier.replace("_", " ")] if qualifier else []
    if change:
        extras.append(change.replace("_", " "))
    if getattr(claim, "implied", False):
        extras.append("implied")
    if getattr(claim, "withdrawn", None):
        extras.append("withdrawn")
    return ", ".join(extras)


def _who(claim: Claim, sources: dict[str, str], publishers: dict[str, str]) -> str:
    publisher = one_line(publishers.get(claim.span.doc_id, claim.span.doc_id))
    name = one_line(sources.get(claim.attribution.source_id, claim.attribution.source_id))
    if claim.attribution.kind == "unattributed":
        return f"{publisher} (own voice)"
    who = f"{name} via {publisher}"
    return who + (" (anonymous)" if claim.attribution.kind == "passive" else "")


def _refers(claim: Claim) -> str:
    time = claim.refers_to
    if time is None:
        return ""
    when = time.start.isoformat()
    if time.end != time.start:
        when += f"..{time.end.isoformat()}"
    return f"{when} ('{squash(time.surface)}')"


def _when_key(claim: Claim) -> tuple:
    time = claim.refers_to
    day = time.start.isoformat() if time is not None else claim.published.date().isoformat()
    return (day, claim.published, claim.id)


def _estimate(est: Estimate, colour: bool) -> Text:
    high = "open" if est.high is None else num(est.high)
    text = Text("  ")
    if est.current is not None:
        text.append("current figure: ", style="bold" if colour else "")
        text.append(num(est.current), style="bold green" if colour else "")
        text.append("; ")
    text.append("estimate: ", style="bold" if colour else "")
    text.append(f"best {num(est.best)}", style="bold" if colour else "")
    text.append(f" (low {num(est.low)}, high {high}; {one_line(est.method.split(':')[0])})")
    if est.note:
        text.append(f" {squash(est.note)}", style="dim" if colour else "")
    return text


def _timeline(claims: list[Claim], sources: dict, publishers: dict, colour: bool) -> Table:
    table = Table(box=None, pad_edge=False, padding=(0, 1), show_header=True)
    table.header_style = "bold" if colour else ""
    rows = sorted(claims, key=_when_key)
    whole = {  # columns kept whole (a span is looked up, a figure read); the others wrap
        "  figure": max(len("  " + _figure(c)) for c in rows),
        "qualifier": max([len("qualifier")] + [len(_qualifier(c)) for c in rows]),
        "stated": len("2000-01-01"),
        "where": max(len(_span(c.span)) for c in rows),
    }
    for name in ("  figure", "qualifier", "source", "stated", "refers to", "where"):
        table.add_column(name, overflow="fold", no_wrap=name in whole, min_width=whole.get(name))
    for claim in rows:
        table.add_row(
            Text("  " + _figure(claim), style="bold" if colour else ""),
            Text(_qualifier(claim)),
            Text(_who(claim, sources, publishers)),
            Text(claim.published.date().isoformat()),
            Text(_refers(claim)),
            Text(_span(claim.span), style="dim" if colour else ""),
        )
    return table


def _quote(report: Report, spans: list[Span], colour: bool) -> list[Text]:
    """Each sentence holding one of the spans, squashed to one line, the spans marked."""
    quotes = []
    done: set[str] = set()  # sentence ids and texts: a verbatim repeat is quoted once
    for span in spans:
        sentence = sentence_of(report, span)
        if sentence is None or sentence.id in done or sentence.text in done:
            continue
        done.update((sentence.id, sentence.text))
        marks = sorted(
            (sp.start - sentence.span.start, sp.end - sentence.span.start)
            for sp in spans
            if sp.doc_id == span.doc_id
            and sentence.span.start <= sp.start
            and sp.end <= sentence.span.end
            and (sp.start, sp.end) != (sentence.span.start, sentence.span.end)
        )
        quotes.append(_marked(sentence.text, marks, sentence.span, colour))
    return quotes


def _marked(text: str, marks: list[tuple[int, int]], where: Span, colour: bool) -> Text:
    out = Text("      ")
    out.append("> ", style="dim" if colour else "")
    cursor = 0
    pieces: list[tuple[str, bool]] = []
    for start, end in marks:
        if start < cursor:
            continue
        pieces += [(text[cursor:start], False), (text[start:end], True)]
        cursor = end
    pieces.append((text[cursor:], False))
    length = 0
    for piece, marked in pieces:
        shown = squash(piece)
        if piece[:1].isspace() and length:
            shown = " " + shown
        if piece[-1:].isspace() and shown:
            shown += " "
        if not marked and length + len(shown) > QUOTE_WIDTH:
            shown = shown[: max(0, QUOTE_WIDTH - length)] + "…"
        length += len(shown)
        if marked:
            out.append(shown if colour else f"«{shown}»", style="bold reverse" if colour else "")
        else:
            out.append(shown, style="italic" if colour else "")
    out.append(f"  [{_span(where)}]", style="dim" if colour else "")
    return out


def _finding(finding: Finding, report: Report, colour: bool) -> list[Text]:
    head = Text("  ")
    head.append(finding.code, style=STYLES.get(finding.severity, "") if colour else "")
    head.append(f" {one_line(finding.rule)}", style="bold" if colour else "")
    head.append(f" [{finding.severity}] ")
    head.append(", ".join(_span(s) for s in finding.spans), style="dim" if colour else "")
    message = Text(f"      {one_line(finding.message)}")
    return [head, message, *_quote(report, list(finding.spans), colour)]


def _console(colour: bool, width: int | None) -> Console:
    return Console(
        file=io.StringIO(),
        width=width or 160,
        force_terminal=colour,
        no_color=not colour,
        color_system="standard" if colour else None,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )


#: Events listed in the terminal's summary of a many-event report.
EVENTS_SHOWN = 20


def _event_summary(report: Report) -> list[str]:
    """A many-event report's events, most findings first, each with its main estimate."""
    if len(report.events) < 2:
        return []
    lines = [f"Events ({len(report.events)}, most findings first)"]
    ranked = sorted(report.events, key=lambda e: (-len(e.findings), e.start, e.id))
    for event in ranked[:EVENTS_SHOWN]:
        killed = next((e for e in event.estimates if e.variable_id == "var:killed/people"), None)
        main = killed or (event.estimates[0] if event.estimates else None)
        figure = ""
        if main is not None:
            figure = (
                f"; {variable_title(main.variable_id)}: best "
                f"{num(main.best)} (low {num(main.low)}, high "
                f"{'open' if main.high is None else num(main.high)})"
            )
        lines.append(
            f"  {event.id}  {event.label}: {len(event.documents)} document(s), "
            f"{len(event.findings)} findings{figure}"
        )
    if len(ranked) > EVENTS_SHOWN:
        lines.append(f"  … {len(ranked) - EVENTS_SHOWN} more events")
    return [*lines, ""]


def render_text(
    report: Report,
    documents: Sequence[Document] = (),
    *,
    colour: bool = False,
    width: int | None = None,
) -> str:
    """Render the report for a terminal: plain text unless ``colour``; deterministic."""
    sources = {s.id: s.name for s in report.sources}
    publishers = {d.id: d.publisher for d in report.documents}
    repeats = sum(1 for s in report.sentences if s.duplicate_of)
    parts: list = [
        Text(
            f"reconcile {report.tool_version}: {len(report.documents)} document(s), "
            f"{len(report.sentences)} sentences ({repeats} verbatim repeats), "
            f"{len(report.claims)} claims, {len(report.findings)} findings",
            style="bold" if colour else "",
        ),
        Text(""),
        *(Text(line) for line in _event_summary(report)),
    ]
    estimates = {e.variable_id: e for e in report.estimates}
    by_var: dict[str, list[Claim]] = {}
    for claim in report.claims:
        by_var.setdefault(claim.variable_id, []).append(claim)
    for var_id in sorted({v.id for v in report.variables} | set(estimates)):
        title = one_line(variable_title(var_id))
        parts.append(Text(title, style="bold underline" if colour else ""))
        if var_id in estimates:
            parts.append(_estimate(estimates[var_id], colour))
        if by_var.get(var_id):
            parts.append(_timeline(by_var[var_id], sources, publishers, colour))
        parts.append(Text(""))
    if report.findings:
        parts.append(Text("Findings", style="bold" if colour else ""))
        for severity in SEVERITIES:
            group = [f for f in report.findings if f.severity == severity]
            if not group:
                continue
            parts.append(
                Text(f" {severity} ({len(group)})", style=STYLES[severity] if colour else "")
            )
            for finding in group:
                parts.extend(_finding(finding, report, colour))
    else:
        parts.append(Text("No findings."))
    if report.warnings:
        parts += [Text(""), Text("Figures refused (ambiguous or unreadable form)")]
        for warning in report.warnings:
            where = f"{one_line(warning.span.doc_id)}@{warning.span.start}-{warning.span.end}"
            parts.append(Text(f"  {where} '{squash(warning.surface)}': {one_line(warning.reason)}"))
    if report.skipped:
        parts += [Text(""), Text("Input skipped (--keep-going)")]
        for skipped in report.skipped:
            parts.append(Text(f"  {one_line(skipped.where)}: {one_line(skipped.reason)}"))
    for failure in report.errors:
        parts.append(Text(f"error: rule {failure.code} failed: {one_line(failure.message)}"))
    parts += [Text(""), Text(summary_line(report), style="bold" if colour else "")]
    console = _console(colour, width)
    for part in parts:  # lines of text are not wrapped (grep-friendly); tables fit the width
        console.print(part, soft_wrap=isinstance(part, Text))
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in out.splitlines()) + "\n"
