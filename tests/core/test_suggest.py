"""'Did you mean' for action ids: the goal's own range when only the number is wrong
(the autouse fixture of tests/core sets English and resets the language after each test)."""

from __future__ import annotations

import pytest

from kuopio_ohjelma.core.suggest import unknown_action
from kuopio_ohjelma.locale import set_language

IDS = ["T1.1", "T1.2", "T4.1", "T4.2", "T4.3", "T6.9"]


@pytest.mark.parametrize(("written", "message"), [
    ("T4.9", "unknown action 'T4.9'; goal 4 has the actions T4.1–T4.3"),
    ("t4.2", "unknown action 't4.2'; did you mean 'T4.2'?"),
    ("T 4,2", "unknown action 'T 4,2'; did you mean 'T4.2'?"),
    ("T04.02", "unknown action 'T04.02'; did you mean 'T4.2'?"),
    ("T9.9", "unknown action 'T9.9'; there is no goal 9; the goals are 1, 4, 6"),
    ("T2.1", "unknown action 'T2.1'; there is no goal 2; the goals are 1, 4, 6"),
    ("Q", "unknown action 'Q'"),
])
def test_unknown_action(written: str, message: str) -> None:
    assert unknown_action(written, IDS) == message


def test_a_goal_that_does_not_exist_names_the_goals_range() -> None:
    ids = [f"T{goal}.{number}" for goal in range(1, 14) for number in (1, 2)]
    assert unknown_action("T14.1", ids) == (
        "unknown action 'T14.1'; there is no goal 14; the goals are 1–13"
    )


def test_unknown_action_in_finnish() -> None:
    set_language("fi")
    assert unknown_action("T4.9", IDS) == (
        "tuntematon toimenpide 'T4.9'; tavoitteessa 4 on toimenpiteet T4.1–T4.3"
    )
    assert unknown_action("T9.9", IDS) == (
        "tuntematon toimenpide 'T9.9'; tavoitetta 9 ei ole; tavoitteet ovat 1, 4, 6"
    )
