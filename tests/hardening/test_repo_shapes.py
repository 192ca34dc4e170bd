"""Round 2, class 7: repository shapes. A submodule (a gitlink) under data/ in `diff --rev`
is reported, not a crash on git's "missing" reply; the rest is in the corpus cases
(r2-goals-folder-*, r2-last-goal-saved-as-yml, r2-editor-leftovers)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers import run_cli


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        capture_output=True, text=True, check=True, timeout=60,
    )
    return done.stdout


@pytest.mark.parametrize("where", ["data/goals/03-alimoduuli.yaml", "data/vendor"])
def test_submodule_under_data_in_diff_rev(mini: Path, where: str) -> None:
    _git(mini, "init", "-q")
    _git(mini, "add", "-A")
    _git(mini, "commit", "-qm", "base")
    head = _git(mini, "rev-parse", "HEAD").strip()
    # A gitlink to a commit this clone does not have, as a submodule leaves it.
    _git(mini, "update-index", "--add", "--cacheinfo", f"160000,{head[::-1]},{where}")
    _git(mini, "commit", "-qm", "submodule")
    result = run_cli("diff", "--rev", "HEAD", cwd=mini)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    if where.endswith(".yaml"):
        assert result.returncode == 2  # diff: data that does not load is exit 2
        assert "git-alimoduuli" in result.stderr
    else:
        assert result.returncode == 0, result.stderr
