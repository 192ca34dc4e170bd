"""edit/house.py writes an assessment's lines byte for byte as the house dumper (ruamel) does,
or declines; a quick edit never writes a note another way than `ohjelma fmt` would."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kuopio_ohjelma.edit import house, splice

# Letters, digits and the punctuation notes hold, plus the characters that change a style.
NOTE_CHARACTERS = st.sampled_from(
    list("abcäöÅ XYZ019.,;()!?-/%+€§'\"#:&*|>@`[]{}~<=\t\n\u00a0\u00ad\u2028\ufeff\x85é")
)
NOTES = st.text(NOTE_CHARACTERS, max_size=40)


def _ruamel(data: dict[str, object], indent: int) -> str:
    return splice.render(house.for_ruamel(data), indent, "\n")


@given(note=NOTES, indent=st.sampled_from([0, 6]))
@example(note="Kysely tehdään syksyllä.", indent=8)
@example(note="Tilanne: 1/2026", indent=0)
@example(note="Laajentunut osittain.\nSeuraava askel 2025.", indent=8)
@example(note="Ensimmäinen.\n\nToinen kappale.", indent=8)
@example(note="no", indent=0)
@example(note="2024-1-5", indent=0)
@example(note="2 hanketta käynnissä", indent=0)
@example(note="", indent=0)
def test_a_note_is_written_as_ruamel_writes_it(note: str, indent: int) -> None:
    data = {"1/2025": {"eteneminen": house.DoubleQuoted("+/-"), "tilanne": note}}
    quick = house.render(data, indent, "\n")
    if quick is not None:
        assert quick == _ruamel(data, indent)


@pytest.mark.parametrize(
    "note",
    ["Kysely tehdään syksyllä.", "Tilanne: 1/2026", "Laajentunut osittain.\nSeuraava askel.",
     "", "Benchmark.", "2 hanketta", "(ks. T1.2) etenee"],
)
def test_common_notes_need_no_ruamel(note: str) -> None:
    """The forms editors write are written here, not declined."""
    data = {"seuranta": {"1/2025": {"eteneminen": house.DoubleQuoted("+"), "tilanne": note}}}
    assert house.render(data, 4, "\r\n") == _ruamel(data, 4).replace("\n", "\r\n")


@given(key=st.text(NOTE_CHARACTERS, min_size=1, max_size=12), mark=NOTES)
def test_keys_and_marks_are_written_as_ruamel_writes_them(key: str, mark: str) -> None:
    data = {key: {"eteneminen": house.DoubleQuoted(mark)}}
    quick = house.render(data, 2, "\n")
    if quick is not None:
        assert quick == _ruamel(data, 2)
