"""Round 2, classes 1 and 2: one YAML dialect for reading and writing, and edits that touch
only what they change: `status set` (and the batch of `sheet import`) splices the text of its
assessments; every other byte (wrapped plain notes, flow lists, odd comments, a tab in a note,
a timestamp-like note, CRLF, a BOM) stays. Files lint accepts can be edited and formatted;
files lint refuses are refused with lint's own positioned findings."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from kuopio_ohjelma.edit.status import StatusChange, set_statuses
from tests.helpers import run_cli

# Process-heavy: in the full suite (scripts/check), not in the quick loop.
pytestmark = pytest.mark.slow

GOAL = Path("data/goals/02-toinen.yaml")
ODD = {
    "wrapped plain note": ("tilanne: Hyvin.",
                           "tilanne: Hyvin, ja tämä\n          jatkuu toiselle riville."),
    "flow list over lines": ("      - Kokeiluyksikkö\n    seuranta:\n      1/2024",
                             "      [Kokeiluyksikkö,\n       Testipalvelut]\n"
                             "    seuranta:\n      1/2024"),
    "comment in an odd place": ("        tilanne: Ei edennyt.",
                                "        tilanne: Ei edennyt. # kommentti\n      # irrallinen"),
    "tab inside a plain note": ("tilanne: Arvioitiin viimeksi 1/2024.",
                                "tilanne: Arvioitiin\tviimeksi 1/2024."),
    "timestamp-like note": ("tilanne: Ei tietoa.", "tilanne: 2024-5-6 9:00:00"),
}


def _prepare(mini: Path, old: str, new: str) -> Path:
    goal = mini / GOAL
    text = goal.read_text(encoding="utf-8")
    assert old in text
    goal.write_text(text.replace(old, new, 1), encoding="utf-8")
    return goal


def _changed_lines(before: bytes, after: bytes) -> list[str]:
    """What `git diff` would show: the removed lines, then the added ones, nothing else."""
    diff = list(difflib.ndiff(before.decode().splitlines(True), after.decode().splitlines(True)))
    return [line for line in diff if line[:1] == "-"] + [line for line in diff if line[:1] == "+"]


OLD_T22 = b'        eteneminen: "+?"\n        tilanne: Alkoi, ep\xc3\xa4varma.\n'


@pytest.mark.parametrize("case", list(ODD), ids=list(ODD))
def test_status_set_keeps_every_other_byte(mini: Path, case: str) -> None:
    goal = _prepare(mini, *ODD[case])
    assert run_cli("lint", "--no-cache", cwd=mini).returncode in (0, 1)
    before = goal.read_bytes()
    result = run_cli("status", "set", "T2.2", "+", "--note", "Uusi arvio.", cwd=mini)
    assert result.returncode == 0, result.stderr
    after = goal.read_bytes()
    new_block = b'        eteneminen: "+"\n        tilanne: Uusi arvio.\n'
    assert after == before.replace(OLD_T22, new_block)
    assert _changed_lines(before, after) == [
        '-         eteneminen: "+?"\n', "-         tilanne: Alkoi, epävarma.\n",
        '+         eteneminen: "+"\n', "+         tilanne: Uusi arvio.\n",
    ]
    assert run_cli("status", "show", "T2.2", cwd=mini).returncode == 0


def test_kept_note_keeps_its_bytes(mini: Path) -> None:
    """Only the mark changes: a wrapped note with a comment after it stays as written."""
    goal = _prepare(mini, "tilanne: Alkoi, epävarma.",
                    "tilanne: Alkoi,\n          epävarma.   # kommentti")
    before = goal.read_bytes()
    result = run_cli("status", "set", "T2.2", "+", cwd=mini)
    assert result.returncode == 0, result.stderr
    after = goal.read_bytes()
    assert _changed_lines(before, after) == [
        '-         eteneminen: "+?"\n', '+         eteneminen: "+"\n',
    ]


def test_new_period_only_adds_its_lines(mini: Path) -> None:
    goal = _prepare(mini, *ODD["flow list over lines"])
    before = goal.read_bytes()
    result = run_cli("status", "set", "T2.4", "-", "--note", "Ei jatku.", cwd=mini)
    assert result.returncode == 0, result.stderr
    assert _changed_lines(before, goal.read_bytes()) == [
        "+       1/2025:\n", '+         eteneminen: "-"\n', "+         tilanne: Ei jatku.\n",
    ]


def test_batch_of_sheet_import_splices_too(mini: Path) -> None:
    goal = _prepare(mini, *ODD["wrapped plain note"])
    goal = _prepare(mini, *ODD["flow list over lines"])
    before = goal.read_bytes()
    edits = set_statuses(mini, [StatusChange("T2.2", "1/2025", "+", "Uusi arvio."),
                                StatusChange("T2.3", "1/2025", "-", None)])
    [edit] = edits
    assert goal.read_bytes() == before  # nothing is written here: the caller commits
    assert _changed_lines(before, edit.new) == [
        '-         eteneminen: "+?"\n', "-         tilanne: Alkoi, epävarma.\n",
        '+         eteneminen: "+"\n', "+         tilanne: Uusi arvio.\n",
    ]


def test_crlf_and_bom_kept_byte_for_byte(mini: Path) -> None:
    goal = mini / GOAL
    text = goal.read_text(encoding="utf-8").replace(
        "tilanne: Hyvin.", "tilanne: Hyvin,\n          jatkuu.")
    goal.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    before = goal.read_bytes()
    result = run_cli("status", "set", "T2.3", "+", "--note", "Eteni.", "--period", "1/2025",
                     cwd=mini)
    assert result.returncode == 0, result.stderr
    assert goal.read_bytes() == before.replace(
        b'        eteneminen: "-"\r\n        tilanne: Ei edennyt.\r\n',
        b'        eteneminen: "+"\r\n        tilanne: Eteni.\r\n')


@pytest.mark.parametrize("case", ["tab inside a plain note", "timestamp-like note"])
def test_fmt_check_handles_what_lint_accepts(mini: Path, case: str) -> None:
    _prepare(mini, *ODD[case])
    result = run_cli("fmt", "--check", cwd=mini)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.returncode in (0, 1)


# Control characters (BEL, Word's soft line break \v) are refused by every edit (E117), not
# round-tripped: tests/edit and tests/lint cases hold that.
@pytest.mark.parametrize("note", ["rivi\u2028toinen", "2024-5-6 9:00:00", "no", "- lista",
                                  "tab\tnote"])
def test_awkward_notes_round_trip(mini: Path, note: str) -> None:
    result = run_cli("status", "set", "T2.1", "+", "--note", note, cwd=mini)
    assert result.returncode == 0, result.stderr
    assert run_cli("lint", "--no-cache", cwd=mini).returncode in (0, 1)
    again = run_cli("status", "set", "T2.1", "-", "--note", "Seuraava.", cwd=mini)
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [("    nimi: Uusi toimenpide", "    nimi: Uusi toimenpide\n    nimi: Toinen", "E104"),
     ("        tilanne: Hyvin.", "        tilanne: Hyvin.\n        tilanne: Taas.", "E104")],
)
@pytest.mark.parametrize("command", [["status", "set", "T2.2", "+", "--note", "x"], ["fmt"]])
def test_files_lint_refuses_are_refused_with_its_findings(
    mini: Path, old: str, new: str, code: str, command: list[str]
) -> None:
    goal = _prepare(mini, old, new)
    before = goal.read_bytes()
    lint = run_cli("lint", "--no-cache", cwd=mini)
    result = run_cli(*command, cwd=mini)
    # status set: data that does not load is exit 2 (as in every command); fmt: findings, 1
    assert result.returncode == (1 if command == ["fmt"] else 2), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    finding = next(line for line in lint.stdout.splitlines() if code in line)
    assert finding.split(" ")[0] in result.stderr
    assert goal.read_bytes() == before
