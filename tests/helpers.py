"""Run the real command in a subprocess, as users and CI do."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

# The shipped data's first commit in a test repository, by a made-up author.
GIT_AUTHOR = ("-c", "user.name=Test", "-c", "user.email=test@example.invalid")


def commit_shipped_data(root: Path, data: Path) -> Path:
    """`root` becomes a git repository holding a copy of `data` committed on main."""
    shutil.copytree(data, root / "data")
    for args in (("init", "-q", "-b", "main"), ("add", "-A"), ("commit", "-qm", "Tilanne 1/2024")):
        subprocess.run(["git", *GIT_AUTHOR, *args], cwd=root, check=True, capture_output=True)
    return root


# Tests about a format or an English message run in English; Finnish is the default.
EN = {"OHJELMA_LANG": "en"}


def run_cli(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "kuopio_ohjelma", *args],
        cwd=cwd,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def assert_golden(path: Path, data: bytes) -> None:
    """`data` equals the golden file at `path`; UPDATE_GOLDEN=1 rewrites it instead."""
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.is_file(), f"{path} missing; UPDATE_GOLDEN=1 to create it"
    assert data == path.read_bytes(), f"{path.name} differs; UPDATE_GOLDEN=1 to accept"


class Answer(NamedTuple):
    code: int
    stdout: str
    stderr: str


# One process answers many calls (a process per call takes half a second): the same `run()`
# the console entry calls, with its own standard output and error per call.
_DRIVER = """
import contextlib, io, json, sys
from kuopio_ohjelma.cli import run
answers = []
for args in json.loads(sys.stdin.read()):
    sys.argv = ["ohjelma", *args]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run()
    answers.append([code, out.getvalue(), err.getvalue()])
print(json.dumps(answers))
"""


def run_many(
    calls: Sequence[Sequence[str]], cwd: Path, env: dict[str, str] | None = None
) -> list[Answer]:
    """Each call's answer, in one process whose language is set by `env` (OHJELMA_LANG)."""
    environment = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER],
        input=json.dumps([list(call) for call in calls]),
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=True,
    )
    return [Answer(*answer) for answer in json.loads(done.stdout)]


# A width no line reaches: for tests of a report's words, not of its wrapping (each command's
# wrapping at 80 columns is tested where the command is).
UNWRAPPED = 100_000


def flat(text: str) -> str:
    """`text` with every run of spaces and line breaks as one space: a message's words as
    they read, wherever an 80-column output wrapped them."""
    return " ".join(text.split())


def report_lines(text: str) -> list[str]:
    """The lines of a text report (lint, sheet import) as they were before wrapping: a line
    indented two spaces deeper than the line it follows continues that line (the hanging
    indent of core/lines.py), so a finding or hint reads as one line whatever its length."""
    lines: list[tuple[int, str]] = []
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        if lines and line.strip() and indent == lines[-1][0] + 2:
            lines[-1] = (lines[-1][0], f"{lines[-1][1]} {line.strip()}")
        else:
            lines.append((indent, line))
    return [line for _indent, line in lines]
