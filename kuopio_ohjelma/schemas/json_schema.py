"""JSON Schema (draft 2020-12) for each kind of data file, generated from the models.

Editors get completion, Finnish hover text and red underlines from these files through the
yaml-language-server modeline at the top of every data file. Lint stays the authority for
what a schema cannot say: references between files, goal numbering, stale notes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kuopio_ohjelma.io.atomic import write_files
from kuopio_ohjelma.io.kinds import KINDS
from kuopio_ohjelma.io.loader import load_repository

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_DIR = "schema"



def file_name(kind: str) -> str:
    return f"{kind}.schema.json"


def json_schemas(progress_codes: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Every kind's schema; `progress_codes` (the repository's scale) become an enum."""
    return {kind.name: _schema(kind.name, progress_codes) for kind in KINDS}


def _schema(kind: str, progress_codes: list[str] | None) -> dict[str, Any]:
    file_kind = next(k for k in KINDS if k.name == kind)
    model, title, description = file_kind.model, file_kind.title, file_kind.description
    body = model.model_json_schema(by_alias=True)
    body.pop("title", None)
    body.pop("description", None)
    _close_pattern_maps(body)
    if progress_codes and "Assessment" in body.get("$defs", {}):
        progress = body["$defs"]["Assessment"]["properties"]["eteneminen"]
        progress["enum"] = progress_codes
    return {
        "$schema": DRAFT,
        "$id": f"urn:kuopio-ohjelma:schema:{kind}",
        "title": title,
        "description": description,
        **body,
    }


def _close_pattern_maps(node: Any) -> None:
    """A mapping keyed by period ids accepts no other keys (pydantic leaves it open)."""
    if isinstance(node, dict):
        if "patternProperties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for value in node.values():
            _close_pattern_maps(value)
    elif isinstance(node, list):
        for value in node:
            _close_pattern_maps(value)


def schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def sync_schemas(root: Path, folder: Path, *, write: bool) -> list[Path]:
    """The schema files in `folder` that differ from the models (written when `write`)."""
    info = load_repository(root).info
    codes = info.model.allowed_progress() if info else None
    stale: dict[Path, bytes] = {}
    for kind, body in json_schemas(codes).items():
        path = folder / file_name(kind)
        text = schema_text(body)
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current != text:
            stale[path] = text.encode("utf-8")
    if write and stale:
        folder.mkdir(parents=True, exist_ok=True)
        write_files(list(stale.items()))  # all of them or none
    return list(stale)
