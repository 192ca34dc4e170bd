"""A period typed with a leading zero (`01/2026`) is one reader's refusal in every command that
takes a period (core/periods.parse_period): never a second id for the same period."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli

REFUSAL = (
    "ohjelma: virhe: '{typed}' ei ole kauden tunnus: kauden numero kirjoitetaan ilman "
    "etunollaa; tarkoititko '{meant}'?\n"
)


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in (root / "data").rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    ("args", "typed", "meant"),
    [
        (("period", "open", "01/2026"), "01/2026", "1/2026"),
        (("period", "remove", "01/2025"), "01/2025", "1/2025"),
        (("status", "set", "T1.1", "+", "--period", "01/2025"), "01/2025", "1/2025"),
        (("indicator", "set", "kokeilumittari", "01/2025", "3"), "01/2025", "1/2025"),
    ],
)
def test_a_leading_zero_is_refused_with_the_id_to_write(
    mini: Path, args: tuple[str, ...], typed: str, meant: str
) -> None:
    before = _files(mini)
    result = run_cli(*args, cwd=mini)
    assert (result.returncode, result.stdout, result.stderr) == (
        2, "", REFUSAL.format(typed=typed, meant=meant)
    )
    assert _files(mini) == before


def test_the_same_period_without_the_zero_is_opened(mini: Path) -> None:
    result = run_cli("period", "open", "1/2026", cwd=mini)
    assert result.returncode == 0, result.stderr
    assert "  - tunnus: 1/2026\n" in (mini / "data/programme.yaml").read_text(encoding="utf-8")


def test_a_leading_zero_written_by_hand_is_a_lint_error_with_the_id_to_write(mini: Path) -> None:
    programme = mini / "data/programme.yaml"
    text = programme.read_text(encoding="utf-8")
    programme.write_text(text.replace("- tunnus: 1/2025", "- tunnus: 01/2025"), encoding="utf-8")
    result = run_cli("lint", cwd=mini)
    assert result.returncode == 1
    assert (
        "data/programme.yaml:24:13: E204 'tunnus' (kausi 01/2025): teksti '01/2025' ei\n"
        "  ole odotetussa muodossa\n    vihje: tarkoititko '1/2025'?\n"
    ) in result.stdout
