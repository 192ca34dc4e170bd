"""WCAG 3.1.2 Language of Parts: `render --lang en` writes its own words in English around
the programme's Finnish, and every piece of the programme's text is inside an element marked
lang="fi", so that a screen reader reads it as Finnish. The Finnish page adds nothing."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pydantic import BaseModel

from kuopio_ohjelma.io.loader import load_repository
from tests.conftest import INDICATORS, MINI, REPO
from tests.helpers import run_cli

pytestmark = pytest.mark.slow  # each case renders the real page in a subprocess

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
# The fields of the data that hold the programme's own words (ids, codes, marks, URLs,
# licences and numbers are not words of a language).
TEXT_FIELDS = {"name", "title", "text", "note", "label", "strategy", "action_period",
               "source", "aliases", "unit"}
# Known limits, said in the README: an SVG chart's <title> is one sentence of our words and
# the programme's, which no markup inside it can split.
SKIPPED = {"style", "script"}


class _Parts(HTMLParser):
    """Each text node with the language it is in (the nearest lang attribute)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.nodes: list[tuple[str, str, str]] = []  # (language, element, text)
        self.chart_titles: list[str] = []
        self.langs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        lang = dict(attrs).get("lang")
        if lang is not None:
            self.langs.append(lang)
        if tag not in VOID:
            self.stack.append((tag, lang))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if dict(attrs).get("lang") is not None:
            self.langs.append(str(dict(attrs)["lang"]))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if not data.strip() or not self.stack:
            return
        lang = next((lang for _, lang in reversed(self.stack) if lang), "")
        tag = self.stack[-1][0]
        if tag == "title" and any(name == "svg" for name, _ in self.stack):
            self.chart_titles.append(data)  # see SKIPPED
            return
        self.nodes.append((lang, tag, data))


def _parts(html: str) -> _Parts:
    parser = _Parts()
    parser.feed(html)
    return parser


def _texts(value: object, field: str = "") -> set[str]:
    """Every piece of the programme's own words, a line at a time."""
    if isinstance(value, BaseModel):
        return set().union(*(_texts(getattr(value, name), name)
                             for name in type(value).model_fields), set())
    if isinstance(value, dict):
        return set().union(*(_texts(item, field) for item in value.values()), set())
    if isinstance(value, list | tuple):
        return set().union(*(_texts(item, field) for item in value), set())
    if isinstance(value, str) and field in TEXT_FIELDS:
        return {" ".join(line.split()) for line in value.split("\n")
                if re.search(r"[^\W\d_]{2}", line)}
    return set()


def _programme_texts(root: Path) -> set[str]:
    programme = load_repository(root).programme
    assert programme is not None
    texts: set[str] = set()
    for part in (programme.info, programme.goals, programme.indicators, programme.bodies):
        texts |= _texts(part)
    return texts


def _render(root: Path, tmp_path: Path, *args: str) -> str:
    copy = tmp_path / "data-copy"  # render -o remembers its output in the repository's cache
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".ohjelma_cache", ".git",
                                                               ".venv", "tests", "node_modules"))
    target = tmp_path / "report.html"
    result = run_cli("--root", str(copy), "render", "-o", str(target), *args)
    assert result.returncode == 0, result.stderr
    return target.read_text(encoding="utf-8")


CASES = {
    "shipped": (REPO, []),
    "indicators": (INDICATORS, []),
    "owner": (MINI, ["--owner", "Testipalvelu"]),
}


@pytest.mark.parametrize("case", CASES)
def test_every_programme_text_in_the_english_page_is_marked_finnish(
    case: str, tmp_path: Path
) -> None:
    root, args = CASES[case]
    html = _render(root, tmp_path, "--lang", "en", *args)
    parts = _parts(html)
    english = [text for lang, tag, text in parts.nodes if lang != "fi" and tag not in SKIPPED]
    texts = _programme_texts(root)
    assert len(texts) > 10
    unmarked = sorted({t for t in texts for node in english if t in " ".join(node.split())})
    assert unmarked == []
    assert html.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert '<title lang="fi">' in html
    marked = [text for lang, _, text in parts.nodes if lang == "fi"]
    assert "Summary of progress" not in " ".join(marked)  # our words stay English


@pytest.mark.parametrize("case", CASES)
def test_the_finnish_page_adds_no_language_marks(case: str, tmp_path: Path) -> None:
    root, args = CASES[case]
    html = _render(root, tmp_path, *args)
    assert _parts(html).langs == ["fi"]  # the <html> element's own, nothing else
