"""What every rule shares: the ``@rule`` decorator, the Rule record, the context, and a
helper that builds explainable findings.

A rule is a pure function ``check(G, ctx) -> Iterator[Finding]`` decorated with
``@rule(code=…, name=…, group=…, severity=…)``. Its docstring's first line is its summary;
the body has four sections: **What it flags**, **Why it matters**, **Example** and
**Not flagged**.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, get_args

import networkx as nx

from reconcile.graph import (  # noqa: F401  (re-exported for the rules)
    PARTY_ROLES,
    breakdowns,
    document_of,
    history_by_source,
    sentence_of,
    sentences_stating,
    source_of,
    statement_order,
)
from reconcile.models import (
    Claim,
    Document,
    Finding,
    NumericClaim,
    Sentence,
    Severity,
    Span,
    content_id,
    trusted,
)

CheckFunction = Callable[[nx.MultiDiGraph, "RuleContext"], Iterator[Finding]]
SECTIONS = ("What it flags", "Why it matters", "Example", "Not flagged")


@dataclass(frozen=True)
class Rule:
    """A registered rule: stable code, kebab-case name, group, severity and its check."""

    code: str
    name: str
    group: str
    severity: Severity
    check: CheckFunction
    status: str = "stable"  # "stable", "preview" or "removed"; a removed code is never reused

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else ""


@dataclass(frozen=True)
class RuleContext:
    """What rules may read besides the graph: settings, and documents by id."""

    documents: dict[str, Document] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)


#: What a rule's code looks like, as :class:`~reconcile.models.Finding` accepts it.
_CODE = re.compile(r"R\d{3}")


def rule(
    *, code: str, name: str, group: str, severity: Severity, status: str = "stable"
) -> Callable[[CheckFunction], CheckFunction]:
    """Declare a rule on its check function (the registry lists the functions).

    >>> @rule(code="R999", name="example-rule", group="example", severity="info")
    ... def check(G, ctx):
    ...     '''An example.'''
    ...     yield from ()
    >>> check.rule.code, check.rule.summary
    ('R999', 'An example.')
    """
    if not _CODE.fullmatch(code):
        raise ValueError(f"rule code {code!r} must look like R101")
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", name):
        raise ValueError(f"rule name {name!r} must be kebab-case")

    def decorate(func: CheckFunction) -> CheckFunction:
        declared = Rule(
            code=code, name=name, group=group, severity=severity, check=func, status=status
        )
        func.rule = declared  # type: ignore[attr-defined]
        return func

    return decorate


def finding(
    rule_: Rule,
    message: str,
    *,
    claims: Iterable[Claim] = (),
    sentences: Iterable[Sentence] = (),
    G: nx.MultiDiGraph | None = None,
    variable_id: str | None = None,
    severity: Severity | None = None,
    cues: Iterable[Span] = (),
) -> Finding:
    """Build a Finding with its spans, sentence ids and a deterministic id.

    The spans are the cue spans (the words that triggered the rule, if any), then the
    claims' spans, or the sentences' when there are no claims; when a graph is given the
    claims' sentences are listed too.
    """
    claim_list = list(claims)
    sentence_list = list(sentences)
    if G is not None and claim_list:
        listed = {s.id for s in sentence_list}  # by id: a set, not a scan per claim
        for sent in sentences_stating(G, claim_list):
            if sent.id not in listed:
                sentence_list.append(sent)
                listed.add(sent.id)
    spans: list[Span] = (
        [c.span for c in claim_list] if claim_list else [s.span for s in sentence_list]
    )
    if cues:
        spans[:0] = cues  # the cues first
    key = "|".join([f"{s.doc_id}:{s.start}-{s.end}" for s in spans])
    values = {
        "id": f"{rule_.code}:{content_id(rule_.code, key)}",
        "code": rule_.code,
        "rule": rule_.name,
        "severity": severity or rule_.severity,
        "message": message,
        "claim_ids": [c.id for c in claim_list],
        "sentence_ids": [s.id for s in sentence_list],
        "spans": spans,
        "variable_id": variable_id,
    }
    if _already_valid(values):
        return _finding_unchecked(values)
    return Finding(**values)  # validated: a bad value raises as it always did


#: What :class:`~reconcile.models.Finding` accepts as a severity.
_SEVERITIES = frozenset(get_args(Severity))
#: The one type a finding's span may have to be kept as given (a subclass is validated).
_SPAN_ONLY = frozenset({Span})


def _already_valid(values: dict[str, Any]) -> bool:
    """Whether a finding's values are what Finding's validation would keep unchanged: its
    code and severity allowed, its texts ``str``, its spans Span models (validated when
    made; the ids come from validated claims and sentences)."""
    return (
        _rule_fields_valid(values["code"], values["rule"], values["severity"])
        and type(values["message"]) is str
        and (values["variable_id"] is None or type(values["variable_id"]) is str)
        and _SPAN_ONLY.issuperset(map(type, values["spans"]))  # each one exactly a Span
    )


@lru_cache(maxsize=256)  # one entry per rule and severity: a few dozen
def _rule_fields_valid(code: str, name: str, severity: str) -> bool:
    """Whether a finding's code, rule name and severity are what Finding accepts as given."""
    return (
        type(code) is str
        and _CODE.fullmatch(code) is not None
        and type(name) is str
        and type(severity) is str
        and severity in _SEVERITIES
    )


def _finding_unchecked(values: dict[str, Any]) -> Finding:
    """The Finding of values :func:`_already_valid` accepts, made without validation
    (:func:`reconcile.models.trusted`): the same model as ``Finding(**values)`` (a test
    compares them) at a third of the instructions, for ~40 findings per report.
    (``Finding.model_construct`` would skip the checks too, but its Python loop over the
    fields costs more than validating.)"""
    return trusted(Finding, values)


def format_number(value: float | None) -> str:
    """A number as a reader writes it: no trailing '.0', thousands separated.

    >>> format_number(1200.0), format_number(2.5), format_number(None)
    ('1,200', '2.5', 'unbounded')
    """
    if value is None:
        return "unbounded"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")


def who_when(G: nx.MultiDiGraph, claim: Claim) -> str:
    """'prosecutors (in RFE/RL, 2012-07-29)': the speaker, the publisher and the date."""
    source = source_of(G, claim.id)
    doc = document_of(G, claim.id)
    day = doc.published.date().isoformat()
    if claim.attribution.kind == "unattributed":
        return f"{doc.publisher} (own voice, {day})"
    if claim.attribution.kind == "passive" and source.id == "src:unnamed":
        return f"an unnamed source (in {doc.publisher}, {day})"
    return f"{source.name} (in {doc.publisher}, {day})"


def variable_name(var_id: str) -> str:
    """'killed / security forces' for 'var:killed/security forces'."""
    return var_id.removeprefix("var:").replace("/", " / ")


def said(G: nx.MultiDiGraph, claim: Claim) -> str:
    """ "prosecutors (in RFE/RL, 2012-07-29) gave '17'": who gave which figure (or said
    which statement), and when."""
    verb = "gave" if isinstance(claim, NumericClaim) else "said"
    return f"{who_when(G, claim)} {verb} '{' '.join(claim.surface.split())}'"
