"""Benchmark: every performance goal as a ratio of two whole processes timed side by side.

    python bench/run.py [--runs 5] [--output bench/results.md] [--readme README.md]

Each goal compares command A with command B on the same files, in turn (A B A B …), and
quotes the median of the per-pair ratios A/B: a ratio holds when the machine's speed drifts
(shared machines are noisy), an absolute time does not. Peak memory is the largest resident
set of the process (GNU time's reading, see run_once). The data is the shipped programme and
synthetic repositories 1×, 10× and 100× its size (bench/generate.py; made up, written to a
temporary folder).

Peers and floors:
- yamllint (default configuration), which checks YAML style only;
- the *floor*: a process that imports PyYAML and composes every data file with libyaml
  (CSafeLoader), nothing else; no YAML linter can read the files faster in Python;
- `ohjelma --version`: start-up alone, the floor of an edit that touches one file.

`cold` runs pass --no-cache; `warm` runs follow a run that filled the cache.
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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate

BIN = Path(sys.executable).parent
REPO = Path(__file__).resolve().parent.parent
PERIODS = 5
MIB = 1024 * 1024
FLOOR_SCRIPT = (
    "import sys, yaml\n"
    "from pathlib import Path\n"
    "data = Path('data')\n"
    "files = [data / 'programme.yaml', data / 'organisations.yaml',"
    " *sorted((data / 'goals').glob('*.yaml')), *sorted((data / 'indicators').glob('*.yaml'))]\n"
    "for path in files:\n"
    "    yaml.compose(path.read_bytes(), Loader=yaml.CSafeLoader)\n"
)


# What a step cannot go below, for the goals that are missed: the same peers, and a process
# that does only the unavoidable part of the step.
_MODELS = (
    "from kuopio_ohjelma.model import BodyRegistry, Goal, Indicator, ProgrammeInfo\n"
    "for model in (ProgrammeInfo, BodyRegistry, Goal, Indicator):\n"
    "    model.model_rebuild(force=True)\n"
)
MODELS_SCRIPT = "import yaml\n" + _MODELS
# The models' classes only, their validators not built: what importing them costs at least.
DEFINED_SCRIPT = "import yaml\nimport kuopio_ohjelma.model\n"
# Every file composed by libyaml, turned into plain data by the least a converter can do
# (text as it is, other scalars through PyYAML's own constructor) and validated by the
# models, the models kept: what lint cannot do without while the pydantic models are the
# contract (no positions, checks of tags, names or text, no rules, no report).
VALIDATED_SCRIPT = (
    "import gc, yaml\n"
    "gc.disable()  # as lint does while it loads\n"
    "from pathlib import Path\n"
    "from yaml.nodes import MappingNode, ScalarNode, SequenceNode\n"
    "from kuopio_ohjelma.model import BodyRegistry, Goal, Indicator, ProgrammeInfo\n"
    "STR = 'tag:yaml.org,2002:str'\n"
    "def plain(loader, node):\n"
    "    if isinstance(node, MappingNode):\n"
    "        return {plain(loader, k): plain(loader, v) for k, v in node.value}\n"
    "    if isinstance(node, SequenceNode):\n"
    "        return [plain(loader, item) for item in node.value]\n"
    "    return node.value if node.tag == STR else loader.construct_object(node)\n"
    "def load(path, model):\n"
    "    loader = yaml.CSafeLoader(path.read_bytes())\n"
    "    try:\n"
    "        return model.model_validate(plain(loader, loader.get_single_node()))\n"
    "    finally:\n"
    "        loader.dispose()\n"
    "data = Path('data')\n"
    "kept = [load(data / 'programme.yaml', ProgrammeInfo),"
    " load(data / 'organisations.yaml', BodyRegistry)]\n"
    "kept += [load(path, Goal) for path in sorted((data / 'goals').glob('*.yaml'))]\n"
    "kept += [load(path, Indicator) for path in sorted((data / 'indicators').glob('*.yaml'))]\n"
)
# Lint's own path (io/validators.py): pydantic-core with the models' compiled schema, the
# validators built, pydantic never imported; and the same check of every file, records kept.
COMPILED_SCRIPT = (
    "import yaml\n"
    "from kuopio_ohjelma.io.validators import validator\n"
    "for name in ('ProgrammeInfo', 'BodyRegistry', 'Goal', 'Indicator'):\n"
    "    validator(name)\n"
)
VALIDATED_COMPILED_SCRIPT = VALIDATED_SCRIPT.replace(
    "from kuopio_ohjelma.model import BodyRegistry, Goal, Indicator, ProgrammeInfo\n",
    "from kuopio_ohjelma.io.validators import validator\n"
    "ProgrammeInfo, BodyRegistry, Goal, Indicator = (validator(name) for name in"
    " ('ProgrammeInfo', 'BodyRegistry', 'Goal', 'Indicator'))\n",
).replace("model.model_validate(", "model.validate_python(")
# A quick edit cannot avoid: the interpreter, gettext (its answer is in Finnish), PyYAML, and
# reading and composing the programme's and the goal's bytes.
EDIT_SCRIPT = (
    "import gettext, os, yaml\n"
    "goals = os.path.join('data', 'goals')\n"
    "goal = os.path.join(goals, max(os.listdir(goals)))\n"
    "open(os.path.join('data', 'programme.yaml'), 'rb').read()\n"
    "yaml.compose(open(goal, 'rb').read(), Loader=yaml.CSafeLoader)\n"
)
ROUND_TRIP_SCRIPT = (
    "from pathlib import Path\n"
    "from kuopio_ohjelma.io.yaml_roundtrip import dump_rt, load_rt\n"
    "for path in sorted(Path('data').rglob('*.yaml')):\n"
    "    dump_rt(load_rt(path.read_text(encoding='utf-8')))\n"
)
# fmt's fast check alone (edit/canonical.py), with fmt's imports: what cold fmt --check adds
# to loading the files as lint does, when every file is already formatted.
FAST_CHECK_SCRIPT = (
    "from pathlib import Path\n"
    "from kuopio_ohjelma.edit.canonical import is_formatted\n"
    "from kuopio_ohjelma.edit.fmt import _QUOTED, model_for\n"
    "from kuopio_ohjelma.io.text import decode_source\n"
    "for path in sorted(Path('data').rglob('*.yaml')):\n"
    "    source, _ = decode_source(path, path.read_bytes())\n"
    "    assert source is not None and is_formatted(source, model_for(path), _QUOTED)\n"
)

# Render publishes, so it lints first (the same load and rules as `ohjelma lint`); then the
# report's view and its HTML through the report's own templates. Nothing else: no command
# line, no output file (standard output goes nowhere in the benchmark).
RENDER_FLOOR_SCRIPT = (
    "import sys\n"
    "from pathlib import Path\n"
    "from kuopio_ohjelma.commands.common import linted_programme\n"
    "from kuopio_ohjelma.core.scope import resolve_scope\n"
    "from kuopio_ohjelma.report.renderers import render_html\n"
    "from kuopio_ohjelma.report.view import build_report\n"
    "programme = linted_programme(Path('.'))\n"
    "scope = resolve_scope(programme, themes=(), goals=(), owner=None)\n"
    "report = build_report(programme, period_id=None, lang='fi', scope=scope)\n"
    "sys.stdout.write(render_html(report, None))\n"
)


class Run(NamedTuple):
    wall: float
    peak: int  # bytes
    cpu: float = 0.0  # user + system seconds of the command (GNU time's with it)


Setup = Callable[[], None]


# A child started from this (large) process inherits its peak resident set: the kernel
# carries the pre-exec peak into the child's accounting, so every small command read as
# large as the benchmark itself (38 MiB). GNU time, itself small, starts the command and
# reads the command's own peak; without it the inherited figure is all there is.
TIME = Path("/usr/bin/time")


def run_once(command: list[str], cwd: Path, setup: Setup | None = None) -> Run:
    """One whole process: wall time and the peak resident set the kernel accounted for it."""
    if setup is not None:
        setup()
    with tempfile.NamedTemporaryFile("r", prefix="ohjelma-bench-peak-") as peak_file:
        measured = TIME.exists()
        argv = [str(TIME), "-f", "%M", "-o", peak_file.name, *command] if measured else command
        start = time.perf_counter()
        process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        _, _, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        kib = int(peak_file.read().split()[-1]) if measured else usage.ru_maxrss
    # A waited process's usage includes the children it waited for: the command's CPU time.
    return Run(wall, kib * 1024, usage.ru_utime + usage.ru_stime)


@dataclass
class Pair:
    """A and B timed in turn; the ratios are taken pair by pair."""

    a: list[Run]
    b: list[Run]

    @property
    def ratios(self) -> list[float]:
        return [x.wall / y.wall for x, y in zip(self.a, self.b, strict=True)]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    def median(self, side: str) -> float:
        return statistics.median(r.wall for r in (self.a if side == "a" else self.b))

    def peak(self, side: str) -> int:
        return max(r.peak for r in (self.a if side == "a" else self.b))


@dataclass(frozen=True)
class Command:
    label: str
    argv: list[str]
    setup: Setup | None = None


def paired(a: Command, b: Command, cwd: Path, runs: int) -> Pair:
    run_once(a.argv, cwd, a.setup)  # warm-up: file cache, .pyc, and the cache for warm runs
    run_once(b.argv, cwd, b.setup)
    pair = Pair([], [])
    for _ in range(runs):
        pair.a.append(run_once(a.argv, cwd, a.setup))
        pair.b.append(run_once(b.argv, cwd, b.setup))
    return pair


def ohjelma(*args: str) -> list[str]:
    return [str(BIN / "ohjelma"), *args]


def clear_cache(repo: Path) -> Setup:
    return lambda: shutil.rmtree(repo / ".ohjelma_cache", ignore_errors=True)


_ORIGINALS: dict[Path, bytes] = {}


def restore(path: Path) -> Setup:
    """Put a file back as it was before any edit, so that every run of an edit does the same
    work (a later goal on the same repository must not start from an earlier goal's edit)."""
    original = _ORIGINALS.setdefault(path, path.read_bytes())
    return lambda: path.write_bytes(original)


def put_back() -> None:
    """Every edited file as it was, once a goal is measured: the setup restores a file only
    before the next run of the same edit, so the last run's edit stayed for every goal after
    it. `period open` left 1/2029 open in the 100× repository, and every later cold lint there
    reported 7 700 actions not updated for it: 2.4 s instead of 1.3 s, and the growth of cold
    lint read 2.06 (quadratic-looking) where the work grows linearly."""
    for path, original in _ORIGINALS.items():
        path.write_bytes(original)


def first_action(repo: Path) -> str:
    goal = sorted((repo / "data" / "goals").glob("*.yaml"))[-1]
    for line in goal.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("- tunnus:") or line.strip().startswith("tunnus:"):
            return line.split(":", 1)[1].strip().strip("'\"")
    raise SystemExit(f"no action in {goal}")


class Goal(NamedTuple):
    name: str
    a: Command
    b: Command
    repo: str
    limit: float
    memory: bool = False  # compare A's peak memory with `limit` MiB instead of a ratio
    runs: int | None = None  # fewer pairs for a step that takes half a minute a run


def goals(repos: dict[str, Path]) -> list[Goal]:
    x100 = repos["100×"]
    cold = Command("`ohjelma lint` cold", ohjelma("lint", "--no-cache"))
    warm = Command("`ohjelma lint` warm", ohjelma("lint"))
    yamllint = Command("yamllint", [str(BIN / "yamllint"), "-f", "parsable", "data"])
    floor = Command("floor (libyaml compose)", [sys.executable, "-c", FLOOR_SCRIPT])
    version = Command("`ohjelma --version`", ohjelma("--version"))
    programme = x100 / "data" / "programme.yaml"
    action = first_action(x100)
    status = Command("`ohjelma status set`",
                     ohjelma("status", "set", action, "+", "--note", "Benchmark."),
                     restore(sorted((x100 / "data" / "goals").glob("*.yaml"))[-1]))
    period = Command("`ohjelma period open`",
                     ohjelma("period", "open", "1/2029", "--label", "Tilanne 1/2029"),
                     restore(programme))
    fmt_cold = Command("`ohjelma fmt --check` cold", ohjelma("fmt", "--check", "--no-cache"))
    fmt_warm = Command("`ohjelma fmt --check` warm", ohjelma("fmt", "--check"))
    diff = Command("`ohjelma diff` (text)", ohjelma("diff"))
    render = Command("`ohjelma render -f html`", ohjelma("render", "-f", "html"))
    return [
        Goal("lint cold ÷ yamllint", cold, yamllint, "shipped", 0.6),
        Goal("lint cold ÷ floor", cold, floor, "100×", 2.0),
        Goal("lint warm ÷ yamllint", warm, yamllint, "shipped", 0.15),
        Goal("lint warm ÷ floor", warm, floor, "100×", 1.2),
        Goal("lint cold peak memory (MiB)", cold, floor, "100×", 80, memory=True),
        Goal("status set ÷ --version", status, version, "100×", 1.5),
        Goal("period open ÷ --version", period, version, "100×", 1.5),
        Goal("fmt --check cold ÷ lint cold", fmt_cold, cold, "100×", 1.5),
        Goal("fmt --check warm ÷ lint cold", fmt_warm, cold, "100×", 0.5),
        Goal("diff text ÷ lint cold", diff, cold, "100×", 1.2),
        Goal("render html ÷ lint cold", render, cold, "100×", 1.3),
    ] + [
        # Growth: the same command on 1×, 10× and 100× data (see _growth).
        Goal(f"growth 1×→100×: {command.label}", command, command, "growth", 1.5)
        for command in (cold, warm, status, period, fmt_cold, diff, render)
    ]


def floors(repos: dict[str, Path]) -> list[Goal]:
    """Informative rows: the unavoidable part of a step against the goal's peer."""
    python = sys.executable
    yamllint = Command("yamllint", [str(BIN / "yamllint"), "-f", "parsable", "data"])
    version = Command("`ohjelma --version`", ohjelma("--version"))
    cold = Command("`ohjelma lint` cold", ohjelma("lint", "--no-cache"))
    return [
        Goal("start the interpreter, nothing else (warm lint's floor) ÷ yamllint",
             Command("python", [python, "-c", "pass"]), yamllint, "shipped", 0.15),
        Goal("import pydantic and build the models (cold lint's floor) ÷ yamllint",
             Command("models", [python, "-c", MODELS_SCRIPT]), yamllint, "shipped", 0.6),
        Goal("import pydantic and define the models, nothing built (the least of cold lint's "
             "floor) ÷ yamllint", Command("model classes", [python, "-c", DEFINED_SCRIPT]),
             yamllint, "shipped", 0.6),
        Goal("import pydantic-core and build the compiled validators, no pydantic (cold lint's "
             "floor since lint validates with them) ÷ yamllint",
             Command("compiled validators", [python, "-c", COMPILED_SCRIPT]), yamllint,
             "shipped", 0.6),
        Goal("compose and validate every file with the compiled schema, records kept (cold "
             "lint's floor at 100×) ÷ floor",
             Command("validated, compiled", [python, "-c", VALIDATED_COMPILED_SCRIPT]),
             Command("floor (libyaml compose)", [python, "-c", FLOOR_SCRIPT]), "100×", 2.0),
        Goal("peak memory of the light records alone (lint's memory floor, MiB)",
             Command("validated, compiled", [python, "-c", VALIDATED_COMPILED_SCRIPT]),
             Command("floor (libyaml compose)", [python, "-c", FLOOR_SCRIPT]), "100×", 80,
             memory=True),
        Goal("compose and validate every file, models kept (cold lint's floor at 100×) ÷ floor",
             Command("validated", [python, "-c", VALIDATED_SCRIPT]),
             Command("floor (libyaml compose)", [python, "-c", FLOOR_SCRIPT]), "100×", 2.0),
        Goal("peak memory of the validated models alone (lint's memory floor, MiB)",
             Command("validated", [python, "-c", VALIDATED_SCRIPT]),
             Command("floor (libyaml compose)", [python, "-c", FLOOR_SCRIPT]), "100×", 80,
             memory=True),
        # What growth the hardware allows: libyaml composing more files in one process
        # (a larger heap, more cache misses) is not perfectly linear either.
        Goal("growth 1×→100×: the floor (libyaml compose) itself",
             Command("floor (libyaml compose)", [python, "-c", FLOOR_SCRIPT]), Command(
                 "floor (libyaml compose)", [python, "-c", FLOOR_SCRIPT]), "growth", 1.5),
        Goal("start, import PyYAML, read the programme and compose one goal (a quick edit's "
             "floor) ÷ --version", Command("edit floor", [python, "-c", EDIT_SCRIPT]), version,
             "100×", 1.5),
        Goal("ruamel round trip of every file (cold fmt --check without its fast check) "
             "÷ lint cold",
             Command("round trip", [python, "-c", ROUND_TRIP_SCRIPT]), cold, "10×", 1.5, runs=3),
        Goal("fmt --check's fast check of every file, nothing else ÷ lint cold",
             Command("fast check", [python, "-c", FAST_CHECK_SCRIPT]), cold, "100×", 1.5),
        Goal("lint, then the report's view and HTML through its templates, nothing else "
             "(render html's floor) ÷ lint cold",
             Command("render floor", [python, "-c", RENDER_FLOOR_SCRIPT]), cold, "100×", 1.3),
    ]


class Result(NamedTuple):
    goal: Goal
    value: float
    detail: str

    @property
    def met(self) -> bool:
        return self.value <= self.goal.limit


def measure(goal: Goal, repos: dict[str, Path], runs: int) -> Result:
    try:
        return _measure(goal, repos, min(runs, goal.runs or runs))
    finally:
        put_back()


def _measure(goal: Goal, repos: dict[str, Path], runs: int) -> Result:
    if goal.repo == "growth":
        return _growth(goal, repos, runs)
    pair = paired(goal.a, goal.b, repos[goal.repo], runs)
    if goal.memory:
        peak = pair.peak("a") / MIB
        return Result(goal, peak, f"{goal.b.label}: {pair.peak('b') / MIB:.0f} MiB")
    low, high = min(pair.ratios), max(pair.ratios)
    detail = (f"{pair.median('a'):.3f} s vs {pair.median('b'):.3f} s "
              f"(ratios {low:.2f}–{high:.2f}; peak {pair.peak('a') / MIB:.0f} MiB)")
    return Result(goal, pair.ratio, detail)


_SIZES = ("1×", "10×", "100×")


def _growth(goal: Goal, repos: dict[str, Path], runs: int) -> Result:
    """The cost of one more unit of data at 100× ÷ at 10×: (t₁₀₀ − t₁)/99 ÷ (t₁₀ − t₁)/9.

    Linear growth is 1.0 whatever the fixed costs (start-up, imports); quadratic work would
    show as about 10. A command whose time hardly grows (under 0.1 s from 1× to 100×: edits,
    warm lint) is size-independent and shown as 0.

    The figure divides by a small difference (t₁₀ − t₁, a tenth of a second for lint), so it
    is taken from interleaved runs, as the ratios are: twice as many rounds as pairs, each
    running the three sizes in turn, every other round in reverse order (1× 10× 100×,
    100× 10× 1×, …) so that no size always follows the heaviest; then the median time of
    each size. Sizes timed minutes apart, one after the other, swung the figure by a third."""
    commands = {label: _with_repo(goal.a, repos[label]) for label in _SIZES}
    for label, command in commands.items():
        run_once(command.argv, repos[label], command.setup)  # warm-up
    runs_by_size: dict[str, list[Run]] = {label: [] for label in _SIZES}
    for round_number in range(2 * runs):
        order = _SIZES if round_number % 2 == 0 else _SIZES[::-1]
        for label in order:
            command = commands[label]
            runs_by_size[label].append(run_once(command.argv, repos[label], command.setup))
    walls = {label: [run.wall for run in runs_by_size[label]] for label in _SIZES}
    value = _growth_of({label: statistics.median(walls[label]) for label in _SIZES})
    detail = ", ".join(
        f"{label}: {statistics.median(walls[label]):.3f} s "
        f"({min(walls[label]):.3f}–{max(walls[label]):.3f})"
        for label in _SIZES
    )
    if value == 0.0:
        return Result(goal, value, detail + " (size-independent)")
    # CPU time (user + system) does not count the waits of a busy machine (other processes
    # on the same cores stretch the large size's wall time most): the same figure from it.
    cpu = _growth_of({label: statistics.median(run.cpu for run in runs_by_size[label])
                      for label in _SIZES})
    return Result(goal, value, f"{detail}; from CPU time: {cpu:.2f}×")


def _growth_of(times: dict[str, float]) -> float:
    """(t₁₀₀ − t₁)/99 ÷ (t₁₀ − t₁)/9, or 0 when the command hardly grows (under 0.1 s)."""
    growth = times["100×"] - times["1×"]
    return 0.0 if growth < 0.1 else (growth / 99) / max((times["10×"] - times["1×"]) / 9, 1e-4)


def _with_repo(command: Command, repo: Path) -> Command:
    """The same command pointed at another repository (edits restore that repository's file)."""
    argv = list(command.argv)
    if "status" in argv:
        argv[argv.index("set") + 1] = first_action(repo)
        target = sorted((repo / "data" / "goals").glob("*.yaml"))[-1]
        return Command(command.label, argv, restore(target))
    if "period" in argv:
        return Command(command.label, argv, restore(repo / "data" / "programme.yaml"))
    return Command(command.label, argv)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--output", type=Path, default=REPO / "bench" / "results.md")
    parser.add_argument("--readme", type=Path, default=REPO / "README.md")
    parser.add_argument("--only", help="Measure only goals whose name contains this text.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ohjelma-bench-") as folder:
        repos = _repositories(Path(folder))
        startup = statistics.median(
            run_once(ohjelma("--version"), Path(folder)).wall for _ in range(args.runs * 2)
        )
        results, floor_results = [], []
        for target, selected in ((results, goals(repos)), (floor_results, floors(repos))):
            for goal in selected:
                if args.only and args.only not in goal.name:
                    continue
                result = measure(goal, repos, args.runs)
                sys.stderr.write(_row(result) + "\n")
                target.append(result)
    report = _markdown(results, floor_results, args.runs, startup)
    if not args.only:
        args.output.write_text(report, encoding="utf-8")
        _update_readme(args.readme, report)
    sys.stdout.write(report)


def _repositories(folder: Path) -> dict[str, Path]:
    shipped = folder / "shipped"
    shutil.copytree(REPO / "data", shipped / "data")
    return {
        "shipped": shipped,
        "1×": generate(folder / "x1", scale=1, period_count=PERIODS),
        "10×": generate(folder / "x10", scale=10, period_count=PERIODS),
        "100×": generate(folder / "x100", scale=100, period_count=PERIODS),
    }


def _row(result: Result) -> str:
    goal = result.goal
    unit = " MiB" if goal.memory else "×"
    where = "1×, 10×, 100×" if goal.repo == "growth" else goal.repo
    verdict = "met" if result.met else "**missed**"
    return (f"| {goal.name} | {where} | {result.value:.2f}{unit} | ≤ {goal.limit:g}{unit} | "
            f"{verdict} | {result.detail} |")


def _markdown(
    results: list[Result], floor_results: list[Result], runs: int, startup: float
) -> str:
    met = sum(result.met for result in results)
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}. "
        f"Whole processes, {runs} pairs per goal after a warm-up pair, A and B in turn; "
        "the figure is the median of the per-pair ratios (growth: from the median time of "
        "each size, the sizes run in turn, twice as many rounds). Peak memory is the "
        "command's own, read by GNU time. "
        f"Start-up (`ohjelma --version`): "
        f"{startup:.3f} s. Data: the shipped programme, and synthetic repositories 1×, 10× and "
        f"100× its size with {PERIODS} periods per action (bench/generate.py). Growth is the "
        "cost of one more unit of data at 100× ÷ at 10× (1.0 is linear); its detail gives the "
        "same figure from CPU time, which a busy machine does not stretch.",
        "",
        "| goal | data | measured | target | | A vs B (medians) |",
        "|---|---|---:|---:|---|---|",
        *(_row(result) for result in results),
        "",
        f"{met} of {len(results)} goals met.",
        "",
        "Floors: a process doing only the part of a step that cannot be avoided, against the "
        "same peer and target (when the floor itself misses the target, so must the step):",
        "",
        "| floor | data | measured | goal's target | | A vs B (medians) |",
        "|---|---|---:|---:|---|---|",
        *(_row(result) for result in floor_results),
    ]
    return "\n".join(lines) + "\n"


_START = "<!-- bench:start -->"
_END = "<!-- bench:end -->"


def _update_readme(readme: Path, report: str) -> None:
    """Replace the table between the README's bench markers with this run's."""
    text = readme.read_text(encoding="utf-8")
    if _START not in text or _END not in text:
        return
    before, rest = text.split(_START, 1)
    _, after = rest.split(_END, 1)
    readme.write_text(f"{before}{_START}\n{report}{_END}{after}", encoding="utf-8")


if __name__ == "__main__":
    main()
