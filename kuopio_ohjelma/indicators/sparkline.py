"""The geometry of a small line chart, computed here so that templates only draw it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kuopio_ohjelma.indicators.series import time_key

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Observation

WIDTH = 160
HEIGHT = 40
PAD = 4


@dataclass(frozen=True)
class Sparkline:
    width: int
    height: int
    points: str
    dots: list[tuple[float, float]]
    target_y: float | None


def sparkline(points: list[Observation], target: float | None) -> Sparkline | None:
    """Values left to right in time (spaced by year), the target as a horizontal line."""
    if len(points) < 2:
        return None
    times = [_time(p, points) for p in points]
    values = [float(p.value) for p in points]
    low = min(values + ([target] if target is not None else []))
    high = max(values + ([target] if target is not None else []))
    x = _scale(min(times), max(times), PAD, WIDTH - PAD)
    y = _scale(low, high, HEIGHT - PAD, PAD)
    dots = [(x(t), y(v)) for t, v in zip(times, values, strict=True)]
    return Sparkline(
        WIDTH,
        HEIGHT,
        " ".join(f"{a:g},{b:g}" for a, b in dots),
        dots,
        y(target) if target is not None else None,
    )


def _time(point: Observation, points: list[Observation]) -> float:
    """Years as they are; periods spread evenly within their year."""
    year, number = time_key(point)
    if number == 0:
        return float(year)
    per_year = max(time_key(p)[1] for p in points if time_key(p)[0] == year)
    return year + (number - 1) / per_year


def _scale(low: float, high: float, start: float, end: float) -> Callable[[float], float]:
    span = high - low

    def place(value: float) -> float:
        share = (value - low) / span if span else 0.5
        return round(start + share * (end - start), 1)

    return place
