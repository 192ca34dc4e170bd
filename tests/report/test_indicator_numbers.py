"""The report's numbers of one indicator: one decimal count per series, rounded for display
only (made-up values)."""

from __future__ import annotations

from kuopio_ohjelma.model import Indicator
from kuopio_ohjelma.report.indicators import indicator_view


def _view(**fields: object) -> list[str]:
    indicator = Indicator.model_validate({"nimi": "Keksitty", "yksikkö": "henkilöä", **fields})
    view = indicator_view("keksitty", indicator, "fi")
    return [row.value for row in view.rows] + [view.latest, view.change, view.target]


def test_without_desimaalit_the_most_decimals_typed_are_shown_for_every_value() -> None:
    values = [{"vuosi": 2022, "arvo": 125668}, {"vuosi": 2023, "arvo": 12.5}]
    assert _view(havainnot=values, tavoitteet=[{"arvo": 100000}]) == [
        "125\u00a0668,0\u00a0henkilöä", "12,5\u00a0henkilöä", "12,5\u00a0henkilöä",
        "\u2212125\u00a0655,5\u00a0henkilöä", "100\u00a0000,0\u00a0henkilöä",
    ]


def test_desimaalit_rounds_every_number_of_the_series_half_away_from_zero() -> None:
    values = [{"vuosi": 2022, "arvo": 125668}, {"vuosi": 2023, "arvo": 125670.5}]
    assert _view(desimaalit=0, havainnot=values, tavoitteet=[{"arvo": 130000.5}]) == [
        "125\u00a0668\u00a0henkilöä", "125\u00a0671\u00a0henkilöä", "125\u00a0671\u00a0henkilöä",
        "+3\u00a0henkilöä", "130\u00a0001\u00a0henkilöä",
    ]
