"""`ohjelma indicator set` on the made-up indicator fixture: one value in, nothing else moves."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from tests.conftest import INDICATORS
from tests.helpers import run_cli

SHARE = Path("data/indicators/keksitty-osuus.yaml")
COUNTS_CSV = Path("data/indicators/keksitty-lukumaara.csv")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    target = tmp_path / "indicators"
    shutil.copytree(INDICATORS, target)
    return target


def _changes(before: str, after: str) -> list[str]:
    return [
        line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def _set(repo: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("indicator", "set", *args, cwd=repo)
    return result.returncode, result.stdout, result.stderr


def test_a_new_year_is_added_in_time_order_with_its_note(repo: Path) -> None:
    before = (repo / SHARE).read_text(encoding="utf-8")
    code, out, err = _set(repo, "keksitty-osuus", "2024", "72,3", "--note", "ennakkotieto")
    assert code == 0, err
    assert out == "keksitty-osuus 2024: ei arvoa → 72.3 (data/indicators/keksitty-osuus.yaml)\n"
    after = (repo / SHARE).read_text(encoding="utf-8")
    assert _changes(before, after) == [
        "+  - vuosi: 2024", "+    arvo: 72.3", "+    huomautus: ennakkotieto"]
    assert after.endswith("    huomautus: ennakkotieto\n")
    assert run_cli("lint", cwd=repo).returncode == 0


def test_an_existing_value_is_replaced_in_place(repo: Path) -> None:
    before = (repo / SHARE).read_text(encoding="utf-8")
    code, _, err = _set(repo, "keksitty-osuus", "2021", "69.6", "--source", "Korjattu lähde")
    assert code == 0, err
    assert _changes(before, (repo / SHARE).read_text(encoding="utf-8")) == [
        "-    arvo: 69.5", "+    arvo: 69.6", "+    lähde: Korjattu lähde"]


def test_the_same_value_again_says_nothing_changed(repo: Path) -> None:
    before = (repo / SHARE).read_bytes()
    code, out, err = _set(repo, "keksitty-osuus", "2021", "69,5")
    assert (code, err) == (0, "")
    assert out == ("keksitty-osuus 2021: ei muutoksia (69.5 on jo tiedostossa\n"
                   "  data/indicators/keksitty-osuus.yaml)\n")
    assert (repo / SHARE).read_bytes() == before


def test_an_earlier_year_goes_before_the_others(repo: Path) -> None:
    assert _set(repo, "keksitty-osuus", "2018", "67")[0] == 0
    text = (repo / SHARE).read_text(encoding="utf-8")
    assert text.index("- vuosi: 2018") < text.index("- vuosi: 2019")


def test_a_series_in_the_sidecar_csv_is_edited_there(repo: Path) -> None:
    yaml_before = (repo / COUNTS_CSV.with_suffix(".yaml")).read_bytes()
    code, _, err = _set(repo, "keksitty-lukumaara", "2019", "1500")
    assert code == 0, err
    code, _, err = _set(repo, "keksitty-lukumaara", "2022", "1 200", "--note", "korjattu")
    assert code == 0, err
    assert (repo / COUNTS_CSV).read_text(encoding="utf-8") == (
        "vuosi,arvo,huomautus\n2019,1500,\n2020,1480,keksitty\n2021,1395,\n2022,1200,korjattu\n"
        "2023,1250,\n2024,1102,\n"
    )
    assert (repo / COUNTS_CSV.with_suffix(".yaml")).read_bytes() == yaml_before
    assert run_cli("lint", cwd=repo).returncode == 0


def test_a_period_value_needs_a_declared_period(repo: Path) -> None:
    assert _set(repo, "keksitty-kausimittari", "1/2025", "3.3")[0] == 0
    code, _, err = _set(repo, "keksitty-kausimittari", "2/2025", "3")
    assert code == 2
    assert "'2/2025'" in err and "1/2025" in err


@pytest.mark.parametrize(
    ("args", "fragment"),
    [(("keksittyosuus", "2020", "1"), "keksitty-osuus"),
     (("keksitty-osuus", "2020", "paljon"), "'paljon'"),
     (("keksitty-osuus", "vuonna 2020", "1"), "'vuonna 2020'"),
     (("keksitty-osuus", "20", "1"), "'20'"),
     # Outside the one valid range (values/numbers.check_range), said as lint says it.
     (("keksitty-osuus", "2020", "1" + "0" * 28), "arvo on liian suuri: arvossa on enintään 15"),
     # Longer than any value typed on purpose (core/limits.py): refused before any work.
     (("keksitty-osuus", "2020", "1" + "0" * 5000), "komentorivin arvossa on 5001 merkkiä"),
     (("keksitty-osuus", "2020", "0,00000001"), "liian monta desimaalia: enintään 6"),
     # A control character: lint's words (E117), never written.
     (("keksitty-osuus", "2020", "1", "--note", "a\x1bb"),
      "kohdassa --note on ohjausmerkki U+001B (escape-merkki, joka aloittaa päätteen värikoodin)"),
     (("keksitty-osuus", "2020", "1", "--source", "a\x7fb"), "kohdassa --source on ohjausmerkki")],
)
def test_refusals_write_nothing(repo: Path, args: tuple[str, ...], fragment: str) -> None:
    before = {p: p.read_bytes() for p in (repo / "data").rglob("*") if p.is_file()}
    code, _, err = _set(repo, *args)
    assert code == 2
    assert fragment in err
    assert "Traceback" not in err
    assert {p: p.read_bytes() for p in (repo / "data").rglob("*") if p.is_file()} == before


def test_a_broken_indicator_file_is_refused_with_its_findings(repo: Path) -> None:
    path = repo / SHARE
    path.write_text(path.read_text(encoding="utf-8").replace("arvo: 70.1", 'arvo: "70,1"'),
                    encoding="utf-8")
    code, out, err = _set(repo, "keksitty-osuus", "2024", "1")
    assert code == 2  # data that does not load: exit 2 (README exit codes); findings shown
    assert "data/indicators/keksitty-osuus.yaml:25:11: E601" in out + err
    assert "vuosi: 2024" not in path.read_text(encoding="utf-8")


def test_an_indicator_without_a_unit_needs_one_and_gets_it_in_house_order(repo: Path) -> None:
    path = repo / "data/indicators/keksitty-tyhja.yaml"
    before = path.read_bytes()
    code, out, err = _set(repo, "keksitty-tyhja", "2023", "5")
    assert (code, out) == (2, "")
    assert err == (
        "ohjelma: virhe: data/indicators/keksitty-tyhja.yaml: mittarilla 'Keksitty tyhjä "
        "mittari' ei ole yksikköä (yksikkö), ja sen arvot tarvitsevat sen; anna se kerran "
        'valitsimella --unit, esim. --unit "%" tai --unit henkilöä\n'
    )
    assert path.read_bytes() == before
    code, out, err = _set(repo, "keksitty-tyhja", "2023", "5", "--unit", "kpl")
    assert code == 0, err
    added = "yksikkö: kpl\nhavainnot:\n  - vuosi: 2023\n    arvo: 5\n"
    assert path.read_bytes() == before + added.encode()
    assert run_cli("lint", cwd=repo).returncode == 0


def test_a_unit_other_than_the_indicators_is_refused(repo: Path) -> None:
    before = (repo / SHARE).read_bytes()
    code, _, err = _set(repo, "keksitty-osuus", "2024", "5", "--yksikkö", "henkilöä")
    assert code == 2
    assert err == (
        "ohjelma: virhe: data/indicators/keksitty-osuus.yaml: mittarin 'Keksitty osuus' "
        "yksikkö on '%', ei 'henkilöä'; anna arvo yksikössä %, tai korjaa tiedoston yksikkö, "
        "jos se on väärin\n"
    )
    assert (repo / SHARE).read_bytes() == before
    assert _set(repo, "keksitty-osuus", "2024", "72.5", "--unit", " % ")[0] == 0


def test_the_unit_of_a_csv_series_goes_into_its_yaml_file(repo: Path) -> None:
    yaml_path = repo / COUNTS_CSV.with_suffix(".yaml")
    yaml_path.write_text(yaml_path.read_text(encoding="utf-8").replace("yksikkö: henkilöä\n", ""),
                         encoding="utf-8")
    before = yaml_path.read_text(encoding="utf-8")
    assert _set(repo, "keksitty-lukumaara", "2025", "1300")[0] == 2
    code, _, err = _set(repo, "keksitty-lukumaara", "2025", "1300", "--unit", "henkilöä")
    assert code == 0, err
    assert _changes(before, yaml_path.read_text(encoding="utf-8")) == ["+yksikkö: henkilöä"]
    assert (repo / COUNTS_CSV).read_text(encoding="utf-8").endswith("2024,1102,\n2025,1300,\n")
    assert run_cli("lint", cwd=repo).returncode == 0


@pytest.mark.parametrize("args", [
    ["2024", "-1,5", "--note", "lasku"],
    ["2024", "--note", "lasku", "-1,5"],
    ["--", "2024", "-1,5", "--note", "lasku"],
])
def test_a_negative_value_is_a_value_not_an_option(repo: Path, args: list[str]) -> None:
    before = (repo / SHARE).read_text(encoding="utf-8")
    if args[0] == "--":  # after `--` every word is an argument, options too
        args = ["--note", "lasku", "--", "keksitty-osuus", "2024", "-1,5"]
    else:
        args = ["keksitty-osuus", *args]
    code, out, err = _set(repo, *args)
    assert (code, err) == (0, "")
    assert out == "keksitty-osuus 2024: ei arvoa → -1.5 (data/indicators/keksitty-osuus.yaml)\n"
    assert _changes(before, (repo / SHARE).read_text(encoding="utf-8")) == [
        "+  - vuosi: 2024", "+    arvo: -1.5", "+    huomautus: lasku"]


def test_a_mistyped_option_is_still_one_and_a_dash_word_is_not_a_number(repo: Path) -> None:
    before = (repo / SHARE).read_text(encoding="utf-8")
    code, out, err = _set(repo, "keksitty-osuus", "2024", "-1,5", "--nte", "x")
    assert (code, out) == (2, "")
    assert "tuntematon valitsin: --nte; tarkoititko '--note'?" in err
    code, out, err = _set(repo, "keksitty-osuus", "2024", "-x")
    assert (code, out) == (2, "")
    assert err == "ohjelma: virhe: '-x' ei ole luku; kirjoita esim. 71.2, 71,2 tai 1234\n"
    assert (repo / SHARE).read_text(encoding="utf-8") == before


def test_a_small_value_is_written_without_an_exponent(repo: Path) -> None:
    """YAML 1.1 reads 1e-06 as text: the value is written as 0.000001 and loads back."""
    code, _out, err = _set(repo, "keksitty-osuus", "2024", "0,000001")
    assert code == 0, err
    assert "    arvo: 0.000001\n" in (repo / SHARE).read_text(encoding="utf-8")
    assert run_cli("lint", cwd=repo).returncode == 0


def test_a_thousands_dot_is_written_and_said_with_the_number_meant(repo: Path) -> None:
    code, out, err = _set(repo, "keksitty-lukumaara", "2025", "1.150")
    assert code == 0, err
    # Echoed as written (1.15), not as typed (1.150): what the file and `git diff` show.
    assert out == (  # 80 columns: the path on a line of its own
        "keksitty-lukumaara 2025: ei arvoa → 1.15\n  (data/indicators/keksitty-lukumaara.csv)\n"
    )
    # Written as the number read (1.15), so the dot is told by the size: a thousandth
    # (W614), with the number meant, and not as a count's decimals to round away (W610).
    # Wrapped to 80 columns with a hanging indent (a number's no-break space never breaks).
    assert err == (
        "data/indicators/keksitty-lukumaara.csv:7:6: W614 1,15 on noin 1/1\u00a0000 arvosta\n"
        "  2024: 1\u00a0102\n"
        "    vihje: tarkista arvo; jos tarkoitit 1\u00a0150, kirjoita 1150; jos arvo todella\n"
        "      muuttui näin paljon, varoituksen voi jättää\n\n"
        "Löytyi 0 virhettä ja 1 varoitus.\n"
    )
    assert (repo / COUNTS_CSV).read_text(encoding="utf-8").endswith("2024,1102,\n2025,1.15,\n")


def test_a_thousands_dot_typed_as_125_668_is_said_as_one(repo: Path) -> None:
    code, _, err = _set(repo, "keksitty-lukumaara", "2025", "1.125")
    assert code == 0, err
    assert err.startswith(
        "data/indicators/keksitty-lukumaara.csv:7:6: W612 1.125 luetaan lukuna 1,125,\n"
        "  tuhannesosana viereisistä arvoista (2024: 1\u00a0102)\n"
        "    vihje: tarkoititko 1\u00a0125? kirjoita 1125\n"
    ), err


def test_a_share_over_100_is_written_and_said(repo: Path) -> None:
    code, _, err = _set(repo, "keksitty-osuus", "2024", "723")
    assert code == 0, err
    assert "W613 723 % on yli 100" in err
    assert "vihje: tarkoititko 72,3? kirjoita 72.3" in err
    code, _, err = _set(repo, "keksitty-osuus", "2024", "72,3")
    assert (code, err) == (0, "")
