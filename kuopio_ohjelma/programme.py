"""The whole programme, loaded and cross-referenced: free of pydantic, so that lint can build
it from its light records (io/records.py) as every other command builds it from the models."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Action, Body, Goal, Indicator, ProgrammeInfo, ScaleStep, Theme


@dataclass(frozen=True)
class Programme:
    """The whole data repository, loaded and cross-referenced."""

    info: ProgrammeInfo
    goals: list[Goal]
    indicators: dict[str, Indicator]
    bodies: list[Body] = field(default_factory=list)

    def period_ids(self) -> list[str]:
        return [period.id for period in self.info.periods]

    def goals_of(self, theme: Theme) -> list[Goal]:
        return [goal for goal in self.goals if goal.theme == theme.id]

    @cached_property
    def _canonical(self) -> dict[str, str]:
        return {n: body.name for body in self.bodies for n in (body.name, *body.aliases)}

    def canonical_bodies(self) -> dict[str, str]:
        """Every name and alias of a responsible body → the body's canonical name."""
        return self._canonical

    @cached_property
    def _by_name(self) -> dict[str, Body]:
        named: dict[str, Body] = {}
        for body in self.bodies:
            named.setdefault(body.name, body)  # the first of a name, as a scan would find
        return named

    def body(self, name: str) -> Body | None:
        """The registry's body for a name or alias (the report asks for every action's)."""
        canonical = self._canonical.get(name)
        return self._by_name.get(canonical) if canonical is not None else None

    def maybe_same_as(self, name: str) -> list[str]:
        """Bodies that may be this one under another name (`voi_olla_sama`, either side)."""
        body = self.body(name)
        if body is None:
            return []
        others = [b.name for b in self.bodies if body.name in b.maybe_same]
        return list(dict.fromkeys([*body.maybe_same, *others]))

    def scale_step(self, code: str) -> ScaleStep | None:
        return next((step for step in self.info.scale if step.code == code), None)

    def themes_of_indicator(self, indicator_id: str) -> list[Theme]:
        return [theme for theme in self.info.themes if indicator_id in theme.indicators]

    def all_actions(self) -> list[tuple[Goal, Action]]:
        return [(goal, action) for goal in self.goals for action in goal.actions]
