"""Pydantic validation errors → problems at the offending key or value, in the editor's words."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic_core import ErrorDetails, ValidationError

from kuopio_ohjelma.core.periods import period_typo
from kuopio_ohjelma.core.suggest import closest, did_you_mean
from kuopio_ohjelma.io.expected import list_of
from kuopio_ohjelma.io.expected import unwrap_annotation as _unwrap
from kuopio_ohjelma.io.places import named, place
from kuopio_ohjelma.io.scalars import double_quoted
from kuopio_ohjelma.io.yaml_lines import usual_indents
from kuopio_ohjelma.io.yaml_positions import Document, PathKey
from kuopio_ohjelma.io.yaml_structure import lost_list_hint, pasted_at
from kuopio_ohjelma.locale import N_, _
from kuopio_ohjelma.problems import Position, Problem
from kuopio_ohjelma.values.numbers import number_and_unit, range_message, yaml_number
from kuopio_ohjelma.values.period_ids import PERIOD_PATTERN

if TYPE_CHECKING:
    from pydantic import BaseModel

_MAPPING = N_("a mapping (lines of 'key: value')")
_TYPE_NAMES = {
    "string_type": N_("text"),
    "int_type": N_("a whole number"),
    "int_from_float": N_("a whole number"),
    "float_type": N_("a number"),
    "number_type": N_("a number"),
    "bool_type": N_("true or false"),
    "list_type": N_("a list (lines starting with '- ')"),
    "dict_type": _MAPPING,
    "model_type": _MAPPING,
    "model_attributes_type": _MAPPING,
}


def validation_problems(
    error: ValidationError, document: Document, model: type[BaseModel]
) -> Iterator[Problem]:
    details = error.errors()
    dedented = {tuple(d["loc"]) for d in details if _dedented_loc(tuple(d["loc"]))}
    explained: set[Position] = set()
    mistyped = _mistyped_required(details, model)
    lost = _lost_list(details)
    if lost is not None:
        yield _lost_list_problem(document, *lost)
    for detail in details:
        loc = tuple(detail["loc"])
        if lost is not None and (loc == lost[0] or loc[: len(lost[1]) - 1] == lost[1][:-1]):
            continue  # the items of the list whose line is missing, said once above
        if detail["type"] == "missing" and loc in mistyped:
            continue  # `Toimenpiteet:` is there: its did-you-mean names the missing key
        if loc[-1:] == ("[key]",) and loc[:-1] in dedented:
            continue  # the same dedented line, already explained
        if detail["input"] is None and any(loc[:-1] == other[:-1] for other in dedented):
            continue  # the period left empty above a dedented line
        pasted = _pasted(detail, document, model)
        if pasted is not None:
            if pasted.position not in explained:  # one finding for the pasted line
                explained.add(pasted.position)
                yield pasted
            continue
        yield _mistake(detail, document) or _problem(detail, document, model)


def _lost_list(details: list[ErrorDetails]) -> tuple[PathKey, PathKey] | None:
    """A required list missing and its items read into the list above it: the line
    `toimenpiteet:` was deleted under `sitovat_tavoitteet`'s items, and the actions became
    more of its items. (The missing key's loc, the first such item's loc.)"""
    missing = {tuple(d["loc"]) for d in details if d["type"] == "missing"}
    for detail in details:
        loc, value = tuple(detail["loc"]), detail["input"]
        if len(loc) < 2 or not isinstance(loc[-1], int) or not isinstance(value, dict):
            continue
        if not all(isinstance(key, str) for key in value):
            continue
        listed = list_of(set(value))
        if listed is not None and (*loc[:-2], listed) in missing:
            return (*loc[:-2], listed), loc
    return None


def _lost_list_problem(document: Document, missing: PathKey, item: PathKey) -> Problem:
    """The finding for `_lost_list`: at the item, where the missing line belongs."""
    position = document.position(item)
    above = str(item[-2])
    line = document.source.text.split("\n")[position.line - 1]
    spaces = document.key_position(item[:-1]).col - 1
    first = line.strip().removeprefix("-").strip()
    message = _("the item '- {first}' is read as an item of '{above}': the line '{list}:' above "
                "it is missing").format(first=first, above=above, list=missing[-1])
    hint = lost_list_hint(str(missing[-1]), spaces, above)
    return Problem("E201", document.path, Position(position.line, spaces + 1), message, hint)


def _mistyped_required(details: list[ErrorDetails], model: type[BaseModel]) -> set[PathKey]:
    """The missing keys that an unknown key beside them was meant to be."""
    missing = {tuple(d["loc"]) for d in details if d["type"] == "missing"}
    return {
        (*loc[:-1], meant)
        for d in details
        if d["type"] == "extra_forbidden" and (loc := tuple(d["loc"])) and isinstance(loc[-1], str)
        and (meant := closest(loc[-1], allowed_keys(model, loc[:-1]))) is not None
        and (*loc[:-1], meant) in missing
    }


def _pasted(detail: ErrorDetails, document: Document, model: type[BaseModel]) -> Problem | None:
    """A pasted second line of a note (`Huom: jatkuu.` under `tilanne: Hanke eteni.`) that the
    parser read as a key: the note needs quotes or a `|-` block."""
    loc: PathKey = tuple(part for part in detail["loc"] if part != "[key]")
    if detail["type"] not in _KEY_ERRORS or not loc or not isinstance(loc[-1], str):
        return None
    line = document.key_position(loc).line
    # A key like none of the keys (or periods) that belong here is text, whatever its form.
    if detail["type"] == "extra_forbidden":
        meant = closest(loc[-1], allowed_keys(model, loc[:-1]))
        unlike = meant is None and not _period_in_period(loc)
    else:  # a period key, not a value, and like no period
        unlike = "[key]" in detail["loc"] and period_typo(loc[-1]) is None
    found = pasted_at(document.source.text.split("\n"), line - 1, any_key=unlike)
    return Problem("E202", document.path, *found) if found else None


_KEY_ERRORS = ("extra_forbidden", "string_pattern_mismatch", "model_type", "dict_type")


# Keys of an assessment: found directly under `seuranta` (or among the action's keys), the
# line lost its indentation.
_ASSESSMENT_KEYS = ("eteneminen", "tilanne")


def _dedented_loc(loc: PathKey) -> bool:
    if len(loc) < 2 or loc[-1] not in _ASSESSMENT_KEYS:
        return False
    return loc[-2] == "seuranta" or (len(loc) >= 3 and loc[-3] == "toimenpiteet")


def _mistake(detail: ErrorDetails, document: Document) -> Problem | None:
    """The common editing mistakes behind a validation error, in the editor's words."""
    loc: PathKey = tuple(detail["loc"])
    if _dedented_loc(loc):
        position = document.key_position(loc)
        spaces = usual_indents(document.source.text.split("\n")).get(str(loc[-1]), 0)
        if spaces <= position.col - 1:
            spaces = position.col + 1
        return Problem(
            "E202",
            document.path,
            position,
            _("'{key}' is not under a period: the line lost its indentation").format(key=loc[-1]),
            _("indent it under the period like the other '{key}' lines ({spaces} spaces)").format(
                key=loc[-1], spaces=spaces
            ),
        )
    if detail["type"] == "extra_forbidden" and _period_in_period(loc):
        return _period_too_deep(document, loc)
    if loc[-1:] == ("[key]",) and len(loc) >= 3 and loc[-3] == "seuranta":
        return _period_key(document, loc, str(detail["input"]))
    if detail["type"] == "string_type" and detail["input"] is None:
        return _comment_as_value(document, loc)
    if detail["type"] == "list_type" and isinstance(detail["input"], str):
        return Problem(
            "E202",
            document.path,
            document.position(loc),
            _("{where} must be a list, but the '-' is missing").format(
                where=named(loc, document.data)
            ),
            _("start each item on its own line with '- ': - {item}").format(
                item=_first_item(document, loc, str(detail["input"]))
            ),
        )
    return None


def _period_in_period(loc: PathKey) -> bool:
    """`1/2025:` among the keys of the period `1/2024`: written too deep."""
    return len(loc) >= 3 and loc[-3] == "seuranta" and period_typo(str(loc[-1])) is not None


def _period_too_deep(document: Document, loc: PathKey) -> Problem:
    outer = document.key_position(loc[:-1])
    return Problem(
        "E202",
        document.path,
        document.key_position(loc),
        _("'{key}' is inside the period '{period}': the line is indented too deep").format(
            key=loc[-1], period=loc[-2]
        ),
        _("write '{key}:' at the column of '{period}' ({spaces} spaces) and its lines under it "
          "{inner} spaces in").format(
            key=loc[-1], period=loc[-2], spaces=outer.col - 1, inner=outer.col + 1
        ),
    )


def _first_item(document: Document, loc: PathKey, value: str) -> str:
    """`Testipalvelut` above `- Kokeiluyksikkö`: YAML joined the two lines into one text."""
    lines = document.source.text.split("\n")
    line = document.position(loc).line  # 1-based: the index of the line below
    below = lines[line].strip() if line < len(lines) else ""
    if below.startswith("- ") and f" {below}" in value:
        return value[: value.index(f" {below}")]
    return value


def _period_key(document: Document, loc: PathKey, key: str) -> Problem:
    meant = period_typo(key)
    return Problem(
        "E204",
        document.path,
        document.key_position(loc[:-1]),
        _("'{key}' is not a period").format(key=key),
        _("did you mean '{match}'?").format(match=meant)
        if meant
        else _("write a period as <number>/<year>, e.g. 1/2024"),
    )


def _comment_as_value(document: Document, loc: PathKey) -> Problem | None:
    """`tilanne: #1 prioriteetti`: YAML reads everything after ' #' as a comment."""
    position = document.key_position(loc)
    lines = document.source.text.split("\n")
    if not loc or not 0 < position.line <= len(lines):
        return None
    line = lines[position.line - 1]
    colon = line.find(":", position.col - 1)
    hash_at = line.find("#", colon) if colon >= 0 else -1
    if hash_at < 0 or line[colon + 1 : hash_at].strip():
        return None
    return Problem(
        "E202",
        document.path,
        Position(position.line, hash_at + 1),
        _("'{key}' is empty: '#' starts a comment in YAML").format(key=loc[-1]),
        _("put the text in quotes: {key}: {text}").format(
            key=loc[-1], text=double_quoted(line[hash_at:])
        ),
    )


def _problem(detail: ErrorDetails, document: Document, model: type[BaseModel]) -> Problem:
    loc: PathKey = tuple(detail["loc"])
    kind = detail["type"]
    where = named(loc, document.data)
    if kind == "missing":
        return Problem(
            "E201",
            document.path,
            document.key_position(loc[:-1]),
            _missing(loc, document.data),
            _("add '{key}:' here").format(key=loc[-1]),
        )
    if kind == "extra_forbidden":
        allowed = allowed_keys(model, loc[:-1])
        return Problem(
            "E203",
            document.path,
            document.key_position(loc),
            _unknown(loc, document.data),
            did_you_mean(str(loc[-1]), allowed),
        )
    if kind == "number_as_text":
        return number_as_text(document.path, document.position(loc), loc, detail)
    if kind in _MAPPING_KINDS and _text_item(loc, detail["input"]):
        return _text_item_problem(document, loc, detail["input"])
    if kind == "number_range":
        key = str(loc[-1]) if loc and isinstance(loc[-1], str) else "arvo"
        message, hint = range_message(str((detail.get("ctx") or {})["problem"]), key=key)
        return Problem("E204", document.path, document.position(loc), message, hint)
    if kind in _TYPE_NAMES:
        return Problem(
            "E202",
            document.path,
            document.position(loc),
            _("{where} must be {expected}, not {found}").format(
                where=where, expected=_(_TYPE_NAMES[kind]), found=_shown(detail["input"])
            ),
            _type_hint(kind, detail["input"], loc, document.typed_text(loc), model),
        )
    return Problem(
        "E204",
        document.path,
        document.position(loc),
        _("{where}: {problem}").format(where=where, problem=_value_message(detail)),
        _value_hint(detail),
        detail=str(detail["msg"]),
    )


# Lists whose items are text or a mapping (`- Future Savo` or `- nimi: …`): YAML reads
# `- 2020` or `- on` as a number or true, and the mapping branch would be blamed.
_TEXT_ITEM_LISTS = ("hankkeet", "vastuutahot")
_MAPPING_KINDS = ("model_type", "dict_type", "model_attributes_type")


def _text_item(loc: PathKey, value: Any) -> bool:
    in_list = len(loc) >= 2 and isinstance(loc[-1], int) and loc[-2] in _TEXT_ITEM_LISTS
    return in_list and (value is None or isinstance(value, bool | int | float))


def _text_item_problem(document: Document, loc: PathKey, value: Any) -> Problem:
    where = named(loc, document.data)
    position = document.position(loc)
    typed = document.typed_text(loc)
    if value is None and not typed:
        return Problem(
            "E202", document.path, position,
            _("{where} is empty").format(where=where),
            _("write the text after '- ', or remove the line"),
        )
    text = (typed or str(value)).replace("\\", "\\\\").replace('"', '\\"')
    return Problem(
        "E202", document.path, position,
        _("{where} is not text but {found}").format(where=where, found=_shown(value)),
        _("put the value in quotes so that it stays text: {line}").format(line=f'- "{text}"'),
    )


def number_as_text(path: Path, position: Position, loc: PathKey, detail: ErrorDetails) -> Problem:
    """E601: '71,2' or '1 234' written as text where a number belongs; the fix is exact."""
    key = str(loc[-1]) if loc and isinstance(loc[-1], str) else "arvo"
    number = str((detail.get("ctx") or {}).get("number", ""))
    return number_as_text_problem(path, position, key, str(detail["input"]), number)


def number_as_text_problem(
    path: Path, position: Position, key: str, text: str, number: str
) -> Problem:
    return Problem(
        "E601",
        path,
        position,
        _("{key} is written as text {text!r}, not as a number").format(key=key, text=text),
        _("write {key}: {number} (a decimal point, no spaces, no quotes)").format(
            key=key, number=number
        ),
    )


def _missing(loc: PathKey, data: Any) -> str:
    where = place(loc[:-1], data)
    if where:
        return _("missing required key '{key}' in {where}").format(key=loc[-1], where=where)
    return _("missing required key '{key}'").format(key=loc[-1])


def _unknown(loc: PathKey, data: Any) -> str:
    where = place(loc[:-1], data)
    if where:
        return _("unknown key '{key}' in {where}").format(key=loc[-1], where=where)
    return _("unknown key '{key}'").format(key=loc[-1])


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return _("true/false ({value})").format(value=str(value).lower())
    if isinstance(value, int | float):
        return _("the number {value}").format(value=value)
    if value is None:
        return _("empty")
    if isinstance(value, dict):
        return _("a mapping")
    if isinstance(value, list):
        return _("a list")
    return _("text {value}").format(value=repr(str(value)))


def _type_hint(kind: str, value: Any, loc: PathKey, typed: str, model: type[BaseModel]) -> str:
    key = str(loc[-1]) if loc and isinstance(loc[-1], str) else ""
    if kind == "string_type" and loc[:1] == ("kaudet",) and key == "tunnus" and (
        isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999
    ):
        # A bare year is no period id, quoted or not: the id is <number>/<year>.
        return _("write the period id as <number>/<year>: tunnus: 1/{year}").format(year=value)
    if kind == "string_type" and (isinstance(value, bool | int | float) or typed):
        # As typed: `On` and `12:30` stay `"On"` and `"12:30"`, not what YAML made of them.
        text = typed.replace("\\", "\\\\").replace('"', '\\"')
        line = f'{key}: "{text}"' if key else f'- "{text}"'
        return _("put the value in quotes so that it stays text: {line}").format(line=line)
    if kind == "string_type" and value is None:
        return _empty_hint(key, model, loc)
    if kind in ("int_type", "int_from_float", "float_type", "number_type"):
        return number_hint(key, typed or str(value), whole=kind.startswith("int"))
    return ""


def _empty_hint(key: str, model: type[BaseModel], loc: PathKey) -> str:
    """An empty value: a required key gets its value, an optional one may go."""
    if key == "eteneminen":
        return _('write the progress mark after the colon, in quotes: {key}: "+" (or "+/-", '
                 '"-", "?")').format(key=key)
    if key and _required(model, loc):
        return _("write the text after the colon: '{key}' is required").format(key=key)
    return _("write the text after the colon, or remove the key")


def _required(model: type[BaseModel], loc: PathKey) -> bool:
    from pydantic import BaseModel

    parent: Any = model
    for part in loc[:-1]:
        parent = _step(parent, part)
    if not (isinstance(parent, type) and issubclass(parent, BaseModel)):
        return False
    return any(
        loc[-1] in (info.alias, name) and info.is_required()
        for name, info in parent.model_fields.items()
    )


def number_hint(key: str, typed: str, *, whole: bool) -> str:
    """`arvo: 71.5 %` and `vuosi: 2O24`: the number to write, and where a unit goes."""
    found = number_and_unit(typed)
    if found is None or (whole and not isinstance(found[0], int)):
        return ""
    number, unit = yaml_number(found[0]), found[1]
    if not unit:
        return _("write {key}: {number}").format(key=key, number=number)
    if whole:
        return ""
    return _('write {key}: {number}, and the unit once for the indicator: yksikkö: "{unit}"'
             ).format(key=key, number=number, unit=unit.replace('"', '\\"'))


def _value_message(detail: ErrorDetails) -> str:
    kind = detail["type"]
    if kind == "string_pattern_mismatch":
        return _("{found} is not in the expected form").format(found=_shown(detail["input"]))
    if kind == "string_too_short":
        return _("must not be empty")
    ctx = detail.get("ctx") or {}
    if kind == "greater_than_equal":
        return _("must be {minimum} or more").format(minimum=ctx.get("ge"))
    if kind == "less_than_equal":
        return _("must be {maximum} or less").format(maximum=ctx.get("le"))
    if kind == "literal_error":
        return _("{found} is not one of {choices}").format(
            found=_shown(detail["input"]),
            choices=str(ctx.get("expected", "")).replace(" or ", ", "),
        )
    return _("{found} is not allowed here").format(found=_shown(detail["input"]))


_PATTERN_HINTS = {
    r"^T[0-9]+\.[0-9]+$": N_("write an action id as T<goal>.<number>, e.g. T1.2"),
    PERIOD_PATTERN: N_("write a period as <number>/<year>, e.g. 1/2024"),
    r"^https?://\S+$": N_("write the whole address, starting with https://"),
    r"^[a-z0-9][a-z0-9-]*$": N_("use lower-case letters a-z, digits and '-', e.g. 'pk-barometri'"),
}


def _value_hint(detail: ErrorDetails) -> str:
    ctx = detail.get("ctx") or {}
    if ctx.get("pattern") == PERIOD_PATTERN and isinstance(detail["input"], str):
        meant = period_typo(detail["input"])  # `01/2024`, `1-2024`: the exact text to write
        if meant and meant != detail["input"]:
            return _("did you mean '{match}'?").format(match=meant)
    hint = _PATTERN_HINTS.get(str(ctx.get("pattern", "")), "")
    return _(hint) if hint else ""


def allowed_keys(model: type[BaseModel], loc: PathKey) -> list[str]:
    """The editor's key names accepted at `loc` inside `model`."""
    from pydantic import BaseModel

    current: Any = model
    for part in loc:
        current = _step(current, part)
        if current is None:
            return []
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [info.alias or name for name, info in current.model_fields.items()]
    return []


def _step(annotation: Any, part: str | int) -> Any:
    from pydantic import BaseModel

    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        for name, info in annotation.model_fields.items():
            if part in (info.alias, name):
                return _unwrap(info.annotation)
        return None
    args = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    if origin is list and args:
        return _unwrap(args[0])
    if origin is dict and len(args) == 2:
        return _unwrap(args[1])
    return None
