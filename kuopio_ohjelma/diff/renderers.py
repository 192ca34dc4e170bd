"""Diff reports: {format: renderer}. Text for the terminal, Markdown for pull requests and the
annual report's changelog, JSON with stable keys for machines."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from itertools import groupby
from typing import Any

from kuopio_ohjelma.core.lines import WIDTH, wrap
from kuopio_ohjelma.core.moves import Move
from kuopio_ohjelma.core.textsafe import inert, inert_name, json_text
from kuopio_ohjelma.diff.compare import (
    RARE_KEYS,
    SUMMARY_KEYS,
    WORK_TREE,
    ActionChange,
    Diff,
    EntityChange,
    Quantity,
    word_diff,
)
from kuopio_ohjelma.diff.note_text import note_lines
from kuopio_ohjelma.labels import move_label
from kuopio_ohjelma.locale import N_, _, current_language
from kuopio_ohjelma.report.markdown import md_cell, md_html, md_inline
from kuopio_ohjelma.values.numbers import decimals, format_number

DiffRenderer = Callable[[Diff, bool], str]

# Column headings of the summary, by its stable (JSON) keys.
_SUMMARY_WORDS = {
    "improved": N_("better"),
    "declined": N_("worse"),
    "unchanged": N_("unchanged"),
    "to-unknown": N_("to unknown"),
    "from-unknown": N_("from unknown"),
    "newly-assessed": N_("new assessments"),
    "no-longer-assessed": N_("no longer assessed"),
    "not-yet-assessed": N_("not yet assessed"),
    "off-scale": N_("not on the scale"),
    "notes-changed": N_("notes changed"),
}
_KIND_WORDS = {"added": N_("added"), "removed": N_("removed"), "edited": N_("edited")}
_ENTITY_WORDS = {
    "period": N_("period"),
    "goal": N_("goal"),
    "action": N_("action"),
    "indicator": N_("indicator"),
    "body": N_("responsible body"),
}
# Notes longer than this (or of several lines) fold into <details> in a pull request.
FOLD_AT = 160


def _mark(assessment: Any) -> str:
    # a word, not a dash: a dash would read as the mark "-"
    return assessment.progress if assessment is not None else _("no assessment")


def _no_changes(diff: Diff) -> str:
    old, new = _sides(diff)
    return _("No changes: {old} → {new}").format(old=old, new=new) + "\n"


def _sides(diff: Diff) -> tuple[str, str]:
    """The two sides' names; the files as they are now in the reader's words, not git's
    "work tree" (JSON keeps WORK_TREE)."""
    def word(label: str) -> str:
        return _("files now") if label == WORK_TREE else label

    return word(diff.old_label), word(diff.new_label)


def _move_words(move: Move) -> str:
    symbol, words = move_label(move, current_language())
    return f"{symbol} {words}"


def _shown_keys(diff: Diff) -> list[str]:
    """The summary's rows for a person: a rare one (a mark off the scale) only when counted."""
    total = diff.summary()["total"]
    return [key for key in SUMMARY_KEYS if key not in RARE_KEYS or total[key]]


def _off_scale_note(diff: Diff) -> list[str]:
    """Lint names an off-scale mark and its fix; the diff only says it cannot compare it."""
    if not diff.summary()["total"]["off-scale"]:
        return []
    return [_("A mark not on the scale cannot be compared; ohjelma lint names the place "
              "and what to write.")]


def _change_headings() -> list[str]:
    # "Before" is the mark the change starts from, in the first period the Period column
    # names; "After" the mark it ends at (after the import, in the work tree, in the later
    # period): the same words for diff and sheet import --dry-run.
    return [_("Action"), _("Period"), _("Before"), _("After"), _("Change"), _("Notes")]


def _periods(change: ActionChange) -> str:
    """The row's period, or both when the mark before is from an earlier one (1/2024 → 1/2025)."""
    if change.since and change.since != change.period:
        return f"{change.since} → {change.period}"
    return change.period


def _theme_names(diff: Diff) -> dict[str, str]:
    return {t.id: t.name for t in diff.programme.info.themes}


def text_diff(diff: Diff, color: bool) -> str:
    """Plain columns, formatted by hand because rich measures and styles every cell (two
    thirds of a large diff's time). At most WIDTH columns wherever names allow: the summary
    has a column per theme, numbered, its names listed above; each action's name is a line of
    its own, its period, marks, move and note on the indented line below."""
    if not diff.has_differences:
        return inert(_no_changes(diff))
    lines = [_bold(inert_name(" → ".join(_sides(diff))), color), ""]
    lines += _summary_lines(diff, color)
    if diff.changes:
        lines += ["", *_change_lines(diff.changes, color)]
    for said in _off_scale_note(diff):
        lines += ["", *_wrapped(inert(said), "")]
    if diff.entities:
        lines += [""]
        for entity in diff.entities:
            lines += _wrapped(inert_name(_entity_head(entity)), "")
            for field in _entity_fields(entity):
                lines += _wrapped(inert_name(field), "  ", "    ")
    return "\n".join(lines) + "\n"


def _summary_lines(diff: Diff, color: bool) -> list[str]:
    names = _theme_names(diff)
    counts = diff.summary()
    themes = [theme for theme in counts if theme != "total"]
    lines = [_bold(" " + _("Theme"), color)]
    for number, theme in enumerate(themes, start=1):
        lines += _wrapped(inert_name(names.get(theme, theme)), f" {number:>2}  ")
    headers = ["", *(str(n) for n in range(1, len(themes) + 1)), _("Total")]
    rows = [
        [_(_SUMMARY_WORDS[key]), *(str(counts[t][key]) for t in themes),
         str(counts["total"][key])]
        for key in _shown_keys(diff)
    ]
    return [*lines, "", *_columns(headers, rows, color, right=True)]


def _change_lines(changes: list[ActionChange], color: bool) -> list[str]:
    action, *detail = _change_headings()
    rows = [
        [inert_name(_periods(change)), _mark(change.before),
         _mark(change.after), _move_words(change.move), _note_word(change)]
        for change in changes
    ]
    header, *details = _columns(detail, rows, color, indent="   ")
    lines = [_bold(" " + action, color), header]
    for change, row in zip(changes, details, strict=True):
        lines += _wrapped(inert_name(change.title), f" {inert_name(change.action)} ")
        lines.append(row)
        lines += note_lines(change, WIDTH)
    return lines


# The Notes column: the note is new, emptied or changed (the lines below show it).
_NOTE_WORDS = {"added": N_("added"), "removed": N_("removed"), "changed": N_("changed")}


def _note_word(change: ActionChange) -> str:
    kind = change.note_change
    return _(_NOTE_WORDS[kind]) if kind else ""


def _wrapped(text: str, first: str, rest: str | None = None) -> list[str]:
    """`text` in lines of at most WIDTH columns, the first after `first`, the rest under it
    (or after `rest`)."""
    rest = " " * len(first) if rest is None else rest
    return wrap(text, WIDTH, first, rest, break_long_words=False) or [first.rstrip()]


def _columns(
    headers: list[str], rows: list[list[str]], color: bool, *, right: bool = False,
    indent: str = " ",
) -> list[str]:
    """A header line (bold in colour) and one line per row: each cell padded to its column's
    width, two spaces between columns; with `right`, every column but the first (numbers)
    is aligned right."""
    widths = [max(_width(cell) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        padded = [
            " " * (width - _width(cell)) + cell if right and index else
            cell + " " * (width - _width(cell))
            for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return (indent + "  ".join(padded)).rstrip()

    return [_bold(line(headers), color), *(line(row) for row in rows)]


@functools.cache  # a large diff's cells repeat: the same marks, moves and periods
def _width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two, combining marks none."""
    if text.isascii():
        return len(text)
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _bold(text: str, color: bool) -> str:
    return f"\x1b[1m{text}\x1b[0m" if color else text


def _entity_head(entity: EntityChange) -> str:
    kind, what = _(_KIND_WORDS[entity.kind]), _(_ENTITY_WORDS[entity.entity])
    if entity.title == entity.id:  # a body is named by its name
        return f"{kind} {what} {entity.id}"
    return f"{kind} {what} {entity.id}: {entity.title}"


def _entity_fields(entity: EntityChange) -> list[str]:
    """One line per edited field, as the editor's key: 'hankkeet: A → A; B'."""
    return [f"{name}: {_field_value(old)} → {_field_value(new)}"
            for name, old, new in entity.fields]


def _field_value(value: str) -> str:
    """A field's value as an editor reads it: no programmer's quotes, the number in the
    reader's language (71,2), a word for nothing, the lines of a list one after another."""
    if not value:
        return _("(no value)")
    if isinstance(value, Quantity):
        places = decimals(value.number)
        number = format_number(value.number, current_language(), places=places)
        return f"{value.prefix}{number}{value.suffix}"
    return "; ".join(value.split("\n"))


def md_diff(diff: Diff, color: bool) -> str:
    """For a pull request: narrow enough for GitHub's column (a wide table scrolls sideways,
    its notes squeezed to a few words a line). The summary has a column per theme, numbered,
    the names listed above it; each changed action is a list item with its marks and move on
    one line and its note below as a quote, changed words struck out and in bold, a long
    note folded."""
    if not diff.has_differences:
        return md_inline(_no_changes(diff).rstrip("\n")) + "\n"
    old, new = _sides(diff)
    heading = _("Changes: {old} → {new}").format(old=md_inline(old), new=md_inline(new))
    lines = [f"## {heading}", "", *_md_summary(diff)]
    lines += [md_inline(said) + "\n" for said in _off_scale_note(diff)]
    goals = {g.number: g.title for g in diff.programme.goals}
    goal_word = _("Goal")
    for number, group in groupby(diff.changes, key=lambda c: c.goal):
        lines += [f"### {goal_word} {number}. {md_inline(goals.get(number, ''))}", ""]
        for change in group:
            lines += _md_item(change)
    if diff.entities:
        lines += ["### " + _("Changes in structure"), ""]
        for entity in diff.entities:
            lines.append(f"- {md_inline(_entity_head(entity))}")
            lines += [f"  - {md_inline(field)}" for field in _entity_fields(entity)]
        lines.append("")
    return "\n".join(lines)


def _md_summary(diff: Diff) -> list[str]:
    names = _theme_names(diff)
    counts = diff.summary()
    themes = [theme for theme in counts if theme != "total"]
    theme_word = _("Theme")
    lines = [f"**{theme_word}**", ""]
    lines += [f"{n}. {md_inline(names.get(t, t))}" for n, t in enumerate(themes, start=1)]
    numbers = [str(n) for n in range(1, len(themes) + 1)]
    lines += [
        "",
        "| " + " | ".join(["", *numbers, _("Total")]) + " |",
        "|---|" + "---:|" * (len(themes) + 1),
    ]
    for key in _shown_keys(diff):
        cells = [_(_SUMMARY_WORDS[key]), *(str(counts[t][key]) for t in [*themes, "total"])]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def _md_item(change: ActionChange) -> list[str]:
    """- **T1.2 Title**: 1/2024 → 1/2025, `+` → `+/-` (↓ declined); Notes: changed
    and the note below it, quoted."""
    marks = f"{_md_mark(change.before)} → {_md_mark(change.after)}"
    # inside the line nothing starts a block: only inline characters are escaped (md_cell)
    head = (f"- **{md_cell(f'{change.action} {change.title}')}**: "
            f"{md_cell(_periods(change))}, {marks} ({md_cell(_move_words(change.move))})")
    if change.note_change:
        notes, word = _("Notes"), _(_NOTE_WORDS[change.note_change])
        head += f"; {notes}: {word}"
    return [head, "", *_md_note(change)]


def _md_mark(assessment: Any) -> str:
    """A mark as code (`+/-` is read as the mark, never as Markdown); a word when there is
    none, and a mark with a backtick as escaped text."""
    mark = _mark(assessment)
    if assessment is None or "`" in mark:
        return md_cell(mark)
    return f"`{mark}`"


def _md_note(change: ActionChange) -> list[str]:
    """The note as a quote under its item: the new one whole (a new note, the yearly update),
    or the change word by word; a long one folded under its first words."""
    if not change.note_changed or change.after is None:
        return []
    new = change.after.note
    if change.update or change.note_change == "added" or change.before is None:
        quoted = [md_inline(line) for line in new.split("\n") if line.strip()]
    else:
        quoted = [_md_word_diff(change.before.note, new)]
    body = [line for text in quoted for line in (f"  > {text}", "  >")][:-1]
    shown = new or (change.before.note if change.before else "")  # emptied: the old one
    if len(shown) <= FOLD_AT and "\n" not in shown:
        return [*body, ""]
    summary = md_html(" ".join(shown.split()[:8])) + " …"
    return [f"  <details><summary>{summary}</summary>", "", *body, "", "  </details>", ""]


def _md_word_diff(old: str, new: str) -> str:
    styles = {"same": "{}", "removed": "~~{}~~", "added": "**{}**"}
    parts = [
        # only the first run starts the quote's line: it alone needs a list marker escaped
        styles[op].format(md_inline(text) if index == 0 else md_cell(text))
        for index, (op, text) in enumerate(word_diff(old, new))
    ]
    return " ".join(parts)


def json_diff(diff: Diff, color: bool) -> str:
    document = {
        "version": 1,
        "from": diff.old_label,
        "to": diff.new_label,
        "differences": diff.has_differences,
        "summary": diff.summary(),
        "changes": [_json_change(c) for c in diff.changes],
        "entities": [
            {
                "kind": e.kind,
                "entity": e.entity,
                "id": e.id,
                "title": e.title,
                "fields": [{"field": f, "old": a, "new": b} for f, a, b in e.fields],
            }
            for e in diff.entities
        ],
    }
    return json_text(document)


def _json_change(change: ActionChange) -> dict[str, Any]:
    def side(assessment: Any) -> dict[str, str] | None:
        if assessment is None:
            return None
        return {"progress": assessment.progress, "note": assessment.note}

    return {
        "action": change.action,
        "title": change.title,
        "goal": change.goal,
        "theme": change.theme,
        "period": change.period,
        "since": change.since,
        "move": str(change.move),
        "note_changed": change.note_changed,
        "before": side(change.before),
        "after": side(change.after),
    }


DIFF_RENDERERS: dict[str, DiffRenderer] = {"text": text_diff, "md": md_diff, "json": json_diff}
