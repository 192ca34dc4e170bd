"""`diff --rev` when git says no: the common failures in the editor's words, in Finnish and
English; git's own line (English, as git wrote it) only under --verbose."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import MINI
from tests.helpers import EN, GIT_AUTHOR, run_cli, run_many

pytestmark = pytest.mark.slow  # real git repositories and the real command


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *GIT_AUTHOR, *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Made-up data: an empty first commit (before the data), then the data; a branch with
    a Finnish letter and a tag."""
    root = tmp_path / "repo"
    root.mkdir()
    _git(root, "init", "-q", "-b", "main")
    _git(root, "commit", "-q", "--allow-empty", "-m", "alku")
    shutil.copytree(MINI / "data", root / "data")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "data")
    _git(root, "branch", "kevät-2025")
    _git(root, "tag", "v1")
    return root


CASES = [
    (["diff", "--rev", "kevat-2025"],
     "ohjelma: virhe: tuntematon versio 'kevat-2025' (kokeile haaran, tagin tai commitin "
     "tunnusta); tarkoititko 'kevät-2025'?\n",
     "ohjelma: error: unknown revision 'kevat-2025' (try a branch, tag or commit id); "
     "did you mean 'kevät-2025'?\n"),
    (["diff", "--rev", "v2..main"],
     "ohjelma: virhe: tuntematon versio 'v2' (kokeile haaran, tagin tai commitin tunnusta); "
     "haarat ja tagit: kevät-2025, main, v1\n",
     "ohjelma: error: unknown revision 'v2' (try a branch, tag or commit id); "
     "branches and tags: kevät-2025, main, v1\n"),
    (["diff", "--rev", "HEAD~1", "--verbose"],
     "ohjelma: virhe: versiossa HEAD~1 ei ole kansiota data: data lisättiin gittiin "
     "myöhemmin; vertaa myöhempään versioon (komento git log --oneline -- data luettelee ne)\n",
     "ohjelma: error: there is no data folder at HEAD~1: the data came into git later; "
     "compare with a later revision (git log --oneline -- data lists them)\n"),
]


@pytest.mark.parametrize(("env", "column"), [({}, 1), (EN, 2)])
def test_revision_mistakes_in_the_editors_words(repo: Path, env: dict[str, str],
                                                column: int) -> None:
    answers = run_many([case[0] for case in CASES], cwd=repo, env=env)
    for case, answer in zip(CASES, answers, strict=True):
        assert (answer.code, answer.stdout, answer.stderr) == (2, "", case[column])


def test_a_repository_without_commits(tmp_path: Path) -> None:
    shutil.copytree(MINI, tmp_path / "uusi")
    _git(tmp_path / "uusi", "init", "-q")
    finnish, english = (run_cli("diff", "--rev", "HEAD", cwd=tmp_path / "uusi", env=env)
                        for env in ({}, EN))
    assert (finnish.returncode, finnish.stderr) == (
        2, "ohjelma: virhe: repositoriossa ei ole vielä yhtään committia; commitoi data "
        "ensin ja vertaa sitten\n")
    assert english.stderr == (
        "ohjelma: error: the repository has no commits yet; commit the data first, then "
        "compare\n")


def test_not_a_repository_gives_gits_words_only_under_verbose(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    shutil.copytree(MINI, plain)
    quiet, verbose = run_many([["diff", "--rev", "HEAD"], ["diff", "--rev", "HEAD", "-v"]],
                              cwd=plain)
    said = "ohjelma: virhe: kansio . ei ole git-repositoriossa; --rev vertaa git-versioita\n"
    assert (quiet.code, quiet.stderr) == (2, said)
    first, second = verbose.stderr.splitlines()
    assert (verbose.code, first + "\n") == (2, said)
    assert second.startswith("    gitin oma viesti: fatal: not a git repository")


def test_a_folder_owned_by_another_user(repo: Path) -> None:
    # git's own test switch: it answers as if another user owned the folder
    env = {"GIT_TEST_ASSUME_DIFFERENT_OWNER": "1"}
    finnish = run_cli("diff", "--rev", "main", "-v", cwd=repo, env=env)
    english = run_cli("diff", "--rev", "main", cwd=repo, env={**env, **EN})
    folder = str(repo)
    assert (finnish.returncode, finnish.stderr) == (
        2, f"ohjelma: virhe: git ei luota kansioon {folder}: sen omistaa toinen käyttäjä; "
        f"jos data on sinun, aja: git config --global --add safe.directory {folder}\n"
        f"    gitin oma viesti: fatal: detected dubious ownership in repository at '{folder}'\n")
    assert english.stderr == (
        f"ohjelma: error: git does not trust the folder {folder}: another user owns it; if "
        f"the data is yours, run: git config --global --add safe.directory {folder}\n")


def test_git_not_installed(repo: Path, tmp_path: Path) -> None:
    nowhere = tmp_path / "tyhjä"
    nowhere.mkdir()
    env = {"PATH": str(nowhere)}
    assert "git" not in os.listdir(nowhere)
    finnish = run_cli("diff", "--rev", "main", cwd=repo, env=env)
    english = run_cli("diff", "--rev", "main", cwd=repo, env={**env, **EN})
    assert (finnish.returncode, finnish.stderr) == (
        2, "ohjelma: virhe: git ei ole asennettuna; --rev tarvitsee sitä\n")
    assert english.stderr == "ohjelma: error: git is not installed; --rev needs it\n"


def test_rev_given_twice_is_refused_with_the_way_to_compare_two(repo: Path) -> None:
    """Click keeps only the last of a repeated option: diff said nothing and compared v1
    with the files. It says so instead, and how two revisions are compared (exit 2)."""
    finnish = run_cli("diff", "--rev", "main", "--rev", "v1", cwd=repo)
    english = run_cli("diff", "--rev", "main", "--rev", "v1", cwd=repo, env=EN)
    assert (finnish.returncode, finnish.stdout, finnish.stderr) == (
        2, "", "ohjelma: virhe: --rev annettiin 2 kertaa; anna se kerran: --rev v1 vertaa "
        "versiota v1 tiedostoihin sellaisina kuin ne nyt ovat, --rev main..v1 vertaa kahta "
        "versiota\n")
    assert (english.returncode, english.stderr) == (
        2, "ohjelma: error: --rev was given 2 times; give it once: --rev v1 compares v1 with "
        "the files as they are now, --rev main..v1 compares two revisions\n")


def test_a_revision_left_out_of_a_shallow_clone(repo: Path, tmp_path: Path) -> None:
    """`git clone --depth 1` has only the newest commit: HEAD~1 is not mistyped but not
    fetched, and the fix is git fetch --unshallow. A mistyped branch is still a typo."""
    _git(repo, "commit", "-q", "--allow-empty", "-m", "kolmas")
    subprocess.run(["git", "clone", "-q", "--depth", "1", repo.as_uri(), str(tmp_path / "kopio")],
                   check=True, capture_output=True)
    finnish, english, typo = (
        run_cli("diff", "--rev", rev, cwd=tmp_path / "kopio", env=env)
        for rev, env in (("HEAD~1", {}), ("HEAD~1", EN), ("mian", {})))
    assert (finnish.returncode, finnish.stdout, finnish.stderr) == (
        2, "", "ohjelma: virhe: versiota 'HEAD~1' ei ole tässä suppeassa kopiossa: repositorio "
        "kloonattiin ilman vanhempaa historiaa (--depth); hae historia komennolla: git fetch "
        "--unshallow\n")
    assert english.stderr == (
        "ohjelma: error: revision 'HEAD~1' is not in this shallow copy: the repository was "
        "cloned without its older history (--depth); fetch the history with: git fetch "
        "--unshallow\n")
    assert (typo.returncode, typo.stderr) == (
        2, "ohjelma: virhe: tuntematon versio 'mian' (kokeile haaran, tagin tai commitin "
        "tunnusta); tarkoititko 'main'?\n")
