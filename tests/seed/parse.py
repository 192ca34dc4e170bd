"""An independent reader of the seed: the text dump of the programme's Word document.

Table cells begin on a line starting with a tab; lines without a tab continue the cell.
The fidelity test compares what this reader finds with the shipped data/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

SEED = Path(__file__).with_name("kasvava-kuopio-2024.txt")
_GOAL = re.compile(r"^TAVOITE (\d+)\. (.*)$", re.DOTALL)
_OVERVIEW_GOAL = re.compile(r"^(\d+)\. (.*)$")
_HEADER = "Toimenpiteet 2018-2021 (-2022)"
_COLUMNS = 5


@dataclass
class SeedAction:
    title: str
    projects: list[str]
    bodies: str
    progress: str
    note: str


@dataclass
class SeedGoal:
    number: int
    title: str
    binding_target: str | None
    actions: list[SeedAction] = field(default_factory=list)


@dataclass
class SeedTheme:
    name: str
    goals: list[tuple[int, str]]
    indicators: list[str]


def squash(text: str) -> str:
    """Line breaks folded (the dump wraps cells): the only difference the data may have from
    the seed. Spaces inside a line are kept as the source has them."""
    return re.sub(r"[ \t]*\n\s*", " ", text).strip()


def _cells(lines: list[str]) -> list[str]:
    cells: list[list[str]] = []
    for line in lines:
        if line.startswith("\t"):
            cells.append([line[1:]])
        elif cells:
            cells[-1].append(line)
    return ["\n".join(cell).strip() for cell in cells]


def _lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def background() -> list[tuple[str, str]]:
    lines = _lines()
    heads = ("Ohjelman tausta", "Ohjelman toteutus ja valmistelu", "Ohjelman seuranta")
    found = []
    for index, line in enumerate(lines):
        if line.strip() in heads:
            found.append((line.strip(), lines[index + 1].replace("[image: ]", "").strip()))
    return found


def themes() -> list[SeedTheme]:
    lines = _lines()
    start = lines.index("TAVOITTEET JA MITTARIT ") + 1
    end = next(i for i, line in enumerate(lines) if "SELITTEET" in line)
    cells = _cells(lines[start:end])
    rows = [cells[i : i + 7] for i in range(0, len(cells), 7)]
    result = [SeedTheme(name, [], []) for name in rows[0][0::2]]
    for row in rows[2:]:
        for theme, cell in zip(result, row[0::2], strict=True):
            match = _OVERVIEW_GOAL.match(cell)
            if match:
                theme.goals.append((int(match[1]), match[2]))
            elif cell.startswith("·"):
                theme.indicators.extend(
                    squash(item) for item in cell.split("·") if item.strip()
                )
    return result


def theme_names_in_body() -> set[str]:
    return {theme.name for theme in themes()}


def goals() -> list[SeedGoal]:
    lines = _lines()
    start = next(i for i, line in enumerate(lines) if "SELITTEET" in line) + 1
    names = theme_names_in_body()
    body = [line for line in lines[start:] if line.strip() not in names]
    cells = _cells(body)
    result: list[SeedGoal] = []
    index = 0
    while index < len(cells):
        match = _GOAL.match(cells[index])
        if match:
            result.append(_goal(match))
            index = cells.index(_HEADER, index) + _COLUMNS
            continue
        title, projects, bodies, progress, note = cells[index : index + _COLUMNS]
        result[-1].actions.append(
            SeedAction(title, [p for p in projects.split("\n") if p.strip()], bodies,
                       progress, note)
        )
        index += _COLUMNS
    return result


def _goal(match: re.Match[str]) -> SeedGoal:
    title, _, rest = match[2].partition("\n")
    return SeedGoal(int(match[1]), title.strip(), rest.strip() or None)


def title() -> str:
    """The programme's title: the document's first line, as written."""
    return _lines()[0].strip()


def legend() -> list[tuple[str, str]]:
    line = next(line for line in _lines() if "SELITTEET" in line)
    text = line.split("\t")[-1]
    parts = re.findall(r"(\+/-|\+|-|\?) ([^+?]*?)(?=\s{2,}|$)", text.strip())
    return [(code, label.strip()) for code, label in parts]
