"""Export fixtures: a package written by the real command from a copy of the data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import TESTS
from tests.helpers import run_cli

# Made-up data with what the export must carry: qualifiers, notes, a line naming two
# projects, bodies that may be the same, an indicator with values and a target.
EXPORT_FIXTURE = TESTS / "fixtures" / "export"


@pytest.fixture
def export_data(tmp_path: Path) -> Path:
    """A copy outside git, so that the package names no revision."""
    target = tmp_path / "export-data"
    shutil.copytree(EXPORT_FIXTURE, target)
    return target


def export(root: Path, output: Path, *args: str) -> Path:
    """Run `ohjelma export` on `root` into `output`; fail the test on a non-zero exit."""
    result = run_cli("--root", str(root), "export", "-o", str(output), *args)
    assert result.returncode == 0, result.stderr
    return output


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` by its relative path, with its bytes."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
