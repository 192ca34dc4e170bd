"""What the package says about itself: where the data came from, its licence and date."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

# Licences an open-data portal recognises by id; any other value is kept as the city wrote it.
KNOWN_LICENCES = {
    "CC-BY-4.0": (
        "Creative Commons Attribution 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    "CC0-1.0": (
        "Creative Commons Zero 1.0",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
}


@dataclass(frozen=True)
class Source:
    """The data repository the package was made from."""

    revision: str | None = None  # the git commit, when the data is in git
    modified: bool = False  # the work tree differs from that commit under data/


@dataclass(frozen=True)
class Meta:
    source: Source = field(default_factory=Source)
    licence: str | None = None
    date: str | None = None  # ISO date, only when asked: the output stays reproducible


def licence_descriptor(licence: str) -> dict[str, str]:
    """A Data Package `licenses` entry; a known id gets its title and address."""
    known = {key.casefold(): key for key in KNOWN_LICENCES}
    key = known.get(licence.casefold())
    if key is not None:
        title, path = KNOWN_LICENCES[key]
        return {"name": key, "title": title, "path": path}
    if re.match(r"^https?://", licence):
        return {"path": licence, "title": licence}
    return {"name": licence, "title": licence}


def package_name(title: str) -> str:
    """'Kasvava Kuopio -toimenpideohjelma' → 'kasvava-kuopio-toimenpideohjelma'."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "ohjelma"


def source_descriptor(source: Source) -> dict[str, Any]:
    return {"revision": source.revision, "modified": source.modified}


def licence_text(licence: str) -> str:
    """The licence for people: 'CC0-1.0 (Creative Commons Zero 1.0, https://…)'."""
    entry = licence_descriptor(licence)
    name = entry.get("name") or entry["path"]
    details = [value for key, value in entry.items() if key != "name" and value != name]
    return f"{name} ({', '.join(details)})" if details else name
