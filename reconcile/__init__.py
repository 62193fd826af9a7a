"""reconcile: find where sources disagree, and reconcile them.

>>> import reconcile
>>> report = reconcile.check([reconcile.Document(text="Two soldiers died, the army said.",
...                                              publisher="Wire", published="2020-05-01")])
>>> report.claims[0].variable_id
'var:killed/security forces'
"""

from __future__ import annotations

from reconcile.api import Analysis, analyse, attribute, check
from reconcile.errors import InputError, ReconcileError, UsageError
from reconcile.io import load_paths
from reconcile.models import (
    SCHEMA_VERSION,
    Attribution,
    Claim,
    Document,
    Estimate,
    Finding,
    Interval,
    NumericClaim,
    Report,
    Sentence,
    Source,
    Span,
    SpanAttribution,
    StatementClaim,
    TimeRef,
    Variable,
)
from reconcile.report import tool_version
from reconcile.rules import get_rule, get_rules

__version__ = tool_version()  # read once per process: reports and --version reuse it

__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "Attribution",
    "Claim",
    "Document",
    "Estimate",
    "Finding",
    "InputError",
    "Interval",
    "NumericClaim",
    "ReconcileError",
    "Report",
    "Sentence",
    "Source",
    "Span",
    "SpanAttribution",
    "StatementClaim",
    "TimeRef",
    "UsageError",
    "Variable",
    "__version__",
    "analyse",
    "attribute",
    "check",
    "get_rule",
    "get_rules",
    "load_paths",
]
