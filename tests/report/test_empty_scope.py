"""A selection that selects nothing is exit 2 with the reason, never an empty report."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.helpers import EN, run_cli

pytestmark = pytest.mark.slow  # the real command in a subprocess


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--theme", "kaupunkikehitys", "--goal", "1"],
         "goal 1 is not in theme 'kaupunkikehitys' (it is in 'yrittajyysymparisto')"),
        (["--owner", "Nobody"], "unknown responsible body 'Nobody'"),
        (["--goal", "14"], "unknown goal 14; the goals are numbered 1–13"),
    ],
)
def test_render_and_diff_refuse_an_empty_selection(args: list[str], message: str) -> None:
    for command in (["render"], ["diff", "--rev", "HEAD"]):
        result = run_cli("--root", str(REPO), *command, *args, env=EN)
        assert result.returncode == 2, (command, result.stderr)
        assert message in result.stderr
        assert result.stdout == ""
        assert "Traceback" not in result.stderr


def test_a_goal_asked_of_data_without_goals(tmp_path: Path) -> None:
    shutil.copytree(REPO / "data", tmp_path / "data", ignore=shutil.ignore_patterns("*.yaml"))
    shutil.copy(REPO / "data" / "programme.yaml", tmp_path / "data" / "programme.yaml")
    shutil.copy(REPO / "data" / "organisations.yaml", tmp_path / "data" / "organisations.yaml")
    for indicator in (REPO / "data" / "indicators").glob("*.yaml"):
        shutil.copy(indicator, tmp_path / "data" / "indicators" / indicator.name)
    result = run_cli("--root", str(tmp_path), "render", "--goal", "1", env=EN)
    # A repository without goals does not load (E112 at the goals folder): exit 2 with the
    # reason, never an empty report or an internal error.
    assert result.returncode == 2, result.stderr
    assert "E112 no data files in" in result.stderr
    assert "data/goals" in result.stderr
    assert "internal error" not in result.stderr and result.stdout == ""
