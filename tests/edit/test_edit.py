"""Editing commands: round trip byte for byte, one-assessment diffs, refusals, atomic writes."""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kuopio_ohjelma.io import atomic as atomic
from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt, load_rt
from tests.conftest import INDICATORS, MINI, REPO
from tests.helpers import EN, report_lines, run_cli

SHIPPED_FILES = sorted((REPO / "data").rglob("*.yaml")) + sorted((MINI / "data").rglob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_round_trip_is_byte_identical(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert dump_rt(load_rt(text)) == text


def _changed_lines(before: str, after: str) -> list[str]:
    return [
        line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


GOAL4 = "data/goals/04-yritysmyonteisen-toimintakulttuurin-edistaminen.yaml"


def test_status_set_adds_only_the_assessment(shipped: Path) -> None:
    assert run_cli("period", "open", "1/2025", "--label", "Tilanne 1/2025",
                   cwd=shipped).returncode == 0
    goal = shipped / GOAL4
    before = goal.read_text(encoding="utf-8")
    result = run_cli("status", "set", "T4.1", "?", "--note", "Kysely tehdään syksyllä.",
                     cwd=shipped)
    assert result.returncode == 0, result.stderr
    assert _changed_lines(before, goal.read_text(encoding="utf-8")) == [
        "+      1/2025:",
        '+        eteneminen: "?"',
        "+        tilanne: Kysely tehdään syksyllä.",
    ]


def test_status_set_replaces_an_existing_assessment_in_place(shipped: Path) -> None:
    goal = shipped / GOAL4
    before = goal.read_text(encoding="utf-8")
    result = run_cli("status", "set", "T4.2", "+/-", "--note", "-", cwd=shipped,
                     stdin="Laajentunut osittain.\nSeuraava askel 2025.  \n")
    assert result.returncode == 0, result.stderr
    after = goal.read_text(encoding="utf-8")
    assert sorted(_changed_lines(before, after)) == sorted([
        '-        eteneminen: "?"',
        "-        tilanne: Ei ilmeisesti laajentunut?",
        '+        eteneminen: "+/-"',
        "+        tilanne: |-",
        "+          Laajentunut osittain.",
        "+          Seuraava askel 2025.",
    ])
    assert "# Tavoite 4.\n" in after
    assert 'huomautus: tilanne 1/2024 on kysymys "Ei ilmeisesti laajentunut?"' in after


def test_note_file_and_status_show(mini: Path) -> None:
    note = mini / "note.txt"
    note.write_text("Pitkä tilanneteksti.\n\nToinen kappale.", encoding="utf-8")
    assert run_cli("status", "set", "T2.2", "+", "--note-file", str(note), cwd=mini).returncode == 0
    shown = run_cli("status", "show", "T2.2", cwd=mini)
    assert shown.stdout == (
        "T2.2 Uusi toimenpide\nTavoite 2. Toinen tavoite\n\n"
        "Tilanne 1/2024: arvio puuttuu\n"
        "Tilanne 1/2025: + Etenee myönteisesti\n"
        "    Pitkä tilanneteksti.\n    \n    Toinen kappale.\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["status", "set", "T1.1", "++", "--note", "x"],
         "eteneminen '++' ei ole asteikolla; sallitut: \"+\""),
        (["status", "set", "T1.9", "+", "--note", "x"], "tuntematon toimenpide 'T1.9'"),
        (["status", "set", "T1.1", "+", "--period", "3/2025", "--note", "x"],
         "tuntematon kausi '3/2025'"),
        (["status", "show", "T9.9"], "tuntematon toimenpide 'T9.9'"),
        (["period", "open", "1/2025", "--label", "x"], "on jo esitelty"),
        (["period", "open", "1/2023", "--label", "x"], "ennen viimeisintä kautta '1/2025'"),
        (["period", "open", "kevät", "--label", "x"], "ei ole kauden tunnus"),
    ],
)
def test_refusals_write_nothing(mini: Path, args: list[str], message: str) -> None:
    before = {p: p.read_bytes() for p in mini.rglob("*") if p.is_file()}
    result = run_cli(*args, cwd=mini)
    assert result.returncode == 2
    assert message in result.stderr
    assert {p: p.read_bytes() for p in mini.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    ("mark", "meant"),
    [("etenee", "+"), ("Etenee myönteisesti", "+"), ("\u201d+\u201d", "+"), ("+-", "+/-"),
     ("+/", "+/-"), ("+-?", "+/-?")],  # a look-alike dash is read: tests/sheets/test_typed_marks
)
def test_look_alike_mark_is_refused_with_the_mark_meant(mini: Path, mark: str, meant: str) -> None:
    before = {p: p.read_bytes() for p in mini.rglob("*") if p.is_file()}
    result = run_cli("status", "set", "T1.1", mark, "--note", "x", cwd=mini)
    assert result.returncode == 2
    assert result.stderr == (
        f"ohjelma: virhe: eteneminen '{mark}' ei ole asteikolla; tarkoititko \"{meant}\"?\n"
    )
    assert {p: p.read_bytes() for p in mini.rglob("*") if p.is_file()} == before


def test_refuses_to_write_a_file_that_would_not_load(mini: Path) -> None:
    goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
    goal.write_text(goal.read_text().replace("nimi: Heikkenevä toimenpide",
                                             "nimii: Heikkenevä toimenpide"))
    before = goal.read_bytes()
    result = run_cli("status", "set", "T1.1", "+", "--note", "x", cwd=mini, env=EN)
    assert result.returncode == 2  # data that does not load: exit 2, as in every command
    # The mistyped key is the one finding (not also "'nimi' missing"), with its did-you-mean.
    assert "01-ensimmainen.yaml:22:5: E203 unknown key 'nimii' in action T1.2" in result.stderr
    assert "did you mean 'nimi'?" in result.stderr
    assert "T1.1 is in data/goals/01-ensimmainen.yaml, which does not load" in result.stderr
    assert goal.read_bytes() == before


def test_checked_edit_refuses_invalid_text(mini: Path) -> None:
    from kuopio_ohjelma.edit.checked import EditError, checked_edit
    from kuopio_ohjelma.model import Goal

    document = load_repository(mini).documents[Path(mini / "data/goals/02-toinen.yaml")]
    broken = document.source.text.replace("numero: 2", "numero: kaksi")
    with pytest.raises(EditError, match="mitään ei kirjoitettu") as refused:
        checked_edit(document.source, document.source.raw, broken, Goal)
    assert [(p.code, p.position.line) for p in refused.value.problems] == [("E202", 2)]


def test_line_endings_and_bom_are_kept(mini: Path) -> None:
    goal = mini / "data" / "goals" / "02-toinen.yaml"
    goal.write_bytes(b"\xef\xbb\xbf" + goal.read_bytes().replace(b"\n", b"\r\n"))
    assert run_cli("status", "set", "T2.1", "+", "--note", "Taas hyvin.", cwd=mini).returncode == 0
    raw = goal.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert b'        eteneminen: "+"\r\n        tilanne: Taas hyvin.\r\n' in raw


def test_fmt_writes_lf_without_a_byte_order_mark(mini: Path) -> None:
    """lint's W106 and W105 say to run fmt: fmt --check lists such files, fmt fixes them."""
    crlf = mini / "data" / "goals" / "01-ensimmainen.yaml"
    bom = mini / "data" / "goals" / "02-toinen.yaml"
    house = {path: path.read_bytes() for path in (crlf, bom)}
    crlf.write_bytes(house[crlf].replace(b"\n", b"\r\n"))
    bom.write_bytes(b"\xef\xbb\xbf" + house[bom])
    lint = run_cli("lint", cwd=mini)
    assert "W106" in lint.stdout and "W105" in lint.stdout and "aja ohjelma fmt" in lint.stdout
    check = run_cli("fmt", "--check", cwd=mini)
    assert (check.returncode, check.stdout) == (
        1, "muotoiltaisiin data/goals/01-ensimmainen.yaml\n"
        "muotoiltaisiin data/goals/02-toinen.yaml\n",
    )
    assert crlf.read_bytes() == house[crlf].replace(b"\n", b"\r\n")
    done = run_cli("fmt", cwd=mini)
    assert done.returncode == 0, done.stderr
    assert {path: path.read_bytes() for path in house} == house
    assert run_cli("fmt", "--check", cwd=mini).stdout == ""
    assert "W10" not in run_cli("lint", cwd=mini).stdout


def test_fmt_is_a_no_op_on_shipped_data() -> None:
    result = run_cli("--root", str(REPO), "fmt", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_fmt_writes_house_format_and_is_idempotent(mini: Path) -> None:
    goal = mini / "data" / "goals" / "02-toinen.yaml"
    messy = goal.read_text().replace(
        'numero: 2\npainopiste: beta\nnimi: Toinen tavoite\n',
        'nimi: Toinen tavoite   # otsikko\npainopiste: beta\nnumero: 2\n',
    ).replace('eteneminen: "?"\n        tilanne: Ei tietoa tällä kertaa.',
              "tilanne: Ei tietoa tällä kertaa.\n        eteneminen: '?'")
    goal.write_text(messy)
    data_before = load_repository(mini).programme
    check = run_cli("fmt", "--check", cwd=mini)
    assert check.returncode == 1
    assert check.stdout == "muotoiltaisiin data/goals/02-toinen.yaml\n"
    assert goal.read_text() == messy
    assert run_cli("fmt", cwd=mini).returncode == 0
    formatted = goal.read_text()
    assert formatted.startswith("# MADE-UP TEST DATA.\nnumero: 2\npainopiste: beta\n"
                                "nimi: Toinen tavoite   # otsikko\n")
    assert 'eteneminen: "?"\n        tilanne: Ei tietoa tällä kertaa.' in formatted
    assert load_repository(mini).programme == data_before
    assert run_cli("fmt", "--check", cwd=mini).returncode == 0


def test_fmt_leaves_broken_files_alone(mini: Path) -> None:
    goal = mini / "data" / "goals" / "02-toinen.yaml"
    goal.write_text("numero: [2\n")
    result = run_cli("fmt", cwd=mini)
    assert result.returncode == 1
    assert "02-toinen.yaml:1:9: E101" in result.stderr
    assert goal.read_text() == "numero: [2\n"


@pytest.mark.parametrize("fail_at", ["write", "fsync", "chmod", "replace"])
def test_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               fail_at: str) -> None:
    target = tmp_path / "x.yaml"
    target.write_bytes(b"old\n")
    calls = {"write": "fdopen", "fsync": "fsync", "chmod": "chmod", "replace": "replace"}

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("injected fault")

    monkeypatch.setattr(atomic.os, calls[fail_at], boom)
    with pytest.raises(OSError, match="injected fault"):
        atomic.write_bytes_atomic(target, b"new\n")
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.yaml"]


def test_concurrent_status_sets_keep_every_change(mini: Path) -> None:
    actions = ["T1.1", "T1.2", "T1.3"]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "kuopio_ohjelma", "status", "set", action, "+",
             "--note", f"Rinnakkain {action}."],
            cwd=mini, env={**os.environ}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        for action in actions
    ]
    assert [p.wait(timeout=60) for p in processes] == [0, 0, 0]
    programme = load_repository(mini).programme
    assert programme is not None
    notes = {a.id: a.assessments["1/2025"].note for _, a in programme.all_actions()
             if a.id in actions}
    assert all(notes[action] == f"Rinnakkain {action}." for action in actions)


def test_a_file_changed_meanwhile_is_not_overwritten(
    mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kuopio_ohjelma.edit.checked import EditError, commit

    monkeypatch.setenv("OHJELMA_LANG", "en")
    from kuopio_ohjelma.edit.status import StatusChange, set_status

    edit = set_status(mini, StatusChange("T1.1", None, "+", "Uusi.")).edit
    someone_else = edit.original + b"# someone else's edit\n"
    edit.path.write_bytes(someone_else)
    with pytest.raises(EditError, match="changed by someone else"):
        commit(edit)
    assert edit.path.read_bytes() == someone_else


def test_period_open_appends_and_keeps_every_other_byte(mini: Path) -> None:
    programme = mini / "data" / "programme.yaml"
    before = programme.read_text(encoding="utf-8")
    # A comment and unusual spacing elsewhere: a textual append must leave both alone.
    odd = before.replace("kaudet:", "# kaudet vanhimmasta uusimpaan\nkaudet:", 1)
    programme.write_text(odd, encoding="utf-8")
    result = run_cli("period", "open", "1/2026", "--label", "Tilanne: 1/2026", cwd=mini)
    assert result.returncode == 0, result.stderr
    assert _changed_lines(odd, programme.read_text(encoding="utf-8")) == [
        "+  - tunnus: 1/2026",
        "+    nimi: 'Tilanne: 1/2026'",
    ]


def test_status_set_finds_a_moved_action_but_not_past_another_broken_goal(mini: Path) -> None:
    """The action is found wherever its number points; a broken indicator file does not
    stop a status edit, but another goal file that does not load does (nothing written)."""
    goals = mini / "data" / "goals"
    first, second = sorted(goals.glob("*.yaml"))
    text = second.read_text(encoding="utf-8")
    second.write_text(text.replace("tunnus: T2.1", "tunnus: T1.7", 1), encoding="utf-8")
    (mini / "data" / "indicators" / "rikki.yaml").write_text("nimi: [\n", encoding="utf-8")
    result = run_cli("status", "set", "T1.7", "-", "--note", "Siirretty.", cwd=mini)
    assert result.returncode == 0, result.stderr
    assert "Siirretty." in second.read_text(encoding="utf-8")
    # Not found: every file is read, so the broken one is what is said, not "unknown action".
    unknown = run_cli("status", "set", "T2.1", "+", "--note", "x", cwd=mini)
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("data/indicators/rikki.yaml:1:7: E101")
    (mini / "data" / "indicators" / "rikki.yaml").unlink()
    unknown = run_cli("status", "set", "T2.1", "+", "--note", "x", cwd=mini)
    assert unknown.returncode == 2 and "tuntematon toimenpide 'T2.1'" in unknown.stderr
    first.write_text(first.read_text(encoding="utf-8") + "\n: rikki [\n", encoding="utf-8")
    before = second.read_bytes()
    refused = run_cli("status", "set", "T1.7", "+", "--note", "Taas.", cwd=mini)
    assert refused.returncode == 2
    assert refused.stderr.startswith("data/goals/01-ensimmainen.yaml:")
    assert refused.stderr.endswith("ohjelma: virhe: data ei lataudu; mitään ei kirjoitettu. "
                                   "Korjaa ensin yllä olevat virheet (ohjelma lint)\n")
    assert second.read_bytes() == before
    # T2.1 is nowhere in the files that load, but the broken one may hold it: not "unknown"
    unknown = run_cli("status", "set", "T2.1", "+", "--note", "x", cwd=mini)
    assert unknown.returncode == 2 and "tuntematon" not in unknown.stderr
    assert unknown.stderr.endswith(
        f"ohjelma: virhe: toimenpidettä T2.1 ei ole latautuvissa tavoitetiedostoissa, ja "
        f"data/goals/{first.name} ei lataudu (toimenpide voi olla siinä); korjaa se ensin "
        "(ohjelma lint), mitään ei kirjoitettu\n"
    )


def test_status_show_prints_a_tab_as_a_tab_and_an_escape_is_never_written(mini: Path) -> None:
    note = "Arvio\ttehty, punainen"
    assert run_cli("status", "set", "T2.2", "+", "--note", note, cwd=mini).returncode == 0
    shown = run_cli("status", "show", "T2.2", cwd=mini)
    assert shown.stdout.endswith("    Arvio\ttehty, punainen\n")
    refused = run_cli("status", "set", "T2.2", "+", "--note", "\x1b[31mpunainen", cwd=mini)
    assert refused.returncode == 2 and "ohjausmerkki U+001B" in refused.stderr


def test_fmt_points_at_mistakes_where_the_file_has_them(tmp_path: Path) -> None:
    """A key out of the house order above the mistakes: the positions are those of the file
    as it is (the same as lint's), not of the text fmt would have written; nothing written."""
    root = tmp_path / "repo"
    shutil.copytree(INDICATORS, root)
    path = root / "data/indicators/keksitty-osuus.yaml"
    text = path.read_text(encoding="utf-8").replace("suunta: ylös\n", "")
    text = text.replace("nimi: Keksitty osuus\n", "nimi: Keksitty osuus\nsuunta: ylös\n")
    text = text.replace("arvo: 70.1", 'arvo: "70,1"').replace(
        "  - vuosi: 2023\n", "  - vuosi: 2023\n    tuntematon: 1\n")
    path.write_text(text, encoding="utf-8")
    expected = [
        "data/indicators/keksitty-osuus.yaml:25:11: E601 arvo on kirjoitettu tekstinä '70,1' "
        "eikä lukuna",
        "data/indicators/keksitty-osuus.yaml:27:5: E203 tuntematon avain 'tuntematon' kohdassa "
        "arvo 2023",
    ]
    for args in (["fmt"], ["fmt", "--check"]):
        result = run_cli(*args, cwd=root)
        assert result.returncode == 1
        assert [line for line in report_lines(result.stderr) if ": E" in line] == expected
        assert path.read_text(encoding="utf-8") == text
    lint = run_cli("lint", cwd=root)
    assert [line for line in report_lines(lint.stdout) if ": E" in line] == expected


@pytest.mark.parametrize(("args", "last_line"), [
    (["--hlep"], "ohjelma: virhe: tuntematon valitsin: --hlep; tarkoititko '--help'?"),
    (["T1.1", "+", "--notee", "x"],
     "ohjelma: virhe: tuntematon valitsin: --notee; tarkoititko '--note'?"),
])
def test_a_mistyped_long_option_is_named_not_taken_for_a_mark(
    mini: Path, args: list[str], last_line: str
) -> None:
    before = {p: p.read_bytes() for p in mini.rglob("*") if p.is_file()}
    result = run_cli("status", "set", *args, cwd=mini)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == last_line
    assert {p: p.read_bytes() for p in mini.rglob("*") if p.is_file()} == before


def test_a_note_may_start_with_two_dashes(mini: Path) -> None:
    result = run_cli("status", "set", "T1.1", "-?", "--note", "-- lisätty myöhemmin", cwd=mini)
    assert result.returncode == 0, result.stderr
    assert "tilanne: -- lisätty myöhemmin" in (mini / "data/goals/01-ensimmainen.yaml").read_text(
        encoding="utf-8")
