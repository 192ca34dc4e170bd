"""The shipped data/ is the seed document, verbatim modulo white space, in the seed's order."""

from __future__ import annotations

import re

import pytest

from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.model import Programme
from tests.conftest import REPO
from tests.seed import parse as seed
from tests.seed.parse import squash

# Words in the seed's responsible-body cells that name no body of their own; each is kept in a
# YAML comment next to the body it qualifies.
_BODY_FILLERS = ("(UEF ja Savonia)", "(erit. maakuntaliitto)", "+ muut", "ym.", " ja ", "/", ",")


@pytest.fixture(scope="module")
def programme() -> Programme:
    result = load_repository(REPO)
    assert result.problems == []
    assert result.programme is not None
    return result.programme


def _no_commas(text: str) -> str:
    return squash(text.replace(",", " "))


def test_programme_texts(programme: Programme) -> None:
    assert [(b.title, squash(b.text)) for b in programme.info.background] == [
        (title, squash(text)) for title, text in seed.background()
    ]
    assert [(s.code, s.label) for s in programme.info.scale] == seed.legend()
    assert [p.label for p in programme.info.periods] == ["Tilanne 1/2024"]
    assert programme.info.action_period == "Toimenpiteet 2018-2021 (-2022)"


def test_themes_goals_and_indicators(programme: Programme) -> None:
    themes = seed.themes()
    assert [t.name for t in programme.info.themes] == [squash(t.name) for t in themes]
    for theme, seed_theme in zip(programme.info.themes, themes, strict=True):
        goals = programme.goals_of(theme)
        assert [(g.number, squash(g.overview_title)) for g in goals] == [
            (n, squash(title)) for n, title in seed_theme.goals
        ]
        shown = [_indicator_text(programme, i) for i in theme.indicators]
        assert shown == [_no_delimiters(entry) for entry in seed_theme.indicators]
    assert len(programme.indicators) == 30


def _indicator_text(programme: Programme, indicator_id: str) -> str:
    indicator = programme.indicators[indicator_id]
    return _no_delimiters(f"{indicator.name} {indicator.source or ''}")


def _no_delimiters(text: str) -> str:
    return squash(re.sub(r"[()/;]", " ", text))


def test_goals_in_order_with_titles_and_binding_targets(programme: Programme) -> None:
    goals = seed.goals()
    assert [g.number for g in programme.goals] == [g.number for g in goals] == list(range(1, 14))
    for goal, seed_goal in zip(programme.goals, goals, strict=True):
        assert squash(goal.title) == squash(seed_goal.title)
        expected = [squash(seed_goal.binding_target)] if seed_goal.binding_target else []
        assert goal.binding_targets == expected


def test_every_action_verbatim(programme: Programme) -> None:
    registry = {n: b.name for b in programme.bodies for n in (b.name, *b.aliases)}
    pairs = [(g, a) for g in seed.goals() for a in g.actions]
    actions = programme.all_actions()
    assert len(actions) == len(pairs) == 77
    for (goal, action), (seed_goal, seed_action) in zip(actions, pairs, strict=True):
        where = f"{action.id}"
        assert goal.number == seed_goal.number, where
        assert action.title == squash(seed_action.title), where
        assessment = action.assessments["1/2024"]
        assert assessment.progress == seed_action.progress.strip(), where
        assert squash(assessment.note) == squash(seed_action.note), where
        assert _no_commas(" ".join(action.projects)) == _no_commas(
            " ".join(seed_action.projects)
        ), where
        _assert_bodies_cover(seed_action.bodies, action.bodies, registry, where)


def _assert_bodies_cover(
    cell: str, bodies: list[str], registry: dict[str, str], where: str
) -> None:
    """Every spelling in the seed's cell is a name or alias of one of the action's bodies."""
    rest = f" {squash(cell)} "
    spellings = sorted(
        (n for n, canonical in registry.items() if canonical in bodies), key=len, reverse=True
    )
    for spelling in spellings:
        rest = re.sub(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])", " ", rest)
    for filler in _BODY_FILLERS:
        rest = rest.replace(filler, " ")
    assert rest.strip() == "", f"{where}: not covered by the data: {rest.strip()!r}"
    assert all(body in registry.values() for body in bodies), where


def test_seed_copy_matches_shared_seed_when_present() -> None:
    shared = REPO.parent / "shared" / "seeds" / "000_1c3da8f075d61386.txt"
    if shared.exists():
        assert shared.read_bytes() == seed.SEED.read_bytes()
    assert seed.SEED.stat().st_size > 20_000


def test_goal_files_sort_in_goal_order() -> None:
    names = sorted(p.name for p in (REPO / "data" / "goals").glob("*.yaml"))
    assert [int(n[:2]) for n in names] == list(range(1, 14))
