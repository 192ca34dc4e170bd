"""Every broken input of the corpus (lint's rule cases and the hardening cases) through the
real command: the exact findings, the exit code, no traceback, nothing written, and bounded
time and memory."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kuopio_ohjelma.io.cache import CACHE_DIR
from tests.lint.test_cases import _load_case, apply_case

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
CASES = sorted((HERE / "cases").glob("*.yaml")) + sorted(
    (HERE.parent / "lint" / "cases").glob("*.yaml")
)
FINDING = re.compile(r"^(\S+:\d+:\d+): ([EW]\d{3}) ", re.MULTILINE)
# A guard against runaway work (a pathological input takes minutes), not a speed test:
# speed is measured as ratios in bench/. A plain case takes ~0.3 s; a loaded machine 2 s.
MAX_SECONDS = 10.0
MAX_RSS_MIB = 300


def _snapshot(root: Path) -> dict[Path, bytes | str]:
    """Every file of the repository but lint's own cache, which lint may write (as ruff does)."""
    files: dict[Path, bytes | str] = {}
    for path in sorted(root.rglob("*")):
        if CACHE_DIR in path.relative_to(root).parts:
            continue
        if path.is_symlink():
            files[path] = f"link to {os.readlink(path)}"
        elif path.is_file():
            files[path] = path.read_bytes()
        else:
            files[path] = "other"
    return files


@pytest.mark.parametrize("case_path", CASES, ids=[c.stem for c in CASES])
def test_corpus_case(case_path: Path, mini: Path) -> None:
    case = _load_case(case_path)
    apply_case(mini, case)
    before = _snapshot(mini)
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "kuopio_ohjelma", "lint", "--format", "text",
         *(["--strict"] if case.get("strict") else [])],
        cwd=mini, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"},
    )
    stdout, stderr = process.communicate(timeout=30)
    elapsed = time.perf_counter() - start
    out, err = stdout.decode("utf-8"), stderr.decode("utf-8")
    found = [f"{where}: {code}" for where, code in FINDING.findall(out)]
    assert found == case["expect"], out
    assert process.returncode == case.get("exit", 1), out + err
    assert "Traceback" not in out + err
    if case.get("strict") and process.returncode:
        assert err.startswith("ohjelma: ") and "--strict" in err, err
    else:
        assert err == ""
    assert elapsed < MAX_SECONDS, f"{elapsed:.2f} s"
    assert _snapshot(mini) == before
    # The largest resident size of any child so far: an upper bound for this one.
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 < MAX_RSS_MIB


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 80
