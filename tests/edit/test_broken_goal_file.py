"""`status set` on an action whose goal file does not load: lint's own positioned findings
for that file, never "unknown action" (the action may well be there).

An action is unknown only when every goal file loaded; a file that parsed but did not
validate is read for its action ids (and named when it holds the action). No edit writes
while a goal file does not load, whichever file holds the action."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import EN, flat, run_cli

GOAL2 = Path("data/goals/02-toinen.yaml")
GOAL1 = Path("data/goals/01-ensimmainen.yaml")

# Ways an editor breaks a goal file so that its keys cannot be read at all.
BREAKS = {
    "tab": ("        eteneminen", "\teteneminen"),
    "unclosed quote": ('        tilanne: Hyvin.', '        tilanne: "Hyvin.'),
    "bad indentation": ("    nimi: Uusi toimenpide", "      nimi: Uusi toimenpide\n   x"),
    "flow not closed": ("    vastuutahot:\n      - Testipalvelut", "    vastuutahot: [Testi"),
}


def _break(root: Path, path: Path, how: str) -> bytes:
    old, new = BREAKS[how]
    text = (root / path).read_text(encoding="utf-8")
    assert old in text
    (root / path).write_text(text.replace(old, new, 1), encoding="utf-8")
    return (root / path).read_bytes()


def _findings(root: Path, *, env: dict[str, str] | None = None) -> str:
    """lint's positioned findings (without its summary line), as status show, fmt and
    render print them."""
    lint = run_cli("lint", cwd=root, env=env)
    assert lint.returncode == 1, lint.stdout
    findings = lint.stdout.rpartition("\n\n")[0] + "\n"
    assert re.match(r"data/[\w/-]+\.yaml:\d+:\d+: E1\d\d ", findings), findings
    return findings


def _told(stderr: str, findings: str, message: str) -> None:
    """The findings, the count, then the one-line refusal."""
    head, _, rest = stderr.rpartition("\n\n")
    assert head + "\n" == findings
    count, last = rest.rstrip("\n").split("\n")
    assert count.startswith(("Löytyi ", "Found ")), count
    assert last == message


@pytest.mark.parametrize("how", BREAKS)
@pytest.mark.parametrize("action", ["T2.2", "T2.9"])
def test_an_action_behind_a_file_that_does_not_load(mini: Path, how: str, action: str) -> None:
    broken = _break(mini, GOAL2, how)
    findings = _findings(mini)
    result = run_cli("status", "set", action, "+", cwd=mini)
    assert result.returncode == 2
    assert result.stdout == ""
    _told(
        result.stderr,
        findings,
        f"ohjelma: virhe: toimenpidettä {action} ei ole latautuvissa tavoitetiedostoissa, ja "
        f"{GOAL2} ei lataudu (toimenpide voi olla siinä); korjaa se ensin (ohjelma lint), "
        "mitään ei kirjoitettu",
    )
    assert "tuntematon" not in result.stderr
    assert (mini / GOAL2).read_bytes() == broken
    shown = run_cli("status", "show", action, cwd=mini)
    assert shown.returncode == 2 and shown.stderr.startswith(findings)


def test_in_english(mini: Path) -> None:
    _break(mini, GOAL2, "tab")
    findings = _findings(mini, env=EN)
    result = run_cli("status", "set", "T2.2", "+", cwd=mini, env=EN)
    assert result.returncode == 2
    _told(
        result.stderr,
        findings,
        f"ohjelma: error: T2.2 is not in the goal files that load, and {GOAL2} does not load "
        "(the action may be there); fix it first (ohjelma lint), nothing was written",
    )


def test_two_files_that_do_not_load(mini: Path) -> None:
    _break(mini, GOAL2, "tab")
    text = (mini / GOAL1).read_text(encoding="utf-8")
    (mini / GOAL1).write_text(text.replace("\n  - tunnus:", "\n\t- tunnus:", 1), encoding="utf-8")
    findings = _findings(mini)
    result = run_cli("status", "set", "T3.1", "+", cwd=mini)
    assert result.returncode == 2
    _told(
        result.stderr,
        findings,
        f"ohjelma: virhe: toimenpidettä T3.1 ei ole latautuvissa tavoitetiedostoissa, ja "
        f"{GOAL1}, {GOAL2} eivät lataudu (toimenpide voi olla jossakin niistä); korjaa ne "
        "ensin (ohjelma lint), mitään ei kirjoitettu",
    )


def test_an_action_in_a_file_that_loads_waits_for_the_broken_one(mini: Path) -> None:
    """Edits need data that loads (exit 2, as every command): goal 2 might hold another T1.1."""
    _break(mini, GOAL2, "tab")
    findings = _findings(mini)
    before = (mini / GOAL1).read_bytes()
    result = run_cli("status", "set", "T1.1", "+", cwd=mini)
    assert result.returncode == 2
    _told(
        result.stderr,
        findings,
        "ohjelma: virhe: data ei lataudu; mitään ei kirjoitettu. Korjaa ensin yllä olevat "
        "virheet (ohjelma lint)",
    )
    assert (mini / GOAL1).read_bytes() == before


def test_a_file_that_parses_but_does_not_validate_is_read_for_its_ids(mini: Path) -> None:
    """Its keys can be read: T2.9 is not there, so it is unknown."""
    text = (mini / GOAL2).read_text(encoding="utf-8")
    (mini / GOAL2).write_text(text.replace("numero: 2", "numero: kaksi"), encoding="utf-8")
    unknown = run_cli("status", "set", "T2.9", "+", cwd=mini)
    assert unknown.returncode == 2
    assert "E202 'numero' pitää olla kokonaisluku, ei teksti 'kaksi'" in flat(unknown.stderr)
    assert "tuntematon" not in unknown.stderr
    held = run_cli("status", "set", "T2.2", "+", cwd=mini)
    assert held.returncode == 2
    assert f"T2.2 on tiedostossa {GOAL2}, joka ei lataudu; korjaa se ensin" in held.stderr


def test_unknown_when_every_goal_file_loads(mini: Path) -> None:
    result = run_cli("status", "set", "T2.9", "+", cwd=mini)
    assert result.returncode == 2
    assert result.stderr.startswith("ohjelma: virhe: tuntematon toimenpide 'T2.9'")


def _break_file(root: Path, path: str, old: str, new: str) -> bytes:
    text = (root / path).read_text(encoding="utf-8")
    assert old in text
    (root / path).write_text(text.replace(old, new, 1), encoding="utf-8")
    return (root / path).read_bytes()


@pytest.mark.parametrize(
    ("command", "path", "old", "new"),
    [
        (("period", "open", "1/2026"), "data/programme.yaml", "\n  - tunnus:", "\n\t- tunnus:"),
        (("period", "open", "1/2026"), str(GOAL2), "        eteneminen", "\teteneminen"),
        (
            ("indicator", "set", "kokeilumittari", "2024", "5"),
            "data/indicators/kokeilumittari.yaml", "\nnimi: ", "\nnimi: \"",
        ),
        (
            ("sheet", "import", "--dry-run", "t.xlsx"), str(GOAL2), "        eteneminen",
            "\teteneminen",
        ),
    ],
    ids=["period open, programme", "period open, goal", "indicator set", "sheet import"],
)
def test_other_edits_on_a_file_that_does_not_load(
    mini: Path, command: tuple[str, ...], path: str, old: str, new: str
) -> None:
    """The same answer: lint's findings for the file, exit 2, nothing written, no "unknown"."""
    assert run_cli("sheet", "export", "-o", "t.xlsx", cwd=mini).returncode == 0
    _break_file(mini, path, old, new)
    findings = _findings(mini) if path != "data/indicators/kokeilumittari.yaml" else None
    before = {p: p.read_bytes() for p in (mini / "data").rglob("*") if p.is_file()}
    result = run_cli(*command, cwd=mini)
    assert result.returncode == 2, result.stdout + result.stderr
    assert re.match(rf"{re.escape(path)}:\d+:\d+: E1\d\d ", result.stderr), result.stderr
    if findings is not None:
        assert result.stderr.startswith(findings)
    assert "tuntematon" not in result.stderr
    assert {p: p.read_bytes() for p in (mini / "data").rglob("*") if p.is_file()} == before
