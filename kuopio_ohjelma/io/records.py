"""Lint's records: the models' fields, validated by pydantic-core without importing pydantic.

Importing pydantic and defining the models costs several times what lint does on the shipped
data, and `ohjelma lint` runs on every commit. The models stay the contract: their own core
schema, written out by `python -m kuopio_ohjelma.io.compile_schema` into compiled_schema.py,
is what validates here, with these classes in place of the models. pydantic-core only needs a
class for a 'model' schema: it makes an instance and sets `__dict__`, `__pydantic_extra__`,
`__pydantic_private__` and `__pydantic_fields_set__` with the generic setattr. The last three
land on descriptors that keep nothing (a set of field names per record is a third of the
memory of a large repository, and lint never asks for it). The answers beyond the fields come
from the same mixins as the models' (values/records.py); equality is the models' (same class,
same fields) and a record is as frozen as a model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kuopio_ohjelma.values.records import (
    ActionMixin,
    AssessmentMixin,
    BodyRefMixin,
    GoalMixin,
    IndicatorMixin,
    ObservationMixin,
    ProgrammeInfoMixin,
)

if TYPE_CHECKING:
    from typing import Self


class _Dropped:
    """What pydantic-core hands every instance and lint never reads: taken and let go."""

    def __get__(self, instance: object, owner: type | None = None) -> None:
        return None

    def __set__(self, instance: object, value: object) -> None:
        pass


class _Light:
    __slots__ = ("__dict__",)
    __pydantic_fields_set__ = _Dropped()
    __pydantic_extra__ = _Dropped()
    __pydantic_private__ = _Dropped()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Light):
            return NotImplemented
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash(tuple(self.__dict__.values()))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({fields})"

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Self:
        """A copy with some fields replaced, as the models' model_copy (not validated)."""
        copy = object.__new__(type(self))
        object.__setattr__(copy, "__dict__", {**self.__dict__, **(update or {})})
        return copy


class BackgroundText(_Light):
    __slots__ = ()


class ScaleStep(_Light):
    __slots__ = ()


class Period(_Light):
    __slots__ = ()


class Theme(_Light):
    __slots__ = ()


class ProgrammeInfo(ProgrammeInfoMixin, _Light):
    __slots__ = ()


class Body(_Light):
    __slots__ = ()


class BodyRegistry(_Light):
    __slots__ = ()


class Assessment(AssessmentMixin, _Light):
    __slots__ = ()


class Project(_Light):
    __slots__ = ()


class BodyRef(BodyRefMixin, _Light):
    __slots__ = ()


class Action(ActionMixin, _Light):
    __slots__ = ()


class Goal(GoalMixin, _Light):
    __slots__ = ()


class Source(_Light):
    __slots__ = ()


class Baseline(_Light):
    __slots__ = ()


class Target(_Light):
    __slots__ = ()


class Observation(ObservationMixin, _Light):
    __slots__ = ()


class Indicator(IndicatorMixin, _Light):
    __slots__ = ()

