"""What the records of the programme answer beyond their fields, free of pydantic.

The pydantic models (model.py) and lint's light records (io/records.py) both inherit these
mixins, so a property such as `Action.bodies` is written once and reads the same on either.
Each mixin names, for the type checker only, the fields its answers read; the classes that
inherit it declare the fields themselves (the models) or receive them from pydantic-core.
The shorthand readers (`named`, `source_from_text`) are the models' before-validators, here so
that lint's compiled schema can name them without importing pydantic.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from kuopio_ohjelma.values.marks import StepLike, allowed_marks, split_progress
from kuopio_ohjelma.values.projects import ProjectYears, parse_line, parse_project

_SEPARATED: dict[str, str] = {"()": " ({})", ";": "; {}", "/": " /{}"}


def named(value: object) -> object:
    """A bare name is short for {nimi: name}, so that most list items stay one line."""
    return {"nimi": value} if isinstance(value, str) else value


def source_from_text(value: Any) -> Any:
    """`lähde: Tilastokeskus` is short for `lähde: {nimi: Tilastokeskus}`."""
    return {"nimi": value} if isinstance(value, str) else value


class _Named(Protocol):
    @property
    def name(self) -> str: ...


class ProgrammeInfoMixin:
    __slots__ = ()
    if TYPE_CHECKING:
        name: str
        display_name: str | None

        @property
        def scale(self) -> Sequence[StepLike]: ...

    @property
    def shown_name(self) -> str:
        return self.display_name or self.name

    def allowed_progress(self) -> list[str]:
        """The scale's codes plus the uncertain form ('+?') of every ranked code."""
        return allowed_marks(self.scale)


class AssessmentMixin:
    __slots__ = ()
    if TYPE_CHECKING:
        progress: str

    @property
    def uncertain(self) -> bool:
        return split_progress(self.progress)[1]

    @property
    def base_code(self) -> str:
        """The scale code without the uncertainty mark: '+?' → '+'."""
        return split_progress(self.progress)[0]


class BodyRefMixin:
    __slots__ = ()
    if TYPE_CHECKING:
        name: str
        qualifier: str | None

    @property
    def shown(self) -> str:
        """The cell's text for this body: its name and, as the source writes it, the qualifier."""
        return f"{self.name} {self.qualifier}" if self.qualifier else self.name


class ActionMixin:
    __slots__ = ()
    if TYPE_CHECKING:

        @property
        def project_items(self) -> Sequence[_Named]: ...
        @property
        def body_refs(self) -> Sequence[_Named]: ...

    @property
    def projects(self) -> list[str]:
        return [project.name for project in self.project_items]

    @property
    def bodies(self) -> list[str]:
        """The responsible bodies' names as written in the data (qualifiers left out)."""
        return [ref.name for ref in self.body_refs]

    def project_years(self) -> list[ProjectYears]:
        """Each 'hankkeet' item read as one project (years only at the end of the line)."""
        return [parse_project(text) for text in self.projects]

    def project_parts(self) -> list[tuple[int, ProjectYears]]:
        """(index in 'hankkeet', years) for every project a line names: 'A (2019-21), B'."""
        return [(i, years) for i, text in enumerate(self.projects) for years in parse_line(text)]


class GoalMixin:
    __slots__ = ()
    if TYPE_CHECKING:
        title: str
        short_title: str | None

    @property
    def overview_title(self) -> str:
        return self.short_title or self.title


class ObservationMixin:
    __slots__ = ()
    if TYPE_CHECKING:
        year: int | None
        period: str | None

    @property
    def when(self) -> str:
        """The year or period as the editor wrote it: '2023' or '1/2024'."""
        return self.period if self.period is not None else str(self.year)


class IndicatorMixin:
    __slots__ = ()
    if TYPE_CHECKING:
        name: str
        qualifier: str | None
        separator: str

        @property
        def source(self) -> _Named | None: ...

    @property
    def details(self) -> list[str]:
        """Qualifier and source, each with the indicator's separator: '(x)', '; x', ' /x'."""
        return [
            _SEPARATED[self.separator].format(part)
            for part in (self.qualifier, self.source.name if self.source else None)
            if part
        ]

    @property
    def shown(self) -> str:
        """The indicator as the source lists it, e.g. 'Työllisyysaste; 18 – 64-vuotiaat'."""
        return self.name + "".join(self.details)
