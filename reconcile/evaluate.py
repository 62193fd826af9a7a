"""Scoring the engine against the hand-written truth of worked cases.

A gold claim (``expected.json``) is matched to the extracted claim of the same document
whose span covers the gold ``text`` occurrence (whole words). Then each field is scored:

* **value**: value, low and high all equal;
* **outcome**, **group**, **unit**, **qualifier**: equal;
* **speaker**: the source's name, the speaker's words as written, or the fuller mention a
  back-reference was resolved to, compared without determiners or case, one containing the
  other ("Interior Ministry" ~ "Tajik Interior Ministry"); null gold means the publisher's
  own voice or an unnamed passive report;
* **time**: the claim's ``refers_to`` covers the same days (null ~ null).

Precision and recall are given for claims whose value, outcome and group are all right:
``precision = correct / extracted``, ``recall = correct / gold``. Findings are compared per
code: each gold finding needs a finding whose spans cover all its ``texts`` (one finding
may answer several gold findings), and a finding of a listed or ``absent`` code that
matches no gold finding is an extra.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reconcile.api import check
from reconcile.errors import InputError
from reconcile.extract.lexicon import closed_words
from reconcile.io import load_paths, read_expected
from reconcile.models import (
    Claim,
    Expected,
    Finding,
    GoldClaim,
    NumericClaim,
    Report,
    Source,
    Span,
)

FIELDS = ("value", "outcome", "group", "unit", "qualifier", "speaker", "time")
_DETERMINERS = closed_words("articles")


def find_occurrence(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The span of the n-th whole-word occurrence of ``needle`` in ``text``.

    >>> find_occurrence("In 2017, 17 died and 17 fled.", "17", 2)
    (21, 23)
    """
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    for n, match in enumerate(pattern.finditer(text), start=1):
        if n == occurrence:
            return match.start(), match.end()
    return None


def norm_name(name: str | None) -> str:
    """A name compared loosely: lower case, no determiners or possessive 's."""
    words = re.findall(r"[a-z0-9]+", (name or "").lower().replace("'s", ""))
    return " ".join(w for w in words if w not in _DETERMINERS)


def same_speaker(gold: str | None, claim: Claim, sources: dict[str, Source]) -> bool:
    """Whether a claim's attribution names the gold speaker (see the module docstring)."""
    source = sources.get(claim.attribution.source_id)
    if gold is None:
        return claim.attribution.kind != "explicit"
    if claim.attribution.kind != "explicit" or source is None:
        return False
    a = norm_name(gold)
    for written in (source.name, claim.attribution.surface, claim.attribution.resolved_from):
        b = norm_name(written)
        if a and b and (a == b or a in b or b in a):
            return True
    return False


def _same_time(gold: str | None, claim: Claim) -> bool:
    if claim.refers_to is None or gold is None:
        return claim.refers_to is None and gold is None
    start, _, end = gold.partition("/")
    return claim.refers_to.start.isoformat() == start and claim.refers_to.end.isoformat() == (
        end or start
    )


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def field_scores(
    gold: GoldClaim, claim: NumericClaim, sources: dict[str, Source]
) -> dict[str, bool]:
    """Which fields of a matched claim agree with the gold claim."""
    return {
        "value": _close(gold.value, claim.value)
        and _close(gold.low, claim.interval.low)
        and _close(gold.high, claim.interval.high),
        "outcome": (gold.outcome == claim.outcome)
        if claim.unit == "count"
        else (gold.outcome is None or gold.outcome == claim.outcome),
        "group": (gold.group or "-") == (claim.group or "-"),
        "unit": gold.unit == claim.unit,
        "qualifier": gold.qualifier == claim.qualifier,
        "speaker": same_speaker(gold.speaker, claim, sources),
        "time": _same_time(gold.refers_to, claim),
    }


@dataclass
class CaseScore:
    """Counts for one case (or, added up, for many)."""

    gold: int = 0
    extracted: int = 0
    matched: int = 0
    correct: int = 0  # value + outcome + group right
    fields: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    finding_misses: list[str] = field(default_factory=list)
    finding_extras: list[str] = field(default_factory=list)

    def add(self, other: CaseScore) -> None:
        self.gold += other.gold
        self.extracted += other.extracted
        self.matched += other.matched
        self.correct += other.correct
        for key in FIELDS:
            self.fields[key] += other.fields[key]
        for name in ("misses", "extras", "wrong", "finding_misses", "finding_extras"):
            getattr(self, name).extend(getattr(other, name))

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    def accuracy(self, name: str) -> float:
        """Share of matched claims whose field ``name`` is right."""
        return self.fields[name] / self.matched if self.matched else 1.0


def score_claims(case: str, expected: Expected, report: Report, texts: dict[str, str]) -> CaseScore:
    """Score a report's numeric claims against the gold claims of one case."""
    score = CaseScore()
    sources = {s.id: s for s in report.sources}
    numeric = [c for c in report.claims if isinstance(c, NumericClaim)]
    score.extracted = len(numeric)
    score.gold = len(expected.claims)
    used: set[str] = set()
    for gold in expected.claims:
        where = find_occurrence(texts.get(gold.doc, ""), gold.text, gold.occurrence)
        label = f"{case}:{gold.doc}: {gold.text!r} #{gold.occurrence}"
        if where is None:
            score.misses.append(f"{label} (text not found in the document)")
            continue
        match = next(
            (
                c
                for c in numeric
                if c.span.doc_id == gold.doc
                and c.id not in used
                and c.span.start <= where[0]
                and where[1] <= c.span.end
            ),
            None,
        )
        if match is None:
            score.misses.append(label)
            continue
        used.add(match.id)
        score.matched += 1
        result = field_scores(gold, match, sources)
        for key, ok in result.items():
            score.fields[key] += ok
        if result["value"] and result["outcome"] and result["group"]:
            score.correct += 1
        bad = [k for k, ok in result.items() if not ok]
        if bad:
            score.wrong.append(f"{label}: wrong {', '.join(bad)}")
    for claim in numeric:
        if claim.id not in used:
            score.extras.append(
                f"{case}:{claim.span.doc_id}: {claim.surface!r} "
                f"({claim.variable_id}) @{claim.span.start}"
            )
    return score


def _covered_text(
    finding: Finding, texts: dict[str, str], sentences: dict[str, Span], *, with_sentences: bool
) -> str:
    spans = list(finding.spans)
    if with_sentences:
        spans += [sentences[i] for i in finding.sentence_ids if i in sentences]
    return " | ".join(texts.get(s.doc_id, "")[s.start : s.end] for s in spans)


def score_findings(
    case: str, expected: Expected, report: Report, texts: dict[str, str], codes: Iterable[str]
) -> tuple[list[str], list[str]]:
    """Missing and extra findings, for the codes the engine ran (``codes``)."""
    ran = set(codes)
    checked = ({g.code for g in expected.findings} | set(expected.absent)) & ran
    pool = [f for f in report.findings if f.code in checked]
    sentences = {s.id: s.span for s in report.sentences}
    wanted = [g for g in expected.findings if g.code in ran]
    used: set[str] = set()
    # two passes: a gold finding is first matched on the finding's own spans (strict),
    # then on its sentences too. One finding may answer several gold findings: a rule
    # gives one finding per disagreement, which may hold several pairs a reader lists.
    for with_sentences in (False, True):
        for gold in list(wanted):
            fits = [
                f
                for f in pool
                if f.code == gold.code
                and all(
                    t.casefold()
                    in _covered_text(f, texts, sentences, with_sentences=with_sentences).casefold()
                    for t in gold.texts
                )
            ]
            hit = next((f for f in fits if f.id not in used), fits[0] if fits else None)
            if hit is not None:
                used.add(hit.id)
                wanted.remove(gold)
    pool = [f for f in pool if f.id not in used]
    misses = [f"{case}: {g.code} {g.texts} ({g.note or ''})" for g in wanted]
    extras = [f"{case}: {f.code} {f.message}" for f in pool]
    return misses, extras


@dataclass
class Evaluation:
    """The scores over a set of cases."""

    cases: dict[str, CaseScore]
    total: CaseScore


def case_folders(paths: Iterable[str | Path]) -> list[Path]:
    """Case folders under the given paths: folders holding an ``expected.json``."""
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if (path / "expected.json").is_file():
            found.add(path)
        elif path.is_dir():
            found.update(p.parent for p in path.glob("*/expected.json"))
        else:
            raise InputError(str(path), "not a case folder (no expected.json)")
    if not found:
        raise InputError(", ".join(str(p) for p in paths), "no case folder with expected.json")
    return sorted(found)


def evaluate_case(folder: Path) -> tuple[CaseScore, Report]:
    """Run the engine on one case and score it against its ``expected.json``."""
    documents = load_paths([folder])
    expected = read_expected(folder / "expected.json")
    report = check(documents)
    texts = {d.id: d.text for d in documents}
    score = score_claims(folder.name, expected, report, texts)
    score.finding_misses, score.finding_extras = score_findings(
        folder.name, expected, report, texts, report.rules_run
    )
    return score, report


def evaluate_cases(paths: Iterable[str | Path]) -> Evaluation:
    """Score every case under ``paths``."""
    total = CaseScore()
    cases: dict[str, CaseScore] = {}
    for folder in case_folders(paths):
        cases[folder.name], _ = evaluate_case(folder)
        total.add(cases[folder.name])
    return Evaluation(cases=cases, total=total)


def render_evaluation(evaluation: Evaluation, *, verbose: bool = False) -> str:
    """A plain-text table of the scores, then (verbose) every miss, extra and wrong field."""
    lines = [f"{'case':<28} {'gold':>5} {'found':>5} {'right':>5} {'prec':>6} {'recall':>6}"]
    for name, score in evaluation.cases.items():
        lines.append(
            f"{name:<28} {score.gold:>5} {score.extracted:>5} {score.correct:>5} "
            f"{score.precision:>6.3f} {score.recall:>6.3f}"
        )
    total = evaluation.total
    lines.append(
        f"{'ALL':<28} {total.gold:>5} {total.extracted:>5} {total.correct:>5} "
        f"{total.precision:>6.3f} {total.recall:>6.3f}"
    )
    lines.append("")
    lines.append(f"value+outcome+group: precision {total.precision:.3f}, recall {total.recall:.3f}")
    lines.append(
        f"field accuracy over matched claims ({total.matched} matched of {total.gold} gold):"
    )
    for key in FIELDS:
        lines.append(f"  {key:<10} {total.accuracy(key):.3f}")
    lines.append(
        f"findings: {len(total.finding_misses)} missing, {len(total.finding_extras)} extra"
    )
    if verbose:
        for title, items in (
            ("missed claims", total.misses),
            ("extra claims", total.extras),
            ("wrong fields", total.wrong),
            ("missing findings", total.finding_misses),
            ("extra findings", total.finding_extras),
        ):
            if items:
                lines.append(f"{title}:")
                lines.extend(f"  {item}" for item in items)
    return "\n".join(lines) + "\n"


# --- the shared scorers' form (benchmarks/cases.py) -----------------------------------------

#: The outcome names of the shared case scorer, by the engine's outcome.
SCORER_OUTCOMES = {
    "killed": "killed",
    "wounded": "wounded",
    "arrested": "detained",
    "missing": "missing",
    "displaced": "displaced",
    "surrendered": "surrendered",
}
#: The group names of the shared case scorer, by the engine's group.
SCORER_GROUPS = {
    "security forces": "security_forces",
    "militants": "militants",
    "civilians": "civilians",
    "people": "people",
    "foreigners": "foreigners",
}


def _integer_bounds(claim: NumericClaim) -> tuple[float | None, float | None]:
    """A claim's interval with integer bounds: 'more than 20' is 21 or more."""
    low, high = claim.interval.low, claim.interval.high
    if low is not None and not claim.interval.low_inclusive and float(low).is_integer():
        low += 1
    if high is not None and not claim.interval.high_inclusive and float(high).is_integer():
        high -= 1
    return low, high


def scorer_claims(report: Report) -> str:
    """The report's numeric claims as the shared case scorer reads them (JSON)."""
    names = {s.id: s.name for s in report.sources}
    outlets = {s.id for s in report.sources if s.role == "publisher"}
    rows = []
    for claim in report.claims:
        if not isinstance(claim, NumericClaim):
            continue
        low, high = _integer_bounds(claim)
        speaker = (
            "unattributed"  # an outlet's own voice; an organisation's release is its own
            if claim.attribution.kind == "unattributed" and claim.attribution.source_id in outlets
            else names.get(claim.attribution.source_id, "unattributed")
        )
        rows.append(
            {
                "doc": claim.span.doc_id,
                "start": claim.span.start,
                "end": claim.span.end,
                "low": low,
                "high": high,
                "outcome": SCORER_OUTCOMES.get(claim.outcome or "", "other"),
                "group": SCORER_GROUPS.get(claim.group, "other"),
                "speaker": speaker,
            }
        )
    return json.dumps({"claims": rows}, indent=1) + "\n"
