"""The yearly update's edits: notes are never lost, past periods are guarded, marks are typed
as written, `period open` derives the label, and every edit says what it changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow  # each case runs the real command in a subprocess

EN = {"OHJELMA_LANG": "en"}
GOAL1 = Path("data/goals/01-ensimmainen.yaml")
GOAL2 = Path("data/goals/02-toinen.yaml")


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_without_a_note_the_note_is_kept_and_the_change_is_printed(mini: Path) -> None:
    result = run_cli("status", "set", "T1.2", "-", cwd=mini, env=EN)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f'T1.2 1/2025: "+/-" → "-", note kept ({GOAL1})\n'
    text = (mini / GOAL1).read_text(encoding="utf-8")
    assert 'eteneminen: "-"\n        tilanne: Hidastui.' in text


def test_the_change_is_printed_in_finnish_by_default(mini: Path) -> None:
    result = run_cli("status", "set", "T1.2", "-", "--note", "Pysähtyi.", cwd=mini)
    assert result.stdout == f'T1.2 1/2025: "+/-" → "-", tilanne muuttui ({GOAL1})\n'


@pytest.mark.parametrize("clear", [["--note", ""], ["--clear-note"]])
def test_a_note_is_cleared_only_when_asked(mini: Path, clear: list[str]) -> None:
    result = run_cli("status", "set", "T1.2", "+/-", *clear, cwd=mini, env=EN)
    assert result.stdout == f'T1.2 1/2025: "+/-" → "+/-", note cleared ({GOAL1})\n'
    assert "tilanne: Hidastui." not in (mini / GOAL1).read_text(encoding="utf-8")


def test_the_same_mark_without_a_note_changes_nothing(mini: Path) -> None:
    before = _files(mini)
    result = run_cli("status", "set", "T1.2", "+/-", cwd=mini, env=EN)
    assert result.returncode == 0
    assert result.stdout == 'T1.2 1/2025: nothing changed ("+/-", note kept)\n'
    assert _files(mini) == before


def test_a_quoted_note_shows_its_tab_and_keeps_its_own_full_stop(mini: Path) -> None:
    note = "Sarake\tjossa sarkain."
    forced = run_cli("status", "set", "T1.1", "-", "--note", note, "--period", "1/2024",
                     "--force", cwd=mini)
    assert forced.returncode == 0  # a tab is allowed (E117 says so)
    before = _files(mini)
    refused = run_cli("status", "set", "T1.1", "+", "--period", "1/2024", cwd=mini)
    assert refused.returncode == 2
    assert refused.stderr == (
        "ohjelma: virhe: 1/2024 ei ole viimeisin kausi (1/2025); tämä korvaa arvion T1.1 "
        '1/2024: "-", tilanne: "Sarake\\u0009jossa sarkain.". Anna --force, jos haluat '
        "muuttaa sitä.\n"
    )
    assert _files(mini) == before


def test_a_long_note_it_would_replace_is_quoted_cut_with_its_length(mini: Path) -> None:
    note = "Pitkä tilanne. " * 20
    run_cli("status", "set", "T1.1", "-", "--note", note, "--period", "1/2024", "--force",
            cwd=mini)
    refused = run_cli("status", "set", "T1.1", "+", "--period", "1/2024", cwd=mini)
    assert refused.returncode == 2
    assert f'tilanne: "{note.strip()[:80]}… (299 merkkiä)". Anna --force' in refused.stderr


def test_a_past_period_needs_force_and_says_what_it_replaces(mini: Path) -> None:
    before = _files(mini)
    refused = run_cli("status", "set", "T1.1", "+", "--period", "1/2024", cwd=mini, env=EN)
    assert refused.returncode == 2
    assert refused.stderr == (
        "ohjelma: error: 1/2024 is not the latest period (1/2025); this replaces T1.1 1/2024: "
        '"-", note: \"Ei alkanut.\". Give --force to change it.\n'
    )
    assert _files(mini) == before
    forced = run_cli("status", "set", "T1.1", "+", "--period", "1/2024", "--force",
                     cwd=mini, env=EN)
    assert forced.stdout == f'T1.1 1/2024: "-" → "+", note kept ({GOAL1})\n'


@pytest.mark.parametrize("mark", ["-?", "+/-?", "+?"])
def test_uncertain_marks_are_typed_as_written(mini: Path, mark: str) -> None:
    result = run_cli("status", "set", "T2.1", mark, "--note", "x", cwd=mini, env=EN)
    assert result.returncode == 0, result.stderr
    assert f'eteneminen: "{mark}"' in (mini / GOAL2).read_text(encoding="utf-8")


def test_the_help_lists_the_uncertain_marks() -> None:
    result = run_cli("status", "set", "--help")
    assert '"+/-?", "-?"' in " ".join(result.stdout.split())  # wherever the line wraps


def test_an_unknown_option_is_still_refused(mini: Path) -> None:
    assert run_cli("status", "set", "T2.1", "+", "--nte", "x", cwd=mini).returncode == 2
    assert run_cli("status", "set", "T2.1", "--nte", cwd=mini).returncode == 2


def test_period_open_derives_the_label(mini: Path) -> None:
    result = run_cli("period", "open", "1/2026", cwd=mini, env=EN)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Opened 1/2026 (Tilanne 1/2026) in data/programme.yaml.")
    text = (mini / "data/programme.yaml").read_text(encoding="utf-8")
    assert "  - tunnus: 1/2026\n    nimi: Tilanne 1/2026\n" in text


@pytest.mark.parametrize(
    ("period", "meant"),
    [("1/2O26", "; tarkoititko '1/2026'?"), ("¹/2026", ""),
         ("1/２０２６", "; tarkoititko '1/2026'?"),  # full-width digits read as the ones meant
     ("1/2026x", "; tarkoititko '1/2026'?")],
)
def test_period_open_refuses_a_malformed_id(mini: Path, period: str, meant: str) -> None:
    before = _files(mini)
    result = run_cli("period", "open", period, cwd=mini)
    assert result.returncode == 2
    assert result.stderr == (
        f"ohjelma: virhe: '{period}' ei ole kauden tunnus; kirjoita <numero>/<vuosi> "
        f"numeroin 0–9, esim. 1/2025{meant}\n"
    )
    assert _files(mini) == before


def test_period_open_refuses_skipping_a_year_without_force(mini: Path) -> None:
    refused = run_cli("period", "open", "1/2027", cwd=mini, env=EN)
    assert refused.returncode == 2
    assert "skips ahead more than a year from the latest, '1/2025'" in refused.stderr
    assert run_cli("period", "open", "1/2027", "--force", cwd=mini).returncode == 0
