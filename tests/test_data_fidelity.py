"""The shipped data/ is the source document, verbatim modulo white space, in the source's order.

The source is tests/seed/kasvava-kuopio-2024.txt (a copy of the shared seed), read by an
independent parser. What the data may not keep verbatim it must explain in a `huomautus`.
"""

from __future__ import annotations

import re

import pytest

from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.model import BodyRef, Programme
from tests.conftest import REPO
from tests.seed import parse as seed
from tests.seed.parse import squash

# What may stand between the bodies of a responsible-body cell: commas, slashes, "ja", breaks.
_BODY_SEPARATORS = re.compile(r"(?:\s|,|/|\bja\b)*")
# The indicators' surveys and registers; every other bracketed or separated part is a qualifier.
_INDICATOR_SOURCES = {"Pk-yritysbarometri", "Taloustutkimus", "ELPO-mittaristo"}


@pytest.fixture(scope="module")
def programme() -> Programme:
    result = load_repository(REPO)
    assert result.problems == []
    assert result.programme is not None
    return result.programme


def test_programme_texts(programme: Programme) -> None:
    assert [(b.title, squash(b.text)) for b in programme.info.background] == [
        (title, squash(text)) for title, text in seed.background()
    ]
    assert [(s.code, s.label) for s in programme.info.scale] == seed.legend()
    assert [p.label for p in programme.info.periods] == ["Tilanne 1/2024"]
    assert programme.info.action_period == "Toimenpiteet 2018-2021 (-2022)"
    assert programme.info.name == seed.title() == "KASVAVA KUOPIO -TOIMENPIDEOHJELMA"


def test_themes_goals_and_indicators(programme: Programme) -> None:
    themes = seed.themes()
    assert [t.name for t in programme.info.themes] == [squash(t.name) for t in themes]
    for theme, seed_theme in zip(programme.info.themes, themes, strict=True):
        goals = programme.goals_of(theme)
        assert [(g.number, squash(g.overview_title)) for g in goals] == [
            (n, squash(title)) for n, title in seed_theme.goals
        ]
        shown = [programme.indicators[i].shown for i in theme.indicators]
        assert shown == [squash(entry) for entry in seed_theme.indicators]
    assert len(programme.indicators) == 30


def test_indicator_sources_and_qualifiers_are_told_apart(programme: Programme) -> None:
    sources = {i.source.name for i in programme.indicators.values() if i.source}
    qualifiers = {i.qualifier for i in programme.indicators.values() if i.qualifier}
    assert sources == _INDICATOR_SOURCES
    assert qualifiers.isdisjoint(_INDICATOR_SOURCES)
    assert programme.indicators["tyollisyysaste"].qualifier == "18 – 64-vuotiaat"
    assert programme.indicators["tyollisyysaste"].source is None


def test_goals_in_order_with_titles_and_binding_targets(programme: Programme) -> None:
    goals = seed.goals()
    assert [g.number for g in programme.goals] == [g.number for g in goals] == list(range(1, 14))
    for goal, seed_goal in zip(programme.goals, goals, strict=True):
        assert squash(goal.title) == squash(seed_goal.title)
        expected = [squash(seed_goal.binding_target)] if seed_goal.binding_target else []
        assert goal.binding_targets == expected
        assert all(t.startswith("(") and t.endswith(")") for t in goal.binding_targets)


def test_every_action_verbatim(programme: Programme) -> None:
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
        # One rule for projects: each line of the source's cell is one item, as written.
        assert action.projects == [squash(p) for p in seed_action.projects], where
        _assert_body_cell(programme, seed_action.bodies, action.body_refs, where)


def _assert_body_cell(programme: Programme, cell: str, refs: list[BodyRef], where: str) -> None:
    """The source's responsible-body cell is the action's bodies, each with its qualifier
    verbatim right after the body's name, and nothing else but separators."""
    rest = f" {squash(cell)} "
    for ref in refs:
        names = "|".join(re.escape(n) for n in _spellings(programme, ref))
        qualifier = re.escape(f" {ref.qualifier}") if ref.qualifier else ""
        rest, found = re.subn(rf"(?<![\w-])(?:{names}){qualifier}(?![\w-])", " ", rest)
        assert found, f"{where}: {ref.shown!r} is not in the source's cell {cell!r}"
    assert _BODY_SEPARATORS.fullmatch(rest), f"{where}: not in the data: {rest.strip()!r}"


def _spellings(programme: Programme, ref: BodyRef) -> list[str]:
    """The body's name and aliases, longest first (so that 'Kuopio-Tahko Oy' wins)."""
    body = next(b for b in programme.bodies if b.name == ref.name)
    return sorted((body.name, *body.aliases), key=len, reverse=True)


def test_seed_copy_matches_shared_seed_when_present() -> None:
    shared = REPO.parent / "shared" / "seeds" / "000_1c3da8f075d61386.txt"
    if shared.exists():
        assert shared.read_bytes() == seed.SEED.read_bytes()
    assert seed.SEED.stat().st_size > 20_000


def test_goal_files_sort_in_goal_order() -> None:
    names = sorted(p.name for p in (REPO / "data" / "goals").glob("*.yaml"))
    assert [int(n[:2]) for n in names] == list(range(1, 14))
