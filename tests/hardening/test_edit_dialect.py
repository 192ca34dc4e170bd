"""Round 2, classes 1 and 2: one YAML dialect for reading and writing, and edits that touch
only what they change: files lint accepts (a tab in a plain note, a timestamp-like note)
can be edited and formatted; files lint refuses are refused with lint's own positioned
findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli

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


@pytest.mark.parametrize("case", ["tab inside a plain note", "timestamp-like note"])
def test_fmt_check_handles_what_lint_accepts(mini: Path, case: str) -> None:
    _prepare(mini, *ODD[case])
    result = run_cli("fmt", "--check", cwd=mini)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.returncode in (0, 1)


@pytest.mark.parametrize("note", ["rivi\u2028toinen", "ohjaus\x07merkki", "rivi 1\nrivi\x0b 2",
                                  "2024-5-6 9:00:00", "no", "- lista", "tab\tnote"])
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
