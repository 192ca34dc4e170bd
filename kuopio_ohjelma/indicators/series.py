"""One indicator's series: observations in time order, the latest value, the change since the
previous one, the target in view and whether the trend points towards it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from kuopio_ohjelma.core.periods import period_key
from kuopio_ohjelma.values.numbers import Number, decimals

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Indicator, Observation, Target


class Trend(StrEnum):
    TOWARDS = "towards"
    AWAY = "away"
    STEADY = "steady"


def time_key(observation: Observation) -> tuple[int, int]:
    """A year sorts before the periods of that year: 2024 → (2024, 0), 1/2024 → (2024, 1)."""
    if observation.period is not None:
        key = period_key(observation.period)
        return key.year, key.number
    return (observation.year or 0), 0


def year_of(observation: Observation) -> int:
    return time_key(observation)[0]


def in_order(observations: list[Observation]) -> list[Observation]:
    return sorted(observations, key=time_key)


@dataclass(frozen=True)
class Summary:
    points: list[Observation]
    latest: Observation | None
    previous: Observation | None
    change: Number | None
    target: Target | None
    trend: Trend | None
    places: int  # decimals shown for every number of the series (see places())


def summarise(indicator: Indicator) -> Summary:
    points = in_order(indicator.observations)
    latest = points[-1] if points else None
    previous = points[-2] if len(points) > 1 else None
    change = _difference(latest.value, previous.value) if latest and previous else None
    target = target_in_view(indicator.targets, year_of(latest) if latest else None)
    trend = _trend(indicator, latest, previous, target)
    return Summary(points, latest, previous, change, target, trend, places(indicator))


def places(indicator: Indicator) -> int:
    """One decimal count for the whole series, as a statistics table has: the data owner's
    `desimaalit`, else the most decimals typed in any value, the baseline or a target (so
    a target of 75.5 is never shown rounded)."""
    if indicator.decimals is not None:
        return indicator.decimals
    values = [p.value for p in indicator.observations]
    values += [indicator.baseline.value] if indicator.baseline else []
    values += [t.value for t in indicator.targets if t.value is not None]
    return max((decimals(v) for v in values), default=0)


def _difference(latest: Number, previous: Number) -> Number:
    """The exact change between two values as typed (71.2 − 70.1 = 1.1, not
    1.1000000000000014); the display rounds it."""
    exact = Decimal(repr(latest)) - Decimal(repr(previous))
    both_whole = isinstance(latest, int) and isinstance(previous, int)
    return int(exact) if both_whole else float(exact)


def target_in_view(targets: list[Target], year: int | None) -> Target | None:
    """The nearest target still ahead of the latest value; else the last one set."""
    dated = sorted((t for t in targets if t.year is not None), key=lambda t: t.year or 0)
    ahead = [t for t in dated if year is None or (t.year or 0) >= year]
    undated = [t for t in targets if t.year is None]
    candidates = ahead or undated or dated[-1:]
    return candidates[0] if candidates else None


def _trend(
    indicator: Indicator,
    latest: Observation | None,
    previous: Observation | None,
    target: Target | None,
) -> Trend | None:
    if latest is None or previous is None:
        return None
    if target is not None and target.value is not None:
        before, now = abs(previous.value - target.value), abs(latest.value - target.value)
        return _compare(before - now)
    sign = {"ylös": 1, "alas": -1}.get(indicator.direction or "")
    if sign is None:
        return None
    return _compare(sign * (latest.value - previous.value))


def _compare(gain: Number) -> Trend:
    if gain > 0:
        return Trend.TOWARDS
    return Trend.AWAY if gain < 0 else Trend.STEADY
