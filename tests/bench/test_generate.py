"""The benchmark's synthetic repositories are valid, scaled and clearly made up."""

from __future__ import annotations

from pathlib import Path

from bench.generate import HEADER, generate
from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.lint.config import LintConfig
from kuopio_ohjelma.lint.engine import lint


def test_generated_repository_lints_clean_and_scales(tmp_path: Path) -> None:
    repo = generate(tmp_path / "x2", scale=2, period_count=3)
    result = load_repository(repo)
    report = lint(result, LintConfig())
    assert report.findings == []
    programme = result.programme
    assert programme is not None
    assert len(programme.goals) == 26
    assert len(programme.indicators) == 60
    assert programme.period_ids() == ["1/2024", "1/2025", "1/2026"]
    assert all(len(a.assessments) == 3 for _, a in programme.all_actions())
    assert all(p.read_text(encoding="utf-8").startswith(HEADER)
               for p in (repo / "data" / "goals").glob("*.yaml"))


def test_generated_repository_is_in_the_house_format(tmp_path: Path) -> None:
    """fmt's benchmark measures a repository fmt would keep as it is."""
    from kuopio_ohjelma.edit.fmt import format_repository

    repo = generate(tmp_path / "x1", scale=1, period_count=2)
    outcome = format_repository(repo, [], write=False, use_cache=False)
    assert outcome.edits == [] and outcome.problems == []
