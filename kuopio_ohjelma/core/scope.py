"""Which actions a command works on: one `Scope` of themes, goals and a responsible body.

Resolved once against the programme (ids checked, the body's aliases resolved through the
organisations registry) and then asked `includes(goal, action)`. A selection that contains
no action is an error with the reason, never an empty report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kuopio_ohjelma.core.errors import ChoiceError
from kuopio_ohjelma.core.suggest import did_you_mean
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.programme import Programme

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Action, Goal


class ScopeError(ChoiceError):
    """An unknown theme, goal or body, or a combination that selects no action: exit 2."""


@dataclass(frozen=True)
class Scope:
    """A resolved selection; an empty tuple means "all"."""

    themes: tuple[str, ...] = ()
    goals: tuple[int, ...] = ()
    owner: str | None = None  # the body's canonical name
    canonical: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def filtered(self) -> bool:
        return bool(self.themes or self.goals or self.owner)

    def includes_goal(self, goal: Goal) -> bool:
        if self.themes and goal.theme not in self.themes:
            return False
        return not self.goals or goal.number in self.goals

    def includes(self, goal: Goal, action: Action) -> bool:
        if not self.includes_goal(goal):
            return False
        if self.owner is None:
            return True
        return self.owner in {self.canonical.get(b, b) for b in action.bodies}


def resolve_scope(
    programme: Programme,
    *,
    themes: Sequence[str] = (),
    goals: Sequence[int] = (),
    owner: str | None = None,
) -> Scope:
    """Check every id against the programme; the result selects at least one action. A theme
    may be given by its number too, as the diff's summary numbers them (1 = the first)."""
    themes = _theme_ids(programme, themes)
    _check_themes(programme, themes)
    _check_goals(programme, goals)
    _check_goals_in_themes(programme, goals, themes)
    scope = Scope(
        tuple(themes),
        tuple(goals),
        _resolve_owner(programme, owner),
        programme.canonical_bodies(),
    )
    if scope.filtered and not any(scope.includes(g, a) for g, a in programme.all_actions()):
        raise ScopeError(_empty_reason(programme, scope))
    return scope


def _theme_ids(programme: Programme, themes: Sequence[str]) -> list[str]:
    declared = [theme.id for theme in programme.info.themes]
    known = set(declared)
    return [
        declared[int(theme) - 1]
        if theme not in known and theme.isascii() and theme.isdigit()
        and 1 <= int(theme) <= len(declared)
        else theme
        for theme in themes
    ]


def _check_themes(programme: Programme, themes: Sequence[str]) -> None:
    known = [theme.id for theme in programme.info.themes]
    for theme in themes:
        if theme not in known:
            raise ScopeError(
                _("unknown theme '{theme}'; {hint}").format(
                    theme=theme, hint=did_you_mean(theme, known) or _("no themes are declared")
                )
            )


def _check_goals(programme: Programme, goals: Sequence[int]) -> None:
    numbers = sorted(goal.number for goal in programme.goals)
    for number in goals:
        if not numbers:
            raise ScopeError(
                _("unknown goal {number}: the data has no goals (data/goals/ is empty)").format(
                    number=number
                )
            )
        if number not in numbers:
            raise ScopeError(
                _("unknown goal {number}; the goals are numbered {first}–{last}").format(
                    number=number, first=numbers[0], last=numbers[-1]
                )
            )


def _check_goals_in_themes(
    programme: Programme, goals: Sequence[int], themes: Sequence[str]
) -> None:
    if not themes:
        return
    for goal in programme.goals:
        if goal.number in goals and goal.theme not in themes:
            raise ScopeError(
                _(
                    "goal {number} is not in theme '{themes}' (it is in '{theme}'); "
                    "drop --theme or --goal"
                ).format(number=goal.number, themes=", ".join(themes), theme=goal.theme)
            )


def _resolve_owner(programme: Programme, owner: str | None) -> str | None:
    if owner is None:
        return None
    for body in programme.bodies:
        if owner.casefold() in {name.casefold() for name in (body.name, *body.aliases)}:
            return body.name
    names = [body.name for body in programme.bodies]
    raise ScopeError(
        _("unknown responsible body '{owner}'; {hint}").format(
            owner=owner,
            hint=did_you_mean(owner, names, list_all=False)
            or _("the names are in data/organisations.yaml"),
        )
    )


def _empty_reason(programme: Programme, scope: Scope) -> str:
    """Why nothing is selected, in the order an editor would check it."""
    if not programme.goals:
        return _("the selection is empty: the data has no goals (data/goals/ is empty)")
    if scope.owner is not None:
        return _(
            "'{owner}' is responsible for no action in the selected themes and goals"
        ).format(owner=scope.owner)
    return _("the selection contains no actions")
