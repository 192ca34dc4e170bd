"""Scope: themes, goals and a responsible body resolved once (core/scope.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuopio_ohjelma.core.scope import ScopeError, resolve_scope
from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.model import Body
from kuopio_ohjelma.programme import Programme

MINI = Path(__file__).parents[1] / "fixtures" / "mini"


@pytest.fixture(scope="module")
def programme() -> Programme:
    result = load_repository(MINI)
    assert result.programme is not None
    return result.programme


def _selected(programme: Programme, **options: object) -> list[str]:
    scope = resolve_scope(programme, **options)  # type: ignore[arg-type]
    return [a.id for g, a in programme.all_actions() if scope.includes(g, a)]


def test_no_options_select_everything(programme: Programme) -> None:
    assert len(_selected(programme)) == 7


def test_theme_goal_and_owner_alias(programme: Programme) -> None:
    assert _selected(programme, themes=["beta"]) == ["T2.1", "T2.2", "T2.3", "T2.4"]
    assert _selected(programme, goals=[1]) == ["T1.1", "T1.2", "T1.3"]
    # "Testipalvelu" is an alias of "Testipalvelut" in organisations.yaml; case does not matter
    assert _selected(programme, owner="testipalvelu") == ["T1.1", "T1.3", "T2.2", "T2.3"]
    assert resolve_scope(programme, owner="testipalvelu").owner == "Testipalvelut"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"themes": ["alfa"]}, "unknown theme 'alfa'; did you mean 'alpha'"),
        ({"goals": [9]}, "unknown goal 9; the goals are numbered 1–2"),
        ({"owner": "Nobody"}, "unknown responsible body 'Nobody'"),
        ({"themes": ["beta"], "goals": [1]}, r"goal 1 is not in theme 'beta' \(it is in 'alpha'"),
    ],
)
def test_a_selection_that_cannot_match_is_an_error(
    programme: Programme, options: dict[str, object], message: str
) -> None:
    with pytest.raises(ScopeError, match=message):
        resolve_scope(programme, **options)  # type: ignore[arg-type]


def test_an_owner_without_actions_in_the_selection_is_an_error(programme: Programme) -> None:
    idle = Body(nimi="Made-up idle body")
    with_idle = Programme(programme.info, programme.goals, {}, [*programme.bodies, idle])
    with pytest.raises(ScopeError, match="'Made-up idle body' is responsible for no action"):
        resolve_scope(with_idle, owner="made-up idle body")


def test_goals_without_any_goal_file(programme: Programme) -> None:
    empty = Programme(programme.info, [], {}, programme.bodies)
    with pytest.raises(ScopeError, match="the data has no goals"):
        resolve_scope(empty, goals=[1])
