"""What a table of the package is: its fields, keys and rows, and its Frictionless Table Schema.

A table's words come in both languages at once (the field guide and datapackage.json carry
Finnish and English side by side), so they are written here as pairs, not as messages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from kuopio_ohjelma.export.selection import Selection
    from kuopio_ohjelma.model import ProgrammeInfo

Cell = str | int | float | bool | None
Row = dict[str, Cell]


class Words(NamedTuple):
    """One text in Finnish and English."""

    fi: str
    en: str


class Field(NamedTuple):
    name: str
    type: str  # a Table Schema type: string, integer, number, boolean
    title: Words
    description: Words
    required: bool = True
    # The allowed values, read from the programme (the marks of the declared scale).
    enum: Callable[[ProgrammeInfo], list[str]] | None = None


class ForeignKey(NamedTuple):
    fields: tuple[str, ...]
    resource: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Resource:
    """One table: `rows` builds it from the selected part of the programme, as pure data."""

    name: str
    title: Words
    description: Words
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    rows: Callable[[Selection], list[Row]]
    foreign_keys: tuple[ForeignKey, ...] = ()
    # Fields the rows are sorted by (default: the primary key); the sort is stable, so rows
    # equal on them keep the builder's order, which follows the programme's.
    order: tuple[str, ...] | None = None

    @property
    def path(self) -> str:
        return f"{self.name}.csv"

    @property
    def sort_fields(self) -> tuple[str, ...]:
        return self.primary_key if self.order is None else self.order

    @property
    def columns(self) -> list[str]:
        return [field.name for field in self.fields]


def table_schema(resource: Resource, info: ProgrammeInfo) -> dict[str, Any]:
    """The Table Schema of `resource`: Finnish title and description, English beside them."""
    schema: dict[str, Any] = {
        "fields": [_field(field, info) for field in resource.fields],
        "missingValues": [""],
        "primaryKey": list(resource.primary_key),
    }
    if resource.foreign_keys:
        schema["foreignKeys"] = [_foreign_key(key) for key in resource.foreign_keys]
    return schema


def _field(field: Field, info: ProgrammeInfo) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "name": field.name,
        "type": field.type,
        "title": field.title.fi,
        "description": field.description.fi,
        "en": {"title": field.title.en, "description": field.description.en},
    }
    if field.type == "boolean":
        descriptor["trueValues"] = ["true"]
        descriptor["falseValues"] = ["false"]
    constraints: dict[str, Any] = {"required": True} if field.required else {}
    if field.enum is not None:
        constraints["enum"] = field.enum(info)
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def _foreign_key(key: ForeignKey) -> dict[str, Any]:
    return {
        "fields": list(key.fields),
        "reference": {"resource": key.resource, "fields": list(key.reference)},
    }
