"""The model's short and long forms of projects and responsible bodies, and indicator display."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kuopio_ohjelma.model import Action, Indicator


def _action(**fields: object) -> Action:
    return Action.model_validate({"tunnus": "T1.1", "nimi": "Kokeilu", **fields})


def test_a_body_is_a_name_or_a_name_with_qualifier_and_note() -> None:
    action = _action(
        vastuutahot=["UEF", {"nimi": "Kuopio Health", "tarkenne": "+ muut", "huomautus": "x"}]
    )
    assert action.bodies == ["UEF", "Kuopio Health"]
    assert [ref.shown for ref in action.body_refs] == ["UEF", "Kuopio Health + muut"]
    assert action.body_refs[1].note == "x"


def test_a_project_is_a_line_or_a_line_with_note() -> None:
    action = _action(hankkeet=["A (2018-20)", {"nimi": "B (2021-23)?", "huomautus": "x"}])
    assert action.projects == ["A (2018-20)", "B (2021-23)?"]
    assert [(i, y.name) for i, y in action.project_parts()] == [(0, "A"), (1, "B")]


def test_unknown_keys_in_the_long_form_are_refused() -> None:
    with pytest.raises(ValidationError) as error:
        _action(vastuutahot=[{"nimi": "UEF", "tarkene": "ym."}])
    assert error.value.errors()[0]["loc"] == ("vastuutahot", 0, "tarkene")


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"tarkenne": "18 – 64-vuotiaat", "erotin": ";"}, "Mittari; 18 – 64-vuotiaat"),
        ({"lähde": "ELPO-mittaristo", "erotin": "/"}, "Mittari /ELPO-mittaristo"),
        ({"lähde": "Taloustutkimus"}, "Mittari (Taloustutkimus)"),
        ({}, "Mittari"),
    ],
)
def test_indicator_shown_with_the_sources_separator(fields: dict[str, str], shown: str) -> None:
    assert Indicator.model_validate({"nimi": "Mittari", **fields}).shown == shown
