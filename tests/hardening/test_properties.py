"""Properties over generated input: the loader and lint answer anything with findings only;
valid programmes survive dump → load, fmt is idempotent, status set touches one assessment."""

from __future__ import annotations

import shutil
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from kuopio_ohjelma.edit.checked import commit
from kuopio_ohjelma.edit.fmt import format_document
from kuopio_ohjelma.edit.status import StatusChange, set_status, tidy_note
from kuopio_ohjelma.io.loader import load_repository, parse_bytes, validate
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt
from kuopio_ohjelma.lint.config import LintConfig
from kuopio_ohjelma.lint.engine import lint
from kuopio_ohjelma.lint.rules import REGISTRY
from kuopio_ohjelma.model import Goal
from kuopio_ohjelma.problems import Problem
from tests.conftest import MINI

pytestmark = pytest.mark.slow

GOAL = Path("data/goals/02-toinen.yaml")


@contextmanager
def mini_copy() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "mini"
        shutil.copytree(MINI, root)
        yield root


def _only_findings(root: Path) -> None:
    report = lint(load_repository(root), LintConfig())
    for finding in report.findings:
        assert isinstance(finding, Problem)
        assert finding.code in REGISTRY
        assert finding.position.line >= 1 and finding.position.col >= 1


@given(st.binary(max_size=3000))
def test_arbitrary_bytes_give_findings_only(data: bytes) -> None:
    with mini_copy() as root:
        (root / GOAL).write_bytes(data)
        _only_findings(root)


PUNCTUATION = list("ab1:-[]{}&*!|>\"'#%@`?,.\t\n \\\r\u00e4\ufeff\x00")
YAMLISH = st.text(alphabet=st.sampled_from(PUNCTUATION), max_size=400)


@given(YAMLISH)
def test_yaml_punctuation_soup_gives_findings_only(text: str) -> None:
    with mini_copy() as root:
        (root / GOAL).write_text(text, encoding="utf-8", errors="surrogatepass")
        _only_findings(root)


json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=25,
)


@given(json_like)
def test_arbitrary_yaml_documents_give_findings_only(document: Any) -> None:
    with mini_copy() as root:
        (root / GOAL).write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        _only_findings(root)


# --- valid programmes --------------------------------------------------------------------

# Any text but surrogates and invisible format characters: control characters and Unicode
# line separators included, since the writer must escape whatever the reader would otherwise
# change. Format characters (zero-width space, soft hyphen, bidi controls) are findings since
# round 2 (E117), so a valid programme holds none.
# No control characters: every edit refuses them (E117), lint reports them.
safe_char = st.characters(blacklist_categories=("Cs", "Cf", "Cc"))
line = st.text(safe_char, min_size=1, max_size=30).map(str.strip).filter(bool)
note = st.lists(line, max_size=3).map("\n".join)
marks = st.sampled_from(["+", "+/-", "-", "?", "+?"])


@st.composite
def goals(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(min_value=1, max_value=4))
    actions = [
        {
            "tunnus": f"T2.{index}",
            "nimi": draw(line),
            "hankkeet": draw(st.lists(line, max_size=2)),
            "vastuutahot": draw(st.lists(st.sampled_from(["Testipalvelut", "Kokeiluyksikkö"]),
                                         max_size=2, unique=True)),
            "seuranta": {
                period: {"eteneminen": draw(marks), "tilanne": draw(note)}
                for period in draw(st.lists(st.sampled_from(["1/2024", "1/2025"]),
                                            unique=True))
            },
        }
        for index in range(1, count + 1)
    ]
    return {"numero": 2, "painopiste": "beta", "nimi": draw(line), "toimenpiteet": actions}


def _load_goal(text: str) -> Goal:
    document, problems = parse_bytes(GOAL, text.encode("utf-8"))
    assert document is not None, problems
    errors: list[Problem] = []
    loaded = validate(document, Goal, errors)
    assert loaded is not None, errors
    return loaded.model


def _composed(value: Any) -> Any:
    """The data as the loader reads it: text composed (NFC), so '\uf900' is read as '\u8c48'
    and 'o' + U+0308 as 'ö' (lint's W116 says so to the editor)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_composed(item) for item in value]
    if isinstance(value, dict):
        return {_composed(key): _composed(item) for key, item in value.items()}
    return value


@given(goals())
def test_dump_then_load_gives_the_same_model(goal: dict[str, Any]) -> None:
    assert _load_goal(dump_rt(goal)) == Goal.model_validate(_composed(goal))


@given(goals())
def test_fmt_is_idempotent_and_keeps_data(goal: dict[str, Any]) -> None:
    with mini_copy() as root:
        path = root / GOAL
        path.write_text(dump_rt(goal), encoding="utf-8")
        first = format_document(load_repository(root).documents[path], Goal)
        commit(first)
        second = format_document(load_repository(root).documents[path], Goal)
        assert not second.changed
        assert _load_goal(path.read_text(encoding="utf-8")) == Goal.model_validate(_composed(goal))


@given(goals(), st.data())
def test_status_set_changes_only_its_assessment(goal: dict[str, Any], data: st.DataObject) -> None:
    action = data.draw(st.sampled_from([a["tunnus"] for a in goal["toimenpiteet"]]))
    mark, text = data.draw(marks), data.draw(note)
    with mini_copy() as root:
        path = root / GOAL
        path.write_text(dump_rt(goal), encoding="utf-8")
        commit(set_status(root, StatusChange(action, "1/2025", mark, text)).edit)
        after = _load_goal(path.read_text(encoding="utf-8"))
    expected = Goal.model_validate(_composed(goal))  # the loader reads text composed (NFC)
    for old, new in zip(expected.actions, after.actions, strict=True):
        if old.id != action:
            assert old == new
            continue
        assert new.assessments["1/2025"].progress == mark
        # Trailing blanks (a CR of Windows line endings among them) are tidied away.
        assert new.assessments["1/2025"].note == unicodedata.normalize("NFC", tidy_note(text))
        assert {k: v for k, v in new.assessments.items() if k != "1/2025"} == {
            k: v for k, v in old.assessments.items() if k != "1/2025"
        }
        assert (new.title, new.projects, new.bodies) == (old.title, old.projects, old.bodies)


def _composed(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_composed(k): _composed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_composed(v) for v in value]
    return value


@pytest.mark.parametrize("name", ["\uf900", "o\u0308ljy"])
def test_a_name_is_read_composed(name: str) -> None:
    goal = {"numero": 2, "painopiste": "beta", "nimi": name, "toimenpiteet": []}
    assert _load_goal(dump_rt(goal)).title == unicodedata.normalize("NFC", name)
