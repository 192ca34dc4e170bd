"""Text put into Markdown renders as itself, wherever it goes (a table cell of the pull
request's diff, a list item, a heading, a paragraph), as a Markdown renderer shows it.

markdown-it-py is the CommonMark reference's Python port (GitHub's own renderer follows the
same specification, with the table and strikethrough extensions enabled here too); the notes
are the awkward ones editors paste: `6.5.` once came out as `\\6.5.`.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from kuopio_ohjelma.core.moves import Move
from kuopio_ohjelma.diff.compare import ActionChange, Diff
from kuopio_ohjelma.diff.renderers import md_diff
from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.model import Assessment
from kuopio_ohjelma.report.markdown import md_cell, md_inline
from tests.conftest import MINI

NOTES = [
    "6.5.",
    "1) x",
    "1. x",
    "- x",
    "+ x",
    "# x",
    "## x ##",
    "Otsikko #",
    "---",
    "> lainaus",
    "|",
    "a | b",
    "*x*",
    "__x__",
    "~~x~~",
    "<b>",
    "<script>alert(1)</script>",
    "<http://example.invalid>",
    "a < b > c",
    "Invest & Grow",
    "&amp; &copy; &#38; &#x26;",
    "`koodi`",
    "```",
    "\\",
    "x\\",
    "[linkki](http://example.invalid)",
    "[^1]",
    "x  ",
    "    sisennetty",
    "Esimerkki: 2. vaihe alkoi 1.1.2025.",
]

RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


class _Text(HTMLParser):
    """The text a reader sees in rendered HTML, `<br>` as a line break."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.append(tag)
        if tag == "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _seen(html: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(html)
    return "".join(parser.parts).strip(), parser.tags


def _as_shown(note: str) -> str:
    """A note as it may show: spaces around a line are not part of what is read."""
    return "\n".join(line.strip() for line in note.split("\n"))


PLACES = {
    # place: (its Markdown around the text, the element it is in, the text before it)
    "paragraph": (lambda text: md_inline(text) + "\n", "p", ""),
    "list item": (lambda text: f"- {md_inline(text)}\n", "li", ""),
    "heading": (lambda text: f"### Tavoite 1. {md_inline(text)}\n", "h3", "Tavoite 1. "),
    "table cell": (lambda text: f"| a |\n|---|\n| {md_cell(text)} |\n", "td", ""),
}
# What a text must never become: a list, a heading, a rule, code, emphasis, a link, a quote.
MARKUP = {"ol", "ul", "h1", "h2", "h4", "hr", "pre", "code", "em", "strong", "s", "a",
          "blockquote"}


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("place", PLACES)
def test_a_note_renders_as_itself(note: str, place: str) -> None:
    markdown, element, before = PLACES[place]
    html = RENDERER.render(markdown(note))
    text = _seen(html.split("<td>", 1)[-1])[0]  # a cell's own text, not its heading's
    tags = _seen(html)[1]
    assert text == before + _as_shown(note), html
    assert element in tags, html
    assert not MARKUP & {*tags} - ({"ul"} if place == "list item" else set()), html
    assert tags.count("ul") <= 1, html


@pytest.mark.parametrize("note", NOTES)
def test_only_what_the_place_needs_is_escaped(note: str) -> None:
    """No backslash before a letter or digit (CommonMark shows it); block markers are plain
    text inside a cell."""
    for escaped in (md_cell(note), md_inline(note)):
        assert "\\6" not in escaped and "\\1" not in escaped and "\\x" not in escaped
    assert md_cell("1. x") == "1. x" and md_cell("- x") == "- x" and md_cell("# x") == "# x"
    assert md_cell("a | b") == "a \\| b"


@pytest.mark.parametrize(
    ("note", "cell", "inline"),
    [
        # Markdown's escapes, never HTML's entities: the .md file reads as the source wrote.
        ("Invest & Grow", "Invest & Grow", "Invest & Grow"),
        ("Invest&Expand", "Invest&Expand", "Invest&Expand"),
        ("&amp; on jo entiteetti", "\\&amp; on jo entiteetti", "\\&amp; on jo entiteetti"),
        ("<b>lihava</b>", "\\<b>lihava\\</b>", "\\<b>lihava\\</b>"),
        ("a < b > c", "a \\< b > c", "a \\< b > c"),
        ("> lainaus", "> lainaus", "\\> lainaus"),
        ("# 1 | 2", "# 1 \\| 2", "\\# 1 \\| 2"),
        ("*tärkeä* _x_", "\\*tärkeä\\* \\_x\\_", "\\*tärkeä\\* \\_x\\_"),
    ],
)
def test_the_markdown_source_holds_the_text_escaped_for_markdown(
    note: str, cell: str, inline: str
) -> None:
    assert md_cell(note) == cell
    assert md_inline(note) == inline


def test_a_note_of_several_lines_stays_in_its_cell() -> None:
    note = "6.5. alkoi\n- toinen rivi\n1) kolmas | rivi"
    html = RENDERER.render(f"| a |\n|---|\n| {md_cell(note)} |\n")
    text, tags = _seen(html)
    assert text.split("\n", 2)[2].strip() == note and "ul" not in tags and "ol" not in tags


def test_the_pull_requests_diff_shows_each_imported_note_as_written() -> None:
    """`ohjelma diff -f md`: each note, new in the newer revision, quoted under its action's
    list item, as written: nothing in it becomes a list, a heading, code or emphasis."""
    programme = load_repository(MINI).programme
    assert programme is not None
    goal = programme.goals[0]
    changes = [
        ActionChange(
            theme=goal.theme, goal=goal.number, action=f"T9.{index}", title=f"Toimenpide {index}",
            period="1/2025", before=None, after=Assessment(progress="+", note=note),
            move=Move.NEWLY_ASSESSED, note_changed=True, since="1/2025", update=True,
        )
        for index, note in enumerate(NOTES, start=1)
    ]
    diff = Diff("main", "työpuu", programme, changes)
    html = RENDERER.render(md_diff(diff, False))
    items = html.split("<li>")
    for index, note in enumerate(NOTES, start=1):
        item = next(i for i in items if f"T9.{index} Toimenpide {index}<" in i)
        quote = item.split("<blockquote>", 1)[1].split("</blockquote>", 1)[0]
        text, tags = _seen(quote)
        assert text == _as_shown(note), item
        assert not MARKUP & {*tags}, item


@pytest.mark.parametrize("note", [n for n in NOTES if n.strip()])
def test_a_changed_note_is_quoted_word_by_word_as_itself(note: str) -> None:
    """The note's change under its list item: the shared words as written (a note that starts
    like a list or a heading stays text), the old struck out, the new in bold."""
    programme = load_repository(MINI).programme
    assert programme is not None
    goal = programme.goals[0]
    change = ActionChange(
        theme=goal.theme, goal=goal.number, action="T9.1", title="Toimenpide", period="1/2025",
        before=Assessment(progress="+", note=f"{note} vanha"),
        after=Assessment(progress="+", note=f"{note} uusi"),
        move=Move.UNCHANGED, note_changed=True, since="1/2025",
    )
    html = RENDERER.render(md_diff(Diff("main", "työpuu", programme, [change]), False))
    quote = html.split("<blockquote>", 1)[1].split("</blockquote>", 1)[0]
    text, tags = _seen(quote)
    assert text == " ".join(f"{note} vanha".split()) + " uusi", html
    assert not MARKUP - {"s", "strong"} & {*tags}, html
    assert tags.count("s") == 1 and tags.count("strong") == 1, html


def test_a_long_notes_folded_summary_shows_its_first_words_as_written() -> None:
    """A long note is folded under `<details><summary>`: raw HTML, where Markdown's escapes
    would show as backslashes and `<b>` would open a tag; its first words read as written."""
    programme = load_repository(MINI).programme
    assert programme is not None
    goal = programme.goals[0]
    note = "Invest & Grow *tärkeä* <b>ei lihava</b> a_b [x](y) 1. vaihe " + "sana " * 40
    change = ActionChange(
        theme=goal.theme, goal=goal.number, action="T9.1", title="Toimenpide", period="1/2025",
        before=None, after=Assessment(progress="+", note=note),
        move=Move.NEWLY_ASSESSED, note_changed=True, since="1/2025", update=True,
    )
    markdown = md_diff(Diff("main", "työpuu", programme, [change]), False)
    assert ("  <details><summary>Invest &amp; Grow *tärkeä* &lt;b&gt;ei lihava&lt;/b&gt; a_b "
            "[x](y) …</summary>") in markdown
    html = RENDERER.render(markdown)
    summary = html.split("<summary>", 1)[1].split("</summary>", 1)[0]
    text, tags = _seen(summary)
    assert text == "Invest & Grow *tärkeä* <b>ei lihava</b> a_b [x](y) …"
    assert tags == []
