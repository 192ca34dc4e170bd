"""What every rule sees: the loaded repository, its documents and position helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kuopio_ohjelma.io.loader import Loaded, LoadResult
from kuopio_ohjelma.io.yaml_positions import PathKey
from kuopio_ohjelma.problems import START, Problem, Severity
from kuopio_ohjelma.programme import Programme

if TYPE_CHECKING:
    from kuopio_ohjelma.values.projects import ProjectYears

    # A goal file, the index of an action in it, and (index in 'hankkeet', years) of each
    # project that the action's lines name.
    ActionProjects = tuple[Loaded[Any], int, list[tuple[int, ProjectYears]]]


T = TypeVar("T")


@dataclass(frozen=True)
class LintContext:
    load: LoadResult
    # An indicator without a value in this many latest years is stale (W609).
    stale_years: int = 3
    # What several rules ask of the whole repository, worked out once per check (see once).
    _memo: dict[Callable[[LintContext], Any], Any] = field(
        default_factory=dict, compare=False, repr=False
    )

    def once(self, compute: Callable[[LintContext], T]) -> T:
        """compute(self), worked out on the first ask of this check only: rules that read the
        same thing (every indicator's values) share one reading."""
        if compute not in self._memo:
            self._memo[compute] = compute(self)
        value: T = self._memo[compute]
        return value

    @cached_property
    def programme(self) -> Programme | None:
        """Built once per check: many rules ask, and each build sorts and copies."""
        return self.load.programme

    @cached_property
    def action_projects(self) -> list[ActionProjects]:
        """Every action's projects, read once: two rules ask (E501, W502), and reading the
        lines is most of what either does."""
        return [
            (goal, index, action.project_parts())
            for goal in self.load.goals
            for index, action in enumerate(goal.model.actions)
        ]

    def problem(
        self,
        code: str,
        loaded: Loaded[Any] | Path,
        loc: PathKey,
        message: str,
        hint: str = "",
        *,
        at_key: bool = False,
    ) -> Problem:
        """A finding at `loc` inside a loaded file (the engine stamps the final severity)."""
        if isinstance(loaded, Path):
            return Problem(code, loaded, START, message, hint, Severity.ERROR)
        document = loaded.document
        position = document.key_position(loc) if at_key else document.position(loc)
        return Problem(code, loaded.path, position, message, hint, Severity.ERROR)
