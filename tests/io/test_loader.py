"""Loader: positions of errors in nested places, values not exceptions, nothing written."""

from __future__ import annotations

from pathlib import Path

from kuopio_ohjelma.io.loader import find_root, load_repository
from kuopio_ohjelma.problems import Position
from tests.conftest import REPO


def _problems(root: Path) -> list[tuple[str, str, Position]]:
    result = load_repository(root)
    return [(p.path.name, p.code, p.position) for p in result.problems]


def test_shipped_data_loads_clean() -> None:
    result = load_repository(REPO)
    assert result.problems == []
    programme = result.programme
    assert programme is not None
    assert len(programme.goals) == 13
    assert sum(len(goal.actions) for goal in programme.goals) == 77
    assert len(programme.indicators) == 30
    assert [theme.id for theme in programme.info.themes] == [
        "yrittajyysymparisto",
        "innovaatio-ja-oppimisymparisto",
        "kaupunkikehitys",
        "tunnettuus-ja-edunvalvonta",
    ]


def test_error_in_assessment_note_points_at_the_value(mini: Path) -> None:
    goal = mini / "data" / "goals" / "02-toinen.yaml"
    goal.write_text(goal.read_text().replace("tilanne: Ei edennyt.", "tilanne: [a, b]"))
    assert _problems(mini) == [("02-toinen.yaml", "E202", Position(35, 18))]


def test_error_in_project_years_type_points_at_the_item(mini: Path) -> None:
    goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
    goal.write_text(goal.read_text().replace("- Kokeiluhanke (2024-25)", "- 2024"))
    assert _problems(mini) == [("01-ensimmainen.yaml", "E202", Position(11, 9))]


def test_missing_key_points_at_its_mapping(mini: Path) -> None:
    goal = mini / "data" / "goals" / "02-toinen.yaml"
    goal.write_text(goal.read_text().replace('        eteneminen: "+?"\n', ""))
    assert _problems(mini) == [("02-toinen.yaml", "E201", Position(22, 7))]


def test_yaml_11_surprises_are_errors_not_changed_data(mini: Path) -> None:
    goal = mini / "data" / "goals" / "02-toinen.yaml"
    original = goal.read_text()
    for surprise in ("no", "on", "1.10", "12:30"):
        goal.write_text(original.replace("tilanne: Hyvin.", f"tilanne: {surprise}"))
        result = load_repository(mini)
        assert [(p.code, p.position) for p in result.problems] == [("E202", Position(13, 18))]
        assert "laita arvo lainausmerkkeihin" in result.problems[0].hint
        goal.write_text(original.replace("tilanne: Hyvin.", f'tilanne: "{surprise}"'))
        assert _problems(mini) == []


def test_loader_never_writes(mini: Path) -> None:
    before = {p: p.read_bytes() for p in mini.rglob("*") if p.is_file()}
    load_repository(mini)
    after = {p: p.read_bytes() for p in mini.rglob("*") if p.is_file()}
    assert before == after


def test_find_root_walks_upward(mini: Path) -> None:
    assert find_root(mini / "data" / "goals") == mini
    assert find_root(Path("/")) is None or (Path("/") / "data").is_dir()


def test_a_released_text_is_searched_in_its_bytes(tmp_path: Path) -> None:
    from kuopio_ohjelma.io.text import decode_source

    raw = "a: 1  # ohjelma: disable=W403\nb: ä\r\n".encode()
    source, _ = decode_source(tmp_path / "x.yaml", raw)
    assert source is not None
    found = [source.contains(w) for w in ("ohjelma:", "b: ä", "ö")]
    source.forget_text()
    assert [source.contains(w) for w in ("ohjelma:", "b: ä", "ö")] == found == [True, True, False]
