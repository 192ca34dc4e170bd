"""The pull-request review: nothing differing is one line in every format."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import MINI
from tests.helpers import run_cli

pytestmark = pytest.mark.slow  # git and the real command in subprocesses


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(MINI, root)
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "start"]):
        subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.invalid", *args],
                       cwd=root, check=True, capture_output=True)
    return root


def test_nothing_differs_in_one_line(repo: Path) -> None:
    for fmt in ("text", "md"):
        result = run_cli("diff", "--rev", "main", "-f", fmt, "--exit-code", cwd=repo)
        assert result.returncode == 0, result.stderr
        assert result.stdout == "Ei muutoksia: main → tiedostot nyt\n"
    data = json.loads(run_cli("diff", "--rev", "main", "-f", "json", cwd=repo).stdout)
    assert data["differences"] is False and data["changes"] == []


def test_an_opened_period_counts_every_action_not_yet_assessed(repo: Path) -> None:
    assert run_cli("period", "open", "1/2026", cwd=repo).returncode == 0
    assert run_cli("status", "set", "T1.1", "+", "--note", "Valmis yhä.", cwd=repo).returncode == 0
    result = run_cli("diff", "--rev", "main", "-f", "json", "--exit-code", cwd=repo)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert [(c["action"], c["since"], c["period"], c["move"]) for c in data["changes"]] == [
        ("T1.1", "1/2025", "1/2026", "unchanged")
    ]
    assert data["summary"]["total"]["not-yet-assessed"] == 6
    assert data["summary"]["total"]["no-longer-assessed"] == 0


@pytest.mark.parametrize(("lang", "heading", "added"), [
    ("fi", "### Rakenteen muutokset", "- lisätty kausi 1/2026: Tilanne 1/2026"),
    ("en", "### Changes in structure", "- added period 1/2026: Tilanne 1/2026"),
])
def test_the_opened_period_is_a_change_in_structure_in_the_chosen_language(
    repo: Path, lang: str, heading: str, added: str,
) -> None:
    assert run_cli("period", "open", "1/2026", cwd=repo).returncode == 0
    result = run_cli("--lang", lang, "diff", "--rev", "main", "-f", "md", cwd=repo)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert heading in lines
    assert added in lines
