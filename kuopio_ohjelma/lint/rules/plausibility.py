"""Plausibility of indicator values: numbers that are valid but hardly what was meant.

Each finding is a warning (a real value may jump), at the value to change, with the number
the editor most likely meant. The judgements are in indicators/plausible.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from kuopio_ohjelma.indicators import plausible
from kuopio_ohjelma.indicators.series import time_key
from kuopio_ohjelma.io.loader import Loaded
from kuopio_ohjelma.io.places import PathKey
from kuopio_ohjelma.lint.context import LintContext
from kuopio_ohjelma.lint.registry import rule
from kuopio_ohjelma.lint.rules.series import Placed, placed
from kuopio_ohjelma.locale import _, current_language
from kuopio_ohjelma.problems import Position, Problem, Severity
from kuopio_ohjelma.values.numbers import Number, format_number, yaml_number
from kuopio_ohjelma.values.units import is_share

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Indicator

# The number at the start of what was typed (a flow mapping's `125.668}` too).
_NUMBER = re.compile(r"^[+-]?[0-9.]+")


class Dotted(NamedTuple):
    """A value typed with a dot between thousands: as typed, as meant, and the values
    (indices) it was compared with."""

    typed: str
    meant: int
    around: list[int]


class Series(NamedTuple):
    """One indicator's timed values in time order, and those typed with a dot between
    thousands (by index)."""

    items: list[Placed]
    dotted: dict[int, Dotted]

    def values(self) -> list[Number]:
        """The values as meant: a thousands dot put right, so its neighbours are not blamed."""
        return [
            self.dotted[i].meant if i in self.dotted else p.observation.value
            for i, p in enumerate(self.items)
        ]

    def around(self, index: int) -> list[Placed]:
        return [self.items[i] for i in plausible.neighbours(self.items, index)]


def series(context: LintContext) -> list[Series]:
    """Every indicator's timed values in time order (worked out once per check)."""
    return context.once(_every_series)


def _every_series(context: LintContext) -> list[Series]:
    return [_series(found) for found in placed(context)]


def _series(found: list[Placed]) -> Series:
    timed = [p for p in found if p.observation.year or p.observation.period]
    items = sorted(timed, key=lambda p: time_key(p.observation))
    return Series(items, _thousands(items))


def misread(found: list[Placed]) -> list[Placed]:
    """The values of one indicator typed with a dot between thousands or a thousand times
    off (W612, W614)."""
    timed = _series(found)
    return [timed.items[i] for i in [*timed.dotted, *plausible.jumps(timed.values())]]


def _thousands(items: list[Placed]) -> dict[int, Dotted]:
    """Values typed like `125.668`, compared with the nearest values typed otherwise on
    either side (two such slips in a row are still each other's neighbours otherwise)."""
    typed = {i: _typed_number(p) for i, p in enumerate(items)}
    dotted = [i for i, text in typed.items() if plausible.thousands_dot(text)]
    found = {}
    for index in dotted:
        before = [i for i in range(index) if i not in dotted][-1:]
        after = [i for i in range(index + 1, len(items)) if i not in dotted][:1]
        around = [items[i].observation.value for i in before + after]
        meant = plausible.thousands_meant(typed[index], items[index].observation.value, around)
        if meant is not None:
            found[index] = Dotted(typed[index], meant, before + after)
    return found


def _typed_number(item: Placed) -> str:
    if isinstance(item.observation.value, int):
        return ""  # `125668`: nothing typed with a dot (and no need to read the line)
    found = _NUMBER.match(item.typed())
    return found.group() if found else ""


def shown(value: Number) -> str:
    return format_number(value, current_language())


def _when(item: Placed) -> str:
    return f"{item.observation.when}: {shown(item.observation.value)}"


@rule("W612", "thousands-dot", Severity.WARNING)
def thousands_dot(context: LintContext) -> Iterator[Problem]:
    """A value typed with a dot between thousands, as in `125.668` for 125 668, in a series
    whose neighbouring values are about a thousand times larger.

    Why it matters: a dot is a decimal point in the data, so the value is read as 125,668,
    and the report, its chart and the change shown are a thousand times off.
    Example: `arvo: 125.668` between `arvo: 124950` and `arvo: 126100`.
    Use instead: `arvo: 125668` (digits only: no dot, no spaces between thousands).
    """
    for found in series(context):
        for index, dotted in found.dotted.items():
            item = found.items[index]
            yield Problem(
                "W612",
                item.path,
                item.at("arvo"),
                _("{typed} is read as {read}, a thousandth of the neighbouring values "
                  "({around})").format(
                    typed=dotted.typed,
                    read=shown(item.observation.value),
                    around="; ".join(_when(found.items[i]) for i in dotted.around),
                ),
                _("did you mean {meant}? write {number}").format(
                    meant=shown(dotted.meant), number=yaml_number(dotted.meant)
                ),
            )


@rule("W613", "share-over-100", Severity.WARNING)
def share_over_100(context: LintContext) -> Iterator[Problem]:
    """A value over 100 in an indicator whose unit is per cent (`%`, `prosenttia`), where
    the rest of the series is at most 100: an observation, the baseline (`lähtötaso`) or
    a target (`tavoitteet`).

    Why it matters: a share of a whole is at most 100 %; `712` is usually `71.2` with its
    decimal point lost. A change in per cent (`yksikkö: "%-yks."` or `% muutos`) is not
    a share and may be over 100, and so may a series that is over 100 in most years (such
    as jobs per employed resident).
    Example: `yksikkö: "%"` and `arvo: 712` after `arvo: 70.1`.
    Use instead: `arvo: 71.2`.
    """
    for indicator, found in zip(context.load.indicators, series(context), strict=True):
        unit = indicator.model.unit
        values = found.values()
        fixed = _fixed_values(indicator)
        if not is_share(unit) or plausible.over_hundred([*values, *(v for _, v in fixed)]):
            continue
        for index, item in enumerate(found.items):
            if values[index] > 100:
                around = [p.observation.value for p in found.around(index)]
                yield _over_hundred(item.path, item.at("arvo"), values[index], around, unit)
        shares = [value for value in values if value <= 100]
        for loc, value in fixed:
            if value > 100:
                at = indicator.document.position(loc)
                yield _over_hundred(indicator.path, at, value, shares, unit)


def _fixed_values(indicator: Loaded[Indicator]) -> list[tuple[PathKey, Number]]:
    """The baseline's and the targets' values, each with its place in the file."""
    model = indicator.model
    found: list[tuple[PathKey, Number]] = []
    if model.baseline is not None:
        found.append((("lähtötaso", "arvo"), model.baseline.value))
    for index, target in enumerate(model.targets):
        if target.value is not None:
            found.append((("tavoitteet", index, "arvo"), target.value))
    return found


def _over_hundred(
    path: Path, at: Position, value: Number, around: list[Number], unit: str | None
) -> Problem:
    meant = plausible.share_meant(value, [other for other in around if other <= 100])
    if meant is not None:
        hint = _("did you mean {meant}? write {number}").format(
            meant=shown(meant), number=yaml_number(meant)
        )
    else:
        hint = _("check the value: a share is at most 100; if this value really is over "
                 "100, the warning can stay")
    return Problem(
        "W613",
        path,
        at,
        _("{value} {unit} is over 100, but the values of this indicator are shares "
          "(at most 100)").format(value=shown(value), unit=unit or "%"),
        hint,
    )


@rule("W614", "value-jump", Severity.WARNING)
def value_jump(context: LintContext) -> Iterator[Problem]:
    """A value about a thousand times (or a thousandth of) the neighbouring values of the
    same series: digits typed twice or left out, or a value in thousands among units.

    Why it matters: a slip of three zeros is valid as a number but wrong in the report,
    its chart and the change shown. Values of zero or of the other sign are not compared.
    Example: `arvo: 125668000` between `arvo: 124950` and `arvo: 126100`.
    Use instead: `arvo: 125668`; if the value really jumped, the warning can stay.
    """
    for found in series(context):
        values = found.values()
        for index in plausible.jumps(values):
            if index in found.dotted:
                continue  # W612 says it, with the number meant
            item = found.items[index]
            other = found.around(index)[0]
            yield _jump(item, other, plausible.factor(values[index], other.observation.value))


def _jump(item: Placed, other: Placed, by: int) -> Problem:
    value = item.observation.value
    if by > 0:
        message = _("{value} is about {factor} times the value {when}")
    else:
        message = _("{value} is about 1/{factor} of the value {when}")
    meant = plausible.scaled(value, by)
    return Problem(
        "W614",
        item.path,
        item.at("arvo"),
        message.format(value=shown(value), factor=shown(abs(by)), when=_when(other)),
        _("check the value; if {meant} was meant, write {number}; if the value really "
          "jumped, the warning can stay").format(meant=shown(meant), number=yaml_number(meant)),
    )


RULES = [thousands_dot, share_over_100, value_jump]
