"""Hostile text in titles, notes, names and projects comes out escaped and inert in every
output: HTML, Markdown, JSON, SARIF, GitLab, GitHub annotations and the terminal."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from tests.helpers import run_cli

# Made-up hostile strings, written as YAML double-quoted scalars (escapes allowed there).
HOSTILE = {
    "script": "<script>alert(1)</script>",
    "img": '<img src=x onerror=\\"alert(1)\\">',
    "table": "| a | b |\\n|---|---|",
    "template": "{{ 7*7 }} {% raw %}",
    "link": "[klikkaa](javascript:alert(1))",
    "ansi": "\\e[31mpunainen\\e[0m",
    "rtl": "abc\\u202Edcba",
    "comment": "<!-- piilo",
}
RAW_BAD = ("<script>", "<img", "\x1b", "\u202e", "49", "<!--")
# Plain-text formats carry markup as inert data; there only terminal controls matter.
CONTROLS = ("\x1b", "\u202e")


def _hostile(mini: Path, *, controls: bool = True) -> Path:
    """Hostile text everywhere; a control character (ESC) in a value is a lint error (E117)
    that the publishing commands refuse, so their outputs are tested without it."""
    text = " / ".join(v for k, v in HOSTILE.items() if controls or k != "ansi")
    goal = mini / "data" / "goals" / "01-ensimmainen.yaml"
    content = goal.read_text(encoding="utf-8")
    content = content.replace("nimi: Paraneva toimenpide", f'nimi: "T {text}"')
    content = content.replace("tilanne: Valmis.", f'tilanne: "N {text}\\nrivi 2"')
    # The project keeps its years: the publishing commands refuse years they cannot read.
    content = content.replace("- Kokeiluhanke (2024-25)", f'- "P {text} (2024-25)"')
    content = content.replace("      - Testipalvelut\n    seuranta:\n      1/2024:\n        "
                              'eteneminen: "-"',
                              f'      - "B {text}"\n    seuranta:\n      1/2024:\n        '
                              'eteneminen: "-"')
    goal.write_text(content, encoding="utf-8")
    if not controls:  # the publishing commands refuse an unknown body (E315): declare it
        registry = mini / "data" / "organisations.yaml"
        registry.write_text(registry.read_text(encoding="utf-8")
                            + f'  - nimi: "B {text}"\n', encoding="utf-8")
    return mini


def _assert_inert(text: str, bad_strings: tuple[str, ...] = RAW_BAD) -> None:
    for bad in bad_strings:
        assert bad not in text, bad


@pytest.mark.parametrize("lang", [[], ["--lang", "en"]])  # English: the Finnish marked apart
def test_html_report(mini: Path, lang: list[str]) -> None:
    result = run_cli("--root", str(_hostile(mini, controls=False)), "render", "-f", "html",
                     *lang)
    assert result.returncode == 0, result.stderr
    body = result.stdout.split("<body>", 1)[1]
    _assert_inert(body)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "{{ 7*7 }} {% raw %}" in body
    assert "abc\\u202edcba" in body


def test_a_report_of_data_with_a_control_character_is_refused(mini: Path) -> None:
    result = run_cli("--root", str(_hostile(mini)), "render", "-f", "html")
    assert result.returncode != 0 and result.stdout == ""
    assert "E117 kohdassa 'tilanne' (toimenpide T1.1, kausi 1/2025) on ohjausmerkki U+001B" in (
        result.stderr)
    _assert_inert(result.stderr, CONTROLS)


def test_markdown_report(mini: Path) -> None:
    result = run_cli("--root", str(_hostile(mini, controls=False)), "render", "-f", "md")
    assert result.returncode == 0, result.stderr
    # Markdown's own escape, not HTML's: every '<' of the data has its backslash ('\\<script>'),
    # the only tags are the report's own line breaks.
    assert re.findall(r"(?<!\\)<(?!br>)", result.stdout) == []
    assert "\\<script>alert(1)\\</script>" in result.stdout
    _assert_inert(result.stdout, tuple(bad for bad in RAW_BAD if not bad.startswith("<")))
    html = MarkdownIt("commonmark").enable("table").render(result.stdout)
    _assert_inert(html)
    assert 'href="javascript' not in html
    for table in html.split("<table>")[1:]:
        rows = table.split("</table>")[0].split("<tr>")[1:]
        assert len({r.count("<td") + r.count("<th") for r in rows}) == 1


@pytest.mark.parametrize("fmt", ["text", "json", "github", "gitlab", "sarif"])
def test_lint_outputs(mini: Path, fmt: str) -> None:
    result = run_cli("lint", "--format", fmt, cwd=_hostile(mini))
    assert result.returncode == 1  # the hostile body is unknown: E315
    assert "E315" in result.stdout
    _assert_inert(result.stdout, CONTROLS)
    if fmt in ("json", "gitlab", "sarif"):
        json.loads(result.stdout)
    if fmt == "github":
        assert all(line.startswith("::") for line in result.stdout.splitlines())


@pytest.mark.parametrize("fmt", ["text", "md", "json"])
def test_diff_outputs(mini: Path, fmt: str) -> None:
    result = run_cli("diff", "--format", fmt, cwd=_hostile(mini, controls=False))
    assert result.returncode == 0, result.stderr
    _assert_inert(result.stdout, CONTROLS)
    if fmt == "md":
        _assert_inert(MarkdownIt("commonmark").enable("table").render(result.stdout))
    if fmt == "json":
        json.loads(result.stdout)


def test_terminal_status_show(mini: Path) -> None:
    result = run_cli("status", "show", "T1.1", cwd=_hostile(mini, controls=False))
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
