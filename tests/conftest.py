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
    # Not the cache: commands run on the fixture itself (render --root MINI -o …) remember
    # their outputs in its .ohjelma_cache, and a copy starts as a fresh clone would.
    shutil.copytree(MINI, target, ignore=shutil.ignore_patterns(".ohjelma_cache"))
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


def pytest_sessionstart(session: pytest.Session) -> None:
    """The fixtures as committed: a cache left in one by an earlier run (a command run on a
    fixture itself) would be copied into every test's repository."""
    for cache in (Path(__file__).parent / "fixtures").glob("*/.ohjelma_cache"):
        shutil.rmtree(cache, ignore_errors=True)

