"""Every kind of data file, broken field by field: the message names the place as its editor
knows it (action id, period, theme, body, value…), never a data path such as
`toimenpiteet[2].seuranta.1/2024` or a `[key]` placeholder. Made-up mini repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.lint.config import LintConfig
from kuopio_ohjelma.lint.engine import lint
from kuopio_ohjelma.lint.reporters import text_report
from kuopio_ohjelma.locale import set_language
from tests.helpers import UNWRAPPED

GOAL, PROG = "data/goals/01-ensimmainen.yaml", "data/programme.yaml"
ORGS, IND = "data/organisations.yaml", "data/indicators/kokeilumittari.yaml"
SRC = "lähde: Keksitty lähde"

# (file, text, replacement, Finnish line, English line)
CASES = [
    (GOAL, 'eteneminen: "-"', "eteneminen: 3",
     "16:21: E202 'eteneminen' (toimenpide T1.1, kausi 1/2024) pitää olla tekstiä, ei luku 3",
     "16:21: E202 'eteneminen' (action T1.1, period 1/2024) must be text, not the number 3"),
    (GOAL, "tilanne: Ei alkanut.", "tilanne: [a]",
     "17:18: E202 'tilanne' (toimenpide T1.1, kausi 1/2024) pitää olla tekstiä, ei luettelo",
     "17:18: E202 'tilanne' (action T1.1, period 1/2024) must be text, not a list"),
    (GOAL, "nimi: Heikkenevä toimenpide", "nimii: x",
     "22:5: E203 tuntematon avain 'nimii' kohdassa toimenpide T1.2",
     "22:5: E203 unknown key 'nimii' in action T1.2"),
    (GOAL, "      - Kokeiluhanke (2024-25)", "      - nimi: Kokeiluhanke\n        huom: x",
     "12:9: E203 tuntematon avain 'huom' kohdassa toimenpide T1.1, hanke 'Kokeiluhanke'",
     "12:9: E203 unknown key 'huom' in action T1.1, project 'Kokeiluhanke'"),
    (GOAL, "      - Kokeiluhanke (2024-25)", "      - 5",
     "11:9: E202 toimenpide T1.1, 'hankkeet', kohta 1 ei ole tekstiä vaan luku 5",
     "11:9: E202 action T1.1, item 1 of 'hankkeet' is not text but the number 5"),
    (GOAL, "      - Testipalvelut\n    seuranta",
     "      - nimi: Testipalvelut\n        tarkenne: 5\n    seuranta",
     "14:19: E202 'tarkenne' (toimenpide T1.1, vastuutaho 'Testipalvelut') pitää olla tekstiä",
     "14:19: E202 'tarkenne' (action T1.1, responsible body 'Testipalvelut') must be text"),
    (GOAL, 'eteneminen: "+"\n        tilanne: Hyvin menee.',
     'eteneminen: "+"\n        muuta: x',
     "28:9: E203 tuntematon avain 'muuta' kohdassa toimenpide T1.2, kausi 1/2024",
     "28:9: E203 unknown key 'muuta' in action T1.2, period 1/2024"),
    (GOAL, "  - tunnus: T1.3", "  - tunnus: 1.3",
     "32:13: E202 'tunnus' ('toimenpiteet', kohta 3) pitää olla tekstiä, ei luku 1.3",
     "32:13: E202 'tunnus' (item 3 of 'toimenpiteet') must be text, not the number 1.3"),
    (GOAL, "numero: 1", "numero: 0",
     "2:9: E204 'numero': pitää olla vähintään 1", "2:9: E204 'numero': must be 1 or more"),
    (GOAL, '  - "Sitova tavoite TA2024: keksitty"', "  - 2024",
     "6:5: E202 'sitovat_tavoitteet', kohta 1 pitää olla tekstiä, ei luku 2024",
     "6:5: E202 item 1 of 'sitovat_tavoitteet' must be text, not the number 2024"),
    (PROG, "    nimi: Tilanne 1/2025", "    nimi: 2025",
     "25:11: E202 'nimi' (kausi 1/2025) pitää olla tekstiä, ei luku 2025",
     "25:11: E202 'nimi' (period 1/2025) must be text, not the number 2025"),
    (PROG, "    selite: Ei ole edennyt", "    selite: 0",
     "16:13: E202 'selite' (asteikon merkki \"-\") pitää olla tekstiä",
     "16:13: E202 'selite' (scale mark \"-\") must be text"),
    (PROG, "      - toinen-mittari", "      - Toinen",
     "34:9: E204 painopiste beta, 'mittarit', kohta 1: teksti 'Toinen' ei ole",
     "34:9: E204 theme beta, item 1 of 'mittarit': text 'Toinen' is not"),
    (PROG, "    teksti: Keksitty ohjelma testejä varten.", "    tekstii: x",
     "6:5: E203 tuntematon avain 'tekstii' kohdassa taustateksti 'Ohjelman tausta'",
     "6:5: E203 unknown key 'tekstii' in background text 'Ohjelman tausta'"),
    (ORGS, "      - Testipalvelu", "      - 5",
     "5:9: E202 vastuutaho 'Testipalvelut', 'aliakset', kohta 1 pitää olla tekstiä",
     "5:9: E202 responsible body 'Testipalvelut', item 1 of 'aliakset' must be text"),
    (ORGS, "  - nimi: Kokeiluyksikkö", "  - nimi: Kokeiluyksikkö\n    aliakset: x",
     "7:15: E202 'aliakset' (vastuutaho 'Kokeiluyksikkö') pitää olla luettelo",
     "7:15: E202 'aliakset' (responsible body 'Kokeiluyksikkö') must be a list"),
    (IND, SRC, SRC + "\nsuunta: up",
     "4:9: E204 'suunta': teksti 'up' ei ole mikään sallituista: 'ylös', 'alas', 'ei'",
     "4:9: E204 'suunta': text 'up' is not one of 'ylös', 'alas', 'ei'"),
    (IND, SRC, "lähde:\n  nimi: X\n  osoite: www.x.fi",
     "5:11: E204 'osoite' ('lähde'): teksti 'www.x.fi' ei ole odotetussa muodossa",
     "5:11: E204 'osoite' ('lähde'): text 'www.x.fi' is not in the expected form"),
    (IND, SRC, SRC + "\ndesimaalit: 9",
     "4:13: E204 'desimaalit': pitää olla enintään 6",
     "4:13: E204 'desimaalit': must be 6 or less"),
    (IND, SRC, SRC + "\nhavainnot:\n  - vuosi: 2024\n    arvo: x",
     "6:11: E202 'arvo' (arvo 2024) pitää olla luku, ei teksti 'x'",
     "6:11: E202 'arvo' (value of 2024) must be a number, not text 'x'"),
    (IND, SRC, SRC + "\ntavoitteet:\n  - vuosi: 2030\n    arvoo: 3",
     "6:5: E203 tuntematon avain 'arvoo' kohdassa tavoite vuodelle 2030",
     "6:5: E203 unknown key 'arvoo' in target for 2030"),
]


@pytest.mark.parametrize(("name", "old", "new", "finnish", "english"), CASES)
def test_message_names_the_place(
    mini: Path, monkeypatch: pytest.MonkeyPatch,
    name: str, old: str, new: str, finnish: str, english: str,
) -> None:
    target = mini / name
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    monkeypatch.chdir(mini)
    for lang, expected in (("fi", finnish), ("en", english)):
        set_language(lang)
        try:
            report = lint(load_repository(Path(".")), LintConfig())
            shown = text_report(report._replace(width=UNWRAPPED), False)  # words, not layout
        finally:
            set_language(None)
        assert f"{name}:{expected}" in shown, shown
        assert "[key]" not in shown and "toimenpiteet[" not in shown
