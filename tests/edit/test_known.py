"""What lint and the full edits remember as loading cleanly (edit/known.py), so that the
editor's year is quick from its first edit: right after `ohjelma lint`, after `period open`,
after one edit of any file. Never wrong: a byte changed since gets the full path's answer.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kuopio_ohjelma.commands.lint_run import LintCall, run
from kuopio_ohjelma.edit import known, period, quick, status
from kuopio_ohjelma.edit.assessments import StatusChange
from kuopio_ohjelma.edit.checked import EditError, commit
from kuopio_ohjelma.io.cache import CACHE_DIR
from tests.edit.test_quick import PROBE
from tests.helpers import EN, run_cli

GOAL1 = Path("data/goals/01-ensimmainen.yaml")
GOAL2 = Path("data/goals/02-toinen.yaml")
IN_GOAL1 = StatusChange("T1.1", None, "-", "Uusi tilanne.")
IN_GOAL2 = StatusChange("T2.1", None, "-", "Toinen tilanne.")


def _lint(root: Path, *, use_cache: bool = True) -> int:
    call = LintCall(root, "json", color=False, strict=False)
    return run(call, root.parent / f"{root.name}-lint.json", use_cache=use_cache)


def test_lint_remembers_every_file_that_loads_cleanly(mini: Path) -> None:
    assert quick.set_status(mini, IN_GOAL1) is None  # nothing known yet
    _lint(mini)
    assert quick.set_status(mini, IN_GOAL1) is not None
    assert quick.set_status(mini, IN_GOAL2) is not None
    assert quick.open_period(mini, "1/2026", None, force=False) is not None


def test_a_file_that_does_not_load_is_not_remembered(mini: Path) -> None:
    """Nor is any edit quick while it does not load: the full path refuses with lint's
    findings (no edit on data that does not load)."""
    goal = mini / GOAL2
    goal.write_bytes(goal.read_bytes().replace(b"  nimi:", b"  nimu:", 1))
    assert _lint(mini) == 1
    assert quick.set_status(mini, IN_GOAL1) is None
    assert quick.set_status(mini, IN_GOAL2) is None
    assert quick.open_period(mini, "1/2026", None, force=False) is None


def test_lint_without_its_cache_remembers_nothing(mini: Path) -> None:
    _lint(mini, use_cache=False)
    assert quick.set_status(mini, IN_GOAL1) is None
    assert not (mini / CACHE_DIR).exists()


def test_an_answer_from_lints_cache_remembers_again(mini: Path) -> None:
    _lint(mini)
    for kind in ("valid", "valid-goals"):
        shutil.rmtree(mini / CACHE_DIR / kind)
    known._loaded_goals.clear()  # what this process read before
    _lint(mini)  # answered from the cache
    assert quick.set_status(mini, IN_GOAL2) is not None


def test_one_full_edit_makes_the_edits_of_every_other_file_quick(mini: Path) -> None:
    commit(status.set_status(mini, IN_GOAL1).edit)  # the first edit: nothing known
    assert quick.set_status(mini, IN_GOAL2) is not None
    assert quick.set_status(mini, IN_GOAL1._replace(progress="+")) is not None


def test_opening_a_period_makes_the_years_edits_quick(mini: Path) -> None:
    commit(period.open_period(mini, "1/2026").edit)
    made = quick.set_status(mini, IN_GOAL2)
    assert made is not None and made.period == "1/2026"


def test_a_goal_file_that_does_not_load_stops_a_period_opening(mini: Path) -> None:
    goal = mini / GOAL2
    goal.write_bytes(goal.read_bytes().replace(b"  nimi:", b"  nimu:", 1))
    before = (mini / "data" / "programme.yaml").read_bytes()
    with pytest.raises(EditError) as refused:
        period.open_period(mini, "1/2026")
    assert {p.path.name for p in refused.value.problems} == {"02-toinen.yaml"}
    assert (mini / "data" / "programme.yaml").read_bytes() == before
    assert quick.set_status(mini, IN_GOAL1) is None
    assert quick.set_status(mini, IN_GOAL2) is None


def test_the_remembered_goals_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(known, "MAX_GOALS", 3)
    for number in range(5):
        known.remember_goal(tmp_path, b"x" * number)
    known._loaded_goals.clear()
    remembered = [known.known_goal(tmp_path, b"x" * number) for number in range(5)]
    assert remembered == [False, False, True, True, True]


def _status_set(root: Path, *args: str) -> tuple[int, str, str, bytes]:
    done = run_cli("status", "set", *args, cwd=root, env=EN)
    return done.returncode, done.stdout, done.stderr, (root / GOAL1).read_bytes()


# One byte changed after lint: a file that no longer loads, and one that loads but differs.
ONE_BYTE = [(b"  nimi: Paraneva", b"  nimu: Paraneva"), (b"Valmis.", b"Valmiz.")]


@pytest.mark.slow
@pytest.mark.parametrize(("old", "new"), ONE_BYTE, ids=["invalid", "valid"])
def test_a_byte_changed_after_lint_gets_the_full_paths_answer(
    tmp_path: Path, mini: Path, old: bytes, new: bytes
) -> None:
    fresh = tmp_path / "fresh"
    shutil.copytree(mini, fresh)
    assert run_cli("lint", cwd=mini).returncode == 0
    for root in (mini, fresh):
        goal = root / GOAL1
        goal.write_bytes(goal.read_bytes().replace(old, new, 1))
    assert quick.set_status(mini, IN_GOAL1) is None
    args = ("T1.1", "-", "--note", "Uusi tilanne.")
    assert _status_set(mini, *args) == _status_set(fresh, *args)


@pytest.mark.slow
def test_status_set_right_after_lint_is_quick_and_the_same_as_the_full_path(
    tmp_path: Path, mini: Path
) -> None:
    fresh = tmp_path / "fresh"
    shutil.copytree(mini, fresh)
    args = ["status", "set", "T2.1", "-?", "--note=Toinen."]
    full = run_cli(*args, cwd=fresh)
    assert run_cli("lint", cwd=mini).returncode == 0
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=mini, capture_output=True,
                          text=True, encoding="utf-8", check=False)
    assert done.stderr == "heavy: \n"  # no typer, pydantic or ruamel: the quick path
    assert (done.returncode, done.stdout) == (full.returncode, full.stdout)
    assert (mini / GOAL2).read_bytes() == (fresh / GOAL2).read_bytes()


def test_the_index_takes_the_loads_bytes_only_while_the_file_is_unchanged(mini: Path) -> None:
    from kuopio_ohjelma.io.loader import load_repository

    loaded = load_repository(mini, compiled=True)
    reads = known.goal_reads(loaded)
    assert sorted(reads) == [GOAL1.name, GOAL2.name]
    # Changed after the load read it (a new size, so a new signature): read again.
    goal = mini / GOAL1
    goal.write_bytes(goal.read_bytes().replace(b"T1.1", b"T1.9", 1) + b"\n")
    index = known.goal_index(mini, reads)
    assert index is not None
    assert " T1.9 " in index[GOAL1.name][4]
    assert " T2.1 " in index[GOAL2.name][4]  # unchanged: the load's bytes


def test_the_index_from_the_loads_bytes_is_the_index_read_from_disk(mini: Path) -> None:
    from kuopio_ohjelma.io.loader import load_repository

    from_reads = known.goal_index(mini, known.goal_reads(load_repository(mini, compiled=True)))
    shutil.rmtree(mini / CACHE_DIR)
    assert from_reads == known.goal_index(mini)
