"""The scale drives marks: tones and ranks come from the declared order, not from codes."""

from __future__ import annotations

import pytest

from kuopio_ohjelma.core.scale import Tone, needs_explaining, step_of, suggest_mark, tone
from kuopio_ohjelma.model import ProgrammeInfo


def _info(scale: list[dict[str, object]]) -> ProgrammeInfo:
    """A made-up programme with only a scale worth looking at."""
    return ProgrammeInfo.model_validate(
        {"nimi": "Kokeiluohjelma", "strategia": "Keksitty", "toimenpidekausi": "2020-2021",
         "asteikko": scale, "kaudet": [], "painopisteet": []}
    )


KUOPIO_LIKE = _info([
    {"koodi": "+", "selite": "hyvä", "arvo": 2},
    {"koodi": "+/-", "selite": "osittain", "arvo": 1},
    {"koodi": "-", "selite": "huono", "arvo": 0},
    {"koodi": "?", "selite": "ei tietoa", "arvo": None},
])
FIVE_STEPS = _info([
    {"koodi": "A", "selite": "valmis", "arvo": 5},
    {"koodi": "B", "selite": "pitkällä", "arvo": 4},
    {"koodi": "C", "selite": "alussa", "arvo": 2},
    {"koodi": "D", "selite": "ei alkanut", "arvo": 1},
    {"koodi": "X", "selite": "ei tietoa", "arvo": None},
])


def test_tones_follow_the_declared_order() -> None:
    assert [tone(KUOPIO_LIKE, c) for c in ("+", "+/-", "-", "?")] == [
        Tone.HIGH, Tone.MID, Tone.LOW, Tone.NONE
    ]
    assert [tone(FIVE_STEPS, c) for c in "ABCDX"] == [
        Tone.HIGH, Tone.MID, Tone.MID, Tone.LOW, Tone.NONE
    ]


def test_uncertain_marks_keep_their_step_and_unknown_codes_have_none() -> None:
    assert tone(KUOPIO_LIKE, "+?") is Tone.HIGH
    assert step_of(KUOPIO_LIKE, "+/-?") == KUOPIO_LIKE.scale[1]
    assert step_of(KUOPIO_LIKE, "±") is None
    assert tone(KUOPIO_LIKE, "±") is Tone.NONE


def test_the_lowest_step_and_unknown_need_a_note() -> None:
    assert [needs_explaining(FIVE_STEPS, c) for c in "ABCDX"] == [False, False, False, True, True]
    assert needs_explaining(KUOPIO_LIKE, "-?")


@pytest.mark.parametrize(("written", "meant"), [
    ("+-", "+/-"), ("+/", "+/-"), ("/-", "+/-"), ("+-?", "+/-?"), ("+ -", "+/-"),
    ("+/\u2212", "+/-"), ("\u201d+\u201d", "+"), ("osittain", "+/-"),
    ("++", None), ("-+", None), ("--", None), ("x", None), ("", None),
])
def test_the_mark_meant(written: str, meant: str | None) -> None:
    assert suggest_mark(KUOPIO_LIKE, written) == meant


def test_a_scale_of_letters_is_not_guessed_at() -> None:
    assert suggest_mark(FIVE_STEPS, "AB") is None
