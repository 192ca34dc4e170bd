"""The benchmark leaves each repository as generated once a goal is measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import generate
from bench.run import PERIODS, Command, Goal, measure, ohjelma, restore, run_once


@pytest.mark.slow
def test_an_edit_goal_leaves_the_repository_as_it_was(tmp_path: Path) -> None:
    """`period open` measured on a repository must not leave the period open for the goals
    measured after it (cold lint there reported every action as not updated)."""
    repo = generate(tmp_path / "x1", scale=1, period_count=PERIODS)
    programme = repo / "data" / "programme.yaml"
    before = programme.read_bytes()
    period = Command("`ohjelma period open`",
                     ohjelma("period", "open", "1/2029", "--label", "Tilanne 1/2029"),
                     restore(programme))
    run_once(period.argv, repo, period.setup)
    assert programme.read_bytes() != before  # the edit is made: 1/2029 comes next
    version = Command("`ohjelma --version`", ohjelma("--version"))
    measure(Goal("period open ÷ --version", period, version, "x1", 1.5), {"x1": repo}, 1)
    assert programme.read_bytes() == before


def test_growth_is_the_cost_of_a_unit_at_100x_over_at_10x() -> None:
    from bench.run import _growth_of

    assert _growth_of({"1×": 0.1, "10×": 0.19, "100×": 1.09}) == pytest.approx(1.0)
    assert _growth_of({"1×": 0.1, "10×": 0.19, "100×": 2.08}) == pytest.approx(2.0)
    assert _growth_of({"1×": 0.1, "10×": 0.11, "100×": 0.15}) == 0.0  # size-independent
