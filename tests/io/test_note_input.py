"""An empty note file or an empty pipe never clears a note: only --clear-note or --note ""
do (README), so a mistake with a file or a pipe loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import EN, run_cli

GOAL = Path("data") / "goals" / "01-ensimmainen.yaml"


@pytest.mark.parametrize("content", [b"", b"  \n\t\n", b"\xef\xbb\xbf", b"\r\n"])
def test_an_empty_note_file_is_refused(mini: Path, content: bytes) -> None:
    (mini / "e.txt").write_bytes(content)
    before = (mini / GOAL).read_bytes()
    result = run_cli("status", "set", "T1.2", "+", "--note-file", "e.txt", cwd=mini)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "ohjelma: virhe: --note-file e.txt: tilannekuvaus on tyhjä; mitään ei muutettu. Jos "
        'tilannekuvaus halutaan tyhjentää, käytä valitsinta --clear-note (tai --note "")\n'
    )
    assert (mini / GOAL).read_bytes() == before


@pytest.mark.parametrize("stdin", ["", "\n  \n"])
def test_an_empty_pipe_is_refused(mini: Path, stdin: str) -> None:
    before = (mini / GOAL).read_bytes()
    result = run_cli("status", "set", "T1.2", "+", "--note", "-", cwd=mini, env=EN, stdin=stdin)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "ohjelma: error: --note -: the note is empty; nothing was changed. To empty the note, "
        'use --clear-note (or --note "")\n'
    )
    assert (mini / GOAL).read_bytes() == before


def test_clearing_stays_explicit(mini: Path) -> None:
    result = run_cli("status", "set", "T1.2", "+", "--note", "", cwd=mini)
    assert result.returncode == 0, result.stderr
    assert "tilanne tyhjennettiin" in result.stdout
    assert "Hidastui." not in (mini / GOAL).read_text(encoding="utf-8")


@pytest.mark.parametrize("how", ["file", "option"])
def test_old_mac_line_endings_become_line_breaks(mini: Path, how: str) -> None:
    """A lone \\r (old Mac line ending, some copy-paste) is a line break, as in a workbook
    cell; kept, it reached the report as the escape '\\u000d'."""
    (mini / "cr.txt").write_bytes(b"rivi1\rrivi2\r")
    source = ["--note-file", "cr.txt"] if how == "file" else ["--note", "rivi1\rrivi2"]
    result = run_cli("status", "set", "T1.2", "+", *source, cwd=mini)
    assert result.returncode == 0, result.stderr
    text = (mini / GOAL).read_text(encoding="utf-8")
    assert "tilanne: |-\n          rivi1\n          rivi2\n" in text, text
    assert "\\r" not in text


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"], ids=["LS", "PS", "NEL"])
@pytest.mark.parametrize("how", ["file", "option", "stdin"])
def test_line_and_paragraph_separators_become_line_breaks(
    mini: Path, how: str, separator: str
) -> None:
    """Word's and web pages' line and paragraph separators and NEL are line breaks, as a lone
    \\r is (io/notes.line_breaks): YAML reads them as line breaks too, so kept raw they would
    break the file's lines for its reader."""
    note = f"rivi1{separator}rivi2"
    (mini / "ls.txt").write_bytes(note.encode("utf-8"))
    source = {"file": ["--note-file", "ls.txt"], "option": ["--note", note],
              "stdin": ["--note", "-"]}[how]
    result = run_cli("status", "set", "T1.2", "+", *source, cwd=mini,
                     stdin=note if how == "stdin" else "")
    assert (result.returncode, result.stderr) == (0, "")
    text = (mini / GOAL).read_text(encoding="utf-8")
    assert "tilanne: |-\n          rivi1\n          rivi2\n" in text, text
    assert separator not in text
    assert run_cli("lint", cwd=mini).returncode == 0


def test_a_latin1_note_file_says_how_to_save_it(mini: Path) -> None:
    (mini / "l.txt").write_bytes("Hanke käynnistyi.".encode("latin-1"))
    before = (mini / GOAL).read_bytes()
    result = run_cli("status", "set", "T1.2", "+", "--note-file", "l.txt", cwd=mini)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (  # the hint lint's E102 gives a data file
        "ohjelma: virhe: --note-file l.txt: ei ole UTF-8-tekstiä (tavu 8) (tiedosto näyttää "
        "olevan Windows-1252- eli cp1252-merkistössä); tallenna tiedosto UTF-8-muodossa "
        "(VS Code: 'Save with Encoding' → UTF-8)\n"
    )
    assert (mini / GOAL).read_bytes() == before


BLANKS = [" ", "\n", "\u00a0", "\t \r\n", "\u200b", "\u3000"]


@pytest.mark.parametrize("blank", BLANKS)
@pytest.mark.parametrize("given", ["--note", "--note-file", "--note -"])
def test_a_blank_note_is_refused_however_it_is_given(
    mini: Path, blank: str, given: str
) -> None:
    """One rule for the three ways in: only --note "" or --clear-note empties a note."""
    before = (mini / GOAL).read_bytes()
    (mini / "n.txt").write_text(blank, encoding="utf-8", newline="")
    args = {"--note": ["--note", blank], "--note-file": ["--note-file", "n.txt"],
            "--note -": ["--note", "-"]}[given]
    result = run_cli("status", "set", "T1.2", "-", *args, cwd=mini, env=EN, stdin=blank)
    where = {"--note": "--note", "--note-file": "--note-file n.txt", "--note -": "--note -"}
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"ohjelma: error: {where[given]}: the note is empty; nothing was changed. To empty "
        'the note, use --clear-note (or --note "")\n'
    )
    assert (mini / GOAL).read_bytes() == before
