"""The judgements behind W612-W614 on made-up series: what is blamed, and what never is."""

from __future__ import annotations

import pytest

from kuopio_ohjelma.indicators import plausible


@pytest.mark.parametrize(
    ("values", "blamed"),
    [
        ([124950, 125668000, 126100, 126.9], [1, 3]),  # a right value between two slips
        ([2, 40, 900, 3000, 5000], []),  # grew steadily: never 500-fold in one step
        ([125000, 125.7], [1]),  # a series of two: the newer is blamed
        ([125.7, 125000], [1]),  # two values cannot tell which slipped: still the newer
        ([-50, 90000, 0, 85000], []),  # across zero or a change of sign: no ratio
        ([0.2, 0.3, 250], [2]),
        ([7], []),
    ],
)
def test_jumps(values: list[float], blamed: list[int]) -> None:
    assert plausible.jumps(values) == blamed


@pytest.mark.parametrize(
    ("typed", "value", "around", "meant"),
    [
        ("125.668", 125.668, [124950, 126100], 125668),
        ("-1.250", -1.25, [-1300], -1250),
        ("125.66", 125.66, [124950], None),  # two decimals: not a thousands dot
        ("125.668", 125.668, [130.2], None),  # the neighbours are as small: a real decimal
        ("125.668", 125.668, [], None),
        ("1.500", 1.5, [9_000_000], None),  # 1 500 is not near 9 million either
    ],
)
def test_thousands_meant(typed: str, value: float, around: list[float], meant: int | None) -> None:
    assert plausible.thousands_meant(typed, value, around) == meant


def test_a_series_over_100_in_most_years_is_not_a_slip() -> None:
    assert plausible.over_hundred([108.5, 112.0, 96.4])
    assert not plausible.over_hundred([250])  # one value: it may be a slip
    assert not plausible.over_hundred([70.1, 712, 71.0])


def test_scaled_is_exact_as_typed() -> None:
    assert plausible.scaled(125668000, 1000) == 125668
    assert plausible.scaled(126.9, -1000) == 126900
    assert plausible.scaled(0.1234, -1000) == 123.4
    assert plausible.share_meant(712, [70.1]) == 71.2
    assert plausible.share_meant(712, []) is None
