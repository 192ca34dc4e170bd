"""Exit codes and messages of the command shell: 0 fine, 1 findings, 2 usage or internal error."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuopio_ohjelma import __version__
from tests.conftest import REPO
from tests.helpers import EN, flat, run_cli


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout == f"ohjelma {__version__}\n"


def test_help_lists_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("lint", "rules"):
        assert command in result.stdout


def test_unknown_command_is_usage_error() -> None:
    result = run_cli("lnit")
    assert result.returncode == 2
    assert "tuntematon komento 'lnit'; tarkoititko 'lint'?" in result.stderr
    assert "Traceback" not in result.stderr


def test_root_found_upward_from_subfolder() -> None:
    result = run_cli("lint", cwd=REPO / "data" / "goals")
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("Kaikki tarkistukset menivät läpi (")


def test_no_data_folder_is_usage_error(tmp_path: Path) -> None:
    result = run_cli("lint", cwd=tmp_path)
    assert result.returncode == 2
    assert "ohjelma: virhe: täällä tai yläkansioissa ei ole data/-kansiota" in result.stderr
    english = run_cli("--lang", "en", "lint", cwd=tmp_path)
    assert "ohjelma: error: no data/ folder here or above" in english.stderr


def test_bad_root_option(tmp_path: Path) -> None:
    result = run_cli("--root", str(tmp_path), "lint", env=EN)
    assert result.returncode == 2
    assert "no data/ folder there" in result.stderr


def test_broken_file_exit_1_with_position(mini: Path) -> None:
    goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
    goal.write_text(goal.read_text().replace("tilanne: Valmis.", "tilane: Valmis."))
    result = run_cli("lint", cwd=mini)
    assert result.returncode == 1
    assert "data/goals/01-ensimmainen.yaml:20:9: E203 tuntematon avain 'tilane'" in result.stdout
    assert "vihje: tarkoititko 'tilanne'?" in result.stdout
    english = run_cli("lint", cwd=mini, env=EN)
    assert "data/goals/01-ensimmainen.yaml:20:9: E203 unknown key 'tilane'" in english.stdout
    assert "hint: did you mean 'tilanne'?" in english.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_folder_in_place_of_a_file_is_a_finding(mini: Path) -> None:
    # A folder where a file should be makes the OS refuse to read it; that is a finding.
    (mini / "data" / "organisations.yaml").unlink()
    (mini / "data" / "organisations.yaml").mkdir()
    result = run_cli("lint", cwd=mini)
    assert result.returncode == 1
    assert "E112 tässä pitäisi olla tiedosto, mutta tässä on kansio" in flat(result.stdout)
    assert "Traceback" not in result.stderr


def test_bad_configuration_is_exit_2(mini: Path) -> None:
    config = mini / "ohjelma.toml"
    config.write_text("[lint]\nselect = 3\n")
    result = run_cli("lint", cwd=mini, env=EN)
    assert result.returncode == 2
    assert "select must be a list" in result.stderr


def test_root_after_the_command_and_output_names(mini: Path, tmp_path: Path) -> None:
    report = tmp_path / "lint.txt"
    result = run_cli("lint", "--root", str(mini), "-o", str(report), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert report.read_text().startswith("Kaikki tarkistukset menivät läpi (")
    old_name = tmp_path / "old.txt"
    assert run_cli("lint", f"--root={mini}", "--output-file", str(old_name)).returncode == 0
    assert old_name.read_text() == report.read_text()


def test_help_in_finnish_by_default_and_english_on_request() -> None:
    finnish = run_cli("lint", "--help").stdout
    assert "Tarkista datatiedostot" in finnish and "-o, --output TIEDOSTO" in finnish
    assert "--output-file" not in finnish
    english = run_cli("--lang", "en", "lint", "--help").stdout
    assert "Check the data files" in english
    top = run_cli("--lang", "en", "--help").stdout
    assert "--root DIR" in top and "Keep a city's strategy programme" in top
    assert "Kaupungin strategiaohjelma" in run_cli("--help").stdout


def test_help_of_the_editing_commands_in_finnish_and_in_english() -> None:
    finnish = run_cli("status", "set", "--help").stdout
    assert "Aseta toimenpiteen eteneminen (ja tilannekuvaus) kaudelle" in finnish
    assert "--period KAUSI        Kausi (oletus: viimeisin)." in finnish
    english = run_cli("--lang", "en", "status", "set", "--help").stdout
    assert "Set an action's progress (and note) for a period" in english
    assert "--period PERIOD   Period id (default: the latest)." in english
    render = run_cli("render", "--help").stdout
    assert "--theme PAINOPISTE     Vain tämä painopiste: sen tunnus tai numero (voi" in render
    assert "<list[str]>" not in render
    export = run_cli("--lang", "en", "export", "--help").stdout
    assert "-o, --output DIR" in export and "Folder to write the package into." in export


@pytest.mark.parametrize(
    ("args", "env", "line"),
    [
        (("--lang", "sv", "rules"), {}, "--lang: tuntematon kieli 'sv'"),
        (("--lang", "sv", "lint"), {}, "--lang: tuntematon kieli 'sv'"),  # lint's front door
        (("--lang=sv", "lint", "-f", "json"), {}, "--lang: tuntematon kieli 'sv'"),
        (("lint",), {"OHJELMA_LANG": "sv"}, "OHJELMA_LANG: tuntematon kieli 'sv'"),
        (("rules",), {"OHJELMA_LANG": "sv"}, "OHJELMA_LANG: tuntematon kieli 'sv'"),
        (("--help",), {"OHJELMA_LANG": "EN"}, "OHJELMA_LANG: tuntematon kieli 'EN'"),
        (("--lang",), {}, "--lang: kieli puuttuu"),
        (("--lang=", "lint"), {}, "--lang: kieli puuttuu"),
    ],
)
def test_an_unknown_language_is_a_usage_error_naming_the_choices(
    args: tuple[str, ...], env: dict[str, str], line: str, mini: Path
) -> None:
    result = run_cli(*args, cwd=mini, env=env)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"ohjelma: virhe: {line}; valitse jokin näistä: fi, en\n"


def test_a_valid_lang_option_words_the_error_about_the_variable(mini: Path) -> None:
    result = run_cli("--lang", "sv", "lint", cwd=mini, env=EN)
    assert result.stderr == (
        "ohjelma: error: --lang: unknown language 'sv'; choose one of fi, en\n"
    )
    result = run_cli("--lang", "en", "--help", cwd=mini, env={"OHJELMA_LANG": "sv"})
    assert (result.returncode, result.stdout[:6]) == (0, "Usage:")
