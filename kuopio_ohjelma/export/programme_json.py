"""programme.json: the whole selection as one nested document, made from the tables' own rows.

Keys are stable (version 1): the tables' field names, with each child table nested under its
parent and the parent's key left out of the child.
"""

from __future__ import annotations

from typing import Any

from kuopio_ohjelma.export.schema import Row
from kuopio_ohjelma.export.selection import Selection

VERSION = 1
Tables = dict[str, list[Row]]


def programme_document(selection: Selection, tables: Tables) -> dict[str, Any]:
    info = selection.programme.info
    return {
        "version": VERSION,
        "programme": {
            "name": info.name,
            "display_name": info.display_name,
            "strategy": info.strategy,
            "action_period": info.action_period,
            "background": [{"title": t.title, "text": t.text} for t in info.background],
            "monitoring_groups": list(info.monitoring_groups),
        },
        "scale": tables["scale"],
        "periods": tables["periods"],
        "themes": [
            {**theme, "indicators": _values(tables, "theme_indicators", "theme_id", theme["id"])}
            for theme in tables["themes"]
        ],
        "goals": [_goal(tables, goal) for goal in tables["goals"]],
        "indicators": [
            {
                **indicator,
                "targets": _children(tables, "indicator_targets", "indicator_id", indicator["id"]),
                "observations": _children(
                    tables, "indicator_observations", "indicator_id", indicator["id"]
                ),
            }
            for indicator in tables["indicators"]
        ],
        "bodies": [
            {
                **body,
                "aliases": [
                    a["alias"] for a in _children(tables, "body_aliases", "body_name", body["name"])
                ],
                "maybe_same": [
                    other["other_name"]
                    for other in _children(tables, "body_maybe_same", "body_name", body["name"])
                ],
            }
            for body in tables["bodies"]
        ],
    }


def _goal(tables: Tables, goal: Row) -> dict[str, Any]:
    number = goal["number"]
    targets = _children(tables, "binding_targets", "goal_number", number)
    return {
        **goal,
        "binding_targets": [target["text"] for target in targets],
        "actions": [
            _action(tables, action)
            for action in _children(tables, "actions", "goal_number", number)
        ],
    }


def _action(tables: Tables, action: Row) -> dict[str, Any]:
    key = action["id"]
    return {
        **action,
        "projects": _children(tables, "projects", "action_id", key),
        "bodies": _children(tables, "action_bodies", "action_id", key),
        "assessments": _children(tables, "assessments", "action_id", key),
    }


def _children(tables: Tables, table: str, key: str, value: Any) -> list[Row]:
    """The rows of `table` that belong to the parent, without the column naming the parent."""
    return [
        {name: cell for name, cell in row.items() if name != key}
        for row in tables[table]
        if row[key] == value
    ]


def _values(tables: Tables, table: str, key: str, value: Any) -> list[Any]:
    return [row["indicator_id"] for row in tables[table] if row[key] == value]
