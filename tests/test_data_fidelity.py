"""The shipped data/ is the source document, verbatim modulo white space, in the source's order.

The source is tests/seed/kasvava-kuopio-2024.txt (a copy of the shared seed), read by an
independent parser. What the data may not keep verbatim it must explain in a `huomautus`.
"""

from __future__ import annotations

import html
import re

import pytest

from kuopio_ohjelma.core.scope import resolve_scope
from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.model import Action, Body, BodyRef
from kuopio_ohjelma.programme import Programme
from kuopio_ohjelma.report.renderers import RENDERERS
from kuopio_ohjelma.report.view import build_report
from tests.conftest import REPO
from tests.seed import parse as seed
from tests.seed.parse import squash

# What may stand between the bodies of a responsible-body cell: commas, slashes, "ja", breaks.
_BODY_SEPARATORS = re.compile(r"(?:\s|,|/|\bja\b)*")
# The indicators' surveys and registers; every other bracketed or separated part is a qualifier.
_INDICATOR_SOURCES = {"Pk-yritysbarometri", "Taloustutkimus", "ELPO-mittaristo"}
# Source spellings the data interprets as another body (not a spelling variant, so no alias):
# (action, body) → the source's words, which the reference's note must quote.
_INTERPRETED = {("T1.6", "Elinvoima- ja konsernipalvelut"): "elinvoima-palvelut"}
# Names that may be one body; the source does not say, so the registry keeps them apart.
_MAYBE_SAME = {
    frozenset({"Maakuntaliitto", "Pohjois-Savon liitto"}),
    frozenset({"KTM Oy", "Kuopio-Tahko Oy"}),
    frozenset({"KYP", "Kaupunkiympäristön palvelualue"}),
}


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
        # The overview table writes goal 10 "Kaupunkikulttuurin  ja" (two spaces), the goal's
        # own heading with one; the data keeps the heading, so spaces are folded here only.
        assert [(g.number, " ".join(g.overview_title.split())) for g in goals] == [
            (n, " ".join(title.split())) for n, title in seed_theme.goals
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
        _assert_body_cell(programme, seed_action.bodies, action, where)
        _assert_ambiguities_noted(seed_action, action, where)


def _assert_body_cell(programme: Programme, cell: str, action: Action, where: str) -> None:
    """The source's responsible-body cell is the action's bodies, each with its qualifier
    verbatim right after the body's name, and nothing else but separators. A body the cell
    names twice, or by words that are an interpretation, carries a note saying so."""
    rest = f" {squash(cell)} "
    for ref in action.body_refs:
        names = "|".join(re.escape(n) for n in _spellings(programme, action.id, ref))
        qualifier = re.escape(f" {ref.qualifier}") if ref.qualifier else ""
        rest, found = re.subn(rf"(?<![\w-])(?:{names}){qualifier}(?![\w-])", " ", rest)
        assert found, f"{where}: {ref.shown!r} is not in the source's cell {cell!r}"
        assert found == 1 or ref.note, f"{where}: {ref.name!r} is in the cell {found} times"
    assert _BODY_SEPARATORS.fullmatch(rest), f"{where}: not in the data: {rest.strip()!r}"


def _spellings(programme: Programme, action_id: str, ref: BodyRef) -> list[str]:
    """The body's name and aliases, longest first (so that 'Kuopio-Tahko Oy' wins), and the
    source's words where the data interprets them, which the note must quote."""
    body = next(b for b in programme.bodies if b.name == ref.name)
    interpreted = _INTERPRETED.get((action_id, ref.name))
    if interpreted:
        assert ref.note and f'"{interpreted}"' in ref.note, f"{action_id}: note the reading"
    names = (body.name, *body.aliases, *([interpreted] if interpreted else []))
    return sorted(names, key=len, reverse=True)


def _assert_ambiguities_noted(seed_action: seed.SeedAction, action: Action, where: str) -> None:
    """What the source leaves open is explained in a note: an empty responsible-body or status
    cell, an uncertain mark ('+?'), a question in the status, a project with an unclosed
    bracket or a trailing question mark."""
    if not seed_action.bodies.strip() or not seed_action.note.strip():
        assert action.note, f"{where}: an empty cell of the source needs a huomautus"
    if len(seed_action.progress.strip()) > 1 and seed_action.progress.strip().endswith("?"):
        assert action.note, f"{where}: the uncertain mark needs a huomautus"
    if "?" in seed_action.note:
        assert action.note, f"{where}: the question in the status needs a huomautus"
    for project in action.project_items:
        if project.name.count("(") != project.name.count(")") or project.name.endswith("?"):
            assert project.note, f"{where}: {project.name!r} needs a huomautus"


def test_bodies_that_may_be_one_are_recorded_apart(programme: Programme) -> None:
    recorded = {frozenset({b.name, other}) for b in programme.bodies for other in b.maybe_same}
    assert recorded == _MAYBE_SAME
    for pair in _MAYBE_SAME:
        first, second = sorted(pair)
        assert programme.maybe_same_as(first) == [second]
        assert programme.maybe_same_as(second) == [first]
        assert any(_registered(programme, name).note for name in pair)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_every_note_and_qualifier_reaches_the_report(programme: Programme, fmt: str) -> None:
    """Each huomautus is a footnote "Lähdeasiakirjassa: …"; each qualified body is shown as
    the source writes it, e.g. 'Kuopio Health + muut'."""
    report = build_report(programme, period_id=None, lang="fi", scope=resolve_scope(programme))
    text = _plain(RENDERERS[fmt](report, None), fmt)
    notes = _all_notes(programme)
    assert len(notes) >= 25
    for note in notes:
        assert f"Lähdeasiakirjassa: {note}" in text, note
    assert len(report.footnotes) == len(set(notes))
    shown = [r.shown for _, a in programme.all_actions() for r in a.body_refs if r.qualifier]
    assert shown == [
        "Kuopio Health + muut",
        "Oppilaitokset (UEF ja Savonia)",
        "UEF ym.",
        "Vetovoiman johtoryhmä (erit. maakuntaliitto)",
    ]
    assert all(body in text for body in shown)
    for indicator in programme.indicators.values():
        assert indicator.shown in text


def _plain(text: str, fmt: str) -> str:
    """The report's text as a reader sees it: entities and Markdown escapes undone."""
    text = html.unescape(re.sub(r"<[^>]+>", "", text)) if fmt == "html" else text
    return squash(re.sub(r"\\(.)", r"\1", text) if fmt == "md" else text)


def _all_notes(programme: Programme) -> list[str]:
    info, goals, actions = programme.info, programme.goals, programme.all_actions()
    parts: list[str | None] = [b.note for b in info.background]
    parts += [i.note for i in programme.indicators.values()] + [g.note for g in goals]
    for _, action in actions:
        parts += [action.note, *(p.note for p in action.project_items)]
        parts += [r.note for r in action.body_refs]
    used = {_registered(programme, r.name).name for _, a in actions for r in a.body_refs}
    parts += [b.note for b in programme.bodies if b.name in used]
    return [squash(p) for p in parts if p]


def _registered(programme: Programme, name: str) -> Body:
    body = programme.body(name)
    assert body is not None, name
    return body


def test_seed_copy_matches_shared_seed_when_present() -> None:
    shared = REPO.parent / "shared" / "seeds" / "000_1c3da8f075d61386.txt"
    if shared.exists():
        assert shared.read_bytes() == seed.SEED.read_bytes()
    assert seed.SEED.stat().st_size > 20_000


def test_goal_files_sort_in_goal_order() -> None:
    names = sorted(p.name for p in (REPO / "data" / "goals").glob("*.yaml"))
    assert [int(n[:2]) for n in names] == list(range(1, 14))


def test_data_comments_speak_finnish_to_the_editors() -> None:
    """Comments in data/ are for the city's editors: Finnish, and 'lähdeasiakirja', not 'seed'."""
    english = re.compile(r"\b(seed|the|is|kept|as written|lists|source)\b", re.IGNORECASE)
    for path in sorted((REPO / "data").rglob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            comment = line.partition("#")[2] if line.lstrip().startswith("#") else ""
            if comment and not comment.startswith(" yaml-language-server"):
                assert not english.search(comment), f"{path.name}:{number}: {comment}"
