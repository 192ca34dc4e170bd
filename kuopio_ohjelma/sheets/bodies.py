"""Which workbooks `--per-owner` writes: one per responsible body with actions in scope,
and one for the actions that name no body, so that no action is left out."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from kuopio_ohjelma.locale import gettext_in
from kuopio_ohjelma.sheets.spec import ExportSpec


def per_owner(spec: ExportSpec) -> list[tuple[str, ExportSpec]]:
    """(file name, spec) for every body with at least one action in `spec`'s rows."""
    result = []
    for body in spec.programme.bodies:
        scope = replace(spec.scope, owner=body.name, canonical=spec.programme.canonical_bodies())
        rows = [(goal, action) for goal, action in spec.rows if scope.includes(goal, action)]
        if rows:
            result.append((file_name(body.name), replace(spec, scope=scope, rows=rows)))
    orphans = [(goal, action) for goal, action in spec.rows if not action.bodies]
    if orphans:
        name = file_name(gettext_in(spec.lang, "no-responsible-body"))
        result.append((name, replace(spec, rows=orphans)))
    return result


def file_name(name: str) -> str:
    """'Elinvoima- ja konsernipalvelut' → 'elinvoima-ja-konsernipalvelut.xlsx': safe in every
    mail client and file system."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return f"{slug or 'vastuutaho'}.xlsx"
