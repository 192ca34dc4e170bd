"""`ohjelma indicator set`: record one value of an indicator, keep everything else.

The value goes where the series lives: into `havainnot` of the YAML file, or into the
sidecar CSV when the indicator has one. A value for the same year or period is replaced;
a new one is placed in time order. Both paths end in a check that the file still loads
and holds exactly the value asked for.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from kuopio_ohjelma.core.periods import (
    PeriodError,
    is_period_id,
    parse_period,
    period_key,
    plausible_year,
    resolve_period,
    when_typo,
    year_typo,
)
from kuopio_ohjelma.core.suggest import join_hint
from kuopio_ohjelma.core.textsafe import shown
from kuopio_ohjelma.edit.assessments import refuse_control
from kuopio_ohjelma.edit.checked import (
    EditError,
    FileEdit,
    checked_edit,
    confirm_data,
    load_for_edit,
    load_rt_checked,
    refuse_unloaded,
)
from kuopio_ohjelma.edit.indicator_lookup import find_indicator, old_value
from kuopio_ohjelma.edit.lint_guard import refuse_new_errors
from kuopio_ohjelma.edit.observation import Entry
from kuopio_ohjelma.edit.series_splice import (
    INDICATOR_KEYS,
    entry_values,
    splice_value,
    unit_scalar,
)
from kuopio_ohjelma.edit.sidecar_csv import set_in_sidecar
from kuopio_ohjelma.edit.splice import encode, original_text
from kuopio_ohjelma.edit.status import tidy_note
from kuopio_ohjelma.edit.typed_value import read_value
from kuopio_ohjelma.io.loader import Loaded, LoadResult
from kuopio_ohjelma.io.sidecar import csv_number
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.model import Indicator
from kuopio_ohjelma.problems import Problem
from kuopio_ohjelma.values.numbers import number_from_text, yaml_number

_YEAR = re.compile(r"[0-9]{4}", re.ASCII)  # `２０２３` is refused with its did-you-mean


@dataclass(frozen=True)
class ValueChange:
    slug: str
    when: str
    value: str
    note: str | None = None
    source: str | None = None
    unit: str | None = None  # the indicator's unit (yksikkö), needed once when it has none


@dataclass(frozen=True)
class ValueSet:
    """The edits of one value: the unit's line first when one is added, then the value;
    the value's text as the file now holds it and as it held it before (None: new)."""

    edits: list[FileEdit]
    warnings: list[Problem] = field(default_factory=list)  # lint's, new with this value
    written: str = ""
    old: str | None = None
    said: list[str] = field(default_factory=list)  # how a typed value was read (-0 → 0)

    @property
    def edit(self) -> FileEdit:
        """The file that holds the value."""
        return self.edits[-1]


def set_value(root: Path, change: ValueChange) -> ValueSet:
    result = load_for_edit(root)
    refuse_unloaded(root, result)
    loaded = find_indicator(result, change.slug)
    entry = _entry(result, change)
    unit = _unit_to_add(loaded, change.unit)
    sidecar = result.sidecars.get(loaded.stem)
    old = old_value(loaded, sidecar, entry.key, entry.when)
    if sidecar is not None and (old is None or old.path == sidecar.path):
        edits = [_set_in_yaml(loaded, None, unit)] if unit is not None else []
        edits.append(set_in_sidecar(sidecar.path, entry))
        written = csv_number(entry.value, decimal_comma=sidecar.decimal_comma)
    else:
        edits = [_set_in_yaml(loaded, entry, unit)]
        written = yaml_number(entry.value)
    warnings = refuse_new_errors(root, result, edits)
    return ValueSet(edits, warnings, written, old.text if old else None, _said(change.value))


def _said(typed: str) -> list[str]:
    """`-0`: zero has no sign, so 0 is written; said, since it is not what was typed."""
    value = number_from_text(typed)
    if value == 0 and typed.strip()[:1] in ("-", "\u2212"):
        return [_("'{value}' is zero: written as {number}").format(
            value=shown(typed), number=yaml_number(value))]
    return []


def _unit_to_add(loaded: Loaded[Indicator], given: str | None) -> str | None:
    """The unit to write into the file: None when it has one (which `given` must match).
    A value without a unit means nothing to a reader, and lint refuses it (E608)."""
    unit = given.strip() if given is not None else None
    if given is not None and not unit:
        raise EditError(_('--unit is empty; give the unit, e.g. --unit "%"'))
    if loaded.model.unit is None and unit is None:
        raise EditError(
            _('{path}: indicator \'{name}\' has no unit (yksikkö), and its values need one; '
              'give it once with --unit, e.g. --unit "%" or --unit henkilöä').format(
                path=loaded.path, name=loaded.model.name)
        )
    if loaded.model.unit is not None and unit not in (None, loaded.model.unit):
        raise EditError(
            _("{path}: the unit of indicator '{name}' is '{unit}', not '{given}'; give the "
              "value in {unit}, or change yksikkö in the file if it is wrong").format(
                path=loaded.path, name=loaded.model.name, unit=loaded.model.unit, given=unit)
        )
    return unit if loaded.model.unit is None else None


def _entry(result: LoadResult, change: ValueChange) -> Entry:
    value = read_value(change.value)
    note = tidy_note(change.note) if change.note is not None else None
    source = change.source.strip() if change.source is not None else None
    refuse_control("--note", note or "")
    refuse_control("--source", source or "")
    key, when = read_when(change.when)
    if key == "kausi":
        assert result.info is not None
        try:
            resolve_period(result.info.model.periods, change.when)
        except PeriodError as error:
            raise EditError(str(error)) from None
    return Entry(key, when, value, note or None, source or None)


def read_when(given: str) -> tuple[str, int | str]:
    """The year (`vuosi`, 4 digits 0-9) or the period (`kausi`, read as every command reads
    one: `01/2024` is refused with `1/2024`) that `given` names; EditError otherwise."""
    if _YEAR.fullmatch(given):
        if not plausible_year(int(given)):
            message = _("{year} is not a year a value can be for (1900–2100)").format(
                year=given)
            meant = year_typo(given)
            hint = _("did you mean '{match}'?").format(match=meant) if meant else ""
            raise EditError(join_hint(message, hint))
        return "vuosi", int(given)
    if "/" not in given:
        raise EditError(_not_a_time(given))
    try:
        parse_period(given)
    except PeriodError as error:
        raise EditError(str(error)) from None
    return "kausi", given


def _not_a_time(given: str) -> str:
    """`20230`: what the place takes, with examples, and the guess when there is one."""
    message = _("'{given}' is neither a year nor a period: write a year with four digits "
                "(e.g. 2023) or a period as <number>/<year> (e.g. 1/2024)").format(
                    given=shown(given))
    meant = when_typo(given)
    hint = _("did you mean '{match}'?").format(match=meant) if meant and meant != given else ""
    return join_hint(message, hint)


def _set_in_yaml(loaded: Loaded[Indicator], entry: Entry | None, unit: str | None) -> FileEdit:
    """Splice the value's lines (and the unit's): every other byte stays. Then the WHOLE file
    is read back: it must hold the old data with exactly this change, or nothing is written."""
    source = loaded.document.source
    expected = copy.deepcopy(loaded.document.data)
    _put(expected, entry, unit)
    text = splice_value(original_text(source), source.newline, entry, unit)
    if text is not None:
        edit = FileEdit(source.path, source.raw, encode(source, text))
    else:
        # A shape no splice fits (a flow-style havainnot): only then the whole file goes
        # through ruamel; the read-back check still holds.
        data = load_rt_checked(source)
        _put(data, entry, unit)
        edit = checked_edit(source, source.raw, dump_rt(data), Indicator)
    confirm_data(edit, Indicator, expected)
    return edit


def _put(data: Any, entry: Entry | None, unit: str | None) -> None:
    """The change on a file's data: the loader's plain data (what the file must read back
    as) or ruamel's round-trip data (for a whole-file rewrite)."""
    if unit is not None:
        _put_unit(data, unit)
    if entry is None:
        return
    if not isinstance(data.get("havainnot"), list):
        data["havainnot"] = CommentedSeq()
    series = data["havainnot"]
    item = next((o for o in series if isinstance(o, dict) and o.get(entry.key) == entry.when), None)
    if item is None:
        item = CommentedMap([(entry.key, entry.when)])
        series.insert(_position(series, entry), item)
    item.update(entry_values(entry))


def _put_unit(data: Any, unit: str) -> None:
    if not isinstance(data, CommentedMap):
        data["yksikkö"] = unit
        return
    earlier = INDICATOR_KEYS[: INDICATOR_KEYS.index("yksikkö")]
    data.insert(sum(1 for key in data if key in earlier), "yksikkö", unit_scalar(unit))


def _position(series: list[Any], entry: Entry) -> int:
    """After every value that is earlier in time: the series stays in order."""
    index = len(series)
    while index > 0 and _later(series[index - 1], entry):
        index -= 1
    return index


def _later(item: Any, entry: Entry) -> bool:
    if not isinstance(item, dict):
        return False
    if isinstance(item.get("vuosi"), int):
        return (item["vuosi"], 0) > entry.sort_key()
    if isinstance(item.get("kausi"), str) and is_period_id(item["kausi"]):
        return period_key(item["kausi"]) > entry.sort_key()
    return False
