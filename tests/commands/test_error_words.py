"""What an editor gets wrong most, and what the program then says, is Finnish by default.

Every case is a real mistake (a wrong value, an id or file that is not there, a language the
program does not speak); the answer must be an error (`ohjelma: virhe:`) or a finding, no
traceback and no English word outside what the editor typed.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import MINI
from tests.helpers import Answer, run_cli, run_many

MISTAKES = [
    ("lint", "--explain", "olematon"),
    ("lint", "-f", "olematon"),
    ("lint", "puuttuu.yaml"),
    ("lint", "-o", "data/raportti.txt"),
    ("render", "-f", "olematon"),
    ("render", "--period", "9/2099"),
    ("render", "--lang", "sv"),
    ("render", "--date", "eilen"),
    ("render", "--templates", "puuttuu"),
    ("render", "-o", "data/x.html"),
    ("render", "--goal", "99"),
    ("render", "--theme", "olematon"),
    ("render", "--owner", "Olematon lautakunta"),
    ("diff", "--only", "olematon"),
    ("diff", "--from", "9/2099"),
    ("diff", "-f", "olematon"),
    ("diff", "--rev", "HEAD"),
    ("status", "set", "T9.9", "+"),
    ("status", "set", "T1.1", "xyz"),
    ("status", "set", "T1.1", "+", "--note-file", "puuttuu.txt"),
    ("status", "show", "T9.9"),
    ("period", "open", "1/2020"),
    ("period", "open", "kevät"),
    ("indicator", "set", "olematon", "2023", "1"),
    ("indicator", "set", "kokeilumittari", "ensi vuonna", "1"),
    ("indicator", "set", "kokeilumittari", "2023", "paljon"),
    ("fmt", "puuttuu.yaml"),
    ("export", "-o", "paketti", "-f", "olematon"),
    ("export", "-o", "paketti", "--date", "eilen"),
    ("export", "-o", "data"),
    ("sheet", "export"),
    ("sheet", "export", "-o", "kerays.xlsx", "--lang", "sv"),
    ("sheet", "import", "puuttuu.xlsx"),
    ("schema", "-o", "data/goals/01-ensimmainen.yaml"),
]

# English that an answer must not contain once the editor's own words (quoted values,
# option names, paths) are taken out.
ENGLISH = re.compile(
    r"\b(the|is|not|no|unknown|cannot|must|should|invalid|error|found|expected|such|does"
    r"|choose|allowed|given|missing|only|with|folder|file|exist|write|read|here|there)\b",
    re.IGNORECASE,
)
TYPED = re.compile(r"'[^']*'|\"[^\"]*\"|--[\w-]+|\S*[/.]\S*")


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> list[Answer]:
    repo = tmp_path_factory.mktemp("mistakes") / "mini"
    shutil.copytree(MINI, repo)
    return run_many(MISTAKES, repo)


@pytest.mark.parametrize("index", range(len(MISTAKES)), ids=[" ".join(m) for m in MISTAKES])
def test_a_mistake_is_answered_in_finnish(index: int, answers: list[Answer]) -> None:
    answer = answers[index]
    said = answer.stdout + answer.stderr
    assert answer.code in (1, 2), said  # 1: a finding in a returned workbook
    assert "Traceback" not in said
    assert answer.code == 1 or "ohjelma: virhe: " in answer.stderr, said
    assert not ENGLISH.findall(TYPED.sub("", said)), said


def test_a_bad_source_date_epoch_is_finnish(mini: Path) -> None:
    result = run_cli("render", cwd=mini, env={"SOURCE_DATE_EPOCH": "eilen"})
    assert result.returncode == 2
    assert result.stderr.startswith("ohjelma: virhe: SOURCE_DATE_EPOCH=eilen ")
    assert not ENGLISH.findall(TYPED.sub("", result.stderr)), result.stderr
