"""Git blobs as a file source: a revision's data files without touching the work tree."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kuopio_ohjelma.io.git import GitError, GitSource
from kuopio_ohjelma.problems import Problem
from tests.conftest import MINI


def _git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Testi", "-c", "user.email=testi@example.invalid", *args],
        cwd=root, check=True, capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(MINI, root)
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "alku")
    return root


def test_reads_the_committed_bytes_not_the_work_tree(repo: Path) -> None:
    goal = repo / "data" / "goals" / "01-ensimmainen.yaml"
    committed = goal.read_bytes()
    goal.write_text("muutettu työpuussa\n", encoding="utf-8")
    source = GitSource(repo, "HEAD")
    assert source.read(goal) == committed
    assert goal in source.yaml_files(goal.parent)
    assert source.read(repo / "data" / "goals" / "99-ei-ole.yaml") is None


def test_a_symlink_in_a_revision_is_a_problem(repo: Path) -> None:
    link = repo / "data" / "goals" / "03-linkki.yaml"
    link.symlink_to("01-ensimmainen.yaml")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "linkki")
    found = GitSource(repo, "HEAD").read(link)
    assert isinstance(found, Problem) and found.code == "E112"


@pytest.mark.usefixtures("english")
def test_unknown_and_option_like_revisions_are_refused(repo: Path) -> None:
    with pytest.raises(GitError, match="unknown revision"):
        GitSource(repo, "ei-tällaista")
    with pytest.raises(GitError, match="is not a revision"):
        GitSource(repo, "--output=/tmp/x")


def test_a_folder_outside_git_is_named_as_such(tmp_path: Path) -> None:
    with pytest.raises(GitError, match=r"ei ole git-repositoriossa; --rev vertaa git-versioita"):
        GitSource(tmp_path, "HEAD")
