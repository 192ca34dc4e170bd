"""Every finding `sheet import` can report is documented: `ohjelma rules` lists it and
`ohjelma lint --explain` explains it, in Finnish and in English.

The codes are read from the sheets package's source (every string that looks like a
finding code), not copied here: a new code written without its documentation fails."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kuopio_ohjelma import sheets
from kuopio_ohjelma.sheets.codes import WORKBOOK_FINDINGS
from tests.helpers import EN, run_many

SHEETS = Path(sheets.__file__).parent
_CODE = re.compile(r"S\d{3}")


def _codes_in_the_source() -> set[str]:
    found = set()
    for path in SHEETS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CODE.fullmatch(
                node.value
            ):
                found.add(node.value)
    return found


def test_every_code_the_sheets_package_names_is_documented() -> None:
    found = _codes_in_the_source()
    assert found >= {"S100", "S101", "S103", "S120", "S132"}  # the scan finds them
    assert found == set(WORKBOOK_FINDINGS)


@pytest.fixture(scope="module")
def said(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """`rules` and `--explain` of every code, in Finnish and English: one process each."""
    cwd = tmp_path_factory.mktemp("anywhere")
    calls = [["rules"], *(["lint", "--explain", code] for code in sorted(WORKBOOK_FINDINGS))]
    answers = {lang: run_many(calls, cwd=cwd, env=env) for lang, env in (("fi", {}), ("en", EN))}
    assert all(a.code == 0 and not a.stderr for each in answers.values() for a in each)
    return {lang: [a.stdout for a in each] for lang, each in answers.items()}


def test_rules_lists_every_workbook_finding(said: dict[str, list[str]]) -> None:
    for lang, heading in (("fi", "Työkirjojen havainnot (ohjelma sheet import):"),
                          ("en", "Workbook findings (ohjelma sheet import):")):
        listing = said[lang][0].splitlines()
        section = listing[listing.index(heading) + 1:]
        codes = [line[:4] for line in section if _CODE.fullmatch(line[:4])]
        assert codes == sorted(WORKBOOK_FINDINGS)
    finnish = said["fi"][0].splitlines()
    assert finnish[finnish.index("S120  virhe     Merkintä ei ole asteikolla [mark-not-on-scale]")
                   + 1] == "      Etenemisen solussa on jotain muuta kuin asteikon merkki."


def test_explain_gives_each_code_its_finnish_documentation(said: dict[str, list[str]]) -> None:
    for code, finnish, english in zip(sorted(WORKBOOK_FINDINGS), said["fi"][1:], said["en"][1:],
                                      strict=True):
        finding = WORKBOOK_FINDINGS[code]
        assert finnish.startswith(f"{code} ") and f"({finding.name}, " in finnish.splitlines()[0]
        assert english.startswith(f"{code} ")
        assert "Miksi sillä on väliä:" in finnish and "Kirjoita sen sijaan:" in finnish
        assert "Why it matters:" in english and "Use instead:" in english
        assert finnish.split("\n\n")[1] != english.split("\n\n")[1], code  # translated


def test_explain_s120_as_an_editor_reads_it(said: dict[str, list[str]]) -> None:
    s120 = said["fi"][1 + sorted(WORKBOOK_FINDINGS).index("S120")]
    assert s120 == (
        "S120 Merkintä ei ole asteikolla (mark-not-on-scale, virhe)\n"
        "\n"
        "Etenemisen solussa on jotain muuta kuin asteikon merkki.\n"
        "\n"
        "Miksi sillä on väliä: raportti ei voisi selittää merkkiä eikä diff asettaa sitä\n"
        "  järjestykseen. Samannäköisellä viivalla kirjoitettu merkki tai\n"
        "  pudotusvalikosta liitetty selite luetaan ja siitä kerrotaan, sitä ei hylätä.\n"
        "Esimerkki: `etenee` tai `++` sarakkeessa *Eteneminen*.\n"
        "Kirjoita sen sijaan: valitse merkki pudotusvalikosta: `+`, `+/-`, `-`, `?` tai\n"
        "  epävarma muoto, kuten `+?`; lähin merkki ehdotetaan.\n"
    )
