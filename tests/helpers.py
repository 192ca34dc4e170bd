"""Run the real command in a subprocess, as users and CI do."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

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
