"""Round 2, class 6: what goes wrong around a command is one line and the documented exit
code, never an internal error: closed or full standard output, a broken pipe, Ctrl-C, a
huge SOURCE_DATE_EPOCH, a non-UTF-8 locale, an unwritable data folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import run_cli

# Process-heavy: in the full suite (scripts/check), not in the quick loop.
pytestmark = pytest.mark.slow

COMMAND = [sys.executable, "-m", "kuopio_ohjelma"]


def _run(args: list[str], cwd: Path, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    env.update(kwargs.pop("env", {}))  # type: ignore[call-overload]
    return subprocess.run(
        [*COMMAND, *args], cwd=cwd, capture_output=kwargs.pop("capture", True),  # type: ignore[arg-type]
        env=env, timeout=60, check=False, **kwargs,  # type: ignore[call-overload]
    )


def _one_line_error(stderr: bytes) -> None:
    text = stderr.decode("utf-8")
    assert "Traceback" not in text and "internal error" not in text, text
    assert len(text.strip().splitlines()) == 1, text


@pytest.mark.parametrize("args", [["lint"], ["render"], ["diff"], ["rules"]])
def test_full_disk_on_stdout(mini: Path, args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = _run(args, mini, capture=False, stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 2
    _one_line_error(done.stderr)


@pytest.mark.parametrize("args", [["lint"], ["status", "set", "T2.2", "+", "--note", "x"]])
def test_closed_stdout(mini: Path, args: list[str]) -> None:
    before = (mini / "data/goals/02-toinen.yaml").read_bytes()
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", *COMMAND, *args],
        cwd=mini, stderr=subprocess.PIPE, timeout=60, check=False,
    )
    assert done.returncode == 2
    _one_line_error(done.stderr)
    assert (mini / "data/goals/02-toinen.yaml").read_bytes() == before


@pytest.mark.slow
def test_broken_pipe_is_quiet_like_git(shipped: Path) -> None:
    process = subprocess.Popen(
        [*COMMAND, "render", "-f", "html"], cwd=shipped,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(10) == b"<!DOCTYPE "
    process.stdout.close()
    stderr = process.stderr.read()
    code = process.wait(timeout=60)
    assert code in (-signal.SIGPIPE, 141, 0)
    assert stderr == b""


def test_broken_pipe_with_head(shipped: Path) -> None:
    done = subprocess.run(
        ["sh", "-c", '"$@" | head -c 10 >/dev/null; echo "${PIPESTATUS:-x}" >&2', "sh",
         *COMMAND, "lint", "--format", "json"],
        cwd=shipped, capture_output=True, timeout=60, check=False,
    )
    assert b"Traceback" not in done.stderr and b"rror" not in done.stderr


@pytest.mark.parametrize("epoch", ["99999999999999999", "1e9", "-99999999999999"])
def test_huge_source_date_epoch(mini: Path, epoch: str) -> None:
    done = _run(["render"], mini, env={"SOURCE_DATE_EPOCH": epoch})
    assert done.returncode == 2
    _one_line_error(done.stderr)
    assert b"SOURCE_DATE_EPOCH" in done.stderr


@pytest.mark.parametrize("args", [["diff"], ["render", "-f", "html"], ["status", "show", "T2.2"]])
def test_output_is_utf8_whatever_the_locale(mini: Path, args: list[str]) -> None:
    done = _run(args, mini, env={"PYTHONIOENCODING": "cp1252", "LC_ALL": "C"})
    assert done.returncode in (0, 1), done.stderr
    text = done.stdout.decode("utf-8")  # cp1252 bytes for ä would fail here
    assert "ä" in text or "→" in text or "Ä" in text


def test_diff_arrow_in_cp1252_console(mini: Path) -> None:
    done = _run(["diff"], mini, env={"PYTHONIOENCODING": "cp1252"})
    assert done.returncode == 0, done.stderr
    assert "→".encode() in done.stdout


@pytest.mark.slow
# From 0.2 s on: before that the interpreter is still importing its own site module, which no
# program can guard (Python prints "Fatal Python error: init_import_site" itself).
@pytest.mark.parametrize("delay", [0.2, 0.35, 0.5, 0.8])
def test_ctrl_c_at_any_moment_is_130(shipped: Path, delay: float) -> None:
    process = subprocess.Popen(
        [*COMMAND, "lint"], cwd=shipped, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert b"Traceback" not in stderr, stderr
    # 130, or ended by SIGINT itself (which the shell shows as 130 too).
    if process.returncode not in (130, -signal.SIGINT):  # finished before the signal came
        assert process.returncode in (0, 1)
    else:
        assert stderr.strip().splitlines()[-1] == b"ohjelma: keskeytetty"


def test_unwritable_goal_folder_is_refused(mini: Path) -> None:
    goals = mini / "data" / "goals"
    goals.chmod(0o555)
    try:
        result = run_cli("status", "set", "T2.2", "+", "--note", "x", cwd=mini)
    finally:
        goals.chmod(0o755)
    assert result.returncode == 2
    assert "kirjoitussuojattu" in result.stderr
    assert "Traceback" not in result.stderr
