"""Synthetic data repositories for the benchmark, scaled from the shipped programme.

MADE-UP DATA: goals, actions and indicators are copies of the real ones with renumbered ids
and made-up notes for made-up periods. It is written to a temporary folder, never committed.

    python bench/generate.py OUT --scale 10 --periods 5
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt, load_rt

REPO = Path(__file__).resolve().parent.parent
MARKS = ["+", "+/-", "-", "?", "+"]
HEADER = "# SYNTHETIC BENCHMARK DATA (bench/generate.py): made up, not the Kuopio programme.\n"


def periods(count: int) -> list[str]:
    return [f"1/{2024 + index}" for index in range(count)]


def generate(target: Path, *, scale: int, period_count: int) -> Path:
    """Write a data repository `scale` times the shipped one, with `period_count` periods."""
    if target.exists():
        shutil.rmtree(target)
    data = target / "data"
    (data / "goals").mkdir(parents=True)
    (data / "indicators").mkdir()
    shipped = REPO / "data"
    ids = periods(period_count)
    programme = load_rt((shipped / "programme.yaml").read_text(encoding="utf-8"))
    programme["kaudet"] = [{"tunnus": p, "nimi": f"Tilanne {p}"} for p in ids]
    indicator_files = sorted((shipped / "indicators").glob("*.yaml"))
    for theme in programme["painopisteet"]:
        theme["mittarit"] = [f"{i}-k{copy}" for copy in range(scale) for i in theme["mittarit"]]
    (data / "programme.yaml").write_text(HEADER + dump_rt(programme), encoding="utf-8")
    shutil.copy(shipped / "organisations.yaml", data / "organisations.yaml")
    for copy in range(scale):
        for path in indicator_files:
            text = path.read_text(encoding="utf-8")
            (data / "indicators" / f"{path.stem}-k{copy}.yaml").write_text(HEADER + text)
    goals = load_repository(REPO).goals
    number = 0
    for copy in range(scale):
        for goal in goals:
            number += 1
            _write_goal(data / "goals", goal.path, number, ids, copy)
    return target


def _write_goal(folder: Path, source: Path, number: int, ids: list[str], copy: int) -> None:
    goal = load_rt(source.read_text(encoding="utf-8"))
    goal["numero"] = number
    for index, action in enumerate(goal["toimenpiteet"], start=1):
        action["tunnus"] = f"T{number}.{index}"
        action["seuranta"] = {
            period: {
                # In the house format (`ohjelma fmt`): marks in double quotes.
                "eteneminen": DoubleQuotedScalarString(MARKS[(number + index + p) % len(MARKS)]),
                "tilanne": f"Keksitty tilanne {period}, kopio {copy}, toimenpide {index}.",
            }
            for p, period in enumerate(ids)
        }
    name = f"{number:04d}-{source.stem.split('-', 1)[1]}.yaml"
    (folder / name).write_text(HEADER + dump_rt(goal), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("target", type=Path)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--periods", type=int, default=1)
    args = parser.parse_args()
    generate(args.target, scale=args.scale, period_count=args.periods)


if __name__ == "__main__":
    main()
