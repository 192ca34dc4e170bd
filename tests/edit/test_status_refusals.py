"""Edits that cannot know what is meant write nothing and say why."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import EN, run_cli

GOALS = Path("data") / "goals"


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / GOALS).iterdir())}


def test_an_action_id_in_two_files_is_not_edited(mini: Path) -> None:
    second = mini / GOALS / "02-toinen.yaml"
    second.write_text(
        second.read_text(encoding="utf-8").replace("tunnus: T2.2", "tunnus: T1.1"),
        encoding="utf-8",
    )
    before = _snapshot(mini)
    assert run_cli("lint", cwd=mini).returncode == 1  # E302, and the quick path's cache is warm
    for _attempt in range(2):
        result = run_cli("status", "set", "T1.1", "-", cwd=mini)
        assert (result.returncode, result.stdout) == (2, "")
        assert result.stderr == (
            "ohjelma: virhe: toimenpiteen tunnus T1.1 on useammassa kohdassa: "
            "data/goals/01-ensimmainen.yaml:8, data/goals/02-toinen.yaml:17; mitään ei "
            "kirjoitettu. Anna ensin toiselle niistä uusi tunnus (ohjelma lint, E302)\n"
        )
    english = run_cli("status", "set", "T1.1", "+", "--note", "x", cwd=mini, env=EN)
    assert english.returncode == 2
    assert "action id T1.1 is in more than one place: data/goals/01-ensimmainen.yaml:8, " \
        "data/goals/02-toinen.yaml:17; nothing was written" in english.stderr
    assert _snapshot(mini) == before


def _data(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted((root / "data").rglob("*")) if p.is_file()}


REFUSED_LINE = (
    "ohjelma: virhe: data ei lataudu; mitään ei kirjoitettu. Korjaa ensin yllä olevat virheet "
    "(ohjelma lint)\n"
)


def test_no_edit_without_goal_files(mini: Path) -> None:
    assert run_cli("lint", cwd=mini).returncode == 0  # the quick path's cache is warm
    for path in (mini / GOALS).iterdir():
        path.unlink()
    (mini / GOALS).rmdir()
    before = _data(mini)
    for args in (["period", "open", "2/2025"], ["status", "set", "T1.2", "-"]):
        result = run_cli(*args, cwd=mini)
        assert (result.returncode, result.stdout) == (2, ""), args
        assert result.stderr.startswith(
            "data/goals:1:1: E112 kansiossa data/goals/ ei ole yhtään datatiedostoa")
        assert result.stderr.endswith(REFUSED_LINE)
    assert _data(mini) == before


def test_no_edit_while_another_goal_file_does_not_load(mini: Path) -> None:
    assert run_cli("lint", cwd=mini).returncode == 0
    assert run_cli("status", "set", "T1.2", "+", cwd=mini).returncode == 0  # quick from now on
    second = mini / GOALS / "02-toinen.yaml"
    second.write_bytes(second.read_text(encoding="utf-8").encode("utf-16"))
    before = _data(mini)
    for args in (["period", "open", "2/2025"], ["status", "set", "T1.2", "-"]):
        result = run_cli(*args, cwd=mini)
        assert (result.returncode, result.stdout) == (2, ""), args
        assert result.stderr.startswith(
            "data/goals/02-toinen.yaml:1:1: E102 tiedosto ei ole UTF-8-muodossa")
        assert result.stderr.endswith(REFUSED_LINE)
    english = run_cli("status", "set", "T1.2", "-", cwd=mini, env=EN)
    assert english.stderr.endswith(
        "ohjelma: error: the data does not load; nothing was written. Fix the errors above "
        "first (ohjelma lint)\n")
    assert _data(mini) == before
