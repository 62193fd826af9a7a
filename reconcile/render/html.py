"""The HTML report: one self-contained file that works offline.

Inline CSS and inline SVG charts, no script, nothing loaded from the network (a
Content-Security-Policy of ``default-src 'none'`` makes sure of it). Sections:

* **Variables**: per variable the current estimate (and the claims behind each bound), a
  timeline chart and a timeline table. In the chart each source is a colour; its figures
  stand at the time they refer to (``claim.refers_to`` when the sentence names one, a bar
  across it when it names several days; else the publication time), and a source's
  successive figures are joined as steps. The estimate's low-high range is a band, its best a
  dashed line. Increments ("five more died") are not totals and stay out of the chart.
  A figure its source withdrew (``NumericClaim.withdrawn``, rule R205) is struck through.
* **Findings**, by severity, each with its evidence quoted and linked to the words in the
  documents.
* **Documents**, with every claim highlighted and linked to the findings that name it.

Every string from a document is HTML-escaped; names and messages are also put on one line
(:func:`~reconcile.render._common.one_line`).
"""

from __future__ import annotations

import html
import itertools
import math
from collections.abc import Callable, Sequence
from datetime import UTC, date

from reconcile.models import (
    Claim,
    Document,
    Estimate,
    Finding,
    NumericClaim,
    Report,
    Span,
)
from reconcile.render._common import by_id, num, one_line, sentence_of, squash, variable_title

SEVERITIES = ("error", "warning", "info")
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#7f7f7f",
    "#bcbd22",
)
WIDTH, HEIGHT = 760, 280
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 40

CSS = """
:root { --fg:#1b1f24; --muted:#57606a; --line:#d0d7de; --bg:#ffffff; --soft:#f6f8fa;
  --error:#cf222e; --warning:#9a6700; --info:#0969da; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  background: var(--bg); margin: 0; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 18px; border-bottom: 1px solid var(--line); }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 28px 0 8px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
.meta, .muted { color: var(--muted); font-size: 13px; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 13px;
  font-weight: 600; color: #fff; margin-right: 6px; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
.badge.info { background: var(--info); }
nav a { margin-right: 14px; }
.variable { border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 12px;
  margin: 14px 0; }
.estimate { background: var(--soft); border-radius: 4px; padding: 6px 10px; }
.estimate strong { font-size: 17px; }
figure { margin: 8px 0; } svg.chart { width: 100%; max-width: 760px; height: auto;
  font: 11px system-ui, sans-serif; }
.legend span { display: inline-block; margin-right: 12px; font-size: 13px; }
.legend .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  margin-right: 4px; }
table { border-collapse: collapse; font-size: 13px; margin: 6px 0; }
th, td { text-align: left; padding: 3px 10px 3px 0; border-bottom: 1px solid var(--line);
  vertical-align: top; }
td.num { font-weight: 600; white-space: nowrap; }
.withdrawn { text-decoration: line-through; color: var(--muted); }
.finding { border-left: 4px solid var(--line); padding: 4px 12px; margin: 10px 0; }
.finding.error { border-color: var(--error); } .finding.warning { border-color: var(--warning); }
.finding.info { border-color: var(--info); }
.finding .code { font-weight: 700; } .finding.error .code { color: var(--error); }
.finding.warning .code { color: var(--warning); } .finding.info .code { color: var(--info); }
blockquote { margin: 4px 0 4px 8px; padding-left: 10px; border-left: 2px solid var(--line);
  color: #333; }
blockquote a { color: var(--muted); font-size: 12px; }
.doc-text { white-space: pre-wrap; background: var(--soft); border-radius: 4px;
  padding: 10px 14px; font-size: 14px; }
mark { background: #fff1a8; border-radius: 2px; padding: 0 1px; }
mark.claim { background: #ffe08a; box-shadow: inset 0 -2px 0 #d4a72c; }
mark.evidence { background: #ddf4ff; }
mark.claim.evidence { background: #ffd8b5; }
sup a { font-size: 10px; text-decoration: none; margin-left: 3px; }
:target { outline: 2px solid #0969da; outline-offset: 1px; }
@media print { nav { display: none; } .variable { break-inside: avoid; } }
"""


def _e(text: str) -> str:
    """A document-derived string for HTML: on one line, escaped."""
    return html.escape(one_line(text), quote=True)


def _body(text: str) -> str:
    """Document text for a pre-wrap block: newlines kept, other controls made visible."""
    kept = {"\n": "\n", "\t": "\t"}
    return html.escape(
        "".join(kept.get(c, one_line(c)) for c in text) if not text.isprintable() else text,
        quote=True,
    )


def _anchor(span: Span) -> str:
    return f"span-{span.doc_id}-{span.start}-{span.end}"


def _x_of(claim: Claim) -> tuple[float, float]:
    """The days (as ordinals) a claim refers to: [start, end]."""
    if claim.refers_to is not None:
        return (
            float(claim.refers_to.start.toordinal()),
            float(claim.refers_to.end.toordinal()),
        )
    moment = claim.published.astimezone(UTC)
    day = moment.date().toordinal() + (moment.hour * 60 + moment.minute) / 1440
    return (day, day)


def _date(ordinal: float) -> str:
    return date.fromordinal(math.floor(ordinal)).isoformat()


def _y_ticks(highest: float) -> list[float]:
    """Round tick values from 0 to at least ``highest``: steps of 1, 2 or 5 times a power
    of ten (whole numbers from 1 up), four to six of them.

    >>> _y_ticks(23)
    [0.0, 5.0, 10.0, 15.0, 20.0, 25.0]
    >>> _y_ticks(3)
    [0.0, 1.0, 2.0, 3.0]
    """
    highest = max(highest, 1.0)
    raw = highest / 6
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1.0)
    count = math.ceil(highest / step - 1e-9)
    return [float(step * i) for i in range(count + 1)]


def _charted(claims: list[Claim]) -> list[NumericClaim]:
    return [
        c
        for c in claims
        if isinstance(c, NumericClaim) and c.change != "increment" and math.isfinite(c.value)
    ]


def _chart(
    var_title: str,
    claims: list[NumericClaim],
    estimate: Estimate | None,
    colours: dict[str, str],
    names: dict[str, str],
    publishers: dict[str, str],
) -> str:
    """An inline SVG timeline of a variable's figures, per source, with the estimate band."""
    xs = [x for c in claims for x in _x_of(c)]
    lo_x, hi_x = min(xs), max(xs)
    if hi_x - lo_x < 1:
        lo_x, hi_x = lo_x - 1, hi_x + 1
    pad = (hi_x - lo_x) * 0.06
    lo_x, hi_x = lo_x - pad, hi_x + pad
    values = [c.value for c in claims]
    values += [v for c in claims for v in (c.interval.low, c.interval.high) if v is not None]
    if estimate is not None:
        values += [v for v in (estimate.low, estimate.best, estimate.high) if v is not None]
    ticks = _y_ticks(max(values) * 1.05 if values else 1)
    top = ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def sx(x: float) -> float:
        return round(LEFT + (x - lo_x) / (hi_x - lo_x) * plot_w, 1)

    def sy(y: float) -> float:
        return round(TOP + plot_h - min(y, top) / top * plot_h, 1)

    out = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="timeline of {_e(var_title)}">',
        f"<title>{_e(var_title)}: figures by source over time</title>",
    ]
    for tick in ticks:  # y grid and labels
        y = sy(tick)
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y}" y2="{y}" stroke="#eaeef2"/>'
            f'<text x="{LEFT - 6}" y="{y + 4}" text-anchor="end" fill="#57606a">{num(tick)}</text>'
        )
    days = sorted({math.floor(x) for c in claims for x in _x_of(c)})
    step = max(1, math.ceil(len(days) / 8))
    for day in days[::step]:  # x ticks at the days that carry figures
        x = sx(day)
        out.append(
            f'<line x1="{x}" x2="{x}" y1="{TOP + plot_h}" y2="{TOP + plot_h + 4}" '
            f'stroke="#57606a"/>'
            f'<text x="{x}" y="{TOP + plot_h + 17}" text-anchor="middle" fill="#57606a">'
            f"{_date(day)}</text>"
        )
    out.append(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" y2="{TOP + plot_h}" '
        f'stroke="#57606a"/><line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{TOP + plot_h}" '
        f'stroke="#57606a"/>'
    )
    if estimate is not None and estimate.low is not None:  # the estimate's range as a band
        high = estimate.high if estimate.high is not None else top
        y1, y2 = sy(high), sy(estimate.low)
        out.append(
            f'<rect class="band" x="{LEFT}" y="{y1}" width="{plot_w}" '
            f'height="{max(1.5, y2 - y1)}" fill="#2da44e" fill-opacity="0.14">'
            f"<title>estimate: low {num(estimate.low)}, high "
            f"{'open' if estimate.high is None else num(estimate.high)}</title></rect>"
        )
        if estimate.best is not None:
            yb = sy(estimate.best)
            out.append(
                f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{yb}" y2="{yb}" stroke="#2da44e" '
                f'stroke-dasharray="5 4"/><text x="{WIDTH - RIGHT - 2}" y="{yb - 4}" '
                f'text-anchor="end" fill="#1a7f37">best {num(estimate.best)}</text>'
            )
    by_source: dict[str, list[NumericClaim]] = {}
    for claim in claims:
        by_source.setdefault(claim.attribution.source_id, []).append(claim)
    for source, series in sorted(by_source.items()):
        colour = colours[source]
        series = sorted(series, key=lambda c: (_x_of(c)[0], c.published, c.id))
        if len(series) > 1:  # a source's successive figures as steps
            points = []
            for n, claim in enumerate(series):
                x, y = sx(_x_of(claim)[0]), sy(claim.value)
                if n:
                    points.append(f"{x},{points[-1].split(',')[1]}")
                points.append(f"{x},{y}")
            out.append(
                f'<polyline class="steps" points="{" ".join(points)}" fill="none" '
                f'stroke="{colour}" stroke-width="1.6" stroke-opacity="0.7"/>'
            )
        for claim in series:
            out.append(_point(claim, colour, sx, sy, top, names, publishers))
    out.append("</svg>")
    return "".join(out)


def _point(
    claim: NumericClaim,
    colour: str,
    sx: Callable[[float], float],
    sy: Callable[[float], float],
    top: float,
    names: dict[str, str],
    publishers: dict[str, str],
) -> str:
    """One figure on the chart: a dot (hollow when vague or withdrawn), a bar across the
    days it refers to, an arrow for 'at least', a bar for a range; linked to its words."""
    x0, x1 = _x_of(claim)
    x, y = sx(x0), sy(claim.value)
    who = names.get(claim.attribution.source_id, claim.attribution.source_id)
    when = (
        f"refers to {_date(x0)}" + (f"..{_date(x1)}" if x1 > x0 else "")
        if claim.refers_to is not None
        else f"published {claim.published.date().isoformat()}"
    )
    withdrawn = bool(getattr(claim, "withdrawn", False))
    tip = (
        f"{num(claim.value)} ({claim.qualifier.replace('_', ' ')}): {who} via "
        f"{publishers.get(claim.span.doc_id, claim.span.doc_id)}, {when}"
        + (" (withdrawn)" if withdrawn else "")
    )
    parts = [f'<a href="#{_anchor(claim.span)}"><g class="point">']
    if x1 > x0:
        parts.append(
            f'<line x1="{x}" x2="{sx(x1)}" y1="{y}" y2="{y}" stroke="{colour}" '
            f'stroke-width="3" stroke-opacity="0.45"/>'
        )
    low, high = claim.interval.low, claim.interval.high
    if claim.qualifier in ("at_least", "more_than") or (high is None and low is not None):
        parts.append(  # open upwards: an arrow
            f'<line x1="{x}" x2="{x}" y1="{y}" y2="{y - 16}" stroke="{colour}"/>'
            f'<path d="M{x - 4},{y - 12} L{x},{y - 18} L{x + 4},{y - 12}" fill="none" '
            f'stroke="{colour}"/>'
        )
    elif low is not None and high is not None and high > low:
        parts.append(
            f'<line x1="{x}" x2="{x}" y1="{sy(high)}" y2="{sy(low)}" stroke="{colour}" '
            f'stroke-width="2"/>'
        )
    hollow = claim.qualifier == "vague" or withdrawn
    parts.append(
        f'<circle cx="{x}" cy="{y}" r="5" fill="{"#fff" if hollow else colour}" '
        f'stroke="{colour}" stroke-width="2"><title>{_e(tip)}</title></circle>'
    )
    label = num(claim.value)
    parts.append(
        f'<text x="{x + 7}" y="{y - 6}" fill="{colour}"'
        + (' text-decoration="line-through"' if withdrawn else "")
        + f">{label}</text></g></a>"
    )
    return "".join(parts)


def _who(claim: Claim, names: dict[str, str], publishers: dict[str, str]) -> str:
    publisher = publishers.get(claim.span.doc_id, claim.span.doc_id)
    if claim.attribution.kind == "unattributed":
        return f"{_e(publisher)} <span class='muted'>(own voice)</span>"
    name = names.get(claim.attribution.source_id, claim.attribution.source_id)
    extra = " <span class='muted'>(anonymous)</span>" if claim.attribution.kind == "passive" else ""
    return f"{_e(name)} <span class='muted'>via</span> {_e(publisher)}{extra}"


def _figure(claim: Claim) -> str:
    if isinstance(claim, NumericClaim):
        low, high = claim.interval.low, claim.interval.high
        shown = (
            f"{num(low)}-{num(high)}"
            if claim.qualifier == "range" and low is not None and high is not None
            else num(claim.value)
        )
        return shown if claim.unit == "count" else f"{shown} {_e(claim.unit)}"
    negative = getattr(claim, "polarity", "") == "negative"
    return ("not " if negative else "") + _e(getattr(claim, "predicate", ""))


def _timeline_table(claims: list[Claim], names: dict, publishers: dict) -> str:
    rows = []
    for claim in sorted(claims, key=lambda c: (_x_of(c)[0], c.published, c.id)):
        qualifier = getattr(claim, "qualifier", "")
        extras = [qualifier.replace("_", " ")] if qualifier else []
        if getattr(claim, "change", None):
            extras.append(claim.change.replace("_", " "))  # type: ignore[union-attr]
        refers = ""
        if claim.refers_to is not None:
            t = claim.refers_to
            refers = t.start.isoformat() + (f"..{t.end.isoformat()}" if t.end != t.start else "")
            refers += f" <span class='muted'>({_e(squash(t.surface))})</span>"
        cls = ' class="withdrawn"' if getattr(claim, "withdrawn", False) else ""
        rows.append(
            f"<tr{cls}><td class='num'>{_figure(claim)}</td><td>{_e(', '.join(extras))}</td>"
            f"<td>{_who(claim, names, publishers)}</td>"
            f"<td>{claim.published.date().isoformat()}</td><td>{refers}</td>"
            f"<td><a href='#{_anchor(claim.span)}'>“{_e(squash(claim.surface))}”</a></td></tr>"
        )
    return (
        "<table class='timeline'><thead><tr><th>figure</th><th>qualifier</th><th>source</th>"
        "<th>stated</th><th>refers to</th><th>words</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def _estimate_block(est: Estimate, claims: dict[str, Claim]) -> str:
    def links(ids: list[str]) -> str:
        found = [claims[i] for i in ids if i in claims]
        return ", ".join(
            f"<a href='#{_anchor(c.span)}'>{num(getattr(c, 'value', None))}</a>" for c in found
        )

    high = "open" if est.high is None else num(est.high)
    parts = [
        f"<p class='estimate'>Current estimate: <strong>{num(est.best)}</strong> "
        f"(low {num(est.low)}, high {high}) <span class='muted'>{_e(est.method)}</span>"
    ]
    behind = [("best", est.best_claims), ("low", est.low_claims), ("high", est.high_claims)]
    if est.best_claims and est.best_claims == est.low_claims == est.high_claims:
        behind = [("low, best and high", est.best_claims)]
    for label, ids in behind:
        if ids:
            parts.append(f"<br><span class='muted'>{label} from:</span> {links(ids)}")
    if est.note:
        parts.append(f"<br><span class='muted'>{_e(est.note)}</span>")
    return "".join(parts) + "</p>"


def _variables(report: Report, colours: dict[str, str], names: dict, publishers: dict) -> str:
    estimates = {e.variable_id: e for e in report.estimates}
    claims_by_id = {c.id: c for c in report.claims}
    by_var: dict[str, list[Claim]] = {}
    for claim in report.claims:
        by_var.setdefault(claim.variable_id, []).append(claim)
    out = ["<section id='variables'><h2>Variables</h2>"]
    for var_id in sorted({v.id for v in report.variables} | set(estimates)):
        title = variable_title(var_id)
        claims = by_var.get(var_id, [])
        out.append(f"<article class='variable' id='{_e(_var_anchor(var_id))}'><h3>{_e(title)}</h3>")
        if var_id in estimates:
            out.append(_estimate_block(estimates[var_id], claims_by_id))
        charted = _charted(claims)
        if charted:
            out.append("<figure>")
            out.append(_chart(title, charted, estimates.get(var_id), colours, names, publishers))
            legend = sorted({c.attribution.source_id for c in charted})
            out.append(
                "<figcaption class='legend'>"
                + "".join(
                    f"<span><span class='swatch' style='background:{colours[s]}'></span>"
                    f"{_e(names.get(s, s))}</span>"
                    for s in legend
                )
                + "<span class='muted'>band: estimate low-high; dashed: best; arrow: "
                "at least; hollow: vague</span></figcaption></figure>"
            )
        if claims:
            out.append(_timeline_table(claims, names, publishers))
        out.append("</article>")
    out.append("</section>")
    return "".join(out)


def _var_anchor(var_id: str) -> str:
    return "var-" + "".join(c if c.isalnum() else "-" for c in var_id.removeprefix("var:"))


def _quotes(report: Report, spans: list[Span]) -> list[str]:
    """Each sentence holding some of the spans, once, with those spans marked and linked."""
    by_sentence: dict[str, list[Span]] = {}
    sentences = {}
    for span in spans:
        sentence = sentence_of(report, span)
        if sentence is not None:
            sentences[sentence.id] = sentence
            by_sentence.setdefault(sentence.id, []).append(span)
    quotes: list[str] = []
    seen: dict[str, list[str]] = {}
    for sentence_id, inside in by_sentence.items():
        sentence = sentences[sentence_id]
        base, text = sentence.span.start, sentence.text
        marks = sorted({(sp.start - base, sp.end - base) for sp in inside} - {(0, len(text))})
        pieces, cursor = [], 0
        for a, b in marks:
            if a < cursor:
                continue
            pieces.append(_e(squash(text[cursor:a])) + (" " if a and text[a - 1].isspace() else ""))
            pieces.append(f"<mark>{_e(squash(text[a:b]))}</mark>")
            cursor = b
            if cursor < len(text) and text[cursor].isspace():
                pieces.append(" ")
        pieces.append(_e(squash(text[cursor:])))
        inner = "".join(pieces)
        links = [
            f"<a href='#{_anchor(sp)}'>{_e(sp.doc_id)}@{sp.start}-{sp.end}</a>" for sp in inside
        ]
        if not marks and inner in seen:  # a verbatim repeat: quoted once, linked twice
            seen[inner].extend(links)
            continue
        seen[inner] = links
        quotes.append(inner)
    return [f"<blockquote>{inner} {' '.join(seen[inner])}</blockquote>" for inner in quotes]


def _findings(report: Report) -> str:
    out = ["<section id='findings'><h2>Findings</h2>"]
    if not report.findings:
        out.append("<p>No findings.</p>")
    for severity in SEVERITIES:
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        out.append(f"<h3>{severity} ({len(group)})</h3>")
        for finding in group:
            quotes = _quotes(report, list(finding.spans))
            out.append(
                f"<article class='finding {severity}' id='{_finding_anchor(finding)}'>"
                f"<span class='code'>{_e(finding.code)}</span> <strong>{_e(finding.rule)}</strong>"
                f" <span class='muted'>[{severity}]</span><p>{_e(finding.message)}</p>"
                + "".join(quotes)
                + "</article>"
            )
    for failure in report.errors:
        out.append(
            f"<p class='finding error'>rule {_e(failure.code)} failed: {_e(failure.message)}</p>"
        )
    out.append("</section>")
    return "".join(out)


def _finding_anchor(finding: Finding) -> str:
    return "finding-" + "".join(c if c.isalnum() else "-" for c in finding.id)


def _document(doc: Document, claims: list[Claim], findings_of: dict) -> str:
    """The text with claims and evidence marked; after each marked passage, links to the
    findings that cite it. One sweep over the span boundaries: linear in the marks."""
    spans: dict[tuple[int, int], set[str]] = {}
    for claim in claims:
        spans.setdefault((claim.span.start, claim.span.end), set()).add("claim")
    for key in findings_of:
        spans.setdefault(key, set()).add("evidence")
    text = doc.text
    starting: dict[int, list[tuple[int, int]]] = {}
    ending: dict[int, list[tuple[int, int]]] = {}
    for key in sorted(spans):
        starting.setdefault(key[0], []).append(key)
        ending.setdefault(key[1], []).append(key)
    cuts = sorted({0, len(text)} | {p for key in spans for p in key if 0 <= p <= len(text)})
    active: dict[tuple[int, int], None] = {}  # spans covering the current piece, in order
    out = []
    for a, b in itertools.pairwise(cuts):
        for key in starting.get(a, ()):
            out.append(
                f"<span id='{_anchor(Span(doc_id=doc.id, start=key[0], end=key[1]))}'></span>"
            )
            if key[1] > key[0]:
                active[key] = None
        piece = _body(text[a:b])
        if active:
            kinds = sorted(set().union(*(spans[k] for k in active)))
            # a whole sentence flagged (a repeat) is lightly marked; claims stand out
            if "claim" not in kinds:
                kinds = ["evidence"]
            out.append(f"<mark class='{' '.join(kinds)}'>{piece}</mark>")
        else:
            out.append(piece)
        for key in ending.get(b, ()):
            active.pop(key, None)
            if key in findings_of:
                unique = {f.id: f for f in findings_of[key]}
                out.append(
                    "".join(
                        f"<sup><a href='#{_finding_anchor(f)}' title='{_e(f.rule)}'>"
                        f"{_e(f.code)}</a></sup>"
                        for _, f in sorted(unique.items())
                    )
                )
    title = f" — {_e(doc.title)}" if doc.title else ""
    return (
        f"<article class='document' id='doc-{_e(doc.id)}'><h3>{_e(doc.publisher)}{title}</h3>"
        f"<p class='meta'>{_e(doc.id)} · published {doc.published.isoformat()}"
        + (f" · <span>{_e(doc.url)}</span>" if doc.url else "")
        + f"</p><div class='doc-text'>{''.join(out)}</div></article>"
    )


def _documents(report: Report, documents: dict[str, Document]) -> str:
    claims: dict[str, list[Claim]] = {}
    for claim in report.claims:
        claims.setdefault(claim.span.doc_id, []).append(claim)
    findings_of: dict[str, dict[tuple[int, int], list[Finding]]] = {}
    for finding in report.findings:
        for span in finding.spans:
            per_doc = findings_of.setdefault(span.doc_id, {})
            per_doc.setdefault((span.start, span.end), []).append(finding)
    out = ["<section id='documents'><h2>Documents</h2>"]
    for summary in report.documents:
        doc = documents.get(summary.id)
        if doc is None:
            out.append(
                f"<article class='document' id='doc-{_e(summary.id)}'><h3>{_e(summary.publisher)}"
                f"</h3><p class='meta'>text not included (sha256 {summary.sha256})</p></article>"
            )
        else:
            out.append(_document(doc, claims.get(doc.id, []), findings_of.get(doc.id, {})))
    out.append("</section>")
    return "".join(out)


def render_html(report: Report, documents: Sequence[Document] = ()) -> str:
    """Render the report as one offline HTML page (the documents' texts, when given, are
    shown with their claims highlighted)."""
    names = {s.id: s.name for s in report.sources}
    publishers = {d.id: d.publisher for d in report.documents}
    sources = sorted({c.attribution.source_id for c in report.claims})
    colours = {s: PALETTE[n % len(PALETTE)] for n, s in enumerate(sources)}
    counts = report.summary.by_severity
    badges = "".join(f"<span class='badge {s}'>{counts.get(s, 0)} {s}</span>" for s in SEVERITIES)
    title = (
        f"reconcile report: {len(report.documents)} document(s), {len(report.findings)} finding(s)"
    )
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>reconcile report</h1><p class='meta'>{len(report.documents)} document(s), "
        f"{len(report.claims)} claims, {len(report.findings)} findings · reconcile "
        f"{_e(report.tool_version)} · schema {_e(report.schema_version)} · policy "
        f"{_e(report.policy)}</p><p>{badges}</p>"
        "<nav><a href='#variables'>Variables</a><a href='#findings'>Findings</a>"
        "<a href='#documents'>Documents</a></nav></header><main>"
        + _variables(report, colours, names, publishers)
        + _findings(report)
        + _documents(report, by_id(documents))
        + "</main></body></html>\n"
    )
