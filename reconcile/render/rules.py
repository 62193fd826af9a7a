"""``reconcile rules --format json``: the rule registry as JSON, for tools and editors."""

from __future__ import annotations

import json
from collections.abc import Iterable

from reconcile.rules import Rule


def render_rules_json(rules: Iterable[Rule]) -> str:
    """Each rule's code, name, group, default severity, status, summary and documentation."""
    data = [
        {
            "code": r.code,
            "name": r.name,
            "group": r.group,
            "severity": r.severity,
            "status": r.status,
            "summary": r.summary,
            "doc": r.doc,
        }
        for r in rules
    ]
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
