"""`ohjelma indicator remove`: take out one value typed by mistake, keep everything else.

The value's lines go (in `havainnot` of the YAML file, or its row of the sidecar CSV);
comments, line ends and every other value keep their bytes. As `indicator set`, the result
is read back whole and must hold the old data without exactly this value, or nothing is
written.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import NamedTuple

from kuopio_ohjelma.core.suggest import did_you_mean, join_hint
from kuopio_ohjelma.core.textsafe import shown
from kuopio_ohjelma.edit.checked import (
    EditError,
    FileEdit,
    checked_edit,
    confirm_data,
    load_for_edit,
    load_rt_checked,
    refuse_unloaded,
)
from kuopio_ohjelma.edit.indicator import read_when
from kuopio_ohjelma.edit.indicator_lookup import find_indicator, old_value, times
from kuopio_ohjelma.edit.lint_guard import refuse_new_errors
from kuopio_ohjelma.edit.series_splice import cut_value
from kuopio_ohjelma.edit.sidecar_csv import remove_from_sidecar
from kuopio_ohjelma.edit.splice import encode, original_text
from kuopio_ohjelma.io.loader import Loaded
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.model import Indicator
from kuopio_ohjelma.problems import Problem


class ValueRemoved(NamedTuple):
    edit: FileEdit
    old: str  # the value as the file held it
    warnings: list[Problem]  # lint's, new without this value


def remove_value(root: Path, slug: str, when: str) -> ValueRemoved:
    result = load_for_edit(root)
    refuse_unloaded(root, result)
    loaded = find_indicator(result, slug)
    key, at = read_when(when)
    sidecar = result.sidecars.get(loaded.stem)
    held = old_value(loaded, sidecar, key, at)
    if held is None:
        known = times(loaded, sidecar)
        message = _("indicator '{slug}' has no value for {when}").format(
            slug=slug, when=shown(when))
        hint = did_you_mean(when, known) if known else _("it has no values")
        raise EditError(join_hint(message, hint))
    if sidecar is not None and held.path == sidecar.path:
        edit = remove_from_sidecar(sidecar.path, key, str(at))
    else:
        edit = _remove_from_yaml(loaded, held.place)
    return ValueRemoved(edit, held.text, refuse_new_errors(root, result, [edit]))


def _remove_from_yaml(loaded: Loaded[Indicator], index: int) -> FileEdit:
    source = loaded.document.source
    expected = copy.deepcopy(loaded.document.data)
    _cut(expected, index)
    text = cut_value(original_text(source), source.newline, index)
    if text is not None:
        edit = FileEdit(source.path, source.raw, encode(source, text))
    else:  # a shape no splice fits (flow style): the whole file through ruamel, checked
        data = load_rt_checked(source)
        _cut(data, index)
        edit = checked_edit(source, source.raw, dump_rt(data), Indicator)
    confirm_data(edit, Indicator, expected)
    return edit


def _cut(data: dict[str, object], index: int) -> None:
    """The value out of the file's data; an empty `havainnot` goes too."""
    series = data["havainnot"]
    if not isinstance(series, list):
        raise EditError(_("the value could not be written faithfully; nothing was written"))
    del series[index]
    if not series:
        del data["havainnot"]
