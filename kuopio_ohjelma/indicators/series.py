"""One indicator's series: observations in time order, the latest value, the change since the
previous one, the target in view and whether the trend points towards it."""

from __future__ import annotations

from dataclasses import dataclass
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

    @property
    def places(self) -> int:
        """Decimals to show: the most any value of the series was written with."""
        return max((decimals(p.value) for p in self.points), default=0)


def summarise(indicator: Indicator) -> Summary:
    points = in_order(indicator.observations)
    latest = points[-1] if points else None
    previous = points[-2] if len(points) > 1 else None
    places = max((decimals(p.value) for p in points), default=0)
    change = round(latest.value - previous.value, places) if latest and previous else None
    target = target_in_view(indicator.targets, year_of(latest) if latest else None)
    trend = _trend(indicator, latest, previous, target)
    return Summary(points, latest, previous, change, target, trend)


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
