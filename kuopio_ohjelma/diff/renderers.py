"""Diff reports: {format: renderer}. Text for the terminal, Markdown for pull requests and the
annual report's changelog, JSON with stable keys for machines."""

from __future__ import annotations

import io
from collections.abc import Callable
from itertools import groupby
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from kuopio_ohjelma.core.moves import Move
from kuopio_ohjelma.core.textsafe import inert, json_text
from kuopio_ohjelma.diff.compare import SUMMARY_KEYS, ActionChange, Diff, EntityChange, word_diff
from kuopio_ohjelma.locale.labels import MOVE_LABELS
from kuopio_ohjelma.report.renderers import md_inline

DiffRenderer = Callable[[Diff, bool], str]

_SUMMARY_FI = {
    "improved": "parantui",
    "declined": "heikkeni",
    "unchanged": "ennallaan",
    "to-unknown": "tuntemattomaksi",
    "from-unknown": "tuntemattomasta",
    "newly-assessed": "uusia arvioita",
    "no-longer-assessed": "ei enää arvioitu",
    "notes-changed": "tilanne muuttui",
}
_KIND_FI = {"added": "lisätty", "removed": "poistettu", "edited": "muutettu"}
_ENTITY_FI = {
    "period": "kausi",
    "goal": "tavoite",
    "action": "toimenpide",
    "indicator": "mittari",
    "body": "vastuutaho",
}


def _mark(assessment: Any) -> str:
    return assessment.progress if assessment is not None else "–"


def _move_words(move: Move) -> str:
    symbol, words = MOVE_LABELS["fi"][move]
    return f"{symbol} {words}"


def _theme_names(diff: Diff) -> dict[str, str]:
    return {t.id: t.name for t in diff.programme.info.themes}


def text_diff(diff: Diff, color: bool) -> str:
    console = Console(
        file=io.StringIO(),
        force_terminal=color,
        no_color=not color,
        width=160,
        highlight=False,
        emoji=False,
    )
    console.print(Text(f"{diff.old_label} → {diff.new_label}", style="bold"))
    console.print(_summary_table(diff))
    if diff.changes:
        table = Table("Toimenpide", "Kausi", "Ennen", "Nyt", "Muutos", "Tilanne", box=None)
        for change in diff.changes:
            table.add_row(
                Text(f"{change.action} {inert(change.title)}"),
                change.period,
                Text(_mark(change.before)),
                Text(_mark(change.after)),
                _move_words(change.move),
                "muuttui" if change.note_changed else "",
            )
        console.print(table)
    for entity in diff.entities:
        console.print(Text(_entity_line(entity)))
    output: str = console.file.getvalue()  # type: ignore[attr-defined]
    return output


def _summary_table(diff: Diff) -> Table:
    names = _theme_names(diff)
    table = Table("Painopiste", *(_SUMMARY_FI[k] for k in SUMMARY_KEYS), box=None)
    for theme, counts in diff.summary().items():
        label = "Yhteensä" if theme == "total" else names.get(theme, theme)
        table.add_row(Text(inert(label)), *(str(counts[k]) for k in SUMMARY_KEYS))
    return table


def _entity_line(entity: EntityChange) -> str:
    head = f"{_KIND_FI[entity.kind]} {_ENTITY_FI[entity.entity]} {entity.id}: {entity.title}"
    fields = "; ".join(f"{name}: {old!r} → {new!r}" for name, old, new in entity.fields)
    return inert(f"{head} ({fields})" if fields else head)


def md_diff(diff: Diff, color: bool) -> str:
    names = _theme_names(diff)
    lines = [f"## Muutokset: {md_inline(diff.old_label)} → {md_inline(diff.new_label)}", ""]
    lines += [
        "| Painopiste | " + " | ".join(_SUMMARY_FI[k] for k in SUMMARY_KEYS) + " |",
        "|---|" + "---:|" * len(SUMMARY_KEYS),
    ]
    for theme, counts in diff.summary().items():
        label = "**Yhteensä**" if theme == "total" else md_inline(names.get(theme, theme))
        lines.append(f"| {label} | " + " | ".join(str(counts[k]) for k in SUMMARY_KEYS) + " |")
    lines.append("")
    goals = {g.number: g.title for g in diff.programme.goals}
    for number, group in groupby(diff.changes, key=lambda c: c.goal):
        lines += [f"### Tavoite {number}. {md_inline(goals.get(number, ''))}", ""]
        lines += [
            "| Toimenpide | Kausi | Ennen | Nyt | Muutos | Tilanne |",
            "|---|---|---|---|---|---|",
        ]
        lines += [_md_row(change) for change in group]
        lines.append("")
    if diff.entities:
        lines += ["### Rakenteen muutokset", ""]
        lines += [f"- {md_inline(_entity_line(e))}" for e in diff.entities]
        lines.append("")
    return "\n".join(lines)


def _md_row(change: ActionChange) -> str:
    note = _md_note(change)
    cells = [
        f"{change.action} {change.title}",
        change.period,
        _mark(change.before),
        _mark(change.after),
        _move_words(change.move),
    ]
    return "| " + " | ".join(md_inline(c) for c in cells) + f" | {note} |"


def _md_note(change: ActionChange) -> str:
    if not change.note_changed or change.before is None or change.after is None:
        return ""
    styles = {"same": "{}", "removed": "~~{}~~", "added": "**{}**"}
    return " ".join(
        styles[op].format(md_inline(text))
        for op, text in word_diff(change.before.note, change.after.note)
    )


def json_diff(diff: Diff, color: bool) -> str:
    document = {
        "version": 1,
        "from": diff.old_label,
        "to": diff.new_label,
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
        "move": str(change.move),
        "note_changed": change.note_changed,
        "before": side(change.before),
        "after": side(change.after),
    }


DIFF_RENDERERS: dict[str, DiffRenderer] = {"text": text_diff, "md": md_diff, "json": json_diff}
