"""datapackage.json: the package's descriptor, with every table's schema, size and hash."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from kuopio_ohjelma import __version__
from kuopio_ohjelma.export.metadata import Meta, licence_descriptor, package_name
from kuopio_ohjelma.export.schema import Resource, table_schema
from kuopio_ohjelma.export.selection import Selection

DESCRIPTION = (
    "{name}: teemat, tavoitteet, toimenpiteet, hankkeet, vastuutahot, mittarit ja toimenpiteiden "
    "etenemisen arviot seurantakausittain. Kenttien kuvaukset: README.md.\n\n"
    "{name}: themes, goals, actions, projects, responsible bodies, indicators and the "
    "assessments of the actions' progress per monitoring period. Field guide: README.md."
)


def descriptor(selection: Selection, meta: Meta, tables: dict[Resource, bytes]) -> dict[str, Any]:
    info = selection.programme.info
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": package_name(info.shown_name),
        "title": info.shown_name,
        "description": DESCRIPTION.format(name=info.shown_name),
        "keywords": [info.shown_name, info.strategy],
    }
    if meta.date:
        package["created"] = f"{meta.date}T00:00:00Z"
    if meta.licence:
        package["licenses"] = [licence_descriptor(meta.licence)]
    package["sources"] = [{"title": f"{info.shown_name} ({info.strategy})"}]
    package["ohjelma"] = {
        "generator": f"ohjelma {__version__}",
        "periods": selection.period_ids,
        "scope": selection.scope_description(),
        "revision": meta.source.revision,
        "modified": meta.source.modified,
    }
    package["resources"] = [_resource(r, selection, data) for r, data in tables.items()]
    return package


def _resource(resource: Resource, selection: Selection, data: bytes) -> dict[str, Any]:
    return {
        "profile": "tabular-data-resource",
        "name": resource.name,
        "path": resource.path,
        "title": resource.title.fi,
        "description": resource.description.fi,
        "en": {"title": resource.title.en, "description": resource.description.en},
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(data),
        "hash": f"sha256:{hashlib.sha256(data).hexdigest()}",
        "dialect": {"delimiter": ",", "lineTerminator": "\n", "header": True},
        "schema": table_schema(resource, selection.programme.info),
    }


def descriptor_bytes(package: dict[str, Any]) -> bytes:
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
