"""Round 2, classes 8 and 10: text normalisation and invisible characters; configuration
prefixes and period arguments."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.helpers import run_cli

# Process-heavy: in the full suite (scripts/check), not in the quick loop.
pytestmark = pytest.mark.slow

GOAL = Path("data/goals/02-toinen.yaml")


def _codes(mini: Path) -> list[str]:
    result = run_cli("lint", "--no-cache", "--format", "json", cwd=mini)
    return [f["code"] for f in json.loads(result.stdout)["findings"]]


def _replace(mini: Path, old: str, new: str, path: Path = GOAL) -> None:
    target = mini / path
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new), encoding="utf-8")


def test_nfd_body_name_matches_and_is_a_warning(mini: Path) -> None:
    _replace(mini, "- Kokeiluyksikkö", "- " + unicodedata.normalize("NFD", "Kokeiluyksikkö"))
    result = run_cli("lint", "--no-cache", "--format", "text", cwd=mini)
    assert "W116" in result.stdout
    assert "Kokeiluyksikkö'; " not in result.stdout  # no "unknown body … did you mean"
    assert [c for c in _codes(mini) if c.startswith("E")] == []


@pytest.mark.parametrize("invisible", ["\u200b", "\u00ad", "\u202e", "\u2060"])
def test_invisible_character_in_a_name_is_an_error(mini: Path, invisible: str) -> None:
    _replace(mini, "- Testipalvelut", f"- Testi{invisible}palvelut")
    result = run_cli("lint", "--no-cache", "--format", "text", cwd=mini)
    assert result.returncode == 1
    assert f"U+{ord(invisible):04X}" in result.stdout
    assert "E117" in result.stdout


def test_note_file_with_bom_and_nfd(mini: Path) -> None:
    note = mini / "note.txt"
    note.write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", "Hyvä alku.").encode())
    result = run_cli("status", "set", "T2.2", "+", "--note-file", str(note), cwd=mini)
    assert result.returncode == 0, result.stderr
    text = (mini / GOAL).read_text(encoding="utf-8")
    assert "tilanne: Hyvä alku." in text and "\ufeff" not in text


def test_non_utf8_bytes_in_an_argument(mini: Path) -> None:
    before = (mini / GOAL).read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "kuopio_ohjelma", "status", "set", "T2.2", "+", "--note",
         os.fsdecode(b"caf\xe9")],
        cwd=mini, capture_output=True, timeout=60, check=False,
    )
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr and b"internal error" not in done.stderr
    assert (mini / GOAL).read_bytes() == before


@pytest.mark.parametrize(("key", "code"), [("W4", "W402"), ("W40", "W402"), ("W", "W402")])
def test_severity_prefix_works_like_a_code(mini: Path, key: str, code: str) -> None:
    _replace(mini, "  - tunnus: T2.4 # ohjelma: disable=W402", "  - tunnus: T2.4")
    assert code in _codes(mini)
    before = run_cli("lint", "--no-cache", "--format", "json", cwd=mini)
    assert before.returncode == 0
    (mini / "ohjelma.toml").write_text(f'[lint]\nseverity = {{ {key} = "error" }}\n')
    after = run_cli("lint", "--no-cache", "--format", "json", cwd=mini)
    assert after.returncode == 1
    found = json.loads(after.stdout)["findings"]
    assert {f["severity"] for f in found if f["code"] == code} == {"error"}


def test_longest_severity_prefix_wins(mini: Path) -> None:
    _replace(mini, "  - tunnus: T2.4 # ohjelma: disable=W402", "  - tunnus: T2.4")
    (mini / "ohjelma.toml").write_text('[lint]\nseverity = { W = "error", W402 = "warning" }\n')
    found = json.loads(run_cli("lint", "--no-cache", "--format", "json", cwd=mini).stdout)
    assert {f["severity"] for f in found["findings"] if f["code"] == "W402"} == {"warning"}


@pytest.mark.parametrize(
    ("period", "label"),
    [("1/²⁰²⁵", "Tilanne"), ("1/２０９９", "Tilanne"), ("2/2025", ""), ("2/2025", "  "),
     ("2/2025", "Tilanne\n2/2025"), ("2/2025", "Tilanne\x1b[2J"), ("2/2025", "Tila\u200bnne")],
)
def test_period_open_refuses_with_a_plain_message(mini: Path, period: str, label: str) -> None:
    before = (mini / "data/programme.yaml").read_bytes()
    result = run_cli("period", "open", period, "--label", label, cwd=mini)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert (mini / "data/programme.yaml").read_bytes() == before
