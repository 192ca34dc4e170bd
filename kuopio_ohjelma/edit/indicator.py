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
    period_key,
    resolve_period,
    when_typo,
)
from kuopio_ohjelma.core.suggest import did_you_mean, join_hint
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
from kuopio_ohjelma.io.loader import Loaded, LoadResult
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.model import Indicator
from kuopio_ohjelma.problems import Problem
from kuopio_ohjelma.values.numbers import number_from_text, range_message, range_problem

_YEAR = re.compile(r"^\d{4}$")


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
    """The edits of one value: the unit's line first when one is added, then the value."""

    edits: list[FileEdit]
    warnings: list[Problem] = field(default_factory=list)  # lint's, new with this value

    @property
    def edit(self) -> FileEdit:
        """The file that holds the value."""
        return self.edits[-1]


def set_value(root: Path, change: ValueChange) -> ValueSet:
    result = load_for_edit(root)
    refuse_unloaded(root, result)
    loaded = _find(result, change.slug)
    entry = _entry(result, change)
    unit = _unit_to_add(loaded, change.unit)
    sidecar = result.sidecars.get(loaded.stem)
    in_yaml = any(_same(o.year, o.period, entry) for o in loaded.model.observations)
    if sidecar is not None and not in_yaml:
        edits = [_set_in_yaml(loaded, None, unit)] if unit is not None else []
        edits.append(set_in_sidecar(sidecar.path, entry))
    else:
        edits = [_set_in_yaml(loaded, entry, unit)]
    warnings = refuse_new_errors(root, result, edits)
    return ValueSet(edits, warnings)


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


def _find(result: LoadResult, slug: str) -> Loaded[Indicator]:
    for loaded in result.indicators:
        if loaded.stem == slug:
            return loaded
    broken = [
        p for p in result.errors if p.path.stem == slug and p.path.parent.name == "indicators"
    ]
    if broken:
        raise EditError(_("{slug} does not load; fix it first").format(slug=slug), broken)
    names = [loaded.stem for loaded in result.indicators]
    hint = did_you_mean(slug, names, list_all=False)
    raise EditError(
        join_hint(_("unknown indicator '{slug}'").format(slug=shown(slug)), hint)
    )


def _entry(result: LoadResult, change: ValueChange) -> Entry:
    value = number_from_text(change.value)
    if value is None:
        raise EditError(
            _("'{value}' is not a number; write it as 71.2, 71,2 or 1234").format(
                value=change.value
            )
        )
    problem = range_problem(value)
    if problem is not None:
        raise EditError(join_hint(*range_message(problem)))
    note = tidy_note(change.note) if change.note is not None else None
    source = change.source.strip() if change.source is not None else None
    refuse_control("--note", note or "")
    refuse_control("--source", source or "")
    if _YEAR.match(change.when):
        return Entry("vuosi", int(change.when), value, note or None, source or None)
    if "/" not in change.when:
        raise EditError(_not_a_time(change.when))
    assert result.info is not None
    try:  # a period is read as every command reads one (`01/2024` refused with `1/2024`)
        resolve_period(result.info.model.periods, change.when)
    except PeriodError as error:
        raise EditError(str(error)) from None
    return Entry("kausi", change.when, value, note or None, source or None)


def _not_a_time(given: str) -> str:
    """`20230`: what the place takes, with examples, and the guess when there is one."""
    message = _("'{given}' is neither a year nor a period: write a year with four digits "
                "(e.g. 2023) or a period as <number>/<year> (e.g. 1/2024)").format(
                    given=shown(given))
    meant = when_typo(given)
    hint = _("did you mean '{match}'?").format(match=meant) if meant and meant != given else ""
    return join_hint(message, hint)


def _same(year: int | None, period: str | None, entry: Entry) -> bool:
    return (year if entry.key == "vuosi" else period) == entry.when


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
