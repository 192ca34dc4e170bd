"""Every writing edit asks lint before it writes when lint's configuration makes a warning an
error: `status set`, `period open` and `sheet import` refuse an edit that would leave such an
error (exit 2, the finding shown, nothing written); the same edit without that setting, or an
edit that brings no error, goes through. (`indicator set` asks lint always: test_lint_guard.)"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import INDICATORS
from tests.helpers import EN, flat, run_many
from tests.sheets.workbooks import fill

REFUSED_FI = ("ohjelma: virhe: muutos jättäisi virheen, jonka lint ilmoittaa; mitään ei "
              "kirjoitettu\n")
REFUSED_EN = ("ohjelma: error: the edit would leave an error that lint reports; nothing was "
              "written\n")


def _data(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted((root / "data").rglob("*")) if p.is_file()}


def _strict(root: Path, severity: str) -> None:
    (root / "ohjelma.toml").write_text(f"[lint]\nseverity = {{ {severity} }}\n", encoding="utf-8")


def test_status_set_refuses_an_empty_note_made_an_error(mini: Path) -> None:
    clear = ["status", "set", "T1.2", "-", "--clear-note"]
    _strict(mini, 'W403 = "error"')
    before = _data(mini)
    finnish, english = (run_many([clear], cwd=mini, env=env)[0] for env in ({}, EN))
    assert (finnish.code, finnish.stdout, finnish.stderr) == (2, "", (
        "data/goals/01-ensimmainen.yaml:31:18: W403 etenemisellä '-' ei ole\n"
        "  tilannekuvausta\n"
        "    vihje: kerro lyhyesti syy kohdassa 'tilanne'\n\n"
        "Löytyi 1 virhe ja 0 varoitusta.\n" + REFUSED_FI))
    assert english.stderr.endswith("Found 1 error and 0 warnings.\n" + REFUSED_EN)
    assert _data(mini) == before
    kept = run_many([["status", "set", "T1.2", "-", "--note", "Syy kerrottu."]], cwd=mini)[0]
    assert (kept.code, kept.stderr) == (0, "")  # an edit that brings no error is written
    (mini / "ohjelma.toml").unlink()
    assert run_many([clear], cwd=mini)[0].code == 0  # only a warning by default


def test_period_open_refuses_stale_indicators_made_an_error(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(INDICATORS, root)
    _strict(root, 'W609 = "error"')
    before = _data(root)
    answer = run_many([["period", "open", "1/2031", "--force"]], cwd=root)[0]
    assert answer.code == 2
    assert answer.stderr.count(" W609 ") == 3
    assert answer.stderr.endswith("Löytyi 3 virhettä ja 0 varoitusta.\n" + REFUSED_FI)
    assert _data(root) == before


def test_period_open_leaves_the_actions_to_assess_even_when_that_is_an_error(
    mini: Path,
) -> None:
    # W402 is the year's to-do list: a new period always starts with it
    _strict(mini, 'W402 = "error"')
    answer = run_many([["period", "open", "1/2026"]], cwd=mini)[0]
    assert (answer.code, answer.stderr) == (0, "")
    assert "1/2026" in (mini / "data" / "programme.yaml").read_text(encoding="utf-8")


@pytest.mark.slow  # writes and reads a workbook
def test_sheet_import_refuses_a_mark_without_its_note_made_an_error(mini: Path) -> None:
    assert run_many([["period", "open", "1/2026"]], cwd=mini)[0].code == 0
    exported = run_many([["sheet", "export", "-o", "kierros.xlsx"]], cwd=mini)[0]
    assert exported.code == 0, exported.stderr
    fill(mini / "kierros.xlsx", {"H2": "-"})  # T1.1: '-' and no note
    _strict(mini, 'W403 = "error"')
    before = _data(mini)
    dry, real = run_many([["sheet", "import", "--dry-run", "kierros.xlsx"],
                          ["sheet", "import", "kierros.xlsx"]], cwd=mini)
    for answer in (dry, real):
        assert answer.code == 2
        assert " W403 etenemisellä '-' ei ole tilannekuvausta " in flat(answer.stderr)
        assert answer.stderr.endswith(REFUSED_FI)
    assert _data(mini) == before
