"""Round 2, class 5: text from data and from FILE NAMES reaches no terminal or CI log raw.
A file name holding an escape sequence and a line break cannot clear the screen or forge a
finding line in any lint format; lint reports such a name (E115); body names and period
labels are inert in render's and diff's messages and headers."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.helpers import flat, run_cli

EVIL = "03-x\x1b[2J\nfake.yaml:1:1: E999 forged\x9b31m.yaml"
RAW = ("\x1b", "\x9b", "\u202e")


def _evil_goal(mini: Path) -> Path:
    source = (mini / "data/goals/02-toinen.yaml").read_text(encoding="utf-8")
    path = mini / "data" / "goals" / EVIL
    path.write_text(source.replace("numero: 2", "numero: 3").replace("T2.", "T3."),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["text", "json", "github", "gitlab", "sarif"])
def test_file_name_is_inert_in_every_lint_format(mini: Path, fmt: str) -> None:
    _evil_goal(mini)
    result = run_cli("lint", "--no-cache", "--format", fmt, cwd=mini)
    assert result.returncode == 1
    assert not any(ch in result.stdout + result.stderr for ch in RAW)
    assert not any(line.startswith("fake.yaml") for line in result.stdout.splitlines())
    if fmt in ("json", "gitlab", "sarif"):
        json.loads(result.stdout)
    if fmt == "github":
        assert all(line.startswith("::") for line in result.stdout.splitlines())


def test_lint_reports_the_unsafe_file_name(mini: Path) -> None:
    _evil_goal(mini)
    result = run_cli("lint", "--no-cache", "--format", "text", cwd=mini)
    assert "E115" in result.stdout
    assert "U+001B" in result.stdout and "U+000A" in result.stdout


def test_zero_width_space_in_a_file_name_is_reported(mini: Path) -> None:
    goal = mini / "data/goals/02-toinen.yaml"
    goal.rename(goal.with_name("02-toi\u200bnen.yaml"))
    result = run_cli("lint", "--no-cache", "--format", "json", cwd=mini)
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert "E115" in codes


def test_unknown_owner_lists_bodies_inertly(mini: Path) -> None:
    registry = mini / "data" / "organisations.yaml"
    if registry.exists():
        text = registry.read_text(encoding="utf-8")
        registry.write_text(text.replace("Testipalvelut", "Testi\\e[2Jpalvelut"), encoding="utf-8")
    goal = mini / "data/goals/02-toinen.yaml"
    goal.write_text(goal.read_text(encoding="utf-8").replace(
        "- Testipalvelut", '- "Testi\\e[2Jpalvelut"'), encoding="utf-8")
    result = run_cli("render", "--owner", "zzz", cwd=mini)
    assert result.returncode == 2
    assert "\x1b" not in result.stderr


@pytest.mark.parametrize("fmt", ["text", "md", "json"])
def test_period_label_is_inert_in_the_diff_header(mini: Path, fmt: str) -> None:
    programme = mini / "data" / "programme.yaml"
    programme.write_text(programme.read_text(encoding="utf-8").replace(
        "nimi: Tilanne 1/2025", 'nimi: "Tilanne\\n1/2025\\u202e"'), encoding="utf-8")
    # (a control character such as ESC in a label is a lint error, E117, since lint checks
    # every text value for them; tests/lint/cases/e117-control-character.yaml)
    result = run_cli("diff", "--format", fmt, cwd=mini)
    assert result.returncode == 0, result.stderr
    assert not any(ch in result.stdout for ch in RAW)


def test_unknown_period_argument_is_inert(mini: Path) -> None:
    result = run_cli("diff", "--from", "\x1b[2J1/2024", cwd=mini)
    assert result.returncode == 2
    assert "\x1b" not in result.stderr


@pytest.mark.parametrize("fmt", ["text", "json", "github", "gitlab", "sarif"])
def test_a_file_name_not_in_utf8_is_reported_and_rendered_safely(mini: Path, fmt: str) -> None:
    goal = mini / "data" / "goals" / "02-toinen.yaml"
    bad = os.fsdecode(b"03-k\xe4\xe4.yaml")  # Latin-1 bytes: not UTF-8
    shutil.copy(goal, mini / "data" / "goals" / bad)
    result = run_cli("lint", "--format", fmt, cwd=mini)
    assert result.returncode == 1, result.stderr
    assert "sisäinen virhe" not in result.stderr
    if fmt in ("json", "gitlab", "sarif"):
        json.loads(result.stdout)
    if fmt == "sarif":
        assert "data/goals/03-k%E4%E4.yaml" in result.stdout
    if fmt == "text":
        name = "03-k\\udce4\\udce4.yaml"
        assert (f"data/goals/{name}:1:1: E115 tiedoston nimi {name} "
                "ei ole UTF-8-muodossa") in flat(result.stdout)
