"""The editor's guide (docs/toimittajan-opas.md) cannot drift from the tool: its commands run
in order in a clone of the shipped data, each must end with the exit code the guide names,
and each output the guide quotes must still be what the tool prints.

How the guide is read (the same rules are written for its editors in a comment at its top):

- a ```sh block holds commands, one per line, run by bash in the clone; a line whose comment
  says `paluukoodi N` must end with N, every other line with 0;
- a ```text block quotes the output (stdout and stderr together, as a terminal shows them)
  of the last command of the ```sh block just before it; a line holding only `…` stands for
  any number of lines left out; spaces at line ends do not count;
- `<!-- testi: … -->` is a step the reader does by hand (in an editor or a spreadsheet),
  written as a bash script; it is hidden from the reader and must end with 0;
- a ```yaml block shows lines of a data file as they stand at that point of the year: some
  file under data/ must hold them, in that order, as shown;
- every link to a heading of the guide (`](#…)`) must find its heading.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from tests.conftest import REPO
from tests.helpers import commit_shipped_data

GUIDE = REPO / "docs" / "toimittajan-opas.md"
FENCE = re.compile(r"^```(\w*)\s*$")
EXIT_CODE = re.compile(r"#.*\bpaluukoodi (\d+)")
HIDDEN = re.compile(r"<!-- testi:(.*?)-->", re.S)
GAP = "…"


class Step(NamedTuple):
    line: int  # 1-based line of the guide
    script: str  # a command, a hidden script, or the lines of a data file (`excerpt`)
    exit_code: int
    hidden: bool
    expected: str | None = None
    excerpt: bool = False


def parse(text: str) -> list[Step]:
    """The guide's steps in reading order, each quoted output attached to its command."""
    steps: list[Step] = []
    lines = text.splitlines()
    hidden = {text.count("\n", 0, m.start()) + 1: m.group(1) for m in HIDDEN.finditer(text)}
    number = 0
    previous_block = ""
    while number < len(lines):
        if number + 1 in hidden:
            script = hidden[number + 1]
            steps.append(Step(number + 1, script.strip(), 0, hidden=True))
            number += script.count("\n") + 1
            continue
        fence = FENCE.match(lines[number])
        if fence is None or not fence.group(1):
            number += 1
            continue
        start = number + 1
        end = lines.index("```", start)
        body = lines[start:end]
        if fence.group(1) == "sh":
            steps.extend(_commands(body, start))
        elif fence.group(1) == "text":
            assert previous_block == "sh", f"guide line {start}: output not after a sh block"
            assert not steps[-1].hidden and steps[-1].expected is None, f"guide line {start}"
            steps[-1] = steps[-1]._replace(expected="\n".join(body))
        elif fence.group(1) == "yaml":
            steps.append(Step(start, "\n".join(body) + "\n", 0, hidden=True, excerpt=True))
        previous_block = fence.group(1)
        number = end + 1
    return steps


def _commands(body: list[str], start: int) -> list[Step]:
    steps = []
    for offset, command in enumerate(body, start=1):
        if command.strip() and not command.lstrip().startswith("#"):
            code = EXIT_CODE.search(command)
            exit_code = int(code.group(1)) if code else 0
            steps.append(Step(start + offset, command, exit_code, hidden=False))
    return steps


def matches(expected: str, actual: str) -> bool:
    """`actual` is `expected`, where a line `…` stands for any lines (ends of lines trimmed)."""
    pattern = ""
    for line in expected.rstrip("\n").split("\n"):
        pattern += r"(?:[^\n]*\n)*?" if line.strip() == GAP else re.escape(line.rstrip()) + r"\n"
    trimmed = "".join(line.rstrip() + "\n" for line in actual.splitlines())
    return re.fullmatch(pattern, trimmed) is not None


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=_env())


def _env() -> dict[str, str]:
    skip = ("GITHUB_ACTIONS", "OHJELMA_LANG", "OHJELMA_DEBUG", "LANGUAGE")
    env = {k: v for k, v in os.environ.items() if k not in skip and not k.startswith("GIT_")}
    env.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        NO_COLOR="1", PYTHONUNBUFFERED="1", LC_ALL="C.UTF-8",
        GIT_AUTHOR_NAME="Toimittaja", GIT_AUTHOR_EMAIL="toimittaja@example.invalid",
        GIT_COMMITTER_NAME="Toimittaja", GIT_COMMITTER_EMAIL="toimittaja@example.invalid",
        GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull,
    )
    return env


def clone_of_shipped_data(tmp: Path) -> Path:
    """The city's repository as an editor has it: a clone of `origin` with the shipped data."""
    source = tmp / "lahde"
    source.mkdir()
    shutil.copy(REPO / ".gitignore", source / ".gitignore")  # as the project ships it
    commit_shipped_data(source, REPO / "data")
    _git(tmp, "clone", "-q", "--bare", str(source), "origin.git")
    _git(tmp, "clone", "-q", "origin.git", "kasvava-kuopio")
    return tmp / "kasvava-kuopio"


def shown_in_data(excerpt: str, root: Path) -> bool:
    """Some data file holds these lines as they are, in this order."""
    files = sorted((root / "data").rglob("*.yaml"))
    return any(excerpt in path.read_text(encoding="utf-8") for path in files)


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to dashes."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def run(step: Step, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", step.script], cwd=cwd, env=_env(), stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
        timeout=120, check=False,
    )


def test_the_guide_is_linked_at_the_top_of_the_readme() -> None:
    first = (REPO / "README.md").read_text(encoding="utf-8").split("\n## ")[0]
    assert "Toimittajille:" in first and "(docs/toimittajan-opas.md)" in first


@pytest.mark.slow  # some fifty real commands in subprocesses
def test_every_command_of_the_guide_does_what_the_guide_says(tmp_path: Path) -> None:
    assert shutil.which("ohjelma", path=_env()["PATH"]), "the console script is not installed"
    steps = parse(GUIDE.read_text(encoding="utf-8"))
    assert sum(not s.hidden for s in steps) >= 30 and sum(s.expected is not None for s in steps)
    work = clone_of_shipped_data(tmp_path)
    for step in steps:
        if step.excerpt:
            assert shown_in_data(step.script, work), f"docs/toimittajan-opas.md:{step.line}"
            continue
        result = run(step, work)
        where = f"docs/toimittajan-opas.md:{step.line}: {step.script}\n{result.stdout}"
        assert result.returncode == step.exit_code, where
        if step.expected is not None:
            assert matches(step.expected, result.stdout), where
    assert_nothing_left_to_commit_by_mistake(work)


def assert_nothing_left_to_commit_by_mistake(work: Path) -> None:
    """What the guide's steps wrote beside the data (workbooks, report, notes) is ignored by
    the project's .gitignore, as `git check-ignore` reads it: after the guide's `git add data`
    and commit, `git status` is clean and a `git add .` would take none of it."""
    written = subprocess.run(
        ["git", "ls-files", "--others", "-z"], cwd=work, env=_env(), capture_output=True,
        text=True, check=True,
    ).stdout.split("\0")
    written = [name for name in written if name]
    assert {"tyokirjat/kuopio-health.xlsx", "raportti.html", "muutokset.md"} <= set(written)
    checked = subprocess.run(
        ["git", "check-ignore", "--no-index", "-v", "-n", "--stdin", "-z"], cwd=work,
        env=_env(), input="\0".join(written), capture_output=True, text=True, check=False,
    ).stdout.split("\0")
    # -v -n -z: four fields per path (source, line, pattern, path); no source = not ignored
    records = [checked[i : i + 4] for i in range(0, len(checked) - 1, 4)]
    not_ignored = [path for source, _, _, path in records if not source]
    assert not not_ignored, not_ignored
    status = subprocess.run(
        ["git", "status", "--short"], cwd=work, env=_env(), capture_output=True, text=True,
        check=True,
    ).stdout
    assert status == "", status


def test_every_link_of_the_guide_finds_its_heading() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    headings = {slug(h) for h in re.findall(r"^#+ (.+)$", text, flags=re.M)}
    links = re.findall(r"\]\(#([^)]+)\)", text)
    assert links and set(links) <= headings, set(links) - headings


@pytest.mark.parametrize(
    ("expected", "actual", "ok"),
    [
        ("a\nb", "a\nb\n", True),
        ("a\n…\nd", "a\nb\nc\nd\n", True),
        ("a\n…\nd", "a\nd\n", True),
        ("a  \nb", "a\nb  \n", True),
        ("a\nb", "a\nc\n", False),
        ("a\n…", "b\n", False),
    ],
)
def test_a_quoted_output_matches_with_gaps(expected: str, actual: str, ok: bool) -> None:
    assert matches(expected, actual) is ok


def test_the_guide_is_read_as_documented() -> None:
    text = (
        "<!-- testi:\nprintf x > a.txt\n-->\n```sh\nohjelma lint   # paluukoodi 1: virhe\n"
        "# vain kommentti\nohjelma fmt\n```\n\n```text\nvalmis\n```\n```yaml\nnimi: x\n```\n"
    )
    assert parse(text) == [
        Step(1, "printf x > a.txt", 0, hidden=True),
        Step(5, "ohjelma lint   # paluukoodi 1: virhe", 1, hidden=False),
        Step(7, "ohjelma fmt", 0, hidden=False, expected="valmis"),
        Step(13, "nimi: x\n", 0, hidden=True, excerpt=True),
    ]
