"""Kill -9 at many moments during `status set` and `fmt` on real files: afterwards every file
is the old version or the new one, and the repository loads."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kuopio_ohjelma.io.loader import load_repository
from tests.conftest import REPO

pytestmark = pytest.mark.slow

GOAL = Path("data/goals/04-yritysmyonteisen-toimintakulttuurin-edistaminen.yaml")
KILLS = 26


def _run_killed(args: list[str], cwd: Path, delay: float) -> None:
    process = subprocess.Popen([sys.executable, "-m", "kuopio_ohjelma", *args], cwd=cwd,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def _final_version(args: list[str], source: Path, tmp_path: Path) -> tuple[bytes, float]:
    """The file after an uninterrupted run, and how long that run took."""
    reference = tmp_path / "reference"
    shutil.copytree(source, reference)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kuopio_ohjelma", *args], cwd=reference,
                          capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    return (reference / GOAL).read_bytes(), time.perf_counter() - start


@pytest.mark.parametrize(
    "args",
    [["status", "set", "T4.2", "+/-", "--note", "Laajentunut osittain.\nToinen rivi."],
     ["fmt"]],
    ids=["status-set", "fmt"],
)
def test_sigkill_leaves_old_or_new_file(args: list[str], tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(REPO / "data", repo / "data")
    if args == ["fmt"]:
        goal = repo / GOAL
        goal.write_text(goal.read_text(encoding="utf-8").replace(
            'numero: 4\npainopiste: yrittajyysymparisto\n',
            'painopiste: yrittajyysymparisto\nnumero: 4\n'), encoding="utf-8")
    old = (repo / GOAL).read_bytes()
    new, duration = _final_version(args, repo, tmp_path)
    assert new != old
    seen = set()
    # Kill moments spread from the start to past the end of an uninterrupted run.
    for delay in (duration * 1.3 * index / (KILLS - 1) for index in range(KILLS)):
        (repo / GOAL).write_bytes(old)
        _run_killed(args, repo, delay)
        current = (repo / GOAL).read_bytes()
        assert current in (old, new), f"half-written after {delay:.3f} s"
        seen.add("new" if current == new else "old")
        result = load_repository(repo)
        assert result.errors == []
        for leftover in (repo / GOAL).parent.glob(".*.tmp"):
            leftover.unlink()  # a temp file of a killed write: never a *.yaml, never loaded
    assert seen == {"old", "new"}, "the kills should land both before and after the write"
