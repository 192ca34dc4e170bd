"""Quick edits (edit/quick.py) make the full edits' bytes, or leave the call to them.

The invariant: over a corpus of edits, the quick path writes exactly what the full path
writes, and the file it writes (and remembers as loading cleanly) loads with no error
through the full loader and the models, as `ohjelma lint` reads it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from kuopio_ohjelma.edit import known, period, quick, status
from kuopio_ohjelma.edit.assessments import StatusChange
from kuopio_ohjelma.edit.checked import commit
from kuopio_ohjelma.io.loader import load_repository
from tests.conftest import MINI, REPO
from tests.helpers import EN, run_cli

GOAL1 = "data/goals/01-ensimmainen.yaml"


def _learn(root: Path) -> None:
    """What the full path remembers after loading: every file that loaded with no error."""
    result = load_repository(root)
    failed = {p.path for p in result.errors}
    assert result.info is not None
    known.remember_programme(
        root, result.info.document.source.raw, known.programme_facts(result.info.model)
    )
    for goal in result.goals:
        if goal.path not in failed:
            known.remember_goal(root, goal.document.source.raw)


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source / "data", target / "data")
    return target


CHANGES = [
    StatusChange("T1.1", None, "-", "Uusi tilanne."),
    StatusChange("T1.1", None, "+", None),  # the same mark, the note kept
    StatusChange("T1.1", None, "+?", None, clear_note=True),
    StatusChange("T1.2", None, "?", "Rivi yksi.\n\nRivi kolme: kaksoispiste."),
    StatusChange("T1.2", None, "+", "Tilanne: kesken"),
    StatusChange("T1.3", None, "-", "Lainaus 'tässä' ja \"tuossa\"."),
    StatusChange("T1.3", "1/2024", "+", "Korjattu.", force=True),
    StatusChange("T2.1", None, "-", "2 hanketta käynnissä"),
    StatusChange("T2.2", None, "+/-", "Ensimmäinen arvio."),  # no assessment in 1/2025 yet
    StatusChange("T2.3", None, "+", "yes"),  # YAML 1.1 would read it as a boolean: quoted
    StatusChange("T2.3", None, "+", "Tabi\tsisällä"),  # ruamel writes it: still no pydantic
]


@pytest.mark.parametrize("change", CHANGES, ids=lambda c: f"{c.action_id}-{c.progress}")
@pytest.mark.parametrize("source", [MINI, REPO], ids=["mini", "shipped"])
def test_quick_and_full_status_edits_write_the_same_bytes(
    tmp_path: Path, source: Path, change: StatusChange
) -> None:
    if source is REPO:  # the real programme: its first goal's actions instead
        change = StatusChange(change.action_id.replace("T2.", "T5."), None, change.progress,
                              change.note, change.clear_note)
    full_root, quick_root = _copy(source, tmp_path / "full"), _copy(source, tmp_path / "quick")
    full = status.set_status(full_root, change)
    commit(full.edit)
    _learn(quick_root)
    made = quick.set_status(quick_root, change)
    assert made is not None, "the quick path declined a plain edit of known files"
    commit(made.edit)
    relative = made.edit.path.relative_to(quick_root)
    assert relative == full.edit.path.relative_to(full_root)
    assert made.edit.new == full.edit.new
    assert made._replace(edit=None) == full._replace(edit=None)
    # What the quick path remembered as loading cleanly does load cleanly.
    assert known.recall(quick_root, known.GOAL, made.edit.new)[0]
    result = load_repository(quick_root)
    assert not [p for p in result.errors if p.path == made.edit.path]
    assert any(goal.path == made.edit.path for goal in result.goals)


@pytest.mark.parametrize("label", ["Tilanne 1/2026", "Tilanne: 1/2026", None])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_quick_and_full_period_opens_write_the_same_bytes(
    tmp_path: Path, label: str | None, newline: str
) -> None:
    full_root, quick_root = _copy(MINI, tmp_path / "full"), _copy(MINI, tmp_path / "quick")
    for root in (full_root, quick_root):
        programme = root / "data" / "programme.yaml"
        text = programme.read_text(encoding="utf-8").replace("kaudet:", "# kaudet\nkaudet:")
        programme.write_bytes(text.replace("\n", newline).encode("utf-8"))
    full = period.open_period(full_root, "1/2026", label)
    commit(full.edit)
    _learn(quick_root)
    made = quick.open_period(quick_root, "1/2026", label, force=False)
    assert made is not None
    commit(made.edit)
    assert made.edit.new == full.edit.new
    assert (made.period_id, made.label) == (full.period_id, full.label)
    result = load_repository(quick_root)
    assert result.info is not None and not [p for p in result.errors if p.code != "W106"]
    assert [p.id for p in result.info.model.periods][-1] == "1/2026"
    # The next period is quick again: its layout was remembered with the new bytes.
    again = quick.open_period(quick_root, "2/2026", "Tilanne 2/2026", force=False)
    assert again is not None


def test_unknown_files_are_left_to_the_full_path(mini: Path) -> None:
    change = StatusChange("T1.1", None, "-", "x")
    assert quick.set_status(mini, change) is None  # nothing known yet
    _learn(mini)
    goal = mini / GOAL1
    goal.write_text(goal.read_text(encoding="utf-8") + "# muutettu käsin\n", encoding="utf-8")
    assert quick.set_status(mini, change) is None  # changed by hand: unknown again
    # Not even period open is quick then: the full path checks the changed goal loads.
    assert quick.open_period(mini, "1/2026", None, force=False) is None


@pytest.mark.parametrize(
    "change",
    [
        StatusChange("T1.1", None, "++", "x"),  # off the scale: the full path suggests
        StatusChange("T1.9", None, "+", "x"),  # unknown action: the full path hints
        StatusChange("T1.1", "3/2025", "+", "x"),  # unknown period
        StatusChange("T1.1", "1/2024", "+", "x"),  # a past period: asked or refused
        StatusChange("T1.1", None, "+", "x", clear_note=True),  # a contradiction
    ],
    ids=["mark", "action", "period", "past", "both-notes"],
)
def test_refusals_and_questions_are_left_to_the_full_path(
    mini: Path, change: StatusChange
) -> None:
    _learn(mini)
    assert quick.set_status(mini, change) is None


def test_a_hand_broken_file_is_refused_as_before_after_a_quick_edit(mini: Path) -> None:
    assert run_cli("status", "set", "T1.1", "+", "--note", "a", cwd=mini).returncode == 0
    assert run_cli("status", "set", "T1.1", "-", "--note", "b", cwd=mini).returncode == 0
    goal = mini / GOAL1
    goal.write_text(goal.read_text(encoding="utf-8").replace(
        "nimi: Heikkenevä toimenpide", "nimii: Heikkenevä toimenpide"), encoding="utf-8")
    before = goal.read_bytes()
    result = run_cli("status", "set", "T1.1", "+", "--note", "c", cwd=mini, env=EN)
    assert result.returncode == 2
    assert "E203 unknown key 'nimii' in action T1.2" in result.stderr
    assert goal.read_bytes() == before


HEAVY = ("pydantic", "typer", "ruamel", "filelock", "click")
PROBE = (
    "import sys\n"
    "from kuopio_ohjelma.entry import main\n"
    "try:\n"
    "    main()\n"
    "finally:\n"
    f"    heavy = sorted(set(sys.modules) & set({HEAVY!r}))\n"
    "    sys.stderr.write('heavy: ' + ' '.join(heavy) + '\\n')\n"
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["status", "set", "T1.1", "-?", "--note=Toinen."],
         'T1.1 1/2025: "+" → "-?", tilanne muuttui (data/goals/01-ensimmainen.yaml)\n'),
        (["--lang", "en", "period", "open", "1/2026"],
         "Opened 1/2026 (Tilanne 1/2026) in data/programme.yaml. 'ohjelma lint' lists the\n"
         "  actions to update.\n"),  # 80 columns, as the typer path says it
    ],
)
def test_the_second_edit_imports_neither_typer_nor_pydantic_nor_ruamel(
    mini: Path, args: list[str], line: str
) -> None:
    import subprocess

    first = run_cli("status", "set", "T1.2", "+", "--note", "Ensin.", cwd=mini)
    assert first.returncode == 0, first.stderr
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=mini, capture_output=True,
                          text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == line
    assert done.stderr == "heavy: \n"


def test_an_action_newly_mentioned_elsewhere_sends_the_edit_the_full_way(mini: Path) -> None:
    """Finding the file reads every goal file changed since (by size, times, inode): a
    copy of the action pasted into an earlier file is seen, and the full path decides."""
    _learn(mini)
    change = StatusChange("T2.1", None, "-", "x")
    assert quick.set_status(mini, change) is not None
    goal = mini / GOAL1
    goal.write_text(goal.read_text(encoding="utf-8") + "# ks. T2.1\n", encoding="utf-8")
    assert quick.set_status(mini, change) is None
