"""`ohjelma lint` as users and CI call it: formats, exit paths, config, explain, paths."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers import EN, run_cli

GOLDEN = Path(__file__).parent / "golden"
FORMATS = ["text", "json", "github", "gitlab", "sarif"]
# English goldens pin each format; the Finnish ones pin what an editor reads by default.
GOLDENS = [(fmt, "en") for fmt in FORMATS] + [("text", "fi"), ("json", "fi")]


def _break(mini: Path) -> Path:
    """Two findings: an unknown key (error) and an alias (warning) with a hostile character."""
    goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
    goal.write_text(goal.read_text().replace("tilanne: Valmis.", "tilane: Valmis."))
    other = mini / "data" / "goals" / "02-toinen.yaml"
    other.write_text(
        other.read_text().replace(
            "      - Testipalvelut\n    seuranta:\n      1/2025",
            "      - Testipalvelu\n    seuranta:\n      1/2025",
        )
    )
    return mini


@pytest.mark.parametrize(("fmt", "lang"), GOLDENS)
def test_golden_formats(fmt: str, lang: str, mini: Path) -> None:
    result = run_cli("--lang", lang, "lint", "--format", fmt, cwd=_break(mini))
    assert result.returncode == 1
    path = GOLDEN / (f"lint.{fmt}" if lang == "en" else f"lint.{lang}.{fmt}")
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")


def test_github_format_chosen_on_actions(mini: Path) -> None:
    result = run_cli("lint", cwd=_break(mini), env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::error file=data/goals/01-ensimmainen.yaml,line=20,col=9,")


def test_github_escaping(mini: Path) -> None:
    goal = mini / "data" / "goals" / "02-toinen.yaml"
    goal.write_text(goal.read_text().replace("painopiste: beta", "painopiste: 'a%b,c:d'"))
    result = run_cli("lint", "--format", "github", cwd=mini, env=EN)
    assert "::error file=data/goals/02-toinen.yaml,line=3,col=13,title=E204 invalid-value::" \
        "'painopiste': text 'a%25b,c:d' is not in the expected form" in result.stdout


def test_color_only_when_asked(mini: Path) -> None:
    plain = run_cli("lint", cwd=_break(mini), env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in plain.stdout
    colored = run_cli("lint", cwd=mini, env={"FORCE_COLOR": "1"})
    assert "\x1b[" in colored.stdout


def test_gitlab_shape_and_stable_fingerprints(mini: Path) -> None:
    first = json.loads(run_cli("lint", "-f", "gitlab", cwd=_break(mini)).stdout)
    for issue in first:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert set(issue["location"]) == {"path", "lines"}
        assert isinstance(issue["location"]["lines"]["begin"], int)
    goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
    goal.write_text("# a new first line moves every finding down\n" + goal.read_text())
    moved = json.loads(run_cli("lint", "-f", "gitlab", cwd=mini).stdout)
    assert [i["fingerprint"] for i in moved] == [i["fingerprint"] for i in first]
    assert moved[0]["location"]["lines"]["begin"] == first[0]["location"]["lines"]["begin"] + 1


def test_sarif_structure(mini: Path) -> None:
    sarif = json.loads(run_cli("lint", "-f", "sarif", cwd=_break(mini)).stdout)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1


def test_output_file(mini: Path, tmp_path: Path) -> None:
    target = tmp_path / "lint.json"
    result = run_cli("lint", "-f", "json", "--output-file", str(target), cwd=_break(mini))
    assert result.returncode == 1
    assert result.stdout == ""
    assert json.loads(target.read_text())["summary"] == {"files": 6, "errors": 1, "warnings": 1}


def test_paths_limit_the_report(mini: Path) -> None:
    result = run_cli("lint", "data/goals/02-toinen.yaml", cwd=_break(mini))
    assert result.returncode == 0
    assert "W316" in result.stdout and "E203" not in result.stdout
    assert run_cli("lint", "nope.yaml", cwd=mini).returncode == 2


def test_strict_and_config(mini: Path) -> None:
    _break(mini)
    (mini / "data" / "goals" / "01-ensimmainen.yaml").write_text(
        (mini / "data" / "goals" / "01-ensimmainen.yaml").read_text().replace("tilane", "tilanne")
    )
    assert run_cli("lint", cwd=mini).returncode == 0
    strict = run_cli("lint", "--strict", cwd=mini)
    assert strict.returncode == 1
    assert strict.stderr == "ohjelma: 1 varoitus; --strict tekee varoituksista virheitä\n"
    assert "1 warning; --strict makes warnings errors" in run_cli(
        "lint", "--strict", cwd=mini, env=EN
    ).stderr
    (mini / "pyproject.toml").write_text('[tool.ohjelma.lint]\nseverity = { W316 = "error" }\n')
    assert run_cli("lint", cwd=mini).returncode == 1
    (mini / "ohjelma.toml").write_text('[lint]\nignore = ["W3"]\n')
    result = run_cli("lint", "--strict", cwd=mini)
    assert result.returncode == 0, result.stdout
    (mini / "ohjelma.toml").write_text('[lint]\nignore = ["X9"]\n')
    bad = run_cli("lint", cwd=mini, env=EN)
    assert bad.returncode == 2 and "no rule matches 'X9'" in bad.stderr
    (mini / "ohjelma.toml").write_text('[lint]\nignore = ["body-alias", "w403"]\n')
    assert run_cli("lint", "--strict", cwd=mini).returncode == 0


def test_explain_and_rules() -> None:
    explained = run_cli("lint", "--explain", "e203", env=EN)
    assert explained.returncode == 0
    assert explained.stdout.startswith("E203 Unknown key (unknown-key, error)\n\n")
    assert "Use instead: `nimi: Kokeilut`." in explained.stdout
    by_name = run_cli("lint", "--explain", "unknown-key")
    assert by_name.stdout.startswith(
        "E203 Tuntematon avain (unknown-key, virhe)\n\nAvain, jota tiedostossa ei")
    assert "Kirjoita sen sijaan: `nimi: Kokeilut`." in by_name.stdout
    unknown = run_cli("lint", "--explain", "unknown-kye")
    assert unknown.returncode == 2
    assert "sääntöä 'unknown-kye' ei ole; tarkoititko 'unknown-key'?" in unknown.stderr
    listing = run_cli("rules", env=EN).stdout.splitlines()
    start = listing.index("W402  warning   Assessment missing [missing-assessment]")
    assert listing[start + 1] == (
        "      An action has no assessment for the latest declared period.")
    finnish = run_cli("rules").stdout.splitlines()
    start = finnish.index("W402  varoitus  Arvio puuttuu [missing-assessment]")
    assert finnish[start + 1] == (
        "      Toimenpiteellä ei ole arviota viimeisimmälle esitellylle kaudelle.")


def test_sarif_validates_against_the_sarif_schema(mini: Path) -> None:
    import jsonschema

    from tests.tools import SARIF_SCHEMA, require

    schema = json.loads(require(SARIF_SCHEMA).read_text(encoding="utf-8"))
    sarif = json.loads(run_cli("lint", "-f", "sarif", cwd=_break(mini)).stdout)
    assert len(sarif["runs"][0]["results"]) == 2
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(sarif)]
    assert errors == []


def test_stale_years_is_configurable(mini: Path) -> None:
    indicator = mini / "data" / "indicators" / "kokeilumittari.yaml"
    indicator.write_text(
        "# MADE-UP TEST DATA.\nnimi: Kokeilumittari\nyksikkö: '%'\nhavainnot:\n"
        "  - vuosi: 2023\n    arvo: 1.5\n",
        encoding="utf-8",
    )
    assert run_cli("lint", "--strict", cwd=mini).returncode == 0
    (mini / "ohjelma.toml").write_text("[lint]\nstale-years = 2\n", encoding="utf-8")
    result = run_cli("lint", "--strict", cwd=mini)
    assert result.returncode == 1
    assert "data/indicators/kokeilumittari.yaml:5:12: W609" in result.stdout
    (mini / "ohjelma.toml").write_text("[lint]\nstale-years = 0\n", encoding="utf-8")
    result = run_cli("lint", cwd=mini)
    assert result.returncode == 2
    assert "stale-years" in result.stderr
