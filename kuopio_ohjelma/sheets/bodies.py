"""Which workbooks `--per-owner` writes: one per responsible body with actions in scope,
and one for the actions that name no body, so that no action is left out."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import TypeVar

from kuopio_ohjelma.locale import gettext_in
from kuopio_ohjelma.sheets.spec import ExportSpec

T = TypeVar("T")


MAX_STEM = 80
FALLBACK_STEM = "vastuutaho"
# Names Windows keeps for devices, whatever the extension ('con.xlsx' cannot be saved, opened
# or unzipped there); the slug below is lower-case ASCII, so these spellings are all there is.
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"{port}{n}" for port in ("com", "lpt") for n in range(10)}
)


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
    return distinct(result)


def distinct(named: list[tuple[str, T]]) -> list[tuple[str, T]]:
    """Two names that fold to the same file name ('Yritys-palvelut', 'Yrityspalvelut') must not
    overwrite each other: the later gets a number."""
    seen: set[str] = set()
    result = []
    for name, item in named:
        stem, number = name.removesuffix(".xlsx"), 1
        while name in seen:
            number += 1
            name = f"{stem}-{number}.xlsx"
        seen.add(name)
        result.append((name, item))
    return result


def file_name(name: str) -> str:
    """'Elinvoima- ja konsernipalvelut' → 'elinvoima-ja-konsernipalvelut.xlsx': safe in every
    mail client and file system (Windows, macOS, Linux): lower-case ASCII letters, digits and
    single hyphens, no leading or trailing dot or space, short, never a Windows device name."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    # File systems allow 255 bytes a name; a body named in a whole sentence gets its start.
    slug = slug[:MAX_STEM].rstrip("-") or FALLBACK_STEM
    if slug in _WINDOWS_DEVICES:  # 'CON' → 'con-vastuutaho.xlsx', still read as its body
        slug = f"{slug}-{FALLBACK_STEM}"
    return f"{slug}.xlsx"
