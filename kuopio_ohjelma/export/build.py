"""The whole package as files in memory: nothing is written until every file is ready."""

from __future__ import annotations

from collections.abc import Callable

from kuopio_ohjelma.core.textsafe import json_text
from kuopio_ohjelma.export.csv_writer import csv_bytes, sorted_rows
from kuopio_ohjelma.export.guide import guide
from kuopio_ohjelma.export.metadata import Meta
from kuopio_ohjelma.export.package import descriptor, descriptor_bytes
from kuopio_ohjelma.export.programme_json import Tables, programme_document
from kuopio_ohjelma.export.schema import Resource
from kuopio_ohjelma.export.selection import Selection
from kuopio_ohjelma.export.tables import RESOURCES

PACKAGE_FILE = "datapackage.json"
GUIDE_FILE = "README.md"

# Files written beside the tables, per --format: csv is the package alone.
Extra = Callable[[Selection, Tables], dict[str, bytes]]
FORMATS: dict[str, Extra] = {
    "csv": lambda selection, tables: {},
    "json": lambda selection, tables: {
        "programme.json": json_text(programme_document(selection, tables)).encode("utf-8")
    },
}


def build_package(
    selection: Selection,
    meta: Meta,
    *,
    output_format: str = "csv",
    resources: list[Resource] = RESOURCES,
) -> dict[str, bytes]:
    """File name → bytes, datapackage.json last (it is written last, so a reader never sees a
    descriptor whose tables are not there yet)."""
    rows = {r.name: sorted_rows(r, r.rows(selection)) for r in resources}
    tables = {r: csv_bytes(r, rows[r.name]) for r in resources}
    files = {r.path: data for r, data in tables.items()}
    extras = FORMATS[output_format](selection, rows)
    files.update(extras)
    files[GUIDE_FILE] = guide(selection, meta, resources, sorted(extras)).encode("utf-8")
    files[PACKAGE_FILE] = descriptor_bytes(descriptor(selection, meta, tables))
    return files
