"""An indicator's values as lint's rules see them: each observation with the place of
each of its keys, in YAML's `havainnot` or in the sidecar CSV, and the value as typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from kuopio_ohjelma.io.loader import Loaded
from kuopio_ohjelma.lint.context import LintContext
from kuopio_ohjelma.problems import Position

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Indicator, Observation


class Placed(NamedTuple):
    """One observation and where each of its keys stands (YAML or sidecar CSV)."""

    indicator: Loaded[Indicator]
    observation: Observation
    path: Path
    places: dict[str, Position]
    text: str | None = None  # the value as typed in a CSV cell (YAML's is read when asked)
    order: int = 0  # the place in `havainnot` of a value in YAML

    def at(self, key: str) -> Position:
        return self.places.get(key) or self.places[""]

    def typed(self) -> str:
        """The value as the editor typed it: `125.668`, where the number reads 125.668."""
        if self.text is not None:
            return self.text
        return self.indicator.document.typed_text(("havainnot", self.order, "arvo"))


def placed(context: LintContext) -> list[list[Placed]]:
    """Per indicator, its observations in file order: YAML's `havainnot`, then the CSV's rows
    (read once per check: most indicator rules ask)."""
    return context.once(_placed)


def _placed(context: LintContext) -> list[list[Placed]]:
    return list(_each_placed(context))


def _each_placed(context: LintContext) -> Iterator[list[Placed]]:
    for loaded in context.load.indicators:
        series = [_from_yaml(loaded, index, o) for index, o in enumerate(loaded.model.observations)]
        sidecar = context.load.sidecars.get(loaded.stem)
        if sidecar is not None:
            series += [
                Placed(loaded, o, sidecar.path, places, text)
                for o, places, text in zip(
                    sidecar.observations, sidecar.places, sidecar.texts, strict=True
                )
            ]
        yield series


def _from_yaml(loaded: Loaded[Indicator], index: int, observation: Observation) -> Placed:
    loc = ("havainnot", index)
    document = loaded.document
    places = {"": document.position(loc)}
    for key in ("vuosi", "kausi", "arvo"):
        if (*loc, key) in document.values:
            places[key] = document.position((*loc, key))
    return Placed(loaded, observation, loaded.path, places, order=index)
