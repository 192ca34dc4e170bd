"""Every edit refuses a control character with lint's words (E117) and writes nothing:
Word's soft line break (U+000B) in a note, NUL in a note file, ESC in a label or address."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file() and ".ohjelma" not in str(p)}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("status", "set", "T1.2", "+", "--note", "rivi\vtoinen"),
         "ohjelma: virhe: kohdassa tilanne (toimenpide T1.2) on ohjausmerkki U+000B (pystysarkain: "
         "Wordin pehmeä rivinvaihto, vaihto+enter); korvaa U+000B oikealla rivinvaihdolla "
         "(YAMLissa monirivinen teksti on lohko: 'tilanne: |-' ja rivit sisennettyinä sen alla)\n"),
        (("status", "set", "T1.2", "+", "--note-file", "note.txt"),
         "ohjelma: virhe: kohdassa tilanne (toimenpide T1.2) on ohjausmerkkejä U+0001 "
         "(ohjausmerkki), U+0000 (nollamerkki); poista ne: niitä ei näe, ja taulukko-ohjelmat "
         "ja vientitiedostot hylkäävät ne\n"),
        (("period", "open", "2/2025", "--label", "Tilanne\x1b[2J"),
         "ohjelma: virhe: kohdassa --label on ohjausmerkki U+001B (escape-merkki, joka aloittaa "
         "päätteen värikoodin); poista se: sitä ei näe, ja taulukko-ohjelmat ja vientitiedostot "
         "hylkäävät sen\n"),
        (("sheet", "export", "-o", "k.xlsx", "--return-to", "a\x01b"),
         "ohjelma: virhe: kohdassa --return-to on ohjausmerkki U+0001 (ohjausmerkki); poista se: "
         "sitä ei näe, ja taulukko-ohjelmat ja vientitiedostot hylkäävät sen\n"),
    ],
    ids=["status-note", "status-note-file", "period-label", "sheet-return-to"],
)
def test_an_edit_refuses_control_characters(
    mini: Path, args: tuple[str, ...], expected: str
) -> None:
    (mini / "note.txt").write_bytes(b"a\x01b\x00c")
    before = _files(mini)
    result = run_cli(*args, cwd=mini)
    assert (result.returncode, result.stderr) == (2, expected)
    assert _files(mini) == before
