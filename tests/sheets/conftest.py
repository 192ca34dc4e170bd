"""Workbooks for the import tests: exported from the made-up mini repository, then filled
with openpyxl the way a person would fill them in a spreadsheet program."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from kuopio_ohjelma.cli import app

Run = Callable[..., Result]


@pytest.fixture
def repo(mini: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The mini repository under git, as the working folder, in Finnish."""
    monkeypatch.chdir(mini)
    monkeypatch.delenv("OHJELMA_LANG", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    subprocess.run(["git", "init", "-q"], cwd=mini, check=True)
    subprocess.run(["git", "add", "-A"], cwd=mini, check=True)
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "i"],
        cwd=mini,
        check=True,
    )
    return mini


@pytest.fixture
def run() -> Run:
    """`ohjelma ARGS…` in this process (fast); the CLI tests in tests/ run the real process."""

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(app, list(args), catch_exceptions=False)

    return invoke
