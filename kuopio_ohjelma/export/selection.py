"""The part of the programme a package holds: the chosen periods and the actions in scope."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from kuopio_ohjelma.model import Goal, Period, Programme, Theme


@dataclass(frozen=True)
class Selection:
    programme: Programme
    periods: list[Period]
    themes: list[Theme]
    goals: list[Goal]  # each goal holds only its actions in scope
    indicator_ids: list[str]

    @property
    def period_ids(self) -> list[str]:
        return [period.id for period in self.periods]


def select(
    programme: Programme,
    *,
    periods: list[Period] | None = None,
    action_ids: Collection[str] | None = None,
) -> Selection:
    """Everything, or the goals and themes that hold an action in `action_ids`."""
    chosen = programme.info.periods if periods is None else periods
    if action_ids is None:
        return Selection(
            programme, chosen, programme.info.themes, programme.goals, sorted(programme.indicators)
        )
    goals = [_narrowed(goal, action_ids) for goal in programme.goals]
    goals = [goal for goal in goals if goal.actions]
    theme_ids = {goal.theme for goal in goals}
    themes = [theme for theme in programme.info.themes if theme.id in theme_ids]
    indicators = sorted({i for t in themes for i in t.indicators if i in programme.indicators})
    return Selection(programme, chosen, themes, goals, indicators)


def _narrowed(goal: Goal, action_ids: Collection[str]) -> Goal:
    actions = [action for action in goal.actions if action.id in action_ids]
    return goal.model_copy(update={"actions": actions})
