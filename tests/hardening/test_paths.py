"""Outputs go exactly where asked and never into the data; templates are only read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


def _snapshot(root: Path) -> dict[Path, bytes]:
    """Every file but the tool's own cache (where render remembers what it wrote)."""
    return {p: p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".ohjelma_cache" not in p.parts}


def test_render_writes_only_the_output_file(mini: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "report.md.j2").write_text("{{ report.programme.info.name | md }}\n")
    out = tmp_path / "out"
    out.mkdir()
    before_data, before_templates = _snapshot(mini), _snapshot(templates)
    result = run_cli("--root", str(mini), "render", "-o", str(out / "r.md"),
                     "--templates", str(templates), cwd=out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["r.md"]
    assert _snapshot(mini) == before_data
    assert _snapshot(templates) == before_templates


@pytest.mark.parametrize("command", [["render"], ["lint", "--output-file"], ["diff", "-o"]])
@pytest.mark.parametrize(
    "target", ["data/goals/01-ensimmainen.yaml", "data/raportti.html", "muu.yaml", "data"]
)
def test_outputs_refuse_the_data(mini: Path, command: list[str], target: str) -> None:
    before = _snapshot(mini)
    args = [*command, target] if command != ["render"] else ["render", "-o", target]
    result = run_cli(*args, cwd=mini)
    assert result.returncode == 2
    assert f"ohjelma: virhe: {target} (" in result.stderr
    assert "): mitään ei kirjoitettu: " in result.stderr
    assert _snapshot(mini) == before


def test_symlink_into_data_is_refused(mini: Path, tmp_path: Path) -> None:
    link = tmp_path / "report.html"
    link.symlink_to(mini / "data" / "goals" / "01-ensimmainen.yaml")
    before = _snapshot(mini)
    result = run_cli("--root", str(mini), "render", "-o", str(link))
    assert result.returncode == 2
    assert _snapshot(mini) == before


def test_output_folder_must_exist(mini: Path) -> None:
    result = run_cli("render", "-o", "nowhere/report.html", cwd=mini)
    assert result.returncode == 2
    assert "ei ole" in result.stderr
