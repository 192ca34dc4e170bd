"""What an editor sees when the CLI is pushed: typer's completion options, a dumb terminal, a
settings file that is not a file, a mistyped year and a past period (exit code, the exact
Finnish line, nothing written)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import run_cli, run_many

pytestmark = pytest.mark.slow  # processes and a pseudo-terminal


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".ohjelma_cache" not in p.parts
    }


def test_completion_options_speak_finnish_and_name_the_shell(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = run_cli("--install-completion", "fish", env={"HOME": str(home)})
    path = home / ".config" / "fish" / "completions" / "ohjelma.fish"
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        f"Komentojen täydennys (fish) asennettiin tiedostoon {path}.\n"
        "Täydennys toimii, kun avaat uuden pääteikkunan.\n"
    )
    assert path.is_file() and "\x1b" not in done.stdout
    shown = run_cli("--show-completion", "zsh")
    assert shown.returncode == 0 and shown.stdout.startswith("#compdef ohjelma")
    refused = run_cli("--install-completion", "tcsh", env={"HOME": str(home)})
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == (
        "ohjelma: virhe: komentotulkille 'tcsh' ei ole täydennystä; se on saatavilla näille: "
        "bash, zsh, fish, powershell, pwsh\n"
    )


def test_every_help_is_finnish(tmp_path: Path) -> None:
    """The options typer adds by itself (completion, --help) are worded in every help."""
    commands = [[], ["period"], ["period", "open"], ["status", "set"], ["indicator", "set"],
                ["lint"], ["render"], ["diff"], ["fmt"], ["sheet"], ["sheet", "export"],
                ["sheet", "import"], ["export"], ["schema"], ["rules"]]
    for answer in run_many([[*c, "--help"] for c in commands], cwd=tmp_path):
        assert answer.code == 0
        for english in ("Install completion", "Show completion", "Show this message",
                        "Usage:", "Options", "Arguments", "Commands", "[default"):
            assert english not in answer.stdout, (english, answer.stdout[:80])
    root_help = run_many([["--help"]], cwd=tmp_path)[0].stdout
    assert "Asenna komentojen täydennys nykyiseen komentotulkkiin" in root_help


def _on_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> bytes:
    """The bytes a terminal would show: standard output and error are a pseudo-terminal."""
    main, secondary = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environment.update(env)
    process = subprocess.Popen(
        [sys.executable, "-m", "kuopio_ohjelma", *args], cwd=cwd, env=environment,
        stdout=secondary, stderr=secondary, stdin=subprocess.DEVNULL,
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(main)
    return b"".join(chunks)


def test_no_colour_on_a_dumb_terminal_or_with_no_color(mini: Path) -> None:
    goal = next((mini / "data" / "goals").glob("*.yaml"))
    goal.write_text(goal.read_text(encoding="utf-8") + "tuntematon: 1\n", encoding="utf-8")
    coloured = _on_terminal(["lint", "--no-cache"], mini, {"TERM": "xterm"})
    assert b"\x1b[" in coloured  # the check below can fail
    for env in ({"TERM": "dumb"}, {"TERM": "xterm", "NO_COLOR": "1"}):
        for args in (["lint", "--no-cache"], ["diff"], ["--help"], ["lint", "--bogus"]):
            assert b"\x1b" not in _on_terminal(args, mini, env), (env, args)


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.mkdir(),
        lambda p: p.symlink_to(p.name),
        lambda p: p.symlink_to("nowhere.toml"),
        lambda p: os.mkfifo(p),
    ],
    ids=["folder", "loop", "broken-link", "fifo"],
)
def test_a_settings_file_that_is_not_a_file_stops_every_command(mini: Path, make: object) -> None:
    config = mini / "ohjelma.toml"
    make(config)  # type: ignore[operator]
    before = _tree(mini)
    calls = [["lint"], ["render"], ["diff"], ["status", "set", "T1.1", "+"],
             ["period", "open", "1/2026"], ["sheet", "export", "-o", "t.xlsx"],
             ["sheet", "import", "t.xlsx"], ["fmt"], ["export", "-o", "out"],
             ["indicator", "set", "kokeilumittari", "2024", "1"]]
    for call, answer in zip(calls, run_many(calls, cwd=mini), strict=True):
        assert answer.code == 2, call
        assert answer.stderr.startswith("ohjelma: virhe: ohjelma.toml:1:1: tämän pitäisi olla "
                                        "asetustiedosto: "), (call, answer.stderr)
        assert "Traceback" not in answer.stderr and answer.stdout == ""
    assert _tree(mini) == before


def test_a_mistyped_year_names_the_form_and_the_guess(mini: Path) -> None:
    before = _tree(mini)
    calls = [["indicator", "set", "kokeilumittari", when, "5"]
             for when in ("20230", "2O23", "abc")]
    answers = run_many(calls, cwd=mini)
    expected = ("'{}' ei ole vuosi eikä kausi: kirjoita vuosi neljällä numerolla (esim. 2023) "
                "tai kausi muodossa <numero>/<vuosi> (esim. 1/2024)")
    assert [a.code for a in answers] == [2, 2, 2]
    assert answers[0].stderr == f"ohjelma: virhe: {expected.format('20230')}; tarkoititko '2023'?\n"
    assert answers[1].stderr == f"ohjelma: virhe: {expected.format('2O23')}; tarkoititko '2023'?\n"
    assert answers[2].stderr == f"ohjelma: virhe: {expected.format('abc')}\n"
    assert _tree(mini) == before


def test_a_year_out_of_range_is_refused_with_the_swap_meant(mini: Path) -> None:
    before = _tree(mini)
    calls = [["indicator", "set", "kokeilumittari", year, "5"] for year in ("2205", "1850")]
    swapped, early = run_many(calls, cwd=mini)
    assert (swapped.code, early.code) == (2, 2)
    assert swapped.stderr == (
        "ohjelma: virhe: 2205 ei voi olla arvon vuosi (1900–2100); tarkoititko '2025'?\n")
    assert early.stderr == "ohjelma: virhe: 1850 ei voi olla arvon vuosi (1900–2100)\n"
    assert _tree(mini) == before


def test_a_past_or_declared_period_says_what_to_do(mini: Path) -> None:
    before = _tree(mini)
    past, declared = run_many([["period", "open", "1/2023"], ["period", "open", "1/2025"]], mini)
    assert (past.code, declared.code) == (2, 2)
    assert past.stderr == (
        "ohjelma: virhe: kausi '1/2023' on ennen viimeisintä kautta '1/2025': period open lisää "
        "seuraavan kauden viimeisimmän perään, esim. 'ohjelma period open 1/2026'; aiempi kausi "
        "kirjoitetaan käsin tiedostoon data/programme.yaml kohtaan kaudet omalle paikalleen "
        "(vanhin ensin)\n"
    )
    assert declared.stderr == (
        "ohjelma: virhe: kausi '1/2025' on jo esitelty; kirjaa sen tilanteet komennolla "
        "'ohjelma status set TOIMENPIDE MERKKI --period 1/2025' tai avaa seuraava kausi: "
        "'ohjelma period open 1/2026'\n"
    )
    assert _tree(mini) == before


def test_a_pasted_mile_long_value_is_refused_unechoed_and_nothing_written(mini: Path) -> None:
    before = _tree(mini)
    long = "a" * 100_000
    calls = [["period", "open", "1/2026", "--label", long],
             ["status", "set", "T1.1", "+", "--note", long],
             ["indicator", "set", "kokeilumittari", "2024", "1", "--unit", long],
             ["lint", "-f", long], ["status", "set", long, "+"], ["--lang", long, "lint"]]
    answers = [run_cli(*call, cwd=mini) for call in calls]
    assert [a.returncode for a in answers] == [2] * len(calls)
    assert [a.stderr for a in answers] == [
        "ohjelma: virhe: valitsimen --label arvossa on 100\u00a0000 merkkiä; enintään 200 mahtuu; "
        "liitettiinkö jotain vahingossa?\n",
        "ohjelma: virhe: valitsimen --note arvossa on 100\u00a0000 merkkiä; enintään 5000 mahtuu; "
        "liitettiinkö jotain vahingossa?\n",
        "ohjelma: virhe: valitsimen --unit arvossa on 100\u00a0000 merkkiä; enintään 50 mahtuu; "
        "liitettiinkö jotain vahingossa?\n",
        *["ohjelma: virhe: komentorivin arvossa on 100\u00a0000 merkkiä; enintään 4096 mahtuu; "
          "liitettiinkö jotain vahingossa?\n"] * 2,
        "ohjelma: virhe: valitsimen --lang arvossa on 100\u00a0000 merkkiä; enintään 20 mahtuu; "
        "liitettiinkö jotain vahingossa?\n",
    ]
    assert _tree(mini) == before


def test_a_long_unknown_id_is_echoed_cut(mini: Path) -> None:
    (answer,) = run_many([["status", "set", "T" + "9" * 300, "+"]], cwd=mini)
    assert answer.code == 2
    assert f"'T{'9' * 79}… (301 merkkiä)'" in answer.stderr
    assert len(answer.stderr) < 400
