"""fmt's memory of formatted files: an unchanged file is not read again; a changed one is."""

from __future__ import annotations

from pathlib import Path

from kuopio_ohjelma.io.cache import CACHE_DIR
from tests.helpers import run_cli

GOAL = Path("data") / "goals" / "02-toinen.yaml"


def _check(mini: Path, *extra: str) -> tuple[int, str, str]:
    result = run_cli("fmt", "--check", *extra, cwd=mini)
    return result.returncode, result.stdout, result.stderr


def test_one_changed_byte_is_formatted_again(mini: Path) -> None:
    assert _check(mini) == (0, "", "")
    assert (mini / CACHE_DIR / "fmt").is_dir()
    assert _check(mini) == (0, "", "")  # answered from what is remembered
    goal = mini / GOAL
    clean = goal.read_bytes()
    goal.write_bytes(clean.replace(b'eteneminen: "?"', b"eteneminen: '?'", 1))
    assert _check(mini) == (1, f"muotoiltaisiin {GOAL.as_posix()}\n", "")
    assert _check(mini) == (1, f"muotoiltaisiin {GOAL.as_posix()}\n", "")
    goal.write_bytes(clean)
    assert _check(mini) == (0, "", "")


def test_a_file_that_does_not_validate_is_never_remembered(mini: Path) -> None:
    goal = mini / GOAL
    goal.write_text(goal.read_text(encoding="utf-8").replace("numero: 2", "numero: 0", 1),
                    encoding="utf-8")
    first = _check(mini)
    assert first[0] == 1 and f"{GOAL.as_posix()}:2:9: E204" in first[2]
    assert _check(mini) == first


def test_fmt_writes_then_knows_the_new_bytes(mini: Path) -> None:
    goal = mini / GOAL
    goal.write_bytes(goal.read_bytes().replace(b'eteneminen: "?"', b"eteneminen: '?'", 1))
    assert run_cli("fmt", cwd=mini).returncode == 0
    assert _check(mini) == (0, "", "")
    assert _check(mini, "--no-cache") == (0, "", "")


def test_no_cache_writes_nothing(mini: Path) -> None:
    assert _check(mini, "--no-cache") == (0, "", "")
    assert not (mini / CACHE_DIR).exists()
