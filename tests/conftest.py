"""Shared fixtures: copies of the made-up mini repository and of the shipped data."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
REPO = TESTS.parent
MINI = TESTS / "fixtures" / "mini"
# Made-up indicator values, targets and sources (never real Kuopio figures).
INDICATORS = TESTS / "fixtures" / "indicators"


@pytest.fixture
def english() -> Iterator[None]:
    """Messages in English for an in-process test about English wording."""
    from kuopio_ohjelma.locale import set_language

    set_language("en")
    yield
    set_language(None)


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


# Property tests are derandomized in CI, so a red build is reproducible from its log.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci", derandomize=True, max_examples=150, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
