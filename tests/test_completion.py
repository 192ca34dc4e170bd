"""Shell completion asked the way bash asks it: the words typed so far in COMP_WORDS, the
word being completed in COMP_CWORD, and _OHJELMA_COMPLETE=complete_bash; the proposals come
one a line, from the repository of the current folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI, REPO
from tests.helpers import run_cli


def proposals(line: str, cwd: Path) -> list[str]:
    """What the shell offers after `line` (a trailing space: a new, empty word)."""
    words = line.split()
    current = len(words) if line.endswith(" ") else len(words) - 1
    done = run_cli(
        cwd=cwd,
        env={"_OHJELMA_COMPLETE": "complete_bash", "COMP_WORDS": line, "COMP_CWORD": str(current)},
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


def test_root_given_after_the_command(tmp_path: Path) -> None:
    assert proposals(f"ohjelma diff --root {MINI} --theme ", tmp_path) == ["alpha", "beta"]
    assert proposals(f"ohjelma --root {MINI} diff --theme ", tmp_path) == ["alpha", "beta"]


def test_no_repository_or_broken_data_gives_no_proposals_and_no_error(tmp_path: Path) -> None:
    assert proposals("ohjelma status show ", tmp_path) == []
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "programme.yaml").write_text("kaudet: [\n", encoding="utf-8")
    assert proposals("ohjelma diff --from ", tmp_path) == []
    assert proposals("ohjelma status show ", tmp_path) == []
