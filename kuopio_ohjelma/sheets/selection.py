"""Interim: the scope and period answers of core/scope.py and core/periods.py, which are
landing on main; same signatures, answered by the report's existing helpers until then."""

from __future__ import annotations

from collections.abc import Sequence

from kuopio_ohjelma.model import Action, Goal, Period, Programme
from kuopio_ohjelma.report.view import Filters, ReportError, check_filters, resolve_owner
from kuopio_ohjelma.sheets.spec import Scope

ChoiceError = ReportError


def resolve_scope(
    programme: Programme,
    *,
    themes: Sequence[str] = (),
    goals: Sequence[int] = (),
    owner: str | None = None,
) -> Scope:
    canonical = resolve_owner(programme, owner)
    check_filters(programme, Filters(tuple(themes), tuple(goals), canonical))
    return Scope(owner=canonical, themes=tuple(themes), goals=tuple(goals))


def includes(programme: Programme, scope: Scope, goal: Goal, action: Action) -> bool:
    if scope.themes and goal.theme not in scope.themes:
        return False
    if scope.goals and goal.number not in scope.goals:
        return False
    aliases = programme.canonical_bodies()
    return scope.owner is None or scope.owner in {aliases.get(b, b) for b in action.bodies}


def resolve_period(periods: Sequence[Period], given: str | None) -> Period:
    if given is None:
        if not periods:
            raise ReportError("the programme declares no periods (kaudet)")
        return periods[-1]
    found = next((period for period in periods if period.id == given), None)
    if found is None:
        raise ReportError(f"unknown period '{given}'")
    return found
