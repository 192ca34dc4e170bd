"""A command that writes a file with -o names it on standard error, in the user's language;
without -o its output is on standard output and nothing is added to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import EN, run_cli, run_many

CALLS = [
    ["render", "-o", "raportti.html"],
    ["render", "-o", "raportti.md", "--lang", "en"],
    ["diff", "-o", "muutokset.md", "-f", "md"],
    ["lint", "-o", "lint.sarif", "-f", "sarif"],
]


@pytest.mark.parametrize(("env", "said"), [({}, "Kirjoitettiin tiedosto {}.\n"),
                                           (EN, "Wrote {}.\n")])
def test_each_file_written_is_named_once(mini: Path, env: dict[str, str], said: str) -> None:
    for call, answer in zip(CALLS, run_many(CALLS, cwd=mini, env=env), strict=True):
        written = call[2]
        assert (answer.code, answer.stdout, answer.stderr) == (0, "", said.format(written))
        assert (mini / written).stat().st_size > 0


def test_without_output_the_report_alone_is_on_standard_output(mini: Path) -> None:
    to_file, to_stdout = run_many([["render", "-o", "raportti.md"], ["render"]], cwd=mini)
    through = run_cli("render", "-o", "/dev/stdout", cwd=mini)
    assert (to_stdout.code, to_stdout.stderr) == (0, "")
    assert to_stdout.stdout == (mini / "raportti.md").read_text(encoding="utf-8")
    assert to_file.stderr == "Kirjoitettiin tiedosto raportti.md.\n"
    # a device is where the text went, not a file to find: no line about it
    assert (through.returncode, through.stderr) == (0, "")
    assert through.stdout == to_stdout.stdout
