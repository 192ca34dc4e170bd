"""Interruptions and a failing standard output around a write: what is on disk, the exit code
and the message agree (README, *Exit codes*)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kuopio_ohjelma import cli, entry
from tests.hardening import ctrl_c_loop
from tests.helpers import commit_shipped_data

REPO = Path(__file__).parents[2]
GOAL = "data/goals/01-osaavan-tyovoiman-saannin-turvaaminen.yaml"
OHJELMA = [sys.executable, "-m", "kuopio_ohjelma"]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return commit_shipped_data(tmp_path / "repo", REPO / "data")


def _to_full(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    with open("/dev/full", "w") as full:
        return subprocess.run(
            [*OHJELMA, *args], cwd=root, stdout=full, stderr=subprocess.PIPE, text=True,
            check=False, timeout=60,
        )


def _changed(root: Path) -> list[str]:
    out = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=root,
                         capture_output=True, text=True, check=True).stdout
    return [line[3:] for line in out.splitlines()]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize(
    ("args", "written"),
    [
        (("status", "set", "T1.2", "-"), [GOAL]),
        (("indicator", "set", "tyollisyysaste", "2023", "71,2", "--unit", "%"),
         ["data/indicators/tyollisyysaste.yaml"]),
        (("period", "open", "2/2024"), ["data/programme.yaml"]),
    ],
)
def test_a_full_standard_output_after_the_write_says_the_change_stands(
    repo: Path, args: tuple[str, ...], written: list[str]
) -> None:
    answer = _to_full(repo, *args)
    assert answer.returncode == 0, answer.stderr
    assert answer.stderr == (
        f"ohjelma: muutos kirjoitettiin ({written[0]}), mutta sen tulostetta ei voitu "
        "kirjoittaa: levy on täynnä\n"
    )
    assert _changed(repo) == written


@pytest.mark.slow
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_standard_output_before_any_write_is_an_error(repo: Path) -> None:
    answer = _to_full(repo, "status", "set", "T1.2", "+")  # already '+': nothing to write
    assert answer.returncode == 2
    assert answer.stderr == "ohjelma: virhe: tulostetta ei voi kirjoittaa: levy on täynnä\n"
    assert _changed(repo) == []


def test_an_error_that_hides_a_ctrl_c_is_an_interruption() -> None:
    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:  # as zipfile's close does: the context, not the cause
            raise ValueError("Can't close the ZIP file while there is an open writing handle")  # noqa: B904
    except ValueError as error:
        assert cli._interrupted(error)
    assert not cli._interrupted(ValueError("x"))


def test_ctrl_c_inside_a_finaliser_or_zipfile_waits() -> None:
    seen: list[bool] = []

    class Finalised:
        def __del__(self) -> None:
            seen.append(entry._in_import_or_pydantic(sys._getframe()))

    Finalised()
    assert seen == [True]
    assert not entry._in_import_or_pydantic(sys._getframe())


def _workbook(repo: Path, tmp_path: Path) -> Path:
    """A workbook exported from `repo` with 38 notes changed (as an editor would)."""
    import openpyxl

    exported = tmp_path / "kaikki.xlsx"
    subprocess.run([*OHJELMA, "sheet", "export", "-o", str(exported)], cwd=repo, check=True,
                   capture_output=True)
    book = openpyxl.load_workbook(exported)
    sheet = book["Toimenpiteet"]
    for row in range(2, 40):
        sheet.cell(row, 9).value = f"{sheet.cell(row, 9).value or ''} Lisätty."
    book.save(exported)
    return exported


@pytest.mark.slow
def test_ctrl_c_at_random_moments_keeps_every_promise(repo: Path, tmp_path: Path) -> None:
    """A bounded run of tests/hardening/ctrl_c_loop.py over the writing commands."""
    book = _workbook(repo, tmp_path)
    commands = [
        ([*OHJELMA, "indicator", "set", "tyollisyysaste", "2023", "71,2", "--unit", "%"], 0.3, 1.2),
        ([*OHJELMA, "status", "set", "T1.2", "-", "--note", "Uusi."], 0.2, 1.0),
        ([*OHJELMA, "sheet", "import", str(book)], 0.4, 1.6),
        ([*OHJELMA, "sheet", "export", "--per-owner", "out"], 0.4, 1.6),
    ]
    problems: list[str] = []
    for command, low, high in commands:
        found = ctrl_c_loop.loop(repo, command, 6, low=low, high=high, seed=len(problems),
                                 output=("out/",))
        problems += [f"{' '.join(command[3:5])}: {line}" for line in found]
    assert problems == []
