"""The part of the programme a package holds: the chosen periods and the actions in scope."""

from __future__ import annotations

from dataclasses import dataclass

from kuopio_ohjelma.core.scope import Scope
from kuopio_ohjelma.model import Goal, Period, Theme
from kuopio_ohjelma.programme import Programme


@dataclass(frozen=True)
class Selection:
    programme: Programme
    periods: list[Period]
    scope: Scope
    goals: list[Goal]  # each goal holds only its actions in scope

    @property
    def period_ids(self) -> list[str]:
        return [period.id for period in self.periods]

    @property
    def themes(self) -> list[Theme]:
        """Every theme, or those asked for and those holding a selected goal."""
        if not self.scope.filtered:
            return self.programme.info.themes
        wanted = {*self.scope.themes, *(goal.theme for goal in self.goals)}
        return [theme for theme in self.programme.info.themes if theme.id in wanted]

    @property
    def indicator_ids(self) -> list[str]:
        """Every indicator file, or those the selected themes list."""
        known = self.programme.indicators
        if not self.scope.filtered:
            return sorted(known)
        return sorted({i for theme in self.themes for i in theme.indicators if i in known})

    def scope_description(self) -> dict[str, list[str]]:
        """The scope as given, for the package's source note: empty for the whole programme."""
        parts = {
            "themes": list(self.scope.themes),
            "goals": [str(number) for number in self.scope.goals],
            "owner": [self.scope.owner] if self.scope.owner else [],
        }
        return {key: values for key, values in parts.items() if values}


def select(
    programme: Programme, *, periods: list[Period] | None = None, scope: Scope | None = None
) -> Selection:
    """Every period unless `periods`; the goals of `scope`, each with its actions in scope
    (with --owner, a goal without any of the body's actions is left out)."""
    scope = scope or Scope()
    goals = [_narrowed(goal, scope) for goal in programme.goals if scope.includes_goal(goal)]
    goals = [goal for goal in goals if goal.actions or scope.owner is None]
    chosen = programme.info.periods if periods is None else periods
    return Selection(programme, chosen, scope, goals)


def _narrowed(goal: Goal, scope: Scope) -> Goal:
    actions = [action for action in goal.actions if scope.includes(goal, action)]
    return goal.model_copy(update={"actions": actions})
