"""Benchmark: whole processes on the same files, medians of several runs, ratios, memory.

    python bench/run.py [--runs 5] [--output bench/results.md]

Compares `ohjelma lint` with yamllint (default configuration) and with check-jsonschema
using our exported schemas, on synthetic repositories 1x, 10x and 100x the shipped data
(bench/generate.py; made up, written to a temporary folder). Also times render (md, html),
diff between two periods, and start-up (--version, --help), and reports how lint time grows.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate

BIN = Path(sys.executable).parent
REPO = Path(__file__).resolve().parent.parent
SCHEMA = REPO / "schema"
SCALES = (1, 10, 100)
PERIODS = 5


YAMLLINT = "`yamllint data` (default config)"
CHECK_JSONSCHEMA = "`check-jsonschema` (our schemas)"
_COMPARED = (YAMLLINT, CHECK_JSONSCHEMA)


class Timing(NamedTuple):
    median: float
    peak_kib: int


def measure(commands: list[list[str]], cwd: Path, runs: int) -> Timing:
    """Median wall time of running `commands` one after another, and the largest peak RSS."""
    totals, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        peak = 0
        for command in commands:
            process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            _, _, usage = os.wait4(process.pid, 0)
            peak = max(peak, usage.ru_maxrss)
        totals.append(time.perf_counter() - start)
        peaks.append(peak)
    return Timing(statistics.median(totals), max(peaks))


def ohjelma(*args: str) -> list[str]:
    return [str(BIN / "ohjelma"), *args]


def check_jsonschema(repo: Path) -> list[list[str]]:
    data = repo / "data"
    kinds = {
        "programme": [data / "programme.yaml"],
        "organisations": [data / "organisations.yaml"],
        "goal": sorted((data / "goals").glob("*.yaml")),
        "indicator": sorted((data / "indicators").glob("*.yaml")),
    }
    return [[str(BIN / "check-jsonschema"), "--schemafile", str(SCHEMA / f"{kind}.schema.json"),
             *map(str, files)] for kind, files in kinds.items()]


def _other_linters(label: str, repo: Path, runs: int) -> list[tuple[str, str, Timing]]:
    return [
        (label, YAMLLINT, measure([[str(BIN / "yamllint"), "-f", "parsable", "data"]], repo, runs)),
        (label, CHECK_JSONSCHEMA, measure(check_jsonschema(repo), repo, runs)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--output", type=Path, default=Path("bench/results.md"))
    args = parser.parse_args()
    rows: list[tuple[str, str, Timing]] = []
    lint_times: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="ohjelma-bench-") as folder:
        # Start-up and the small shipped data take tenths of a second: more runs steady them.
        small = args.runs * 3
        startup = measure([ohjelma("--version")], Path(folder), small)
        rows.append(("start-up", "`ohjelma --version`", startup))
        rows.append(("start-up", "`ohjelma --help`", measure([ohjelma("--help")], Path(folder),
                                                           small)))
        shipped = Path(folder) / "shipped"
        shutil.copytree(REPO / "data", shipped / "data")
        rows.append(("shipped", "`ohjelma lint`", measure([ohjelma("lint")], shipped, small)))
        rows += _other_linters("shipped", shipped, small)
        for scale in SCALES:
            repo = generate(Path(folder) / f"x{scale}", scale=scale, period_count=PERIODS)
            label = f"{scale}×"
            lint = measure([ohjelma("lint")], repo, args.runs)
            lint_times[scale] = lint.median
            rows += [
                (label, "`ohjelma lint`", lint),
                *_other_linters(label, repo, args.runs),
                (label, "`ohjelma render -f md`", measure([ohjelma("render", "-f", "md")], repo,
                                                          args.runs)),
                (label, "`ohjelma render -f html`",
                 measure([ohjelma("render", "-f", "html")], repo, args.runs)),
                (label, "`ohjelma diff` (two periods)",
                 measure([ohjelma("diff", "-f", "json")], repo, args.runs)),
            ]
    report = _markdown(rows, lint_times, startup.median, args.runs)
    args.output.write_text(report, encoding="utf-8")
    sys.stdout.write(report)


def _markdown(rows: list[tuple[str, str, Timing]], lint: dict[int, float], startup: float,
              runs: int) -> str:
    by_key = {(scale, name): timing for scale, name, timing in rows}
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}; "
        f"median of {runs} runs of whole processes ({runs * 3} for start-up and shipped). "
        "'shipped' is the real data; 1×, 10× and 100× are synthetic, scaled from it, "
        f"with {PERIODS} periods per action.",
        "",
        "| data | command | median (s) | peak memory (MiB) | time ÷ `ohjelma lint` |",
        "|---|---|---:|---:|---:|",
    ]
    for scale, name, timing in rows:
        base = by_key.get((scale, "`ohjelma lint`"))
        compared = base is not None and name in _COMPARED
        ratio = f"{timing.median / base.median:.1f}" if compared and base else ""
        lines.append(f"| {scale} | {name} | {timing.median:.3f} | "
                     f"{timing.peak_kib / 1024:.0f} | {ratio} |")
    growth = (lint[100] - startup) / max(lint[1] - startup, 1e-9)
    lines += ["", f"Lint time growth from 1× to 100× data, start-up subtracted: "
                  f"{growth:.0f}× (linear would be 100×; the target is at most 120×)."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
