"""`ohjelma indicator set`: record one value of an indicator, keep everything else.

The value goes where the series lives: into `havainnot` of the YAML file, or into the
sidecar CSV when the indicator has one. A value for the same year or period is replaced;
a new one is placed in time order. Both paths end in a check that the file still loads
and holds exactly the value asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from kuopio_ohjelma.core.periods import PeriodError, is_period_id, period_key, resolve_period
from kuopio_ohjelma.core.suggest import did_you_mean, join_hint
from kuopio_ohjelma.edit.checked import (
    EditError,
    FileEdit,
    checked_edit,
    load_for_edit,
    load_rt_checked,
)
from kuopio_ohjelma.edit.observation import Entry
from kuopio_ohjelma.edit.sidecar_csv import set_in_sidecar
from kuopio_ohjelma.edit.status import tidy_note
from kuopio_ohjelma.io.loader import Loaded, LoadResult, parse_bytes
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt, text_scalar
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.model import Indicator
from kuopio_ohjelma.values.numbers import number_from_text

_YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class ValueChange:
    slug: str
    when: str
    value: str
    note: str | None = None
    source: str | None = None


def set_value(root: Any, change: ValueChange) -> FileEdit:
    result = load_for_edit(root)
    loaded = _find(result, change.slug)
    entry = _entry(result, change)
    sidecar = result.sidecars.get(loaded.stem)
    in_yaml = any(_same(o.year, o.period, entry) for o in loaded.model.observations)
    if sidecar is not None and not in_yaml:
        return set_in_sidecar(sidecar.path, entry)
    return _set_in_yaml(loaded, entry)


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
        join_hint(_("unknown indicator '{slug}'").format(slug=slug), hint)
    )


def _entry(result: LoadResult, change: ValueChange) -> Entry:
    value = number_from_text(change.value)
    if value is None:
        raise EditError(
            _("'{value}' is not a number; write it as 71.2, 71,2 or 1234").format(
                value=change.value
            )
        )
    note = tidy_note(change.note) if change.note is not None else None
    source = change.source.strip() if change.source is not None else None
    if _YEAR.match(change.when):
        return Entry("vuosi", int(change.when), value, note or None, source or None)
    assert result.info is not None
    try:
        resolve_period(result.info.model.periods, change.when)
    except PeriodError as error:
        raise EditError(str(error)) from None
    return Entry("kausi", change.when, value, note or None, source or None)


def _same(year: int | None, period: str | None, entry: Entry) -> bool:
    return (year if entry.key == "vuosi" else period) == entry.when


def _set_in_yaml(loaded: Loaded[Indicator], entry: Entry) -> FileEdit:
    source = loaded.document.source
    data = load_rt_checked(source)
    if not isinstance(data.get("havainnot"), CommentedSeq):
        data["havainnot"] = CommentedSeq()
    series = data["havainnot"]
    item = next((o for o in series if isinstance(o, dict) and o.get(entry.key) == entry.when), None)
    if item is None:
        item = CommentedMap([(entry.key, entry.when)])
        series.insert(_position(series, entry), item)
    item["arvo"] = entry.value
    if entry.note is not None:
        item["huomautus"] = text_scalar(entry.note)
    if entry.source is not None:
        item["lähde"] = entry.source
    edit = checked_edit(source, source.raw, dump_rt(data), Indicator)
    _confirm(edit, entry)
    return edit


def _position(series: CommentedSeq, entry: Entry) -> int:
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


def _confirm(edit: FileEdit, entry: Entry) -> None:
    document, _problems = parse_bytes(edit.path, edit.new)
    assert document is not None
    found = [o for o in document.data["havainnot"] if o.get(entry.key) == entry.when]
    if len(found) != 1 or found[0].get("arvo") != entry.value:
        raise EditError(_("the value could not be written faithfully; nothing was written"))
