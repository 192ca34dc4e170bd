"""edit/lint_guard.py: an edit that would bring a lint error is refused; errors that were
there before do not block an unrelated edit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kuopio_ohjelma.edit.checked import EditError, FileEdit
from kuopio_ohjelma.edit.lint_guard import new_errors, refuse_new_errors
from kuopio_ohjelma.io.loader import load_repository
from tests.conftest import INDICATORS

SHARE = Path("data/indicators/keksitty-osuus.yaml")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(INDICATORS, tmp_path / "repo")
    return tmp_path / "repo"


def _edit(repo: Path, old: str, new: str) -> FileEdit:
    raw = (repo / SHARE).read_bytes()
    return FileEdit(repo / SHARE, raw, raw.replace(old.encode(), new.encode()))


def test_an_edit_that_drops_the_unit_is_refused_with_lints_finding(
    repo: Path, english: None
) -> None:
    edit = _edit(repo, 'yksikkö: "%"\n', "")
    with pytest.raises(EditError) as refused:
        refuse_new_errors(repo, load_repository(repo), [edit])
    assert str(refused.value) == (
        "the edit would leave an error that lint reports; nothing was written")
    assert [(p.code, p.path, p.position.line) for p in refused.value.problems] == [
        ("E608", repo / SHARE, 2)]


def test_an_error_already_there_does_not_block_another_edit(repo: Path) -> None:
    broken = _edit(repo, 'yksikkö: "%"\n', "")
    (repo / SHARE).write_bytes(broken.new)
    assert [p.code for p in new_errors(repo, load_repository(repo), [])] == []
    moved = FileEdit(repo / SHARE, broken.new, broken.new.replace(b"arvo: 69.5", b"arvo: 69.6"))
    assert new_errors(repo, load_repository(repo), [moved]) == []


def test_a_second_copy_of_an_old_error_is_new(repo: Path) -> None:
    edit = _edit(repo, "  - vuosi: 2023\n", "  - vuosi: 2022\n")
    assert [p.code for p in new_errors(repo, load_repository(repo), [edit])] == ["E603"]
