"""Moves between two assessments on the scale: better, worse, the same, or to/from unknown."""

from __future__ import annotations

import pytest

from kuopio_ohjelma.core.moves import Move, classify
from kuopio_ohjelma.model import Assessment
from tests.core.test_scale import FIVE_STEPS, KUOPIO_LIKE


def _a(progress: str) -> Assessment:
    return Assessment.model_validate({"eteneminen": progress, "tilanne": "keksitty"})


@pytest.mark.parametrize(
    ("before", "after", "move"),
    [
        ("-", "+", Move.IMPROVED),
        ("+", "+/-", Move.DECLINED),
        ("+/-", "+/-?", Move.UNCHANGED),
        ("+", "?", Move.TO_UNKNOWN),
        ("?", "-", Move.FROM_UNKNOWN),
        ("?", "?", Move.UNCHANGED),
    ],
)
def test_moves_on_the_kuopio_like_scale(before: str, after: str, move: Move) -> None:
    assert classify(KUOPIO_LIKE, _a(before), _a(after)) is move


def test_missing_sides() -> None:
    assert classify(KUOPIO_LIKE, None, _a("+")) is Move.NEWLY_ASSESSED
    assert classify(KUOPIO_LIKE, _a("+"), None) is Move.NO_LONGER_ASSESSED
    assert classify(KUOPIO_LIKE, None, None) is Move.NOT_ASSESSED


def test_another_scale_is_ordered_by_its_own_ranks() -> None:
    assert classify(FIVE_STEPS, _a("D"), _a("C")) is Move.IMPROVED
    assert classify(FIVE_STEPS, _a("A"), _a("X")) is Move.TO_UNKNOWN
