"""The notes under an action's row in the text diff and `sheet import --dry-run`: readable in
80 columns, a change at the end of a long note not cut away, an emptied note said so."""

from __future__ import annotations

from kuopio_ohjelma.core.moves import Move
from kuopio_ohjelma.diff.compare import ActionChange
from kuopio_ohjelma.diff.note_text import note_lines
from kuopio_ohjelma.model import Assessment

# MADE-UP notes.
SHARED = " ".join(f"sana{n}" for n in range(1, 41))


def _change(old: str | None, new: str) -> ActionChange:
    before = Assessment(progress="+", note=old) if old is not None else None
    return ActionChange(
        theme="alpha", goal=1, action="T1.1", title="Toimenpide", period="1/2025",
        before=before, after=Assessment(progress="+", note=new), move=Move.UNCHANGED,
        note_changed=(old or "") != new, since="1/2025",
    )


def test_a_long_shared_start_is_left_out_of_both_notes() -> None:
    lines = note_lines(_change(f"{SHARED} loppu.", f"{SHARED} uusi loppu."), 80)
    assert lines == [
        "     Ennen:   … sana37 sana38 sana39 sana40 loppu.",
        "     Jälkeen: … sana37 sana38 sana39 sana40 uusi loppu.",
    ]


def test_a_new_note_and_an_emptied_one() -> None:
    assert note_lines(_change(None, "Alkoi."), 80) == ["     Jälkeen: Alkoi."]
    assert note_lines(_change("", "Alkoi."), 80) == ["     Jälkeen: Alkoi."]
    assert note_lines(_change("Alkoi.", ""), 80) == [
        "     Ennen:   Alkoi.",
        "     Jälkeen: (tyhjä)",
    ]
    assert note_lines(_change("Sama.", "Sama."), 80) == []


def test_every_line_fits_and_a_long_note_says_how_to_see_it_all() -> None:
    lines = note_lines(_change(None, "pitkäsana " * 200), 80)
    assert len(lines) == 5 and max(len(line) for line in lines) <= 80
    assert lines[3].endswith(" …")
    assert lines[4] == "              (lyhennetty; koko tilanneteksti: -f json)"
