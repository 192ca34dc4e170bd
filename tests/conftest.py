"""Shared fixtures: copies of the made-up mini repository and of the shipped data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
REPO = TESTS.parent
MINI = TESTS / "fixtures" / "mini"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A writable copy of the made-up two-period repository."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A writable copy of the shipped Kasvava Kuopio data."""
    target = tmp_path / "shipped"
    shutil.copytree(REPO / "data", target / "data")
    return target
