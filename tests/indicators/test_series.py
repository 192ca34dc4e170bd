"""Series logic on invented values: numbers as typed, latest, change, trend, sparkline."""

from __future__ import annotations

import pytest

from kuopio_ohjelma.indicators.series import Trend, summarise, target_in_view
from kuopio_ohjelma.indicators.sparkline import HEIGHT, PAD, sparkline
from kuopio_ohjelma.model import Indicator, Target
from kuopio_ohjelma.values.numbers import (
    decimals,
    format_change,
    format_value,
    number_from_text,
)


@pytest.mark.parametrize(
    ("text", "number"),
    [("71,2", 71.2), ("71.2", 71.2), ("1 234", 1234), ("1\u00a0234,5", 1234.5),
     ("\u22123", -3), ("12 34", None), ("abc", None), ("1,2,3", None), ("", None)],
)
def test_number_from_text(text: str, number: float | None) -> None:
    assert number_from_text(text) == number


def test_decimals_as_written() -> None:
    # 72.0 was typed with a decimal point: one decimal (the report shows 72,0)
    assert [decimals(v) for v in (72, 72.0, 71.2, 71.25, 0.1 + 0.2)] == [0, 1, 1, 2, 17]


def test_finnish_formatting_with_babel() -> None:
    assert format_value(71.2, "%", "fi") == "71,2\u00a0%"
    assert format_value(1234, None, "fi") == "1\u00a0234"
    assert format_value(75, "%", "fi", places=1) == "75,0\u00a0%"
    assert format_value(1234.5, "€", "en") == "1,234.5\u00a0€"
    assert format_change(1.1, "%", "fi", places=1) == "+1,1\u00a0%-yks."
    assert format_change(-148, "henkilöä", "fi", places=0) == "\u2212148\u00a0henkilöä"
    assert format_change(0, None, "fi", places=0) == "0"


def _indicator(**fields: object) -> Indicator:
    return Indicator.model_validate({"nimi": "Keksitty", **fields})


def test_latest_change_and_trend_towards_a_numeric_target() -> None:
    summary = summarise(_indicator(
        tavoitteet=[{"vuosi": 2030, "arvo": 75}],
        havainnot=[{"vuosi": 2022, "arvo": 70.1}, {"vuosi": 2019, "arvo": 68.4},
                   {"vuosi": 2023, "arvo": 71.2}],
    ))
    assert [p.when for p in summary.points] == ["2019", "2022", "2023"]
    assert summary.latest is not None and summary.latest.value == 71.2
    assert summary.change == 1.1  # exact as typed, not 1.1000000000000014
    assert summary.trend == Trend.TOWARDS


@pytest.mark.parametrize(
    ("direction", "values", "trend"),
    [("ylös", (3, 4), Trend.TOWARDS), ("ylös", (4, 3), Trend.AWAY),
     ("alas", (4, 3), Trend.TOWARDS), ("alas", (3, 3), Trend.STEADY), ("ei", (3, 4), None)],
)
def test_trend_from_the_direction_of_good(
    direction: str, values: tuple[int, int], trend: Trend | None
) -> None:
    summary = summarise(_indicator(
        suunta=direction, tavoitteet=[{"kuvaus": "Paranee"}],
        havainnot=[{"kausi": "1/2024", "arvo": values[0]}, {"kausi": "1/2025", "arvo": values[1]}],
    ))
    assert summary.trend == trend


def test_one_value_has_no_change_and_no_trend() -> None:
    summary = summarise(_indicator(suunta="ylös", havainnot=[{"vuosi": 2023, "arvo": 5}]))
    assert (summary.change, summary.trend, summary.previous) == (None, None, None)


def test_the_target_in_view_is_the_next_one_ahead() -> None:
    targets = [Target(vuosi=2030, arvo=80), Target(vuosi=2025, arvo=75), Target(kuvaus="Kasvaa")]
    assert target_in_view(targets, 2023) == targets[1]
    assert target_in_view(targets, 2026) == targets[0]
    assert target_in_view(targets, 2031) == targets[2]
    assert target_in_view(targets[:2], 2031) == targets[0]
    assert target_in_view([], 2023) is None


def test_sparkline_geometry_spaces_by_year_and_draws_the_target() -> None:
    indicator = _indicator(havainnot=[{"vuosi": 2019, "arvo": 10}, {"vuosi": 2020, "arvo": 20},
                                      {"vuosi": 2023, "arvo": 15}])
    chart = sparkline(indicator.observations, 30.0)
    assert chart is not None
    xs = [x for x, _ in chart.dots]
    assert xs[1] - xs[0] == pytest.approx((xs[2] - xs[1]) / 3)  # 2020→2023 is three years
    assert chart.target_y == PAD  # the target is the highest value: top of the chart
    assert chart.dots[0][1] == HEIGHT - PAD  # the lowest value: bottom
    assert chart.points.startswith("4,36 ")


def test_no_sparkline_for_a_single_value() -> None:
    assert sparkline(_indicator(havainnot=[{"vuosi": 2019, "arvo": 1}]).observations, None) is None


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [(12.5, 0, "13"), (13.5, 0, "14"), (2.675, 2, "2,68"), (0.125, 2, "0,13"),
     (-2.5, 0, "\u22123"), (-0.04, 1, "0,0"), (125668, 1, "125\u00a0668,0"),
     (71.25, 1, "71,3")],
)
def test_display_rounds_half_away_from_zero_on_the_value_as_typed(
    value: float, places: int, shown: str
) -> None:
    # Python's round() and Babel's default round half to even on the binary float
    # (12.5 → 12, 2.675 → 2.67); a statistics table rounds 12.5 to 13.
    assert format_value(value, None, "fi", places=places).replace("-", "\u2212") == shown


def test_a_change_that_rounds_to_zero_has_no_sign() -> None:
    assert format_change(0.04, "%", "fi", places=1) == "0,0\u00a0%-yks."
    assert format_change(-0.05, "%", "fi", places=1) == "\u22120,1\u00a0%-yks."


@pytest.mark.parametrize(
    ("fields", "places"),
    [({"havainnot": [{"vuosi": 2022, "arvo": 125668}, {"vuosi": 2023, "arvo": 12.5}]}, 1),
     ({"desimaalit": 0, "havainnot": [{"vuosi": 2023, "arvo": 12.5}]}, 0),
     ({"havainnot": [{"vuosi": 2023, "arvo": 70.0}]}, 1),  # typed with one decimal
     ({"havainnot": [{"vuosi": 2023, "arvo": 70}], "tavoitteet": [{"arvo": 75.5}]}, 1),
     ({"lähtötaso": {"vuosi": 2018, "arvo": 1.25}}, 2),
     ({}, 0)],
)
def test_one_decimal_count_per_series(fields: dict[str, object], places: int) -> None:
    assert summarise(_indicator(**fields)).places == places
