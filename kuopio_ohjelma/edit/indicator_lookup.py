"""Finding an indicator and one of its values for `indicator set` and `indicator remove`:
the file, and the value as the file holds it (YAML's `havainnot` or the sidecar CSV)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from kuopio_ohjelma.core.suggest import did_you_mean, join_hint
from kuopio_ohjelma.core.textsafe import shown
from kuopio_ohjelma.edit.checked import EditError
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.values.numbers import yaml_number

if TYPE_CHECKING:
    from kuopio_ohjelma.io.loader import Loaded, LoadResult
    from kuopio_ohjelma.io.sidecar import Sidecar
    from kuopio_ohjelma.model import Indicator


class Held(NamedTuple):
    """A value the indicator holds: its file, its place there (index in `havainnot` or
    body row of the CSV) and its text as written."""

    path: Path
    place: int
    text: str


def find_indicator(result: LoadResult, slug: str) -> Loaded[Indicator]:
    """The indicator file named `slug`; refused with its findings or a did-you-mean."""
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


def old_value(
    loaded: Loaded[Indicator], sidecar: Sidecar | None, key: str, when: int | str
) -> Held | None:
    """The value for the year or period `when`, where it is written: YAML first (as lint
    reads it), then the CSV."""
    for index, o in enumerate(loaded.model.observations):
        if o.when == str(when) and (o.year is not None) == (key == "vuosi"):
            typed = loaded.document.typed_text(("havainnot", index, "arvo"))
            return Held(loaded.path, index, typed or yaml_number(o.value))
    if sidecar is not None:
        for index, o in enumerate(sidecar.observations):
            if o.when == str(when):
                return Held(sidecar.path, index, sidecar.texts[index])
    return None


def times(loaded: Loaded[Indicator], sidecar: Sidecar | None) -> list[str]:
    """Every year and period the indicator has a value for, as written."""
    found = [o.when for o in loaded.model.observations]
    if sidecar is not None:
        found += [o.when for o in sidecar.observations]
    return found
