"""What lint found of exactly these bytes, taken as known by the commands that publish
(commands/lint_verdict.py): the report after `ohjelma lint` does not run every rule again,
yet never publishes data whose lint errors it has not shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuopio_ohjelma.commands import common
from kuopio_ohjelma.commands.lint_verdict import known_clean, loaded_fingerprint
from kuopio_ohjelma.io.cache import CACHE_DIR, data_fingerprint
from kuopio_ohjelma.io.loader import load_repository
from tests.helpers import EN, run_cli

GOAL = Path("data") / "goals" / "01-ensimmainen.yaml"


def _no_rules(*args: object, **kwargs: object) -> None:
    raise AssertionError("the rules ran although the verdict was known")


def test_the_fingerprint_of_what_was_loaded_is_lints_own(mini: Path) -> None:
    (mini / "data" / "LUEMINUT.txt").write_text("ei dataa\n", encoding="utf-8")
    assert loaded_fingerprint(load_repository(mini, compiled=True)) == data_fingerprint(mini)


def test_render_after_lint_takes_the_verdict_and_says_the_same(mini: Path) -> None:
    before = run_cli("render", "-f", "html", cwd=mini)  # lints, remembers the verdict
    assert before.returncode == 0
    assert (mini / CACHE_DIR / "verdict").is_dir()
    again = run_cli("render", "-f", "html", cwd=mini)
    assert (again.returncode, again.stdout, again.stderr) == (0, before.stdout, before.stderr)


def test_a_known_verdict_runs_no_rule(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_cli("lint", cwd=mini).returncode == 0
    monkeypatch.setattr("kuopio_ohjelma.lint.engine.lint", _no_rules)
    assert not isinstance(common.linted_programme(mini), int)


def test_one_changed_byte_is_linted_again_and_refused(
    mini: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli("lint", cwd=mini).returncode == 0
    goal = mini / GOAL
    # made up: a responsible body no registry knows (E315: loads, does not lint clean)
    goal.write_bytes(goal.read_bytes().replace(b"- Testipalvelut", b"- Testipalvelux", 1))
    assert common.linted_programme(mini) == common.EXIT_FINDINGS
    assert "E315" in capsys.readouterr().err
    refused = run_cli("render", cwd=mini, env=EN)
    assert refused.returncode == 1
    assert "E315" in refused.stderr


def test_the_warnings_are_counted_from_the_verdict(mini: Path) -> None:
    goal = mini / GOAL
    text = goal.read_text(encoding="utf-8")
    # made up: a '-' mark whose note is emptied is a warning (W403), not an error
    goal.write_text(text.replace("tilanne: Ei alkanut.", 'tilanne: ""', 1), encoding="utf-8")
    linted = run_cli("lint", cwd=mini, env=EN)
    assert linted.returncode == 0, linted.stdout
    data = data_fingerprint(mini)
    assert data is not None and known_clean(mini, data) == 1
    said = run_cli("render", cwd=mini, env=EN)
    assert said.returncode == 0
    assert "the data has 1 lint warning" in said.stderr


def test_lint_with_errors_leaves_no_verdict(mini: Path) -> None:
    goal = mini / GOAL
    goal.write_bytes(goal.read_bytes().replace(b"- Testipalvelut", b"- Testipalvelux", 1))
    assert run_cli("lint", cwd=mini).returncode == 1
    data = data_fingerprint(mini)
    assert data is not None and known_clean(mini, data) is None


def test_lint_of_some_files_only_leaves_no_verdict(mini: Path) -> None:
    assert run_cli("lint", str(GOAL), cwd=mini).returncode == 0
    data = data_fingerprint(mini)
    assert data is not None and known_clean(mini, data) is None
