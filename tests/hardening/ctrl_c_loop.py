"""Ctrl-C at random moments during a command, many times: after each run the repository holds
the old data or the new (never a temp file, a kept original or a half-built folder), and the
exit code and message agree with what is on disk.

Used by tests/hardening/test_ctrl_c.py (a bounded run, marked slow) and by hand for long runs:
    python tests/hardening/ctrl_c_loop.py REPO RUNS -- ohjelma indicator set ...
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

WRITTEN = ("kirjoitettiin", "was written")  # the line that says the change stands
BROKEN = ("Traceback", "Exception ignored", "sisäinen virhe", "internal error")


class Outcome(NamedTuple):
    code: int
    stdout: str
    stderr: str
    changed: bool
    leftovers: list[str]


def run_once(root: Path, command: list[str], delay: float) -> Outcome:
    """The command in `root` with SIGINT after `delay` seconds; then what is on disk."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("OHJELMA_DEBUG", None)
    process = subprocess.Popen(
        command, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    time.sleep(delay)
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    status = _git(root, "status", "--porcelain", "--untracked-files=all", "--ignored")
    lines = [line for line in status.splitlines() if ".ohjelma" not in line]
    changed = any(line.startswith(" M") for line in lines)
    leftovers = [line[3:] for line in lines if line[:2] in ("??", "!!")]
    return Outcome(process.returncode, stdout, stderr, changed, leftovers)


def problems(outcome: Outcome, expected_new: tuple[str, ...] = ()) -> list[str]:
    """What is wrong with one run: empty when the run kept every promise. `expected_new`:
    the beginnings of the names a run that finished (exit 0) writes, such as `out/`."""
    found = [f"left behind: {name}" for name in outcome.leftovers
             if not name.startswith(expected_new) or outcome.code != 0]
    found += [f"said {word!r}" for word in BROKEN if word in outcome.stderr]
    says_written = any(word in outcome.stderr for word in WRITTEN)
    if outcome.code == 130:
        if outcome.changed and not says_written:
            found.append("exit 130, data changed, message does not say it was written")
        if not outcome.changed and says_written:
            found.append("exit 130, says written, data unchanged")
    elif outcome.code == 0:
        if not outcome.stdout.strip() and not says_written:
            found.append("exit 0 without the report line")
    else:
        found.append(f"exit {outcome.code}: {outcome.stderr.strip()[-300:]}")
    return found


def reset(root: Path) -> None:
    _git(root, "checkout", "-q", "--", ".")
    _git(root, "clean", "-qfdx", "-e", ".ohjelma_cache")


def loop(root: Path, command: list[str], runs: int, *, low: float, high: float,
         seed: int = 0, output: tuple[str, ...] = ()) -> list[str]:
    """`runs` interrupted runs at delays in [low, high]; every problem, with its delay."""
    chance = random.Random(seed)
    report: list[str] = []
    for _run in range(runs):
        delay = chance.uniform(low, high)
        outcome = run_once(root, command, delay)
        found = problems(outcome, output)
        report += [f"{delay:.3f}s: {problem}" for problem in found]
        if found:
            report.append(f"    rc {outcome.code}; stderr: {outcome.stderr.strip()[-400:]!r}")
        reset(root)
    return report


def _git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, check=True
    ).stdout


if __name__ == "__main__":
    repo, runs, _dash, *cmd = sys.argv[1:]
    low, high = (float(x) for x in os.environ.get("DELAYS", "0.2 1.2").split())
    for line in loop(Path(repo), cmd, int(runs), low=low, high=high,
                     seed=int(os.environ.get("SEED", "0"))):
        print(line)
