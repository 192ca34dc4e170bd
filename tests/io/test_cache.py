"""The lint cache: never wrong, invisible in output, safe when runs race, easy to bypass."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kuopio_ohjelma.io.cache import CACHE_DIR, MAX_ENTRIES, Cache
from tests.helpers import run_cli

GOAL = Path("data") / "goals" / "01-ensimmainen.yaml"


def _entries(repo: Path) -> list[Path]:
    folder = repo / CACHE_DIR / "lint"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_one_changed_byte_gives_the_new_finding(mini: Path) -> None:
    assert run_cli("lint", cwd=mini).returncode == 0
    assert run_cli("lint", cwd=mini).returncode == 0  # answered from the cache
    goal = mini / GOAL
    clean = goal.read_bytes()
    goal.write_bytes(clean.replace(b"  nimi:", b"  nimu:", 1))  # one byte
    changed = run_cli("lint", "--format", "json", cwd=mini)
    assert changed.returncode == 1
    assert '"code": "E203"' in changed.stdout
    goal.write_bytes(clean)
    assert run_cli("lint", cwd=mini).returncode == 0


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_a_cached_answer_is_byte_for_byte_the_same(mini: Path, fmt: str) -> None:
    goal = mini / GOAL
    goal.write_text(goal.read_text(encoding="utf-8").replace("nimi:", "nimii:", 1))
    cold = run_cli("lint", "--format", fmt, "--no-cache", cwd=mini)
    first = run_cli("lint", "--format", fmt, cwd=mini)
    warm = run_cli("lint", "--format", fmt, cwd=mini)
    assert len(_entries(mini)) == 1
    for run in (first, warm):
        assert (run.returncode, run.stdout, run.stderr) == (
            cold.returncode, cold.stdout, cold.stderr)


def test_the_typer_path_and_the_front_door_share_answers(mini: Path) -> None:
    """`lint -f json` is served without typer; `--format=json` with a path goes through it."""
    front = run_cli("lint", "-f", "json", "--no-cache", cwd=mini)
    typer = run_cli("lint", "--format=json", "--no-cache", "data", cwd=mini)
    assert (front.returncode, front.stdout) == (typer.returncode, typer.stdout)


def test_configuration_and_options_are_part_of_the_key(mini: Path) -> None:
    goal = mini / GOAL
    goal.write_text(goal.read_text(encoding="utf-8").replace("nimi:", "nimii:", 1))
    assert run_cli("lint", cwd=mini).returncode == 1
    (mini / "ohjelma.toml").write_text('[lint]\nignore = ["E2"]\n', encoding="utf-8")
    configured = run_cli("lint", cwd=mini)  # E2 cannot be ignored: the setting gets a W119
    assert (configured.returncode, configured.stdout.count(": W119 ")) == (1, 1)
    english = run_cli("lint", "--lang", "en", cwd=mini)
    finnish = run_cli("lint", cwd=mini)
    assert english.stdout == run_cli("lint", "--lang", "en", "--no-cache", cwd=mini).stdout
    assert finnish.stdout == run_cli("lint", "--no-cache", cwd=mini).stdout


def test_no_cache_neither_reads_nor_writes(mini: Path) -> None:
    run_cli("lint", "--no-cache", cwd=mini)
    assert not (mini / CACHE_DIR).exists()
    run_cli("lint", cwd=mini)
    (entry,) = _entries(mini)
    entry.write_bytes(entry.read_bytes()[:-3] + b"bad")  # damaged: read as a miss
    assert run_cli("lint", cwd=mini).returncode == 0


def test_the_cache_keeps_itself_out_of_git(mini: Path) -> None:
    subprocess.run(["git", "init", "-q", str(mini)], check=True)
    run_cli("lint", cwd=mini)
    assert (mini / CACHE_DIR / ".gitignore").read_text(encoding="utf-8").endswith("*\n")
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"],
                            cwd=mini, capture_output=True, text=True, check=True)
    assert CACHE_DIR not in status.stdout


@pytest.mark.slow
def test_concurrent_runs_all_answer_right(mini: Path) -> None:
    goal = mini / GOAL
    goal.write_text(goal.read_text(encoding="utf-8").replace("nimi:", "nimii:", 1))
    expected = run_cli("lint", "--no-cache", cwd=mini)
    runs = [subprocess.Popen([sys.executable, "-m", "kuopio_ohjelma", "lint"], cwd=mini,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(6)]
    for process in runs:
        out, err = process.communicate(timeout=60)
        assert (process.returncode, out.decode(), err.decode()) == (
            expected.returncode, expected.stdout, expected.stderr)
    assert len(_entries(mini)) == 1
    assert not [p for p in (mini / CACHE_DIR / "lint").iterdir() if p.name.startswith(".tmp")]


def test_a_read_only_repository_still_lints(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "missing" / "deeper")
    (tmp_path / "missing").write_text("a file where the folder would go", encoding="utf-8")
    cache.put("lint", "key", b"value")  # cannot write: silently not remembered
    assert cache.get("lint", "key") is None


def test_old_entries_are_pruned(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    for number in range(MAX_ENTRIES + 5):
        cache.put("lint", f"k{number}", b"v")
    assert len([p for p in (tmp_path / CACHE_DIR / "lint").iterdir()]) == MAX_ENTRIES
    assert cache.get("lint", f"k{MAX_ENTRIES + 4}") == b"v"
    assert Cache(tmp_path, enabled=False).get("lint", f"k{MAX_ENTRIES + 4}") is None


def test_every_file_under_data_is_part_of_the_key(mini: Path) -> None:
    """A sidecar CSV (or any file a later loader reads) changes the answer too."""
    csv = mini / "data" / "indicators" / "kokeilumittari.csv"
    csv.write_text("vuosi,arvo\n2023,12\n", encoding="utf-8")
    clean = run_cli("lint", "-f", "json", cwd=mini)
    csv.write_text("vuosi,arvo\n2023,kaksitoista\n", encoding="utf-8")
    changed = run_cli("lint", "-f", "json", cwd=mini)
    assert changed.stdout != clean.stdout
    assert changed.stdout == run_cli("lint", "-f", "json", "--no-cache", cwd=mini).stdout


# Run without site-packages (-S), the checkout on the path: only what lint itself imports.
WARM_PROBE = (
    "import sys\n"
    "sys.path.insert(0, sys.argv.pop(1))\n"
    "from kuopio_ohjelma.entry import main\n"
    "try:\n"
    "    main()\n"
    "finally:\n"
    "    heavy = ('pathlib', 'typing', 're', 'gettext', 'contextlib',\n"
    "             'urllib.parse', 'ipaddress', 'yaml', 'pydantic', 'kuopio_ohjelma.edit')\n"
    "    sys.stderr.write('heavy: ' + ' '.join(m for m in heavy if m in sys.modules) + '\\n')\n"
)


@pytest.mark.slow
@pytest.mark.parametrize(("where", "args"), [
    (".", ["lint"]),
    ("data/goals", ["lint", "-f", "json"]),
    ("..", ["--root", "mini", "--lang", "en", "lint", "--strict"]),
])
def test_a_cached_answer_imports_almost_nothing(mini: Path, where: str, args: list[str]) -> None:
    """The answer from the cache (commands/lint_warm.py) is found with the key a full run
    stored under, from wherever lint is run, and needs no pathlib, typing, re or gettext."""
    cwd = mini / where
    first = run_cli(*args, cwd=cwd)
    checkout = str(Path(__file__).resolve().parent.parent.parent)
    done = subprocess.run([sys.executable, "-S", "-c", WARM_PROBE, checkout, *args], cwd=cwd,
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.stderr.endswith("heavy: \n"), done.stderr
    assert (done.returncode, done.stdout) == (first.returncode, first.stdout)


def _ls(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.slow
@pytest.mark.parametrize("link", [".ohjelma_cache", ".ohjelma_cache/goal-ids"])
def test_a_cache_folder_that_is_a_link_is_not_used(mini: Path, tmp_path: Path, link: str) -> None:
    """A link (even one committed to the repository) could point at /etc: lint and the edits
    run without a cache rather than read or write through it."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (mini / link).parent.mkdir(exist_ok=True)
    (mini / link).symlink_to(elsewhere, target_is_directory=True)
    first = run_cli("lint", cwd=mini)
    assert (first.returncode, first.stderr) == (0, "")
    assert run_cli("lint", cwd=mini).stdout == first.stdout
    edit = run_cli("status", "set", "T1.2", "-", "--note", "Uusi.", cwd=mini)
    assert edit.returncode == 0, edit.stderr
    assert _ls(elsewhere) == []
    assert (mini / link).is_symlink()


def test_a_link_is_never_read_as_the_cache(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "lint").mkdir(parents=True)
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / CACHE_DIR).symlink_to(elsewhere, target_is_directory=True)
    (tmp_path / "real").mkdir()
    real = Cache(tmp_path / "real")
    real.put("lint", "k", b"answer")
    for name in os.listdir(tmp_path / "real" / CACHE_DIR / "lint"):
        (elsewhere / "lint" / name).write_bytes(
            (tmp_path / "real" / CACHE_DIR / "lint" / name).read_bytes()
        )
    linked = Cache(tmp_path / "repo")
    assert real.get("lint", "k") == b"answer"
    assert linked.get("lint", "k") is None
    linked.put("lint", "k2", b"x")
    assert sorted(os.listdir(elsewhere / "lint")) == ["k"]


def test_a_missed_replay_hands_its_fingerprint_to_the_run_once(mini: Path) -> None:
    from kuopio_ohjelma.commands import lint_warm
    from kuopio_ohjelma.io.cache import data_fingerprint

    assert lint_warm.replay(["--root", str(mini), "lint"]) is None  # nothing cached yet
    assert lint_warm.missed_fingerprint(str(mini / "data" / "..")) == data_fingerprint(mini)
    assert lint_warm.missed_fingerprint(str(mini)) is None  # taken once
