"""What an editor reads for YAML that is valid but not the data's: a list item YAML reads as a
number or true, and anchors, aliases and merge keys (each line as lint prints it in Finnish)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import report_lines, run_many

GOAL = Path("data/goals/01-ensimmainen.yaml")


def _lint(mini: Path, old: str, new: str) -> list[str]:
    path = mini / GOAL
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    (answer,) = run_many([["lint", "--no-cache"]], cwd=mini)
    assert answer.code == 1
    return report_lines(answer.stdout)


@pytest.mark.slow
def test_a_project_yaml_reads_as_a_number_or_true_gets_the_quoted_line_as_typed(
    mini: Path,
) -> None:
    lines = _lint(mini, "      - Kokeiluhanke (2024-25)\n",
                  "      - 2020\n      - on\n      - 1.10\n      - null\n      -\n")
    assert lines[:10] == [
        f"{GOAL}:11:9: E202 toimenpide T1.1, 'hankkeet', kohta 1 ei ole tekstiä vaan luku 2020",
        '    vihje: laita arvo lainausmerkkeihin, jotta se pysyy tekstinä: - "2020"',
        f"{GOAL}:12:9: E202 toimenpide T1.1, 'hankkeet', kohta 2 ei ole tekstiä vaan "
        "totuusarvo (true)",
        '    vihje: laita arvo lainausmerkkeihin, jotta se pysyy tekstinä: - "on"',
        f"{GOAL}:13:9: E202 toimenpide T1.1, 'hankkeet', kohta 3 ei ole tekstiä vaan luku 1.1",
        '    vihje: laita arvo lainausmerkkeihin, jotta se pysyy tekstinä: - "1.10"',
        f"{GOAL}:14:9: E202 toimenpide T1.1, 'hankkeet', kohta 4 ei ole tekstiä vaan tyhjä",
        '    vihje: laita arvo lainausmerkkeihin, jotta se pysyy tekstinä: - "null"',
        f"{GOAL}:15:8: E202 toimenpide T1.1, 'hankkeet', kohta 5 on tyhjä",
        "    vihje: kirjoita teksti merkin '- ' perään tai poista rivi",
    ]


@pytest.mark.slow
def test_anchors_aliases_and_merge_keys_are_refused_with_why_and_what_to_write(
    mini: Path,
) -> None:
    lines = _lint(
        mini,
        '      1/2024:\n        eteneminen: "-"\n        tilanne: Ei alkanut.\n',
        '      1/2024: &alku\n        eteneminen: "-"\n        tilanne: Ei alkanut.\n'
        "      1/2023:\n        <<: *alku\n",
    )
    assert lines[:4] == [
        f"{GOAL}:15:15: E110 ankkuri &alku: ankkureita ja viittauksia (*alku) ei voi käyttää "
        "datatiedostoissa, koska jokainen arvo kirjoitetaan omalle paikalleen (muokkaus ja "
        "raportti lukevat yhden kohdan kerrallaan)",
        "    vihje: poista '&alku' ja kirjoita sen arvot kokonaan auki jokaiseen kohtaan, jossa "
        "käytetään viittausta *alku",
        f"{GOAL}:19:13: E110 yhdistämisavainta '<<: *alku' ei voi käyttää datatiedostoissa: "
        "kohdan jokainen avain kirjoitetaan kohtaan itseensä",
        "    vihje: kirjoita ankkurin &alku avaimet tähän kokonaan auki rivin '<<: *alku' "
        "tilalle (se on rivillä 15)",
    ]
    lines = _lint(mini, "      1/2023:\n        <<: *alku\n", "      1/2023: *alku\n")
    assert lines[2:4] == [
        f"{GOAL}:18:15: E110 viittausta *alku ei voi käyttää datatiedostoissa: jokainen arvo "
        "kirjoitetaan omalle paikalleen",
        "    vihje: kirjoita ankkurin &alku arvo tähän kokonaan auki (se on rivillä 15)",
    ]


@pytest.mark.slow
def test_an_emptied_programme_file_is_restored_not_deleted(mini: Path) -> None:
    (mini / "data" / "programme.yaml").write_text("# vain kommentti\n", encoding="utf-8")
    (answer,) = run_many([["lint", "--no-cache"]], cwd=mini)
    assert answer.code == 1
    assert report_lines(answer.stdout)[:2] == [
        "data/programme.yaml:1:1: E107 tiedosto on tyhjä",
        "    vihje: ohjelma tarvitsee tämän tiedoston: palauta sen sisältö gitistä "
        "(git checkout -- data/programme.yaml) tai kirjoita se",
    ]
