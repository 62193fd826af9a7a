"""R101 conflicting-counts."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import timedelta

import networkx as nx

from reconcile.graph import comparable_figures, current_figures, stated_day, variables
from reconcile.models import Finding, NumericClaim
from reconcile.rules.base import RuleContext, finding, format_number, rule, said, variable_name

#: Days within which figures count as stated "at about the same time" (setting
#: ``conflict-window``).
CONFLICT_WINDOW_DAYS = 2


@rule(code="R101", name="conflicting-counts", group="conflict", severity="warning")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """Independent sources give figures of one variable that cannot all be true at the same time.

    **What it flags**

    For each variable (an outcome, a group and a place: *killed / civilians*, *killed /
    people @ Arda*), and each day a figure was stated: the current figure of every
    independent source stated within the conflict window before that day (default 2
    days, setting ``conflict-window``). Each figure is an interval from its qualifier ("at
    least 17" is 17 or more, "about 100" is 90 to 110). When some of them share no value,
    **one** finding names the variable, the window and every figure that disagrees with
    another, with its source and date. A later day gives a new finding only when the set
    of disagreeing figures changes. A source's own successive figures are revisions (R201),
    never a conflict; parts are never compared with totals (their variables differ);
    vague words (R104), increments and a victim implied by words take no part.

    **Why it matters**

    A fact-checker must know which figures cannot be reconciled before quoting any of
    them, and wants each disagreement once, not once per pair of sources.

    **Example**

    The ministry said 12 soldiers were killed. / Rebels said 40 soldiers were killed.

    **Not flagged**

    The ministry said 48 people died. / Prosecutors said at least 17 people died. ("at least
    17" admits 48.) Nor 12 on Monday and 40 a week later: a toll that moved (R201, R203).
    """
    window = int(ctx.settings.get("conflict-window", CONFLICT_WINDOW_DAYS))
    for variable in variables(G):
        if variable.unit == "statement":
            continue
        figures = sorted(comparable_figures(G, variable.id), key=stated_day)
        days = [stated_day(c) for c in figures]  # sorted: each window is a slice
        reported: set[tuple[str, ...]] = set()
        for day in sorted(set(days)):
            first = bisect_left(days, day - timedelta(days=window - 1))
            recent = figures[first : bisect_right(days, day)]
            current = list(current_figures(G, recent).values())
            clashing = _clashing(current)
            key = tuple(sorted(c.id for c in clashing))
            if len(clashing) < 2 or key in reported:
                continue
            reported.add(key)
            yield _conflict(G, variable.id, clashing, day, window)


def _clashing(figures: list[NumericClaim]) -> list[NumericClaim]:
    """The figures that share no value with at least one other, by value."""
    found = [
        a for a in figures if any(a is not b and a.interval.disjoint(b.interval) for b in figures)
    ]
    return sorted(found, key=lambda c: (c.value, c.published, c.span.doc_id, c.span.start))


def _conflict(
    G: nx.MultiDiGraph, var_id: str, clashing: list[NumericClaim], day: object, window: int
) -> Finding:
    # the widest gap between two figures that share no value (the lowest and the highest
    # by value may overlap: "at least 10" and 40, each clashing with "at most 5")
    gap, low, high = max(
        (
            (a.interval.gap(b.interval), a, b)
            for i, a in enumerate(clashing)
            for b in clashing[i + 1 :]
            if a.interval.disjoint(b.interval)
        ),
        key=lambda found: found[0],
    )
    base = max(abs(low.value), abs(high.value)) or 1.0
    when = f"on {day}" if window == 1 else f"within {window} days up to {day}"
    listed = "; ".join(said(G, c) for c in clashing)
    return finding(
        check.rule,  # type: ignore[attr-defined]
        f"{len(clashing)} figures for {variable_name(var_id)} stated {when} cannot all be "
        f"true (widest gap {format_number(gap)}, {gap / base:.0%}): {listed}.",
        claims=clashing,
        G=G,
        variable_id=var_id,
    )
