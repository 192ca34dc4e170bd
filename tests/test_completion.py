"""Shell completion asked the way bash asks it: the words typed so far in COMP_WORDS, the
word being completed in COMP_CWORD, and _OHJELMA_COMPLETE=complete_bash; the proposals come
one a line, from the repository of the current folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINI, REPO
from tests.helpers import run_cli

# Process-heavy: in the full suite (scripts/check), not in the quick loop.
pytestmark = pytest.mark.slow


def proposals(line: str, cwd: Path) -> list[str]:
    """What bash offers after `line` (a trailing space: a new, empty word); bash's script
    joins the words with newlines."""
    words = line.split() + ([""] if line.endswith(" ") else [])
    done = run_cli(
        cwd=cwd,
        env={
            "_OHJELMA_COMPLETE": "complete_bash",
            "COMP_WORDS": "\n".join(words),
            "COMP_CWORD": str(len(words) - 1),
        },
    )
    assert (done.returncode, done.stderr) == (0, "")
    return [word for word in done.stdout.splitlines() if word]  # none: an empty line


def test_action_ids_of_the_shipped_data() -> None:
    assert proposals("ohjelma status show T4", REPO) == ["T4.1", "T4.2", "T4.3", "T4.4"]


def test_action_ids_of_mini_for_status_set_in_any_case() -> None:
    assert proposals("ohjelma status set t2", MINI) == ["T2.1", "T2.2", "T2.3", "T2.4"]


def test_period_ids() -> None:
    assert proposals("ohjelma status set --period ", MINI) == ["1/2024", "1/2025"]
    assert proposals("ohjelma diff --from 1/2024 --to 1/", MINI) == ["1/2024", "1/2025"]
    assert proposals("ohjelma export --period ", REPO) == ["1/2024"]


def test_period_open_proposes_the_next_period() -> None:
    assert proposals("ohjelma period open ", MINI) == ["1/2026"]
    assert proposals("ohjelma period open ", REPO) == ["1/2025"]


def test_theme_ids() -> None:
    assert proposals("ohjelma render --theme ", REPO) == [
        "yrittajyysymparisto",
        "innovaatio-ja-oppimisymparisto",
        "kaupunkikehitys",
        "tunnettuus-ja-edunvalvonta",
    ]
    assert proposals("ohjelma diff --theme b", MINI) == ["beta"]


def test_goal_numbers() -> None:
    assert proposals("ohjelma diff --goal 1", REPO) == ["1", "10", "11", "12", "13"]
    assert proposals("ohjelma export --goal ", MINI) == ["1", "2"]


def test_bodies_with_aliases_case_insensitively() -> None:
    # "yritykset" is an alias of "Yritykset" that differs only in case: offered once.
    assert proposals("ohjelma render --owner yri", REPO) == [
        "Yrittäjäjärjestöt",
        "Yritykset",
        "Yrityspalvelut",
        "Yrityspalvelu",
    ]
    assert proposals("ohjelma diff --owner TEST", MINI) == ["Testipalvelut", "Testipalvelu"]


def test_a_body_with_a_space_stays_one_word_in_bash() -> None:
    assert proposals("ohjelma render --owner kaupunkiymp", REPO) == [
        "Kaupunkiympäristön\\ palvelualue"
    ]
    # Begun with a quote, the name goes inside the quotes as it is.
    assert proposals('ohjelma render --owner "Kaupunkiymp', REPO) == [
        "Kaupunkiympäristön palvelualue"
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ohjelma lint --format ", ["text", "json", "github", "gitlab", "sarif"]),
        ("ohjelma render --format ", ["md", "html"]),
        ("ohjelma diff -f ", ["text", "md", "json"]),
        ("ohjelma export --format ", ["csv", "json"]),
    ],
)
def test_formats_of_each_command(line: str, expected: list[str]) -> None:
    assert proposals(line, MINI) == expected


def test_rule_codes_and_names() -> None:
    assert proposals("ohjelma lint --explain w31", MINI) == ["W313", "W316", "W317"]
    assert proposals("ohjelma lint --explain unknown-s", MINI) == [
        "unknown-same-body",
        "unknown-suppression",
    ]


def test_indicator_slugs() -> None:
    assert proposals("ohjelma indicator set tyo", REPO) == [
        "tyollisyysaste",
        "tyopaikkakasvu-tyottomyys",
    ]
    assert proposals("ohjelma indicator set ", MINI) == ["kokeilumittari", "toinen-mittari"]
    assert proposals("ohjelma indicator remove ", MINI) == ["kokeilumittari", "toinen-mittari"]


def test_root_given_after_the_command(tmp_path: Path) -> None:
    assert proposals(f"ohjelma diff --root {MINI} --theme ", tmp_path) == ["alpha", "beta"]
    assert proposals(f"ohjelma --root {MINI} diff --theme ", tmp_path) == ["alpha", "beta"]


def test_no_repository_or_broken_data_gives_no_proposals_and_no_error(tmp_path: Path) -> None:
    assert proposals("ohjelma status show ", tmp_path) == []
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "programme.yaml").write_text("kaudet: [\n", encoding="utf-8")
    assert proposals("ohjelma diff --from ", tmp_path) == []
    assert proposals("ohjelma status show ", tmp_path) == []


def test_the_console_script_answers_too_past_lints_fast_path() -> None:
    # The installed `ohjelma` (kuopio_ohjelma.entry) sends plain lint calls past typer; the
    # shell's question has no arguments, only the environment, and reaches typer.
    script = Path(sys.executable).with_name("ohjelma")
    done = subprocess.run(
        [str(script)],
        env={
            **os.environ,
            "_OHJELMA_COMPLETE": "complete_bash",
            "COMP_WORDS": "ohjelma\nlint\n--explain\nE10",
            "COMP_CWORD": "3",
        },
        cwd=MINI,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        "E101\nE102\nE103\nE104\nE107\nE108\nE109\n",
        "",
    )
