"""The text diff (and so sheet import --dry-run, which prints it) fits 80 columns on the
shipped programme, whose theme and action names run to 270 characters: names wrap under
their number or id, the summary has a column per theme, each action's marks are on the
indented line below its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import EN, run_many

T2_5 = [
    " T2.5 Yhden luukun yrityspalvelut – yritysten palvelukokonaisuuden kehittäminen.",
    "      Jatkossa myös TE-palvelut ja Uusyrityskeskus osaksi kokonaisuutta ja",
    "      yhteinen sähköinen palvelualusta",
    "   1/2024 → 1/2025  -      +           ↑ parannus       muuttui",
    # the notes before and after, wrapped; a long one shortened, saying how to see it all
    "     Ennen:   Hankkeen päätyttyä Business Center –toimintaa jatketaan",
    "              sopimusperusteisesti Savonian koordinoimana, muilta osin",
    "              toimenpide ei ole edennyt. Valmistelussa olevassa",
    "              TE-palvelu-uudistuksessa siirtyy uusia yrityspalvelujen kuntien …",
    "              (lyhennetty; koko tilanneteksti: -f json)",
    "     Jälkeen: Esimerkki: uusi kirjaus.",
]


@pytest.mark.parametrize("env", [{}, EN])
def test_every_line_fits_80_columns(shipped: Path, env: dict[str, str]) -> None:
    setup, diff = run_many([
        ["period", "open", "1/2025"],
        ["status", "set", "T2.5", "+", "--note", "Esimerkki: uusi kirjaus."],
        ["diff"],
    ], cwd=shipped, env=env)[1:]
    assert (setup.code, diff.code) == (0, 0), setup.stderr + diff.stderr
    lines = diff.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert len([line for line in lines if line.startswith("   1/2024 → 1/2025  ")]) == 77
    if not env:
        start = lines.index(T2_5[0])
        assert lines[start : start + len(T2_5)] == T2_5
        theme = lines.index("  2  VETOVOIMAINEN INNOVAATIO- JA OPPIMISYMPÄRISTÖ SEKÄ LAADUKAS "
                            "KOULUTUSKETJU")
        assert lines[theme + 1] == "     VARHAISKASVATUKSESTA KORKEAKOULUTUKSEEN"
        assert " tilanne muuttui    1   0   0  0         1" in lines


@pytest.mark.slow  # writes and reads a workbook of the whole programme
def test_sheet_import_dry_run_fits_80_columns(shipped: Path) -> None:
    from tests.sheets.workbooks import fill

    opened, exported = run_many([["period", "open", "1/2025"],
                                 ["sheet", "export", "-o", "kierros.xlsx"]], cwd=shipped)
    assert (opened.code, exported.code) == (0, 0), exported.stderr
    fill(shipped / "kierros.xlsx", {"H2": "+", "I2": "Esimerkki: vastaus."})
    dry = run_many([["sheet", "import", "--dry-run", "kierros.xlsx"]], cwd=shipped)[0]
    lines = dry.stdout.splitlines()
    assert dry.code == 0 and max(len(line) for line in lines) <= 80
    start = lines.index(" T1.1 Osaajien rekrytoinnin tuki, opiskelu- ja työperäinen maahanmuutto")
    assert lines[start + 1 : start + 3] == [
        "   1/2025  ei arviota  +        + uusi arvio  lisätty",
        "     Jälkeen: Esimerkki: vastaus.",
    ]
    reminder = lines[lines.index("Asettaisi 1 arvion 1 tiedostoon; mitään ei kirjoitettu "
                                 "(--dry-run).") + 1:]
    assert reminder[0].startswith("Ei vastausta tiedostossa kierros.xlsx: T1.2, T1.3, ")
    assert all(line.startswith("  T") for line in reminder[1:]) and len(reminder) > 3
    assert ", ".join(reminder).count("T") == 76
