"""What a key's value should be, read from the models: a number, a list, a mapping or text.

A syntax error's fix depends on it: `numero: [1` wants the number alone, `mittarit: [a, b`
its closing bracket, `tilanne: [kesken] Ei alkanut.` quotes. The parser stops before any
model is known, so a key is looked up by its name over all data files; a name that means
different things in different places (`lähde`: text or a mapping) counts as text.
`unwrap_annotation` is the one way every walk over the models reads a field's type.
"""

from __future__ import annotations

import types
import typing
from functools import cache
from typing import Any

NUMBER, LIST, MAPPING, TEXT = "number", "list", "mapping", "text"


def expected(key: str) -> str:
    """NUMBER, LIST, MAPPING or TEXT for the value of `key` (TEXT for a key no model has)."""
    return _table().get(key, TEXT)


@cache
def _table() -> dict[str, str]:
    # Deferred: only a file that does not parse asks, and the models import pydantic.
    from kuopio_ohjelma.io.kinds import KINDS

    found: dict[str, set[str]] = {}
    seen: set[type] = set()
    for kind in KINDS:
        _walk(kind.model, found, seen)
    return {key: kinds.pop() if len(kinds) == 1 else TEXT for key, kinds in found.items()}


def list_of(item_keys: set[str]) -> str | None:
    """The one list whose items may hold all of `item_keys` (`tunnus`, `nimi`, `hankkeet`
    → `toimenpiteet`), or None."""
    found = [name for name, keys in _lists().items() if item_keys <= keys]
    return found[0] if len(found) == 1 else None


@cache
def _lists() -> dict[str, frozenset[str]]:
    """Every list of mappings in the data files, by key: the keys its items may hold."""
    from pydantic import BaseModel

    from kuopio_ohjelma.io.kinds import KINDS

    found: dict[str, set[str]] = {}
    stack: list[Any] = [kind.model for kind in KINDS]
    seen: set[type] = set()
    while stack:
        model = stack.pop()
        if not (isinstance(model, type) and issubclass(model, BaseModel)) or model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            what, inner = _kind(info.annotation)
            stack.extend((inner, *typing.get_args(inner)))
            fields = getattr(inner, "model_fields", None)
            if what == LIST and fields:
                keys = {field.alias or key for key, field in fields.items()}
                found.setdefault(info.alias or name, set()).update(keys)
    return {name: frozenset(keys) for name, keys in found.items()}


def _walk(model: Any, found: dict[str, set[str]], seen: set[type]) -> None:
    from pydantic import BaseModel

    if not (isinstance(model, type) and issubclass(model, BaseModel)) or model in seen:
        return
    seen.add(model)
    for name, info in model.model_fields.items():
        what, inner = _kind(info.annotation)
        found.setdefault(info.alias or name, set()).add(what)
        for part in (inner, *typing.get_args(inner)):
            _walk(_unwrap(part), found, seen)


def _kind(annotation: Any) -> tuple[str, Any]:
    """The kind of a field's value, and the type inside a list or mapping (or None)."""
    annotation = _unwrap(annotation)
    origin = typing.get_origin(annotation)
    if origin is list:
        return LIST, _unwrap(typing.get_args(annotation)[0])
    if origin is dict:
        return MAPPING, _unwrap(typing.get_args(annotation)[1])
    if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
        return MAPPING, annotation
    numbers = typing.get_args(annotation) if typing.get_args(annotation) else (annotation,)
    if all(part in (int, float) for part in numbers):
        return NUMBER, None
    return TEXT, None


def unwrap_annotation(annotation: Any) -> Any:
    """The type inside Annotated[...] and Optional[...]."""
    return _unwrap(annotation)


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            non_none = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = non_none[0] if len(non_none) == 1 else annotation
            if len(non_none) != 1:
                return annotation
        else:
            return annotation
