"""The yearly update end to end, as the README tells an editor to do it, on a fresh copy of
the shipped data in a git repository: what each step prints and what it changes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.helpers import commit_shipped_data, flat, run_cli

pytestmark = pytest.mark.slow  # a dozen real commands in subprocesses

GOAL1 = "data/goals/01-osaavan-tyovoiman-saannin-turvaaminen.yaml"
GOAL4 = "data/goals/04-yritysmyonteisen-toimintakulttuurin-edistaminen.yaml"
GOAL5 = "data/goals/05-matkailun-edistaminen.yaml"
LONG_NOTE = (
    "Palvelu laajeni keväällä kolmeen uuteen kuntaan, ja asiakaskyselyn mukaan yrittäjät "
    "pitävät neuvontaa aiempaa selkeämpänä.\n\n"
    "Syksyllä selvitetään, voidaanko palvelu yhdistää seudulliseen yrityspalveluun."
)


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args],
        cwd=repo, check=True, capture_output=True, text=True,
    ).stdout


def _ok(repo: Path, *args: str, stdin: str = "") -> str:
    result = run_cli(*args, cwd=repo, stdin=stdin)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A data repository as a city keeps it: the shipped data committed on main."""
    return commit_shipped_data(tmp_path / "kasvava-kuopio", REPO / "data")


def test_the_whole_year(repo: Path) -> None:
    _git(repo, "switch", "-q", "-c", "tilanne-2025")

    opened = _ok(repo, "period", "open", "1/2025")
    assert opened.startswith("Avattiin kausi 1/2025 (Tilanne 1/2025)")

    lint = run_cli("lint", cwd=repo)
    assert lint.returncode == 0, lint.stdout  # still to do: warnings, not errors
    missing = r"W402 toimenpidettä T\d+\.\d+ ei ole päivitetty kaudelle 1/2025"
    assert len(re.findall(missing, flat(lint.stdout))) == 77  # wrapped at 80 columns

    # one action set twice: the second time without a note, which keeps the first note
    _ok(repo, "status", "set", "T1.2", "+", "--note", "Sivusto uudistettiin.")
    kept = _ok(repo, "status", "set", "T1.2", "+/-")
    assert kept == f'T1.2 1/2025: "+" → "+/-", tilanne ennallaan\n  ({GOAL1})\n'  # 80 columns
    _ok(repo, "status", "set", "T5.2", "-?", "--note", "Kysely tehdään syksyllä.")
    _ok(repo, "status", "set", "T4.2", "+", "--note", "-", stdin=LONG_NOTE)

    review = _ok(repo, "diff", "--rev", "main", "-f", "md")
    rows = re.findall(r"^- \*\*(T\d+\.\d+) ", review, flags=re.M)  # one list item each
    assert rows == ["T1.2", "T4.2", "T5.2"]
    assert "- **T1.2 Muuttajapalvelujen kehittäminen**: 1/2024 → 1/2025, `+` → `+/-`" in review
    assert "  > Sivusto uudistettiin." in review
    assert "<details><summary>" in review and "seudulliseen yrityspalveluun" in review
    missing_row = re.search(r"^\| arvio puuttuu \|(.*)\|$", review, flags=re.M)
    assert missing_row is not None
    assert missing_row.group(1).split("|")[-1].strip() == "74"  # all themes: the rest
    assert "ennallaan | 77" not in review

    report = _ok(repo, "render", "-f", "md")
    assert re.search(r"\| T1\.2 Muuttajapalvelujen kehittäminen \|.*\| \+ ↓ heikkeneminen \|",
                     report)
    assert "| T5.2 " in report and "**-?**" in report

    assert _ok(repo, "fmt", "--check") == ""

    changed = _git(repo, "diff", "--numstat").split("\n")
    assert sorted(line.split("\t")[2] for line in changed if line) == sorted(
        ["data/programme.yaml", GOAL1, GOAL4, GOAL5]
    )
    patch = _git(repo, "diff", "-U0")
    removed = [line for line in patch.split("\n") if line.startswith("-") and
               not line.startswith("---")]
    assert removed == []
    added = [line[1:] for line in patch.split("\n") if line.startswith("+") and
             not line.startswith("+++")]
    assert all(
        re.match(r"\s+(1/2025:|eteneminen:|tilanne:|- tunnus: 1/2025|nimi: Tilanne 1/2025)", line)
        or line.startswith("          ") or line == ""
        for line in added
    ), added
