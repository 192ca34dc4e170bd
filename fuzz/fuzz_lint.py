"""Coverage-guided fuzzing of the loader and every lint rule with atheris.

    pip install atheris
    python fuzz/fuzz_lint.py -max_total_time=600 -rss_limit_mb=1024 fuzz/corpus

Each input is written as a goal file into a copy of the made-up test repository, then the
whole repository is loaded and linted in-process. Anything but a finding (an exception,
a hang past -timeout, a memory blow-up) is a bug; atheris saves the input as crash-*.
The corpus is seeded from the test suite's broken-file cases and the data files.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from kuopio_ohjelma.io.loader import load_repository
    from kuopio_ohjelma.lint.config import LintConfig
    from kuopio_ohjelma.lint.engine import lint

REPO = Path(__file__).resolve().parent.parent
ROOT = Path(tempfile.mkdtemp(prefix="ohjelma-fuzz-")) / "mini"
shutil.copytree(REPO / "tests" / "fixtures" / "mini", ROOT)
GOAL = ROOT / "data" / "goals" / "02-toinen.yaml"


def test_one_input(data: bytes) -> None:
    GOAL.write_bytes(data)
    lint(load_repository(ROOT), LintConfig())


def seed_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    sources = [*(REPO / "data").rglob("*.yaml"), *(REPO / "tests").rglob("*.yaml")]
    for index, path in enumerate(sorted(sources)):
        target = folder / f"seed-{index:04d}"
        if not target.exists():
            target.write_bytes(path.read_bytes()[:20_000])


if __name__ == "__main__":
    corpus = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("-")]
    for folder in corpus:
        seed_corpus(folder)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
