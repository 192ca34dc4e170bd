"""Round 2, class 3: outputs never replace what they write to. Devices, pipes and `-` are
written through, a link stays a link, a linked goal file is edited at its target and a
read-only goal file is refused."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.helpers import run_cli

GOAL = Path("data") / "goals" / "02-toinen.yaml"


@pytest.mark.parametrize("command", [["render", "-o"], ["lint", "-o"], ["diff", "-o"]])
def test_dev_null_stays_a_device(mini: Path, command: list[str]) -> None:
    result = run_cli(*command, "/dev/null", cwd=mini)
    assert result.returncode in (0, 1), result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_dev_stdout_is_written_through_a_pipe(mini: Path) -> None:
    result = run_cli("render", "-o", "/dev/stdout", cwd=mini)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Testiohjelma")


def test_dash_is_standard_output(mini: Path) -> None:
    result = run_cli("diff", "-o", "-", cwd=mini)
    assert result.returncode == 0, result.stderr
    assert "T2.1" in result.stdout
    assert not (mini / "-").exists()


def test_named_pipe_is_written_through(mini: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run_cli("render", "-f", "md", "-o", str(fifo), cwd=mini)
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received[0].decode("utf-8").startswith("# Testiohjelma")


def test_symlinked_output_keeps_the_link(mini: Path, tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_text("old\n")
    link = tmp_path / "report.md"
    link.symlink_to(target)
    result = run_cli("render", "-o", str(link), "--force", cwd=mini)  # "old" is not ours
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").startswith("# Testiohjelma")


def test_symlinked_goal_file_is_edited_at_its_target(mini: Path) -> None:
    real = mini / "data" / "goals" / "kept" / "02-toinen.yaml"
    real.parent.mkdir()
    (mini / GOAL).rename(real)
    (mini / GOAL).symlink_to(Path("kept") / "02-toinen.yaml")
    result = run_cli("status", "set", "T2.2", "+", "--note", "Linkin takana.", cwd=mini)
    assert result.returncode == 0, result.stderr
    assert (mini / GOAL).is_symlink()
    assert "tilanne: Linkin takana." in real.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [
    ["status", "set", "T2.2", "+", "--note", "Uusi."],
    ["fmt"],
])
def test_read_only_goal_file_is_refused(mini: Path, command: list[str]) -> None:
    goal = mini / GOAL
    if command == ["fmt"]:
        goal.write_text(goal.read_text(encoding="utf-8").replace('"+?"', "'+?'"))
    before = goal.read_bytes()
    goal.chmod(0o444)
    result = run_cli(*command, cwd=mini)
    assert result.returncode == 2
    assert "kirjoitussuojattu" in result.stderr
    assert "Traceback" not in result.stderr
    assert goal.read_bytes() == before
    assert stat.S_IMODE(goal.stat().st_mode) == 0o444


def test_stdout_redirected_to_a_file_through_dev_stdout(mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    with out.open("wb") as handle:
        done = subprocess.run(
            [sys.executable, "-m", "kuopio_ohjelma", "render", "-o", "/dev/stdout"],
            cwd=mini, stdout=handle, stderr=subprocess.PIPE, timeout=60, check=False,
        )
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("# Testiohjelma")
