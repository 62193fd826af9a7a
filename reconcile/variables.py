"""What claims measure: one Variable per (measure, group, unit).

A variable is the thing two sources can disagree about: "killed / security forces" (a
count), "amount / USD", or a statement's predicate. Claims carry their variable's id
(:func:`reconcile.models.variable_id`); this module collects the variables themselves.
"""

from __future__ import annotations

from collections.abc import Iterable

from reconcile.models import Claim, NumericClaim, Variable, variable_id

__all__ = ["build_variables", "variable_of"]


def variable_of(claim: Claim) -> Variable:
    """The variable a claim measures.

    >>> from reconcile.models import Interval, Attribution
    >>> c = NumericClaim(id="claim:d:0-2", span={"doc_id": "d", "start": 0, "end": 2},
    ...     sentence_id="sent:d:0-9", surface="17", published="2012-07-29T00:00:00Z",
    ...     attribution=Attribution(kind="unattributed", source_id="src:p"), value=17,
    ...     qualifier="exact", interval=Interval(low=17, high=17), unit="count",
    ...     outcome="killed", group="militants", variable_id="var:killed/militants")
    >>> variable_of(c).id
    'var:killed/militants'
    """
    fields = _variable_fields(claim)
    variable = Variable(**fields)
    _check_id(claim, fields["id"])
    return variable


def _variable_fields(claim: Claim) -> dict[str, str | None]:
    """The fields of the variable a claim measures (:func:`variable_of` makes the model)."""
    if isinstance(claim, NumericClaim):
        measure = claim.variable_id.removeprefix("var:").split("/")[0]
        group = claim.group if claim.unit == "count" else None
        return {
            "id": variable_id(measure, group, claim.unit, claim.scope),
            "measure": measure,
            "group": group,
            "unit": claim.unit,
            "scope": claim.scope,
        }
    return {
        "id": variable_id(claim.predicate, None, "statement"),
        "measure": claim.predicate,
        "group": None,
        "unit": "statement",
    }


def _check_id(claim: Claim, made_id: str) -> None:
    """Raise when a claim's variable id is not the id of the variable it measures."""
    if made_id != claim.variable_id:
        raise ValueError(f"{claim.id}: variable id {claim.variable_id!r} is inconsistent")


def build_variables(claims: Iterable[Claim]) -> list[Variable]:
    """The distinct variables of a set of claims, sorted by id."""
    found: dict[str, Variable] = {}
    for claim in claims:
        fields = _variable_fields(claim)
        _check_id(claim, fields["id"])
        if fields["id"] not in found:  # the first claim's, as before; later ones' unmade
            found[fields["id"]] = Variable(**fields)
    return sorted(found.values(), key=lambda v: v.id)
